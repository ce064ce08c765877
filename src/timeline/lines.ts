/**
 * Line-based logs: one reader per format, called once per line. Every line's time widens the
 * span; only lines at error level or above (or HTTP 5xx) become hits. The hot path looks up
 * fields with indexOf and parses a whole line only when it is a hit, so gigabytes go fast.
 */
import { leadingLevel, levelOf, textLevel } from './levels.js'
import { isLowerLevelWord, JsonByteSkipper } from './line-bytes.js'
import { parseLogfmt } from './logfmt.js'
import { readAccessLogTime, readIsoTimestamp, readTimeValue, ZonelessTimestamp, type ZoneReader } from './time.js'
import { signatureOf } from './bursts.js'
import type { EvidenceSink } from './types.js'

export type LineFormatId = 'timestamped' | 'jsonl' | 'logfmt' | 'access'

export const LINE_FORMAT_NAMES: Record<LineFormatId, string> = {
  timestamped: 'kubectl logs --timestamps (lines starting with an RFC 3339 time)',
  jsonl: 'JSON-lines log (ts, time, timestamp or @timestamp)',
  logfmt: 'logfmt log (ts, time or timestamp)',
  access: 'nginx/Apache access log (combined or common format)',
}

export const TIME_KEYS = ['@timestamp', 'timestamp', 'time', 'ts'] as const
const LEVEL_KEYS = ['level', 'lvl', 'severity', 'log.level', 'levelname', 'loglevel']
const MESSAGE_KEYS = ['msg', 'message', 'error', 'err', 'log', 'event']
const ACTOR_KEYS = ['service', 'service.name', 'app', 'component', 'logger', 'container']

/**
 * Reads one line; false when the line is malformed (counted, reported, skipped). A reader may
 * also offer `skipsBytes`: a check on the raw bytes of a line that answers true only when
 * reading the line would add nothing (no hit, no new second for the span). The feed then never
 * makes a string of it, which is most of the cost of a busy log.
 */
export interface LineReader {
  (line: string, lineNumber: number): boolean
  skipsBytes?: (bytes: Buffer, start: number, end: number) => boolean
}

export interface LineContext {
  file: string
  sink: EvidenceSink
  zone?: ZoneReader
  /**
   * Lines are the file's bytes read as latin1 (one char per byte): scanning them is several
   * times faster than decoding UTF-8 first. Only what is kept (messages, parsed records) is
   * decoded, so non-ASCII text still arrives intact.
   */
  bytes?: boolean
}

/** The real text of a latin1-read line (see LineContext.bytes). */
function utf8(context: LineContext, text: string): string {
  if (!context.bytes) return text
  // ASCII reads the same either way.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return Buffer.from(text, 'latin1').toString('utf8')
  return text
}

const ACCESS_LINE = /^(\S+) \S+ \S+ \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}) /

/** The format of a log from its first lines, or undefined. */
export function recogniseLines(lines: readonly string[]): LineFormatId | undefined {
  const sample = lines.filter((line) => line.trim() !== '').slice(0, 5)
  if (sample.length === 0) return undefined
  const formats = sample.map(lineFormatOf)
  const first = formats[0]
  // Most of the sample agrees with the first line (a stray malformed line does not change the verdict).
  if (first === undefined || formats.filter((format) => format === first).length * 2 < formats.length) return undefined
  return first
}

function lineFormatOf(line: string): LineFormatId | undefined {
  if (ACCESS_LINE.test(line)) return 'access'
  try {
    const at = kubectlPrefixLength(line)
    if (readIsoTimestamp(line, at) !== undefined && /^\S+(?:\s|$)/.test(line.slice(at))) return 'timestamped'
  } catch (error) {
    if (error instanceof ZonelessTimestamp) return 'timestamped'
    throw error
  }
  if (line.trimStart().startsWith('{')) {
    try {
      const value = JSON.parse(line) as Record<string, unknown>
      if (value !== null && typeof value === 'object' && TIME_KEYS.some((key) => key in value)) return 'jsonl'
    } catch {
      return undefined
    }
    return undefined
  }
  const fields = /^[\w.@-]+=/.test(line) ? parseLogfmt(line) : undefined
  if (fields && TIME_KEYS.some((key) => key in fields)) return 'logfmt'
  return undefined
}

export function lineReader(format: LineFormatId, context: LineContext): LineReader {
  switch (format) {
    case 'timestamped':
      return timestampedReader(context)
    case 'jsonl':
      return jsonReader(context)
    case 'logfmt':
      return logfmtReader(context)
    case 'access':
      return accessReader(context)
  }
}

function hit(context: LineContext, at: number, level: string, message: string, lineNumber: number, actor = ''): void {
  const oneLine = message.length > 2000 ? message.slice(0, 2000) : message
  const clean = oneLine.replace(/\s+/g, ' ').trim()
  context.sink.hit({ at, level, message: clean, signature: signatureOf(clean), source: `${context.file}:${lineNumber}`, actor })
}

/** Lines put their level near the start; looking further would cost a scan of every byte. */
const LEVEL_SEARCH_LENGTH = 80

/** `kubectl logs --timestamps`: `<RFC 3339 time> <the container's own line>` (JSON, logfmt or text). */
function timestampedReader(context: LineContext): LineReader {
  // "2025-02-09T10:00:01" of the last line whose time was read in full, when that time had no
  // space in it (RFC 3339 as kubectl writes it). A busy log writes many lines a second: a line
  // in the same second adds nothing to the span, so its time is read in full only if it
  // becomes a row. This halves the work per line.
  let lastSecond = ''
  // The same 19 characters as bytes (latin1 reads one byte per character), for skipsBytes.
  const lastSecondBytes = new Uint8Array(19)
  let bytesKnown = false
  const read: LineReader = (line, lineNumber) => {
    // `kubectl logs --prefix`: "[pod/api-7d9f/api] " names the pod and container: the Actor.
    const prefix = line.charCodeAt(0) === 91 ? kubectlPrefixLength(line) : 0
    let exact: number | undefined
    let skip: number
    if (lastSecond !== '' && line.startsWith(lastSecond, prefix) && line.charCodeAt(prefix + 19) !== 32) {
      const space = line.indexOf(' ', prefix + 19)
      skip = space < 0 ? line.length : space
    } else {
      const time = readIsoTimestamp(line, prefix, context.zone)
      if (time === undefined) return false
      context.sink.time(time.ms)
      exact = time.ms
      skip = prefix + time.length
      const compact = line.charCodeAt(prefix + 10) === 84 && line.indexOf(' ', prefix) >= skip
      lastSecond = compact ? line.slice(prefix, prefix + 19) : ''
      bytesKnown = prefix === 0 && lastSecond !== ''
      if (bytesKnown) for (let i = 0; i < 19; i++) lastSecondBytes[i] = lastSecond.charCodeAt(i)
    }
    const actor = prefix > 0 ? utf8(context, line.slice(5, prefix - 2)) : ''
    while (line.charCodeAt(skip) === 32 || line.charCodeAt(skip) === 9) skip++
    // Most lines open with their level ("INFO ..."): a lower level settles it without slicing the line.
    const leading = leadingLevel(line, skip)
    if (leading === 'lower') return true
    const rest = line.slice(skip)
    if (leading !== undefined) {
      const at = exact ?? exactTime(context, line, prefix)
      if (at === undefined) return false
      hit(context, at, leading, utf8(context, withoutLevelWord(rest)), lineNumber, actor)
      return true
    }
    const first = rest.charCodeAt(0)
    if (first === 123 /* { */) {
      const quick = quickLevel(rest, LEVEL_KEYS)
      if (quick !== undefined) {
        if (levelOf(/^\d+$/.test(quick) ? Number(quick) : quick) === undefined) return true
        const record = parseObject(utf8(context, rest))
        if (record) {
          const level = levelOf(findField(record, LEVEL_KEYS))
          if (level) {
            const at = exact ?? exactTime(context, line, prefix)
            if (at === undefined) return false
            hit(context, at, level, messageOf(record, rest), lineNumber, actorOf(record) || actor)
          }
          return true
        }
      }
    }
    const levelAt = rest.indexOf('level=')
    if (levelAt >= 0 || rest.includes('lvl=')) {
      // logfmt below error level: no need to parse the whole line.
      if (levelAt >= 0 && levelOf(/^"?([A-Za-z]+)/.exec(rest.slice(levelAt + 6, levelAt + 16))?.[1]) === undefined) return true
      const fields = parseLogfmt(utf8(context, rest))
      const level = fields && levelOf(findField(fields, LEVEL_KEYS))
      if (fields && level) {
        const at = exact ?? exactTime(context, line, prefix)
        if (at === undefined) return false
        hit(context, at, level, messageOf(fields, rest), lineNumber, actorOf(fields) || actor)
      }
      if (fields) return true
    }
    const level = textLevel(rest.length > LEVEL_SEARCH_LENGTH ? rest.slice(0, LEVEL_SEARCH_LENGTH) : rest)
    if (level) {
      const at = exact ?? exactTime(context, line, prefix)
      if (at === undefined) return false
      hit(context, at, level, utf8(context, withoutLevelWord(rest)), lineNumber, actor)
    }
    return true
  }
  // The common line, decided on its bytes: no `--prefix` tag, the second of the line before,
  // then a level word below error ("INFO", "[debug]"). Exactly the lines `read` would accept
  // without a hit and without reading their time; anything else is read as a string.
  read.skipsBytes = (bytes, start, end) => {
    if (!bytesKnown || end - start < 21) return false
    for (let i = 18; i >= 0; i--) if (bytes[start + i] !== lastSecondBytes[i]) return false
    if (bytes[start + 19] === 32) return false
    let skip = start + 19
    while (skip < end && bytes[skip] !== 32) skip++
    if (skip === end) return false
    while (bytes[skip] === 32 || bytes[skip] === 9) skip++
    return isLowerLevelWord(bytes, skip, end)
  }
  return read
}

const NEEDLES = new Map<string, string>()

/** `"key":`, built once per key rather than once per line. */
function needleFor(key: string): string {
  let needle = NEEDLES.get(key)
  if (needle === undefined) NEEDLES.set(key, (needle = `"${key}":`))
  return needle
}

/** The full time of a line whose second was already known (it is becoming a row). */
function exactTime(context: LineContext, line: string, prefix: number): number | undefined {
  const time = readIsoTimestamp(line, prefix, context.zone)
  if (time !== undefined) context.sink.time(time.ms)
  return time?.ms
}

/** Where `"key":` starts a field (not inside an escaped string), then the raw value after it. */
function rawJsonValue(line: string, key: string): string | undefined {
  const needle = needleFor(key)
  let index = line.indexOf(needle)
  while (index > 0 && line.charCodeAt(index - 1) === 92) index = line.indexOf(needle, index + 1)
  if (index < 0) return undefined
  let i = index + needle.length
  while (line.charCodeAt(i) === 32) i++
  if (line.charCodeAt(i) === 34) {
    const end = line.indexOf('"', i + 1)
    return end < 0 ? undefined : line.slice(i + 1, end)
  }
  let end = i
  for (let code = line.charCodeAt(end); (code >= 48 && code <= 57) || code === 46 || code === 45 || code === 43 || code === 101 || code === 69; code = line.charCodeAt(++end));
  return end > i ? line.slice(i, end) : undefined
}

function quickLevel(line: string, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = rawJsonValue(line, key)
    if (value !== undefined) return value
  }
  return undefined
}

function parseObject(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** A field by its flat name or dotted path (`log.level` as a key or as `{"log":{"level":...}}`). */
function findField(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) {
    if (key in record) return record[key]
    if (key.includes('.')) {
      let value: unknown = record
      for (const part of key.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined
      if (value !== undefined) return value
    }
  }
  return undefined
}

function messageOf(record: Record<string, unknown>, fallback: string): string {
  const value = findField(record, MESSAGE_KEYS)
  if (typeof value === 'string' && value.trim() !== '') return value
  if (value !== null && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') return (value as { message: string }).message
  return fallback
}

function actorOf(record: Record<string, unknown>): string {
  // One key at a time: ECS nests `service: { name }`, so `service` itself may be an object.
  for (const key of ACTOR_KEYS) {
    const value = findField(record, [key])
    if (typeof value === 'string' && value !== '') return value.slice(0, 80)
  }
  return ''
}

/** JSON-lines: the time key the file uses is found on the first line that has one, then looked up fast. */
function jsonReader(context: LineContext): LineReader {
  let timeKey: string | undefined
  const skipper = new JsonByteSkipper(LEVEL_KEYS, context.sink)
  const read: LineReader = (line, lineNumber) => {
    if (line.charCodeAt(0) !== 123 && !line.trimStart().startsWith('{')) return false
    // A cut-off record (a crash mid-write, a truncated copy) must not pass as a line.
    if (line.charCodeAt(line.length - 1) !== 125 && !line.trimEnd().endsWith('}')) return false
    let raw = timeKey === undefined ? undefined : rawJsonValue(line, timeKey)
    let record: Record<string, unknown> | undefined
    if (raw === undefined) {
      // Slow path: a new layout, spaces around the colon, or a malformed line.
      record = parseObject(utf8(context, line))
      if (!record) return false
      timeKey = TIME_KEYS.find((key) => key in record!)
      if (timeKey === undefined) return false
      raw = String(record[timeKey])
    }
    const at = raw.charCodeAt(4) === 45 /* - */ ? readIsoTimestamp(raw, 0, context.zone)?.ms : readTimeValue(/^[\d.]+$/.test(raw) ? Number(raw) : raw, context.zone)
    if (at === undefined) return false
    context.sink.time(at)
    if (timeKey !== undefined) skipper.learn(timeKey, raw, at)
    const quick = record ? findField(record, LEVEL_KEYS) : quickLevel(line, LEVEL_KEYS)
    const probable = typeof quick === 'string' && /^\d+$/.test(quick) ? Number(quick) : quick
    if (levelOf(probable) === undefined) return true
    record ??= parseObject(utf8(context, line))
    if (!record) return false
    const level = levelOf(findField(record, LEVEL_KEYS))
    if (level) hit(context, at, level, messageOf(record, line), lineNumber, actorOf(record))
    return true
  }
  read.skipsBytes = (bytes, start, end) => skipper.skips(bytes, start, end)
  return read
}

function logfmtReader(context: LineContext): LineReader {
  return (line, lineNumber) => {
    const fields = parseLogfmt(line)
    if (!fields) return false
    const key = TIME_KEYS.find((candidate) => candidate in fields)
    if (key === undefined) return false
    const at = readTimeValue(fields[key], context.zone)
    if (at === undefined) return false
    context.sink.time(at)
    const level = levelOf(findField(fields, LEVEL_KEYS))
    if (level) {
      const decoded = context.bytes ? (parseLogfmt(utf8(context, line)) ?? fields) : fields
      hit(context, at, level, messageOf(decoded, utf8(context, line)), lineNumber, actorOf(decoded))
    }
    return true
  }
}

/** Combined/common log format; a 5xx status is a hit, grouped by status ("HTTP 502"). */
function accessReader(context: LineContext): LineReader {
  let lastTimeText = ''
  let lastTime = 0
  return (line, lineNumber) => {
    const match = ACCESS_LINE.exec(line)
    if (!match) return false
    const timeText = match[2]!
    if (timeText !== lastTimeText) {
      const at = readAccessLogTime(timeText)
      if (at === undefined) return false
      lastTimeText = timeText
      lastTime = at
    }
    context.sink.time(lastTime)
    const status = match[4]!
    if (status.charCodeAt(0) === 53 /* 5 */) {
      const request = match[3]!.replace(/\s+HTTP\/[\d.]+$/, '').replace(/\?.*$/, '')
      context.sink.hit({ at: lastTime, level: `HTTP ${status}`, message: utf8(context, request), signature: '', source: `${context.file}:${lineNumber}`, actor: '' })
    }
    return true
  }
}

/** "ERROR could not connect" -> "could not connect": the level is said once, by the row. */
function withoutLevelWord(text: string): string {
  // klog: "E0209 10:03:05.113000       1 reflector.go:138] message".
  const klog = /^[EF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ ([\w.-]+:\d+)\] /.exec(text)
  if (klog) return text.slice(klog[0].length)
  return text.replace(/^\[?(?:ERROR|ERR|FATAL|PANIC|CRIT(?:ICAL)?|SEVERE|EMERG|error|fatal|panic)\]?:?\s+/, '')
}

/** Length of a `kubectl logs --prefix` tag ("[pod/api-7d9f/api] "), 0 when there is none. */
function kubectlPrefixLength(line: string): number {
  if (!line.startsWith('[pod/')) return 0
  const end = line.indexOf('] ')
  return end > 5 && end < 300 ? end + 2 : 0
}
