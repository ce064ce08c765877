/** Pull-request mode as the Action runs it: the configuration it is judged by, then lintPullRequest. */
import { loadBaseConfig } from '../config/base.js'
import type { Config } from '../config/types.js'
import { lintFile } from '../files.js'
import { readFilesAtCommit } from '../github/contents.js'
import { GitHubError } from '../github/errors.js'
import { PullRequestGitHub } from '../github/pull-request.js'
import type { ActionInputs } from '../inputs.js'
import { readPullRequestEvent } from './event.js'
import { octokitFor, writeExecutor } from './github-wiring.js'
import { lintPullRequest } from './lint-pr.js'
import type { ModeLog, ModeResult } from './types.js'

export interface PullRequestRun {
  inputs: ActionInputs
  payload: unknown
  workspace: string
  /** The configuration in the checkout (the pull request's own). */
  workspaceConfig: () => Promise<Config>
  log: ModeLog
}

export async function runPullRequestMode({ inputs, payload, workspace, workspaceConfig, log }: PullRequestRun): Promise<ModeResult> {
  const { ref, info } = readPullRequestEvent(payload, process.env['GITHUB_REPOSITORY'])
  const octokit = octokitFor(inputs, log)
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
    executor: writeExecutor(inputs, log, octokit, ref, pullRequest),
    pullRequest: info,
    dryRun: inputs.dryRun,
    log,
  })
}
