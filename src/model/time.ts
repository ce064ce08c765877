/**
 * Dates, clock times, durations and time zones as people write them in post-mortems.
 * Pure functions; nothing reads the clock.
 */
import type { Duration, IsoDate } from './types.js'

/** Offsets in minutes east of UTC for zone abbreviations seen in incident reports. */
const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, Z: 0, GMT: 0, ZULU: 0,
  WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120, EEST: 180, MSK: 180,
  IST: 330, SGT: 480, HKT: 480, CST_CN: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
  ET: -300, PT: -480, CT: -360, MT: -420,
}
const UTC_NAMES = new Set(['UTC', 'Z', 'GMT', 'ZULU', 'UTC+0', 'UTC+00:00', 'UTC-0', '+00:00', '+0000'])

export const ZONE_PATTERN =
  '(?:UTC|GMT|[Uu]tc|[Gg]mt)(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?)?|Z(?![A-Za-z])|[+-]\\d{2}:?\\d{2}|(?:' +
  Object.keys(ZONE_OFFSETS).filter((z) => !z.includes('_') && z !== 'Z' && z !== 'UTC' && z !== 'GMT').join('|') +
  ')(?![A-Za-z])'
const ZONE_WORD = new RegExp(`(?<![A-Za-z])(${ZONE_PATTERN})`, '')

/** Normalised zone name ("utc" -> "UTC", "+0000" -> "+00:00"). */
export function normalizeZone(zone: string): string {
  const upper = zone.replace(/\s+/g, '').toUpperCase()
  const numeric = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(upper)
  if (numeric) {
    const hours = (numeric[2] as string).padStart(2, '0')
    return `${numeric[1]}${hours}:${numeric[3] ?? '00'}`
  }
  return upper
}

export function isUtcZone(zone: string): boolean {
  const normalized = normalizeZone(zone)
  return UTC_NAMES.has(normalized) || normalized === '+00:00' || normalized === '-00:00'
}

/** Minutes east of UTC, or undefined for an unknown zone. */
export function zoneOffset(zone: string): number | undefined {
  const normalized = normalizeZone(zone)
  const numeric = /^([+-])(\d{2}):(\d{2})$/.exec(normalized)
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]))
  return ZONE_OFFSETS[normalized]
}

/** The first zone named in a text ("Timeline (all times UTC)", "Date and Time in CET"). */
export function findZone(text: string): { zone: string; index: number; length: number } | undefined {
  const match = ZONE_WORD.exec(text.replace(/\bin\s+Z\b/g, 'in Z'))
  if (!match || match[1] === undefined) return undefined
  // A lone "Z" only counts right after a time ("10:05Z"), never as a word in prose.
  if (match[1] === 'Z' && !/\d$/.test(text.slice(0, match.index))) return undefined
  return { zone: normalizeZone(match[1]), index: match.index, length: match[1].length }
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}

export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000)
}

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
// Order matters: ISO first, then named months, then numeric US (MM-DD-YYYY) as the corpus uses it.
const DATE_FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  { pattern: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { pattern: new RegExp(`^${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i'), read: (m) => [+m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, +m[2]!] },
  { pattern: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})(?!\\d)`, 'i'), read: (m) => [+m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, +m[1]!] },
  // Numeric day and month: month first (US) unless the first number cannot be a month ("24/07/25").
  { pattern: /^(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{2})(?![\d:])/, read: (m) => numericDate(+m[1]!, +m[3]!, m[4]!) },
]

function numericDate(first: number, second: number, year: string): [number, number, number] {
  const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year)
  return first > 12 ? [fullYear, second, first] : [fullYear, first, second]
}

export interface DateMatch {
  /** undefined when the text has the shape of a date but is not a real calendar date (2024-02-30). */
  date?: IsoDate
  length: number
}

/** Reads a date at the start of `text`. */
export function matchDate(text: string): DateMatch | undefined {
  for (const form of DATE_FORMS) {
    const m = form.pattern.exec(text)
    if (m) {
      const [y, mo, d] = form.read(m)
      return { date: isoDate(y, mo, d), length: m[0].length }
    }
  }
  return undefined
}

/** Finds the first date anywhere in a text. */
export function findDate(text: string): (DateMatch & { index: number }) | undefined {
  const starts = /(?<![\w-])(?=\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3})/g
  for (const m of text.matchAll(starts)) {
    const found = matchDate(text.slice(m.index))
    if (found) return { ...found, index: m.index }
  }
  return undefined
}

export interface ClockMatch {
  minutes: number
  zone?: string
  length: number
}

const CLOCK = new RegExp(
  `^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s?([ap])\\.?m\\.?(?![a-z]))?(?:\\s?\\(?(${ZONE_PATTERN})\\)?(?![\\w]))?`,
  'i',
)

/** Reads a clock time at the start of `text` ("10:05", "4:04 PM", "10:05:33Z", "09:21 PM IST"). */
export function matchClock(text: string): ClockMatch | undefined {
  const m = CLOCK.exec(text)
  if (!m) return undefined
  let hours = Number(m[1])
  const minutes = Number(m[2])
  if (minutes > 59) return undefined
  if (m[4]) {
    if (hours < 1 || hours > 12) return undefined
    hours = (hours % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0)
  } else if (hours > 24 || (hours === 24 && minutes > 0)) return undefined
  const zone = m[5] ? normalizeZone(m[5]) : undefined
  return { minutes: (hours % 24) * 60 + minutes, zone, length: m[0].length }
}

export interface TimestampMatch {
  date?: IsoDate
  /** Set when a date-shaped text is not a real date. */
  invalidDate?: boolean
  minutes?: number
  zone?: string
  length: number
}

/**
 * Reads a timeline timestamp at the start of a text: a date, a time, or both, in the orders
 * people write them ("2024-03-05 10:05 UTC", "2024-03-05T10:05:00Z", "Jan 19, 4:04 PM", "10:05").
 */
export function matchTimestamp(text: string, yearHint?: number): TimestampMatch | undefined {
  let rest = text
  let length = 0
  let date: IsoDate | undefined
  let invalidDate = false
  const dateMatch = matchDate(rest) ?? matchMonthDay(rest, yearHint)
  if (dateMatch) {
    date = dateMatch.date
    invalidDate = dateMatch.date === undefined
    length += dateMatch.length
    rest = rest.slice(dateMatch.length)
    const joiner = /^(?:T|,?\s+(?:at\s+)?|,\s*)(?=\d)/.exec(rest)
    if (joiner) {
      length += joiner[0].length
      rest = rest.slice(joiner[0].length)
    }
  }
  const clock = matchClock(rest)
  if (clock) return { date, invalidDate, minutes: clock.minutes, zone: clock.zone, length: length + clock.length }
  if (dateMatch) return { date, invalidDate, length }
  return undefined
}

/** "Jan 19" / "19 Jan" without a year, completed with the incident's year when known. */
function matchMonthDay(text: string, yearHint?: number): DateMatch | undefined {
  const m = new RegExp(`^${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])`, 'i').exec(text)
  if (!m || yearHint === undefined) return undefined
  return { date: isoDate(yearHint, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, Number(m[2])), length: m[0].length }
}

/**
 * "1h 35min (10:05 - 11:40 UTC)", "95 minutes", "2 hours", "10:05–11:40 UTC", "45m".
 * Returns undefined when nothing in the text reads as a duration.
 */
export function parseDuration(text: string): Duration | undefined {
  const duration: Duration = {}
  const window = new RegExp(
    `(\\d{1,2}:\\d{2}(?:\\s?[ap]m)?)\\s*(?:-|–|—|to|until)\\s*(\\d{1,2}:\\d{2}(?:\\s?[ap]m)?)(?:\\s*\\(?(${ZONE_PATTERN}))?`,
    'i',
  ).exec(text)
  if (window) {
    duration.startMinutes = matchClock(window[1] as string)?.minutes
    duration.endMinutes = matchClock(window[2] as string)?.minutes
    if (window[3]) duration.zone = normalizeZone(window[3])
  }
  const withoutWindow = window ? text.replace(window[0], ' ') : text
  let total = 0
  let found = false
  // "1h35": minutes written straight after the hours, without a unit.
  const compact = /(\d+)\s*h(?:ours?|rs?)?\s*(\d{1,2})(?![\d:a-z])/i.exec(withoutWindow)
  if (compact) {
    total += Number(compact[1]) * 60 + Number(compact[2])
    found = true
  }
  for (const m of (compact ? withoutWindow.replace(compact[0], ' ') : withoutWindow).matchAll(/(\d+(?:\.\d+)?)\s*(d(?:ays?)?|h(?:ours?|rs?)?|m(?:in(?:ute)?s?)?)(?![a-z])/gi)) {
    const value = Number(m[1])
    const unit = (m[2] as string)[0]?.toLowerCase()
    total += unit === 'd' ? value * 1440 : unit === 'h' ? value * 60 : value
    found = true
  }
  if (found) duration.minutes = Math.round(total)
  else if (duration.startMinutes !== undefined && duration.endMinutes !== undefined) {
    duration.minutes = (duration.endMinutes - duration.startMinutes + 1440) % 1440
  }
  return found || window ? duration : undefined
}
