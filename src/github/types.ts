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
