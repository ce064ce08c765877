/**
 * Real documents the parser once misread (fixed in 584918a); each was read before writing its test, and
 * each comment says what the parser gave before the fix.
 */
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import { corpusNames, corpusText } from './corpus.js'

async function lint(name: string) {
  return lintText(name, corpusText(name), defaultConfig())
}

describe('moj-lack-of-diskspace.md: sections written as bold labels of a top-level list', () => {
  it('reads "- **Context**:" with its nested timestamped items as the timeline', async () => {
    // Was: timeline undefined (pseudo-headings are only top-level paragraphs), and required-sections reports
    // a missing Timeline although `context` is a timeline alias.
    const model = (await lint('moj-lack-of-diskspace.md')).postmortem
    expect(model?.timeline?.entries).toHaveLength(14)
    expect(model?.timeline?.entries[0]?.time?.value).toEqual({ minutes: 822, date: '2023-09-18' })
  })

  it('reads "- **Review actions**:" with its nested items as the action items', async () => {
    // Was: no action items (`review actions` is an action-items alias).
    const model = (await lint('moj-lack-of-diskspace.md')).postmortem
    expect(model?.actionItems).toHaveLength(7)
    expect(model?.actionItems[0]?.action?.value).toBe('Update runbook to compare launch template changes during EKS module upgrade')
    expect(model?.actionItems.every((item) => item.form === 'list' && item.action)).toBe(true)
  })
})

describe('moj-secrets-leaked-to-public.md', () => {
  it('reads the "HH:MM – event" paragraphs after "- **Context**:" as the timeline', async () => {
    // Was: timeline undefined.
    const model = (await lint('moj-secrets-leaked-to-public.md')).postmortem
    expect(model?.timeline?.form).toBe('paragraphs')
    expect(model?.timeline?.entries).toHaveLength(20)
    expect(model?.timeline?.entries[0]?.event?.value).toBe('Plan pushed to git branch')
  })
})

describe('k8s-prow-outage-2019-01-23.md: date lines between list items', () => {
  it('dates each list item from the date paragraph above it and finds no order problem', async () => {
    // Was: "Unexpected `4:49 AM` after `3:28 PM PST`" at 116:3: the "2019-01-22" / "2019-01-23" paragraphs are
    // ignored, every item gets the title's date, and 04:49 on the next morning sorts before 15:28.
    const result = await lint('k8s-prow-outage-2019-01-23.md')
    expect(result.findings.filter((finding) => finding.ruleId === 'timeline-order')).toEqual([])
    const dates = result.postmortem?.timeline?.entries.map((entry) => entry.time?.value.date)
    expect(dates?.slice(0, 3)).toEqual(['2019-01-22', '2019-01-22', '2019-01-23'])
  })
})

describe('dfds-log4shell.md: a date-only row after timed rows of the same day', () => {
  it('does not call "2021-12-17" out of order after "2021-12-17 14:40"', async () => {
    // Was: "Unexpected `2021-12-17` after `2021-12-17 14:40`" at 37:3; a row with a date and no time cannot be
    // earlier than a timed row of the same day, only of an earlier day.
    const order = (await lint('dfds-log4shell.md')).findings.filter((finding) => finding.ruleId === 'timeline-order')
    expect(order.map((finding) => finding.line)).toEqual([23])
  })
})

describe('chia-suspected-employee-compromise.md: the year in a "Date (2021)" column header', () => {
  it('reads "Oct 31 | 21:33" rows with the year from the header', async () => {
    // Was: every row unparsed (no year hint anywhere else), so timeline-complete reports 23 "Unexpected time"
    // findings on a complete timeline.
    const result = await lint('chia-suspected-employee-compromise.md')
    expect(result.postmortem?.timeline?.entries[0]?.time?.value).toEqual({ minutes: 1293, date: '2021-10-31' })
    expect(result.findings.filter((finding) => finding.message.startsWith('Unexpected time `'))).toEqual([])
  })
})

describe('flutter-build-breakage-2016-11-08.md: "### 2016-11-07" date headings over "**16:27** ..." paragraphs', () => {
  it('dates the times under each date heading and finds nothing out of order', async () => {
    // Was (after 03e65a8): the date headings are date lines, but the paragraphs below them stay undated, so "15:11"
    // and "21:36" fall on the title's date (2016-11-08) and "Unexpected `07:52` after `21:36`" appears at 31:3.
    const result = await lint('flutter-build-breakage-2016-11-08.md')
    expect(result.findings.filter((finding) => finding.ruleId === 'timeline-order')).toEqual([])
    const dates = result.postmortem?.timeline?.entries.map((entry) => entry.time?.value.date)
    expect(dates?.slice(0, 4)).toEqual(['2016-11-02', '2016-11-07', '2016-11-07', '2016-11-08'])
  })
})

describe('timeline-order across the corpus', () => {
  it('reports only the two rows that really are out of order', async () => {
    // Read by hand: dfds-log4shell line 23 (14:30 written after 15:50) and dfds-total-node-failure line 27
    // (11:07 after 11:08). Before the fix also: dfds-log4shell 37, flutter-build-breakage 31, k8s-prow-outage 116.
    const found: string[] = []
    for (const name of corpusNames()) {
      for (const finding of (await lint(name)).findings) if (finding.ruleId === 'timeline-order') found.push(`${name}:${finding.line}`)
    }
    expect(found).toEqual(['dfds-log4shell.md:23', 'dfds-total-node-failure.md:27'])
  })
})
