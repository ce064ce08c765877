/**
 * `--into`: the drafted rows merged into a post-mortem's Timeline table. Only whole lines are
 * inserted: every line a person wrote stays byte for byte, in its order. A drafted row already
 * in the table (same Source, same minute) is not added again, so a second run changes nothing.
 */
import { aliasIndexFor, normalizeLabel } from '../config/normalize.js'
import type { Config } from '../config/types.js'
import { parsePostmortem } from '../model/parse.js'
import { dayNumber, isUtcZone } from '../model/time.js'
import type { TimelineEntry } from '../model/types.js'
import { tableCell } from '../report/text.js'
import { eventCell, TABLE_HEADER, timeCells } from './render.js'
import { utcParts } from './time.js'
import type { TimelineRow } from './types.js'

export type MergeResult = { ok: true; text: string; added: number; alreadyThere: number } | { ok: false; message: string }

export interface MergeOptions {
  /** Template rows (`| HH:MM | ... |`) are a form, not a person's writing: `new` replaces them. */
  dropPlaceholders?: boolean
}

type Column = 'time' | 'event' | 'source' | 'actor'

/** Cells of a table line, split on pipes that are not escaped, outer pipes removed. */
export function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '')
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim())
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()

export function mergeTimeline(document: string, rows: readonly TimelineRow[], config: Config, options: MergeOptions = {}): MergeResult {
  const postmortem = parsePostmortem(document.replace(/^\uFEFF/, ''), config)
  const timeline = postmortem.timeline
  if (!timeline) return { ok: false, message: 'has no Timeline section to merge into; add `## Timeline (all times UTC)` first' }
  const newline = document.includes('\r\n') ? '\r\n' : '\n'
  const lines = document.split(/\r?\n/)
  const sectionFirst = timeline.span.start.line - 1
  const sectionEnd = Math.min(lines.length, timeline.span.end.line)
  const tableStart = timeline.form === 'table' ? tableOfEntries(lines, timeline.entries) ?? findTable(lines, sectionFirst, sectionEnd) : findTable(lines, sectionFirst, sectionEnd)
  if (tableStart === undefined) {
    if (timeline.entries.length > 0) {
      return { ok: false, message: `has a Timeline written as ${timeline.form}, not a table; --into merges into a \`| Time | Event | Source | Actor |\` table` }
    }
    return insertNewTable(lines, sectionEnd, rows, newline)
  }
  let tableEnd = tableStart + 2
  // Body rows: lines with a cell separator, up to the first blank or pipe-less line (GFM allows rows without outer pipes).
  while (tableEnd < lines.length && lines[tableEnd]!.trim() !== '' && lines[tableEnd]!.includes('|')) tableEnd++
  const columns = headerColumns(splitRow(lines[tableStart]!), config)
  const entriesByLine = new Map<number, TimelineEntry>()
  for (const entry of timeline.entries) entriesByLine.set(entry.span.start.line - 1, entry)

  const bodyIndexes: number[] = []
  for (let i = tableStart + 2; i < tableEnd; i++) if (!(options.dropPlaceholders && isPlaceholder(lines[i]!, columns))) bodyIndexes.push(i)
  const existing = bodyIndexes.map((lineIndex) => ({ line: lines[lineIndex]!, entry: entriesByLine.get(lineIndex) }))
  const datedEverywhere = existing.some((row) => row.entry?.time) && existing.every((row) => !row.entry?.time || row.entry.time.value.date !== undefined)
  const undatedDocument = !postmortem.meta.date?.value && existing.every((row) => !row.entry?.time?.value.date)
  const firstNew = rows[0]
  const dayShift = undatedDocument && firstNew ? dayNumber(utcParts(firstNew.at).date) * 1440 : 0
  const minuteOf = (entry: TimelineEntry | undefined) => (entry?.order === undefined || entry.time?.value.dateOnly ? undefined : entry.order + dayShift)

  // The same row is the same minute and the same Source (or Event, in a table without a Source column).
  const identity = columns.source !== undefined ? 'source' : 'event'
  const fresh = rows.filter((row) => !existing.some(({ line, entry }) => {
    const minute = minuteOf(entry)
    const index = columns[identity]
    const cell = index === undefined ? undefined : splitRow(line)[index]
    const mine = identity === 'source' ? tableCell(row.source) : eventCell(row.event)
    return minute === Math.floor(row.at / 60_000) && cell !== undefined && same(cell, mine)
  }))
  // A table stated in another zone ("Time (PT)") gets UTC rows that say so, read back in UTC.
  const otherZone = timeline.zoneStatement !== undefined && !isUtcZone(timeline.zoneStatement.value)
  const times = timeCells(fresh, datedEverywhere || undatedDocument ? 'always' : 'never')
  // Each new row goes before the first existing row that is later than it; rows without a time stay where they are.
  const inserts = new Map<number, string[]>()
  fresh.forEach((row, index) => {
    const minute = row.at / 60_000
    let position = existing.length
    for (let i = 0; i < existing.length; i++) {
      const existingMinute = minuteOf(existing[i]!.entry)
      if (existingMinute !== undefined && existingMinute > minute) {
        position = i
        break
      }
    }
    const list = inserts.get(position) ?? []
    list.push(renderRow(columns, splitRow(lines[tableStart]!).length, otherZone ? `${times[index]!} UTC` : times[index]!, row))
    inserts.set(position, list)
  })
  const merged: string[] = []
  existing.forEach((row, i) => {
    merged.push(...(inserts.get(i) ?? []), row.line)
  })
  merged.push(...(inserts.get(existing.length) ?? []))
  const out = [...lines.slice(0, tableStart + 2), ...merged, ...lines.slice(tableEnd)]
  return { ok: true, text: out.join(newline), added: fresh.length, alreadyThere: rows.length - fresh.length }
}

/** The header line of the table the parser read the entries from: two lines above the first row. */
function tableOfEntries(lines: readonly string[], entries: readonly TimelineEntry[]): number | undefined {
  const first = entries[0]
  if (first === undefined) return undefined
  const header = first.span.start.line - 3
  return header >= 0 && DELIMITER_ROW.test(lines[header + 1] ?? '') ? header : undefined
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/

function findTable(lines: readonly string[], from: number, to: number): number | undefined {
  for (let i = from; i < to - 1; i++) {
    if (lines[i]!.includes('|') && DELIMITER_ROW.test(lines[i + 1]!)) return i
  }
  return undefined
}

function headerColumns(header: string[], config: Config): Partial<Record<Column, number>> & { count: number } {
  const index = aliasIndexFor(config.columns, ['time', 'event', 'source', 'actor'])
  const columns: Partial<Record<Column, number>> & { count: number } = { count: header.length }
  header.forEach((cell, i) => {
    const label = normalizeLabel(cell.replace(/\([^)]*\)/g, ''))
    const key = (index.get(label) ?? index.get(label.split(' ')[0] ?? '') ?? (/\b(time|date)\b/.test(label) ? 'time' : undefined)) as Column | undefined
    if (key && columns[key] === undefined) columns[key] = i
  })
  columns.time ??= 0
  if (columns.event === undefined) {
    const free = header.findIndex((_, i) => ![columns.time, columns.source, columns.actor].includes(i))
    if (free >= 0) columns.event = free
  }
  return columns
}

function isPlaceholder(line: string, columns: Partial<Record<Column, number>>): boolean {
  return /^HH:MM/.test(splitRow(line)[columns.time ?? 0] ?? '')
}

function renderRow(columns: Partial<Record<Column, number>>, count: number, time: string, row: TimelineRow): string {
  const cells = Array.from({ length: Math.max(count, 1) }, () => '')
  const put = (column: Column, text: string) => {
    const index = columns[column]
    if (index !== undefined && index < cells.length) cells[index] = text
  }
  put('time', time)
  put('event', eventCell(row.event))
  put('source', tableCell(row.source))
  put('actor', tableCell(row.actor))
  return `| ${cells.join(' | ')} |`
}

/** A Timeline section with no table yet: a new table at its end, after what the section says. */
function insertNewTable(lines: string[], sectionEnd: number, rows: readonly TimelineRow[], newline: string): MergeResult {
  let at = sectionEnd
  while (at > 0 && lines[at - 1]!.trim() === '') at--
  const times = timeCells(rows, 'always')
  const table = ['', ...TABLE_HEADER, ...rows.map((row, i) => `| ${times[i]} | ${eventCell(row.event)} | ${tableCell(row.source)} | ${tableCell(row.actor)} |`), '']
  const out = [...lines.slice(0, at), ...table, ...lines.slice(at).filter((line, i) => !(i === 0 && line.trim() === ''))]
  return { ok: true, text: out.join(newline), added: rows.length, alreadyThere: 0 }
}
