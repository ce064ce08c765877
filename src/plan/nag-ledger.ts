/**
 * Where schedule mode keeps its memory: on GitHub only, in text the issue list already returns.
 *
 * - Each comment it posts carries merge mode's comment marker with the key `nag:KIND:DATE`
 *   (one per issue, kind and date), written in the request that creates it.
 * - The issue's body carries a ledger, `<!-- postmortem-action:nag-ledger c=N due-soon=D ... -->`
 *   (outside merge mode's managed block, which keeps text outside it):
 *   the last date of each kind posted, and `c`, the issue's comment count right after our last
 *   write. The list of issues returns bodies and comment counts, so a run knows what it already
 *   said from the pages of issues alone, without reading any issue's comments.
 * - The ledger is written after the comment it records. When it is behind (a run stopped
 *   between the two, or a person commented since), the count no longer matches: only then are
 *   that issue's comments read, and the markers in our own comments are the truth.
 */
import { issueCommentMarker, markerWith, readIssueCommentMarker, readMarkerFields } from '../report/markers.js'
import { isCalendarDate, type CalendarDate } from './calendar.js'

export const NAG_KINDS = ['due-soon', 'overdue', 'escalation', 'follow-up'] as const
export type NagKind = (typeof NAG_KINDS)[number]

export interface NagLedger {
  /** The issue's comment count after our last recorded write. */
  commentCount: number
  /** due-soon: the deadline reminded of; others: the day the last one was posted. */
  dates: Partial<Record<NagKind, CalendarDate>>
}

const LEDGER_KIND = 'nag-ledger'
const LEDGER_MARKER_GLOBAL = /\n*<!-- postmortem-action:nag-ledger[^<>]*-->/g
const COMMENT_KEY = /^nag:([a-z-]+):(\d{4}-\d{2}-\d{2})$/

function isNagKind(text: string): text is NagKind {
  return (NAG_KINDS as readonly string[]).includes(text)
}

/** The key of a reminder comment, unique on its issue: merge mode's comment marker carries it. */
export function nagCommentKey(kind: NagKind, date: CalendarDate): string {
  if (!isCalendarDate(date)) throw new RangeError(`Unexpected date "${date}", expected YYYY-MM-DD`)
  return `nag:${kind}:${date}`
}

export function nagCommentMarker(kind: NagKind, date: CalendarDate): string {
  return issueCommentMarker(nagCommentKey(kind, date))
}

export function readNagCommentMarker(body: string): { kind: NagKind; date: CalendarDate } | undefined {
  const match = COMMENT_KEY.exec(readIssueCommentMarker(body) ?? '')
  if (match === null) return undefined
  const [, kind = '', date = ''] = match
  return isNagKind(kind) && isCalendarDate(date) ? { kind, date } : undefined
}

export function renderLedger(ledger: NagLedger): string {
  const fields: Record<string, string | number> = { c: ledger.commentCount }
  for (const kind of NAG_KINDS) {
    const date = ledger.dates[kind]
    if (date !== undefined) fields[kind] = date
  }
  return markerWith(LEDGER_KIND, fields)
}

/** The ledger in an issue body, or undefined when there is none or it does not parse (then it is rebuilt). */
export function readLedger(body: string): NagLedger | undefined {
  const fields = readMarkerFields(LEDGER_KIND, body)
  if (fields === undefined) return undefined
  const ledger: NagLedger = { commentCount: -1, dates: {} }
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'c' && /^\d{1,9}$/.test(value)) ledger.commentCount = Number(value)
    else if (isNagKind(name) && isCalendarDate(value)) ledger.dates[name] = value
    else return undefined
  }
  return ledger.commentCount < 0 ? undefined : ledger
}

/** The body with its ledger replaced (or appended after the text, outside any managed block). */
export function withLedger(body: string, ledger: NagLedger): string {
  const rest = body.replace(LEDGER_MARKER_GLOBAL, '').replace(/\s+$/, '')
  return rest === '' ? renderLedger(ledger) : `${rest}\n\n${renderLedger(ledger)}`
}

/** The later of two dates, either possibly missing. */
function later(a: CalendarDate | undefined, b: CalendarDate): CalendarDate {
  return a === undefined || b > a ? b : a
}

/**
 * The ledger rebuilt from an issue's comments: only comments that carry our marker AND were
 * written by us count (a person quoting a marker is not a reminder, and no human comment is
 * taken for one of ours). For due-soon, the deadline of the latest reminder wins.
 */
export function ledgerFromComments(
  comments: readonly { authorLogin?: string; body: string; createdAt?: string }[],
  isSelf: (login: string | undefined) => boolean,
): NagLedger {
  const dates: NagLedger['dates'] = {}
  const ordered = [...comments].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''))
  for (const comment of ordered) {
    if (!isSelf(comment.authorLogin)) continue
    const marker = readNagCommentMarker(comment.body)
    if (marker === undefined) continue
    dates[marker.kind] = marker.kind === 'due-soon' ? marker.date : later(dates[marker.kind], marker.date)
  }
  return { commentCount: comments.length, dates }
}
