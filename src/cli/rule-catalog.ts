import { KNOWN_RULES } from '../config/defaults.js'
import { ruleDocsUrl } from '../lint/docs.js'
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
}

export function ruleCatalog(): RuleDescriptor[] {
  return KNOWN_RULES.map((id) => ({ id, description: descriptions[id] ?? id, helpUri: ruleDocsUrl(id) }))
}
