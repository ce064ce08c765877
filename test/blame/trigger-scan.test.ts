/**
 * The pre-check that lets a text into the clause analysis scans word runs against a set. It must
 * let in every text that the single regular expression it replaced let in (a trigger as a whole
 * word, or a contraction), or the engine would silently miss blame.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { TriggerScan, builtInTriggerWords } from '../../src/blame/index.js'

/** The expression the engine used before: kept here as the reference the scan must cover. */
function referencePattern(words: ReadonlySet<string>): RegExp {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])|n['’]t\\b|['’]d\\b`, 'iu')
}

const words = builtInTriggerWords()
const scan = new TriggerScan(words)
const reference = referencePattern(words)
const sentences = readFileSync(fileURLToPath(new URL('./labelled.tsv', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.includes('\t') && !line.startsWith('#'))
  .map((line) => line.split('\t')[1] as string)

describe('TriggerScan', () => {
  it('lets in every labelled sentence the reference expression lets in', () => {
    const missed = sentences.filter((sentence) => reference.test(sentence) && !scan.test(sentence))
    expect(sentences.length).toBeGreaterThan(500)
    expect(missed).toEqual([])
  })

  it('lets in each trigger word alone, capitalised, with curly apostrophes and inside hyphenated words', () => {
    for (const word of words) {
      const variants = [word, word.toUpperCase(), `(${word}).`, word.replace(/'/g, '’'), `pre-${word}-ish`]
      for (const text of variants) if (reference.test(text)) expect(scan.test(text), text).toBe(true)
    }
  })

  it('keeps texts without any trigger out, as the reference does', () => {
    for (const text of ['Latency returned to 80 ms at 10:42 UTC.', 'Replica lag returned to zero.']) {
      expect(reference.test(text)).toBe(false)
      expect(scan.test(text)).toBe(false)
    }
  })

  it('lets in contractions', () => {
    expect(scan.test('The alert didn’t page.')).toBe(true)
    expect(scan.test("We'd known for weeks.")).toBe(true)
  })
})
