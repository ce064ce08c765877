import { KNOWN_RULES } from '../config/defaults.js'
import { ruleDocsUrl } from '../lint/docs.js'
import { ENGINE_FINDINGS } from '../lint/engine.js'
import type { RuleDescriptor } from './formatters/types.js'

/** One line per rule for SARIF's rule table (code scanning shows it next to each alert). */
const descriptions: Record<string, string> = {
  'required-sections': 'The post-mortem has every required section (Summary, Impact, Root Cause, Timeline, Contributing Factors, Action Items, What Went Well, Lessons Learned).',
  metadata: 'The header states Date, Duration, Severity and Authors in the expected form.',
  'timeline-utc': 'Timeline times are stated in UTC.',
  'timeline-order': 'Timeline entries are in chronological order.',
  'timeline-complete': 'The timeline covers the incident window, and each entry has an event and a source.',
  'contributing-factors': 'Several contributing factors are listed, not a single root cause.',
  'action-item-id': 'Each action item has a unique ID such as AI-1.',
  'action-item-owner': 'Each action item has an owner written as @user or @org/team.',
  'action-item-deadline': 'Each action item has a real deadline date, not before the incident.',
  'action-item-priority': 'Each action item has a priority from the configured scale.',
  'action-item-specific': 'Action items name a concrete change, not a vague intention.',
  'blameless-language': 'The text describes systems and conditions, not blame on people.',
  'template-placeholders': 'No text is left from the template and no section is left empty.',
}

/** Problems found before or around the rules: the file could not be linted, or a comment is wrong. */
const engineDescriptions: Record<(typeof ENGINE_FINDINGS)[number], string> = {
  'front-matter': 'The YAML front matter could not be read.',
  'too-large': 'The file is too large to lint.',
  'too-deep': 'The document nests too deeply to lint safely.',
  'too-complex': 'The document has a shape the Markdown parser would take too long on (thousands of lists, a paragraph packed with marks).',
  empty: 'The file is empty.',
  binary: 'The file is binary, not Markdown text.',
  encoding: 'The file is not valid UTF-8.',
  unreadable: 'The file could not be read (permissions, a symbolic link, or a path outside the workspace).',
  comment: 'A postmortem-lint comment has an unknown keyword or rule id, or a comment splits a table.',
}

export function ruleCatalog(): RuleDescriptor[] {
  const rules = KNOWN_RULES.map((id) => ({ id, description: descriptions[id] ?? id, helpUri: ruleDocsUrl(id) }))
  const engine = ENGINE_FINDINGS.map((id) => ({ id, description: engineDescriptions[id], helpUri: ruleDocsUrl('parse-errors') }))
  return [...rules, ...engine]
}
