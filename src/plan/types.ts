/** Inputs and output of review planning: what exists on the pull request vs what the lint found. */
import type { Finding } from '../lint/types.js'
import type { Postmortem } from '../model/types.js'

/** A post-mortem of the pull request after linting. */
export interface PlannedFile {
  path: string
  findings: readonly Finding[]
  /** The linted text, to fingerprint findings and build suggestions. */
  text?: string
  postmortem?: Postmortem
  /** The file's `patch` from the pull request; undefined when GitHub gives none. */
  patch?: string
  /** True when the file could not be linted completely: its existing threads are left alone. */
  incomplete?: boolean
  /** The name before this pull request renamed the file: findings keep their fingerprints across the rename. */
  previousPath?: string
}

/** A review thread as read from GitHub, reduced to what planning needs. */
export interface ExistingThread {
  id: string
  isResolved: boolean
  path: string
  /** Login of the thread's first comment author ("github-actions[bot]", "alice"). */
  authorLogin?: string
  /** Body of the thread's first comment. */
  firstCommentBody: string
}

/** An issue comment on the pull request. */
export interface ExistingComment {
  id: number
  authorLogin?: string
  body: string
}

export interface PlanInput {
  headSha: string
  files: readonly PlannedFile[]
  threads: readonly ExistingThread[]
  comments: readonly ExistingComment[]
  /** Who this run writes as: only objects with our marker AND this author are ours. */
  selfLogin: string | undefined
  /** Notes for the summary comment (the configuration the pull request changes, files GitHub did not list). */
  notes?: readonly string[]
}

export interface PlannedComment {
  path: string
  fingerprint: string
  finding: Finding
  line: number
  startLine?: number
  body: string
  /** A comment shared by several findings on the same line or range: all of them (`finding` is the most severe). */
  members?: PlacedFinding[]
}

export interface PlacedFinding {
  path: string
  fingerprint: string
  finding: Finding
}

export interface ThreadToResolve {
  id: string
  path: string
  fingerprint: string
}

export interface SummaryPlan {
  action: 'create' | 'update' | 'none'
  /** The comment to edit when `action` is 'update' (or the unchanged one for 'none'). */
  commentId?: number
  body: string
}

export interface ReviewPlan {
  /** Comments for the one review this run creates (empty: no review). */
  newComments: PlannedComment[]
  review?: { body: string; key: string }
  /** Findings that touch no added line. */
  outOfDiff: PlacedFinding[]
  /** Findings on changed lines beyond this run's comment cap: listed in the summary, commented on the next run. */
  deferred: PlacedFinding[]
  /** Findings a reader cannot see in an open thread (outside the diff, or in a resolved thread): the summary lists them. */
  notInline: PlacedFinding[]
  /** Findings that already have a thread of ours (resolved or not). */
  alreadyCommented: PlacedFinding[]
  threadsToResolve: ThreadToResolve[]
  summary: SummaryPlan
}
