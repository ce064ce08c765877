/** The timeline drafter's data: events read from evidence, and the rows of the drafted table. */

/** One row of the drafted timeline: `| Time | Event | Source | Actor |`. */
export interface TimelineRow {
  /** Epoch milliseconds, UTC. */
  at: number
  /** Inline Markdown: what the system did, with quoted evidence in code spans. */
  event: string
  /** Where the fact comes from: `file:line`, an alert name, a metric series. */
  source: string
  /** A handle or role exactly as the source gives it; empty when it names none. */
  actor: string
  /** Order among rows at the same instant (a page is triggered before it is acknowledged); default 0. */
  rank?: number
}

/** A log line at error level or above, before bursts are collapsed. */
export interface LogHit {
  at: number
  /** `error` or `fatal` (normalised), or `HTTP 502` for access logs. */
  level: string
  /** The message as logged (one line). */
  message: string
  /** Messages that differ only in numbers, ids, quoted values share a signature. */
  signature: string
  source: string
  actor: string
}

/** The inclusive window [start, end] in epoch ms. */
export interface TimeWindow {
  start: number
  end: number
}

/** A problem with one input, reported with its file and (when there is one) line. */
export interface InputProblem {
  file: string
  line?: number
  message: string
  /**
   * The file could not be used (unrecognised, invalid JSON, unreadable: nothing from it is used;
   * a time without a zone: reading stops at that line). The command exits 2.
   */
  fatal: boolean
}

/** Receives what a format reader finds in one file. */
export interface EvidenceSink {
  /** A time seen in the evidence (it widens the files' own span). */
  time(at: number): void
  /** A log line worth a row, collapsed into bursts later. */
  hit(hit: LogHit): void
  /** A ready row (alert, page, chat message, metric change). */
  row(row: TimelineRow): void
}

/** The knobs of drafting; every one has a documented default (docs/timeline.md). */
export interface DraftOptions {
  /** Clip the window (epoch ms). */
  since?: number
  until?: number
  /** Same-signature lines closer than this belong to one burst. Default 5 minutes. */
  burstGapMs: number
  /** Robust z-score a metric sample must pass to depart from its baseline. Default 4. */
  threshold: number
  /** Samples in a row needed to call a departure or a return. Default 3. */
  persistence: number
  /** Distinct log signatures tracked; lines beyond share one "other errors" row per burst. Default 2,000. */
  maxSignatures: number
  /** Rows kept; the rest are counted and reported. Default 2,000. */
  maxRows: number
}

export const DEFAULT_DRAFT_OPTIONS: DraftOptions = {
  burstGapMs: 5 * 60_000,
  threshold: 4,
  persistence: 3,
  maxSignatures: 2000,
  maxRows: 2000,
}

export interface DraftedTimeline {
  rows: TimelineRow[]
  /** The files' own span, clipped by since/until; undefined when no time was read. */
  window?: TimeWindow
  /** Rows past maxRows, not shown. */
  omittedRows: number
}
