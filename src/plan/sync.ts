/**
 * Merge-mode planning (pure): the action items of the post-mortems a push touched, against
 * the issues earlier runs made (found by marker among issues labelled `post-mortem`), become
 * planned writes: create, update, comment, label, link. Nothing is performed here, so the
 * Action, its dry run and `postmortem plan` share it; `now` is never read (the head commit's
 * date is passed in).
 */
import { createHash } from 'node:crypto'
import { aliasIndex, normalizeLabel } from '../config/normalize.js'
import type { Vocabulary } from '../config/types.js'
import type { IssueSummary } from '../github/types.js'
import { splitPeople } from '../model/meta.js'
import type { ActionItem, Postmortem } from '../model/types.js'
import {
  followUpMarker,
  issueCommentMarker,
  itemMarker,
  readFollowUpMarker,
  readItemMarker,
  readManagedBlock,
  replaceManagedBlock,
  type ItemMarker,
} from '../report/markers.js'
import type { IssueRef, PlannedWrite } from '../write/types.js'
import { renderChangeComment, renderDroppedComment, renderFollowUpBlock, renderFollowUpTitle, renderIssueTitle, renderItemBlock, type ItemFacts } from './issue-body.js'
import { DROPPED_LABEL, FOLLOW_UP_LABEL, POSTMORTEM_LABEL, PRIORITY_PREFIX, SEVERITY_PREFIX, labelStyle, priorityLabel, severityLabel } from './labels.js'

/** GitHub's sub-issue cap per parent; past it the follow-up's task list still lists every item. */
export const MAX_SUB_ISSUES = 100
const MAX_ASSIGNEES = 10
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

export interface SyncDocument {
  /** Path in the repository (as in the checkout). */
  path: string
  postmortem: Postmortem
  /** Paths this document had before a rename: issues keyed by their file-name ids stay its own. */
  previousPaths?: readonly string[]
}

export interface SyncContext {
  owner: string
  repo: string
  /** https://github.com (GITHUB_SERVER_URL) for permalinks. */
  serverUrl: string
  /** The pushed commit: permalinks point at it. */
  sha: string
  /** The head commit's date, YYYY-MM-DD (UTC): the follow-up is due `followUpDays` later. */
  headDate: string
  followUpDays: number
  extraLabels: readonly string[]
  issueTitle: string
  priorities: Vocabulary
}

export interface SyncPlanInput {
  documents: readonly SyncDocument[]
  /** Every issue labelled `post-mortem` (state=all). */
  existing: readonly IssueSummary[]
  /** Names of the repository's labels. */
  existingLabels: readonly string[]
  /** Logins checked with GET /assignees/{login} (lower-case keys): true = can be assigned. */
  assignable: ReadonlyMap<string, boolean>
  context: SyncContext
}

export type ItemOutcome = 'create' | 'update' | 'unchanged' | 'comment' | 'drop'

export interface PlannedItem {
  postmortemId: string
  itemId: string
  path: string
  line: number
  outcome: ItemOutcome
  title: string
  labels: string[]
  assignees: string[]
  deadline: string
  /** The existing issue, when there is one. */
  issueNumber?: number
  /** Key of the write that creates or changes it (to find its result). */
  writeKey?: string
}

export interface PlannedFollowUp {
  postmortemId: string
  path: string
  outcome: 'create' | 'update' | 'unchanged'
  title: string
  due: string
  assignees: string[]
  issueNumber?: number
  writeKey?: string
}

export interface SyncPlan {
  writes: PlannedWrite[]
  items: PlannedItem[]
  followUps: PlannedFollowUp[]
  /** Things a person should know: items without ID, owners not assigned, duplicate IDs. One line each, naming file and line. */
  warnings: string[]
  /** Logins the plan wanted to assign but that are not in `assignable` yet: check them, then plan again. */
  uncheckedLogins: string[]
}

/** The post-mortem's id: front matter / field `id`, else the file name without extension. */
export function postmortemId(path: string, postmortem: Postmortem): string {
  const declared = postmortem.meta.id?.value.trim()
  if (declared !== undefined && declared !== '') return declared
  return fileId(path)
}

function fileId(path: string): string {
  const base = path.split('/').pop() ?? path
  return base.replace(/\.[^.]+$/, '')
}

interface Owner {
  /** Logins that could be assigned (from @login), in order, deduplicated. */
  logins: string[]
  /** Teams (@org/team) and names without @: never assignable. */
  others: string[]
}

export function parseOwner(text: string): Owner {
  const logins: string[] = []
  const others: string[] = []
  for (const person of splitPeople(text.replace(/[*_`]/g, ''))) {
    const name = person.replace(/^\[(.*)\]\(.*\)$/, '$1').trim()
    const login = name.startsWith('@') ? name.slice(1) : undefined
    if (login !== undefined && LOGIN.test(login)) {
      if (!logins.some((known) => known.toLowerCase() === login.toLowerCase())) logins.push(login)
    } else if (name !== '') others.push(name)
  }
  return { logins, others }
}

/** "Post-Mortem: Order queue backlog (2026-01-12)" -> "Order queue backlog". */
export function incidentName(title: string | undefined, fallback: string): string {
  const name = (title ?? '')
    .replace(/^\s*(?:post[- ]?mortem|incident(?: report)?|retrospective|rca)\s*[:\-–—]\s*/i, '')
    .replace(/\s*\(\d{4}-\d{2}-\d{2}\)\s*$/, '')
    .trim()
  return name === '' ? fallback : name
}

function addDays(date: string, days: number): string {
  const base = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : new Date(0)
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

function hash(text: string): string {
  return createHash('sha256').update(text.trim()).digest('hex').slice(0, 12)
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map((entry) => entry.toLowerCase()))
  const right = new Set(b.map((entry) => entry.toLowerCase()))
  return left.size === right.size && [...left].every((entry) => right.has(entry))
}

/** Labels this Action manages on an issue; any other label a person added is kept. */
function isManagedLabel(name: string): boolean {
  const lower = name.toLowerCase()
  return lower === POSTMORTEM_LABEL || lower === FOLLOW_UP_LABEL || lower === DROPPED_LABEL || lower.startsWith(PRIORITY_PREFIX) || lower.startsWith(SEVERITY_PREFIX)
}

interface Existing {
  items: Map<string, IssueSummary & { marker: ItemMarker }>
  followUps: Map<string, IssueSummary>
  /** Open issues that repeat an older one's key (left by two runs at once): closed with a pointer to the one kept. */
  duplicates: Array<{ issue: IssueSummary; keptNumber: number }>
  warnings: string[]
}

/** Our issues by key; when two carry the same key (a manual copy, say), the oldest wins. */
function indexExisting(issues: readonly IssueSummary[]): Existing {
  const items = new Map<string, IssueSummary & { marker: ItemMarker }>()
  const followUps = new Map<string, IssueSummary>()
  const duplicates: Existing['duplicates'] = []
  const warnings: string[] = []
  const sorted = [...issues].sort((a, b) => a.number - b.number)
  for (const issue of sorted) {
    const block = readManagedBlock(issue.body) ?? issue.body
    const followUp = readFollowUpMarker(block)
    if (followUp !== undefined) {
      const kept = followUps.get(followUp.postmortemId)
      if (kept === undefined) followUps.set(followUp.postmortemId, issue)
      else if (issue.state === 'open') duplicates.push({ issue, keptNumber: kept.number })
      continue
    }
    const marker = readItemMarker(block)
    if (marker === undefined) continue
    const key = itemKey(marker.postmortemId, marker.itemId)
    const kept = items.get(key)
    if (kept === undefined) items.set(key, { ...issue, marker })
    else if (issue.state === 'open') duplicates.push({ issue, keptNumber: kept.number })
  }
  return { items, followUps, duplicates, warnings }
}

function itemKey(postmortemId: string, itemId: string): string {
  return `${postmortemId}#${itemId}`
}

interface Planner {
  input: SyncPlanInput
  existing: Existing
  writes: PlannedWrite[]
  items: PlannedItem[]
  followUps: PlannedFollowUp[]
  warnings: string[]
  unchecked: Set<string>
  labelsNeeded: Map<string, string>
}

export function planSync(input: SyncPlanInput): SyncPlan {
  const existing = indexExisting(input.existing)
  const planner: Planner = { input, existing, writes: [], items: [], followUps: [], warnings: [...existing.warnings], unchecked: new Set(), labelsNeeded: new Map() }
  const perDocument = input.documents.map((document) => planDocument(planner, document))
  // Labels go first so issues get their colours; an issue never waits for one (GitHub creates a missing label, uncoloured).
  const labelWrites = labelCreates(planner)
  return {
    writes: [...labelWrites, ...closeDuplicates(existing), ...perDocument.flat()],
    items: planner.items,
    followUps: planner.followUps,
    warnings: planner.warnings,
    uncheckedLogins: [...planner.unchecked],
  }
}

/** A duplicate (two runs at once) is closed, never deleted, with a comment naming the issue kept. */
function closeDuplicates(existing: Existing): PlannedWrite[] {
  return existing.duplicates.flatMap(({ issue, keptNumber }) => {
    const key = `duplicate:${issue.number}`
    const ref: IssueRef = { number: issue.number, id: issue.id }
    return [
      {
        kind: 'create-comment' as const,
        key,
        marker: issueCommentMarker(key),
        issue: ref,
        body: `${issueCommentMarker(key)}\nDuplicate of #${keptNumber}: two runs of postmortem-action created the same issue at once. #${keptNumber} is the one kept up to date.`,
        description: `note on #${issue.number} that it duplicates #${keptNumber}`,
      },
      { kind: 'update-issue' as const, key: `${key}:close`, issue: ref, state: 'closed' as const, after: [key], description: `close duplicate issue #${issue.number}` },
    ]
  })
}

function needLabel(planner: Planner, name: string): void {
  if (!planner.labelsNeeded.has(name.toLowerCase())) planner.labelsNeeded.set(name.toLowerCase(), name)
}

function labelCreates(planner: Planner): PlannedWrite[] {
  const have = new Set(planner.input.existingLabels.map((name) => name.toLowerCase()))
  return [...planner.labelsNeeded.values()]
    .filter((name) => !have.has(name.toLowerCase()))
    .map((name) => ({ kind: 'create-label' as const, ...labelStyle(name), name, key: `label:${name.toLowerCase()}`, description: `create label "${name}"` }))
}

/** Which of `logins` can be assigned, as far as checked; unchecked ones are recorded for a second pass. */
function assignableLogins(planner: Planner, logins: readonly string[]): { ok: string[]; refused: string[] } {
  const ok: string[] = []
  const refused: string[] = []
  for (const login of logins) {
    const known = planner.input.assignable.get(login.toLowerCase())
    if (known === undefined) planner.unchecked.add(login)
    if (known === true) ok.push(login)
    else refused.push(login)
  }
  return { ok: ok.slice(0, MAX_ASSIGNEES), refused }
}

function ownerNote(owner: Owner, refused: readonly string[]): string | undefined {
  const reasons: string[] = []
  if (refused.length > 0) reasons.push(`${refused.map((login) => `@${login}`).join(', ')} cannot be assigned in this repository`)
  const teams = owner.others.filter((name) => name.startsWith('@'))
  if (teams.length > 0) reasons.push('GitHub cannot assign a team')
  if (owner.others.some((name) => !name.startsWith('@'))) reasons.push('not a GitHub login')
  return reasons.length === 0 ? undefined : `not assigned: ${reasons.join('; ')}`
}

function canonicalPriority(raw: string, priorities: Vocabulary): string {
  const found = aliasIndex(priorities).get(normalizeLabel(raw))
  return found ?? raw.trim()
}

interface DesiredItem {
  key: string
  itemId: string
  marker: ItemMarker
  facts: ItemFacts
  title: string
  labels: string[]
  assignees: string[]
  ownerNote?: string
  line: number
  /** Marked done in the document: its issue is closed (created closed), never reopened. */
  done: boolean
}

/**
 * What the item's issue should say. The owner is checked only when it is new or changed:
 * otherwise the logins validated when it was last set (kept in the marker) stand, so a
 * re-run makes no owner request and writes the same block.
 */
function desiredItem(planner: Planner, document: SyncDocument, pmId: string, item: ActionItem, itemId: string, previous: ItemMarker | undefined): DesiredItem {
  const { context } = planner.input
  const meta = document.postmortem.meta
  const ownerText = item.owner?.value.trim() ?? ''
  const owner = parseOwner(ownerText)
  const { ok, refused } =
    previous !== undefined && previous.owner === ownerText
      ? { ok: previous.assigned, refused: owner.logins.filter((login) => !previous.assigned.some((known) => known.toLowerCase() === login.toLowerCase())) }
      : assignableLogins(planner, owner.logins)
  const note = ownerNote(owner, refused)
  const priority = item.priority === undefined ? '' : canonicalPriority(item.priority.value, context.priorities)
  const line = item.span.start.line
  const action = item.action?.value.trim() ?? ''
  const deadlineDate = item.deadlineDate ?? ''
  // The permalink moves to this push's commit only when the item itself moved or changed.
  const unchanged =
    previous !== undefined &&
    previous.sha !== '' &&
    previous.path === document.path &&
    previous.line === line &&
    previous.owner === ownerText &&
    previous.deadline === deadlineDate &&
    previous.priority === priority &&
    previous.actionHash === hash(action)
  const sha = unchanged ? previous.sha : context.sha
  const severity = meta.severity?.value.trim() ?? ''
  const deadline = item.deadlineDate ?? item.deadline?.value.trim() ?? ''
  const labels = [POSTMORTEM_LABEL, ...(priority === '' ? [] : [priorityLabel(safeLabel(priority))]), ...(severity === '' ? [] : [severityLabel(safeLabel(severity))]), ...context.extraLabels]
  for (const label of labels) needLabel(planner, label)
  const marker: ItemMarker = {
    postmortemId: pmId,
    itemId,
    path: document.path,
    line,
    owner: ownerText,
    deadline: item.deadlineDate ?? '',
    priority,
    actionHash: hash(action),
    assigned: ok,
    sha,
  }
  const facts: ItemFacts = {
    postmortemId: pmId,
    itemId,
    action,
    owner: ownerText,
    assignees: ok,
    ...(note === undefined ? {} : { ownerNote: note }),
    deadline,
    priority,
    incidentTitle: incidentName(meta.title?.value, pmId),
    incidentDate: meta.date?.value ?? '',
    severity,
    permalink: `${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}/${encodePath(document.path)}#L${line}`,
    path: document.path,
    line,
  }
  const title = renderIssueTitle(context.issueTitle, { itemId, action, postmortemId: pmId, incidentTitle: incidentName(meta.title?.value, pmId) })
  const where = `${document.path}:${line}`
  if (note !== undefined && ownerText !== '' && (previous === undefined || previous.owner !== ownerText)) planner.warnings.push(`${where}: ${itemId} owner ${JSON.stringify(ownerText.slice(0, 80))} ${note}; the issue names the owner in its body instead.`)
  return { key: itemKey(pmId, itemId), itemId, marker, facts, title, labels: dedupe(labels), assignees: ok, ...(note === undefined ? {} : { ownerNote: note }), line, done: item.done }
}

/** Label names are at most 50 characters and hold no commas. */
function safeLabel(text: string): string {
  return text.replace(/[,\s]+/g, ' ').trim().slice(0, 40)
}

function dedupe(labels: readonly string[]): string[] {
  const seen = new Set<string>()
  return labels.filter((label) => {
    const lower = label.toLowerCase()
    if (seen.has(lower)) return false
    seen.add(lower)
    return true
  })
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function planDocument(planner: Planner, document: SyncDocument): PlannedWrite[] {
  const { context } = planner.input
  const pmId = postmortemId(document.path, document.postmortem)
  const aliases = new Set([pmId, ...(document.previousPaths ?? []).map(fileId)])
  const writes: PlannedWrite[] = []
  const desired: DesiredItem[] = []
  const seenIds = new Set<string>()
  for (const item of document.postmortem.actionItems) {
    const itemId = item.id?.value.trim() ?? ''
    const where = `${document.path}:${item.span.start.line}`
    if (itemId === '') {
      planner.warnings.push(`${where}: an action item without an ID cannot be tracked (no issue); give it an ID such as AI-${document.postmortem.actionItems.indexOf(item) + 1}.`)
      continue
    }
    if (seenIds.has(itemId.toLowerCase())) {
      planner.warnings.push(`${where}: action item ID ${itemId} is used twice in this post-mortem; only the first one is tracked.`)
      continue
    }
    seenIds.add(itemId.toLowerCase())
    const previous = [...aliases].map((alias) => planner.existing.items.get(itemKey(alias, itemId))).find((issue) => issue !== undefined)
    desired.push(desiredItem(planner, document, pmId, item, itemId, previous?.marker))
  }

  const followUpIssue = [...aliases].map((alias) => planner.existing.followUps.get(alias)).find((issue) => issue !== undefined)
  const followUpKey = `follow-up:${pmId}`
  const followUpRef: IssueRef = followUpIssue === undefined ? { createdBy: followUpKey } : { number: followUpIssue.number, id: followUpIssue.id }
  const issueRefs = new Map<string, { ref: IssueRef; number?: number; parentNumber?: number; closed: boolean }>()

  for (const wanted of desired) {
    const found = [...aliases].map((alias) => planner.existing.items.get(itemKey(alias, wanted.itemId))).find((issue) => issue !== undefined)
    if (found === undefined) {
      const createKey = `issue:${wanted.key}`
      const marker = itemMarker(wanted.marker)
      writes.push({
        kind: 'create-issue',
        key: createKey,
        marker,
        title: wanted.title,
        body: replaceManagedBlock('', renderItemBlock(marker, wanted.facts)),
        labels: wanted.labels,
        assignees: wanted.assignees,
        description: `create issue "${wanted.title}"`,
      })
      // An item already done when the post-mortem lands (adopting an existing folder) is tracked as closed.
      if (wanted.done) {
        writes.push({ kind: 'update-issue', key: `close:${wanted.key}`, issue: { createdBy: createKey }, state: 'closed', description: `close the new issue of ${wanted.itemId} (done in the post-mortem)` })
      }
      issueRefs.set(wanted.key, { ref: { createdBy: createKey }, closed: wanted.done })
      planner.items.push(itemRecord(document, wanted, 'create', createKey))
      continue
    }
    issueRefs.set(wanted.key, { ref: { number: found.number, id: found.id }, number: found.number, ...(found.parentNumber === undefined ? {} : { parentNumber: found.parentNumber }), closed: found.state === 'closed' })
    writes.push(...planExistingItem(planner, document, wanted, found))
  }
  writes.push(...planDropped(planner, document, pmId, aliases, new Set(desired.map((wanted) => wanted.itemId.toLowerCase()))))

  // The follow-up review: created once, its managed block kept in step with the items.
  const meta = document.postmortem.meta
  const authors = parseOwner((meta.authors?.value ?? []).join(', '))
  const previousFollowUp = followUpIssue === undefined ? undefined : readFollowUpMarker(readManagedBlock(followUpIssue.body) ?? followUpIssue.body)
  // Authors are checked once, when the follow-up is created; later runs keep who was validated then.
  const authorCheck =
    previousFollowUp === undefined
      ? assignableLogins(planner, authors.logins)
      : { ok: previousFollowUp.assigned, refused: authors.logins.filter((login) => !previousFollowUp.assigned.some((known) => known.toLowerCase() === login.toLowerCase())) }
  const due = previousFollowUp?.due || addDays(context.headDate, context.followUpDays)
  const followUpSha = previousFollowUp !== undefined && previousFollowUp.sha !== '' && previousFollowUp.path === document.path ? previousFollowUp.sha : context.sha
  const marker = followUpMarker({ postmortemId: pmId, due, path: document.path, assigned: authorCheck.ok, sha: followUpSha })
  const incidentTitle = incidentName(meta.title?.value, pmId)
  const block = renderFollowUpBlock(marker, {
    postmortemId: pmId,
    incidentTitle,
    due,
    path: document.path,
    permalink: `${context.serverUrl}/${context.owner}/${context.repo}/blob/${followUpSha}/${encodePath(document.path)}`,
    authors: authorCheck.ok,
    otherAuthors: [...authors.others, ...authorCheck.refused],
    items: desired.map((wanted) => {
      const known = issueRefs.get(wanted.key)
      const createdBy = known !== undefined && 'createdBy' in known.ref ? known.ref.createdBy : undefined
      return { itemId: wanted.itemId, title: wanted.title, ...(known?.number === undefined ? {} : { issueNumber: known.number }), ...(createdBy === undefined ? {} : { createdBy }) }
    }),
  })
  const title = renderFollowUpTitle({ incidentTitle, postmortemId: pmId, due })
  const followUpLabels = [POSTMORTEM_LABEL, FOLLOW_UP_LABEL, ...context.extraLabels]
  for (const label of followUpLabels) needLabel(planner, label)
  if (followUpIssue === undefined) {
    writes.push({
      kind: 'create-issue',
      key: followUpKey,
      marker,
      title,
      // Item issues created in this run get their numbers in place of {{#key}} when the port sends this.
      body: replaceManagedBlock('', block),
      labels: dedupe(followUpLabels),
      assignees: authorCheck.ok,
      description: `create the follow-up review issue for ${pmId} (due ${due})`,
    })
    planner.followUps.push({ postmortemId: pmId, path: document.path, outcome: 'create', title, due, assignees: authorCheck.ok, writeKey: followUpKey })
  } else {
    const body = replaceManagedBlock(followUpIssue.body, block)
    const changed = body !== followUpIssue.body && followUpIssue.state === 'open'
    if (changed) {
      writes.push({ kind: 'update-issue', key: `update:${followUpKey}`, issue: followUpRef, body, description: `update the follow-up review issue #${followUpIssue.number}` })
    }
    planner.followUps.push({ postmortemId: pmId, path: document.path, outcome: changed ? 'update' : 'unchanged', title: followUpIssue.title, due, assignees: followUpIssue.assignees, issueNumber: followUpIssue.number, ...(changed ? { writeKey: `update:${followUpKey}` } : {}) })
  }

  // Sub-issue links: each item issue under the follow-up, up to GitHub's cap.
  const followUpNumber = followUpIssue?.number
  let linked = followUpNumber === undefined ? 0 : planner.input.existing.filter((issue) => issue.parentNumber === followUpNumber).length
  for (const wanted of desired) {
    const known = issueRefs.get(wanted.key)
    if (known === undefined || (followUpNumber !== undefined && known.parentNumber === followUpNumber)) continue
    const parentIsOurDuplicate = known.parentNumber !== undefined && planner.existing.duplicates.some((entry) => entry.issue.number === known.parentNumber)
    if (known.parentNumber !== undefined && !parentIsOurDuplicate) continue // one parent per child: someone filed it elsewhere on purpose
    if (linked >= MAX_SUB_ISSUES) {
      planner.warnings.push(`${document.path}: more than ${MAX_SUB_ISSUES} action items; ${wanted.itemId} and later ones are in the follow-up's task list but not sub-issues (GitHub's limit).`)
      break
    }
    linked += 1
    writes.push({ kind: 'add-sub-issue', key: `link:${wanted.key}`, parent: followUpRef, child: known.ref, ...(parentIsOurDuplicate ? { replaceParent: true } : {}), description: `make ${wanted.itemId} a sub-issue of the follow-up review of ${pmId}` })
  }
  return writes
}

function itemRecord(document: SyncDocument, wanted: DesiredItem, outcome: ItemOutcome, writeKey?: string, issueNumber?: number): PlannedItem {
  return {
    postmortemId: wanted.marker.postmortemId,
    itemId: wanted.itemId,
    path: document.path,
    line: wanted.line,
    outcome,
    title: wanted.title,
    labels: wanted.labels,
    assignees: wanted.assignees,
    deadline: wanted.facts.deadline,
    ...(issueNumber === undefined ? {} : { issueNumber }),
    ...(writeKey === undefined ? {} : { writeKey }),
  }
}

/** What changed in the fields people track, between what the issue recorded and the document. */
function trackedChanges(old: ItemMarker, now: ItemMarker): Array<{ field: string; from: string; to: string }> {
  const changes: Array<{ field: string; from: string; to: string }> = []
  if (old.actionHash !== now.actionHash) changes.push({ field: 'action', from: '', to: '' })
  if (old.owner !== now.owner) changes.push({ field: 'owner', from: old.owner, to: now.owner })
  if (old.deadline !== now.deadline) changes.push({ field: 'deadline', from: old.deadline, to: now.deadline })
  if (old.priority !== now.priority) changes.push({ field: 'priority', from: old.priority, to: now.priority })
  return changes
}

function planExistingItem(planner: Planner, document: SyncDocument, wanted: DesiredItem, found: IssueSummary & { marker: ItemMarker }): PlannedWrite[] {
  const { context } = planner.input
  const ref: IssueRef = { number: found.number, id: found.id }
  const changes = trackedChanges(found.marker, wanted.marker)
  if (wanted.done && found.state === 'open') changes.push({ field: 'status', from: 'open', to: 'done (marked in the post-mortem)' })
  const commitUrl = `${context.serverUrl}/${context.owner}/${context.repo}/commit/${context.sha}`
  const commentKey = `change:${wanted.key}:${context.sha}`
  const comment: PlannedWrite | undefined =
    changes.length === 0
      ? undefined
      : {
          kind: 'create-comment',
          key: commentKey,
          marker: issueCommentMarker(commentKey),
          issue: ref,
          body: renderChangeComment(issueCommentMarker(commentKey), changes, commitUrl, found.state === 'closed'),
          description: `record on #${found.number} that ${changes.map((change) => change.field).join(', ')} changed`,
        }
  if (found.state === 'closed') {
    // A closed issue is never reopened or edited: the change is recorded as a comment only.
    planner.items.push(itemRecord(document, wanted, comment === undefined ? 'unchanged' : 'comment', comment?.key, found.number))
    return comment === undefined ? [] : [comment]
  }
  const marker = itemMarker(wanted.marker)
  const body = replaceManagedBlock(found.body, renderItemBlock(marker, wanted.facts))
  const ownerChanged = changes.some((change) => change.field === 'owner')
  const labels = dedupe([...found.labels.filter((label) => !isManagedLabel(label)), ...wanted.labels])
  const fields: { title?: string; body?: string; labels?: string[]; assignees?: string[]; state?: 'closed' } = {}
  // Marked done in the document: the issue closes with this update (a closed issue is never reopened).
  if (wanted.done) fields.state = 'closed'
  if (found.title !== wanted.title) fields.title = wanted.title
  if (body !== found.body) fields.body = body
  if (!sameSet(labels, found.labels)) fields.labels = labels
  if (ownerChanged && !sameSet(wanted.assignees, found.assignees)) fields.assignees = wanted.assignees
  const writes: PlannedWrite[] = []
  const updateKey = `update:${wanted.key}`
  if (Object.keys(fields).length > 0) {
    writes.push({ kind: 'update-issue', key: updateKey, issue: ref, ...fields, description: `update issue #${found.number} (${Object.keys(fields).join(', ')})` })
  }
  if (comment !== undefined) writes.push(comment)
  planner.items.push(itemRecord(document, wanted, writes.length === 0 ? 'unchanged' : 'update', writes.length === 0 ? undefined : writes[0]?.key, found.number))
  return writes
}

function planDropped(planner: Planner, document: SyncDocument, pmId: string, aliases: ReadonlySet<string>, present: ReadonlySet<string>): PlannedWrite[] {
  const { context } = planner.input
  const writes: PlannedWrite[] = []
  const commitUrl = `${context.serverUrl}/${context.owner}/${context.repo}/commit/${context.sha}`
  for (const issue of planner.existing.items.values()) {
    if (!aliases.has(issue.marker.postmortemId) || present.has(issue.marker.itemId.toLowerCase())) continue
    if (issue.labels.some((label) => label.toLowerCase() === DROPPED_LABEL)) continue
    needLabel(planner, DROPPED_LABEL)
    const key = `dropped:${itemKey(pmId, issue.marker.itemId)}`
    const ref: IssueRef = { number: issue.number, id: issue.id }
    writes.push({
      kind: 'create-comment',
      key,
      marker: issueCommentMarker(key),
      issue: ref,
      body: renderDroppedComment(issueCommentMarker(key), document.path, commitUrl),
      description: `record on #${issue.number} that ${issue.marker.itemId} was removed from ${document.path}`,
    })
    writes.push({ kind: 'add-labels', key: `${key}:label`, issue: ref, labels: [DROPPED_LABEL], description: `label #${issue.number} "${DROPPED_LABEL}"` })
    planner.items.push({
      postmortemId: pmId,
      itemId: issue.marker.itemId,
      path: document.path,
      line: issue.marker.line,
      outcome: 'drop',
      title: issue.title,
      labels: [...issue.labels, DROPPED_LABEL],
      assignees: issue.assignees,
      deadline: issue.marker.deadline,
      issueNumber: issue.number,
      writeKey: key,
    })
  }
  return writes
}
