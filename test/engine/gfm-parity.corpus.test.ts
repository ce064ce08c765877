/** The linter's lean GFM parse and the remark preset (full remark-gfm) agree on every real document. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SHARED_CORPUS } from '../corpus-location.js'
import { bothWays } from './parity.js'

const documents = ['real-postmortems', 'real-postmortems-2'].flatMap((folder) =>
  readdirSync(join(SHARED_CORPUS, folder))
    .filter((name) => name.endsWith('.md') && name !== 'SOURCES.md')
    .map((name) => `${folder}/${name}`),
)

describe('the linter and the remark preset agree on every real document', () => {
  it('covers both corpora', () => expect(documents.length).toBeGreaterThan(70))
  for (const name of documents) {
    it(name, async () => {
      const { linter, preset } = await bothWays(name, readFileSync(join(SHARED_CORPUS, name), 'utf8'))
      expect(linter).toEqual(preset)
    })
  }
})
