// A burst of the same error is one row with its first time and count; the result does not depend on file splits or order.
import { describe, expect, it } from 'vitest'
import { signatureOf, spanText } from '../../src/timeline/bursts.js'
import { draft } from './helpers.js'

const stamp = (seconds: number) => new Date(Date.UTC(2025, 1, 9, 10, 0, 0) + seconds * 1000).toISOString()

function log(events: [seconds: number, message: string][]): string {
  return events.map(([seconds, message]) => `${stamp(seconds)} ERROR ${message}`).join('\n') + '\n'
}

describe('bursts', () => {
  it('collapses same-signature lines closer than the gap into one row with first time, count and length', () => {
    const events: [number, string][] = Array.from({ length: 1284 }, (_, i) => [60 + Math.floor(i * 0.28), `upstream returned 502 after ${1000 + i}ms`])
    const { rows } = draft([{ name: 'api.txt', text: log(events) }], {}, undefined, 4096)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ at: Date.UTC(2025, 1, 9, 10, 1, 0), source: 'api.txt:1' })
    expect(rows[0]!.event).toBe('First error `upstream returned 502 after 1000ms`; 1,284 in 6 min')
  })

  it('a quiet gap longer than the gap option starts a new burst', () => {
    const text = log([[0, 'disk full'], [60, 'disk full'], [60 + 301, 'disk full'], [60 + 302, 'disk full']])
    expect(draft([{ name: 'a', text }]).rows.map((row) => row.event)).toEqual(['First error `disk full`; 2 in 1 min', 'First error `disk full`; 2 in 1 s'])
    expect(draft([{ name: 'a', text }], { burstGapMs: 10 * 60_000 }).rows).toHaveLength(1)
  })

  it('different messages are different rows; numbers, ids and quoted values are not', () => {
    expect(signatureOf('timeout after 3012ms for order 7f3e9c1a2b')).toBe(signatureOf('timeout after 2987ms for order 00aa11bb22'))
    expect(signatureOf('user "kim" denied')).toBe(signatureOf('user "ana" denied'))
    expect(signatureOf('connection refused')).not.toBe(signatureOf('connection reset'))
    const text = log([[0, 'connection refused'], [1, 'connection reset'], [2, 'connection refused']])
    expect(draft([{ name: 'a', text }]).rows.map((row) => row.event)).toEqual(['First error `connection refused`; 2 in 2 s', 'Logged error `connection reset`'])
  })

  it('ten files give the rows of their concatenation, in any order (Source aside)', () => {
    const events: [number, string][] = []
    let seed = 7
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647)
    for (let t = 0; t < 4 * 3600; t += Math.floor(random() * 90)) {
      if (random() < 0.5) events.push([t, ['pool exhausted', 'retry budget spent for job 12', 'tls handshake timeout'][Math.floor(random() * 3)]!])
    }
    const whole = log(events)
    const lines = whole.trimEnd().split('\n')
    const parts = Array.from({ length: 10 }, (_, i) => lines.slice(Math.floor((i * lines.length) / 10), Math.floor(((i + 1) * lines.length) / 10)).join('\n') + '\n')
    const strip = (rows: { at: number; event: string }[]) => rows.map(({ at, event }) => ({ at, event }))
    const concatenated = strip(draft([{ name: 'all', text: whole }]).rows)
    expect(concatenated.length).toBeGreaterThan(3)
    expect(strip(draft(parts.map((text, i) => ({ name: `part-${i}`, text }))).rows)).toEqual(concatenated)
    expect(strip(draft(parts.map((text, i) => ({ name: `part-${i}`, text })).reverse()).rows)).toEqual(concatenated)
  })

  it('spans read as people say them', () => {
    expect([spanText(40_000), spanText(6 * 60_000), spanText(80 * 60_000), spanText(120 * 60_000)]).toEqual(['40 s', '6 min', '1 h 20 min', '2 h'])
  })

  it('past the distinct-message limit, lines are still counted, under one row per burst', () => {
    const text = log(Array.from({ length: 30 }, (_, i) => [i, `failure kind ${'abcdefghijklmnopqrstuvwxyz'.slice(i % 26, (i % 26) + 1)}${'x'.repeat(i)}`] as [number, string]))
    const { rows } = draft([{ name: 'a', text }], { maxSignatures: 5 })
    expect(rows).toHaveLength(6)
    expect(rows.at(-1)!.event).toBe('First error lines with other messages (past the distinct-message limit); 25 in 24 s')
  })
})
