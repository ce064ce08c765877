/** action-item-priority: every action item has a priority from the configured scale. */
import { aliasIndex, normalizeLabel } from '../../config/normalize.js'
import { postmortemRule, quote, unexpected } from '../rule.js'
import { priorityScale, reportMissingFields } from './action-item-fields.js'

export default postmortemRule({
  id: 'action-item-priority',
  check(context) {
    const { postmortem, config, report } = context
    reportMissingFields('action-item-priority', context)
    const scale = aliasIndex(config.priorities)
    const expected = `one of ${priorityScale(config)}`
    for (const item of postmortem.actionItems) {
      if (item.priority && !scale.has(normalizeLabel(item.priority.value))) {
        report(unexpected(`priority ${quote(item.priority.raw)}`, expected), item.priority.span, { actual: item.priority.raw })
      }
    }
  },
})
