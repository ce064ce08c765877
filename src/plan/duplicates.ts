/**
 * Convergence after runs that overlapped (pure): two runs on two quick pushes can both see
 * no summary comment and no thread for a finding, and both write one. Any later run, and a
 * run right after its own writes, plans the removal of our duplicates so that exactly one
 * summary comment and one thread per finding remain, whatever ran before.
 *
 * Only objects that carry our marker AND were written by this token's account are touched;
 * a thread someone replied to is kept (the reply would be lost).
 */
import type { IssueComment, ReviewThread } from '../github/types.js'
import { hasSummaryMarker, readFindingMarker } from '../report/markers.js'
import type { PlannedWrite } from '../write/types.js'
import { sameAuthor } from './review.js'

export interface DuplicateCleanup {
  /** Deletions to perform, oldest object of each kind kept. */
  writes: PlannedWrite[]
  /** The summary comment that stays (the oldest of ours), if there is one. */
  keptSummary?: IssueComment
  /** Who "ours" meant. */
  selfLogin?: string
}

export function planDuplicateCleanup(threads: readonly ReviewThread[], comments: readonly IssueComment[], selfLogin: string | undefined): DuplicateCleanup {
  const writes: PlannedWrite[] = []
  const summaries = comments.filter((comment) => hasSummaryMarker(comment.body) && sameAuthor(comment.authorLogin, selfLogin)).sort((a, b) => a.id - b.id)
  for (const extra of summaries.slice(1)) {
    writes.push({ kind: 'delete-comment', commentId: extra.id, key: `delete-summary-${extra.id}`, description: `delete duplicate summary comment ${extra.id}` })
  }

  const byFingerprint = new Map<string, ReviewThread[]>()
  for (const thread of threads) {
    const fingerprint = readFindingMarker(thread.firstCommentBody)
    if (fingerprint === undefined || !sameAuthor(thread.authorLogin, selfLogin) || thread.firstCommentId === undefined) continue
    const key = `${thread.path}\u0000${fingerprint}`
    byFingerprint.set(key, [...(byFingerprint.get(key) ?? []), thread])
  }
  for (const group of byFingerprint.values()) {
    const sorted = [...group].sort((a, b) => (a.firstCommentId ?? 0) - (b.firstCommentId ?? 0))
    for (const extra of sorted.slice(1)) {
      if ((extra.commentCount ?? 1) > 1 || extra.firstCommentId === undefined) continue
      writes.push({
        kind: 'delete-review-comment',
        commentId: extra.firstCommentId,
        key: `delete-review-comment-${extra.firstCommentId}`,
        description: `delete duplicate finding comment ${extra.firstCommentId} on ${extra.path}`,
      })
    }
  }
  return { writes, ...(summaries[0] === undefined ? {} : { keptSummary: summaries[0] }), ...(selfLogin === undefined ? {} : { selfLogin }) }
}

/** Threads that stay after `cleanup` (what planning should see). */
export function withoutDeleted(threads: readonly ReviewThread[], cleanup: DuplicateCleanup): ReviewThread[] {
  const deleted = new Set(cleanup.writes.flatMap((write) => (write.kind === 'delete-review-comment' ? [write.commentId] : [])))
  return threads.filter((thread) => thread.firstCommentId === undefined || !deleted.has(thread.firstCommentId))
}

export function commentsWithoutDeleted(comments: readonly IssueComment[], cleanup: DuplicateCleanup): IssueComment[] {
  const deleted = new Set(cleanup.writes.flatMap((write) => (write.kind === 'delete-comment' ? [write.commentId] : [])))
  return comments.filter((comment) => !deleted.has(comment.id))
}
