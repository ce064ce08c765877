/** GitHub failures, sorted into what the caller does about them. */

export type GitHubFailureKind =
  /** The token may not write here: a fork's pull request, Dependabot, or missing `pull-requests: write`. */
  | 'read-only'
  /** GitHub refused the content (422): e.g. a review comment outside the diff. */
  | 'unprocessable'
  /** 5xx, timeout or dropped connection: a write may or may not have happened. */
  | 'uncertain'
  | 'other'

export class GitHubError extends Error {
  override name = 'GitHubError'
  /** For a refused request (403): GitHub's own message and the permissions it accepts, to tell the causes apart (src/github/forbidden.ts). */
  forbidden?: { message: string; acceptedPermissions?: string }
  constructor(
    message: string,
    readonly kind: GitHubFailureKind,
    readonly status: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

const READ_ONLY = /Resource not accessible by integration/i

interface ErrorShape {
  status?: unknown
  message?: unknown
  errors?: unknown
  response?: { data?: unknown; headers?: Record<string, unknown> }
}

function graphqlMessages(error: ErrorShape): string[] {
  const list = Array.isArray(error.errors) ? error.errors : []
  return list.map((entry: unknown) => String((entry as { message?: unknown }).message ?? '')).filter((message) => message !== '')
}

/** Turn whatever Octokit threw into a GitHubError naming what was attempted. */
export function toGitHubError(error: unknown, attempted: string): GitHubError {
  if (error instanceof GitHubError) return error
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape
  const status = typeof shape.status === 'number' ? shape.status : undefined
  const messages = [String(shape.message ?? error), ...graphqlMessages(shape)]
  const text = messages.join('; ')
  let kind: GitHubFailureKind = 'other'
  if (messages.some((message) => READ_ONLY.test(message)) || (status === 403 && !/rate limit/i.test(text))) kind = 'read-only'
  else if (status === 422) kind = 'unprocessable'
  else if (status === undefined || status >= 500) kind = 'uncertain'
  const failure = new GitHubError(`${attempted} failed${status === undefined ? '' : ` (HTTP ${status})`}: ${text}`, kind, status, { cause: error })
  if (kind === 'read-only') {
    const data = shape.response?.data as { message?: unknown } | undefined
    const accepted = shape.response?.headers?.['x-accepted-github-permissions']
    failure.forbidden = {
      message: typeof data?.message === 'string' ? data.message : [...graphqlMessages(shape), String(shape.message ?? error)][0] ?? text,
      ...(typeof accepted === 'string' ? { acceptedPermissions: accepted } : {}),
    }
  }
  return failure
}
