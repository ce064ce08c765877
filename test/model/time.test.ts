import { describe, expect, it } from 'vitest'
import {
  dayNumber,
  findDate,
  findZone,
  isUtcZone,
  matchClock,
  matchDate,
  matchTimestamp,
  parseDuration,
  zoneOffset,
} from '../../src/model/time.js'

describe('matchDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05', 10],
    ['2024-3-5 rest', '2024-03-05', 8],
    ['2024/03/05', '2024-03-05', 10],
    ['March 5, 2024', '2024-03-05', 13],
    ['Sep 27 2017 13:06', '2017-09-27', 11],
    ['May 30th, 2019', '2019-05-30', 14],
    ['5 March 2024', '2024-03-05', 12],
    ['07-27-2023 2:14 pm', '2023-07-27', 10],
    ['2024-02-29', '2024-02-29', 10],
  ])('reads %j as %s', (text, date, length) => {
    expect(matchDate(text)).toEqual({ date, length })
  })

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '02-30-2024'])(
    'recognises %j as date-shaped but not a real calendar date',
    (text) => {
      const match = matchDate(text)
      expect(match).toBeDefined()
      expect(match?.date).toBeUndefined()
      expect(match?.length).toBe(text.length)
    },
  )

  it.each(['10:05', 'P1', 'soon', 'next sprint', ''])('finds no date at the start of %j', (text) => {
    expect(matchDate(text)).toBeUndefined()
  })
})

describe('findDate', () => {
  it('finds a date inside a sentence and says where', () => {
    const text = 'Post-Mortem: Queue backlog (2024-03-05)'
    expect(findDate(text)).toEqual({ date: '2024-03-05', length: 10, index: text.indexOf('2024') })
  })

  it('reads a named-month date in a title', () => {
    expect(findDate('PostHog outage - September 29, 2025')?.date).toBe('2025-09-29')
  })

  it('does not take version numbers or times for dates', () => {
    expect(findDate('released 1.327.0 at 10:05')).toBeUndefined()
  })
})

describe('dayNumber', () => {
  it('counts days since the epoch, across a leap day', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2)
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1)
  })
})

describe('matchClock', () => {
  it.each([
    ['10:05', 605],
    ['9:05', 545],
    ['00:00', 0],
    ['23:59', 1439],
    ['24:00', 0],
    ['12:00 AM', 0],
    ['12:30 am', 30],
    ['12:00 PM', 720],
    ['12:59 PM', 779],
    ['1:00 AM', 60],
    ['4:04 PM', 964],
    ['4:04 p.m.', 964],
    ['11:59pm', 1439],
    ['10:05:33', 605],
  ])('reads %j as %i minutes after midnight', (text, minutes) => {
    expect(matchClock(text)?.minutes).toBe(minutes)
  })

  it.each(['24:01', '10:60', '13:00 PM', '0:30 AM', '25:00', 'noon', '[???]'])('refuses %j', (text) => {
    expect(matchClock(text)).toBeUndefined()
  })

  it('keeps the zone written right after the time', () => {
    expect(matchClock('10:05Z')).toEqual({ minutes: 605, zone: 'Z', length: 6 })
    expect(matchClock('09:21 PM IST - report')).toEqual({ minutes: 1281, zone: 'IST', length: 12 })
    expect(matchClock('04:49 PM UTC')).toMatchObject({ minutes: 1009, zone: 'UTC' })
    expect(matchClock('10:05 (CET)')).toMatchObject({ minutes: 605, zone: 'CET' })
    expect(matchClock('10:05+02:00')).toMatchObject({ minutes: 605, zone: '+02:00' })
  })

  it('does not read the start of a word as a zone', () => {
    expect(matchClock('10:05 ESTimated')).toEqual({ minutes: 605, zone: undefined, length: 5 })
  })
})

describe('matchTimestamp', () => {
  it('reads ISO 8601 with T and Z', () => {
    expect(matchTimestamp('2024-03-05T10:05:00Z deploy')).toEqual({
      date: '2024-03-05',
      invalidDate: false,
      minutes: 605,
      zone: 'Z',
      length: '2024-03-05T10:05:00Z'.length,
    })
  })

  it('reads a date and a time with a zone', () => {
    expect(matchTimestamp('2024-03-05 10:05 UTC: alert')).toMatchObject({ date: '2024-03-05', minutes: 605, zone: 'UTC', length: 20 })
  })

  it('reads a date alone as a date without minutes', () => {
    const match = matchTimestamp('2021-12-10 | published')
    expect(match).toMatchObject({ date: '2021-12-10', length: 10 })
    expect(match?.minutes).toBeUndefined()
  })

  it('completes "Jan 19, 4:04 PM" with the year hint, and refuses it without one', () => {
    expect(matchTimestamp('Jan 19, 4:04 PM', 2026)).toMatchObject({ date: '2026-01-19', minutes: 964, length: 15 })
    expect(matchTimestamp('Jan 19, 4:04 PM')).toBeUndefined()
  })

  it('flags an impossible date instead of inventing one', () => {
    expect(matchTimestamp('2024-02-30 10:00')).toMatchObject({ invalidDate: true, minutes: 600 })
    expect(matchTimestamp('2024-02-30 10:00')?.date).toBeUndefined()
  })

  it('reads a time alone', () => {
    expect(matchTimestamp('23:50 - pager')).toEqual({ date: undefined, invalidDate: false, minutes: 1430, zone: undefined, length: 5 })
  })
})

describe('parseDuration', () => {
  it('reads the reference form: length and window with zone', () => {
    expect(parseDuration('1h 35min (10:05 - 11:40 UTC)')).toEqual({ minutes: 95, startMinutes: 605, endMinutes: 700, zone: 'UTC' })
  })

  it.each([
    ['95 minutes', 95],
    ['2 hours', 120],
    ['45m', 45],
    ['1d 2h', 1560],
    ['1.5 hours', 90],
    ['4h 12m', 252],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDuration(text)?.minutes).toBe(minutes)
  })

  it('computes the length from a window alone, across midnight too', () => {
    expect(parseDuration('10:05–11:40 UTC')).toEqual({ startMinutes: 605, endMinutes: 700, zone: 'UTC', minutes: 95 })
    expect(parseDuration('23:40 - 00:30')).toMatchObject({ startMinutes: 1420, endMinutes: 30, minutes: 50 })
  })

  it('reads 12-hour windows', () => {
    expect(parseDuration('4:30 pm to 6:00 pm')).toMatchObject({ startMinutes: 990, endMinutes: 1080, minutes: 90 })
  })

  it('returns nothing for text without a duration', () => {
    expect(parseDuration('about an hour')).toBeUndefined()
    expect(parseDuration('ongoing')).toBeUndefined()
  })
})

describe('zones', () => {
  it.each([
    ['Timeline (all times UTC)', 'UTC'],
    ['Date and Time in CET', 'CET'],
    ['Timeline (all times PT )', 'PT'],
    ['Time (UTC)', 'UTC'],
    ['All times are GMT+2', '+02:00'],
    ['10:05Z', 'Z'],
  ])('finds the zone in %j', (text, zone) => {
    expect(findZone(text)?.zone).toBe(zone)
  })

  it('says where the zone is in the text', () => {
    const text = 'Timeline (all times UTC)'
    expect(findZone(text)).toEqual({ zone: 'UTC', index: text.indexOf('UTC'), length: 3 })
  })

  it.each(['Timeline', 'Zebra crossing', 'Key events', 'Estimates', 'Z is a letter'])('finds no zone in %j', (text) => {
    expect(findZone(text)).toBeUndefined()
  })

  it.each(['UTC', 'utc', 'Z', 'GMT', 'Zulu', '+00:00', '+0000', 'UTC+0', 'UTC+00:00'])('treats %j as UTC', (zone) => {
    expect(isUtcZone(zone)).toBe(true)
  })

  it.each(['CET', 'PST', '+01:00', 'UTC+2', 'IST'])('does not treat %j as UTC', (zone) => {
    expect(isUtcZone(zone)).toBe(false)
  })

  it.each([
    ['UTC', 0],
    ['CET', 60],
    ['CEST', 120],
    ['PST', -480],
    ['PDT', -420],
    ['IST', 330],
    ['+05:30', 330],
    ['-0700', -420],
    ['UTC-7', -420],
    ['GMT+2', 120],
  ])('knows the offset of %j is %i minutes', (zone, offset) => {
    expect(zoneOffset(zone)).toBe(offset)
  })

  it('has no offset for an unknown zone', () => {
    expect(zoneOffset('XYZT')).toBeUndefined()
  })
})
