/**
 * The one summary comment on a pull request. It is rendered from the current state only (no
 * clock, no run number), so an unchanged pull request renders the same body and the run can
 * skip the edit.
 */
import type { Finding, FindingSeverity } from '../lint/types.js'
import type { Postmortem } from '../model/types.js'
import { SUMMARY_MARKER } from './markers.js'
import { compareSeverity, findingSentence } from './finding-text.js'
import { timelineDiagram } from './mermaid.js'
import { MAX_COMMENTS_PER_REVIEW } from './review-comment.js'
import { codeSpan, htmlText, inlineText, sliceWhole } from './escape.js'

/** GitHub rejects comment bodies over 65,536 characters; keep well below. */
export const MAX_SUMMARY_LENGTH = 60_000
const MAX_LISTED_FINDINGS = 100
const MAX_DIAGRAMS = 5

export interface SummaryFile {
  path: string
  findings: readonly Finding[]
  postmortem?: Postmortem
}

export interface LocatedFinding {
  path: string
  finding: Finding
}

export interface SummaryInput {
  headSha: string
  files: readonly SummaryFile[]
  /** Findings a reader cannot see in an open review thread: outside the diff, or in a resolved thread. */
  notInline: readonly LocatedFinding[]
  /** What a reviewer must know about how this run judged the pull request (plain text, escaped here). */
  notes?: readonly string[]
}

type Counts = Record<FindingSeverity, number>

function emptyCounts(): Counts {
  return { error: 0, warning: 0, info: 0 }
}

export function countFindings(files: readonly { findings: readonly Finding[] }[]): Counts {
  const counts = emptyCounts()
  for (const file of files) for (const finding of file.findings) counts[finding.severity] += 1
  return counts
}

function plural(count: number, singular: string): string {
  return `${count} ${singular}${count === 1 ? '' : 's'}`
}

function headline(input: SummaryInput, counts: Counts): string {
  const commit = codeSpan(input.headSha.slice(0, 7))
  const files = plural(input.files.length, 'post-mortem')
  if (counts.error + counts.warning + counts.info === 0) {
    return `✅ **All clear**: no findings in ${files} at ${commit}.`
  }
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')]
  if (counts.info > 0) parts.push(plural(counts.info, 'note'))
  return `${counts.error > 0 ? '❌' : '⚠️'} **${parts.join(', ')}** in ${files} at ${commit}.`
}

function ruleTable(files: readonly SummaryFile[]): string[] {
  const perRule = new Map<string, Counts>()
  for (const file of files) {
    for (const finding of file.findings) {
      const counts = perRule.get(finding.ruleId) ?? emptyCounts()
      counts[finding.severity] += 1
      perRule.set(finding.ruleId, counts)
    }
  }
  if (perRule.size === 0) return []
  const rows = [...perRule.entries()].sort(([a], [b]) => a.localeCompare(b))
  return [
    '| Rule | Errors | Warnings | Notes |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([rule, counts]) => `| ${codeSpan(rule)} | ${counts.error} | ${counts.warning} | ${counts.info} |`),
  ]
}

function notInlineList(notInline: readonly LocatedFinding[]): string[] {
  if (notInline.length === 0) return []
  const sorted = [...notInline].sort(
    (a, b) => a.path.localeCompare(b.path) || a.finding.line - b.finding.line || compareSeverity(a.finding.severity, b.finding.severity),
  )
  const listed = sorted.slice(0, MAX_LISTED_FINDINGS)
  const lines = [
    `#### Not shown inline (${notInline.length})`,
    '',
    `On lines this pull request did not change, in a resolved conversation, or beyond the ${MAX_COMMENTS_PER_REVIEW} inline comments one run posts (those follow on the next run):`,
    '',
    ...listed.map(({ path, finding }) => `- ${codeSpan(`${path}:${finding.line}`)} ${findingSentence(finding)}`),
  ]
  if (listed.length < sorted.length) lines.push('', `…and ${sorted.length - listed.length} more: see the job summary of the workflow run.`)
  return lines
}

function timelines(files: readonly SummaryFile[]): string[] {
  const lines: string[] = []
  let drawn = 0
  for (const file of files) {
    const entries = file.postmortem?.timeline?.entries
    if (entries === undefined || drawn >= MAX_DIAGRAMS) continue
    const diagram = timelineDiagram(entries)
    if (diagram === undefined) continue
    drawn += 1
    // Markdown is not rendered inside <summary>: the path goes in <code>, HTML-escaped.
    lines.push('<details open>', `<summary>Timeline of <code>${htmlText(file.path)}</code></summary>`, '', diagram, '', '</details>', '')
  }
  return lines
}

export function renderSummaryComment(input: SummaryInput): string {
  const counts = countFindings(input.files)
  const sections = [
    SUMMARY_MARKER,
    '### Post-mortem review',
    '',
    headline(input, counts),
    '',
    ...(input.notes ?? []).flatMap((note) => [`> [!NOTE]\n> ${inlineText(note)}`, '']),
    ...ruleTable(input.files),
    '',
    ...notInlineList(input.notInline),
    '',
    ...timelines(input.files),
  ]
  const body = sections.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  if (body.length <= MAX_SUMMARY_LENGTH) return body
  const note = '\n\n…cut to fit GitHub\'s comment size limit: the job summary of the workflow run lists every finding.'
  return sliceWhole(body, MAX_SUMMARY_LENGTH - note.length) + note
}
