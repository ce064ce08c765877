/**
 * Timestamps as log tools write them -> epoch milliseconds (UTC). Pure; nothing reads the clock.
 * A timestamp without a zone is never guessed: it needs an explicit assumed zone.
 */

/** How to read wall-clock times that state no zone: an IANA zone ("Europe/Berlin") or a fixed offset. */
export type AssumedZone = { kind: 'offset'; minutes: number; name: string } | { kind: 'iana'; name: string; formatter: Intl.DateTimeFormat }

/** A zone-less timestamp was met and no zone was assumed. */
export class ZonelessTimestamp extends Error {
  override name = 'ZonelessTimestamp'
  constructor(readonly text: string) {
    super(`timestamp \`${text}\` states no time zone`)
  }
}

/** `UTC`, `Z`, `+02:00`, `-0530` or an IANA name; undefined when unknown. */
export function parseZone(text: string): AssumedZone | undefined {
  const trimmed = text.trim()
  if (/^(?:utc|z|gmt)$/i.test(trimmed)) return { kind: 'offset', minutes: 0, name: 'UTC' }
  const offset = /^(?:utc|gmt)?([+-])(\d{2}):?(\d{2})$/i.exec(trimmed)
  if (offset) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
    return Math.abs(minutes) <= 14 * 60 ? { kind: 'offset', minutes, name: trimmed } : undefined
  }
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: trimmed,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    })
    return { kind: 'iana', name: formatter.resolvedOptions().timeZone, formatter }
  } catch {
    return undefined
  }
}

/** Offset of an IANA zone at an instant, minutes east of UTC. */
function offsetAt(zone: Extract<AssumedZone, { kind: 'iana' }>, epochMs: number): number {
  const parts: Record<string, number> = {}
  for (const part of zone.formatter.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000)
}

/**
 * A wall-clock time (given as if it were UTC) in the assumed zone -> the real UTC instant.
 * Across a DST change: a time that occurs twice (autumn) is read as the FIRST occurrence
 * (the earlier offset, as most loggers write it before the clock goes back); a time that
 * never occurs (the spring gap) is read with the offset in force before the gap, so
 * 02:30 in a 02:00->03:00 gap lands at 03:30 local, keeping the order of the lines.
 */
export function wallClockToUtc(wallAsUtcMs: number, zone: AssumedZone): number {
  if (zone.kind === 'offset') return wallAsUtcMs - zone.minutes * 60_000
  const before = offsetAt(zone, wallAsUtcMs - 24 * 3_600_000)
  const after = offsetAt(zone, wallAsUtcMs + 24 * 3_600_000)
  if (before === after) return wallAsUtcMs - before * 60_000
  // The day holds a change: try both offsets; keep those that read back as the same wall time.
  const candidates = [before, after]
    .map((offset) => wallAsUtcMs - offset * 60_000)
    .filter((instant) => offsetAt(zone, instant) * 60_000 + instant === wallAsUtcMs)
  if (candidates.length > 0) return Math.min(...candidates)
  return wallAsUtcMs - before * 60_000
}

/** A cache of wall-clock hours -> their UTC offset, so a zone-less log pays for Intl once an hour of log. */
export class ZoneReader {
  private readonly hours = new Map<number, number>()
  constructor(readonly zone: AssumedZone) {}

  toUtc(wallAsUtcMs: number): number {
    if (this.zone.kind === 'offset') return wallAsUtcMs - this.zone.minutes * 60_000
    const hour = Math.floor(wallAsUtcMs / 3_600_000)
    let shift = this.hours.get(hour)
    if (shift === undefined) {
      // An hour with a DST change inside is never cached: each time is resolved on its own.
      const start = wallClockToUtc(hour * 3_600_000, this.zone) - hour * 3_600_000
      const end = wallClockToUtc(hour * 3_600_000 + 3_599_999, this.zone) - (hour * 3_600_000 + 3_599_999)
      if (start !== end) return wallClockToUtc(wallAsUtcMs, this.zone)
      shift = start
      if (this.hours.size > 10_000) this.hours.clear()
      this.hours.set(hour, shift)
    }
    return wallAsUtcMs + shift
  }
}

const DAY_CACHE = new Map<number, number>()

/** Date.UTC for y-m-d, cached: a log repeats the same day millions of times. */
let lastDayKey = -1
let lastDayStart = 0

function dayStart(year: number, month: number, day: number): number {
  const key = year * 10_000 + month * 100 + day
  if (key === lastDayKey) return lastDayStart
  let start = DAY_CACHE.get(key)
  if (start === undefined) {
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return NaN
    start = date.getTime()
    if (DAY_CACHE.size > 100_000) DAY_CACHE.clear()
    DAY_CACHE.set(key, start)
  }
  lastDayKey = key
  lastDayStart = start
  return start
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function digits(text: string, start: number, count: number): number {
  let value = 0
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i) - 48
    if (code < 0 || code > 9) return NaN
    value = value * 10 + code
  }
  return value
}

let lastMinuteText = ''
let lastMinuteStart = 0

export interface ReadTime {
  /** Epoch milliseconds, UTC. */
  ms: number
  /** Characters used from the start. */
  length: number
}

/**
 * ISO 8601 / RFC 3339 at `start`: `2025-02-09T10:00:01.123456789Z`, `2025-02-09 10:00:01,123 +01:00`,
 * `2025-02-09T10:00:01+0100`. Without a zone: `zone` reads it, or ZonelessTimestamp is thrown.
 * Undefined when the text is not such a timestamp.
 */
export function readIsoTimestamp(text: string, start = 0, zone?: ZoneReader): ReadTime | undefined {
  if (text.length - start < 19) return undefined
  let minuteStart: number
  // Lines of a log share their minute: reuse it when the first 16 characters match the last ones.
  if (lastMinuteText !== '' && text.startsWith(lastMinuteText, start)) minuteStart = lastMinuteStart
  else {
    if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45 || text.charCodeAt(start + 13) !== 58 || text.charCodeAt(start + 16) !== 58) return undefined
    const separator = text.charCodeAt(start + 10)
    if (separator !== 84 && separator !== 32 && separator !== 116) return undefined
    const day = dayStart(digits(text, start, 4), digits(text, start + 5, 2), digits(text, start + 8, 2))
    const hours = digits(text, start + 11, 2)
    const minutes = digits(text, start + 14, 2)
    if (Number.isNaN(day) || !(hours <= 23) || !(minutes <= 59)) return undefined
    minuteStart = day + hours * 3_600_000 + minutes * 60_000
    lastMinuteText = text.slice(start, start + 17)
    lastMinuteStart = minuteStart
  }
  const seconds = digits(text, start + 17, 2)
  if (!(seconds <= 60)) return undefined
  let i = start + 19
  let millis = 0
  const mark = text.charCodeAt(i)
  if (mark === 46 || mark === 44) {
    i++
    // Milliseconds from the first three digits; finer digits (kubectl writes nanoseconds) are skipped.
    for (let scale = 100; scale >= 1; scale /= 10) {
      const code = text.charCodeAt(i) - 48
      if (code < 0 || code > 9) break
      millis += code * scale
      i++
    }
    for (let code = text.charCodeAt(i); code >= 48 && code <= 57; code = text.charCodeAt(++i));
  }
  const wall = minuteStart + seconds * 1000 + millis
  let zoneStart = i
  // "10:00:01 +01:00" and "10:00:01 Z": a zone after one space; never a word ("10:00:01 Zookeeper ...").
  if (text.charCodeAt(zoneStart) === 32) {
    const next = text.charCodeAt(zoneStart + 1)
    const after = text.charCodeAt(zoneStart + 2)
    if (((next === 43 || next === 45) && after >= 48 && after <= 57) || (next === 90 && !isLetter(after))) zoneStart++
  }
  const zoneChar = text.charCodeAt(zoneStart)
  if ((zoneChar === 90 || zoneChar === 122) && !isLetter(text.charCodeAt(zoneStart + 1))) return { ms: wall, length: zoneStart + 1 - start }
  if (zoneChar === 43 || zoneChar === 45) {
    const oh = digits(text, zoneStart + 1, 2)
    const colon = text.charCodeAt(zoneStart + 3) === 58 ? 1 : 0
    const om = digits(text, zoneStart + 3 + colon, 2)
    if (!Number.isNaN(oh) && !Number.isNaN(om)) {
      const offset = (zoneChar === 45 ? -1 : 1) * (oh * 60 + om)
      return { ms: wall - offset * 60_000, length: zoneStart + 5 + colon - start }
    }
  }
  if (/^ ?(?:UTC|GMT)(?![A-Za-z])/.test(text.slice(i, i + 5))) {
    const length = text[i] === ' ' ? 4 : 3
    return { ms: wall, length: i + length - start }
  }
  if (zone === undefined) throw new ZonelessTimestamp(text.slice(start, i))
  return { ms: zone.toUtc(wall), length: i - start }
}

const MONTHS: Record<string, number> = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 }

/** The access-log time `09/Feb/2025:10:00:01 +0100` (nginx `$time_local`, Apache `%t`). */
export function readAccessLogTime(text: string): number | undefined {
  const m = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/.exec(text)
  if (!m) return undefined
  const month = MONTHS[m[2]!]
  if (month === undefined) return undefined
  const day = dayStart(Number(m[3]), month, Number(m[1]))
  if (Number.isNaN(day)) return undefined
  const offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]))
  return day + Number(m[4]) * 3_600_000 + Number(m[5]) * 60_000 + Number(m[6]) * 1000 - offset * 60_000
}

/**
 * Epoch seconds or milliseconds (numbers or digit strings, fractions allowed). Values above
 * 10^11 are milliseconds (10^11 seconds is the year 5138), below are seconds.
 */
export function readEpoch(value: number): number | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined
  if (value >= 1e14) return Math.floor(value / 1e6) // microseconds or nanoseconds written as numbers
  return value >= 1e11 ? Math.floor(value) : Math.round(value * 1000)
}

/** A time value from a structured record: an ISO string, an epoch number, or an epoch in a string. */
export function readTimeValue(value: unknown, zone?: ZoneReader): number | undefined {
  if (typeof value === 'number') return readEpoch(value)
  if (typeof value !== 'string') return undefined
  if (/^\d+(?:\.\d+)?$/.test(value)) return readEpoch(Number(value))
  return readIsoTimestamp(value.trim(), 0, zone)?.ms
}

/** `2025-02-09T10:00:01Z` style, seconds kept, for JSON output. */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z')
}

/** `2025-02-09` and `10:00:01` of an instant, UTC. */
export function utcParts(ms: number): { date: string; clock: string } {
  const iso = new Date(ms).toISOString()
  return { date: iso.slice(0, 10), clock: iso.slice(11, 19) }
}
