import { describe, expect, it } from 'vitest'
import type { Timeline, TimelineEntry } from '../../src/model/types.js'
import { at, fixture, lines, parse, sliceOf, where, whereOnLine } from './helpers.js'

function timelineOf(text: string): Timeline {
  const timeline = parse(text).timeline
  if (!timeline) throw new Error('no timeline found')
  return timeline
}

/** [time as written, minutes, date, zone, event] for each entry: what a reader sees in the document. */
function summary(entries: TimelineEntry[]) {
  return entries.map((entry) => [
    entry.time?.raw ?? entry.unparsedTime?.raw,
    entry.time?.value.minutes,
    entry.time?.value.date,
    entry.time?.value.zone,
    entry.event?.value,
  ])
}

function isAscending(entries: TimelineEntry[]): boolean {
  return entries.every((entry, i) => i === 0 || (entry.order as number) > (entries[i - 1]?.order as number))
}

describe('timeline as a table', () => {
  it('reads Time (UTC) | Event | Source | Actor with every cell located', () => {
    const text = fixture('reference.md')
    const timeline = timelineOf(text)
    expect(timeline.form).toBe('table')
    expect(summary(timeline.entries)).toEqual([
      ['10:05', 605, undefined, undefined, 'Export job starts failing with quota errors'],
      ['10:12', 612, undefined, undefined, 'Quota alert fires'],
      ['10:20', 620, undefined, undefined, 'On-call engineer acknowledges the page'],
      ['11:05', 665, undefined, undefined, 'Quota raised to 4 TB'],
      ['11:40', 700, undefined, undefined, 'Backlog drained, exports back on schedule'],
    ])
    const first = timeline.entries[0] as TimelineEntry
    expect(at(first.time?.span)).toBe(where(text, '10:05', 2))
    expect(at(first.event?.span)).toBe(where(text, 'Export job starts failing with quota errors'))
    expect(first.source?.value).toBe('export-job logs')
    expect(at(first.source?.span)).toBe(where(text, 'export-job logs'))
    expect(first.actor?.value).toBe('scheduler')
    expect(at(first.span)).toBe(`23:1-23:${'| 10:05 | Export job starts failing with quota errors | export-job logs | scheduler |'.length + 1}`)
    expect(timeline.entries[2]?.actor?.value).toBe('@alice')
  })

  it('orders entries on the incident date, in UTC', () => {
    const timeline = timelineOf(fixture('reference.md'))
    const day = Date.UTC(2024, 2, 5) / 60_000
    expect(timeline.entries.map((entry) => entry.order)).toEqual([605, 612, 620, 665, 700].map((m) => day + m))
  })

  it('takes the zone from the table header when the heading has none', () => {
    const text = lines('# X', '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', '| 10:05 | Alert |')
    const timeline = timelineOf(text)
    expect(timeline.zoneStatement?.value).toBe('UTC')
    expect(at(timeline.zoneStatement?.span)).toBe(where(text, 'UTC'))
  })

  it('joins several time columns (Date | Time) into one timestamp', () => {
    const text = lines('## Timeline', '', '| Date | Time (UTC) | Event |', '|---|---|---|', '| 2024-03-05 | 23:50 | Alert |', '| 2024-03-06 | 00:10 | Rollback |')
    const timeline = timelineOf(text)
    expect(summary(timeline.entries)).toEqual([
      ['2024-03-05 23:50', 1430, '2024-03-05', undefined, 'Alert'],
      ['2024-03-06 00:10', 10, '2024-03-06', undefined, 'Rollback'],
    ])
    expect(at(timeline.entries[0]?.time?.span)).toBe('5:3-5:21')
    expect(isAscending(timeline.entries)).toBe(true)
  })

  it('keeps a date-only row as a date without a clock time', () => {
    const text = lines('## Timeline (UTC)', '', '| Time | Event |', '|---|---|', '| 2021-12-10 | Advisory published |', '| 2021-12-10 15:40 | We learn about it |')
    const [first, second] = timelineOf(text).entries
    expect(first?.time?.value).toEqual({ minutes: 0, date: '2021-12-10', dateOnly: true })
    expect(second?.time?.value.dateOnly).toBeUndefined()
  })

  it('reads "Jan 19, 4:04 PM" with the year of the incident', () => {
    const text = lines('# Outage', '', '**Date**: 2026-01-14', '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', '| Jan 19, 4:04 PM | Rollout found incomplete |')
    expect(summary(timelineOf(text).entries)).toEqual([['Jan 19, 4:04 PM', 964, '2026-01-19', undefined, 'Rollout found incomplete']])
  })

  it('skips empty rows and keeps an unreadable time as unparsed', () => {
    const text = lines('## Timeline (UTC)', '', '| Time | Event |', '|---|---|', '|  |  |', '| around noon | Someone noticed |')
    const entries = timelineOf(text).entries
    expect(entries).toHaveLength(1)
    expect(entries[0]?.time).toBeUndefined()
    expect(entries[0]?.unparsedTime?.raw).toBe('around noon')
    expect(entries[0]?.order).toBeUndefined()
  })
})

describe('timeline as a list', () => {
  it('reads "**10:05 UTC** - event (source: ...)" items across midnight', () => {
    const text = fixture('lists.md')
    const timeline = timelineOf(text)
    expect(timeline.form).toBe('list')
    expect(summary(timeline.entries)).toEqual([
      ['23:40 UTC', 1420, undefined, 'UTC', 'Rebuild job swaps the alias to the new index'],
      ['23:47 UTC', 1427, undefined, 'UTC', 'Zero-result rate alert fires'],
      ['23:58 UTC', 1438, undefined, 'UTC', 'On-call identifies the empty index'],
      ['00:12 UTC', 12, undefined, 'UTC', 'Alias pointed back at the previous index'],
      ['00:30 UTC', 30, undefined, 'UTC', 'Zero-result rate back to normal'],
    ])
    expect(isAscending(timeline.entries)).toBe(true)
    const day = Date.UTC(2024, 5, 11) / 60_000
    expect(timeline.entries[3]?.order).toBe(day + 1440 + 12)
    const first = timeline.entries[0] as TimelineEntry
    expect(at(first.time?.span)).toBe(where(text, '23:40 UTC'))
    expect(first.source?.value).toBe('job log')
    expect(sliceOf(text, first.source?.span)).toBe('(source: job log)')
    expect(at(first.event?.span)).toBe(where(text, 'Rebuild job swaps the alias to the new index'))
  })

  it('finds the zone in a line before the entries', () => {
    const text = fixture('lists.md')
    const timeline = timelineOf(text)
    expect(timeline.zoneStatement?.value).toBe('UTC')
    expect(at(timeline.zoneStatement?.span)).toBe(whereOnLine(text, 29, 'UTC'))
  })

  it('reads "[08:47] @someone ..." items', () => {
    const text = lines('## Timeline (PST)', '', '* [08:47] Bump PR merged', '* [08:57] @katharine notices stale statuses')
    const entries = timelineOf(text).entries
    expect(summary(entries)).toEqual([
      ['08:47', 527, undefined, undefined, 'Bump PR merged'],
      ['08:57', 537, undefined, undefined, '@katharine notices stale statuses'],
    ])
    expect(at(entries[0]?.time?.span)).toBe('3:4-3:9')
  })

  it('reads "- 12:48 (6:48 PDT): ..." as the UTC time, skipping the local time in brackets', () => {
    const text = lines('## Timeline (UTC)', '', '- 12:48 (6:48 PDT): Last block before the stall', '- 13:11 (7:11 PDT): Node operator reports the stall')
    const timeline = timelineOf(text)
    expect(summary(timeline.entries)).toEqual([
      ['12:48', 768, undefined, undefined, 'Last block before the stall'],
      ['13:11', 791, undefined, undefined, 'Node operator reports the stall'],
    ])
    expect(timeline.zoneStatement?.value).toBe('UTC')
  })

  it('reads 12-hour times with a zone on each entry', () => {
    const text = lines('## Timeline', '', '- 11:50 PM UTC: Deploy starts', '- 12:05 AM UTC: Errors rise', '- 4:04 PM UTC: Fixed')
    const entries = timelineOf(text).entries
    expect(entries.map((entry) => [entry.time?.value.minutes, entry.time?.value.zone])).toEqual([
      [1430, 'UTC'],
      [5, 'UTC'],
      [964, 'UTC'],
    ])
    // 23:50 -> 00:05 rolls into the next day; 00:05 -> 16:04 stays on it.
    expect(isAscending(entries)).toBe(true)
  })

  it('reads ISO 8601 timestamps', () => {
    const text = lines('## Timeline', '', '- 2024-03-05T10:05:00Z Deploy starts', '- 2024-03-05T10:07:30Z Errors rise')
    const entries = timelineOf(text).entries
    expect(summary(entries)).toEqual([
      ['2024-03-05T10:05:00Z', 605, '2024-03-05', 'Z', 'Deploy starts'],
      ['2024-03-05T10:07:30Z', 607, '2024-03-05', 'Z', 'Errors rise'],
    ])
    expect(entries[0]?.order).toBe(Date.UTC(2024, 2, 5, 10, 5) / 60_000)
  })

  it('orders entries in different zones on one UTC axis', () => {
    const text = lines('## Timeline', '', '- 2024-03-05 10:00 CET: Alert', '- 2024-03-05 09:30 UTC: Page acknowledged')
    const [alert, ack] = timelineOf(text).entries
    // 10:00 CET is 09:00 UTC, before 09:30 UTC.
    expect((ack?.order as number) - (alert?.order as number)).toBe(30)
  })
})

describe('timeline as one heading per timestamp', () => {
  const text = lines(
    '# Queue backlog',
    '',
    '**Date**: 2024-03-05',
    '',
    '## Timeline',
    '',
    'All times in UTC',
    '',
    '### 2024-03-05 23:50',
    '',
    'Consumer lag alert fires.',
    '',
    '### 00:10',
    '',
    'Consumers restarted,',
    'lag starts dropping.',
    '',
    '### 00:40 - lag back to zero',
    '',
    '## Action Items',
  )

  it('reads each heading as an entry whose event is the text below it', () => {
    const timeline = timelineOf(text)
    expect(timeline.form).toBe('headings')
    expect(summary(timeline.entries)).toEqual([
      ['2024-03-05 23:50', 1430, '2024-03-05', undefined, 'Consumer lag alert fires.'],
      // Undated entries after a dated one take its date, rolled past midnight.
      ['00:10', 10, '2024-03-06', undefined, 'Consumers restarted, lag starts dropping.'],
      ['00:40', 40, '2024-03-06', undefined, 'lag back to zero'],
    ])
    expect(at(timeline.entries[0]?.time?.span)).toBe('9:5-9:21')
    expect(at(timeline.entries[1]?.time?.span)).toBe('13:5-13:10')
    // The entry runs from its heading to the end of its last block.
    expect(at(timeline.entries[1]?.span)).toBe('13:1-16:21')
    expect(timeline.zoneStatement?.value).toBe('UTC')
  })

  it('rolls past midnight after a dated heading', () => {
    expect(isAscending(timelineOf(text).entries)).toBe(true)
  })
})

describe('timeline as paragraphs', () => {
  it('reads "HH:MM – event" paragraphs, continuing an entry on lines without a time', () => {
    const text = lines(
      '## Timeline (UTC)',
      '',
      '15:35 – Plan pushed to a branch',
      '',
      '16:08 – Secret found in the plan output',
      'by a reviewer',
      '',
      '16:48 - Incident declared',
    )
    const timeline = timelineOf(text)
    expect(timeline.form).toBe('paragraphs')
    expect(summary(timeline.entries)).toEqual([
      ['15:35', 935, undefined, undefined, 'Plan pushed to a branch'],
      ['16:08', 968, undefined, undefined, 'Secret found in the plan output by a reviewer'],
      ['16:48', 1008, undefined, undefined, 'Incident declared'],
    ])
    expect(at(timeline.entries[1]?.span)).toBe('5:1-6:14')
    expect(at(timeline.entries[1]?.time?.span)).toBe('5:1-5:6')
  })

  it('splits entries separated by <br> inside one paragraph', () => {
    const text = lines('## Timeline (UTC)', '', '**10:05** - DNS change merged<br>**10:20** - Site unreachable<br>', '**10:45** - Change reverted')
    const entries = timelineOf(text).entries
    expect(summary(entries)).toEqual([
      ['10:05', 605, undefined, undefined, 'DNS change merged'],
      ['10:20', 620, undefined, undefined, 'Site unreachable'],
      ['10:45', 645, undefined, undefined, 'Change reverted'],
    ])
    expect(at(entries[1]?.time?.span)).toBe(where(text, '10:20'))
  })

  it('reads US dates with 12-hour times', () => {
    const text = lines('## Timeline (all times PST)', '', '07-27-2023 2:14 pm - PR approved', '', '07-29-2023 11:51 am - Runner accessed')
    const timeline = timelineOf(text)
    expect(summary(timeline.entries)).toEqual([
      ['07-27-2023 2:14 pm', 854, '2023-07-27', undefined, 'PR approved'],
      ['07-29-2023 11:51 am', 711, '2023-07-29', undefined, 'Runner accessed'],
    ])
    expect(timeline.zoneStatement?.value).toBe('PST')
    // PST is UTC-8: 14:14 PST is 22:14 UTC.
    expect(timeline.entries[0]?.order).toBe(Date.UTC(2023, 6, 27, 22, 14) / 60_000)
  })
})

describe('zone statements', () => {
  it('prefers the heading, then the table header, then a line before the entries', () => {
    const heading = lines('## Timeline (all times CET)', '', 'Times are UTC.', '', '| Time (PST) | Event |', '|---|---|', '| 10:05 | x |')
    expect(timelineOf(heading).zoneStatement?.value).toBe('CET')
    const header = lines('## Timeline', '', 'Times are UTC.', '', '| Time (PST) | Event |', '|---|---|', '| 10:05 | x |')
    expect(timelineOf(header).zoneStatement?.value).toBe('PST')
    const line = lines('## Timeline', '', 'All times are in UTC.', '', '| Time | Event |', '|---|---|', '| 10:05 | x |')
    expect(timelineOf(line).zoneStatement?.value).toBe('UTC')
    expect(at(timelineOf(line).zoneStatement?.span)).toBe(where(line, 'UTC'))
  })

  it('does not take a zone from an ordinary sentence before the entries', () => {
    const text = lines('## Timeline', '', 'The EST team was paged.', '', '- 10:05 Alert')
    expect(timelineOf(text).zoneStatement).toBeUndefined()
  })

  it('has no zone statement when nothing states one', () => {
    expect(timelineOf(lines('## Timeline', '', '- 10:05 Alert')).zoneStatement).toBeUndefined()
  })
})

describe('documents without a timeline', () => {
  it('has no timeline when no section is one', () => {
    expect(parse(lines('# X', '', '## Summary', '', 'Text.')).timeline).toBeUndefined()
  })

  it('keeps entries without times as entries, so the rule can point at them', () => {
    const entries = timelineOf(lines('## Timeline', '', '- Build failed', '- Image updated')).entries
    expect(entries.map((entry) => [entry.time, entry.event?.value])).toEqual([
      [undefined, 'Build failed'],
      [undefined, 'Image updated'],
    ])
  })
})
