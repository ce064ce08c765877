/**
 * Review planning (pure): the findings of this push against what earlier runs left on the
 * pull request. Decides which comments to post, which of our threads to resolve and what the
 * summary says; performs nothing, so dry-run and the real run share it.
 */
import { createHash } from 'node:crypto'
import { hasSummaryMarker, readFindingMarker } from '../report/markers.js'
import { compareSeverity as bySeverity, findingSentence } from '../report/finding-text.js'
import { findingMarker } from '../report/markers.js'
import { MAX_COMMENTS_PER_REVIEW, renderFindingComment, renderReviewBody } from '../report/review-comment.js'
import { renderSummaryComment, type LocatedFinding } from '../report/summary-comment.js'
import type { Finding } from '../lint/types.js'
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
    .sort((a, b) => bySeverity(a.comment.finding.severity, b.comment.finding.severity) || a.index - b.index)
  const kept = new Set(ranked.slice(0, MAX_COMMENTS_PER_REVIEW).map((entry) => entry.index))
  return {
    posted: candidates.filter((_, index) => kept.has(index)),
    deferred: candidates.filter((_, index) => !kept.has(index)),
  }
}

export function planSummary(input: PlanInput, listed: readonly (LocatedFinding & { members?: readonly LocatedFinding[] })[]): SummaryPlan {
  // A grouped comment that could not be posted lists every finding it stood for.
  const notInline = listed.flatMap((entry) => entry.members ?? [entry])
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
    const anchored: (PlacedFinding & { line: number; startLine?: number })[] = []
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
      anchored.push({ ...placed, ...anchor })
    }
    for (const group of groupByRange(anchored)) {
      const [first] = group as [(typeof group)[number]]
      if (group.length === 1) {
        candidates.push({ ...first, body: renderFindingComment(first.fingerprint, first.finding, sourceLine(file.text, first.finding.line)) })
        continue
      }
      // Findings on the same line or range share one comment; its marker is the group's own fingerprint.
      const fingerprint = groupFingerprint(group.map((placed) => placed.fingerprint))
      current.add(fingerprint)
      const placedGroup = group.map(({ path, fingerprint: own, finding }) => ({ path, fingerprint: own, finding }))
      const thread = commented.get(fingerprint)
      if (thread !== undefined) {
        alreadyCommented.push(...placedGroup)
        if (thread.isResolved) notInline.push(...placedGroup)
        continue
      }
      const lead = [...group].sort((a, b) => bySeverity(a.finding.severity, b.finding.severity))[0] as (typeof group)[number]
      candidates.push({ path: file.path, fingerprint, finding: lead.finding, line: first.line, startLine: first.startLine, body: renderGroupedComment(fingerprint, group.map((placed) => placed.finding)), members: placedGroup })
    }
  }
  const { posted: newComments, deferred } = limitComments(candidates)
  notInline.push(...deferred.flatMap((comment) => comment.members ?? [comment]))

  const incomplete = new Set(input.files.filter((file) => file.incomplete === true).map((file) => file.path))
  const threadsToResolve: ThreadToResolve[] = ours
    .filter(({ thread, fingerprint }) => !thread.isResolved && !current.has(fingerprint) && !incomplete.has(thread.path))
    .map(({ thread, fingerprint }) => ({ id: thread.id, path: thread.path, fingerprint }))

  const review =
    newComments.length === 0 ? undefined : (() => {
      const key = reviewKey(input.headSha, newComments)
      return { key, body: renderReviewBody(newComments.reduce((sum, comment) => sum + (comment.members?.length ?? 1), 0), key) }
    })()

  const deferredFindings = deferred.flatMap((comment) => comment.members ?? [{ path: comment.path, fingerprint: comment.fingerprint, finding: comment.finding }])
  return { newComments, review, outOfDiff, deferred: deferredFindings, notInline, alreadyCommented, threadsToResolve, summary: planSummary(input, notInline) }
}

/** Findings anchored on the same lines, in document order; each group becomes one review comment. */
function groupByRange<T extends { line: number; startLine?: number }>(anchored: readonly T[]): T[][] {
  const groups = new Map<string, T[]>()
  for (const placed of anchored) {
    const key = `${placed.startLine ?? placed.line}:${placed.line}`
    const group = groups.get(key)
    if (group) group.push(placed)
    else groups.set(key, [placed])
  }
  return [...groups.values()]
}

/** A stable fingerprint for a set of findings: the same findings on the same line keep their one comment across runs. */
export function groupFingerprint(fingerprints: readonly string[]): string {
  return createHash('sha256').update(['group', ...[...fingerprints].sort()].join('\n')).digest('hex').slice(0, 16)
}

/**
 * One comment for several findings on the same line or range: one bullet per finding, most severe
 * first. No suggestion block: a suggestion rewrites whole lines, and two rewrites of one line
 * cannot both be applied.
 */
export function renderGroupedComment(fingerprint: string, findings: readonly Finding[]): string {
  const ordered = [...findings].sort((a, b) => bySeverity(a.severity, b.severity))
  return [findingMarker(fingerprint), `${ordered.length} findings on this line:`, ordered.map((finding) => `- ${findingSentence(finding)}`).join('\n')].join('\n\n')
}
