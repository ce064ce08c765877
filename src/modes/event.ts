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
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null }
    base?: { repo?: { full_name?: unknown; name?: unknown; owner?: { login?: unknown } } }
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
    },
  }
}

/** What merge mode needs from a `push` (or `workflow_dispatch`) payload. */
export interface PushInfo {
  /** The commit before the push; undefined when the push created the branch (all zeros) or for workflow_dispatch. */
  before?: string
  /** The pushed commit (GITHUB_SHA for workflow_dispatch). */
  after: string
  /** The head commit's time (ISO 8601), when the payload has it. */
  headTimestamp?: string
  /** The branch pushed to, without refs/heads/. */
  branch?: string
  defaultBranch?: string
}

interface PushPayload {
  ref?: unknown
  before?: unknown
  after?: unknown
  head_commit?: { timestamp?: unknown } | null
  repository?: { default_branch?: unknown; master_branch?: unknown }
}

const SHA = /^[0-9a-f]{40}$/i

export function readPushEvent(payload: unknown, fallbackSha: string | undefined): PushInfo {
  const event = (payload ?? {}) as PushPayload
  const ref = typeof event.ref === 'string' ? event.ref : undefined
  const after = typeof event.after === 'string' && SHA.test(event.after) ? event.after : fallbackSha
  if (after === undefined || !SHA.test(after)) throw new EventError('The event has no commit to sync (push "after" or GITHUB_SHA, 40 hex digits)')
  const before = typeof event.before === 'string' && SHA.test(event.before) && !/^0+$/.test(event.before) ? event.before : undefined
  const timestamp = event.head_commit?.timestamp
  const defaultBranch = event.repository?.default_branch ?? event.repository?.master_branch
  return {
    ...(before === undefined ? {} : { before }),
    after,
    ...(typeof timestamp === 'string' ? { headTimestamp: timestamp } : {}),
    ...(ref?.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
    ...(typeof defaultBranch === 'string' ? { defaultBranch } : {}),
  }
}

/** A push to the repository's default branch (where merged post-mortems land). */
export function isPushToDefaultBranch(payload: unknown): boolean {
  const event = (payload ?? {}) as PushPayload
  const defaultBranch = event.repository?.default_branch
  return typeof event.ref === 'string' && typeof defaultBranch === 'string' && event.ref === `refs/heads/${defaultBranch}`
}
