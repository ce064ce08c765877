/** Timelines as real teams write them (issue #10), each in our own words. */
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import { parsePostmortem } from '../../src/model/parse.js'
import { lines, parse } from './helpers.js'

const timelineOf = (...rows: string[]) => parse(lines('## Timeline', '', ...rows)).timeline
const times = (...rows: string[]) => timelineOf(...rows)?.entries.map((entry) => entry.time?.raw ?? `?${entry.unparsedTime?.raw ?? ''}`)

async function ruleFindings(text: string, rule: string, path = 'doc.md'): Promise<string[]> {
  const linted = await lintText(path, text, defaultConfig())
  return linted.findings.filter((finding) => finding.ruleId === rule).map((finding) => `${finding.line}: ${finding.message.replace(/, expected.*$/, '')}`)
}

describe('timestamps as written', () => {
  it('reads times in code spans, approximate times and bold-paragraph timelines', () => {
    expect(times('- `09:12` pager fires', '- ~09:30 rollback starts', '- ± 09:40 UTC traffic back')).toEqual(['09:12', '09:30', '09:40 UTC'])
    const bold = timelineOf('**09:12 UTC:** disk fills on the primary', '', '**09:20 UTC:** writes stop')
    expect(bold?.entries.map((entry) => [entry.time?.value.minutes, entry.event?.value])).toEqual([[552, 'disk fills on the primary'], [560, 'writes stop']])
  })

  it('reads a four-digit time after a date, and a time followed by its date', () => {
    const [compact] = timelineOf('- 2022-03-01 0915 failover starts')?.entries ?? []
    expect([compact?.time?.value.date, compact?.time?.value.minutes]).toEqual(['2022-03-01', 555])
    const [after] = timelineOf('- 11:10 6th Nov 2023 - the operator upgrade merges')?.entries ?? []
    expect([after?.time?.value.date, after?.time?.value.minutes]).toEqual(['2023-11-06', 670])
  })

  it('reads "02:00-04:30" as a range, not as a time at offset -04:30', () => {
    const [entry] = timelineOf('- 24-10-2024 02:00-04:30 the new image rolls out')?.entries ?? []
    expect(entry?.time?.value.zone).toBeUndefined()
    expect(entry?.time?.value.minutes).toBe(120)
  })

  it('reads month-only dates as dates, and names the one mistyped month', async () => {
    expect(times('- 2019-10: servers bought', '- 2019-11: cluster set up', '- Jul 2020: cluster retired')).toEqual(['2019-10', '2019-11', 'Jul 2020'])
    const text = lines('# Build farm (2020-08-01)', '', '## Timeline', '', '- 2019-10: servers bought', '- 2019-01: disks fail', '- 2019-11: cluster set up', '- 2019-12: cluster retired')
    expect(await ruleFindings(text, 'timeline-order')).toEqual(['6: Unexpected `2019-01` after `2019-10`'])
    expect(await ruleFindings(text, 'timeline-complete')).not.toContainEqual(expect.stringMatching(/without a time/))
  })

  it('reports a malformed time as written, never as midnight', async () => {
    expect(times('- 2024-05-02 07:7:47 cache flushed')).toEqual(['?07:7:47'])
    const text = lines('# Cache (2024-05-02)', '', '## Timeline (UTC)', '', '- 2024-05-02 07:7:47 cache flushed (deploy log)')
    expect(await ruleFindings(text, 'timeline-complete')).toEqual(['5: Unexpected time `07:7:47`'])
  })
})

describe('sources', () => {
  it('takes a trailing parenthesis and an inline link as the entry evidence', () => {
    const timeline = timelineOf('- 06:40 - rebuild starts (rebuild log)', '- 06:55 - index back, see [the graph](https://grafana.example/d/1)', '- 07:00 - all clear')
    expect(timeline?.entries.map((entry) => entry.source?.value)).toEqual(['rebuild log', 'the graph', undefined])
    expect(timeline?.entries[0]?.event?.value).toBe('rebuild starts')
  })

  it('counts once when most entries name no source', async () => {
    const text = lines('# Queue (2024-05-02)', '', '## Timeline (UTC)', '', '- 10:00 lag grows (lag dashboard)', '- 10:05 pager fires', '- 10:20 consumers restarted', '- 10:40 lag gone')
    expect(await ruleFindings(text, 'timeline-complete')).toEqual(['3: Unexpected 3 of 4 timeline entries without a source'])
  })
})

describe('zones and dates stated once', () => {
  it('takes the zone from a day sub-heading or a sentence before the timeline', () => {
    expect(timelineOf('### 2021-10-04 (all times CEST)', '', '- 09:00 routers withdraw routes')?.zoneStatement?.value).toBe('CEST')
    const pm = parse(lines('# Login outage', '', 'All times below are in PST.', '', '## Timeline', '', '- 09:00 logins fail'))
    expect(pm.timeline?.zoneStatement?.value).toBe('PST')
  })

  it('takes the zone of times given with one in the introduction', () => {
    const pm = parse(lines('The API was down from ~13:22 PST to ~16:17 PST.', '', '# Play by Play', '', '13:22 alerts fire'))
    expect(pm.timeline?.zoneStatement?.value).toBe('PST')
  })

  it('reads region zone names ("US/Pacific", "Eastern")', () => {
    expect(timelineOf('*(All times US/Pacific.)*', '', '- 09:00 logins fail')?.zoneStatement?.value).toBe('US/PACIFIC')
    expect(timelineOf('- 2024-06-28 7:09 AM Eastern: token reported')?.entries[0]?.time?.value.zone).toBe('EASTERN')
  })

  it('dates the entries from a date stated in prose before them', () => {
    const timeline = timelineOf('All events happened on 2019-10-21.', '', '10:05 alert fires', '', '10:30 rollback done')
    expect(timeline?.entries.map((entry) => entry.order)).toEqual([(Date.UTC(2019, 9, 21) / 60_000) + 605, (Date.UTC(2019, 9, 21) / 60_000) + 630])
  })

  it('decides day-first from another date of the document', () => {
    const timeline = timelineOf('- 04-10-2021 09:00 routes withdrawn', '- 25-10-2021 10:00 follow-up review')
    expect(timeline?.entries[0]?.time?.value.date).toBe('2021-10-04')
    expect(timeline?.dateOrder).toBe('day-first')
  })

  it('decides from the incident date, or reports the ambiguity instead of guessing', async () => {
    const dated = parse(lines('---', 'date: 2021-10-04', '---', '', '## Timeline', '', '- 04-10-2021 09:00 routes withdrawn'))
    expect(dated.timeline?.entries[0]?.time?.value.date).toBe('2021-10-04')
    const text = lines('# Routes withdrawn', '', '## Timeline (UTC)', '', '- 04-10-2021 09:00 routes withdrawn (router log)')
    expect(await ruleFindings(text, 'timeline-complete')).toEqual(['5: Unexpected ambiguous date `04-10-2021 09:00` (2021-04-10 or 2021-10-04), read month first'])
  })

  it('reads a time told inside the sentence', () => {
    const [entry, approximate] = timelineOf('- The vendor told support at 12:16 ET on June 16, 2020 that the API was down.', '- Staff told the team at approximately 1:00 PM ET.')?.entries ?? []
    expect([entry?.time?.value.minutes, entry?.time?.value.zone, entry?.time?.value.date]).toEqual([736, 'ET', '2020-06-16'])
    expect(approximate?.time?.value.minutes).toBe(780)
  })
})

describe('order', () => {
  it('flags one mistyped date once, and still the real inversion next to it', async () => {
    const text = lines('# Queue (2024-05-02)', '', '## Timeline (UTC)', '', '- 2024-05-02 10:00 lag grows (dashboard)', '- 2024-05-12 10:05 pager fires (pager)', '- 2024-05-02 10:20 consumers restarted (chat)', '- 2024-05-02 10:15 config pushed (deploy log)', '- 2024-05-02 10:40 lag gone (dashboard)')
    expect(await ruleFindings(text, 'timeline-order')).toEqual(['6: Unexpected `2024-05-12 10:05` before `2024-05-02 10:20`', '8: Unexpected `2024-05-02 10:15` after `2024-05-02 10:20`'])
  })

  it('says once that a longer timeline runs newest first even when its newest entry is on the next day', async () => {
    const text = lines('# Queue (2024-05-02)', '', '## Timeline (UTC)', '', '- 09:00 all restored', '- 20:30 restore half done', '- 18:00 restore starts', '- 15:30 cause found', '- 15:00 report comes in')
    expect(await ruleFindings(text, 'timeline-order')).toEqual(['5: Unexpected timeline in reverse chronological order (newest first, from `09:00`)'])
  })

  it('says once that a timeline runs newest first', async () => {
    const text = lines('# Queue (2024-05-02)', '', '## Timeline (UTC)', '', '- 10:40 lag gone', '- 10:20 consumers restarted', '- 10:05 pager fires', '- 10:00 lag grows')
    expect(await ruleFindings(text, 'timeline-order')).toEqual(['5: Unexpected timeline in reverse chronological order (newest first, from `10:40`)'])
  })
})

describe('metadata', () => {
  it('reads TOML front matter', () => {
    const pm = parse(lines('+++', 'title = "Queue stall"', 'date = 2024-05-02', 'authors = ["@kai", "@mo"]', '+++', '', '# Queue stall'))
    expect([pm.meta.date?.value, pm.meta.authors?.value]).toEqual(['2024-05-02', ['@kai', '@mo']])
  })

  it('takes the date from the file name when no field gives one', async () => {
    expect(parsePostmortem(lines('# Queue stall'), defaultConfig(), 'postmortems/2026-03-05-queue-stall.md').meta.date?.value).toBe('2026-03-05')
    expect(await ruleFindings(lines('# Queue stall'), 'metadata', 'postmortems/2026-03-05-queue-stall.md')).not.toContainEqual(expect.stringMatching(/Date/))
  })

  it('takes the date from a heading that is only a date', () => {
    expect(parse(lines('# Postmortems', '', '## 22/Mar/2022', '', '### Node offline')).meta.date?.value).toBe('2022-03-22')
  })

  it('reads a date range as its first day, and a title heading below level 1', () => {
    expect(parse(lines('**Date:** January 14-19, 2026')).meta.date?.value).toBe('2026-01-14')
    expect(parse(lines('## June 5, 2016 incident report', '', '### What we learnt', '', 'Text.')).meta.date?.value).toBe('2016-06-05')
  })
})

describe('a timeline without a heading of its own', () => {
  it('is read from the first section whose list opens with times, and required-sections does not call it missing', async () => {
    const text = lines('## Builds failing in one region', '', '* **09:00 UTC** - first failing build seen', '* **10:00 UTC** - failures rise', '* **11:30 UTC** - builds moved to another region', '', '### What we learned', '', 'Text.')
    expect(parse(text).timeline?.entries.map((entry) => entry.time?.raw)).toEqual(['09:00 UTC', '10:00 UTC', '11:30 UTC'])
    expect(await ruleFindings(text, 'required-sections')).not.toContainEqual(expect.stringMatching(/Timeline/))
  })

  it('takes only the list that opens with times, not the list beside it', () => {
    const pm = parse(lines('### What happened', '', '- 10.42: the booking app went down', '- 10.46: engineers alerted', '- 10.56: the platform healed itself', '', 'What we learnt:', '', '- an instance was terminated', '- routing data expired'))
    expect(pm.timeline?.entries).toHaveLength(3)
  })

  it('is read from timestamp sub-headings', () => {
    const pm = parse(lines('# 2021-06-22', '', '### Details', '', '#### 11:28 UTC', '', 'Lookups fail.', '', '#### 12:22 UTC', '', 'Provider fixed it.'))
    expect(pm.timeline?.entries.map((entry) => entry.event?.value)).toEqual(['Lookups fail.', 'Provider fixed it.'])
  })

  it('takes a link nested under an entry as its source', () => {
    const [entry] = parse(lines('## Timeline', '', '* 09:00 UTC - fix merged', '  * https://git.example/commit/abc')).timeline?.entries ?? []
    expect(entry?.source?.value).toBe('https://git.example/commit/abc')
  })
})
