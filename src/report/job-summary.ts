/**
 * The job summary: every finding, one table per file. GitHub refuses a step summary over
 * 1 MiB, so the text stops before that with a note saying how much was left out.
 */
import type { Finding } from '../lint/types.js'
import { compareSeverity, ruleReference, severityLabel } from './finding-text.js'
import { countFindings } from './summary-comment.js'
import { tableCell } from './text.js'

export const MAX_JOB_SUMMARY_BYTES = 1024 * 1024
const RESERVED_FOR_NOTE = 512

export interface JobSummaryFile {
  path: string
  findings: readonly Finding[]
  skipped?: boolean
}

export interface JobSummaryInput {
  title: string
  files: readonly JobSummaryFile[]
  /** Extra paragraphs (fork notice, dry-run plan, failed writes), already safe Markdown. */
  notes?: readonly string[]
}

function fileSection(file: JobSummaryFile): string {
  const heading = `### ${tableCell(file.path)}`
  if (file.findings.length === 0) return `${heading}\n\nNo findings.\n`
  const rows = [...file.findings]
    .sort((a, b) => a.line - b.line || a.column - b.column || compareSeverity(a.severity, b.severity))
    .map((f) => `| ${f.line}:${f.column} | ${severityLabel(f.severity)} | ${ruleReference(f)} | ${tableCell(f.message)} |`)
  return [heading, '', '| Line | Severity | Rule | Message |', '| ---: | --- | --- | --- |', ...rows, ''].join('\n')
}

export function renderJobSummary(input: JobSummaryInput, maxBytes = MAX_JOB_SUMMARY_BYTES): string {
  const counts = countFindings(input.files)
  const head = [
    `## ${input.title}`,
    '',
    `${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes in ${input.files.length} files.`,
    '',
    ...(input.notes ?? []).flatMap((note) => [note, '']),
    '',
  ].join('\n')
  let out = head
  let bytes = Buffer.byteLength(out)
  for (const [index, file] of input.files.entries()) {
    const section = fileSection(file) + '\n'
    const size = Buffer.byteLength(section)
    if (bytes + size > maxBytes - RESERVED_FOR_NOTE) {
      const left = input.files.length - index
      out += `\n> [!NOTE]\n> The job summary reached GitHub's 1 MiB limit: ${left} more file(s) are not listed. Run \`postmortem lint\` locally to see them.\n`
      return out
    }
    out += section
    bytes += size
  }
  return out
}
