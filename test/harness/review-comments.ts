// Where a review comment may go, decided the way GitHub decides it: the path must be
// one of the pull request's files at that commit, and the line(s) must be inside that
// file's diff hunks on the chosen side. Also re-anchors comments after a push.
import { diffHunkUpTo, findLine, findPosition, parsePatch, type DiffLine, type DiffSide } from './diff-lines.js'
import { mapUnchangedLines } from './make-patch.js'
import { toSentence } from './http-errors.js'
import type { PullFileRecord, ReviewCommentRecord } from './store.js'

export interface CommentAnchorRequest {
  path: string
  line?: number
  side?: DiffSide
  start_line?: number
  start_side?: DiffSide
  position?: number
  subject_type?: 'line' | 'file'
}

export interface ResolvedAnchor {
  kind: 'ok'
  path: string
  side: DiffSide
  startSide: DiffSide | null
  line: number | null
  startLine: number | null
  position: number
  diffHunk: string
  anchoredText: string
}

export type AnchorProblem =
  | { kind: 'path' }
  /** The legacy `position` points outside the patch. */
  | { kind: 'position' }
  /** Thread validation messages, as GitHub lists them for line/start_line problems. */
  | { kind: 'thread'; messages: string[] }

const LINE_NOT_IN_DIFF = 'Pull request review thread line must be part of the diff'
const START_LINE_NOT_IN_HUNK = 'Pull request review thread start line must be part of the same hunk as the line.'
const START_LINE_AFTER_LINE = 'Pull request review thread start line must precede the end line.'
const DIFF_HUNK_BLANK = "Pull request review thread diff hunk can't be blank"

export function resolveAnchor(
  files: readonly PullFileRecord[],
  request: CommentAnchorRequest,
): ResolvedAnchor | AnchorProblem {
  const file = files.find((candidate) => candidate.filename === request.path)
  if (!file) return { kind: 'path' }
  const parsed = parsePatch(file.patch)

  if (request.subject_type === 'file') {
    return {
      kind: 'ok',
      path: file.filename,
      side: 'RIGHT',
      startSide: null,
      line: null,
      startLine: null,
      position: 1,
      diffHunk: parsed.hunks[0]?.header ?? '',
      anchoredText: '',
    }
  }

  if (request.line === undefined && request.position !== undefined) {
    const target = findPosition(parsed, request.position)
    if (!target) return { kind: 'position' }
    const side: DiffSide = target.kind === 'removed' ? 'LEFT' : 'RIGHT'
    return { ...anchorAt(parsed, target, side, null, null), path: file.filename }
  }

  const side: DiffSide = request.side ?? 'RIGHT'
  const target = request.line === undefined ? undefined : findLine(parsed, side, request.line)
  const messages: string[] = []
  if (!target) messages.push(LINE_NOT_IN_DIFF)
  let start: DiffLine | undefined
  if (request.start_line !== undefined) {
    const startSide = request.start_side ?? side
    start = findLine(parsed, startSide, request.start_line)
    if (target && start && start.position >= target.position) messages.push(START_LINE_AFTER_LINE)
    else if (!target || !start || start.hunkIndex !== target.hunkIndex) messages.push(START_LINE_NOT_IN_HUNK)
  }
  if (!target) messages.push(DIFF_HUNK_BLANK)
  if (messages.length > 0 || !target) return { kind: 'thread', messages }
  return {
    ...anchorAt(parsed, target, side, start ? (request.start_side ?? side) : null, start ? (request.start_line ?? null) : null),
    path: file.filename,
  }
}

function anchorAt(
  parsed: ReturnType<typeof parsePatch>,
  target: DiffLine,
  side: DiffSide,
  startSide: DiffSide | null,
  startLine: number | null,
): ResolvedAnchor {
  const line = side === 'RIGHT' ? target.newLine : target.oldLine
  return {
    kind: 'ok',
    path: '',
    side,
    startSide,
    line,
    startLine,
    position: target.position,
    diffHunk: diffHunkUpTo(parsed, target),
    anchoredText: target.text,
  }
}

/** All thread messages joined the way GitHub joins them in one error string. */
export function threadErrorSentence(messages: string[]): string {
  return toSentence(messages)
}

/**
 * Where a head-side line of the previous head sits in the new head, or undefined when
 * that line was changed. Exact when both heads' file contents are known; otherwise the
 * nearest line of the new diff showing the same text.
 */
function carryLine(
  line: number,
  text: string,
  previous: PullFileRecord | undefined,
  next: PullFileRecord,
  parsedNext: ReturnType<typeof parsePatch>,
): number | undefined {
  if (previous?.content !== undefined && next.content !== undefined) {
    return mapUnchangedLines(previous.content, next.content).get(line)
  }
  let best: number | undefined
  for (const candidate of parsedNext.lines) {
    if (candidate.newLine === null || candidate.text !== text) continue
    if (best === undefined || Math.abs(candidate.newLine - line) < Math.abs(best - line)) best = candidate.newLine
  }
  return best
}

/**
 * After a push, a comment follows its line the way GitHub does: a head-side (RIGHT)
 * comment moves with its line if the push left that line unchanged and it is still
 * inside the new diff; a base-side (LEFT) comment stays if its base line is still in
 * the diff. Otherwise it becomes outdated: line and position null, original_* kept.
 */
export function reanchorAfterPush(
  comment: ReviewCommentRecord,
  previousFiles: readonly PullFileRecord[],
  files: readonly PullFileRecord[],
  headSha: string,
): void {
  if (comment.line === null && comment.position === null) return
  const file = files.find((candidate) => candidate.filename === comment.path)
  if (comment.subjectType === 'file') {
    if (file) comment.commitId = headSha
    else comment.position = null
    return
  }
  const previous = previousFiles.find((candidate) => candidate.filename === comment.path)
  const parsed = parsePatch(file?.patch)
  let line: number | undefined
  let startLine: number | undefined
  if (file && comment.line !== null) {
    if (comment.side === 'LEFT') {
      line = comment.line
    } else {
      line = carryLine(comment.line, comment.anchoredText, previous, file, parsed)
    }
    if (comment.startLine !== null && line !== undefined) {
      const startText = previous ? findLine(parsePatch(previous.patch), comment.startSide ?? comment.side, comment.startLine)?.text : undefined
      startLine =
        (comment.startSide ?? comment.side) === 'LEFT'
          ? comment.startLine
          : startText === undefined
            ? undefined
            : carryLine(comment.startLine, startText, previous, file, parsed)
    }
  }
  const target = line === undefined ? undefined : findLine(parsed, comment.side, line)
  const startStillThere = comment.startLine === null || (startLine !== undefined && findLine(parsed, comment.startSide ?? comment.side, startLine) !== undefined)
  if (target && target.text === comment.anchoredText && startStillThere) {
    comment.line = line ?? null
    comment.startLine = comment.startLine === null ? null : (startLine ?? null)
    comment.position = target.position
    comment.commitId = headSha
    return
  }
  comment.line = null
  comment.startLine = null
  comment.position = null
}
