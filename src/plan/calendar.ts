/**
 * Plain calendar dates (`YYYY-MM-DD`) for schedule mode. Deadlines are dates, not instants:
 * "today" is the date on the wall clock of the team's `timezone` at the run's instant, and
 * every other computation is whole days between dates, so daylight-saving changes and the
 * runner's own zone never shift a reminder by a day. No clock is read here.
 */

export type CalendarDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function dayNumber(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw new RangeError(`Unexpected date "${date}", expected YYYY-MM-DD`)
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

function fromDayNumber(days: number): CalendarDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10)
}

/** `date` moved by `days` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days)
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from)
}

/** True when `name` is an IANA time zone this runtime knows ("Europe/Paris", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (name.trim() === '') return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/** The calendar date at `instant` on the wall clock of `timeZone`. */
export function dateInZone(instant: Date, timeZone: string): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Unexpected invalid instant, expected a real date-time')
  if (!isTimeZone(timeZone)) throw new RangeError(`Unexpected time zone "${timeZone}", expected an IANA name such as UTC or Europe/Paris`)
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((candidate) => candidate.type === type)?.value ?? ''
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`
}

/** The UTC calendar date of an ISO 8601 timestamp as GitHub returns them ("2026-03-01T09:00:00Z"). */
export function utcDateOf(timestamp: string): CalendarDate | undefined {
  const time = Date.parse(timestamp)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10)
}
