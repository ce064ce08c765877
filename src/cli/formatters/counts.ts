import type { FindingSeverity } from '../../lint/types.js'
import type { LintedFile } from '../../lint/api.js'

export type SeverityCounts = Record<FindingSeverity, number>

export function countSeverities(files: readonly LintedFile[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 }
  for (const file of files) {
    for (const finding of file.findings) counts[finding.severity] += 1
  }
  return counts
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}
