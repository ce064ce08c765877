/**
 * Schedule mode: read the post-mortems of the checkout (the default branch) and the issues merge
 * mode created, plan today's reminders (src/plan/nag.ts, pure), and hand the writes to the one
 * executor. This file only sequences reads, the plan and the writes.
 *
 * Writes go in two steps: first the comments and labels, then the ledger edits that record the
 * comments actually posted, and the digest. A reminder that was deferred (write budget) or
 * failed is therefore still due on the next run, and one that was posted is never repeated.
 */
import { glob } from 'tinyglobby'
import type { Config } from '../config/types.js'
import type { LintFile, LintedFile } from '../lint/api.js'
import { aliasIndex, normalizeLabel } from '../config/normalize.js'
import { InputError } from '../inputs.js'
import { dateInZone, isCalendarDate, type CalendarDate } from '../plan/calendar.js'
import { readFollowUpMarker, readItemMarker, readManagedBlock } from '../report/markers.js'
import { documentPostmortem } from '../plan/nag-documents.js'
import {
  ledgerEdits,
  planNag,
  type DocumentPostmortem,
  type FollowUpIssue,
  type ItemIssue,
  type NagComment,
  type NagInput,
  type NagIssue,
  type NagOptions,
  type NagPlan,
} from '../plan/nag.js'
import { DIGEST_MARKER_PREFIX, DIGEST_TITLE, digestMarker, digestWindow, hasDigestMarker, readDigestMarker, renderDigest } from '../report/digest.js'
import { renderNagPlan, renderNagOutcome } from '../report/nag-summary.js'
import { labelStyle } from '../plan/labels.js'
import type { PlannedWrite, WriteReport } from '../write/types.js'
import { lintAll, postmortemMatcher } from './files.js'
import type { ModeLog, ModeResult } from './types.js'

export type DigestTarget = 'issue' | 'summary' | 'off'

/** An issue as listed, with what it is to us (decided from merge mode's markers by the caller). */
export interface ListedIssue extends NagIssue {
  title: string
  authorLogin?: string
}

export type IssueRole =
  | { kind: 'item'; postmortemId: string; itemId: string }
  | { kind: 'follow-up'; postmortemId: string; due: CalendarDate }
  | { kind: 'digest' }

export interface NagReader {
  /** Every issue with the post-mortem label, open and closed, all pages. */
  listIssues(): Promise<ListedIssue[]>
  listComments(issueNumber: number): Promise<NagComment[]>
  /** The repository's label names (read only on a day a label is added, to create it with its colour). */
  listLabelNames(): Promise<string[]>
}

/** Applies planned writes in order within the run's write budget (the one executor); returns the report so far. */
export type NagExecutor = (writes: readonly PlannedWrite[]) => Promise<WriteReport>

export interface NagModeOptions {
  workspace: string
  paths: readonly string[]
  config: Config
  lintFile: LintFile
  log: ModeLog
  now: Date
  timeZone: string
  nag: NagOptions
  digest: DigestTarget
  dryRun: boolean
  reader: NagReader
  execute: NagExecutor
  roleOf: (issue: ListedIssue) => IssueRole | undefined
  isSelf: (login: string | undefined) => boolean
  sourceUrl: (path: string, line: number) => string
  labels: { tracked: string; overdue: string; dropped: string }
}

export interface NagModeResult extends ModeResult {
  /** The digest, for the job summary when `digest: summary`. */
  digest?: string
  plan: NagPlan
  report?: WriteReport
}

/** What a listed issue is to schedule mode, from merge mode's markers (and the digest's own). */
export function scheduleRoles(issue: { body: string }): IssueRole | undefined {
  // As merge mode reads them: from the managed block, so a marker quoted outside it counts for nothing.
  const block = readManagedBlock(issue.body) ?? issue.body
  const item = readItemMarker(block)
  if (item !== undefined) return { kind: 'item', postmortemId: item.postmortemId, itemId: item.itemId }
  const followUp = readFollowUpMarker(block)
  if (followUp !== undefined && isCalendarDate(followUp.due)) return { kind: 'follow-up', postmortemId: followUp.postmortemId, due: followUp.due }
  return hasDigestMarker(issue.body) ? { kind: 'digest' } : undefined
}

/**
 * `escalate-priorities` on the configured scale: each level by its name or an alias ("High" is
 * P1); empty means the two highest levels of the scale.
 */
export function resolveEscalatePriorities(written: readonly string[], config: Config): string[] {
  const scale = Object.keys(config.priorities)
  if (written.length === 0) return scale.slice(0, 2)
  const index = aliasIndex(config.priorities)
  return written.map((level) => {
    const canonical = index.get(normalizeLabel(level))
    if (canonical === undefined) throw new InputError(`Input "escalate-priorities" has "${level.slice(0, 40)}", expected levels of the priority scale: ${scale.join(', ')}`)
    return canonical
  })
}

async function readDocuments(options: NagModeOptions): Promise<{ files: LintedFile[]; documents: DocumentPostmortem[] }> {
  const found = await glob([...options.paths], { cwd: options.workspace, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })
  const isPostmortem = postmortemMatcher(options.paths, options.config.ignore)
  const paths = found.filter(isPostmortem).sort()
  const { files } = await lintAll(options.workspace, paths, options.config, options.lintFile)
  const documents = files.flatMap((file) => (file.postmortem === undefined || file.skipped === true ? [] : [documentPostmortem(file.path, file.postmortem, options.config)]))
  // Only what stops a file from being read is reported here; its lint findings belong to the pull request.
  return { files: files.filter((file) => file.skipped === true), documents }
}

interface Classified {
  itemIssues: ItemIssue[]
  followUps: FollowUpIssue[]
  digest?: ListedIssue
}

function classify(issues: readonly ListedIssue[], options: NagModeOptions): Classified {
  const classified: Classified = { itemIssues: [], followUps: [] }
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const role = options.roleOf(issue)
    if (role === undefined) continue
    if (role.kind === 'item') classified.itemIssues.push({ ...issue, postmortemId: role.postmortemId, itemId: role.itemId })
    // Two issues for one follow-up (an overlap merge mode closes as a duplicate): the oldest is the one.
    else if (role.kind === 'follow-up') {
      if (!classified.followUps.some((followUp) => followUp.postmortemId === role.postmortemId)) classified.followUps.push({ ...issue, postmortemId: role.postmortemId, due: role.due })
    }
    // The digest is ours only when we wrote it: a person quoting the marker does not make one.
    else if (options.isSelf(issue.authorLogin) && (classified.digest === undefined || issue.number < classified.digest.number)) classified.digest = issue
  }
  return classified
}

async function planWithComments(input: NagInput, reader: NagReader, log: ModeLog): Promise<NagPlan> {
  const first = planNag(input)
  if (first.needComments.length === 0) return first
  log.info(`Reading the comments of ${first.needComments.length} issue(s) whose reminder record is behind`)
  const comments = new Map<number, NagComment[]>()
  for (const number of first.needComments) comments.set(number, await reader.listComments(number))
  return planNag({ ...input, comments })
}

async function firstWrites(plan: NagPlan, options: NagModeOptions): Promise<PlannedWrite[]> {
  const writes: PlannedWrite[] = []
  const adding = new Set(plan.labels.filter((change) => change.change === 'add').map((change) => change.label))
  if (adding.size > 0) {
    // Created with its colour when missing; adding a missing label would create a grey one.
    const existing = new Set((await options.reader.listLabelNames()).map((name) => name.toLowerCase()))
    for (const name of adding) {
      if (!existing.has(name.toLowerCase())) writes.push({ kind: 'create-label', name, ...labelStyle(name), key: `label:create:${name}`, marker: name, description: `create label "${name}"` })
    }
  }
  for (const change of plan.labels) {
    if (change.change === 'add') writes.push({ kind: 'add-labels', issue: { number: change.issue }, labels: [change.label], key: change.key, description: `add label "${change.label}" to #${change.issue}` })
    else writes.push({ kind: 'remove-label', issue: { number: change.issue }, label: change.label, key: change.key, description: `remove label "${change.label}" from #${change.issue}` })
  }
  for (const comment of plan.comments) {
    writes.push({ kind: 'create-comment', issue: { number: comment.issue }, body: comment.body, key: comment.key, marker: comment.marker, description: `comment on #${comment.issue} (${comment.kind})` })
  }
  return writes
}

function ledgerWrites(plan: NagPlan, posted: ReadonlySet<string>): PlannedWrite[] {
  return ledgerEdits(plan, posted).map((edit) => ({ kind: 'update-issue', issue: { number: edit.issue }, body: edit.body, key: edit.key, description: `record the reminders of #${edit.issue} in its body` }))
}

function digestWrite(options: NagModeOptions, classified: Classified, body: string, marker: string): PlannedWrite | undefined {
  const full = `${marker}\n${body}`
  const existing = classified.digest
  if (existing === undefined) {
    return { kind: 'create-issue', title: DIGEST_TITLE, body: full, labels: [options.labels.tracked], assignees: [], key: 'digest:create', marker: DIGEST_MARKER_PREFIX, description: 'create the digest issue' }
  }
  if (existing.body === full) return undefined
  return { kind: 'update-issue', issue: { number: existing.number }, body: full, key: `digest:${existing.number}`, description: `edit the digest issue #${existing.number}` }
}

export async function runNag(options: NagModeOptions): Promise<NagModeResult> {
  const { log } = options
  const today = dateInZone(options.now, options.timeZone)
  const { files, documents } = await readDocuments(options)
  const issues = await options.reader.listIssues()
  const classified = classify(issues, options)
  log.info(`Schedule mode, ${today} (${options.timeZone}): ${documents.length} post-mortem(s), ${classified.itemIssues.length} action-item issue(s), ${classified.followUps.length} follow-up review(s)`)
  const input: NagInput = {
    today,
    options: options.nag,
    postmortems: documents,
    itemIssues: classified.itemIssues,
    followUps: classified.followUps,
    isSelf: options.isSelf,
    sourceUrl: options.sourceUrl,
    labels: { overdue: options.labels.overdue, dropped: options.labels.dropped },
  }
  const plan = await planWithComments(input, options.reader, log)
  for (const note of plan.notes) log.warning(note)

  let digest: string | undefined
  let digestPlanned: PlannedWrite | undefined
  if (options.digest !== 'off') {
    const since = digestWindow(classified.digest === undefined ? undefined : readDigestMarker(classified.digest.body), today, options.nag.nagIntervalDays)
    digest = renderDigest({ today, since, timeZone: options.timeZone, postmortems: documents, statuses: plan.statuses, followUps: classified.followUps })
    if (options.digest === 'issue') digestPlanned = digestWrite(options, classified, digest, digestMarker(since, today))
  }

  const result: NagModeResult = { files, notes: [], githubFailures: [], plan, ...(digest === undefined ? {} : { digest }) }
  const first = await firstWrites(plan, options)
  if (options.dryRun) {
    const all = [...first, ...ledgerWrites(plan, new Set(plan.comments.map((comment) => comment.key))), ...(digestPlanned === undefined ? [] : [digestPlanned])]
    result.notes.push(renderNagPlan(plan, all))
    return result
  }

  let report = await options.execute(first)
  const posted = new Set(report.done.map((done) => done.write.key))
  const second = ledgerWrites(plan, posted)
  if (digestPlanned !== undefined) second.push(digestPlanned)
  if (second.length > 0) report = await options.execute(second)
  result.report = report
  if (report.deferred.length > 0) log.warning(`${report.deferred.length} write(s) deferred to the next run (${report.deferred[0]?.reason ?? 'the write budget'}); the job summary lists them.`)
  for (const failure of report.failed) result.githubFailures.push(`Could not ${failure.write.description}: ${failure.message}`)
  result.notes.push(renderNagOutcome(plan, report))
  return result
}
