/** Bodies of the inline review comments and of the review that carries them. */
import type { Finding } from '../lint/types.js'
import { findingMarker, reviewMarker } from './markers.js'
import { findingSentence } from './finding-text.js'
import { fencedBlock } from './text.js'

/**
 * Inline comments one run posts at most. A very long review is slow for GitHub to create and
 * for a person to read; the rest are listed in the summary now and commented on the next run.
 */
export const MAX_COMMENTS_PER_REVIEW = 50

/**
 * The line as it would read with the finding's suggestion applied, or undefined when the
 * finding has no suggestion or spans several lines (a suggestion block replaces whole
 * lines, so only a single-line rewrite is safe to offer).
 */
export function suggestedLine(finding: Finding, sourceLine: string | undefined): string | undefined {
  if (finding.suggestion === undefined || sourceLine === undefined) return undefined
  if (finding.endLine !== finding.line) return undefined
  const line = sourceLine.replace(/\r$/, '')
  const start = finding.column - 1
  const end = finding.endColumn - 1
  if (start < 0 || end < start || end > line.length) return undefined
  return line.slice(0, start) + finding.suggestion.replacement + line.slice(end)
}

export function renderFindingComment(fingerprint: string, finding: Finding, sourceLine: string | undefined): string {
  const parts = [findingMarker(fingerprint), findingSentence(finding)]
  const rewrite = suggestedLine(finding, sourceLine)
  // GitHub applies a suggestion as-is, so its text is left untouched: mentions inside a code block do not notify.
  if (rewrite !== undefined) parts.push(fencedBlock('suggestion', rewrite))
  return parts.join('\n\n')
}

export function renderReviewBody(commentCount: number, key: string): string {
  const noun = commentCount === 1 ? 'finding' : 'findings'
  return `${reviewMarker(key)}\nPost-mortem lint: ${commentCount} new ${noun} on lines this pull request changed. The summary comment has the counts per rule and the findings not shown inline.`
}
