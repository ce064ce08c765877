/** Merge mode as the Action runs it: the push from the event, GitHub as the reader and writer, then syncPostmortems. */
import type { Config } from '../config/types.js'
import { lintFile } from '../files.js'
import { IssuesGitHub } from '../github/issues.js'
import type { ActionInputs } from '../inputs.js'
import { readPushEvent } from './event.js'
import { octokitFor, repositoryOf, serverUrl, writeExecutor } from './github-wiring.js'
import { syncPostmortems } from './sync.js'
import type { ModeLog, ModeResult } from './types.js'

export interface SyncRun {
  inputs: ActionInputs
  payload: unknown
  config: Config
  workspace: string
  now: Date
  log: ModeLog
}

/** The UTC calendar date of an ISO 8601 time, or undefined when it is not one. */
function utcDate(timestamp: string | undefined): string | undefined {
  if (timestamp === undefined) return undefined
  const time = new Date(timestamp)
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString().slice(0, 10)
}

export async function runSyncMode({ inputs, payload, config, workspace, now, log }: SyncRun): Promise<ModeResult> {
  const push = readPushEvent(payload, process.env['GITHUB_SHA'])
  const repository = repositoryOf()
  const octokit = octokitFor(inputs, log)
  const result = await syncPostmortems({
    workspace,
    paths: inputs.paths,
    config,
    lintFile,
    issues: new IssuesGitHub(octokit, repository),
    executor: writeExecutor(inputs, log, octokit, repository),
    push,
    scope: inputs.scope,
    // The follow-up counts from the head commit (UTC); a run started by hand has none, so from today.
    headDate: utcDate(push.headTimestamp) ?? now.toISOString().slice(0, 10),
    followUpDays: inputs.followUpDays,
    labels: inputs.labels,
    issueTitle: inputs.issueTitle,
    serverUrl: serverUrl(),
    dryRun: inputs.dryRun,
    log,
  })
  return { ...result, summaryTitle: 'Post-mortem sync' }
}
