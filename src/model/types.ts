/**
 * The typed model of one post-mortem. Built by `parsePostmortem` (src/model/parse.ts)
 * from Markdown; every value keeps the source span it was read from, so each
 * finding can point at the exact line and column.
 */

/** A point in the source: 1-based line and column, 0-based offset (as in unist). */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A half-open source range [start, end). */
export interface Span {
  start: Point
  end: Point
}

/** A value read from the document, with the text it came from and where. */
export interface Located<T> {
  value: T
  /** The source text the value was read from (trimmed). */
  raw: string
  span: Span
}

/** A calendar date, `YYYY-MM-DD`, validated as a real date. */
export type IsoDate = string

export interface Duration {
  /** Total minutes, when the duration states one ("1h 35min"). */
  minutes?: number
  /** Start and end clock times when stated ("10:05 - 11:40 UTC"), minutes after midnight. */
  startMinutes?: number
  endMinutes?: number
  /** The zone the start/end are stated in ("UTC", "CET", "+02:00"), if any. */
  zone?: string
}

/** A metadata field as written: `**Severity**: P1` or front-matter `severity: P1`. */
export interface MetaField {
  /** Canonical key from the vocabulary (e.g. `date`, `severity`), or the lower-cased label when unknown. */
  key: string
  label: string
  raw: string
  span: Span
  from: 'front-matter' | 'field-line' | 'heading' | 'file-name'
}

export interface Metadata {
  title?: Located<string>
  /** The incident date. */
  date?: Located<IsoDate>
  duration?: Located<Duration>
  severity?: Located<string>
  authors?: Located<string[]>
  reviewed?: Located<IsoDate>
  id?: Located<string>
  /** Every field found, known or not, in document order; values unparsed. */
  fields: MetaField[]
}

/** Canonical section keys; aliases map onto these (src/model/vocabulary.yml). */
export type SectionKey =
  | 'summary'
  | 'impact'
  | 'root-cause'
  | 'timeline'
  | 'contributing-factors'
  | 'action-items'
  | 'what-went-well'
  | 'lessons-learned'
  | 'prevention'
  | (string & {})

export interface Section {
  /** Canonical key, or undefined for a heading the vocabulary does not know. */
  key?: SectionKey
  /** The heading text as written. */
  title: string
  depth: number
  /** Span of the heading line. */
  headingSpan: Span
  /** Span from the heading to just before the next heading of the same or a higher level. */
  span: Span
  /** Key of the enclosing known section, for subsections like "### Immediate Cause". */
  parentKey?: SectionKey
}

/** A clock time read from a timeline entry. */
export interface TimelineTime {
  /** The date, when the entry (or a preceding date line / heading) gives one. */
  date?: IsoDate
  /** Minutes after midnight, 0..1439 (0 for a date-only entry). */
  minutes: number
  /** The entry gives a date but no clock time ("2021-12-10"). */
  dateOnly?: boolean
  /** The date gives a month only ("2015-10", "Jul 2024"); `date` is the first of the month. */
  monthOnly?: boolean
  /** The numeric date reads both ways ("04-10-2021") and nothing in the document decided which. */
  ambiguousDate?: boolean
  /** The zone written on the entry itself ("UTC", "Z", "PST", "+02:00"), if any. */
  zone?: string
}

export interface TimelineEntry {
  /** The time text as written ("10:05", "2024-03-05 10:05 UTC", "[08:47]"). */
  time?: Located<TimelineTime>
  /** The raw time text when it could not be understood ("[???]", "around noon"). */
  unparsedTime?: Located<string>
  /**
   * Position on one axis in minutes, for ordering: date*1440 + minutes when dated;
   * for undated entries, a day counter advances when the clock goes back by more than
   * 12 hours (an incident spanning midnight). Undefined when the time is unknown.
   */
  order?: number
  event?: Located<string>
  source?: Located<string>
  actor?: Located<string>
  /** The whole entry (table row, list item, or heading plus its paragraphs). */
  span: Span
}

export interface Timeline {
  form: 'table' | 'list' | 'headings' | 'paragraphs'
  entries: TimelineEntry[]
  /**
   * Where the document states the zone for the whole timeline: the section heading
   * ("Timeline (all times UTC)"), a table header ("Time (UTC)"), or a line before it.
   */
  zoneStatement?: Located<string>
  /** Span of the timeline section. */
  span: Span
  /** How the document writes numeric dates, decided from its dates, file name or front matter. */
  dateOrder?: 'day-first' | 'month-first'
}

export interface ContributingFactor {
  text: Located<string>
  /** Which part it came from: "Immediate Cause", "Contributing Factors", "Systemic Issues"... */
  group?: string
}

export interface ActionItem {
  id?: Located<string>
  action?: Located<string>
  owner?: Located<string>
  /** Deadline as written; `value` is the text, see `deadlineDate`. */
  deadline?: Located<string>
  /** The deadline as a real calendar date, when the text is one. */
  deadlineDate?: IsoDate
  priority?: Located<string>
  /** Other columns/fields, by canonical or lower-cased name. */
  extra: Record<string, Located<string>>
  /**
   * Completed: a checked task (`[x]`), a struck-through item, a done marker (`(done)`, `DONE`, ✅)
   * or a status column saying so. A completed item needs no future deadline; sync and nag
   * modes report it as done rather than open.
   */
  done: boolean
  /** Sub-items of a nested checklist, read as parts of this item rather than items of their own. */
  parts?: Located<string>[]
  /** The whole row, list item, or heading with its paragraphs. */
  span: Span
  form: 'table' | 'list' | 'heading'
}

/** Something the parser could not read; reported by the linter as a finding. */
export interface ParseProblem {
  /** Rule-like id: `front-matter`, `too-large`, `too-deep`, `encoding`. */
  kind: string
  message: string
  span?: Span
}

export interface Postmortem {
  meta: Metadata
  sections: Section[]
  /**
   * The one section resolver's answer, by key: the section each part is read from, written
   * directly or through a stand-in ("What went wrong" holds the contributing factors). Rules ask
   * this, never `sections`, whether a part is present, so no rule calls missing what another reads.
   */
  resolved?: Partial<Record<SectionKey, Section>>
  timeline?: Timeline
  factors: ContributingFactor[]
  actionItems: ActionItem[]
  problems: ParseProblem[]
}
