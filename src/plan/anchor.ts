/**
 * Where on the diff a finding's comment goes. Following reviewdog's filter: a finding is
 * shown inline only when it touches a line the pull request added; the comment then spans
 * the finding's lines clipped to that hunk (GitHub requires both ends in one hunk).
 */
import type { Finding } from '../lint/types.js'
import { hunkContaining, isAddedLine, type FileDiff } from './diff.js'

export interface Anchor {
  /** The last line of the comment (GitHub's `line`), RIGHT side. */
  line: number
  /** The first line of a multi-line comment (GitHub's `start_line`), RIGHT side. */
  startLine?: number
}

/** The last line the finding really covers: a range ending at column 1 stops at the line before. */
export function lastCoveredLine(finding: Finding): number {
  if (finding.endLine > finding.line && finding.endColumn <= 1) return finding.endLine - 1
  return Math.max(finding.line, finding.endLine)
}

export function anchorFinding(diff: FileDiff, finding: Finding): Anchor | undefined {
  const last = lastCoveredLine(finding)
  let touched: number | undefined
  for (let line = finding.line; line <= last; line += 1) {
    if (isAddedLine(diff, line)) {
      touched = line
      break
    }
  }
  if (touched === undefined) return undefined
  const hunk = hunkContaining(diff, touched)
  if (hunk === undefined) return undefined
  const start = Math.max(finding.line, hunk.start)
  const end = Math.min(last, hunk.end)
  return start < end ? { startLine: start, line: end } : { line: start }
}
