/**
 * timeline-order: each entry is in chronological order. The entries out of place are those outside
 * the longest run in order, so one mistyped date is one finding (at the typo), and the real
 * inversion next to it still shows; a timeline written newest first is one finding.
 */
import type { TimelineEntry } from '../../model/types.js'
import { postmortemRule, quote, unexpected } from '../rule.js'

type Timed = TimelineEntry & { order: number; time: NonNullable<TimelineEntry['time']> }

/** Entries forming the longest sequence in order (ties kept); on a tie, earlier entries are kept and later ones flagged. */
export function inOrder(keys: readonly number[]): Set<number> {
  const n = keys.length
  const longest = new Array<number>(n).fill(1)
  for (let i = n - 2; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) if ((keys[j] as number) >= (keys[i] as number)) longest[i] = Math.max(longest[i] as number, (longest[j] as number) + 1)
  }
  const kept = new Set<number>()
  let need = Math.max(0, ...longest)
  let last = -Infinity
  for (let i = 0; i < n && need > 0; i++) {
    if (longest[i] === need && (keys[i] as number) >= last) {
      kept.add(i)
      last = keys[i] as number
      need--
    }
  }
  return kept
}

export default postmortemRule({
  id: 'timeline-order',
  check({ postmortem, report, firstLine }) {
    const all = (postmortem.timeline?.entries ?? []).filter((entry): entry is Timed => entry.order !== undefined && entry.time !== undefined)
    const timed = all.filter((entry) => !entry.time.value.dateOnly)
    const keys = timed.map((entry) => entry.order)
    const descents = keys.slice(1).filter((key, i) => key < (keys[i] as number)).length
    // Newest first: every step goes back, or nearly every one in a longer timeline (the newest entry dated another day).
    if (timed.length >= 3 && (descents >= timed.length - 1 || (timed.length >= 5 && descents >= 0.75 * (timed.length - 1)))) {
      const first = timed[0] as Timed
      report(unexpected(`timeline in reverse chronological order (newest first, from ${quote(first.time.raw)})`, 'the oldest entry first, so the story reads in the order it happened'), firstLine(first.time.span))
    } else {
      const kept = inOrder(keys)
      timed.forEach((entry, i) => {
        if (kept.has(i)) return
        const previous = timed[i - 1]
        const next = timed[i + 1]
        // Earlier than the entry above it, or (a mistyped date) later than the entries below it.
        const message = previous && entry.order < previous.order ? `${quote(entry.time.raw)} after ${quote(previous.time.raw)}` : `${quote(entry.time.raw)} before ${quote(next?.time.raw ?? '')}`
        report(unexpected(message, 'timeline entries in chronological order'), firstLine(entry.time.span), { actual: entry.time.raw })
      })
    }
    // A date without a time ("2021-12-17") is out of order only before an earlier day, not before a time of that day.
    let latest: { date: string; raw: string } | undefined
    for (const entry of all) {
      const date = entry.time.value.date
      if (entry.time.value.dateOnly && date && latest && date < latest.date) {
        report(unexpected(`${quote(entry.time.raw)} after ${quote(latest.raw)}`, 'timeline entries in chronological order'), firstLine(entry.time.span), { actual: entry.time.raw })
      }
      if (date && (!latest || date > latest.date)) latest = { date, raw: entry.time.raw }
    }
  },
})
