/**
 * Schedule-mode planning (pure): the post-mortems on the default branch (the source of truth for
 * deadlines, owners and priorities), the issues merge mode created, and `today` in the team's
 * zone -> the comments, label changes and ledger edits due today. Performs nothing and reads no
 * clock, so dry runs and real runs share it, and a second run on the same day plans nothing.
 */
import { addDays, daysBetween, type CalendarDate } from './calendar.js'
import { ledgerFromComments, nagCommentMarker, readLedger, withLedger, type NagKind, type NagLedger } from './nag-ledger.js'
import { renderNagComment } from '../report/nag-comment.js'

export interface NagOptions {
  remindBeforeDays: number
  nagIntervalDays: number
  escalateAfterDays: number
  /** Canonical priority levels whose overdue items escalate ("P0", "P1"). */
  escalatePriorities: readonly string[]
  /** Handles to mention on escalation ("@sponsor", "@org/team"); empty: the post-mortem's authors. */
  escalateTo: readonly string[]
}

/** An action item as the post-mortem on the default branch states it. */
export interface DocumentItem {
  id?: string
  action: string
  /** As written: "@alice", "alice", "@org/team", "Platform team". */
  owner?: string
  /** The deadline as a calendar date; undefined when the text is not a date. */
  deadline?: CalendarDate
  deadlineText?: string
  /** Canonical priority level, when the text maps onto the scale. */
  priority?: string
  /** Marked done in the document (`[x]`, struck through, DONE): never nagged, even before merge mode closes its issue. */
  done?: boolean
  line: number
}

export interface DocumentPostmortem {
  /** The post-mortem's key (front-matter `id`, else the file name), as merge mode uses it. */
  id: string
  path: string
  title: string
  incidentDate?: CalendarDate
  /** When the incident started, as an ISO instant, if the document says; else its date is used. */
  incidentStart?: string
  items: DocumentItem[]
}

/** An issue as the list of issues returns it, reduced to what schedule mode needs. */
export interface NagIssue {
  number: number
  url: string
  state: 'open' | 'closed'
  labels: readonly string[]
  assignees: readonly string[]
  /** The `comments` count the list returns. */
  commentCount: number
  createdAt: string
  closedAt?: string
  body: string
}

export interface ItemIssue extends NagIssue {
  postmortemId: string
  itemId: string
}

export interface FollowUpIssue extends NagIssue {
  postmortemId: string
  due: CalendarDate
}

export interface NagComment {
  authorLogin?: string
  body: string
  createdAt?: string
}

export interface NagInput {
  today: CalendarDate
  options: NagOptions
  postmortems: readonly DocumentPostmortem[]
  itemIssues: readonly ItemIssue[]
  followUps: readonly FollowUpIssue[]
  /** Comments read for issues whose ledger could not be trusted (see `NagPlan.needComments`). */
  comments?: ReadonlyMap<number, readonly NagComment[]>
  isSelf: (login: string | undefined) => boolean
  /** A link to a line of a post-mortem on the default branch. */
  sourceUrl: (path: string, line: number) => string
  labels: { overdue: string; dropped: string }
}

export type ItemState =
  | { kind: 'not-tracked'; reason: 'no-id' | 'no-issue' }
  | { kind: 'dropped' }
  | { kind: 'done'; closedAt?: string }
  | { kind: 'open'; daysLeft?: number }
  | { kind: 'due-soon'; daysLeft: number }
  | { kind: 'overdue'; daysLate: number }

export interface ItemStatus {
  postmortem: DocumentPostmortem
  /** Undefined for an issue whose item is no longer in the document. */
  item?: DocumentItem
  itemId?: string
  issue?: ItemIssue
  state: ItemState
}

export interface PlannedNagComment {
  issue: number
  kind: NagKind
  /** The marker's date: the deadline for due-soon, today otherwise. */
  date: CalendarDate
  /** Stable key: one comment per issue, kind and date. */
  key: string
  /** Merge mode's comment marker with this reminder's key, at the top of `body`. */
  marker: string
  body: string
  /** Logins and team handles the comment mentions (all validated). */
  mentions: string[]
}

export interface PlannedLabelChange {
  issue: number
  label: string
  change: 'add' | 'remove'
  key: string
}

/** A ledger to write once the comments of this run are known (see `ledgerEdits`). */
export interface LedgerPlan {
  issue: number
  body: string
  commentCount: number
  before: NagLedger
  /** True when the ledger on GitHub is missing or stale and must be written even if nothing is posted. */
  stale: boolean
}

export interface NagPlan {
  today: CalendarDate
  comments: PlannedNagComment[]
  labels: PlannedLabelChange[]
  ledgers: LedgerPlan[]
  /** Issues whose comments must be read before their reminders can be planned (ledger behind). */
  needComments: number[]
  statuses: ItemStatus[]
  /** Things a person should know: escalations with nobody to mention, and the like. */
  notes: string[]
}

const LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/
const TEAM = /^@([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/

/** The GitHub login an owner cell names ("@alice" or "alice"), or undefined for a team or a name. */
export function ownerLogin(owner: string | undefined): string | undefined {
  return owner === undefined ? undefined : LOGIN.exec(owner.trim())?.[1]
}

/** An escalation handle as configured: "@alice", "alice" or "@org/team" -> "@alice" / "@org/team". */
export function normaliseHandle(handle: string): string | undefined {
  const text = handle.trim()
  if (TEAM.test(text)) return text
  const login = LOGIN.exec(text)?.[1]
  return login === undefined ? undefined : `@${login}`
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

/** The owner may be mentioned only when merge mode validated them: they are assigned to the issue. */
export function validatedOwner(item: DocumentItem | undefined, issue: NagIssue): string | undefined {
  const login = ownerLogin(item?.owner)
  return login !== undefined && issue.assignees.some((assignee) => sameLogin(assignee, login)) ? login : undefined
}

function hasLabel(issue: NagIssue, label: string): boolean {
  return issue.labels.some((name) => name.toLowerCase() === label.toLowerCase())
}

export function itemKey(postmortemId: string, itemId: string): string {
  return `${postmortemId}/${itemId}`
}

function itemState(item: DocumentItem, issue: ItemIssue | undefined, input: NagInput): ItemState {
  if (item.id === undefined) return { kind: 'not-tracked', reason: 'no-id' }
  if (issue === undefined) return { kind: 'not-tracked', reason: 'no-issue' }
  if (hasLabel(issue, input.labels.dropped)) return { kind: 'dropped' }
  if (issue.state === 'closed') return issue.closedAt === undefined ? { kind: 'done' } : { kind: 'done', closedAt: issue.closedAt }
  if (item.done === true) return { kind: 'done' }
  if (item.deadline === undefined) return { kind: 'open' }
  const daysLeft = daysBetween(input.today, item.deadline)
  if (daysLeft < 0) return { kind: 'overdue', daysLate: -daysLeft }
  if (daysLeft <= input.options.remindBeforeDays) return { kind: 'due-soon', daysLeft }
  return { kind: 'open', daysLeft }
}

/** Every item of every post-mortem, and every issue of ours whose item left the document, with its state today. */
export function itemStatuses(input: NagInput): ItemStatus[] {
  // One issue per item: when two carry the same key (runs that overlapped), the oldest is the one, as merge mode keeps it.
  const issues = new Map<string, ItemIssue>()
  for (const issue of [...input.itemIssues].sort((a, b) => a.number - b.number)) {
    const key = itemKey(issue.postmortemId, issue.itemId)
    if (!issues.has(key)) issues.set(key, issue)
  }
  const statuses: ItemStatus[] = []
  const seen = new Set<string>()
  for (const postmortem of input.postmortems) {
    for (const item of postmortem.items) {
      const key = item.id === undefined ? undefined : itemKey(postmortem.id, item.id)
      // A second item with the same ID cannot have its own issue: merge mode reports it; here it is not tracked.
      const issue = key === undefined || seen.has(key) ? undefined : issues.get(key)
      if (key !== undefined) seen.add(key)
      const state = itemState(item, issue, input)
      statuses.push({ postmortem, item, ...(item.id === undefined ? {} : { itemId: item.id }), ...(issue === undefined ? {} : { issue }), state })
    }
  }
  const byId = new Map(input.postmortems.map((postmortem) => [postmortem.id, postmortem]))
  for (const issue of input.itemIssues) {
    const key = itemKey(issue.postmortemId, issue.itemId)
    // A duplicate of a kept issue is neither nagged nor counted twice.
    if (seen.has(key) || issues.get(key) !== issue) continue
    // The item was removed from the document (or its post-mortem deleted): dropped, never nagged.
    const postmortem = byId.get(issue.postmortemId) ?? { id: issue.postmortemId, path: '', title: issue.postmortemId, items: [] }
    statuses.push({ postmortem, itemId: issue.itemId, issue, state: { kind: 'dropped' } })
  }
  return statuses
}

interface LedgerState {
  issue: NagIssue
  ledger: NagLedger
  trusted: boolean
  stale: boolean
}

/**
 * What this run knows an issue has already been told. The body's ledger is trusted when the
 * comment count still matches it (or the issue has no comment at all); otherwise the comments,
 * when read, are the truth.
 */
function ledgerState(issue: NagIssue, comments: ReadonlyMap<number, readonly NagComment[]> | undefined, isSelf: NagInput['isSelf']): LedgerState {
  const written = readLedger(issue.body)
  if (written !== undefined && written.commentCount === issue.commentCount) return { issue, ledger: written, trusted: true, stale: false }
  if (written === undefined && issue.commentCount === 0) return { issue, ledger: { commentCount: 0, dates: {} }, trusted: true, stale: false }
  const read = comments?.get(issue.number)
  if (read === undefined) return { issue, ledger: written ?? { commentCount: issue.commentCount, dates: {} }, trusted: false, stale: true }
  return { issue, ledger: { ...ledgerFromComments(read, isSelf), commentCount: issue.commentCount }, trusted: true, stale: true }
}

/** True when a reminder of this kind posted on `last` allows another today. */
function intervalPassed(last: CalendarDate | undefined, today: CalendarDate, interval: number): boolean {
  return last === undefined || daysBetween(last, today) >= interval
}

class PlanBuilder {
  readonly comments: PlannedNagComment[] = []
  readonly labels: PlannedLabelChange[] = []
  readonly needComments = new Set<number>()
  readonly notes: string[] = []
  private readonly ledgers = new Map<number, LedgerState>()

  constructor(private readonly input: NagInput) {}

  ledgerOf(issue: NagIssue): LedgerState {
    let state = this.ledgers.get(issue.number)
    if (state === undefined) {
      state = ledgerState(issue, this.input.comments, this.input.isSelf)
      this.ledgers.set(issue.number, state)
    }
    return state
  }

  /** Plans the comment unless its issue's ledger must first be checked against the comments. */
  comment(issue: NagIssue, kind: NagKind, date: CalendarDate, body: string, mentions: string[]): void {
    const state = this.ledgerOf(issue)
    if (!state.trusted) {
      this.needComments.add(issue.number)
      return
    }
    const marker = nagCommentMarker(kind, date)
    this.comments.push({ issue: issue.number, kind, date, key: `nag:${issue.number}:${kind}:${date}`, marker, body: `${marker}\n${body}`, mentions })
  }

  label(issue: NagIssue, label: string, change: 'add' | 'remove'): void {
    this.labels.push({ issue: issue.number, label, change, key: `label:${issue.number}:${change}:${label}` })
  }

  ledgerPlans(): LedgerPlan[] {
    const plans: LedgerPlan[] = []
    const posting = new Set(this.comments.map((comment) => comment.issue))
    for (const state of this.ledgers.values()) {
      if (!state.trusted) continue
      if (!posting.has(state.issue.number) && !state.stale) continue
      plans.push({ issue: state.issue.number, body: state.issue.body, commentCount: state.issue.commentCount, before: state.ledger, stale: state.stale })
    }
    return plans
  }
}

function planItem(builder: PlanBuilder, status: ItemStatus, input: NagInput, authors: AuthorMentions): void {
  const { issue, item, state, postmortem } = status
  if (issue === undefined) return
  const { options, today } = input
  const overdueLabelled = hasLabel(issue, input.labels.overdue)
  if (state.kind !== 'overdue') {
    // Removed as soon as the deadline moves, the issue closes or the item is dropped.
    if (overdueLabelled) builder.label(issue, input.labels.overdue, 'remove')
    if (state.kind !== 'due-soon' || item?.deadline === undefined) return
    if (builder.ledgerOf(issue).ledger.dates['due-soon'] === item.deadline) return
    const owner = validatedOwner(item, issue)
    builder.comment(issue, 'due-soon', item.deadline, renderNagComment({ kind: 'due-soon', item, postmortem, daysLeft: state.daysLeft, owner, sourceUrl: input.sourceUrl(postmortem.path, item.line) }), owner === undefined ? [] : [`@${owner}`])
    return
  }
  if (item === undefined || item.deadline === undefined) return
  if (!overdueLabelled) builder.label(issue, input.labels.overdue, 'add')
  const dates = builder.ledgerOf(issue).ledger.dates
  const owner = validatedOwner(item, issue)
  const sourceUrl = input.sourceUrl(postmortem.path, item.line)
  if (intervalPassed(dates.overdue, today, options.nagIntervalDays)) {
    const next = addDays(today, options.nagIntervalDays)
    builder.comment(issue, 'overdue', today, renderNagComment({ kind: 'overdue', item, postmortem, daysLate: state.daysLate, owner, sourceUrl, next }), owner === undefined ? [] : [`@${owner}`])
  }
  const escalates = item.priority !== undefined && options.escalatePriorities.some((level) => level.toLowerCase() === item.priority?.toLowerCase())
  if (!escalates || state.daysLate < options.escalateAfterDays || !intervalPassed(dates.escalation, today, options.nagIntervalDays)) return
  const targets = options.escalateTo.length > 0 ? [...options.escalateTo] : authors.of(postmortem.id)
  if (targets.length === 0) {
    builder.notes.push(`Issue #${issue.number} is due for escalation but has nobody to mention: set escalate-to, or let merge mode assign the post-mortem's authors to its follow-up review.`)
    return
  }
  builder.comment(issue, 'escalation', today, renderNagComment({ kind: 'escalation', item, postmortem, daysLate: state.daysLate, owner, sourceUrl, targets }), targets)
}

/** The authors merge mode validated: the logins assigned to the post-mortem's follow-up review. */
class AuthorMentions {
  private readonly byPostmortem = new Map<string, string[]>()

  constructor(followUps: readonly FollowUpIssue[]) {
    for (const followUp of followUps) this.byPostmortem.set(followUp.postmortemId, followUp.assignees.map((login) => `@${login}`))
  }

  of(postmortemId: string): string[] {
    return this.byPostmortem.get(postmortemId) ?? []
  }
}

function planFollowUp(builder: PlanBuilder, followUp: FollowUpIssue, statuses: readonly ItemStatus[], input: NagInput): void {
  if (followUp.state === 'closed' || daysBetween(followUp.due, input.today) < 0) return
  if (!intervalPassed(builder.ledgerOf(followUp).ledger.dates['follow-up'], input.today, input.options.nagIntervalDays)) return
  const own = statuses.filter((status) => status.postmortem.id === followUp.postmortemId)
  const mentions = followUp.assignees.map((login) => `@${login}`)
  builder.comment(followUp, 'follow-up', input.today, renderNagComment({ kind: 'follow-up', due: followUp.due, statuses: own, mentions, next: addDays(input.today, input.options.nagIntervalDays) }), mentions)
}

export function planNag(input: NagInput): NagPlan {
  const statuses = itemStatuses(input)
  const builder = new PlanBuilder(input)
  const authors = new AuthorMentions(input.followUps)
  for (const status of statuses) planItem(builder, status, input, authors)
  for (const followUp of input.followUps) planFollowUp(builder, followUp, statuses, input)
  return {
    today: input.today,
    comments: builder.comments,
    labels: builder.labels,
    ledgers: builder.ledgerPlans(),
    needComments: [...builder.needComments].sort((a, b) => a - b),
    statuses,
    notes: builder.notes,
  }
}

/**
 * The ledger edits to make once the comments were attempted: each records only the comments
 * that were posted (`posted` holds their keys), so a deferred or failed reminder stays due and
 * the next run posts it, once.
 */
export function ledgerEdits(plan: NagPlan, posted: ReadonlySet<string>): { issue: number; body: string; key: string }[] {
  const edits: { issue: number; body: string; key: string }[] = []
  const doneByIssue = new Map<number, PlannedNagComment[]>()
  for (const comment of plan.comments) {
    if (posted.has(comment.key)) doneByIssue.set(comment.issue, [...(doneByIssue.get(comment.issue) ?? []), comment])
  }
  for (const ledger of plan.ledgers) {
    const done = doneByIssue.get(ledger.issue) ?? []
    if (done.length === 0 && !ledger.stale) continue
    const dates = { ...ledger.before.dates }
    for (const comment of done) dates[comment.kind] = comment.date
    const body = withLedger(ledger.body, { commentCount: ledger.commentCount + done.length, dates })
    if (body !== ledger.body) edits.push({ issue: ledger.issue, body, key: `ledger:${ledger.issue}` })
  }
  return edits
}
