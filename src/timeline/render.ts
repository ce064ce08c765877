/** The drafted timeline as the template's table, or as JSON. */
import { tableCell } from '../report/text.js'
import { isoUtc, utcParts } from './time.js'
import type { DraftedTimeline, TimelineRow } from './types.js'

export const TABLE_HEADER = ['| Time | Event | Source | Actor |', '|------|-------|--------|-------|'] as const

/** An event is inline Markdown already; only what would end the cell or the row is escaped. */
export function eventCell(event: string): string {
  return event.replace(/\s*[\r\n]+\s*/g, ' ').replace(/(?<!\\)\|/g, '\\|')
}

/**
 * Time cells. `changes` (the default): `YYYY-MM-DD HH:MM:SS` on the first row and whenever the
 * UTC date changes, `HH:MM:SS` otherwise (the post-mortem parser carries the date down the
 * table). `always`: the date on every row. `never`: clock only, for a table whose rows take
 * their date from the document's Date field.
 */
export function timeCells(rows: readonly TimelineRow[], dates: 'changes' | 'always' | 'never' = 'changes'): string[] {
  let date = ''
  return rows.map((row) => {
    const parts = utcParts(row.at)
    const cell = dates === 'always' || (dates === 'changes' && parts.date !== date) ? `${parts.date} ${parts.clock}` : parts.clock
    date = parts.date
    return cell
  })
}

export function rowLine(time: string, row: TimelineRow): string {
  return `| ${time} | ${eventCell(row.event)} | ${tableCell(row.source)} | ${tableCell(row.actor)} |`
}

export function renderMarkdown(timeline: DraftedTimeline): string {
  const times = timeCells(timeline.rows)
  return [...TABLE_HEADER, ...timeline.rows.map((row, index) => rowLine(times[index]!, row))].join('\n') + '\n'
}

export function renderJson(timeline: DraftedTimeline, problems: readonly { file: string; line?: number; message: string }[]): string {
  return (
    JSON.stringify(
      {
        window: timeline.window && { start: isoUtc(timeline.window.start), end: isoUtc(timeline.window.end) },
        rows: timeline.rows.map((row) => ({ time: isoUtc(row.at), event: row.event, source: row.source, actor: row.actor })),
        omittedRows: timeline.omittedRows,
        problems,
      },
      null,
      2,
    ) + '\n'
  )
}

/** 1284 -> "1,284" without Intl (whose first use costs milliseconds). */
export function thousands(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
