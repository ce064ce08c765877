/**
 * Hidden HTML comments that let a later run recognise what an earlier run wrote (as
 * reviewdog does). They are written in the same request that creates the object, so a
 * re-run can always find it and never creates a duplicate.
 */

export const SUMMARY_MARKER = '<!-- postmortem-action:summary -->'

const FINGERPRINT = /^[0-9a-f]{16}(?:-\d+)?$/
const FINDING_MARKER = /<!-- postmortem-action:finding fp=([0-9a-f]{16}(?:-\d+)?) -->/
const REVIEW_MARKER = /<!-- postmortem-action:review key=([0-9a-f]+) -->/

export function findingMarker(fingerprint: string): string {
  if (!FINGERPRINT.test(fingerprint)) throw new Error(`Unexpected fingerprint "${fingerprint}", expected 16 hex digits`)
  return `<!-- postmortem-action:finding fp=${fingerprint} -->`
}

/** The fingerprint in a review comment body we wrote, or undefined for any other comment. */
export function readFindingMarker(body: string): string | undefined {
  return FINDING_MARKER.exec(body)?.[1]
}

export function reviewMarker(key: string): string {
  return `<!-- postmortem-action:review key=${key} -->`
}

export function readReviewMarker(body: string): string | undefined {
  return REVIEW_MARKER.exec(body)?.[1]
}

export function hasSummaryMarker(body: string): boolean {
  return body.includes(SUMMARY_MARKER)
}
