/** How one finding reads in any Markdown we generate (review comment, summary, job summary). */
import type { Finding, FindingSeverity } from '../lint/types.js'
import { codeSpan, inlineText } from './text.js'

const SEVERITY_LABEL: Record<FindingSeverity, string> = { error: 'Error', warning: 'Warning', info: 'Note' }
const SEVERITY_RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 }

export function severityLabel(severity: FindingSeverity): string {
  return SEVERITY_LABEL[severity]
}

/** Errors first, then warnings, then notes. */
export function compareSeverity(a: FindingSeverity, b: FindingSeverity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b]
}

/** "`rule-id`" linked to the rule's docs when the finding has a URL. */
export function ruleReference(finding: Finding): string {
  const rule = codeSpan(finding.ruleId)
  return finding.url !== undefined && /^https:\/\//.test(finding.url) ? `[${rule}](${finding.url})` : rule
}

/** "**Error** [`rule`](docs): message", safe for Markdown. */
export function findingSentence(finding: Finding): string {
  return `**${severityLabel(finding.severity)}** ${ruleReference(finding)}: ${inlineText(finding.message)}`
}
