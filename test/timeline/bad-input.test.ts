// Bad input: malformed lines and items are counted and reported, never fatal; unknown files are errors naming the formats.
import { describe, expect, it } from 'vitest'
import { KNOWN_FORMATS, recognise } from '../../src/timeline/index.js'
import { MAX_LINE_LENGTH } from '../../src/timeline/draft.js'
import { draft } from './helpers.js'

describe('bad lines', () => {
  it('kubectl: lines without a time are counted with the first one, the rest still read', () => {
    const text = '2025-02-09T10:00:00Z ERROR a\ngarbage here\n2025-02-09T10:00:01Z INFO b\n\n   \nmore garbage\n2025-02-09T10:10:00Z ERROR c\n'
    const { rows, problems } = draft([{ name: 'k.txt', text }])
    expect(rows.map((row) => row.source)).toEqual(['k.txt:1', 'k.txt:7'])
    expect(problems).toEqual([{ file: 'k.txt', message: expect.stringMatching(/^2 malformed lines skipped \(first at line 2\); expected kubectl logs --timestamps/), fatal: false }])
  })

  it('JSON-lines: a cut-off record, a record without a time, and a non-object line', () => {
    const text = ['{"ts":"2025-02-09T10:00:00Z","level":"error","msg":"a"}', '{"ts":"2025-02-09T10:00:01Z","level":"info","msg":"cut', '{"level":"error","msg":"no time"}', '[1,2,3]', '{"ts":"2025-02-09T10:00:02Z","level":"error","msg":"b"}'].join('\n')
    const { rows, problems } = draft([{ name: 'a.jsonl', text }])
    expect(rows.map((row) => row.event)).toEqual(['Logged error `a`', 'Logged error `b`'])
    expect(problems[0]?.message).toMatch(/^3 malformed lines skipped \(first at line 2\)/)
  })

  it('a line longer than the limit is skipped and counted, without holding it in memory', () => {
    const text = `2025-02-09T10:00:00Z ERROR a\n2025-02-09T10:00:01Z ERROR ${'x'.repeat(MAX_LINE_LENGTH + 10)}\n2025-02-09T10:20:00Z ERROR a\n`
    const { rows, problems } = draft([{ name: 'k.txt', text }], {}, undefined, 65536)
    expect(rows.map((row) => row.source)).toEqual(['k.txt:1', 'k.txt:3'])
    expect(problems[0]?.message).toMatch(/^1 malformed line skipped \(first at line 2\)/)
  })

  it('JSON exports: items that cannot be read are counted; the rest give rows', () => {
    const text = JSON.stringify([
      { labels: { alertname: 'A' }, startsAt: '2025-02-09T10:00:00Z', endsAt: '0001-01-01T00:00:00Z', status: 'firing' },
      { labels: { alertname: 'B' }, startsAt: 'yesterday' },
    ])
    const { rows, problems } = draft([{ name: 'alerts.json', text }])
    expect(rows.map((row) => row.event)).toEqual(['Alert `A` firing'])
    expect(problems).toEqual([{ file: 'alerts.json', message: expect.stringMatching(/^1 malformed item skipped \(first: an alert without a valid `startsAt`\)/), fatal: false }])
  })
})

describe('unknown and unusable files', () => {
  it('prose, CSV and unknown JSON are not recognised, and the message lists every known format', () => {
    expect(recognise('We noticed the errors at about ten.\nThen we rolled back.\n')).toEqual({ kind: 'unknown' })
    expect(recognise('time,value\n2025-02-09T10:00:00Z,3\n')).toEqual({ kind: 'unknown' })
    const { problems } = draft([{ name: 'package.json', text: '{\n  "name": "x",\n  "version": "1.0.0"\n}\n' }])
    expect(problems).toEqual([{ file: 'package.json', message: expect.stringContaining('not a format the timeline knows'), fatal: true }])
    for (const format of KNOWN_FORMATS) expect(problems[0]!.message).toContain(format)
  })

  it('invalid JSON is an error for its file only', () => {
    const { rows, problems } = draft([
      { name: 'broken.json', text: '{"status":"success","data":{"resultType":"matrix","result":[' },
      { name: 'k.txt', text: '2025-02-09T10:00:00Z ERROR a\n' },
    ])
    expect(rows).toHaveLength(1)
    expect(problems).toEqual([{ file: 'broken.json', message: expect.stringMatching(/^invalid JSON/), fatal: true }])
  })

  it('an empty file is noted, not fatal', () => {
    expect(recognise('')).toEqual({ kind: 'empty' })
    expect(recognise('\n\n  \n')).toEqual({ kind: 'empty' })
  })
})
