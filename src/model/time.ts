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
  // Region names people write instead of abbreviations ("All times US/Pacific", "7:09 AM Eastern").
  'US/PACIFIC': -480, 'US/EASTERN': -300, 'US/CENTRAL': -360, 'US/MOUNTAIN': -420, PACIFIC: -480, EASTERN: -300,
}
const UTC_NAMES = new Set(['UTC', 'Z', 'GMT', 'ZULU', 'UTC+0', 'UTC+00:00', 'UTC-0', '+00:00', '+0000'])

const ABBREVIATIONS = Object.keys(ZONE_OFFSETS).filter((z) => /^[A-Z]{2,5}$/.test(z) && z !== 'UTC' && z !== 'GMT')
/** Region names as written: "US/Pacific", "Pacific", "Eastern" (the offsets above, upper-cased). */
const REGIONS = ['US/Pacific', 'US/Eastern', 'US/Central', 'US/Mountain', 'Pacific', 'Eastern']
export const ZONE_PATTERN =
  '(?:UTC|GMT|[Uu]tc|[Gg]mt)(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?)?|Z(?![A-Za-z])|[+-]\\d{2}:?\\d{2}|(?:' +
  [...ABBREVIATIONS, ...REGIONS].join('|') +
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
/** How a document writes numeric dates: day first (27-05-2025), month first (07-27-2023), or not known. */
export type NumericDateOrder = 'day-first' | 'month-first'

const month = (name: string): number => MONTHS[name.slice(0, 3).toLowerCase()] as number

// Order matters: ISO first, then named months, then numeric day and month, then month precision.
const DATE_FORMS: { pattern: RegExp; read: (m: RegExpExecArray, order?: NumericDateOrder) => [number, number, number]; precision?: 'month'; numeric?: true }[] = [
  { pattern: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // "January 14-19, 2026": a range of days is dated by its first day.
  { pattern: new RegExp(`^${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s?[-–]\\s?\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(\\d{4})(?!\\d)`, 'i'), read: (m) => [+m[3]!, month(m[1]!), +m[2]!] },
  { pattern: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})(?!\\d)`, 'i'), read: (m) => [+m[3]!, month(m[2]!), +m[1]!] },
  // "Apr-22-2022", "22/Mar/2022".
  { pattern: new RegExp(`^${MONTH_NAME}[-/](\\d{1,2})[-/](\\d{4})(?!\\d)`, 'i'), read: (m) => [+m[3]!, month(m[1]!), +m[2]!] },
  { pattern: new RegExp(`^(\\d{1,2})[-/]${MONTH_NAME}[-/](\\d{4})(?!\\d)`, 'i'), read: (m) => [+m[3]!, month(m[2]!), +m[1]!] },
  // Numeric day and month: the document's order when known; else month first (US) unless the first number cannot be a month ("24/07/25").
  { pattern: /^(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{2})(?![\d:])/, read: (m, order) => numericDate(+m[1]!, +m[3]!, m[4]!, order), numeric: true },
  // Month precision: "2015-10", "Jul 2024" (dated by the first of the month).
  { pattern: /^(\d{4})-(\d{2})(?![-/.]?\d)/, read: (m) => [+m[1]!, +m[2]!, 1], precision: 'month' },
  { pattern: new RegExp(`^${MONTH_NAME}\\.?,?\\s+(\\d{4})(?!\\d)`, 'i'), read: (m) => [+m[2]!, month(m[1]!), 1], precision: 'month' },
]

function numericDate(first: number, second: number, year: string, order?: NumericDateOrder): [number, number, number] {
  const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year)
  if (first > 12) return [fullYear, second, first]
  if (second > 12) return [fullYear, first, second]
  return order === 'day-first' ? [fullYear, second, first] : [fullYear, first, second]
}

export interface DateMatch {
  /** undefined when the text has the shape of a date but is not a real calendar date (2024-02-30). */
  date?: IsoDate
  length: number
  /** The text gives a month only ("2015-10", "Jul 2024"); `date` is the first of that month. */
  monthOnly?: boolean
  /** Both numbers of a numeric date could be the month ("04-10-2021") and nothing decided which. */
  ambiguous?: boolean
}

/** Reads a date at the start of `text`; `order` says how the document writes numeric dates, when known. */
export function matchDate(text: string, order?: NumericDateOrder): DateMatch | undefined {
  for (const form of DATE_FORMS) {
    const m = form.pattern.exec(text)
    if (m) {
      const [y, mo, d] = form.read(m, order)
      const match: DateMatch = { date: isoDate(y, mo, d), length: m[0].length }
      if (form.precision === 'month') match.monthOnly = true
      if (form.numeric && order === undefined && +m[1]! <= 12 && +m[3]! <= 12 && m[1] !== m[3]) match.ambiguous = true
      return match
    }
  }
  return undefined
}

/**
 * How a text writes numeric dates, from the dates themselves: a first number above 12 can only be
 * a day, a second number above 12 only a day too. Undefined when every date fits both orders or
 * the text mixes them.
 */
export function numericDateOrder(text: string): NumericDateOrder | undefined {
  let dayFirst = false
  let monthFirst = false
  for (const m of text.matchAll(/(?<![\d-])(\d{1,2})([-/])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d:])/g)) {
    if (+m[1]! > 12) dayFirst = true
    if (+m[3]! > 12) monthFirst = true
  }
  if (dayFirst === monthFirst) return undefined
  return dayFirst ? 'day-first' : 'month-first'
}

/** Finds the first date anywhere in a text. */
export function findDate(text: string, options: { monthOnly?: boolean } = {}): (DateMatch & { index: number }) | undefined {
  const starts = /(?<![\w-])(?=\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|[A-Za-z]{3,9}\.?[\s-]+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?[\s/-]+[A-Za-z]{3}|\d{4}-\d{2})/g
  for (const m of text.matchAll(starts)) {
    const found = matchDate(text.slice(m.index))
    // A month alone ("2015-10") is a date only where the caller says so (a timeline entry), not in a deadline.
    if (found && (!found.monthOnly || options.monthOnly)) return { ...found, index: m.index }
  }
  return undefined
}

export interface ClockMatch {
  minutes: number
  zone?: string
  length: number
}

const CLOCK = new RegExp(
  `^(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?|\\.(\\d{2})(?![.\\d]))(?:\\s?([ap])\\.?m\\.?(?![a-z]))?(?:\\s?\\(?(${ZONE_PATTERN})\\)?(?![\\w]))?`,
  'i',
)

/**
 * Reads a clock time at the start of `text` ("10:05", "4:04 PM", "10:05:33Z", "09:21 PM IST",
 * "10.16" as some teams write it). "02:00-04:30" is a range, not a time at offset -04:30: a
 * numeric offset counts only after seconds ("10:05:00-05:00") or with a plus sign.
 */
export function matchClock(text: string): ClockMatch | undefined {
  const raw = CLOCK.exec(text)
  if (!raw) return undefined
  const m = [raw[0], raw[1], raw[2] ?? raw[4], raw[3], raw[5], raw[6]] as (string | undefined)[]
  let length = raw[0].length
  if (m[5] && /^-\d/.test(m[5]) && !m[3]) {
    m[5] = undefined
    length = raw[0].length - (raw[0].length - raw[0].lastIndexOf('-'))
  }
  let hours = Number(m[1])
  const minutes = Number(m[2])
  if (minutes > 59) return undefined
  if (m[4]) {
    if (hours < 1 || hours > 12) return undefined
    hours = (hours % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0)
  } else if (hours > 24 || (hours === 24 && minutes > 0)) return undefined
  const zone = m[5] ? normalizeZone(m[5]) : undefined
  return { minutes: (hours % 24) * 60 + minutes, zone, length }
}

export interface TimestampMatch {
  date?: IsoDate
  /** Set when a date-shaped text is not a real date. */
  invalidDate?: boolean
  /** The date gives a month only ("2015-10"). */
  monthOnly?: boolean
  /** The numeric date reads both ways ("04-10-2021") and the document does not say which. */
  ambiguousDate?: boolean
  /** Clock-shaped text that is not a time ("07:7:47", "25:10"): a mistake to report, never 00:00. */
  malformedTime?: string
  minutes?: number
  zone?: string
  length: number
}

/**
 * Reads a timeline timestamp at the start of a text: a date, a time, or both, in the orders
 * people write them ("2024-03-05 10:05 UTC", "2024-03-05T10:05:00Z", "Jan 19, 4:04 PM", "10:05").
 */
export function matchTimestamp(text: string, yearHint?: number, order?: NumericDateOrder): TimestampMatch | undefined {
  let rest = text
  let length = 0
  let date: IsoDate | undefined
  let invalidDate = false
  const dateMatch = matchDate(rest, order) ?? matchMonthDay(rest, yearHint)
  const flags = (match: DateMatch | undefined): Partial<TimestampMatch> => ({
    ...(match?.monthOnly ? { monthOnly: true } : {}),
    ...(match?.ambiguous ? { ambiguousDate: true } : {}),
  })
  if (dateMatch) {
    date = dateMatch.date
    invalidDate = dateMatch.date === undefined
    length += dateMatch.length
    rest = rest.slice(dateMatch.length)
    // "2024-03-05 10:05", "…T10:05", "Jan 19, 4:04 PM", "2023-01-04/11:34", "Feb 28th **01:52**".
    const joiner = /^(?:T|,?\s+(?:at\s+|@\s+)?|,\s*|\/|\s*(?:\*\*|__)\s*)(?=\d)/.exec(rest)
    if (joiner) {
      length += joiner[0].length
      rest = rest.slice(joiner[0].length)
    }
    // "2022-03-01 0915": four digits after a date are a 24-hour time.
    const compact = /^([01]\d|2[0-3])([0-5]\d)(?![\d:.])/.exec(rest)
    if (compact && joiner) return { date, invalidDate, minutes: Number(compact[1]) * 60 + Number(compact[2]), length: length + 4, ...flags(dateMatch) }
  }
  const clock = matchClock(rest)
  if (clock) {
    // "11:10 6th Nov 2023 - ...": the date after the time.
    const after = date ? undefined : /^,?\s+/.exec(rest.slice(clock.length))
    const trailing = after ? matchDate(rest.slice(clock.length + after[0].length), order) : undefined
    if (trailing?.date && !trailing.monthOnly) {
      return { date: trailing.date, minutes: clock.minutes, zone: clock.zone, length: length + clock.length + (after as RegExpExecArray)[0].length + trailing.length, ...flags(trailing) }
    }
    return { date, invalidDate, minutes: clock.minutes, zone: clock.zone, length: length + clock.length, ...flags(dateMatch) }
  }
  const malformed = /^\d{1,2}:\d{1,2}(?::\d{1,2})?(?![\d])/.exec(rest)
  if (malformed && (dateMatch || /^\d{1,2}:\d(?!\d)|:\d(?!\d)|^\d{1,2}:\d{2}:\d(?!\d)/.test(malformed[0]))) {
    return { date, invalidDate, malformedTime: malformed[0], length: length + malformed[0].length, ...flags(dateMatch) }
  }
  if (dateMatch) return { date, invalidDate, length, ...flags(dateMatch) }
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
