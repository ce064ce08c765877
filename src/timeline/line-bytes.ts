/**
 * Settling common log lines on their raw bytes, so a busy log's quiet lines never become strings
 * (see LineReader.skipsBytes). Each check answers true only for a line its string reader would
 * read to the same effect: no hit, and (for JSON-lines) the same time given to the span. Anything
 * unusual answers false and the line is read as a string, so these checks decide speed, never
 * results (test/timeline/formats.test.ts compares both paths).
 */
import { LEVEL_INITIALS, levelOf, lowerLevelSpellings } from './levels.js'
import type { EvidenceSink } from './types.js'

const LOWER_WORD_BYTES: readonly Uint8Array[][] = (() => {
  const byLength: Uint8Array[][] = []
  for (const word of lowerLevelSpellings()) (byLength[word.length] ??= []).push(Buffer.from(word, 'latin1'))
  return byLength
})()

/** leadingLevel(...) === 'lower', on bytes: the word (after an optional "[") and what follows it. */
export function isLowerLevelWord(bytes: Uint8Array, start: number, end: number): boolean {
  let from = start
  if (bytes[from] === 91 /* [ */) from++
  let stop = from
  while (stop - from < 9 && stop < end) {
    const code = bytes[stop]!
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break
    stop++
  }
  const next = stop < end ? bytes[stop] : undefined
  if (!(next === undefined || next === 32 || next === 58 || next === 93 || next === 9)) return false
  const candidates = LOWER_WORD_BYTES[stop - from]
  if (candidates === undefined) return false
  for (const word of candidates) {
    let same = true
    for (let i = 0; i < word.length && same; i++) same = bytes[from + i] === word[i]
    if (same) return true
  }
  return false
}

/**
 * Finds one needle in the lines of a chunk, in order. It remembers where the needle next occurs,
 * so lines without it cost nothing: the whole chunk is searched at most once per needle.
 */
/** How far into a line ByteNeedle searches with a loop before it asks Buffer.indexOf. */
const NEAR_START = 96

class ByteNeedle {
  readonly bytes: Uint8Array
  private haystack: Uint8Array | undefined
  private from = 0
  private next = -1

  constructor(text: string) {
    this.bytes = Buffer.from(text, 'latin1')
  }

  /** The first occurrence within [start, end), or -1. */
  find(haystack: Buffer, start: number, end: number): number {
    if (haystack !== this.haystack || start < this.from || (this.next !== -1 && this.next < start)) {
      this.haystack = haystack
      this.from = start
      this.next = this.search(haystack, start, end)
    }
    return this.next !== -1 && this.next + this.bytes.length <= end ? this.next : -1
  }

  /** The first occurrence at or after `start`, in the rest of the chunk (not only this line). */
  private search(haystack: Buffer, start: number, end: number): number {
    // Loggers put their keys near the start of a line: there a plain loop beats a native call.
    const needle = this.bytes
    const last = Math.min(end, start + NEAR_START) - needle.length
    for (let i = start; i <= last; i++) {
      if (haystack[i] !== needle[0]) continue
      let k = 1
      while (k < needle.length && haystack[i + k] === needle[k]) k++
      if (k === needle.length) return i
    }
    return haystack.indexOf(needle, Math.max(start, last + 1))
  }
}

/** `"key":` as the JSON reader looks it up. */
function keyNeedle(key: string): ByteNeedle {
  return new ByteNeedle(`"${key}":`)
}

/**
 * JSON-lines: a line whose time is an ISO string in UTC ("...Z") in a minute already read, and
 * whose level field is below error. The time is computed from the bytes (the span stays exact);
 * the level is read as the string reader reads it (first level key present, raw value).
 */
export class JsonByteSkipper {
  private timeNeedle: ByteNeedle | undefined
  private timeKey = ''
  private readonly levelNeedles: ByteNeedle[]
  /** "2025-02-09T10:00:" of the last minute the string reader read, and its start (epoch ms). */
  private readonly minute = new Uint8Array(17)
  private minuteStart = NaN

  constructor(
    levelKeys: readonly string[],
    private readonly sink: EvidenceSink,
  ) {
    this.levelNeedles = levelKeys.map(keyNeedle)
  }

  /** After the string reader read a line's time: remember its minute when it is plain UTC. */
  learn(timeKey: string, raw: string, at: number): void {
    if (timeKey !== this.timeKey) {
      this.timeKey = timeKey
      this.timeNeedle = keyNeedle(timeKey)
      this.minuteStart = NaN
    }
    const utc = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:([0-5]\d)(?:[.,](\d{1,3})\d*)?[Zz]$/.exec(raw)
    if (!utc) return
    for (let i = 0; i < 17; i++) this.minute[i] = raw.charCodeAt(i)
    this.minuteStart = at - Number(utc[1]) * 1000 - Number((utc[2] ?? '').padEnd(3, '0'))
  }

  skips(bytes: Buffer, start: number, end: number): boolean {
    const needle = this.timeNeedle
    if (needle === undefined || Number.isNaN(this.minuteStart) || bytes[start] !== 123 || bytes[end - 1] !== 125) return false
    const at = this.timeOf(bytes, needle, start, end)
    if (at === undefined) return false
    this.sink.time(at)
    return this.belowError(bytes, start, end)
  }

  private timeOf(bytes: Buffer, needle: ByteNeedle, start: number, end: number): number | undefined {
    const key = needle.find(bytes, start, end)
    if (key <= start || bytes[key - 1] === 92) return undefined
    let i = key + needle.bytes.length
    while (bytes[i] === 32) i++
    if (bytes[i] !== 34 || i + 21 > end) return undefined
    i++
    for (let k = 0; k < 17; k++) if (bytes[i + k] !== this.minute[k]) return undefined
    const tens = bytes[i + 17]! - 48
    const ones = bytes[i + 18]! - 48
    if (tens < 0 || tens > 5 || ones < 0 || ones > 9) return undefined
    let j = i + 19
    let millis = 0
    if (bytes[j] === 46 || bytes[j] === 44) {
      j++
      for (let scale = 100; scale >= 1; scale /= 10) {
        const digit = bytes[j]! - 48
        if (!(digit >= 0 && digit <= 9)) break
        millis += digit * scale
        j++
      }
      while (bytes[j]! >= 48 && bytes[j]! <= 57) j++
    }
    if ((bytes[j] !== 90 && bytes[j] !== 122) || bytes[j + 1] !== 34) return undefined
    return this.minuteStart + (tens * 10 + ones) * 1000 + millis
  }

  /** As the string reader: the first level key present decides; none present is no hit. */
  private belowError(bytes: Buffer, start: number, end: number): boolean {
    for (const needle of this.levelNeedles) {
      const key = needle.find(bytes, start, end)
      if (key < 0) continue
      if (bytes[key - 1] === 92) return false
      let i = key + needle.bytes.length
      while (bytes[i] === 32) i++
      if (bytes[i] === 34) {
        const close = bytes.indexOf(34, i + 1)
        if (close < 0 || close >= end) return false
        const length = close - i - 1
        if (length < 3 || length > 9 || !LEVEL_INITIALS.has(bytes[i + 1]! | 0x20)) return true
        return levelOf(bytes.toString('latin1', i + 1, close)) === undefined
      }
      // A bare value: a number (pino's 30, 50) or something the string reader must judge.
      let stop = i
      while (stop < end && bytes[stop]! >= 48 && bytes[stop]! <= 57) stop++
      if (stop === i || !(bytes[stop] === 44 || bytes[stop] === 125 || bytes[stop] === 32)) return false
      return levelOf(Number(bytes.toString('latin1', i, stop))) === undefined
    }
    return true
  }
}
