/**
 * Real documents damaged the way edits and bad copies damage them (cut short, pieces of Markdown
 * syntax inserted, spans deleted or duplicated) still lint without an exception, with every finding
 * inside the document. The mutations come from a fixed seed, so a failure names a reproducible case.
 */
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import { fixture } from '../model/helpers.js'
import { corpusNames, corpusText } from './corpus.js'

const documents = [...corpusNames().map(corpusText), fixture('reference.md'), fixture('lists.md'), fixture('findings.md')]
const PIECES = ['|', '---', '\n', '**', '[', ']', '(', ')', ':', ' - ', '#', '### ', '10:05', '2024-02-30', '@', '`', '<br>', '\t', '> ', '* ', '1. ', '- [ ] ', '---\n', '&a ', '*a', '\r\n', '\u0000', '\ufeff', '\u2028', '🚨', 'Z', ' UTC', ' PM', '~', '[???]', '\\']
const CASES = 120

/** A small linear congruential generator: the same seed gives the same documents on every machine. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function mutate(random: () => number): string {
  let text = documents[Math.floor(random() * documents.length)] as string
  const operations = 1 + Math.floor(random() * 8)
  for (let k = 0; k < operations; k++) {
    const at = Math.floor(random() * text.length)
    const choice = random()
    if (choice < 0.4) text = text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at)
    else if (choice < 0.7) text = text.slice(0, at) + text.slice(at + Math.floor(random() * 40))
    else if (choice < 0.85) text = text.slice(0, at)
    else {
      const from = Math.floor(random() * text.length)
      text = text.slice(0, at) + text.slice(from, from + 200) + text.slice(at)
    }
  }
  return text
}

describe('damaged real documents', () => {
  it(`lint without an exception, with findings inside the text (${CASES} seeded cases)`, async () => {
    const random = generator(20240305)
    const config = defaultConfig()
    for (let index = 0; index < CASES; index++) {
      const text = mutate(random)
      const result = await lintText(`case-${index}.md`, text, config)
      const lineCount = text.replace(/^\ufeff/, '').split('\n').length
      for (const finding of result.findings) {
        const where = `case ${index}: ${finding.ruleId} at ${finding.line}:${finding.column}`
        expect(finding.line, where).toBeGreaterThanOrEqual(1)
        expect(finding.line, where).toBeLessThanOrEqual(lineCount)
        expect(finding.column, where).toBeGreaterThanOrEqual(1)
        expect(finding.endLine, where).toBeGreaterThanOrEqual(finding.line)
        expect(finding.message, where).toMatch(/^Unexpected /)
      }
    }
  })
})
