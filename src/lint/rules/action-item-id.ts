/** action-item-id: every action item has an ID, and no ID is used twice. */
import { postmortemRule, quote, unexpected } from '../rule.js'
import { reportMissingFields } from './action-item-fields.js'

export default postmortemRule({
  id: 'action-item-id',
  check(context) {
    const { postmortem, report } = context
    reportMissingFields('action-item-id', context)
    const seen = new Map<string, number>()
    for (const item of postmortem.actionItems) {
      if (!item.id) continue
      const key = item.id.value.toLowerCase()
      const line = seen.get(key)
      if (line !== undefined) {
        report(unexpected(`duplicate ID ${quote(item.id.value)} (first used on line ${line})`, 'a distinct ID for each action item'), item.id.span, { actual: item.id.raw })
      } else seen.set(key, item.id.span.start.line)
    }
  },
})
