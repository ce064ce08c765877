// --into on real post-mortems: every table timeline keeps every line in its order, gains the new
// rows, and a second run changes nothing; other layouts are refused with a reason, never mangled.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SHARED_CORPUS } from '../corpus-location.js'
import { defaultConfig } from '../../src/config/defaults.js'
import { parsePostmortem } from '../../src/model/parse.js'
import { mergeTimeline, type TimelineRow } from '../../src/timeline/index.js'

const RESERVED = /rust-lang|yearn|go-ethereum|ethereum-optimism|homebrew|openfoodfacts|status-im|secret|notional|cosmos|python-discord|conda-forge|matrix-org|gitlab/i
const documents = ['real-postmortems', 'real-postmortems-2'].flatMap((folder) =>
  readdirSync(join(SHARED_CORPUS, folder))
    .filter((name) => name.endsWith('.md') && name !== 'SOURCES.md' && name !== 'README.md' && !RESERVED.test(name))
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(SHARED_CORPUS, folder, name), 'utf8') })),
)
const config = defaultConfig()

function isSubsequence(original: string[], merged: string[]): boolean {
  let cursor = 0
  for (const line of merged) if (cursor < original.length && line === original[cursor]) cursor++
  return cursor === original.length
}

/** Two rows inside the document's own timeline span, so they land between its rows. */
function rowsFor(text: string): TimelineRow[] {
  const timeline = parsePostmortem(text, config).timeline
  const orders = (timeline?.entries ?? []).map((entry) => entry.order).filter((order): order is number => order !== undefined).sort((a, b) => a - b)
  const middle = orders[Math.floor(orders.length / 2)] ?? Date.parse('2025-01-01T12:00:00Z') / 60_000
  const base = middle < 100_000 ? Date.parse('2025-01-01T00:00:00Z') / 60_000 + middle : middle
  return [
    { at: base * 60_000 + 30_000, event: 'Logged error `drafted A`', source: 'drafted.log:1', actor: '' },
    { at: base * 60_000 + 90_000, event: 'Alert `Drafted` firing', source: 'alert Drafted, alerts.json', actor: 'Alertmanager' },
  ]
}

describe('--into on the real corpus', () => {
  const tables = documents.filter((doc) => parsePostmortem(doc.text, config).timeline?.form === 'table')

  it('the corpus has table timelines to merge into', () => {
    expect(tables.length).toBeGreaterThanOrEqual(10)
  })

  it.each(tables.map((doc) => [doc.name, doc] as const))('%s: lines kept in order, rows added, idempotent', (_name, doc) => {
    const rows = rowsFor(doc.text)
    const once = mergeTimeline(doc.text, rows, config)
    expect(once.ok).toBe(true)
    if (!once.ok) return
    expect(once.added).toBe(2)
    const before = doc.text.split(/\r?\n/)
    const after = once.text.split(/\r?\n/)
    expect(after.length).toBe(before.length + 2)
    expect(isSubsequence(before, after)).toBe(true)
    const entries = (text: string) => parsePostmortem(text, config).timeline?.entries.length ?? 0
    expect(entries(once.text)).toBe(entries(doc.text) + 2)
    const twice = mergeTimeline(once.text, rows, config)
    expect(twice.ok && twice.added).toBe(0)
    expect(twice.ok && twice.text).toBe(once.text)
  })

  it.each(documents.filter((doc) => !tables.includes(doc)).map((doc) => [doc.name, doc] as const))('%s: another layout is refused with a reason or gets a new table, nothing lost', (_name, doc) => {
    const result = mergeTimeline(doc.text, rowsFor(doc.text), config)
    if (!result.ok) {
      expect(result.message).toMatch(/not a table|no Timeline section/)
      return
    }
    expect(isSubsequence(doc.text.split(/\r?\n/), result.text.split(/\r?\n/))).toBe(true)
  })
})
