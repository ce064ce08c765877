/**
 * A 403 from GitHub has several causes, and only one of them is expected: a pull request from a
 * fork runs with a read-only token, so its run cannot comment and says so in a note. Every other
 * 403 is a setting someone must change (the job's `permissions:`, SAML authorisation, an IP
 * allow list, a locked conversation), so the run fails red with a message that names it,
 * instead of passing with a fork note that hides the problem. Pure: the caller passes what
 * GitHub answered and what the event says.
 */

export type ForbiddenReason = 'fork-read-only' | 'missing-permission' | 'saml' | 'ip-allow-list' | 'locked' | 'other'

export interface ForbiddenContext {
  /** The head repository is not the base repository (or was deleted). */
  fromFork: boolean
  /** Dependabot's pull requests also run with a read-only token, by GitHub's design. */
  fromDependabot?: boolean
}

export interface ForbiddenAnswer {
  /** GitHub's message (REST `message`, or a GraphQL error's). */
  message: string
  /** `x-accepted-github-permissions`, e.g. `pull_requests=write; issues=write`. */
  acceptedPermissions?: string
}

export interface ForbiddenVerdict {
  reason: ForbiddenReason
  /** The fork (or Dependabot) case: a note, not a failure. */
  expected: boolean
  /** What is missing and where to set it, for the failure message. */
  explanation: string
}

const NOT_ACCESSIBLE = /resource not accessible by (integration|personal access token)/i
const SAML = /SAML enforcement|SAML SSO|single sign-on/i
const IP_ALLOW_LIST = /IP allow list/i
const LOCKED = /\blocked\b/i

/** `pull_requests=write; issues=write` -> `pull-requests: write, issues: write` (as written in a workflow). */
function asWorkflowPermissions(accepted: string | undefined, fallback: string): string {
  const pairs = (accepted ?? '')
    .split(/[;,]/)
    .map((pair) => pair.trim())
    .filter((pair) => /^[a-z_]+=(read|write)$/.test(pair))
    .map((pair) => pair.replace(/_/g, '-').replace('=', ': '))
  return pairs.length > 0 ? pairs.join(', ') : fallback
}

export function classifyForbidden(answer: ForbiddenAnswer, context: ForbiddenContext, attempted = 'This write'): ForbiddenVerdict {
  const { message } = answer
  if (SAML.test(message)) {
    return {
      reason: 'saml',
      expected: false,
      explanation: `${attempted} was refused by the organisation's SAML single sign-on enforcement: authorise the token for the organisation (a personal access token: "Configure SSO" in its settings), or use the workflow's GITHUB_TOKEN.`,
    }
  }
  if (IP_ALLOW_LIST.test(message)) {
    return {
      reason: 'ip-allow-list',
      expected: false,
      explanation: `${attempted} was refused by the organisation's IP allow list: allow the runner's addresses, or run the job on a runner inside the list.`,
    }
  }
  if (LOCKED.test(message)) {
    return {
      reason: 'locked',
      expected: false,
      explanation: `${attempted} was refused because the pull request's conversation is locked: unlock it (or let the job's token comment on locked conversations) to get the review comments.`,
    }
  }
  if (NOT_ACCESSIBLE.test(message)) {
    if (context.fromFork || context.fromDependabot === true) {
      return { reason: 'fork-read-only', expected: true, explanation: 'read-only token, as for pull requests from forks' }
    }
    const needed = asWorkflowPermissions(answer.acceptedPermissions, 'pull-requests: write')
    return {
      reason: 'missing-permission',
      expected: false,
      explanation: `${attempted} was refused: the token lacks the permission \`${needed}\`, and this pull request is not from a fork. Add \`permissions: { contents: read, ${needed} }\` to the job (or allow "Read and write permissions" for workflows in the repository's Actions settings).`,
    }
  }
  return { reason: 'other', expected: false, explanation: `${attempted} was refused by GitHub (403): ${message}` }
}
