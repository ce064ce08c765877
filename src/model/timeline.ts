/**
 * The timeline section -> entries, whatever form it takes: a table, a list, one heading per
 * timestamp, or paragraphs of "HH:MM - event" lines. Also finds where the document states
 * the time zone for the whole timeline.
 */
import type { Heading, List, ListItem, Paragraph, RootContent, Table, TableRow } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { aliasIndexFor, normalizeLabel } from '../config/normalize.js'
import type { Config } from '../config/types.js'
import { plainText, type SourceText } from './source.js'
import type { SectionBlock } from './sections.js'
import { dayNumber, findDate, findZone, isoDate, isUtcZone, matchTimestamp, ZONE_PATTERN, numericDateOrder, zoneOffset, type NumericDateOrder, type TimestampMatch } from './time.js'
import type { IsoDate, Located, Metadata, Timeline, TimelineEntry, TimelineTime } from './types.js'

const TIMELINE_COLUMNS = ['time', 'event', 'source', 'actor'] as const
type TimelineColumn = (typeof TIMELINE_COLUMNS)[number]

/** Leading decoration before a timestamp: list bullets are gone, but bold, code marks, brackets, `~` and `±` remain. */
const LEAD = /^[\s*_[(~`±]*/
/** What separates a timestamp from its event: brackets, bold, italics, code marks, dashes, colons, a parenthesised local time, footnotes. */
const AFTER_TIME = /^(?:\s*(?:\*\*|__|\*|_|`|\]|\)|\[\^[^\]]*\]|\((?:~?\d{1,2}:\d{2}|[A-Za-z]{2,5}\b)[^)]*\)))*\s*(?:[-–—:|,]+\s*)?(?:\*\*|__)?\s*/

interface Context {
  source: SourceText
  yearHint?: number
  /** How the document writes numeric dates ("27-05-2025" is day first), when it says. */
  order?: NumericDateOrder
  /** The last date given by an entry or a date line; undated entries after it share it. */
  date?: IsoDate
}

export function buildTimeline(block: SectionBlock | undefined, source: SourceText, config: Config, meta: Metadata): Timeline | undefined {
  if (!block) return undefined
  const context: Context = { source, yearHint: yearHint(meta), order: dateOrder(block, source, meta) }
  const table = block.nodes.find((node): node is Table => node.type === 'table')
  const forms: [Timeline['form'], () => TimelineEntry[]][] = [
    ['table', () => (table ? tableEntries(table, context, config) : [])],
    ['headings', () => walkEntries(block.nodes, context, 'headings')],
    ['list', () => walkEntries(block.nodes, context, 'list')],
    ['paragraphs', () => walkEntries(block.nodes, context, 'paragraphs')],
  ]
  let form: Timeline['form'] = 'list'
  let entries: TimelineEntry[] = []
  for (const [candidate, read] of forms) {
    context.date = undefined
    const found = read()
    if (found.some((entry) => entry.time && !entry.time.value.dateOnly) || (candidate === 'table' && found.length > 0)) {
      form = candidate
      entries = found
      break
    }
    if (entries.length === 0 && found.length > 0) {
      form = candidate
      entries = found
    }
  }
  const zoneStatement = findZoneStatement(block, table && form === 'table' ? table : undefined, source)
  assignOrder(entries, meta.date?.value || introDate(block, source, context) || undefined, zoneStatement?.value)
  const timeline: Timeline = { form, entries, zoneStatement, span: block.span }
  if (context.order) timeline.dateOrder = context.order
  return timeline
}

/**
 * How numeric dates read in this document: from the timeline's own dates ("27-05-2025" can only be
 * day first), else from the incident date stated elsewhere (front matter, title, file name) when
 * exactly one reading of the first ambiguous date agrees with it.
 */
function dateOrder(block: SectionBlock, source: SourceText, meta: Metadata): NumericDateOrder | undefined {
  const text = source.text.slice(block.span.start.offset, block.span.end.offset)
  const fromDates = numericDateOrder(text)
  if (fromDates) return fromDates
  const known = meta.date?.value
  const first = /(?<![\d-])(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?![\d:])/.exec(text)
  if (!known || !first) return undefined
  const asMonthFirst = isoDate(+first[4]!, +first[1]!, +first[3]!)
  const asDayFirst = isoDate(+first[4]!, +first[3]!, +first[1]!)
  if (asMonthFirst === known && asDayFirst !== known) return 'month-first'
  if (asDayFirst === known && asMonthFirst !== known) return 'day-first'
  return undefined
}

/** "All events happened on 2019-10-21": a date in the prose opening the timeline dates its entries. */
function introDate(block: SectionBlock, source: SourceText, context: Context): IsoDate | undefined {
  for (const node of block.nodes) {
    if (node.type !== 'paragraph') break
    const text = source.text.slice(...source.range(node))
    if (matchTimestamp(text.replace(LEAD, ''), context.yearHint, context.order)) break
    const found = findDate(text)
    if (found?.date) return found.date
  }
  return undefined
}

/** The incident's year, for timelines that write "Jan 19, 4:04 PM": from the date, or any year in its text or the title. */
function yearHint(meta: Metadata): number | undefined {
  if (meta.date?.value) return Number(meta.date.value.slice(0, 4))
  const year = /\b(19|20)\d{2}\b/.exec(`${meta.date?.raw ?? ''} ${meta.title?.value ?? ''}`)
  return year ? Number(year[0]) : undefined
}

function readTime(text: string, start: number, context: Context): { time?: Located<TimelineTime>; unparsed?: Located<string>; length: number } {
  const lead = LEAD.exec(text)?.[0].length ?? 0
  const match = matchTimestamp(text.slice(lead), context.yearHint, context.order)
  if (match?.malformedTime !== undefined) {
    // "07:7:47": a mistyped time is reported as written, never read as midnight.
    const at = start + lead + match.length - match.malformedTime.length
    return { unparsed: context.source.located(match.malformedTime, at, at + match.malformedTime.length), length: lead + match.length }
  }
  if (!match || match.invalidDate) {
    // "[???]", "[unknown]": a placeholder where the time should be.
    const bracketLead = /^[\s*_]*/.exec(text)?.[0].length ?? 0
    const unknown = /^\[([^\]\n]{1,20})\](?!\()/.exec(text.slice(bracketLead))
    if (unknown) return { unparsed: context.source.located(unknown[0], start + bracketLead, start + bracketLead + unknown[0].length), length: bracketLead + unknown[0].length }
    return { length: 0 }
  }
  // "8:20 - 8:24": a range; the entry is placed at its start, and the end is not its event.
  const rangeEnd = match.minutes === undefined ? undefined : RANGE_END.exec(text.slice(lead + match.length))
  const length = match.length + (rangeEnd?.[0].length ?? 0)
  const located = context.source.located(toTime(match, context), start + lead, start + lead + length)
  return { time: located, length: lead + length }
}

const RANGE_END = /^\s*(?:-|–|—|to)\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?![\d:])/i

function toTime(match: TimestampMatch, context: Context): TimelineTime {
  const time: TimelineTime = { minutes: match.minutes ?? 0 }
  if (match.minutes === undefined) time.dateOnly = true
  if (match.monthOnly) time.monthOnly = true
  if (match.ambiguousDate) time.ambiguousDate = true
  // A date ("2024-03-05" line, or a dated entry) dates the undated entries after it.
  if (match.date) context.date = match.date
  else if (context.date) {
    time.date = context.date
    inherited.add(time)
  }
  if (match.date) time.date = match.date
  if (match.zone) time.zone = match.zone
  return time
}

/** Times whose date comes from a date line before them: they may still roll past midnight. */
const inherited = new WeakSet<TimelineTime>()

/** Text after the timestamp, located, with a trailing "(source: ...)" split off. */
function readEvent(text: string, start: number, context: Context): { event?: Located<string>; source?: Located<string> } {
  const sep = AFTER_TIME.exec(text)?.[0].length ?? 0
  let body = text.slice(sep)
  let sourceField: Located<string> | undefined
  const sourceMatch = /[([]?\b(?:source|via|evidence)\s*:\s*([^)\]\n]+)[)\]]?\s*\.?\s*$/i.exec(body)
  // "- 06:40 - rebuild starts (rebuild log)": a closing parenthesis naming where it was seen.
  const trailing = sourceMatch ? undefined : /\s\(([^()\n]{2,80})\)\s*\.?\s*$/.exec(body)
  if (sourceMatch) {
    const at = start + sep + sourceMatch.index
    sourceField = context.source.located(plainText(sourceMatch[1] as string), at, at + sourceMatch[0].length)
    body = body.slice(0, sourceMatch.index)
  } else if (trailing && !/^\s*(?:~?\d{1,2}[:.]\d{2}|[A-Z]{2,5}\s*$|e\.g\.|i\.e\.)/.test(trailing[1] as string)) {
    const at = start + sep + trailing.index + 1
    sourceField = context.source.located(plainText(trailing[1] as string), at, at + trailing[0].trimEnd().length - 1)
    body = body.slice(0, trailing.index)
  } else {
    // An inline link (Markdown, reference-style, autolink or bare URL) is the entry's evidence.
    const link = /\[[^\]\n]+\]\([^)\s]+(?:\s[^)]*)?\)|\[[^\]\n]+\]\[[^\]\n]*\]|<https?:\/\/[^>\s]+>|https?:\/\/\S+/.exec(body)
    if (link) {
      const at = start + sep + link.index
      sourceField = context.source.located(plainText(link[0]) || link[0], at, at + link[0].length)
    }
  }
  const value = plainText(body)
  const event = value ? context.source.located(value, start + sep, start + sep + body.length) : undefined
  return { event, source: sourceField }
}

function tableEntries(table: Table, context: Context, config: Config): TimelineEntry[] {
  const [header, ...rows] = table.children
  if (!header) return []
  const columns = mapColumns(header, config)
  const source = context.source
  // "| Date (2021) | Time (UTC) |": a year in the header completes "Oct 31" dates below it.
  const headerYear = /\b(19|20)\d{2}\b/.exec(toString(header))
  if (headerYear) context.yearHint = Number(headerYear[0])
  return rows.flatMap((row) => {
    const cells = row.children
    const timeCells = columns.time.map((i) => cells[i]).filter((cell) => cell !== undefined)
    if (cells.every((cell) => toString(cell).trim() === '')) return []
    const entry: TimelineEntry = { span: source.nodeSpan(row) }
    const first = timeCells[0]
    const last = timeCells.at(-1)
    if (first && last) {
      const cellText = timeCells.map((cell) => plainText(toString(cell))).join(' ').trim()
      const [textStart] = contentRange(first, source)
      const match = matchTimestamp(cellText.replace(LEAD, ''), context.yearHint, context.order)
      if (match && !match.invalidDate) entry.time = { ...source.located(toTime(match, context), textStart, Math.max(textStart, contentRange(last, source)[1])), raw: cellText }
      else if (cellText) entry.unparsedTime = source.located(cellText, textStart, Math.max(textStart, contentRange(last, source)[1]))
    }
    for (const key of ['event', 'source', 'actor'] as const) {
      const index = columns[key][0]
      const cell = index === undefined ? undefined : cells[index]
      const text = cell ? plainText(toString(cell)) : ''
      if (cell && text) entry[key] = source.located(text, ...contentRange(cell, source))
    }
    // No source column: a link in the row is the entry's evidence.
    if (!entry.source) {
      const link = cells.flatMap((cell) => cell.children).find((child) => child.type === 'link' || child.type === 'linkReference')
      if (link) entry.source = source.located(plainText(toString(link)) || source.slice(link), ...source.range(link))
    }
    return [entry]
  })
}

/** The offsets of a cell's text, without the pipes and padding around it. */
function contentRange(cell: TableRow['children'][number], source: SourceText): [number, number] {
  const children = cell.children
  if (children.length === 0) return source.range(cell)
  return [source.range(children[0] as RootContent)[0], source.range(children.at(-1) as RootContent)[1]]
}

function mapColumns(header: TableRow, config: Config): Record<TimelineColumn, number[]> {
  const index = aliasIndexFor(config.columns, TIMELINE_COLUMNS)
  const columns: Record<TimelineColumn, number[]> = { time: [], event: [], source: [], actor: [] }
  header.children.forEach((cell, i) => {
    const label = normalizeLabel(toString(cell).replace(/\([^)]*\)/g, ''))
    const key = (index.get(label) ?? index.get(label.split(' ')[0] ?? '') ?? (/\b(time|date)\b/.test(label) ? 'time' : undefined)) as TimelineColumn | undefined
    if (key && (key === 'time' || columns[key].length === 0)) columns[key].push(i)
  })
  if (columns.time.length === 0) columns.time.push(0)
  if (columns.event.length === 0) {
    const firstOther = header.children.findIndex((_, i) => !columns.time.includes(i) && !columns.source.includes(i) && !columns.actor.includes(i))
    if (firstOther >= 0) columns.event.push(firstOther)
  }
  return columns
}

/**
 * Reads the section's blocks in order. Entries come from the blocks of one form (timestamp
 * headings, list items or paragraph lines); dates on their own (a "### 2024-03-05" heading, a
 * "2024-03-05" paragraph) date the entries that follow them, whatever the form.
 */
function walkEntries(nodes: RootContent[], context: Context, form: 'headings' | 'list' | 'paragraphs'): TimelineEntry[] {
  const entries: TimelineEntry[] = []
  nodes.forEach((node, i) => {
    if (node.type === 'heading') {
      const entry = headingEntry(node, nodes, i, context)
      if (entry && form === 'headings') entries.push(entry)
    } else if (node.type === 'list' && form === 'list') {
      entries.push(...itemsOf(node, context))
    } else if (node.type === 'paragraph') {
      if (form === 'paragraphs') entries.push(...paragraphLines(node, context))
      else readDateLine(node, context)
    }
  })
  return entries
}

/** A paragraph in a list timeline ("2019-01-22", "**March 5, 2024**"): reading its timestamp records its date for the items after it. */
function readDateLine(node: Paragraph, context: Context): void {
  const [start, end] = context.source.range(node)
  readTime(context.source.text.slice(start, end), start, context)
}

function headingEntry(node: Heading, nodes: RootContent[], i: number, context: Context): TimelineEntry | undefined {
  const [start, end] = context.source.range(node)
  const raw = context.source.text.slice(start, end)
  const hashes = /^#+\s*/.exec(raw)?.[0].length ?? 0
  const read = readTime(raw.slice(hashes), start + hashes, context)
  if (!read.time && !read.unparsed) return undefined
  const titleRest = readEvent(raw.slice(hashes + read.length), start + hashes + read.length, context)
  // "### 2025-03-08" over "#### 23:40 ..." headings or lists: a date line for what follows, not an entry.
  if (read.time?.value.dateOnly && !titleRest.event) return undefined
  const body = nodes.slice(i + 1, indexOfNextHeading(nodes, i + 1))
  const entry: TimelineEntry = { time: read.time, unparsedTime: read.unparsed, span: context.source.span(start, body.length ? context.source.range(body.at(-1) as RootContent)[1] : end) }
  const firstText = body.find((child) => child.type === 'paragraph' || child.type === 'list')
  if (titleRest.event) entry.event = titleRest.event
  else if (firstText?.type === 'paragraph') {
    const [from, to] = context.source.range(firstText)
    const below = readEvent(context.source.text.slice(from, to), from, context)
    if (below.event) entry.event = { ...below.event, value: below.event.value.slice(0, 300) }
    if (below.source) entry.source = below.source
  } else if (firstText) {
    const [from, to] = context.source.range(firstText)
    entry.event = context.source.located(blockText(firstText).slice(0, 300), from, to)
  }
  if (titleRest.source) entry.source = titleRest.source
  return entry
}

/** A timestamp heading's body runs to the next heading of any level. */
function indexOfNextHeading(nodes: RootContent[], from: number): number {
  const next = nodes.findIndex((node, i) => i >= from && node.type === 'heading')
  return next < 0 ? nodes.length : next
}

function itemsOf(list: List, context: Context): TimelineEntry[] {
  const entries: TimelineEntry[] = []
  for (const item of list.children) {
    const entry = itemEntry(item, context)
    // "- cdn-frankfurt-1": a bullet of one word without a time lists names, it is not an event.
    if (entry && !entry.time && !entry.unparsedTime && (entry.event?.value.split(/\s+/).length ?? 0) <= 1) continue
    const nested = item.children.filter((child): child is List => child.type === 'list')
    if (entry?.time?.value.dateOnly && !entry.event && nested.length > 0) {
      // "- 2024-03-05" with the day's times nested under it: a date line, not an entry.
      entries.push(...nested.flatMap((child) => itemsOf(child, context)))
      continue
    }
    if (entry) entries.push(entry)
  }
  return entries
}

function itemEntry(item: ListItem, context: Context): TimelineEntry | undefined {
  const paragraphs = item.children.filter((child): child is Paragraph => child.type === 'paragraph')
  const [paragraph, next] = paragraphs
  if (!paragraph) return undefined
  const [start, end] = context.source.range(paragraph)
  const text = context.source.text.slice(start, end)
  const read = readTime(text, start, context)
  if (!read.time && !read.unparsed) {
    // "DEPO notified OCC at 12:16 ET on June 16, 2020": the time is told inside the sentence.
    const told = timeInSentence(text, start, context)
    if (told) return { time: told, event: context.source.located(plainText(text), start, end), span: context.source.nodeSpan(item), ...readEvent(text, start, context) }
  }
  let rest = readEvent(text.slice(read.length), start + read.length, context)
  if (!rest.event && next && (read.time || read.unparsed)) {
    // "- 2024-07-08 10:05" with the description indented below it.
    const [nextStart, nextEnd] = context.source.range(next)
    rest = readEvent(context.source.text.slice(nextStart, nextEnd), nextStart, context)
  }
  const entry: TimelineEntry = { time: read.time, unparsedTime: read.unparsed, event: rest.event, source: rest.source, span: context.source.nodeSpan(item) }
  if (!entry.source) {
    // A link in a bullet nested under the entry ("  * https://.../commit/...") is its evidence.
    const nestedLink = item.children.filter((child) => child.type === 'list').map((list) => context.source.slice(list)).map((text, i) => ({ text, at: context.source.range(item.children.filter((child) => child.type === 'list')[i] as RootContent)[0] })).map(({ text, at }) => ({ m: /https?:\/\/[^\s)>\]]+/.exec(text), at })).find(({ m }) => m)
    if (nestedLink?.m) entry.source = context.source.located(nestedLink.m[0], nestedLink.at + nestedLink.m.index, nestedLink.at + nestedLink.m.index + nestedLink.m[0].length)
  }
  return entry
}

/** "at 12:16 ET on June 16, 2020" inside an entry's first sentence: its time (and date). */
function timeInSentence(text: string, start: number, context: Context): Located<TimelineTime> | undefined {
  const sentence = text.split(/(?<=[.!?])\s/)[0] ?? text
  const at = /\bat\s+(?:approximately\s+|about\s+|around\s+|~\s*)?(?=\d{1,2}:\d{2})/i.exec(sentence)
  if (!at) return undefined
  const from = at.index + at[0].length
  const match = matchTimestamp(sentence.slice(from), context.yearHint, context.order)
  if (!match || match.minutes === undefined) return undefined
  const dated = /\bon\s+/i.exec(sentence.slice(from + match.length))
  const date = dated ? findDate(sentence.slice(from + match.length + dated.index + dated[0].length, from + match.length + dated.index + dated[0].length + 30)) : undefined
  const time = toTime(date?.date ? { ...match, date: date.date } : match, context)
  return context.source.located(time, start + from, start + from + match.length)
}

/** Text of a block, its paragraphs and list items separated by spaces. */
function blockText(node: RootContent): string {
  if ('children' in node && (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')) {
    return node.children.map((child) => blockText(child as RootContent)).filter(Boolean).join(' ')
  }
  return plainText(toString(node))
}

/** "10:05 – event" lines of a paragraph; a line without a timestamp continues the entry before it. */
function paragraphLines(node: Paragraph, context: Context): TimelineEntry[] {
  const entries: TimelineEntry[] = []
  const [start, end] = context.source.range(node)
  const text = context.source.text.slice(start, end)
  for (const line of text.matchAll(/[^\n\r]+/g)) {
    for (const piece of line[0].split(/(?=<br\s*\/?>)/i)) {
      const offset = start + line.index + line[0].indexOf(piece)
      const clean = piece.replace(/^<br\s*\/?>/i, '')
      const cleanOffset = offset + (piece.length - clean.length)
      const read = readTime(clean, cleanOffset, context)
      if (read.time || read.unparsed) {
        const rest = readEvent(clean.slice(read.length), cleanOffset + read.length, context)
        if (read.time?.value.dateOnly && !rest.event) continue
        entries.push({ time: read.time, unparsedTime: read.unparsed, event: rest.event, source: rest.source, span: context.source.span(cleanOffset, cleanOffset + clean.length) })
      } else if (entries.length > 0 && clean.trim()) {
        const last = entries.at(-1) as TimelineEntry
        last.span = { start: last.span.start, end: context.source.point(cleanOffset + clean.length) }
        if (last.event) last.event = { ...last.event, value: `${last.event.value} ${plainText(clean)}`, span: { start: last.event.span.start, end: context.source.point(cleanOffset + clean.length) } }
        // "10:20 -" at the end of a line, its event wrapped onto the next one.
        else last.event = context.source.located(plainText(clean), cleanOffset, cleanOffset + clean.length)
      }
    }
  }
  return entries
}

function findZoneStatement(block: SectionBlock, table: Table | undefined, source: SourceText): Located<string> | undefined {
  const inHeading = zoneIn(block.headingSpan.start.offset, block.headingSpan.end.offset, source)
  if (inHeading) return inHeading
  if (table) {
    for (const cell of table.children[0]?.children ?? []) {
      const [start, end] = source.range(cell)
      const found = zoneIn(start, end, source)
      if (found) return found
    }
  }
  // A line among the entries' blocks ("All times are UTC."), or a day sub-heading ("### 2021-10-04 (all times CEST)").
  for (const node of block.nodes) {
    if (node.type !== 'paragraph' && node.type !== 'heading') continue
    const [start, end] = source.range(node)
    const text = source.text.slice(start, end)
    if (ZONE_SENTENCE.test(text) || (node.type === 'heading' && /\([^)]*\)/.test(text))) {
      const found = node.type === 'heading' ? zoneIn(start + text.indexOf('('), end, source) : zoneIn(start, end, source)
      if (found && (node.type === 'heading' || ZONE_SENTENCE.test(text))) return found
    }
  }
  // A sentence before the timeline: "All times below are in PST.", or times given with their zone ("from ~13:22 PST to ~16:17 PST").
  const before = source.text.slice(0, block.headingSpan.start.offset)
  const zonedTime = new RegExp(`\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?\\s?\\(?(?:${ZONE_PATTERN})(?![\\w])`, 'i').exec(before.replace(/^---[^]*?\n---\n/, (m) => ' '.repeat(m.length)))
  if (zonedTime) {
    const found = findZone(zonedTime[0].replace(/^[\d:\s]+(?:[ap]\.?m\.?)?\s?\(?/i, (m) => ' '.repeat(m.length)))
    if (found && !isUtcZone(found.zone)) {
      const at = zonedTime.index + found.index
      return source.located(found.zone, at, at + found.length)
    }
  }
  // Sentences are cut first, so a long line without full stops costs one pass, not one per position.
  let offset = 0
  for (const sentence of before.split(/[.\n]/)) {
    const found = /\b(?:times?|timestamps?|time zone)\b/i.test(sentence) && /\b(?:all|times are|times in|in)\b/i.test(sentence) ? findZone(sentence) : undefined
    if (found) return source.located(found.zone, offset + found.index, offset + found.index + found.length)
    offset += sentence.length + 1
  }
  return undefined
}

/** A sentence that states the timeline's zone ("All times are UTC", "times in CEST", "Time zone: PST"). */
const ZONE_SENTENCE = /\b(?:times?|timestamps?|zone|clock)\b/i

function zoneIn(start: number, end: number, source: SourceText): Located<string> | undefined {
  const found = findZone(source.text.slice(start, end))
  if (!found) return undefined
  return source.located(found.zone, start + found.index, start + found.index + found.length)
}

/** Orders entries on one axis (minutes, UTC when the zone is known), rolling undated times past midnight. */
function assignOrder(entries: TimelineEntry[], incidentDate: IsoDate | undefined, statedZone: string | undefined): void {
  let day = incidentDate ? dayNumber(incidentDate) : 0
  let currentDate: IsoDate | undefined
  let previousClock: number | undefined
  // Without a zone stated for the timeline, a zone written on an entry holds for the entries after it.
  let lastZone: string | undefined
  for (const entry of entries) {
    const time = entry.time?.value
    if (!time) continue
    const explicit = time.date !== undefined && !inherited.has(time)
    if (time.date && (explicit || time.date !== currentDate)) {
      day = dayNumber(time.date)
      currentDate = time.date
      previousClock = undefined
    }
    if (!explicit && previousClock !== undefined && time.minutes < previousClock - 12 * 60) day += 1
    // An inherited date is the date line's until the clock passes midnight.
    if (inherited.has(time)) time.date = new Date(day * 86_400_000).toISOString().slice(0, 10)
    if (!time.dateOnly) previousClock = time.minutes
    if (time.zone) lastZone = time.zone
    const zone = time.zone ?? statedZone ?? lastZone
    const offset = zone ? (zoneOffset(zone) ?? 0) : 0
    entry.order = day * 1440 + time.minutes - offset
  }
}
