/**
 * Merge mode: the post-mortems a push to the default branch touched (or all of them) are
 * linted and parsed, their action items reconciled with the issues earlier runs made, and
 * the plan performed by the write executor (or printed, in a dry run). Orchestration only:
 * planning is src/plan/sync.ts, GitHub is src/github/issues.ts.
 */
import { glob } from 'tinyglobby'
import type { Config } from '../config/types.js'
import type { IssuesGitHub } from '../github/issues.js'
import type { LintFile } from '../lint/api.js'
import { POSTMORTEM_LABEL } from '../plan/labels.js'
import { planSync, type SyncDocument, type SyncPlan } from '../plan/sync.js'
import { renderSyncPlan, renderSyncReport, syncOutput } from '../report/sync-summary.js'
import type { WriteExecutor } from '../write/executor.js'
import type { PushInfo } from './event.js'
import { lintAll, postmortemMatcher } from './files.js'
import type { ModeLog, ModeResult } from './types.js'

export interface SyncOptions {
  workspace: string
  paths: readonly string[]
  config: Config
  lintFile: LintFile
  issues: IssuesGitHub
  executor: WriteExecutor
  push: PushInfo
  /** `changed`: what the push touched; `all`: every post-mortem. */
  scope: 'changed' | 'all'
  /** YYYY-MM-DD (UTC) the follow-up counts from: the head commit's date, else today. */
  headDate: string
  followUpDays: number
  labels: readonly string[]
  issueTitle: string
  serverUrl: string
  dryRun: boolean
  log: ModeLog
}

/** Statuses whose new content is in the checkout. */
const SYNCED_STATUSES = new Set(['added', 'modified', 'renamed', 'changed', 'copied'])

interface Selection {
  paths: string[]
  previousPaths: Map<string, string[]>
  note?: string
}

async function everyPostmortem(options: SyncOptions, isPostmortem: (path: string) => boolean): Promise<string[]> {
  const found = await glob([...options.paths], { cwd: options.workspace, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })
  return found.filter(isPostmortem).sort()
}

async function selectFiles(options: SyncOptions): Promise<Selection> {
  const isPostmortem = postmortemMatcher(options.paths, options.config.ignore)
  if (options.scope === 'all') return { paths: await everyPostmortem(options, isPostmortem), previousPaths: new Map(), note: 'Scope `all`: every post-mortem was reconciled.' }
  if (options.push.before === undefined) {
    return { paths: await everyPostmortem(options, isPostmortem), previousPaths: new Map(), note: 'The push has no earlier commit to compare with (a new branch, or a run started by hand): every post-mortem was reconciled.' }
  }
  const compared = await options.issues.compare(options.push.before, options.push.after)
  if (compared.capped) {
    return { paths: await everyPostmortem(options, isPostmortem), previousPaths: new Map(), note: `GitHub lists at most ${compared.files.length} changed files and this push changed more: every post-mortem was reconciled.` }
  }
  const selected = compared.files.filter((file) => SYNCED_STATUSES.has(file.status) && isPostmortem(file.path))
  const previousPaths = new Map<string, string[]>()
  for (const file of selected) if (file.previousPath !== undefined) previousPaths.set(file.path, [file.previousPath])
  return { paths: selected.map((file) => file.path).sort(), previousPaths }
}

export async function syncPostmortems(options: SyncOptions): Promise<ModeResult> {
  const { log } = options
  const selection = await selectFiles(options)
  log.info(`Sync: ${selection.paths.length} post-mortem(s) to reconcile${selection.note === undefined ? '' : ` (${selection.note})`}`)
  const { files } = await lintAll(options.workspace, selection.paths, options.config, options.lintFile)
  const notes: string[] = selection.note === undefined ? [] : [selection.note]
  const documents: SyncDocument[] = []
  for (const file of files) {
    if (file.postmortem === undefined || file.skipped === true) {
      const warning = `${file.path}: not synced, the file could not be read as a post-mortem (see its findings).`
      log.warning(warning)
      notes.push(warning)
      continue
    }
    documents.push({ path: file.path, postmortem: file.postmortem, ...(selection.previousPaths.has(file.path) ? { previousPaths: selection.previousPaths.get(file.path) } : {}) })
  }
  const result: ModeResult = { files, notes, githubFailures: [] }
  if (documents.length === 0) {
    notes.push('No post-mortem to sync in this push.')
    result.outputs = { issues: syncOutput(undefined, undefined) }
    return result
  }

  const plan = await planWithOwners(options, documents)
  for (const warning of plan.warnings) log.warning(warning)
  if (options.dryRun) {
    notes.push(renderSyncPlan(plan))
    result.outputs = { issues: syncOutput(plan, undefined) }
    return result
  }
  const report = await options.executor.run(plan.writes)
  const { owner, repo } = options.issues.repository
  notes.push(renderSyncReport(plan, report, (number) => `${options.serverUrl}/${owner}/${repo}/issues/${number}`))
  result.outputs = { issues: syncOutput(plan, report) }
  if (report.readOnly) result.githubFailures.push('The token cannot write issues here: the sync job needs `permissions: issues: write`.')
  for (const failure of report.failed) result.githubFailures.push(failure.message)
  const budget = report.deferred.filter((entry) => entry.reason.includes('budget'))
  if (budget.length > 0) log.warning(`${budget.length} write(s) deferred to the next run: the write budget (max-writes) is spent.`)
  return result
}

/** Plan, check each owner the plan wants to assign once (204/404), and plan again with the answers. */
async function planWithOwners(options: SyncOptions, documents: readonly SyncDocument[]): Promise<SyncPlan> {
  const [existing, labels] = [await options.issues.listIssuesByLabel(POSTMORTEM_LABEL), await options.issues.listLabels()]
  const input = {
    documents,
    existing,
    existingLabels: labels.map((label) => label.name),
    assignable: new Map<string, boolean>(),
    context: {
      owner: options.issues.repository.owner,
      repo: options.issues.repository.repo,
      serverUrl: options.serverUrl,
      sha: options.push.after,
      headDate: options.headDate,
      followUpDays: options.followUpDays,
      extraLabels: options.labels,
      issueTitle: options.issueTitle,
      priorities: options.config.priorities,
    },
  }
  const first = planSync(input)
  if (first.uncheckedLogins.length === 0) return first
  for (const login of first.uncheckedLogins) input.assignable.set(login.toLowerCase(), await options.issues.canBeAssigned(login))
  return planSync(input)
}
