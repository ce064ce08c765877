import type { Formatter } from './types.js'

/**
 * `--format json`: one array, one entry per file, in the shape documented in the README.
 * Only these keys are written, so consumers can rely on them staying stable.
 */
export const formatJson: Formatter = (files) => {
  const report = files.map((file) => ({
    path: file.path,
    messages: file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      message: finding.message,
      url: finding.url,
    })),
  }))
  return `${JSON.stringify(report, null, 2)}\n`
}
