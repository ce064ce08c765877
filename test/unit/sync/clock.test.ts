import { describe, expect, it } from 'vitest'
import { readNow } from '../../../src/clock.js'

const real = new Date('2030-01-02T03:04:05Z')

describe('readNow', () => {
  it('uses the real clock when POSTMORTEM_NOW is unset or blank', () => {
    expect(readNow({}, () => real)).toBe(real)
    expect(readNow({ POSTMORTEM_NOW: '  ' }, () => real)).toBe(real)
  })

  it('honours a date (midnight UTC) and date-times with Z or an offset', () => {
    expect(readNow({ POSTMORTEM_NOW: '2026-03-01' }).toISOString()).toBe('2026-03-01T00:00:00.000Z')
    expect(readNow({ POSTMORTEM_NOW: '2026-03-01T09:30:00Z' }).toISOString()).toBe('2026-03-01T09:30:00.000Z')
    expect(readNow({ POSTMORTEM_NOW: '2026-03-01T09:30:00+02:00' }).toISOString()).toBe('2026-03-01T07:30:00.000Z')
  })

  it('refuses a value that is not ISO 8601, a time without zone, and an impossible date, naming the variable', () => {
    for (const value of ['yesterday', '03/01/2026', '2026-03-01T09:30:00', '2026-02-31', '2026-13-01T00:00:00Z']) {
      expect(() => readNow({ POSTMORTEM_NOW: value }), value).toThrow(/POSTMORTEM_NOW is ".*", expected an ISO 8601 date/)
    }
  })
})

describe('readTiming', () => {
  it('shortens the write path waits from POSTMORTEM_* variables and refuses nonsense, naming the variable', async () => {
    const { readTiming } = await import('../../../src/inputs.js')
    expect(readTiming({ POSTMORTEM_LATE_COMMIT_WAIT_MS: '250', POSTMORTEM_CREATE_INTERVAL_MS: '0' })).toMatchObject({ lateCommitWaitMs: 250, createIntervalMs: 0, writeIntervalMs: 1000 })
    expect(() => readTiming({ POSTMORTEM_WRITE_INTERVAL_MS: 'fast' })).toThrow('POSTMORTEM_WRITE_INTERVAL_MS is "fast", expected milliseconds from 0 to 3600000')
  })
})
