import { describe, expect, it } from 'vitest'
import { addDays, dateInZone, daysBetween, isCalendarDate, isTimeZone, utcDateOf } from '../../../src/plan/calendar.js'

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-13-01')).toBe(false)
    expect(isCalendarDate('2026-3-1')).toBe(false)
    expect(isCalendarDate('next week')).toBe(false)
  })

  it('moves across months, years and leap days', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02')
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01')
    expect(addDays('2026-12-30', 5)).toBe('2027-01-04')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('counts whole days, signed', () => {
    expect(daysBetween('2026-03-01', '2026-03-08')).toBe(7)
    expect(daysBetween('2026-03-08', '2026-03-01')).toBe(-7)
    // Across a daylight-saving change (Europe, 2026-03-29) a day is still a day.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
  })

  it('refuses a malformed date instead of guessing', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/expected YYYY-MM-DD/)
  })
})

describe('today in a time zone', () => {
  it('is the wall-clock date where the team is, not UTC', () => {
    const instant = new Date('2026-03-01T23:30:00Z')
    expect(dateInZone(instant, 'UTC')).toBe('2026-03-01')
    expect(dateInZone(instant, 'Pacific/Auckland')).toBe('2026-03-02')
    expect(dateInZone(new Date('2026-03-01T05:00:00Z'), 'America/Los_Angeles')).toBe('2026-02-28')
  })

  it('follows daylight saving (Paris is UTC+2 in summer, UTC+1 in winter)', () => {
    expect(dateInZone(new Date('2026-07-01T22:30:00Z'), 'Europe/Paris')).toBe('2026-07-02')
    expect(dateInZone(new Date('2026-01-01T22:30:00Z'), 'Europe/Paris')).toBe('2026-01-01')
  })

  it('names the bad zone', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isTimeZone('')).toBe(false)
    expect(() => dateInZone(new Date(), 'Mars/Olympus')).toThrow(/"Mars\/Olympus".*IANA/)
  })

  it('reads GitHub timestamps as UTC dates', () => {
    expect(utcDateOf('2026-03-01T23:59:59Z')).toBe('2026-03-01')
    expect(utcDateOf('garbage')).toBeUndefined()
  })
})
