/** The blame engine on the development set of real sentences from the shared corpus (needs ../shared). */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SHARED_CORPUS } from '../corpus-location.js'
import { readSet, scores } from './scoring.js'

const DEV_SET = `${SHARED_CORPUS}/blame-phrases.tsv`
/** Sentences issue #9's policy labels differently (the shared file is not ours to edit). */
const POLICY = `${import.meta.dirname}/blame-phrases.policy.tsv`

describe('development set of real sentences', () => {
  it('reaches precision >= 0.95 and recall >= 0.90 on the development set of real sentences', () => {
    expect(existsSync(DEV_SET), `${DEV_SET} (the shared corpus) is present`).toBe(true)
    const { precision, recall, misses } = scores(readSet(DEV_SET, POLICY))
    expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.9)
  })
})
