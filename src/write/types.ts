/**
 * Planned writes: everything any mode wants to change on GitHub, decided before anything is
 * written. A plan is a list of these; the one executor (executor.ts) performs it, a dry run
 * prints it. Pure data: no Octokit types here.
 */
import type { GitHubFailureKind } from '../github/errors.js'

/**
 * Which issue a write targets: one that exists (its number; `id`, GitHub's database id, when
 * known, which sub-issue links need), or the issue that an earlier create of the same plan
 * makes (that create's key).
 */
export type IssueRef = { number: number; id?: number } | { createdBy: string }

export interface ReviewCommentToPost {
  path: string
  body: string
  line: number
  startLine?: number
}

export type WriteOperation =
  /** An issue; `marker` (in `body`) finds it again after an uncertain failure. */
  | { kind: 'create-issue'; title: string; body: string; labels: readonly string[]; assignees: readonly string[] }
  /** Fields left out are not sent. `labels` and `assignees` replace the issue's lists. */
  | {
      kind: 'update-issue'
      issue: IssueRef
      title?: string
      body?: string
      labels?: readonly string[]
      assignees?: readonly string[]
      state?: 'open' | 'closed'
    }
  /** A comment on an issue or pull request; `marker` (in `body`) finds it again. */
  | { kind: 'create-comment'; issue: IssueRef; body: string }
  | { kind: 'update-comment'; commentId: number; body: string }
  /** Only ever one of our own comments (a duplicate left by two runs at once). */
  | { kind: 'delete-comment'; commentId: number }
  | { kind: 'add-labels'; issue: IssueRef; labels: readonly string[] }
  | { kind: 'remove-label'; issue: IssueRef; label: string }
  /** A repository label, created with a colour when missing (an existing one is left alone). */
  | { kind: 'create-label'; name: string; color: string; description: string }
  /** Make `child` a sub-issue of `parent` (GitHub takes the child's database id). */
  | { kind: 'add-sub-issue'; parent: IssueRef; child: IssueRef; replaceParent?: boolean }
  /** One review carrying every comment; `marker` (in `body`) finds it again. */
  | { kind: 'create-review'; pullNumber: number; commitId: string; body: string; comments: readonly ReviewCommentToPost[] }
  | { kind: 'resolve-threads'; threadIds: readonly string[] }
  /** Only ever one of our own review comments (a duplicate finding comment). */
  | { kind: 'delete-review-comment'; commentId: number }

export type WriteKind = WriteOperation['kind']

export type PlannedWrite = WriteOperation & {
  /** Stable and unique within a plan: the same document and state give the same key. */
  key: string
  /** For creates: hidden text written in the same request, so a re-read can tell whether it was made. */
  marker?: string
  /** One line for people (dry run, job summary, failures): `create issue "[db-outage] Add an alert"`. */
  description: string
  /** Keys of writes of the same plan that must be done first (besides the creates named by IssueRefs). */
  after?: readonly string[]
}

/** Writes that create something: never repeated blindly, reconciled by marker after an uncertain failure. */
export const CREATE_KINDS: ReadonlySet<WriteKind> = new Set(['create-issue', 'create-comment', 'create-label', 'add-sub-issue', 'create-review'])

/** Writes GitHub counts against its content-creation limits (80 a minute, 500 an hour; issues lower in practice). */
export const CONTENT_CREATING_KINDS: ReadonlySet<WriteKind> = new Set(['create-issue', 'create-comment', 'create-label', 'create-review'])

/** What a write made or touched. */
export interface WriteOutcome {
  /** Issue number (creates and issue writes). */
  number?: number
  /** Database id of what was created (issue, comment, review). */
  id?: number
  /** Where a person sees it. */
  url?: string
  /** True when an uncertain failure turned out to have been committed (found by its marker). */
  reconciled?: boolean
  /** True when there was nothing to do (a label that already existed, a link already there). */
  alreadyThere?: boolean
}

export interface DoneWrite {
  write: PlannedWrite
  outcome: WriteOutcome
}

export interface DeferredWrite {
  write: PlannedWrite
  /** Why it waits for the next run: the write budget, a failed or deferred write it depends on, a read-only token. */
  reason: string
}

export interface FailedWrite {
  write: PlannedWrite
  message: string
  kind: GitHubFailureKind
}

export interface WriteReport {
  done: DoneWrite[]
  deferred: DeferredWrite[]
  failed: FailedWrite[]
  /** The token may not write here (403 "Resource not accessible by integration"): the first such write stopped the rest. */
  readOnly: boolean
  /** Requests that wrote (each attempt counts, a reconciled create once), against the budget. */
  writesUsed: number
}

/**
 * The GitHub side of the executor (src/write/github-port.ts implements it). `issueNumber`
 * turns an IssueRef into the number and id of an existing or just-created issue.
 */
export interface ResolvedIssue {
  number: number
  id?: number
}

export interface WritePort {
  /** Perform one write, once (no blind retry for creates). Throws GitHubError. */
  perform(write: PlannedWrite, resolve: (ref: IssueRef) => ResolvedIssue): Promise<WriteOutcome>
  /** For a create: re-read and look for its marker; undefined when it is not there. */
  findCreated(write: PlannedWrite, resolve: (ref: IssueRef) => ResolvedIssue): Promise<WriteOutcome | undefined>
}
