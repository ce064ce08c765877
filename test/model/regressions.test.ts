/**
 * Regression tests for parser bugs these tests found (fixed in 0b2a26d, 584918a and 8385cbb). Each comment says what the parser
 * gave before the fix, so a reader knows what each test guards against.
 */
import { describe, expect, it } from 'vitest'
import { findZone, parseDuration } from '../../src/model/time.js'
import type { TimelineEntry } from '../../src/model/types.js'
import { at, fixture, lines, parse, where } from './helpers.js'

function entriesOf(text: string): TimelineEntry[] {
  return parse(text).timeline?.entries ?? []
}

describe('timeline', () => {
  it('keeps "[???]" at the start of a list item as an unparsed time', () => {
    // Was: time and unparsedTime both undefined, event "[???] Disk IOPS reach the limit" (LEAD eats the "[").
    const text = lines('## Timeline (UTC)', '', '* [08:47] Bump PR merged', '* [???] Disk IOPS reach the limit')
    const entry = entriesOf(text)[1]
    expect(entry?.unparsedTime?.raw).toBe('[???]')
    expect(at(entry?.unparsedTime?.span)).toBe('4:3-4:8')
    expect(entry?.event?.value).toBe('Disk IOPS reach the limit')
  })

  it('separates list items when a timestamp heading is followed by a list', () => {
    // Was: "Consumers restartedLag starts dropping" (toString joins the items without a space).
    const text = lines('## Timeline (UTC)', '', '### 00:10', '', '- Consumers restarted', '- Lag starts dropping')
    expect(entriesOf(text)[0]?.event?.value).toBe('Consumers restarted Lag starts dropping')
  })

  it('reads a time-range heading "### 8:20 - 8:24" with the text below it as its event', () => {
    // Was: event "8:24" (the end of the range), the paragraph below ignored.
    const text = lines('## Timeline (UTC)', '', '### 8:20 - 8:24', '', 'Two responders compare notes.', '', '### 8:30', '', 'Rollback starts.')
    const [range] = entriesOf(text)
    expect(range?.time?.value.minutes).toBe(500)
    expect(range?.event?.value).toBe('Two responders compare notes.')
  })

  it('gives entries after a date line that date', () => {
    // Was: both entries undated (the date line is skipped and its date never reaches the entries after it),
    // so with no incident date the orders are 1430 and 1450 instead of being on 2024-03-05 / 2024-03-06.
    const text = lines('## Timeline (UTC)', '', '2024-03-05', '', '23:50 - Alert fires', '', '2024-03-06', '', '00:10 - Rollback done')
    const entries = entriesOf(text)
    expect(entries.map((entry) => entry.time?.value.date)).toEqual(['2024-03-05', '2024-03-06'])
    expect(entries[0]?.order).toBe(Date.UTC(2024, 2, 5, 23, 50) / 60_000)
  })

  it('orders an undated time after a date line against dated entries', () => {
    // Was: two entries; "- 2024-01-10" takes its nested list as its event (itemEntry reads the text up to the
    // end of the item), so the date-line case in itemsOf never applies and the nested times are lost.
    const text = lines('## Timeline (UTC)', '', '- 2024-01-09 08:00 Release cut', '- 2024-01-10', '  - 7:32 PM Chain stalls', '  - 7:38 PM Monitoring alerts')
    const entries = entriesOf(text)
    expect(entries.map((entry) => entry.time?.value.date)).toEqual(['2024-01-09', '2024-01-10', '2024-01-10'])
    expect(entries.every((entry, i) => i === 0 || (entry.order as number) > (entries[i - 1]?.order as number))).toBe(true)
  })

  it('finds a zone written in lower case', () => {
    // Was: undefined, so "| Time (utc) |" counts as a timeline without a zone.
    expect(findZone('Time (utc)')?.zone).toBe('UTC')
    expect(findZone('Timeline (all times utc)')?.zone).toBe('UTC')
  })
})

describe('metadata', () => {
  it('ends the span of a front-matter author list at its last item, not on the next line', () => {
    // Was: 7:3-9:1 (the YAML range includes the newline, so the span reaches the `reviewed:` line).
    const text = fixture('lists.md')
    expect(at(parse(text).meta.authors?.span)).toBe(`7:3-${where(text, '"@dan"').split('-')[1]}`)
  })
})

describe('action items', () => {
  it('keeps the whole action when it contains parentheses or commas', () => {
    // Was: "provider_location_id, system, value" (the longest run between brackets, not the sentence).
    const text = lines('## Action Items', '', '- Drop the `id` column and use `(provider_location_id, system, value)` as a compound primary key.')
    expect(parse(text).actionItems[0]?.action?.value).toBe('Drop the id column and use (provider_location_id, system, value) as a compound primary key.')
  })

  it('reads an "Item" column as the action, not as a second ID column', () => {
    // Was: action undefined and id "Add a canary stage" ("item" is an alias of both id and action; id wins).
    const text = lines('## Action Items', '', '| ID | Item | Owner | Due | Priority |', '|---|---|---|---|---|', '| AI-1 | Add a canary stage | @bob | 2024-04-01 | P1 |')
    const [item] = parse(text).actionItems
    expect(item?.id?.value).toBe('AI-1')
    expect(item?.action?.value).toBe('Add a canary stage')
  })
})

describe('front matter', () => {
  it('resolves a YAML alias inside a list of authors', () => {
    // Was: ["@bob"], raw ", @bob" (alias items of a sequence are not scalars, so they read as empty text).
    const text = lines('---', 'lead: &lead "@alice"', 'authors: [*lead, "@bob"]', '---', '', '# X')
    expect(parse(text).meta.authors?.value).toEqual(['@alice', '@bob'])
  })
})

describe('timeline', () => {
  it('dates list items from a date paragraph between two lists', () => {
    // Was: the "2024-03-05" / "2024-03-06" paragraphs are ignored by the list form, both items are undated.
    const text = lines('## Timeline (UTC)', '', '2024-03-05', '', '- 23:50 Alert fires', '', '2024-03-06', '', '- 00:10 Rollback done')
    expect(parse(text).timeline?.entries.map((entry) => entry.time?.value.date)).toEqual(['2024-03-05', '2024-03-06'])
  })

  it('dates list items from a date heading above each list', () => {
    // Was: both undated; date headings only date timestamp headings below them, not list items.
    const text = lines('## Timeline (UTC)', '', '### 2024-03-05', '', '- 23:50 Alert fires', '', '### 2024-03-06', '', '- 00:10 Rollback done')
    expect(parse(text).timeline?.entries.map((entry) => entry.time?.value.date)).toEqual(['2024-03-05', '2024-03-06'])
  })

  it('dates "**16:27** ..." paragraph lines from the date heading above them', () => {
    // Was (after 03e65a8): the date headings are skipped as date lines but their date does not reach the paragraph
    // lines below, so both entries are undated.
    const text = lines('## Timeline (UTC)', '', '### 2024-03-05', '', '**23:50** Alert fires', '', '### 2024-03-06', '', '**00:10** Rollback done')
    expect(parse(text).timeline?.entries.map((entry) => entry.time?.value.date)).toEqual(['2024-03-05', '2024-03-06'])
  })

  it('decodes HTML entities in events read from paragraphs and lists, as it does in tables', () => {
    // Was: "S&amp;O paged &lt;START&gt;" (paragraph and list events are cut from the source text).
    const paragraphs = lines('## Timeline (UTC)', '', '10:05 - S&amp;O paged &lt;START&gt;')
    const list = lines('## Timeline (UTC)', '', '- 10:05 - S&amp;O paged &lt;START&gt;')
    const table = lines('## Timeline (UTC)', '', '| Time | Event |', '|---|---|', '| 10:05 | S&amp;O paged &lt;START&gt; |')
    expect(parse(table).timeline?.entries[0]?.event?.value).toBe('S&O paged <START>')
    expect(parse(paragraphs).timeline?.entries[0]?.event?.value).toBe('S&O paged <START>')
    expect(parse(list).timeline?.entries[0]?.event?.value).toBe('S&O paged <START>')
  })

  it('uses a year written in a table header for "Oct 31" dates', () => {
    // Was: unparsed ("Oct 31 21:33" has no year and the document gives none elsewhere).
    const text = lines('## Timeline', '', '| Date (2021) | Time (UTC) | Event |', '|---|---|---|', '| Oct 31 | 21:33 | Report received |')
    expect(parse(text).timeline?.entries[0]?.time?.value).toEqual({ minutes: 1293, date: '2021-10-31' })
  })
})

describe('sections written as bold labels of list items', () => {
  it('reads "- **Context**:" with a nested list of times as the timeline', () => {
    // Was: no timeline; pseudo-headings are only recognised for top-level paragraphs.
    const text = lines('# Disk full', '', '- **Impact**: builds failed', '', '- **Context**:', '  - 2023-09-18 13:42 Alert fired', '  - 2023-09-18 14:03 Users report errors')
    expect(parse(text).timeline?.entries.map((entry) => entry.time?.value.minutes)).toEqual([822, 843])
  })
})

describe('action items in list items', () => {
  function item(line: string) {
    const found = parse(lines('## Action Items', '', line)).actionItems[0]
    return { action: found?.action?.value, owner: found?.owner?.value, deadline: found?.deadlineDate, priority: found?.priority?.value }
  }

  it('reads fields written as sentences: "Owner: @bob. Due: April 1, 2024."', () => {
    // Was: owner "@bob. Due: April 1", action "Add a replica lag alert. ." (a labelled value ends only at , ; ) ] |).
    expect(item('- AI-3: Add a replica lag alert. Owner: @bob. Due: April 1, 2024. Priority: P2')).toEqual({
      action: 'Add a replica lag alert',
      owner: '@bob',
      deadline: '2024-04-01',
      priority: 'P2',
    })
  })

  it('keeps every owner of "owners: @bob, @carol" and leaves them out of the action', () => {
    // Was: owner "@bob", action "Add a replica lag alert , @carol".
    expect(item('- AI-3: Add a replica lag alert (owners: @bob, @carol; due: 2024-04-01; priority: P1)')).toEqual({
      action: 'Add a replica lag alert',
      owner: '@bob, @carol',
      deadline: '2024-04-01',
      priority: 'P1',
    })
  })

  it('leaves separators and the word "due" out of the action', () => {
    // Was: action "Add a replica lag alert — , due".
    expect(item('- AI-3 Add a replica lag alert — @bob, due 2024-04-01, P1').action).toBe('Add a replica lag alert')
  })
})

describe('durations', () => {
  it('reads "1h35" as 95 minutes', () => {
    // Was: 60 (the minutes without a unit are dropped).
    expect(parseDuration('1h35')?.minutes).toBe(95)
  })
})

describe('timeline paragraphs', () => {
  it('takes the next line as the event of a time that ends its line', () => {
    // Was (before 8385cbb): the 10:20 entry has no event (the continuation line is only appended to an existing event), so
    // timeline-complete reports "entry at `10:20` without an event" (flutter-dev-dns-outage line 37, "05:07 -").
    const text = lines('## Timeline (UTC)', '', '10:05 - Deploy starts.<br> 10:20 -', 'Rollback begins.')
    expect(parse(text).timeline?.entries.map((entry) => entry.event?.value)).toEqual(['Deploy starts.', 'Rollback begins.'])
  })

  it('removes Markdown backslash escapes from events', () => {
    // Was (before 8385cbb): "\<END OF OUTAGE>" keeps its backslash (flutter-dev-dns-outage line 43).
    const text = lines('## Timeline (UTC)', '', '12:55 - Change takes effect. \\<END OF OUTAGE>')
    expect(parse(text).timeline?.entries[0]?.event?.value).toBe('Change takes effect. <END OF OUTAGE>')
  })
})
