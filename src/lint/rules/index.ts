/** Every rule, by id. Order is the order findings are produced in for one position. */
import actionItemDeadline from './action-item-deadline.js'
import actionItemId from './action-item-id.js'
import actionItemOwner from './action-item-owner.js'
import actionItemPriority from './action-item-priority.js'
import actionItemSpecific from './action-item-specific.js'
import blamelessLanguage from './blameless-language.js'
import contributingFactors from './contributing-factors.js'
import metadata from './metadata.js'
import requiredSections from './required-sections.js'
import templatePlaceholders from './template-placeholders.js'
import timelineComplete from './timeline-complete.js'
import timelineOrder from './timeline-order.js'
import timelineUtc from './timeline-utc.js'

export const RULES = {
  'required-sections': requiredSections,
  metadata,
  'timeline-utc': timelineUtc,
  'timeline-order': timelineOrder,
  'timeline-complete': timelineComplete,
  'contributing-factors': contributingFactors,
  'action-item-id': actionItemId,
  'action-item-owner': actionItemOwner,
  'action-item-deadline': actionItemDeadline,
  'action-item-priority': actionItemPriority,
  'action-item-specific': actionItemSpecific,
  'blameless-language': blamelessLanguage,
  'template-placeholders': templatePlaceholders,
} as const

export const ruleIds: readonly string[] = Object.keys(RULES)
