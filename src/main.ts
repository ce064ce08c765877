/**
 * run(): the only code that talks to the runner. Reads inputs once, picks the mode, runs it,
 * reports (annotations, job summary, outputs) and decides pass or fail. The only setFailed.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { loadBaseConfig } from './config/base.js'
import { loadConfig } from './config/load.js'
import type { Config } from './config/types.js'
import { readFilesAtCommit } from './github/contents.js'
import { GitHubError } from './github/errors.js'
import { lintFile, readingFile } from './files.js'
import { createOctokit, type Octokit } from './github/client.js'
import { IssuesGitHub } from './github/issues.js'
import { PullRequestGitHub } from './github/pull-request.js'
import type { RepoRef } from './github/types.js'
import { readInputs, readNagInputs, type ActionInputs } from './inputs.js'
import { readNow } from './clock.js'
import { eventAction, isPushToDefaultBranch, readPullRequestEvent, readPushEvent } from './modes/event.js'
import { readViewerLogin } from './github/viewer.js'
import { resolveEscalatePriorities, runNag, scheduleRoles } from './modes/nag.js'
import { DROPPED_LABEL, OVERDUE_LABEL, POSTMORTEM_LABEL } from './plan/labels.js'
import { parseText } from './plan/nag-documents.js'
import { sameAuthor } from './plan/review.js'
import { lintPullRequest } from './modes/lint-pr.js'
import { lintWorkspace } from './modes/lint-workspace.js'
import { pickMode } from './modes/pick.js'
import { syncPostmortems } from './modes/sync.js'
import type { ModeLog, ModeResult } from './modes/types.js'
import { planAnnotations } from './report/annotations.js'
import { renderJobSummary } from './report/job-summary.js'
import { countFindings } from './report/summary-comment.js'
import { verdict } from './report/verdict.js'
import { WriteExecutor } from './write/executor.js'
import { GitHubWritePort } from './write/github-port.js'

const log: ModeLog = { info: core.info, warning: (message) => core.warning(message), debug: core.debug }

function readEventPayload(): unknown {
  const path = process.env['GITHUB_EVENT_PATH']
  if (path === undefined || path === '') return {}
  return JSON.parse(readFileSync(path, 'utf8')) as unknown
}

/** Document text (the dry-run plan quotes findings) must never be read as a workflow command. */
function logVerbatim(text: string): void {
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  core.info(text)
  core.info(`::${token}::`)
}

function repositoryOf(): RepoRef {
  const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/')
  if (owner === undefined || repo === undefined || owner === '' || repo === '') throw new Error('GITHUB_REPOSITORY is not set (expected owner/name, as on a runner)')
  return { owner, repo }
}

/** The UTC calendar date of an ISO 8601 time, or undefined when it is not one. */
function utcDate(timestamp: string | undefined): string | undefined {
  if (timestamp === undefined) return undefined
  const time = new Date(timestamp)
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString().slice(0, 10)
}

/** Schedule mode: its inputs are read here, once, because no other mode needs them. */
async function runScheduleMode(inputs: ActionInputs, config: Config, workspace: string, now: Date): Promise<ModeResult> {
  const nag = readNagInputs()
  const repository = repositoryOf()
  const octokit = createOctokit({ token: inputs.githubToken, log: { warning: log.warning, debug: log.debug }, requestTimeoutMs: inputs.timing.requestTimeoutMs })
  const issues = new IssuesGitHub(octokit, repository)
  const executor = writeExecutor(inputs, octokit, repository)
  const selfLogin = await readViewerLogin(octokit)
  const server = (process.env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')
  const commit = process.env['GITHUB_SHA'] || 'HEAD'
  const result = await runNag({
    workspace,
    paths: inputs.paths,
    config,
    lintFile: readingFile(parseText),
    log,
    now,
    timeZone: nag.timeZone,
    nag: { remindBeforeDays: nag.remindBeforeDays, nagIntervalDays: nag.nagIntervalDays, escalateAfterDays: nag.escalateAfterDays, escalatePriorities: resolveEscalatePriorities(nag.escalatePriorities, config), escalateTo: nag.escalateTo },
    digest: nag.digest,
    dryRun: inputs.dryRun,
    reader: {
      listIssues: async () => (await issues.listIssuesByLabel(POSTMORTEM_LABEL)).map((issue) => ({ ...issue, commentCount: issue.commentCount ?? 0 })),
      listComments: (number) => issues.listComments(number),
      listLabelNames: async () => (await issues.listLabels()).map((label) => label.name),
    },
    execute: (writes) => executor.run(writes),
    roleOf: scheduleRoles,
    isSelf: (login) => sameAuthor(login, selfLogin),
    sourceUrl: (path, line) => `${server}/${repository.owner}/${repository.repo}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`,
    labels: { tracked: POSTMORTEM_LABEL, overdue: OVERDUE_LABEL, dropped: DROPPED_LABEL },
  })
  if (result.digest !== undefined && nag.digest === 'summary') result.notes.push(result.digest)
  return { ...result, summaryTitle: 'Post-mortem reminders' }
}

async function runMode(inputs: ActionInputs, eventName: string, payload: unknown, now: Date): Promise<ModeResult | string> {
  const choice = pickMode(inputs.mode, eventName, eventAction(payload), isPushToDefaultBranch(payload))
  if (choice.kind === 'unavailable') throw new Error(choice.message)
  if (choice.kind === 'skip') return choice.reason
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
  // root: nothing above the workspace is searched or read (the pull request's author controls what is in it).
  const workspaceConfig = () => loadConfig({ cwd: workspace, root: workspace, ...(inputs.config === undefined ? {} : { explicitPath: inputs.config }) })
  if (choice.kind === 'lint-workspace') {
    return lintWorkspace({ workspace, paths: inputs.paths, config: await workspaceConfig(), lintFile, log })
  }
  if (choice.kind === 'nag') return runScheduleMode(inputs, await workspaceConfig(), workspace, now)
  if (choice.kind === 'sync') {
    const push = readPushEvent(payload, process.env['GITHUB_SHA'])
    const repository = repositoryOf()
    const octokit = createOctokit({ token: inputs.githubToken, log: { warning: log.warning, debug: log.debug }, requestTimeoutMs: inputs.timing.requestTimeoutMs })
    const result = await syncPostmortems({
      workspace,
      paths: inputs.paths,
      config: await workspaceConfig(),
      lintFile,
      issues: new IssuesGitHub(octokit, repository),
      executor: writeExecutor(inputs, octokit, repository),
      push,
      scope: inputs.scope,
      // The follow-up counts from the head commit (UTC); a run started by hand has none, so from today.
      headDate: utcDate(push.headTimestamp) ?? now.toISOString().slice(0, 10),
      followUpDays: inputs.followUpDays,
      labels: inputs.labels,
      issueTitle: inputs.issueTitle,
      serverUrl: (process.env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
      dryRun: inputs.dryRun,
      log,
    })
    return { ...result, summaryTitle: 'Post-mortem sync' }
  }
  const { ref, info } = readPullRequestEvent(payload, process.env['GITHUB_REPOSITORY'])
  const octokit = createOctokit({ token: inputs.githubToken, log: { warning: log.warning, debug: log.debug }, requestTimeoutMs: inputs.timing.requestTimeoutMs })
  const pullRequest = new PullRequestGitHub(octokit, ref)
  // By default a pull request is judged by its base branch's configuration: it cannot switch its own check off.
  const baseSha = info.baseSha
  let config: Config
  let configFailure: string | undefined
  if (inputs.configFrom === 'base' && baseSha !== undefined) {
    try {
      config = await loadBaseConfig((paths) => readFilesAtCommit(octokit, ref, baseSha, paths), baseSha, inputs.config)
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error
      // GitHub would not say: lint with the pull request's own configuration so the findings are still
      // reported, and fail the run, so a check judged by the wrong configuration is never green.
      configFailure = `${error.message}; this run used the pull request's own configuration instead, and fails so that is not missed`
      config = await workspaceConfig()
    }
  } else config = await workspaceConfig()
  return lintPullRequest({
    ...(configFailure === undefined ? {} : { configFailure }),
    workspace,
    paths: inputs.paths,
    configFrom: inputs.configFrom,
    ...(inputs.config === undefined ? {} : { configPath: inputs.config }),
    config,
    lintFile,
    github: pullRequest,
    executor: writeExecutor(inputs, octokit, ref, pullRequest),
    pullRequest: info,
    dryRun: inputs.dryRun,
    log,
  })
}

/** The one executor of this run's writes, whatever the mode. */
function writeExecutor(inputs: ActionInputs, octokit: Octokit, repository: RepoRef, pullRequest?: PullRequestGitHub): WriteExecutor {
  const issues = new IssuesGitHub(octokit, repository)
  const port = new GitHubWritePort(pullRequest === undefined ? { issues } : { issues, pullRequest })
  return new WriteExecutor(port, {
    maxWrites: inputs.maxWrites,
    createIntervalMs: inputs.timing.createIntervalMs,
    writeIntervalMs: inputs.timing.writeIntervalMs,
    lateCommitWaitMs: inputs.timing.lateCommitWaitMs,
    log,
  })
}

async function report(inputs: ActionInputs, result: ModeResult): Promise<void> {
  const { annotations, omitted } = planAnnotations(result.files)
  for (const { level, message, ...properties } of annotations) {
    const emit = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice
    emit(message, properties)
  }
  if (omitted > 0) core.notice(`${omitted} more finding(s) are not annotated (GitHub shows 10 annotations per level); the job summary lists every finding.`)
  for (const note of result.notes) if (inputs.dryRun) logVerbatim(note)
  const summary = renderJobSummary({ title: result.summaryTitle ?? 'Post-mortem lint', files: result.files, notes: result.notes })
  try {
    await core.summary.addRaw(summary, true).write()
  } catch (error) {
    // Outside a runner there is no summary file; the annotations above still carry every visible finding.
    core.debug(`No job summary written: ${error instanceof Error ? error.message : String(error)}`)
  }
  const counts = countFindings(result.files)
  core.setOutput('errors', counts.error)
  core.setOutput('warnings', counts.warning)
  core.setOutput('files', result.files.length)
  for (const [name, value] of Object.entries(result.outputs ?? {})) core.setOutput(name, value)
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    // The one read of the clock (POSTMORTEM_NOW replaces it); everything below gets `now` passed in.
    const now = readNow(process.env)
    const outcome = await runMode(inputs, process.env['GITHUB_EVENT_NAME'] ?? '', readEventPayload(), now)
    if (typeof outcome === 'string') {
      core.info(outcome)
      core.setOutput('errors', 0)
      core.setOutput('warnings', 0)
      core.setOutput('files', 0)
      return
    }
    await report(inputs, outcome)
    const result = verdict(outcome.files, inputs.failOn, outcome.githubFailures)
    if (result.failed) core.setFailed(result.message)
    else core.info(result.message)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
