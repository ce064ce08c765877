/** action-item-id: every action item has an ID, and no ID is used twice. */
import { postmortemRule, quote, unexpected } from '../rule.js'

export default postmortemRule({
  id: 'action-item-id',
  check({ postmortem, report, firstLine }) {
    const seen = new Map<string, number>()
    for (const item of postmortem.actionItems) {
      if (!item.id) {
        report(unexpected('action item without an ID', 'an ID such as `AI-1`, so its issue and later reviews can refer to it'), firstLine(item.span))
        continue
      }
      const key = item.id.value.toLowerCase()
      const line = seen.get(key)
      if (line !== undefined) {
        report(unexpected(`duplicate ID ${quote(item.id.value)} (first used on line ${line})`, 'a distinct ID for each action item'), item.id.span, { actual: item.id.raw })
      } else seen.set(key, item.id.span.start.line)
    }
  },
})
