/**
 * Pull-request mode: lint the post-mortems the pull request adds or changes, then bring the
 * pull request's review comments, threads and summary in line with the findings. Planning is
 * pure (src/plan); this file only sequences reads, the plan and the writes.
 */
import type { Config } from '../config/types.js'
import { GitHubError } from '../github/errors.js'
import type { PullRequestGitHub } from '../github/pull-request.js'
import type { ChangedFile } from '../github/types.js'
import type { LintFile, LintedFile } from '../lint/api.js'
import { planReview, planSummary } from '../plan/review.js'
import { commentsWithoutDeleted, planDuplicateCleanup, withoutDeleted, type DuplicateCleanup } from '../plan/duplicates.js'
import type { PlannedFile, ReviewPlan, SummaryPlan } from '../plan/types.js'
import { reviewMarker } from '../report/markers.js'
import { renderPlan } from '../report/plan-text.js'
import { lintAll, postmortemMatcher } from './files.js'
import type { WriteExecutor } from '../write/executor.js'
import type { PlannedWrite, WriteReport } from '../write/types.js'
import type { ModeLog, ModeResult } from './types.js'

export interface PullRequestInfo {
  number: number
  headSha: string
  /** The head branch lives in another repository: the workflow token is read-only there. */
  fromFork: boolean
}

export interface LintPullRequestOptions {
  workspace: string
  paths: readonly string[]
  config: Config
  lintFile: LintFile
  github: PullRequestGitHub
  /** Performs every write (pacing, budget, reconcile-before-retry); shared with the rest of the run. */
  executor: WriteExecutor
  pullRequest: PullRequestInfo
  dryRun: boolean
  log: ModeLog
}

/** Statuses whose new content is in the checkout; removed files have nothing to lint. */
const LINTED_STATUSES = new Set(['added', 'modified', 'renamed', 'changed', 'copied'])

export const READ_ONLY_NOTE =
  'This run cannot comment on the pull request (read-only token, as for pull requests from forks): every finding is in the annotations and below.'

function plannedFiles(linted: readonly LintedFile[], changed: ReadonlyMap<string, ChangedFile>, crashed: ReadonlySet<string>): PlannedFile[] {
  return linted.map((file) => ({
    path: file.path,
    findings: file.findings,
    ...(file.text === undefined ? {} : { text: file.text }),
    ...(file.postmortem === undefined ? {} : { postmortem: file.postmortem }),
    ...(changed.get(file.path)?.patch === undefined ? {} : { patch: changed.get(file.path)?.patch }),
    incomplete: crashed.has(file.path) || file.skipped === true,
  }))
}

export async function lintPullRequest(options: LintPullRequestOptions): Promise<ModeResult> {
  const { github, log } = options
  const changed = await github.listChangedFiles()
  const isPostmortem = postmortemMatcher(options.paths, options.config.ignore)
  const selected = changed.filter((file) => LINTED_STATUSES.has(file.status) && isPostmortem(file.path))
  log.info(`Pull request #${options.pullRequest.number}: ${selected.length} of ${changed.length} changed file(s) are post-mortems`)
  const { files, crashed } = await lintAll(options.workspace, selected.map((file) => file.path), options.config, options.lintFile)
  const result: ModeResult = { files, notes: [], githubFailures: [] }

  if (options.pullRequest.fromFork && !options.dryRun) {
    noteReadOnly(log, result)
    return result
  }

  try {
    await review(options, changed, files, crashed, result)
  } catch (error) {
    // The lint is done: a GitHub failure now must not hide it. The findings still go to the annotations and the job summary.
    if (error instanceof GitHubError && error.kind === 'read-only') noteReadOnly(log, result)
    else if (error instanceof GitHubError) {
      log.warning(error.message)
      result.githubFailures.push(error.message)
    } else throw error
  }
  return result
}

function noteReadOnly(log: ModeLog, result: ModeResult): void {
  log.warning(READ_ONLY_NOTE)
  result.notes.push(READ_ONLY_NOTE)
}

/** Read what earlier runs left, plan, then print the plan (dry-run) or perform it. */
async function review(
  options: LintPullRequestOptions,
  changed: readonly ChangedFile[],
  files: readonly LintedFile[],
  crashed: ReadonlySet<string>,
  result: ModeResult,
): Promise<void> {
  const { github, log } = options
  const [threads, comments] = [await github.listReviewThreads(), await github.listIssueComments()]
  if (threads.viewerLogin === undefined && !options.dryRun) {
    // Without knowing who we are, our earlier comments cannot be told from others': writing now could duplicate them.
    const note = 'GitHub did not say which account this token acts as, so this run does not comment (it could not recognise its earlier comments); every finding is in the annotations and below.'
    log.warning(note)
    result.notes.push(note)
    return
  }
  // Duplicates left by runs that overlapped go first, so planning sees one thread per finding and one summary.
  const cleanup = planDuplicateCleanup(threads.threads, comments, threads.viewerLogin)
  const planInput = {
    headSha: options.pullRequest.headSha,
    files: plannedFiles(files, new Map(changed.map((file) => [file.path, file])), crashed),
    threads: withoutDeleted(threads.threads, cleanup),
    comments: commentsWithoutDeleted(comments, cleanup),
    selfLogin: threads.viewerLogin,
  }
  const plan = planReview(planInput)
  if (options.dryRun) {
    const cleanupLines = cleanup.writes.map((write) => `- would ${write.description}`)
    result.notes.push(cleanupLines.length === 0 ? renderPlan(plan) : `${renderPlan(plan)}\n\n${cleanupLines.join('\n')}`)
    return
  }
  await applyPlan(options, plan, cleanup, (notInline) => planSummary(planInput, notInline), result)
}

function summaryWrite(pullNumber: number, summary: SummaryPlan): PlannedWrite | undefined {
  if (summary.action === 'create') {
    // The body itself is the marker: a retried create finds this run's comment, not an earlier run's summary.
    return { kind: 'create-comment', issue: { number: pullNumber }, body: summary.body, marker: summary.body.trim(), key: 'summary-comment', description: 'create the summary comment' }
  }
  if (summary.action === 'update' && summary.commentId !== undefined) {
    return { kind: 'update-comment', commentId: summary.commentId, body: summary.body, key: 'summary-comment', description: 'update the summary comment' }
  }
  return undefined
}

/**
 * Perform the plan through the write executor: duplicates of earlier runs removed, then the
 * review, then resolutions, then the summary (last, so it can list the findings of a review
 * GitHub refused). A run that created something re-reads once and removes what a run at the
 * same time may have doubled. A read-only token stops all writes with one warning; any other
 * failed write is recorded and the remaining writes still happen.
 */
async function applyPlan(
  options: LintPullRequestOptions,
  plan: ReviewPlan,
  cleanup: DuplicateCleanup,
  replanSummary: (notInline: ReviewPlan['notInline']) => ReviewPlan['summary'],
  result: ModeResult,
): Promise<void> {
  const { executor, log } = options
  const done: string[] = []
  await executor.run(cleanup.writes)

  let summary = plan.summary
  if (plan.review !== undefined) {
    const write: PlannedWrite = {
      kind: 'create-review',
      pullNumber: options.pullRequest.number,
      commitId: options.pullRequest.headSha,
      body: plan.review.body,
      comments: plan.newComments,
      marker: reviewMarker(plan.review.key),
      key: `review-${plan.review.key}`,
      description: `create a review with ${plan.newComments.length} comment(s)`,
    }
    const report = await executor.run([write])
    const refused = report.failed.find((failure) => failure.write.key === write.key && failure.kind === 'unprocessable')
    if (refused !== undefined) {
      // The diff moved on since this run started (or GitHub disagrees with our reading of it): keep every finding visible in the summary.
      log.warning(`GitHub refused the review (${refused.message}); its findings go to the summary comment instead.`)
      summary = replanSummary([...plan.notInline, ...plan.newComments])
    } else if (executor.outcomeOf(write.key) !== undefined) done.push(`posted a review with ${plan.newComments.length} comment(s)`)
  }
  const resolve: PlannedWrite[] =
    plan.threadsToResolve.length === 0
      ? []
      : [{ kind: 'resolve-threads', threadIds: plan.threadsToResolve.map((thread) => thread.id), key: 'resolve-threads', description: `resolve ${plan.threadsToResolve.length} review thread(s)` }]
  await executor.run(resolve)
  if (resolve.length > 0 && executor.outcomeOf('resolve-threads') !== undefined) done.push(`resolved ${plan.threadsToResolve.length} thread(s) whose finding is fixed`)
  const summaryChange = summaryWrite(options.pullRequest.number, summary)
  if (summaryChange !== undefined) await executor.run([summaryChange])
  if (summaryChange === undefined) done.push('left the summary comment unchanged')
  else if (executor.outcomeOf(summaryChange.key) !== undefined) done.push(summary.action === 'create' ? 'created the summary comment' : 'updated the summary comment')

  const created = new Set(executor.report().done.map((entry) => entry.write.kind))
  if (created.has('create-review') || created.has('create-comment')) await converge(options, summary, created, cleanup, done)
  recordReport(options, executor.report(), result, refusedReviewKey(executor.report()))
  const line = `On the pull request, this run ${done.length === 0 ? 'changed nothing' : done.join('; ')}.`
  log.info(line)
  result.notes.push(line)
}

/**
 * Another run may have written the same comments at the same time: re-read what this run
 * created (threads after a review, comments after a summary) and keep the oldest of each.
 */
async function converge(options: LintPullRequestOptions, summary: SummaryPlan, created: ReadonlySet<string>, before: DuplicateCleanup, done: string[]): Promise<void> {
  const { github, executor } = options
  const threads = created.has('create-review') ? await github.listReviewThreads() : undefined
  const comments = created.has('create-comment') ? await github.listIssueComments() : undefined
  const selfLogin = threads?.viewerLogin ?? before.selfLogin
  const cleanup = planDuplicateCleanup(threads?.threads ?? [], comments ?? [], selfLogin)
  if (cleanup.writes.length === 0) return
  const writes = [...cleanup.writes]
  const kept = cleanup.keptSummary
  // The comment this run just wrote may be the one removed: the one kept then carries this run's findings.
  if (kept !== undefined && kept.body.trim() !== summary.body.trim()) {
    writes.push({ kind: 'update-comment', commentId: kept.id, body: summary.body, key: `converge-summary-${kept.id}`, description: 'update the summary comment' })
  }
  await executor.run(writes)
  done.push(`removed ${cleanup.writes.length} duplicate(s) left by a run at the same time`)
}

function refusedReviewKey(report: WriteReport): string | undefined {
  return report.failed.find((failure) => failure.write.kind === 'create-review' && failure.kind === 'unprocessable')?.write.key
}

/** The executor's report as the mode's result: read-only is a note (the lint still counts), other failures turn the run red. */
function recordReport(options: LintPullRequestOptions, report: WriteReport, result: ModeResult, handledKey: string | undefined): void {
  if (report.readOnly) noteReadOnly(options.log, result)
  for (const failure of report.failed) if (failure.write.key !== handledKey) result.githubFailures.push(failure.message)
  const budget = report.deferred.filter((entry) => entry.reason.includes('budget'))
  if (budget.length > 0) result.notes.push(`Deferred to the next run (write budget spent): ${budget.map((entry) => entry.write.description).join('; ')}.`)
}
