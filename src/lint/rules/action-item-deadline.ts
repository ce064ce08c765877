/** action-item-deadline: every action item has a deadline that is a real date, not before the incident. */
import { postmortemRule, quote, unexpected } from '../rule.js'

export default postmortemRule({
  id: 'action-item-deadline',
  check({ postmortem, report, firstLine }) {
    const incident = postmortem.meta.date?.value || undefined
    for (const item of postmortem.actionItems) {
      if (!item.deadline) {
        report(unexpected('action item without a deadline', 'a date as YYYY-MM-DD by which it is done'), firstLine(item.span))
      } else if (!item.deadlineDate) {
        report(unexpected(`deadline ${quote(item.deadline.raw)}`, 'a real calendar date as YYYY-MM-DD'), item.deadline.span, { actual: item.deadline.raw })
      } else if (incident && item.deadlineDate < incident) {
        report(unexpected(`deadline ${item.deadlineDate} before the incident (${incident})`, 'a date after the incident'), item.deadline.span, { actual: item.deadline.raw })
      }
    }
  },
})
