// Every time is converted to UTC from its stated offset; zone-less times need --assume-zone; DST is read as documented.
import { describe, expect, it } from 'vitest'
import { parseZone, readIsoTimestamp, ZonelessTimestamp } from '../../src/timeline/index.js'
import { readAccessLogTime, readTimeValue, wallClockToUtc, ZoneReader } from '../../src/timeline/time.js'
import { draft, utc } from './helpers.js'

const wall = (text: string) => Date.parse(`${text}Z`)

describe('stated offsets', () => {
  it.each([
    ['2025-02-09T10:00:01Z', '2025-02-09T10:00:01.000Z'],
    ['2025-02-09T10:00:01.123456789Z', '2025-02-09T10:00:01.123Z'],
    ['2025-02-09T11:00:01+01:00', '2025-02-09T10:00:01.000Z'],
    ['2025-02-09T04:30:01-0530', '2025-02-09T10:00:01.000Z'],
    ['2025-02-09 10:00:01,250 +00:00', '2025-02-09T10:00:01.250Z'],
    ['2025-02-09 10:00:01 UTC', '2025-02-09T10:00:01.000Z'],
    ['2025-02-10T00:30:00+14:00', '2025-02-09T10:30:00.000Z'],
  ])('%s is %s', (text, expected) => {
    expect(new Date(readIsoTimestamp(text)!.ms).toISOString()).toBe(expected)
  })

  it('reads access-log times and epochs', () => {
    expect(readAccessLogTime('09/Feb/2025:11:00:01 +0100')).toBe(utc('2025-02-09T10:00:01Z'))
    expect(readTimeValue(1739095201)).toBe(utc('2025-02-09T10:00:01Z'))
    expect(readTimeValue(1739095201123)).toBe(utc('2025-02-09T10:00:01.123Z'))
    expect(readTimeValue('1739095201.5')).toBe(utc('2025-02-09T10:00:01.500Z'))
  })

  it('rejects what is not a calendar time', () => {
    expect(readIsoTimestamp('2025-02-30T10:00:00Z')).toBeUndefined()
    expect(readIsoTimestamp('2025-02-09T25:00:00Z')).toBeUndefined()
    expect(readIsoTimestamp('hello world, not a time')).toBeUndefined()
  })
})

describe('zone-less timestamps', () => {
  it('are an error without --assume-zone', () => {
    expect(() => readIsoTimestamp('2025-02-09 10:00:01')).toThrow(ZonelessTimestamp)
    const { rows, problems } = draft([{ name: 'app.log', text: '2025-02-09 10:00:01 ERROR boom\n2025-02-09 10:00:02 ERROR boom\n' }])
    expect(rows).toEqual([])
    expect(problems).toEqual([expect.objectContaining({ file: 'app.log', line: 1, fatal: true, message: expect.stringContaining('--assume-zone') })])
  })

  it('a word after the time is not a zone ("Zookeeper" does not make it Zulu)', () => {
    expect(() => readIsoTimestamp('2025-02-09 10:00:01 Zookeeper session expired')).toThrow(ZonelessTimestamp)
    expect(() => readIsoTimestamp('2025-02-09 10:00:01 -- retrying')).toThrow(ZonelessTimestamp)
    expect(readIsoTimestamp('2025-02-09 10:00:01 Z session expired')?.ms).toBe(utc('2025-02-09T10:00:01Z'))
    expect(readIsoTimestamp('2025-02-09 10:00:01 -05:00 session expired')?.ms).toBe(utc('2025-02-09T15:00:01Z'))
  })

  it('are read in the assumed zone, an IANA name or an offset', () => {
    const text = '2025-02-09 11:00:01 ERROR boom\n'
    expect(draft([{ name: 'a', text }], {}, parseZone('Europe/Berlin')).rows[0]!.at).toBe(utc('2025-02-09T10:00:01Z'))
    expect(draft([{ name: 'a', text }], {}, parseZone('-05:00')).rows[0]!.at).toBe(utc('2025-02-09T16:00:01Z'))
    expect(draft([{ name: 'a', text }], {}, parseZone('UTC')).rows[0]!.at).toBe(utc('2025-02-09T11:00:01Z'))
  })

  it('in JSON-lines too', () => {
    const text = '{"time":"2025-07-01T12:00:00","level":"error","msg":"x"}\n'
    expect(draft([{ name: 'a.jsonl', text }]).problems[0]?.fatal).toBe(true)
    expect(draft([{ name: 'a.jsonl', text }], {}, parseZone('America/New_York')).rows[0]!.at).toBe(utc('2025-07-01T16:00:00Z'))
  })

  it('an unknown zone name is refused', () => {
    expect(parseZone('Mars/Olympus')).toBeUndefined()
    expect(parseZone('+25:00')).toBeUndefined()
  })
})

describe('daylight saving time in the assumed zone', () => {
  const berlin = parseZone('Europe/Berlin')!
  it('summer and winter offsets', () => {
    expect(wallClockToUtc(wall('2025-07-01T12:00:00'), berlin)).toBe(utc('2025-07-01T10:00:00Z'))
    expect(wallClockToUtc(wall('2025-01-01T12:00:00'), berlin)).toBe(utc('2025-01-01T11:00:00Z'))
  })
  it('either side of the spring change (02:00 -> 03:00 on 2025-03-30)', () => {
    expect(wallClockToUtc(wall('2025-03-30T01:59:59'), berlin)).toBe(utc('2025-03-30T00:59:59Z'))
    expect(wallClockToUtc(wall('2025-03-30T03:00:00'), berlin)).toBe(utc('2025-03-30T01:00:00Z'))
  })
  it('a time in the spring gap is read with the offset before it', () => {
    expect(wallClockToUtc(wall('2025-03-30T02:30:00'), berlin)).toBe(utc('2025-03-30T01:30:00Z'))
  })
  it('a time that occurs twice in autumn (03:00 -> 02:00 on 2025-10-26) is its first occurrence', () => {
    expect(wallClockToUtc(wall('2025-10-26T02:30:00'), berlin)).toBe(utc('2025-10-26T00:30:00Z'))
    expect(wallClockToUtc(wall('2025-10-26T03:30:00'), berlin)).toBe(utc('2025-10-26T02:30:00Z'))
  })
  it('the cached reader agrees with the exact conversion across a change, hour by hour', () => {
    const reader = new ZoneReader(parseZone('America/New_York')!)
    for (let minute = 0; minute < 6 * 60; minute += 7) {
      const local = wall('2025-03-09T00:00:00') + minute * 60_000
      expect(reader.toUtc(local)).toBe(wallClockToUtc(local, reader.zone))
    }
  })
  it('a zone-less log across the change stays in order in UTC', () => {
    const text = ['2025-10-26 01:50:00 ERROR a', '2025-10-26 02:10:00 ERROR b', '2025-10-26 03:10:00 ERROR c'].join('\n')
    const { rows } = draft([{ name: 'a', text }], {}, berlin)
    expect(rows.map((row) => new Date(row.at).toISOString())).toEqual(['2025-10-25T23:50:00.000Z', '2025-10-26T00:10:00.000Z', '2025-10-26T02:10:00.000Z'])
  })
})
