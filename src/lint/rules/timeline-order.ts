/** timeline-order: each entry is no earlier than the one before it. */
import { postmortemRule, quote, unexpected } from '../rule.js'

export default postmortemRule({
  id: 'timeline-order',
  check({ postmortem, report, firstLine }) {
    let previous: { order: number; raw: string; date?: string } | undefined
    for (const entry of postmortem.timeline?.entries ?? []) {
      if (entry.order === undefined || !entry.time) continue
      const time = entry.time.value
      // A date without a time ("2021-12-17") is out of order only before an earlier day, not before a time of that day.
      const earlier = time.dateOnly ? Boolean(time.date && previous?.date && time.date < previous.date) : previous !== undefined && entry.order < previous.order
      if (previous && earlier) {
        report(unexpected(`${quote(entry.time.raw)} after ${quote(previous.raw)}`, 'timeline entries in chronological order'), firstLine(entry.time.span), { actual: entry.time.raw })
      }
      if (!time.dateOnly || !previous || entry.order > previous.order) previous = { order: entry.order, raw: entry.time.raw, date: time.date }
    }
  },
})
