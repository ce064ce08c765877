/** What the GitHub layer returns: small types of our own, never Octokit responses. */

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

export type ChangedFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface ChangedFile {
  path: string
  status: ChangedFileStatus
  previousPath?: string
  /** Hunks of the change; GitHub omits it for binary files and very large diffs. */
  patch?: string
}

export interface ReviewThread {
  id: string
  isResolved: boolean
  path: string
  authorLogin?: string
  firstCommentBody: string
  /** Database id of the first comment (to delete a duplicate of ours). */
  firstCommentId?: number
  /** Comments in the thread: more than 1 means someone replied. */
  commentCount?: number
}

export interface IssueComment {
  id: number
  authorLogin?: string
  body: string
}

export interface ReviewThreadsPage {
  /** Who the token acts as ("github-actions[bot]"), when GitHub says. */
  viewerLogin?: string
  threads: ReviewThread[]
}

export interface NewReviewComment {
  path: string
  body: string
  line: number
  startLine?: number
}

export interface RepoRef {
  owner: string
  repo: string
}

/** An issue as the modes need it (pull requests excluded). */
export interface IssueSummary {
  number: number
  /** GitHub's database id (sub-issue links take it, not the number). */
  id: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: string[]
  assignees: string[]
  url: string
  authorLogin?: string
  createdAt: string
  /** The `comments` count the list returns (schedule mode compares it with its record in the body). */
  commentCount?: number
  closedAt?: string
  /** Number of the parent issue when this is a sub-issue (from `parent_issue_url`). */
  parentNumber?: number
}

export interface IssueFields {
  title?: string
  body?: string
  labels?: readonly string[]
  assignees?: readonly string[]
  state?: 'open' | 'closed'
}

export interface CreatedComment {
  id: number
  url: string
}

export interface RepoLabel {
  name: string
  color: string
  description: string
}

/** What a push changed, from the compare API. */
export interface ComparedFiles {
  files: ChangedFile[]
  /** GitHub lists at most 300 files: past that the list is incomplete. */
  capped: boolean
}
