import type { Finding, FindingSeverity } from '../../lint/types.js'
import type { LintedFile } from '../../lint/api.js'
import type { Formatter } from './types.js'
import { countSeverities, plural } from './counts.js'
import { runnerPath, runnerText } from '../../report/escape.js'

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'blue' | 'green' | 'underline'

const ansi: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  underline: [4, 24],
}

/** Longer messages are not padded: one long message should not push every rule id off screen. */
const MAX_ALIGNED_MESSAGE = 72

const styleBySeverity: Record<FindingSeverity, Style> = { error: 'red', warning: 'yellow', info: 'blue' }

/**
 * `--format stylish` (the default): findings grouped by file, one aligned line each
 * (`line:column  severity  message  rule-id`), then a totals line.
 */
export const formatStylish: Formatter = (files, context) => {
  const paint = (style: Style, text: string): string =>
    context.color ? `\u001b[${ansi[style][0]}m${text}\u001b[${ansi[style][1]}m` : text
  const blocks = files
    .filter((file) => file.findings.length > 0)
    .map((file) => fileBlock(file, paint))
  return [...blocks, totalsLine(files, paint)].join('\n\n') + '\n'
}

function fileBlock(file: LintedFile, paint: (style: Style, text: string) => string): string {
  const heading = paint('underline', runnerPath(file.path)) + (file.skipped === true ? paint('dim', ' (skipped)') : '')
  const rows = [...file.findings].sort(byPosition).map((finding) => ({
    position: `${finding.line}:${finding.column}`,
    severity: finding.severity,
    message: runnerText(finding.message),
    ruleId: finding.ruleId,
  }))
  const positionWidth = Math.max(...rows.map((row) => row.position.length))
  const severityWidth = Math.max(...rows.map((row) => row.severity.length))
  const messageWidth = Math.max(...rows.map((row) => row.message.length).filter((length) => length <= MAX_ALIGNED_MESSAGE), 0)
  const lines = rows.map(
    (row) =>
      `  ${paint('dim', row.position.padStart(positionWidth))}  ` +
      `${paint(styleBySeverity[row.severity], row.severity.padEnd(severityWidth))}  ` +
      `${row.message.padEnd(messageWidth)}  ${paint('dim', row.ruleId)}`,
  )
  return [heading, ...lines].join('\n')
}

function totalsLine(files: readonly LintedFile[], paint: (style: Style, text: string) => string): string {
  const counts = countSeverities(files)
  const problems = counts.error + counts.warning + counts.info
  const skipped = files.filter((file) => file.skipped === true).length
  const scope = `${plural(files.length, 'file')} checked` + (skipped > 0 ? `, ${skipped} skipped` : '')
  if (problems === 0) return paint('green', `✔ ${scope}, no problems`)
  const breakdown = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}`
  const summary = `${counts.error > 0 ? '✖' : '⚠'} ${plural(problems, 'problem')} (${breakdown}) in ${scope}`
  return paint('bold', paint(counts.error > 0 ? 'red' : 'yellow', summary))
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column
}

/**
 * Document text and paths are shown as written, except what a terminal or the Actions runner
 * would act on (control characters, workflow commands): see `runnerText` in report/escape.ts.
 */
export const printable = runnerText
