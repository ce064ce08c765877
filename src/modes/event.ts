/** The parts of a webhook payload the modes need (pure: the payload is read by main). */
import type { PullRequestRef } from '../github/types.js'
import type { PullRequestInfo } from './lint-pr.js'

export class EventError extends Error {
  override name = 'EventError'
}

interface PullRequestPayload {
  action?: unknown
  pull_request?: {
    number?: unknown
    changed_files?: unknown
    user?: { login?: unknown } | null
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null }
    base?: { sha?: unknown; repo?: { full_name?: unknown; name?: unknown; owner?: { login?: unknown } } }
  }
  repository?: { name?: unknown; owner?: { login?: unknown } }
}

export function eventAction(payload: unknown): string | undefined {
  const action = (payload as PullRequestPayload | undefined)?.action
  return typeof action === 'string' ? action : undefined
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new EventError(`The pull_request event has no ${what}`)
  return value
}

export function readPullRequestEvent(payload: unknown, repository: string | undefined): { ref: PullRequestRef; info: PullRequestInfo } {
  const event = (payload ?? {}) as PullRequestPayload
  const pull = event.pull_request
  if (pull === undefined) throw new EventError('The pull_request event has no pull_request object')
  if (typeof pull.number !== 'number') throw new EventError('The pull_request event has no pull_request.number')
  const baseFullName = typeof pull.base?.repo?.full_name === 'string' ? pull.base.repo.full_name : repository
  const [owner, repo] = text(baseFullName, 'base repository (pull_request.base.repo.full_name or GITHUB_REPOSITORY)').split('/')
  if (owner === undefined || repo === undefined || owner === '' || repo === '') throw new EventError(`Unexpected repository "${baseFullName}", expected owner/name`)
  const headFullName = pull.head?.repo?.full_name
  return {
    ref: { owner, repo, number: pull.number },
    info: {
      number: pull.number,
      headSha: text(pull.head?.sha, 'pull_request.head.sha'),
      // A deleted fork has no head repository: treat it as a fork too.
      fromFork: typeof headFullName !== 'string' || headFullName.toLowerCase() !== String(baseFullName).toLowerCase(),
      // Dependabot's pull requests run with a read-only token by GitHub's design, like a fork's.
      fromDependabot: pull.user?.login === 'dependabot[bot]',
      ...(typeof pull.base?.sha === 'string' && pull.base.sha !== '' ? { baseSha: pull.base.sha } : {}),
      ...(typeof pull.changed_files === 'number' ? { changedFiles: pull.changed_files } : {}),
    },
  }
}
