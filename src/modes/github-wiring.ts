/**
 * What the modes that talk to GitHub share: the repository from the runner's environment, one
 * client, and the one executor of a run's writes. Loaded only by those modes (main.ts imports them
 * on demand), so a run with nothing to send GitHub never loads the HTTP stack.
 */
import type { ActionInputs } from '../inputs.js'
import { createOctokit, type Octokit } from '../github/client.js'
import { IssuesGitHub } from '../github/issues.js'
import type { PullRequestGitHub } from '../github/pull-request.js'
import type { RepoRef } from '../github/types.js'
import { WriteExecutor } from '../write/executor.js'
import { GitHubWritePort } from '../write/github-port.js'
import type { ModeLog } from './types.js'

export function repositoryOf(): RepoRef {
  const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/')
  if (owner === undefined || repo === undefined || owner === '' || repo === '') throw new Error('GITHUB_REPOSITORY is not set (expected owner/name, as on a runner)')
  return { owner, repo }
}

export function serverUrl(): string {
  return (process.env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')
}

export function octokitFor(inputs: ActionInputs, log: ModeLog): Octokit {
  return createOctokit({ token: inputs.githubToken, log: { warning: log.warning, debug: log.debug }, requestTimeoutMs: inputs.timing.requestTimeoutMs })
}

/** The one executor of this run's writes, whatever the mode. */
export function writeExecutor(inputs: ActionInputs, log: ModeLog, octokit: Octokit, repository: RepoRef, pullRequest?: PullRequestGitHub): WriteExecutor {
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
