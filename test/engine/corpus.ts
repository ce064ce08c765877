/** Where the shared corpus of real post-mortems lives, relative to this repository. */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { SHARED_CORPUS } from '../corpus-location.js'

export const CORPUS = resolve(SHARED_CORPUS, 'real-postmortems')

export function corpusNames(): string[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.md'))
    .sort()
}

export function corpusText(name: string): string {
  return readFileSync(resolve(CORPUS, name), 'utf8')
}
