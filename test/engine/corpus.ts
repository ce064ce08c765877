/** Where the shared corpus of real post-mortems lives, relative to this repository. */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/real-postmortems')

export function corpusNames(): string[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.md'))
    .sort()
}

export function corpusText(name: string): string {
  return readFileSync(resolve(CORPUS, name), 'utf8')
}
