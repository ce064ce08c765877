/** timeline-order: each entry is no earlier than the one before it. */
import { postmortemRule, quote, unexpected } from '../rule.js'

export default postmortemRule({
  id: 'timeline-order',
  check({ postmortem, report, firstLine }) {
    let previous: { order: number; raw: string } | undefined
    for (const entry of postmortem.timeline?.entries ?? []) {
      if (entry.order === undefined || !entry.time) continue
      if (previous && entry.order < previous.order) {
        report(unexpected(`${quote(entry.time.raw)} after ${quote(previous.raw)}`, 'timeline entries in chronological order'), firstLine(entry.time.span), { actual: entry.time.raw })
      }
      previous = { order: entry.order, raw: entry.time.raw }
    }
  },
})
