/**
 * timeline-complete: the timeline covers the incident window stated in Duration, and every
 * entry has a time, an event and a source (the evidence it was reconstructed from).
 */
import { dayNumber, zoneOffset } from '../../model/time.js'
import type { Postmortem, TimelineEntry } from '../../model/types.js'
import { booleanOption, onlyKnownOptions } from '../options.js'
import { postmortemRule, quote, unexpected, type RuleContext } from '../rule.js'

interface Options {
  requireSource: boolean
}

export default postmortemRule<Options>({
  id: 'timeline-complete',
  options(raw) {
    onlyKnownOptions(raw, ['requireSource'], 'timeline-complete')
    return { requireSource: booleanOption(raw, 'requireSource', true, 'timeline-complete') }
  },
  check(context) {
    const timeline = context.postmortem.timeline
    if (!timeline) return
    const heading = context.postmortem.resolved?.timeline?.headingSpan ?? timeline.span
    if (timeline.entries.length === 0) {
      context.report(unexpected('empty timeline', 'entries with a UTC time, an event and a source'), heading)
      return
    }
    checkWindow(context, timeline.entries)
    checkAmbiguousDates(context, timeline.entries)
    for (const entry of timeline.entries) checkEntry(context, entry)
    if (context.options.requireSource) checkSources(context, timeline.entries, heading)
  },
})

/**
 * "04-10-2021" reads as 4 October or 10 April; when neither the timeline's other dates, the file
 * name nor the front matter decide, say so once instead of guessing silently.
 */
function checkAmbiguousDates({ report, firstLine }: RuleContext<Options>, entries: TimelineEntry[]): void {
  const first = entries.find((entry) => entry.time?.value.ambiguousDate)
  if (!first?.time) return
  const numbers = /(\d{1,2})[-/](\d{1,2})[-/](\d{4})/.exec(first.time.raw)
  const readings = numbers ? ` (${numbers[3]}-${numbers[1]!.padStart(2, '0')}-${numbers[2]!.padStart(2, '0')} or ${numbers[3]}-${numbers[2]!.padStart(2, '0')}-${numbers[1]!.padStart(2, '0')})` : ''
  report(unexpected(`ambiguous date ${quote(first.time.raw)}${readings}, read month first`, 'dates as YYYY-MM-DD, or one date in the document whose day is above 12'), firstLine(first.time.span), { actual: first.time.raw })
}

function checkEntry({ report, firstLine }: RuleContext<Options>, entry: TimelineEntry): void {
  if (entry.unparsedTime) {
    report(unexpected(`time ${quote(entry.unparsedTime.raw)}`, 'a time such as `10:05` or `2024-03-05 10:05 UTC`'), entry.unparsedTime.span, { actual: entry.unparsedTime.raw })
  } else if (!entry.time) {
    report(unexpected('timeline entry without a time', 'a UTC time such as `10:05` at its start'), firstLine(entry.span))
  }
  if (!entry.event) {
    const at = entry.time?.raw ?? entry.unparsedTime?.raw
    report(unexpected(`timeline entry${at ? ` at ${quote(at)}` : ''} without an event`, 'what happened, as it was observed'), firstLine(entry.span))
  }
}

/**
 * One finding when no entry names a source, or when most do not (then it counts them); otherwise
 * one per entry missing it, where a few gaps in a sourced timeline are worth pointing at.
 */
function checkSources({ report, firstLine }: RuleContext<Options>, entries: TimelineEntry[], heading: TimelineEntry['span']): void {
  const withSource = entries.filter((entry) => entry.source)
  if (withSource.length === 0) {
    report(unexpected('timeline without sources', 'each entry to name its evidence (a `Source` column, or `(source: alert, log, dashboard, chat link)`)'), heading)
    return
  }
  if (withSource.length * 2 < entries.length) {
    const missing = entries.length - withSource.length
    report(unexpected(`${missing} of ${entries.length} timeline entries without a source`, 'each entry to name its evidence (a `Source` column, a link, or `(source: alert, log, dashboard, chat link)`)'), heading)
    return
  }
  for (const entry of entries) {
    if (!entry.source) report(unexpected(`timeline entry${entry.time ? ` at ${quote(entry.time.raw)}` : ''} without a source`, 'the evidence it comes from (alert, log, dashboard, chat link)'), firstLine(entry.span))
  }
}

/** The first entry is at or before the stated start, the last at or after the stated end. */
function checkWindow({ postmortem, report, firstLine }: RuleContext<Options>, entries: TimelineEntry[]): void {
  const window = incidentWindow(postmortem)
  if (!window) return
  const timed = entries.filter((entry) => entry.order !== undefined && entry.time && !entry.time.value.dateOnly)
  if (timed.length === 0) return
  const first = timed.reduce((a, b) => ((b.order as number) < (a.order as number) ? b : a))
  const last = timed.reduce((a, b) => ((b.order as number) >= (a.order as number) ? b : a))
  if ((first.order as number) > window.start) {
    report(unexpected(`first timeline entry ${quote(first.time!.raw)} after the incident start ${quote(window.startText)}`, 'the timeline to begin at or before the start stated in Duration (what triggered it, when it was detected)'), firstLine(first.span))
  }
  if ((last.order as number) < window.end) {
    report(unexpected(`last timeline entry ${quote(last.time!.raw)} before the incident end ${quote(window.endText)}`, 'entries up to the end stated in Duration (mitigation, recovery confirmed)'), firstLine(last.span))
  }
}

function incidentWindow(postmortem: Postmortem): { start: number; end: number; startText: string; endText: string } | undefined {
  const duration = postmortem.meta.duration?.value
  const date = postmortem.meta.date?.value
  if (!duration || duration.startMinutes === undefined || duration.endMinutes === undefined || !date) return undefined
  const zone = duration.zone ?? postmortem.timeline?.zoneStatement?.value
  const offset = zone ? (zoneOffset(zone) ?? 0) : 0
  const day = dayNumber(date) * 1440 - offset
  const start = day + duration.startMinutes
  const end = day + duration.endMinutes + (duration.endMinutes < duration.startMinutes ? 1440 : 0)
  return { start, end, startText: clock(duration.startMinutes), endText: clock(duration.endMinutes) }
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}
