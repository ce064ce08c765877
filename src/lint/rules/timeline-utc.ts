/** timeline-utc: every time in the timeline is stated in UTC (once for the timeline, or on each entry). */
import { isUtcZone, zoneOffset } from '../../model/time.js'
import type { TimelineEntry } from '../../model/types.js'
import { postmortemRule, quote, unexpected } from '../rule.js'

export default postmortemRule({
  id: 'timeline-utc',
  check({ postmortem, report, firstLine }) {
    const timeline = postmortem.timeline
    if (!timeline) return
    const statement = timeline.zoneStatement
    if (statement && !isUtcZone(statement.value)) {
      report(unexpected(`timeline time zone ${quote(statement.raw)}`, 'UTC, so readers in every zone and every log line agree'), statement.span, { actual: statement.raw })
    }
    const timed = timeline.entries.filter((entry) => entry.time && !entry.time.value.dateOnly)
    for (const entry of timed) {
      const zone = entry.time?.value.zone
      if (zone && !isUtcZone(zone)) reportZone(entry, zone, report)
    }
    const unzoned = timed.filter((entry) => !entry.time?.value.zone)
    if (!statement && unzoned.length > 0) {
      const heading = postmortem.resolved?.timeline?.headingSpan ?? firstLine(timeline.span)
      report(unexpected(`timeline without a time zone (${unzoned.length} ${unzoned.length === 1 ? 'entry has' : 'entries have'} none)`, 'UTC stated in the heading (`## Timeline (all times UTC)`), the table header (`Time (UTC)`) or on each entry'), heading)
    }
  },
})

function reportZone(entry: TimelineEntry, zone: string, report: (message: string, span: TimelineEntry['span'], extra?: { actual?: string; replacement?: string }) => void): void {
  const time = entry.time!
  const offset = zoneOffset(zone)
  const expected = 'UTC for every entry'
  if (offset === undefined) {
    report(unexpected(`time zone ${quote(zone)}`, expected), time.span, { actual: time.raw })
    return
  }
  const utc = time.value.minutes - offset
  const sameDay = utc >= 0 && utc < 1440
  const clock = `${String(Math.floor(((utc % 1440) + 1440) % 1440 / 60)).padStart(2, '0')}:${String((((utc % 1440) + 1440) % 1440) % 60).padStart(2, '0')} UTC`
  // Only a bare "HH:MM ZONE" on the same day is safe to rewrite mechanically.
  const safe = sameDay && !time.value.date && /^\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\s?\(?[A-Za-z]{2,5}\)?$/i.test(time.raw)
  report(unexpected(`time zone ${quote(zone)} in ${quote(time.raw)}`, `${expected} (${quote(time.raw)} is ${clock}${sameDay ? '' : ' on another day'})`), time.span, safe ? { actual: time.raw, replacement: clock } : { actual: time.raw })
}
