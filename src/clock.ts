/**
 * The one place the Action reads the clock. Everything else gets `now` passed in, so a test
 * (or a user replaying a run) moves the day with POSTMORTEM_NOW instead of waiting.
 */

export const NOW_VARIABLE = 'POSTMORTEM_NOW'

/** A date (2026-03-01) or a date-time with an offset or Z (2026-03-01T09:00:00Z, 2026-03-01T09:00:00+02:00). */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i

export class ClockError extends Error {
  override name = 'ClockError'
}

/**
 * POSTMORTEM_NOW when set (a date alone means midnight UTC), else the real clock. An invalid
 * value is an error naming the variable and the expected form: a silently ignored typo would
 * run a schedule on the wrong day.
 */
export function readNow(env: Readonly<Record<string, string | undefined>> = process.env, realClock: () => Date = () => new Date()): Date {
  const raw = env[NOW_VARIABLE]
  if (raw === undefined || raw.trim() === '') return realClock()
  const value = raw.trim()
  const parsed = ISO_8601.test(value) ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : undefined
  if (parsed === undefined || Number.isNaN(parsed.getTime()) || !sameCalendarDate(value, parsed)) {
    throw new ClockError(
      `${NOW_VARIABLE} is "${value.slice(0, 64)}", expected an ISO 8601 date or date-time such as 2026-03-01 or 2026-03-01T09:30:00Z (a time needs Z or an offset)`,
    )
  }
  return parsed
}

/** Date() rolls 2026-02-31 over to March; refuse it instead. */
function sameCalendarDate(value: string, parsed: Date): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number)
  if (value.length === 10) return parsed.getUTCFullYear() === year && parsed.getUTCMonth() + 1 === month && parsed.getUTCDate() === day
  return month !== undefined && day !== undefined && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year ?? 0, month)
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
