/**
 * Review planning (pure): the findings of this push against what earlier runs left on the
 * pull request. Decides which comments to post, which of our threads to resolve and what the
 * summary says; performs nothing, so dry-run and the real run share it.
 */
import { createHash } from 'node:crypto'
import { compareSeverity } from '../report/finding-text.js'
import { hasSummaryMarker, readFindingMarker } from '../report/markers.js'
import { MAX_COMMENTS_PER_REVIEW, renderFindingComment, renderReviewBody } from '../report/review-comment.js'
import { renderSummaryComment, type LocatedFinding } from '../report/summary-comment.js'
import { anchorFinding } from './anchor.js'
import { parsePatch } from './diff.js'
import { fingerprintFindings } from './fingerprint.js'
import type {
  ExistingComment,
  ExistingThread,
  PlacedFinding,
  PlanInput,
  PlannedComment,
  ReviewPlan,
  SummaryPlan,
  ThreadToResolve,
} from './types.js'

export { MAX_COMMENTS_PER_REVIEW }

/** GitHub shows a bot as "name[bot]" over REST and "name" over GraphQL. */
export function sameAuthor(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false
  const normalise = (login: string): string => login.toLowerCase().replace(/\[bot\]$/, '')
  return normalise(a) === normalise(b)
}

interface OurThread {
  thread: ExistingThread
  fingerprint: string
}

/** Threads we wrote: our marker in the first comment AND written by us. A human quoting the marker does not count. */
function ourThreads(threads: readonly ExistingThread[], selfLogin: string | undefined): OurThread[] {
  const ours: OurThread[] = []
  for (const thread of threads) {
    const fingerprint = readFindingMarker(thread.firstCommentBody)
    if (fingerprint !== undefined && sameAuthor(thread.authorLogin, selfLogin)) ours.push({ thread, fingerprint })
  }
  return ours
}

export function findSummaryComment(comments: readonly ExistingComment[], selfLogin: string | undefined): ExistingComment | undefined {
  return comments.find((comment) => hasSummaryMarker(comment.body) && sameAuthor(comment.authorLogin, selfLogin))
}

function sourceLine(text: string | undefined, line: number): string | undefined {
  return text?.split(/\r?\n/)[line - 1]
}

/** A stable key for one review's content: a retried create finds the review it already made. */
function reviewKey(headSha: string, comments: readonly PlannedComment[]): string {
  const fingerprints = comments.map((comment) => comment.fingerprint).sort()
  return createHash('sha256').update([headSha, ...fingerprints].join('\n')).digest('hex').slice(0, 16)
}

/** The most important comments first (errors, then warnings), in document order, up to the cap. */
function limitComments(candidates: readonly PlannedComment[]): { posted: PlannedComment[]; deferred: PlannedComment[] } {
  if (candidates.length <= MAX_COMMENTS_PER_REVIEW) return { posted: [...candidates], deferred: [] }
  const ranked = candidates
    .map((comment, index) => ({ comment, index }))
    .sort((a, b) => compareSeverity(a.comment.finding.severity, b.comment.finding.severity) || a.index - b.index)
  const kept = new Set(ranked.slice(0, MAX_COMMENTS_PER_REVIEW).map((entry) => entry.index))
  return {
    posted: candidates.filter((_, index) => kept.has(index)),
    deferred: candidates.filter((_, index) => !kept.has(index)),
  }
}

export function planSummary(input: PlanInput, notInline: readonly LocatedFinding[]): SummaryPlan {
  const body = renderSummaryComment({ headSha: input.headSha, files: input.files, notInline, ...(input.notes === undefined ? {} : { notes: input.notes }) })
  const existing = findSummaryComment(input.comments, input.selfLogin)
  if (existing === undefined) {
    const anyFinding = input.files.some((file) => file.findings.length > 0)
    // A pull request that never had a finding gets no comment at all: silence is the all-clear (unless a note must be read).
    return { action: anyFinding || (input.notes?.length ?? 0) > 0 ? 'create' : 'none', body }
  }
  return { action: existing.body.trim() === body ? 'none' : 'update', commentId: existing.id, body }
}

export function planReview(input: PlanInput): ReviewPlan {
  const ours = ourThreads(input.threads, input.selfLogin)
  const commented = new Map(ours.map((entry) => [entry.fingerprint, entry.thread]))
  const candidates: PlannedComment[] = []
  const outOfDiff: PlacedFinding[] = []
  const alreadyCommented: PlacedFinding[] = []
  const notInline: PlacedFinding[] = []
  const current = new Set<string>()

  for (const file of input.files) {
    const diff = parsePatch(file.patch)
    for (const placed of fingerprintFindings(file.path, file.findings, file.text, file.previousPath ?? file.path)) {
      current.add(placed.fingerprint)
      const thread = commented.get(placed.fingerprint)
      if (thread !== undefined) {
        alreadyCommented.push(placed)
        // A resolved conversation is collapsed: list the finding where the reader will see it.
        if (thread.isResolved) notInline.push(placed)
        continue
      }
      const anchor = anchorFinding(diff, placed.finding)
      if (anchor === undefined) {
        outOfDiff.push(placed)
        notInline.push(placed)
        continue
      }
      const body = renderFindingComment(placed.fingerprint, placed.finding, sourceLine(file.text, placed.finding.line))
      candidates.push({ ...placed, ...anchor, body })
    }
  }
  const { posted: newComments, deferred } = limitComments(candidates)
  notInline.push(...deferred)

  const incomplete = new Set(input.files.filter((file) => file.incomplete === true).map((file) => file.path))
  const threadsToResolve: ThreadToResolve[] = ours
    .filter(({ thread, fingerprint }) => !thread.isResolved && !current.has(fingerprint) && !incomplete.has(thread.path))
    .map(({ thread, fingerprint }) => ({ id: thread.id, path: thread.path, fingerprint }))

  const review =
    newComments.length === 0 ? undefined : (() => {
      const key = reviewKey(input.headSha, newComments)
      return { key, body: renderReviewBody(newComments.length, key) }
    })()

  return { newComments, review, outOfDiff, deferred, notInline, alreadyCommented, threadsToResolve, summary: planSummary(input, notInline) }
}
