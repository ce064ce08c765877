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
import type { PlannedFile, ReviewPlan } from '../plan/types.js'
import { SUMMARY_MARKER } from '../report/markers.js'
import { renderPlan } from '../report/plan-text.js'
import { lintAll, postmortemMatcher } from './files.js'
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
  const planInput = {
    headSha: options.pullRequest.headSha,
    files: plannedFiles(files, new Map(changed.map((file) => [file.path, file])), crashed),
    threads: threads.threads,
    comments,
    selfLogin: threads.viewerLogin,
  }
  const plan = planReview(planInput)
  if (options.dryRun) {
    result.notes.push(renderPlan(plan))
    return
  }
  await applyPlan(options, plan, (notInline) => planSummary(planInput, notInline), result)
}

/**
 * Perform the plan: review, then resolutions, then the summary (last, so it can list the
 * findings of a review GitHub refused). A read-only token stops all writes with one warning;
 * any other failed write is recorded and the remaining writes still happen.
 */
async function applyPlan(
  options: LintPullRequestOptions,
  plan: ReviewPlan,
  replanSummary: (notInline: ReviewPlan['notInline']) => ReviewPlan['summary'],
  result: ModeResult,
): Promise<void> {
  const { github, log } = options
  let summary = plan.summary
  const done: string[] = []
  const readOnly = (error: unknown): boolean => {
    if (!(error instanceof GitHubError) || error.kind !== 'read-only') return false
    noteReadOnly(log, result)
    return true
  }
  const failed = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error)
    log.warning(message)
    result.githubFailures.push(message)
  }

  if (plan.review !== undefined) {
    try {
      await github.createReview({ commitId: options.pullRequest.headSha, body: plan.review.body, marker: plan.review.key, comments: plan.newComments })
      done.push(`posted a review with ${plan.newComments.length} comment(s)`)
    } catch (error) {
      if (readOnly(error)) return
      if (error instanceof GitHubError && error.kind === 'unprocessable') {
        // The diff moved on since this run started (or GitHub disagrees with our reading of it): keep every finding visible in the summary.
        log.warning(`GitHub refused the review (${error.message}); its findings go to the summary comment instead.`)
        summary = replanSummary([...plan.notInline, ...plan.newComments])
      } else failed(error)
    }
  }

  if (plan.threadsToResolve.length > 0) {
    try {
      await github.resolveThreads(plan.threadsToResolve.map((thread) => thread.id))
      done.push(`resolved ${plan.threadsToResolve.length} thread(s) whose finding is fixed`)
    } catch (error) {
      if (readOnly(error)) return
      failed(error)
    }
  }

  try {
    if (summary.action === 'create') await github.createComment(summary.body, SUMMARY_MARKER)
    else if (summary.action === 'update' && summary.commentId !== undefined) await github.updateComment(summary.commentId, summary.body)
    done.push({ create: 'created the summary comment', update: 'updated the summary comment', none: 'left the summary comment unchanged' }[summary.action])
  } catch (error) {
    if (readOnly(error)) return
    failed(error)
  }
  const report = `On the pull request, this run ${done.length === 0 ? 'changed nothing' : done.join('; ')}.`
  log.info(report)
  result.notes.push(report)
}
