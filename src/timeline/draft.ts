/**
 * Drafting a timeline from evidence files: recognise each file from its content, read it
 * (line-based logs in chunks, JSON exports whole), collapse bursts, clip to the window, sort.
 * Pure: the caller reads the files and hands over text; nothing here does I/O or reads the clock.
 */
import { BurstCollector } from './bursts.js'
import { DOCUMENT_FORMAT_NAMES, readDocument, recogniseDocument, type DocumentFormatId } from './documents.js'
import { LINE_FORMAT_NAMES, lineReader, recogniseLines, TIME_KEYS, type LineFormatId, type LineReader } from './lines.js'
import { thousands } from './render.js'
import { ZonelessTimestamp, ZoneReader, type AssumedZone } from './time.js'
import { DEFAULT_DRAFT_OPTIONS, type DraftedTimeline, type DraftOptions, type EvidenceSink, type InputProblem, type LogHit, type TimelineRow } from './types.js'

export type Recognised = { kind: 'lines'; format: LineFormatId } | { kind: 'document' } | { kind: 'unknown' } | { kind: 'empty' }

/** Every format, for the message about a file that is none of them. */
export const KNOWN_FORMATS: readonly string[] = [...Object.values(LINE_FORMAT_NAMES), ...Object.values(DOCUMENT_FORMAT_NAMES)]

/** Lines longer than this are not log lines (and must not grow memory): skipped, counted. */
export const MAX_LINE_LENGTH = 1 << 20

/**
 * From the first bytes of a file (64 KiB is plenty): which reader it needs. JSON that opens with
 * a complete one-line object with a time field is JSON-lines; other JSON is a whole document,
 * classified once parsed.
 */
export function recognise(head: string): Recognised {
  const text = head.replace(/^\uFEFF/, '')
  if (text.trim() === '') return { kind: 'empty' }
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''))
  // The last line of a head may be cut short.
  const complete = text.endsWith('\n') ? lines : lines.slice(0, -1)
  const firstLine = (complete.length > 0 ? complete : lines).find((line) => line.trim() !== '') ?? ''
  const opener = text.trimStart()[0]
  // A JSON document opens with { or [; `kubectl logs --prefix` lines open with "[pod/".
  if (opener === '{' || (opener === '[' && !text.trimStart().startsWith('[pod/'))) {
    if (opener === '{' && isJsonLine(firstLine)) return { kind: 'lines', format: 'jsonl' }
    return { kind: 'document' }
  }
  const format = recogniseLines(complete.length > 0 ? complete : lines)
  return format === undefined ? { kind: 'unknown' } : { kind: 'lines', format }
}

function isJsonLine(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line)
    return value !== null && typeof value === 'object' && !Array.isArray(value) && TIME_KEYS.some((key) => key in (value as object))
  } catch {
    return false
  }
}

export function unknownFormatMessage(): string {
  return `not a format the timeline knows; expected one of: ${KNOWN_FORMATS.join('; ')}`
}

function zoneHint(): string {
  return 'pass --assume-zone with the zone the logger wrote (an IANA name such as Europe/Berlin, UTC, or an offset such as +02:00)'
}

/** Feeds one line-based file in chunks of text of any size. */
export class LineFeed {
  private carry = ''
  private carryBytes: Buffer[] = []
  private carriedLength = 0
  private lineNumber = 0
  private skippingLongLine = false
  private malformed = 0
  private firstMalformed = 0
  private stopped = false

  constructor(
    private readonly draft: TimelineDraft,
    private readonly file: string,
    private readonly format: LineFormatId,
    private readonly read: LineReader,
    private readonly bytes: boolean,
  ) {}

  push(chunk: string): void {
    if (this.stopped) return
    let text = this.carry + chunk
    this.carry = ''
    let start = 0
    if (this.lineNumber === 0 && !this.skippingLongLine) {
      if (text.charCodeAt(0) === 0xfeff) start = 1
      else if (this.bytes && text.startsWith('\u00ef\u00bb\u00bf')) start = 3
    }
    let end = text.indexOf('\n', start)
    while (end >= 0) {
      this.line(text, start, end)
      if (this.stopped) return
      start = end + 1
      end = text.indexOf('\n', start)
    }
    const rest = text.length - start
    if (this.skippingLongLine || rest > MAX_LINE_LENGTH) {
      if (!this.skippingLongLine) {
        this.lineNumber += 1
        this.countMalformed()
      }
      this.skippingLongLine = true
      text = ''
      return
    }
    this.carry = text.slice(start)
  }

  /**
   * The file's raw bytes, in chunks cut anywhere (the CLI's path). Lines are found on the bytes;
   * a line the reader can settle on its bytes (see LineReader.skipsBytes) never becomes a
   * string, and the others are read as latin1 strings (the feed must be made with `bytes`).
   * Nothing of the chunk is kept after the call returns, so the caller may reuse its buffer.
   */
  pushBytes(chunk: Uint8Array): void {
    if (this.stopped) return
    if (!this.bytes) throw new Error('pushBytes needs a feed made with { bytes: true }')
    // A view of its own per push: byte checks may remember positions in the chunk they last saw.
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    // A reader that reads every line: one latin1 string per chunk is cheaper than one per line.
    if (this.read.skipsBytes === undefined) return this.push(bytes.toString('latin1'))
    let start = 0
    if (this.carryBytes.length > 0 || this.skippingLongLine) {
      const newline = bytes.indexOf(10)
      if (newline < 0) return this.carryOn(bytes)
      if (this.skippingLongLine) this.skippingLongLine = false
      else this.byteLine(Buffer.concat([...this.carryBytes, bytes.subarray(0, newline)]), 0, this.carriedLength + newline)
      this.carryBytes = []
      this.carriedLength = 0
      start = newline + 1
    } else if (this.lineNumber === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      start = 3
    }
    let end = bytes.indexOf(10, start)
    while (end >= 0) {
      this.byteLine(bytes, start, end)
      if (this.stopped) return
      start = end + 1
      end = bytes.indexOf(10, start)
    }
    if (start < bytes.length) this.carryOn(bytes.subarray(start))
  }

  /** Part of a line that goes on in the next chunk; past MAX_LINE_LENGTH it is counted and skipped. */
  private carryOn(part: Buffer): void {
    if (this.skippingLongLine) return
    if (this.carriedLength + part.length > MAX_LINE_LENGTH) {
      this.lineNumber += 1
      this.countMalformed()
      this.skippingLongLine = true
      this.carryBytes = []
      this.carriedLength = 0
      return
    }
    // A copy: the reader may reuse the chunk's memory.
    this.carryBytes.push(Buffer.from(part))
    this.carriedLength += part.length
  }

  private byteLine(bytes: Buffer, start: number, end: number): void {
    let stop = end
    if (stop > start && bytes[stop - 1] === 13) stop -= 1
    const skips = this.read.skipsBytes
    if (skips !== undefined && stop - start <= MAX_LINE_LENGTH && skips(bytes, start, stop)) {
      this.lineNumber += 1
      return
    }
    const text = bytes.toString('latin1', start, end)
    this.line(text, 0, text.length)
  }

  /** The end of the file: the last line may have no newline. */
  end(): void {
    if (!this.stopped && this.carryBytes.length > 0) {
      const rest = Buffer.concat(this.carryBytes)
      this.byteLine(rest, 0, rest.length)
    }
    this.carryBytes = []
    this.carriedLength = 0
    if (!this.stopped && this.carry !== '') this.line(this.carry, 0, this.carry.length)
    this.carry = ''
    if (this.malformed > 0) {
      const lines = this.malformed === 1 ? 'line' : 'lines'
      this.draft.problem({
        file: this.file,
        message: `${thousands(this.malformed)} malformed ${lines} skipped (first at line ${this.firstMalformed}); expected ${LINE_FORMAT_NAMES[this.format]}`,
        fatal: false,
      })
    }
  }

  private line(text: string, start: number, end: number): void {
    if (this.skippingLongLine) {
      // The rest of an overlong line, already counted.
      this.skippingLongLine = false
      return
    }
    this.lineNumber += 1
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1
    if (end - start > MAX_LINE_LENGTH) return this.countMalformed()
    const line = start === 0 && end === text.length ? text : text.slice(start, end)
    if (line.length === 0) return
    const first = line.charCodeAt(0)
    // Only a line that starts with a blank can be blank: no trim for every line.
    if ((first === 32 || first === 9) && line.trim() === '') return
    try {
      if (!this.read(line, this.lineNumber)) this.countMalformed()
    } catch (error) {
      if (!(error instanceof ZonelessTimestamp)) throw error
      this.stopped = true
      this.draft.problem({ file: this.file, line: this.lineNumber, message: `${error.message}; ${zoneHint()}. Reading stopped at this line`, fatal: true })
    }
  }

  private countMalformed(): void {
    this.malformed += 1
    if (this.firstMalformed === 0) this.firstMalformed = this.lineNumber
  }
}

export class TimelineDraft {
  readonly options: DraftOptions
  readonly problems: InputProblem[] = []
  private readonly zone?: ZoneReader
  private readonly bursts: BurstCollector
  private readonly rows: TimelineRow[] = []
  private first = Infinity
  private last = -Infinity
  private readonly sink: EvidenceSink

  constructor(options: Partial<DraftOptions> = {}, zone?: AssumedZone) {
    this.options = { ...DEFAULT_DRAFT_OPTIONS, ...options }
    this.zone = zone === undefined ? undefined : new ZoneReader(zone)
    this.bursts = new BurstCollector(this.options.burstGapMs, this.options.maxSignatures)
    const { since = -Infinity, until = Infinity } = this.options
    this.sink = {
      time: (at) => {
        if (at < this.first) this.first = at
        if (at > this.last) this.last = at
      },
      hit: (hit: LogHit) => {
        if (hit.at >= since && hit.at <= until) this.bursts.add(hit)
      },
      row: (row) => {
        if (row.at >= since && row.at <= until) this.rows.push(row)
      },
    }
  }

  problem(problem: InputProblem): void {
    this.problems.push(problem)
  }

  /**
   * A line-based file of the given format; push its text, then call end(). With `bytes`, the
   * text pushed is the file's bytes decoded as latin1 (the fast path; see LineContext.bytes).
   */
  lines(file: string, format: LineFormatId, options: { bytes?: boolean } = {}): LineFeed {
    const bytes = options.bytes === true
    return new LineFeed(this, file, format, lineReader(format, { file, sink: this.sink, zone: this.zone, bytes }), bytes)
  }

  /** A whole JSON export; returns its format, or undefined (with a problem recorded) when it is none. */
  document(file: string, text: string): DocumentFormatId | undefined {
    let value: unknown
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''))
    } catch (error) {
      this.problem({ file, message: `invalid JSON (${(error as Error).message}); ${unknownFormatMessage()}`, fatal: true })
      return undefined
    }
    const format = recogniseDocument(value)
    if (format === undefined) {
      this.problem({ file, message: unknownFormatMessage(), fatal: true })
      return undefined
    }
    let skipped = 0
    let firstReason = ''
    try {
      readDocument(format, value, {
        file,
        sink: this.sink,
        threshold: this.options.threshold,
        persistence: this.options.persistence,
        skip: (reason) => {
          skipped += 1
          if (firstReason === '') firstReason = reason
        },
      })
    } catch (error) {
      if (!(error instanceof ZonelessTimestamp)) throw error
      this.problem({ file, message: `${error.message}; ${zoneHint()}`, fatal: true })
    }
    if (skipped > 0) {
      this.problem({ file, message: `${thousands(skipped)} malformed ${skipped === 1 ? 'item' : 'items'} skipped (first: ${firstReason}); expected ${DOCUMENT_FORMAT_NAMES[format]}`, fatal: false })
    }
    return format
  }

  finish(): DraftedTimeline {
    const { since = -Infinity, until = Infinity, maxRows } = this.options
    const window = this.first <= this.last ? { start: Math.max(this.first, since), end: Math.min(this.last, until) } : undefined
    const all = [...this.bursts.rows(), ...this.rows].filter((row) => window !== undefined && row.at >= window.start && row.at <= window.end)
    all.sort(compareRows)
    const rows = all.slice(0, maxRows)
    return { rows, window: window && window.start <= window.end ? window : undefined, omittedRows: all.length - rows.length }
  }
}

/** By time; at the same instant by what happened, so the order never depends on the order of the files. */
export function compareRows(a: TimelineRow, b: TimelineRow): number {
  return a.at - b.at || (a.rank ?? 0) - (b.rank ?? 0) || compareText(a.event, b.event) || compareText(a.actor, b.actor) || compareText(a.source, b.source)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
