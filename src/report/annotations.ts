/**
 * Findings as workflow annotations. A step shows at most 10 error and 10 warning annotations
 * (and 10 notices), so the most important go first and the rest are left to the job summary
 * rather than printed where nobody sees them.
 */
import type { Finding } from '../lint/types.js'
import { compareSeverity } from './finding-text.js'

export const VISIBLE_PER_LEVEL = 10
/**
 * Findings annotated per level: one visible slot per level stays free for the run's own
 * message (the failure reason is an error annotation, the read-only notice a warning, the
 * "more in the job summary" line a notice).
 */
export const FINDINGS_PER_LEVEL = VISIBLE_PER_LEVEL - 1

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  title: string
  file: string
  startLine: number
  endLine: number
  startColumn?: number
  endColumn?: number
}

export interface AnnotationPlan {
  annotations: Annotation[]
  /** Findings not annotated because their level was full; all are in the job summary. */
  omitted: number
}

export interface FileFindings {
  path: string
  findings: readonly Finding[]
}

const LEVEL: Record<Finding['severity'], AnnotationLevel> = { error: 'error', warning: 'warning', info: 'notice' }

function toAnnotation(path: string, finding: Finding): Annotation {
  const endLine = Math.max(finding.line, finding.endLine)
  const annotation: Annotation = {
    level: LEVEL[finding.severity],
    message: finding.message,
    title: `postmortem-lint(${finding.ruleId})`,
    file: path,
    startLine: finding.line,
    endLine,
  }
  // GitHub accepts columns only on a single-line annotation.
  if (endLine === finding.line) {
    annotation.startColumn = finding.column
    annotation.endColumn = Math.max(finding.column, finding.endColumn)
  }
  return annotation
}

/** Errors, then warnings, then notes; within a level, files in the given order and top to bottom. */
export function planAnnotations(files: readonly FileFindings[], perLevel = FINDINGS_PER_LEVEL): AnnotationPlan {
  const ordered = files
    .flatMap((file, fileIndex) => file.findings.map((finding) => ({ path: file.path, finding, fileIndex })))
    .sort(
      (a, b) =>
        compareSeverity(a.finding.severity, b.finding.severity) ||
        a.fileIndex - b.fileIndex ||
        a.finding.line - b.finding.line ||
        a.finding.column - b.finding.column,
    )
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  let omitted = 0
  for (const { path, finding } of ordered) {
    const level = LEVEL[finding.severity]
    if (used[level] >= perLevel) {
      omitted += 1
      continue
    }
    used[level] += 1
    annotations.push(toAnnotation(path, finding))
  }
  return { annotations, omitted }
}
