// The fake GitHub's in-memory state: plain records, one id sequence, node ids in
// GitHub's "<TYPE>_<base64>" style. Rendering to API shapes lives in render.ts.
import type { DiffSide } from './diff-lines.js'

export type Permission = 'write' | 'read'

/** Who GITHUB_TOKEN writes as: the login of tokens registered without one. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'
export type UserType = 'User' | 'Bot' | 'Organization'

export interface UserRecord {
  id: number
  nodeId: string
  login: string
  type: UserType
}

export interface RepoRecord {
  id: number
  nodeId: string
  owner: string
  name: string
  private: boolean
  defaultBranch: string
  /** Logins that can be assigned (collaborators); the owner is always assignable. */
  collaborators: Set<string>
  /** The setting "Allow GitHub Actions to create and approve pull requests" (off by default on GitHub). */
  actionsCanApprove: boolean
  createdAt: Date
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface PullFileRecord {
  filename: string
  status: FileStatus
  patch?: string
  previous_filename?: string
  /** The head version's full text, when the test gave it: lets comments follow their line across pushes exactly. */
  content?: string
  additions: number
  deletions: number
  changes: number
  sha: string
}

export interface PullRecord {
  repoKey: string
  number: number
  id: number
  nodeId: string
  headSha: string
  baseSha: string
  headRef: string
  baseRef: string
  headRepoFullName: string
  draft: boolean
  merged: boolean
  mergedAt: Date | null
  mergeCommitSha: string | null
  files: PullFileRecord[]
  /** Every head the PR has had and still knows (a force-push forgets the replaced ones), with its files. */
  commits: Map<string, PullFileRecord[]>
}

export interface IssueRecord {
  repoKey: string
  id: number
  nodeId: string
  number: number
  title: string
  body: string | null
  author: string
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null
  labels: string[]
  assignees: string[]
  locked: boolean
  createdAt: Date
  updatedAt: Date
  closedAt: Date | null
  closedBy: string | null
  /** Set when this issue is a pull request (GitHub numbers both from one sequence). */
  isPullRequest: boolean
  /** Number of the parent issue when this is a sub-issue (one parent per child, as on GitHub). */
  parentNumber?: number
}

/** What `GET /compare/{base}...{head}` answers for one pair of commits. */
export interface ComparisonRecord {
  repoKey: string
  base: string
  head: string
  files: Array<{ filename: string; status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'; previous_filename?: string }>
  headDate: Date
}

export interface IssueCommentRecord {
  repoKey: string
  id: number
  nodeId: string
  issueNumber: number
  body: string
  author: string
  createdAt: Date
  updatedAt: Date
}

export type ReviewState = 'PENDING' | 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED'

export interface ReviewRecord {
  repoKey: string
  id: number
  nodeId: string
  pullNumber: number
  author: string
  body: string
  state: ReviewState
  commitId: string
  submittedAt: Date | null
}

export interface ReviewCommentRecord {
  repoKey: string
  id: number
  nodeId: string
  pullNumber: number
  reviewId: number
  threadId: number
  inReplyToId: number | null
  path: string
  side: DiffSide
  startSide: DiffSide | null
  /** Current anchors: null once the comment is outdated. */
  line: number | null
  startLine: number | null
  position: number | null
  /** Anchors at the time of writing. */
  originalLine: number
  originalStartLine: number | null
  originalPosition: number
  commitId: string
  originalCommitId: string
  diffHunk: string
  subjectType: 'line' | 'file'
  /** Text of the commented line when written; a later push keeps the anchor only if this text is still there. */
  anchoredText: string
  body: string
  author: string
  createdAt: Date
  updatedAt: Date
}

export interface ReviewThreadRecord {
  repoKey: string
  id: number
  nodeId: string
  pullNumber: number
  path: string
  isResolved: boolean
  resolvedBy: string | null
  /** Comment ids in order; the first is the top-level comment. */
  commentIds: number[]
}

export interface LabelRecord {
  repoKey: string
  id: number
  nodeId: string
  name: string
  color: string
  description: string | null
  isDefault: boolean
}

export function repoKeyOf(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase()
}

/** GitHub's newer node ids look like `I_kwDOABCD`; ours keep the prefix and encode the numeric id. */
export function makeNodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`fake:${id}`).toString('base64url')}`
}

export class Store {
  private nextId = 1_000_001
  readonly users = new Map<string, UserRecord>()
  readonly repos = new Map<string, RepoRecord>()
  readonly pulls = new Map<string, PullRecord>()
  readonly issues: IssueRecord[] = []
  readonly issueComments: IssueCommentRecord[] = []
  readonly reviews: ReviewRecord[] = []
  readonly reviewComments: ReviewCommentRecord[] = []
  readonly reviewThreads: ReviewThreadRecord[] = []
  readonly labels: LabelRecord[] = []
  readonly comparisons: ComparisonRecord[] = []
  /** `repoKey#number` of deleted issues: GitHub answers 410 for them and never reuses the number. */
  readonly deletedIssues = new Set<string>()

  newId(): number {
    return this.nextId++
  }

  ensureUser(login: string, type?: UserType): UserRecord {
    const key = login.toLowerCase()
    const existing = this.users.get(key)
    if (existing) {
      if (type) existing.type = type
      return existing
    }
    const resolvedType: UserType = type ?? (login.endsWith('[bot]') ? 'Bot' : 'User')
    const id = this.newId()
    const prefix = resolvedType === 'Bot' ? 'BOT' : resolvedType === 'Organization' ? 'O' : 'U'
    const user: UserRecord = { id, nodeId: makeNodeId(prefix, id), login, type: resolvedType }
    this.users.set(key, user)
    return user
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(repoKeyOf(owner, name))
  }

  issue(repoKey: string, number: number): IssueRecord | undefined {
    return this.issues.find((issue) => issue.repoKey === repoKey && issue.number === number)
  }

  pull(repoKey: string, number: number): PullRecord | undefined {
    return this.pulls.get(`${repoKey}#${number}`)
  }

  nextIssueNumber(repoKey: string): number {
    let highest = 0
    for (const issue of this.issues) if (issue.repoKey === repoKey && issue.number > highest) highest = issue.number
    for (const deleted of this.deletedIssues) {
      const [key, number] = deleted.split('#')
      if (key === repoKey && Number(number) > highest) highest = Number(number)
    }
    return highest + 1
  }

  label(repoKey: string, name: string): LabelRecord | undefined {
    const wanted = name.toLowerCase()
    return this.labels.find((label) => label.repoKey === repoKey && label.name.toLowerCase() === wanted)
  }

  reviewComment(repoKey: string, id: number): ReviewCommentRecord | undefined {
    return this.reviewComments.find((comment) => comment.repoKey === repoKey && comment.id === id)
  }

  thread(id: number): ReviewThreadRecord | undefined {
    return this.reviewThreads.find((thread) => thread.id === id)
  }

  byNodeId(nodeId: string): { kind: string; record: unknown } | undefined {
    const thread = this.reviewThreads.find((candidate) => candidate.nodeId === nodeId)
    if (thread) return { kind: 'PullRequestReviewThread', record: thread }
    const comment = this.reviewComments.find((candidate) => candidate.nodeId === nodeId)
    if (comment) return { kind: 'PullRequestReviewComment', record: comment }
    const issue = this.issues.find((candidate) => candidate.nodeId === nodeId)
    if (issue) return { kind: issue.isPullRequest ? 'PullRequest' : 'Issue', record: issue }
    const issueComment = this.issueComments.find((candidate) => candidate.nodeId === nodeId)
    if (issueComment) return { kind: 'IssueComment', record: issueComment }
    return undefined
  }
}
