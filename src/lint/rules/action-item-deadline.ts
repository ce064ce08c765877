/**
 * action-item-deadline: every open action item has a deadline that is a real date, not before the
 * incident. A completed item (`[x]`, struck through, `DONE`) needs none.
 */
import { postmortemRule, quote, unexpected } from '../rule.js'
import { reportMissingFields } from './action-item-fields.js'

export default postmortemRule({
  id: 'action-item-deadline',
  check(context) {
    const { postmortem, report } = context
    reportMissingFields('action-item-deadline', context)
    const incident = postmortem.meta.date?.value || undefined
    for (const item of postmortem.actionItems) {
      if (!item.deadline) continue
      if (!item.deadlineDate) {
        report(unexpected(`deadline ${quote(item.deadline.raw)}`, 'a real calendar date as YYYY-MM-DD'), item.deadline.span, { actual: item.deadline.raw })
      } else if (incident && item.deadlineDate < incident && !item.done) {
        report(unexpected(`deadline ${item.deadlineDate} before the incident (${incident})`, 'a date after the incident'), item.deadline.span, { actual: item.deadline.raw })
      }
    }
  },
})
