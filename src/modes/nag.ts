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
import { dateInZone, type CalendarDate } from '../plan/calendar.js'
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
import { DIGEST_TITLE, digestMarker, digestWindow, readDigestMarker, renderDigest } from '../report/digest.js'
import { renderNagPlan, renderNagOutcome } from '../report/nag-summary.js'
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
}

export type NagWrite =
  | { kind: 'comment'; key: string; issue: number; body: string; description: string }
  | { kind: 'add-label'; key: string; issue: number; label: string; description: string }
  | { kind: 'remove-label'; key: string; issue: number; label: string; description: string }
  | { kind: 'edit-body'; key: string; issue: number; body: string; description: string }
  | { kind: 'create-issue'; key: string; title: string; body: string; labels: string[]; marker: string; description: string }

export interface WriteOutcome {
  done: string[]
  deferred: string[]
  failed: { key: string; message: string }[]
}

/** Applies planned writes in order, within the run's write budget; never throws for a failed write. */
export type NagExecutor = (writes: readonly NagWrite[]) => Promise<WriteOutcome>

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
  outcome: WriteOutcome
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
  for (const issue of issues) {
    const role = options.roleOf(issue)
    if (role === undefined) continue
    if (role.kind === 'item') classified.itemIssues.push({ ...issue, postmortemId: role.postmortemId, itemId: role.itemId })
    else if (role.kind === 'follow-up') classified.followUps.push({ ...issue, postmortemId: role.postmortemId, due: role.due })
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

function firstWrites(plan: NagPlan): NagWrite[] {
  const writes: NagWrite[] = []
  for (const change of plan.labels) {
    const description = `${change.change === 'add' ? 'Add' : 'Remove'} label "${change.label}" on #${change.issue}`
    writes.push(change.change === 'add' ? { kind: 'add-label', key: change.key, issue: change.issue, label: change.label, description } : { kind: 'remove-label', key: change.key, issue: change.issue, label: change.label, description })
  }
  for (const comment of plan.comments) {
    writes.push({ kind: 'comment', key: comment.key, issue: comment.issue, body: comment.body, description: `${comment.kind} comment on #${comment.issue}` })
  }
  return writes
}

function digestWrite(options: NagModeOptions, classified: Classified, body: string, marker: string): NagWrite | undefined {
  const full = `${marker}\n${body}`
  const existing = classified.digest
  if (existing === undefined) {
    return { kind: 'create-issue', key: 'digest:create', title: DIGEST_TITLE, body: full, labels: [options.labels.tracked], marker, description: 'Create the digest issue' }
  }
  if (existing.body === full) return undefined
  return { kind: 'edit-body', key: `digest:${existing.number}`, issue: existing.number, body: full, description: `Edit the digest issue #${existing.number}` }
}

function mergeOutcomes(a: WriteOutcome, b: WriteOutcome): WriteOutcome {
  return { done: [...a.done, ...b.done], deferred: [...a.deferred, ...b.deferred], failed: [...a.failed, ...b.failed] }
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
  let digestPlanned: NagWrite | undefined
  if (options.digest !== 'off') {
    const since = digestWindow(classified.digest === undefined ? undefined : readDigestMarker(classified.digest.body), today, options.nag.nagIntervalDays)
    digest = renderDigest({ today, since, timeZone: options.timeZone, postmortems: documents, statuses: plan.statuses, followUps: classified.followUps })
    if (options.digest === 'issue') digestPlanned = digestWrite(options, classified, digest, digestMarker(since, today))
  }

  const result: NagModeResult = { files, notes: [], githubFailures: [], plan, outcome: { done: [], deferred: [], failed: [] }, ...(digest === undefined ? {} : { digest }) }
  const first = firstWrites(plan)
  if (options.dryRun) {
    const ledgers = ledgerEdits(plan, new Set(plan.comments.map((comment) => comment.key)))
    result.notes.push(renderNagPlan(plan, [...first, ...ledgers.map((edit) => ({ kind: 'edit-body' as const, ...edit, description: `Record the reminders in #${edit.issue}` })), ...(digestPlanned === undefined ? [] : [digestPlanned])]))
    return result
  }

  let outcome = await options.execute(first)
  const posted = new Set(outcome.done)
  const second: NagWrite[] = ledgerEdits(plan, posted).map((edit) => ({ kind: 'edit-body', ...edit, description: `Record the reminders in #${edit.issue}` }))
  if (digestPlanned !== undefined) second.push(digestPlanned)
  if (second.length > 0) outcome = mergeOutcomes(outcome, await options.execute(second))
  result.outcome = outcome
  if (outcome.deferred.length > 0) log.warning(`${outcome.deferred.length} write(s) deferred to the next run by the write budget (max-writes); the job summary lists them.`)
  for (const failure of outcome.failed) result.githubFailures.push(failure.message)
  result.notes.push(renderNagOutcome(plan, [...first, ...second], outcome))
  return result
}
