/** action-item-priority: every action item has a priority from the configured scale. */
import { aliasIndex, normalizeLabel } from '../../config/normalize.js'
import { postmortemRule, quote, unexpected } from '../rule.js'

export default postmortemRule({
  id: 'action-item-priority',
  check({ postmortem, config, report, firstLine }) {
    const scale = aliasIndex(config.priorities)
    const expected = `one of ${Object.entries(config.priorities)
      .map(([canonical, aliases]) => (aliases[1] ? `${canonical} (${aliases[1]})` : canonical))
      .join(', ')}`
    for (const item of postmortem.actionItems) {
      if (!item.priority) {
        report(unexpected('action item without a priority', expected), firstLine(item.span))
      } else if (!scale.has(normalizeLabel(item.priority.value))) {
        report(unexpected(`priority ${quote(item.priority.raw)}`, expected), item.priority.span, { actual: item.priority.raw })
      }
    }
  },
})
