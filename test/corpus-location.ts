/**
 * Where the shared corpus of real post-mortems lives: `../shared/corpus` beside the repository.
 * Only `*.corpus.test.ts` files (run by `npm run test:corpus`) may import this: a user's clone has
 * nothing beside it, and `npm test` must pass there.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const SHARED_CORPUS = resolve(import.meta.dirname, '../../shared/corpus')

if (!existsSync(SHARED_CORPUS)) {
  // Fail loudly: a corpus test that cannot find its data must never pass by skipping.
  throw new Error(`The shared corpus is missing: expected ${SHARED_CORPUS} (run these tests in a checkout with ../shared beside it).`)
}
