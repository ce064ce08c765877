/**
 * The digest: one issue (or the job summary) with the state of every action item, what changed
 * since the last digest, a Mermaid chart of open versus closed items per post-mortem, and the
 * process figures a team reviews. GitHub refuses an issue body over 65,536 characters, so the
 * lists share what room there is and each says how many rows it left out: it never fails.
 */
import { addDays, dateInZone, daysBetween, isCalendarDate, type CalendarDate } from '../plan/calendar.js'
import type { DocumentPostmortem, FollowUpIssue, ItemStatus } from '../plan/nag.js'
import { markerWith, readMarkerFields } from './markers.js'
import { mermaidText } from './mermaid.js'
import { stateText } from './nag-comment.js'
import { fencedBlock, inlineText, tableCell, truncate } from './text.js'

export const MAX_ISSUE_BODY_CHARS = 65_536
/** Room kept for the marker and the ledger text around the digest. */
const RESERVED_CHARS = 1_000
export const MAX_CHART_POSTMORTEMS = 20
export const DIGEST_TITLE = 'Post-mortem action items: digest'
/** The target for distributing a post-mortem after the incident. */
export const DISTRIBUTION_TARGET_HOURS = 48

const DIGEST_KIND = 'digest'
/** What every digest marker starts with, whatever its dates: a retried create finds the digest by it. */
export const DIGEST_MARKER_PREFIX = '<!-- postmortem-action:digest '

/** The digest issue's marker: the window it last reported (since, at], so a same-day re-run renders the same body. */
export function digestMarker(since: CalendarDate, at: CalendarDate): string {
  if (!isCalendarDate(since) || !isCalendarDate(at)) throw new RangeError(`Unexpected digest dates "${since}", "${at}", expected YYYY-MM-DD`)
  return markerWith(DIGEST_KIND, { since, at })
}

/** True when `body` carries the digest marker (the caller also checks that we wrote it). */
export function hasDigestMarker(body: string): boolean {
  return readMarkerFields(DIGEST_KIND, body) !== undefined
}

export function readDigestMarker(body: string): { since: CalendarDate; at: CalendarDate } | undefined {
  const fields = readMarkerFields(DIGEST_KIND, body)
  const since = fields?.['since'] ?? ''
  const at = fields?.['at'] ?? ''
  return isCalendarDate(since) && isCalendarDate(at) ? { since, at } : undefined
}

/**
 * The window "since the last digest": from the last digest's day to today. A re-run on the
 * same day keeps the window it reported; the first digest looks back one interval.
 */
export function digestWindow(previous: { since: CalendarDate; at: CalendarDate } | undefined, today: CalendarDate, intervalDays: number): CalendarDate {
  if (previous === undefined || daysBetween(previous.at, today) < 0) return addDays(today, -intervalDays)
  return previous.at === today ? previous.since : previous.at
}

export interface DigestInput {
  today: CalendarDate
  /** Changes after this day (exclusive) and up to today count as "since the last digest". */
  since: CalendarDate
  timeZone: string
  postmortems: readonly DocumentPostmortem[]
  statuses: readonly ItemStatus[]
  followUps: readonly FollowUpIssue[]
  /** Defaults to GitHub's issue body limit minus room for markers. */
  maxChars?: number
}

interface Row {
  text: string
  /** How many items the row stands for (a group heading: 0). */
  items: number
}

interface ListSection {
  heading: string
  intro?: string
  rows: Row[]
  empty: string
}

const OPEN_KINDS = new Set(['open', 'due-soon', 'overdue'])

function isOpen(status: ItemStatus): boolean {
  return OPEN_KINDS.has(status.state.kind)
}

function issueRef(status: ItemStatus): string {
  return status.issue === undefined ? '' : `#${status.issue.number} `
}

function itemLine(status: ItemStatus, withPostmortem: boolean): string {
  const id = tableCell(status.itemId ?? '(no ID)')
  const action = status.item === undefined ? '(removed from the post-mortem)' : inlineText(truncate(status.item.action, 120))
  const deadline = status.item?.deadline ?? (status.item?.deadlineText === undefined ? 'no deadline' : inlineText(truncate(status.item.deadlineText, 40)))
  const where = withPostmortem ? ` (${inlineText(status.postmortem.id)})` : ''
  return `- ${issueRef(status)}**${id}** ${action} — ${deadline}, ${stateText(status.state)}${where}`
}

function ownerName(status: ItemStatus): string {
  const owner = status.item?.owner?.trim()
  return owner === undefined || owner === '' ? '(no owner)' : owner.replace(/^@/, '').toLowerCase()
}

function byOwner(statuses: readonly ItemStatus[]): ListSection {
  const groups = new Map<string, ItemStatus[]>()
  for (const status of statuses.filter(isOpen)) {
    const owner = ownerName(status)
    const group = groups.get(owner)
    if (group === undefined) groups.set(owner, [status])
    else group.push(status)
  }
  const rows: Row[] = []
  for (const [owner, items] of [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    rows.push({ text: `\n**${inlineText(owner)}** (${items.length})`, items: 0 })
    for (const status of items) rows.push({ text: itemLine(status, true), items: 1 })
  }
  return { heading: '### Open items by owner', rows, empty: 'No open action items.' }
}

interface PostmortemCounts {
  postmortem: DocumentPostmortem
  open: number
  overdue: number
  done: number
  dropped: number
  notTracked: number
}

function countsByPostmortem(postmortems: readonly DocumentPostmortem[], statuses: readonly ItemStatus[]): PostmortemCounts[] {
  const counts = new Map<string, PostmortemCounts>()
  const entry = (postmortem: DocumentPostmortem): PostmortemCounts => {
    let found = counts.get(postmortem.id)
    if (found === undefined) {
      found = { postmortem, open: 0, overdue: 0, done: 0, dropped: 0, notTracked: 0 }
      counts.set(postmortem.id, found)
    }
    return found
  }
  for (const postmortem of postmortems) entry(postmortem)
  for (const status of statuses) {
    const counted = entry(status.postmortem)
    const kind = status.state.kind
    if (kind === 'overdue') counted.overdue += 1
    if (isOpen(status)) counted.open += 1
    else if (kind === 'done') counted.done += 1
    else if (kind === 'dropped') counted.dropped += 1
    else counted.notTracked += 1
  }
  return [...counts.values()]
}

function byPostmortem(counts: readonly PostmortemCounts[]): ListSection {
  const rows = [...counts]
    .sort((a, b) => b.open - a.open || a.postmortem.id.localeCompare(b.postmortem.id))
    .map((count) => ({
      text: `| ${tableCell(count.postmortem.id)} | ${tableCell(truncate(count.postmortem.title, 80))} | ${count.open} | ${count.overdue} | ${count.done} | ${count.dropped} | ${count.notTracked} |`,
      items: 1,
    }))
  return {
    heading: '### By post-mortem',
    intro: '| Post-mortem | Title | Open | Overdue | Done | Dropped | Not tracked |\n| --- | --- | --- | --- | --- | --- | --- |',
    rows,
    empty: 'No post-mortems found.',
  }
}

function closedOn(status: ItemStatus, timeZone: string): CalendarDate | undefined {
  if (status.state.kind !== 'done' || status.state.closedAt === undefined) return undefined
  const instant = new Date(status.state.closedAt)
  return Number.isNaN(instant.getTime()) ? undefined : dateInZone(instant, timeZone)
}

function sinceLastDigest(input: DigestInput): ListSection[] {
  const inWindow = (date: CalendarDate): boolean => date > input.since && date <= input.today
  // An item goes overdue the day after its deadline.
  const wentOverdue = input.statuses.filter((status) => status.state.kind === 'overdue' && status.item?.deadline !== undefined && inWindow(addDays(status.item.deadline, 1)))
  const closed = input.statuses.filter((status) => {
    const date = closedOn(status, input.timeZone)
    return date !== undefined && inWindow(date)
  })
  return [
    { heading: `### Went overdue since ${input.since}`, rows: wentOverdue.map((status) => ({ text: itemLine(status, true), items: 1 })), empty: 'None.' },
    { heading: `### Closed since ${input.since}`, rows: closed.map((status) => ({ text: itemLine(status, true), items: 1 })), empty: 'None.' },
  ]
}

function notTracked(statuses: readonly ItemStatus[]): ListSection {
  const rows = statuses
    .filter((status) => status.state.kind === 'not-tracked')
    .map((status) => ({ text: `${itemLine(status, true)} — ${inlineText(status.postmortem.path)} line ${status.item?.line ?? '?'}`, items: 1 }))
  return {
    heading: '### Not tracked',
    intro: 'Items merge mode has no issue for (no ID, or not merged yet). They are never nagged: give each an ID and merge.',
    rows,
    empty: 'None: every action item has an issue.',
  }
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function incidentStart(postmortem: DocumentPostmortem): number | undefined {
  const start = postmortem.incidentStart === undefined ? Number.NaN : Date.parse(postmortem.incidentStart)
  if (!Number.isNaN(start)) return start
  return postmortem.incidentDate === undefined ? undefined : Date.parse(`${postmortem.incidentDate}T00:00:00Z`)
}

/** When the post-mortem was merged: merge mode opens its issues on the push that lands it. */
function mergedAt(postmortem: DocumentPostmortem, statuses: readonly ItemStatus[], followUps: readonly FollowUpIssue[]): number | undefined {
  const created = [
    ...followUps.filter((followUp) => followUp.postmortemId === postmortem.id).map((followUp) => followUp.createdAt),
    ...statuses.filter((status) => status.postmortem.id === postmortem.id && status.issue !== undefined).map((status) => status.issue?.createdAt ?? ''),
  ]
    .map((text) => Date.parse(text))
    .filter((time) => !Number.isNaN(time))
  return created.length === 0 ? undefined : Math.min(...created)
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${Math.round((part / whole) * 100)}%`
}

function figures(input: DigestInput): string {
  const tracked = input.statuses.filter((status) => isOpen(status) || status.state.kind === 'done')
  const done = tracked.filter((status) => status.state.kind === 'done').length
  const late = input.statuses.flatMap((status) => (status.state.kind === 'overdue' ? [status.state.daysLate] : []))
  const medianLate = median(late)
  const delays: { postmortem: DocumentPostmortem; hours: number }[] = []
  for (const postmortem of input.postmortems) {
    const start = incidentStart(postmortem)
    const merged = mergedAt(postmortem, input.statuses, input.followUps)
    if (start !== undefined && merged !== undefined) delays.push({ postmortem, hours: Math.max(0, (merged - start) / 3_600_000) })
  }
  const medianDelay = median(delays.map((delay) => delay.hours))
  const missed = delays.filter((delay) => delay.hours > DISTRIBUTION_TARGET_HOURS).sort((a, b) => b.hours - a.hours)
  const shownMissed = missed.slice(0, 20).map((delay) => `${inlineText(delay.postmortem.id)} (${Math.round(delay.hours)} h)`)
  const missedText = missed.length === 0 ? 'none' : `${shownMissed.join(', ')}${missed.length > shownMissed.length ? `, and ${missed.length - shownMissed.length} more` : ''}`
  return [
    '### Process figures',
    '',
    `- **Action-item closure rate:** ${percent(done, tracked.length)} (${done} of ${tracked.length} tracked items closed; dropped and untracked items not counted)`,
    `- **Median days overdue:** ${medianLate === undefined ? 'n/a (nothing overdue)' : `${medianLate} (${late.length} overdue item(s))`}`,
    `- **Time from incident to merged post-mortem:** ${medianDelay === undefined ? 'n/a' : `median ${Math.round(medianDelay)} h over ${delays.length} post-mortem(s)`}; missed the ${DISTRIBUTION_TARGET_HOURS}-hour target: ${missedText}`,
  ].join('\n')
}

/** A Mermaid-safe chart label: the timeline neutraliser, and no quote or bracket (xychart quotes labels in a list). */
function chartLabel(text: string): string {
  return mermaidText(text).replace(/["\\]/g, "'").replace(/\[/g, '(').replace(/\]/g, ')').slice(0, 30)
}

function chart(counts: readonly PostmortemCounts[]): string {
  const drawn = [...counts]
    .filter((count) => count.open + count.done > 0)
    .sort((a, b) => b.open - a.open || b.done - a.done || a.postmortem.id.localeCompare(b.postmortem.id))
  if (drawn.length === 0) return ''
  const shown = drawn.slice(0, MAX_CHART_POSTMORTEMS)
  const title = drawn.length > shown.length ? `Open and closed items (${shown.length} of ${drawn.length} post-mortems, most open first)` : 'Open and closed items per post-mortem'
  const diagram = [
    'xychart-beta',
    '    title "Action items per post-mortem"',
    `    x-axis [${shown.map((count) => `"${chartLabel(count.postmortem.id)}"`).join(', ')}]`,
    '    y-axis "Action items"',
    `    bar [${shown.map((count) => count.open + count.done).join(', ')}]`,
    `    bar [${shown.map((count) => count.done).join(', ')}]`,
  ].join('\n')
  return `### ${title}\n\nEach bar is a post-mortem's tracked items; the darker inner bar is the closed ones, the rest are open.\n\n${fencedBlock('mermaid', diagram)}`
}

function sectionText(section: ListSection, rows: readonly Row[]): string {
  const shownItems = rows.reduce((sum, row) => sum + row.items, 0)
  const allItems = section.rows.reduce((sum, row) => sum + row.items, 0)
  const body = section.rows.length === 0 ? section.empty : rows.map((row) => row.text).join('\n')
  const more = allItems > shownItems ? `\n\n…and ${allItems - shownItems} more not shown (GitHub's body limit).` : ''
  if (section.rows.length === 0 || section.intro === undefined) return `${section.heading}\n\n${body}${more}`
  // A table's header and its rows must not be split by a blank line.
  const joiner = section.intro.startsWith('|') ? '\n' : '\n\n'
  return `${section.heading}\n\n${section.intro}${joiner}${body}${more}`
}

/** Each list gets at most a fair share of the room left, smaller lists first so their spare room goes to the others. */
function fitSections(sections: readonly ListSection[], room: number): string[] {
  const texts = new Array<string>(sections.length)
  const order = sections.map((section, index) => ({ index, size: sectionText(section, section.rows).length })).sort((a, b) => a.size - b.size)
  let left = room
  order.forEach(({ index, size }, position) => {
    const section = sections[index] as ListSection
    const share = Math.floor(left / (order.length - position))
    let text = sectionText(section, section.rows)
    if (size > share) {
      const kept: Row[] = []
      let used = sectionText(section, []).length + 80
      for (const row of section.rows) {
        if (used + row.text.length + 1 > share) break
        kept.push(row)
        used += row.text.length + 1
      }
      text = sectionText(section, kept)
    }
    texts[index] = text
    left -= text.length + 2
  })
  return texts
}

export function renderDigest(input: DigestInput): string {
  const maxChars = (input.maxChars ?? MAX_ISSUE_BODY_CHARS) - RESERVED_CHARS
  const counts = countsByPostmortem(input.postmortems, input.statuses)
  const open = input.statuses.filter(isOpen).length
  const overdue = input.statuses.filter((status) => status.state.kind === 'overdue').length
  const untracked = input.statuses.filter((status) => status.state.kind === 'not-tracked').length
  const header = [
    `## ${DIGEST_TITLE}`,
    '',
    `As of ${input.today} (${inlineText(input.timeZone)}): **${open}** open action item(s), **${overdue}** overdue, **${untracked}** not tracked, across ${counts.length} post-mortem(s). This issue is edited in place by every scheduled run.`,
  ].join('\n')
  const fixed = [header, figures(input), chart(counts)].filter((part) => part !== '')
  const lists = [...sinceLastDigest(input), byOwner(input.statuses), byPostmortem(counts), notTracked(input.statuses)]
  const room = maxChars - fixed.reduce((sum, part) => sum + part.length + 2, 0)
  return [...fixed, ...fitSections(lists, Math.max(0, room))].join('\n\n')
}
