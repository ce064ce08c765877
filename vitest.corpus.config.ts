import { defineConfig } from 'vitest/config'

// The tests that read ../shared/corpus (real post-mortems and labelled sentences): `npm run test:corpus`.
// They fail, never skip, when the corpus is missing (test/corpus-location.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.corpus.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
})
