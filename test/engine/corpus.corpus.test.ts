/**
 * Every real post-mortem of the shared corpus lints without an exception and with findings that point
 * inside the document; a few documents are checked in detail (each was read before writing its test).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import type { LintedFile } from '../../src/lint/api.js'
import { lintFile } from '../../src/files.js'
import { ENGINE_FINDINGS, lintText } from '../../src/lint/engine.js'
import { ruleIds } from '../../src/lint/rules/index.js'
import type { Timeline } from '../../src/model/types.js'
import { CORPUS, corpusNames, corpusText } from './corpus.js'

const names = corpusNames()
const results = new Map<string, LintedFile>()

function linted(name: string): LintedFile {
  const result = results.get(name)
  if (!result) throw new Error(`${name} was not linted`)
  return result
}

function timeline(name: string): Timeline {
  const found = linted(name).postmortem?.timeline
  if (!found) throw new Error(`${name} has no timeline`)
  return found
}

function findingsOf(name: string, ruleId: string) {
  return linted(name).findings.filter((finding) => finding.ruleId === ruleId)
}

beforeAll(async () => {
  const config = defaultConfig()
  for (const name of names) results.set(name, await lintText(name, corpusText(name), config))
})

describe('the real-postmortems corpus', () => {
  it('holds the 31 documents the README lists', () => {
    expect(names).toHaveLength(31)
  })

  it.each(names)('%s lints with findings inside the document', (name) => {
    const text = corpusText(name)
    const lineCount = text.split('\n').length
    const lineLengths = text.split('\n').map((line) => line.length)
    const result = linted(name)
    expect(result.skipped).toBeUndefined()
    expect(result.postmortem).toBeDefined()
    const known = [...ruleIds, ...ENGINE_FINDINGS]
    for (const finding of result.findings) {
      const where = `${name}:${finding.line}:${finding.column} ${finding.ruleId}`
      expect(known, where).toContain(finding.ruleId)
      expect(['error', 'warning'], where).toContain(finding.severity)
      expect(finding.message, where).toMatch(/^Unexpected .+, expected .+/s)
      expect(finding.url, where).toMatch(/^https:\/\/.+\.md$/)
      expect(finding.line, where).toBeGreaterThanOrEqual(1)
      expect(finding.line, where).toBeLessThanOrEqual(lineCount)
      expect(finding.column, where).toBeGreaterThanOrEqual(1)
      expect(finding.column, where).toBeLessThanOrEqual((lineLengths[finding.line - 1] ?? 0) + 1)
      expect(finding.endLine, where).toBeGreaterThanOrEqual(finding.line)
      expect(finding.endLine, where).toBeLessThanOrEqual(lineCount)
      if (finding.endLine === finding.line) expect(finding.endColumn, where).toBeGreaterThanOrEqual(finding.column)
      expect(finding.endColumn, where).toBeLessThanOrEqual((lineLengths[finding.endLine - 1] ?? 0) + 1)
    }
  })

  it('reads every document from disk to the same findings as from memory', async () => {
    const config = defaultConfig()
    const fromDisk = await Promise.all(names.map((name) => lintFile(CORPUS, name, config)))
    for (const [index, result] of fromDisk.entries()) {
      const name = names[index] as string
      expect(result.skipped, name).toBeUndefined()
      expect(result.findings, name).toEqual(linted(name).findings)
    }
  })

  it.each(names)('%s has model spans that cut out the text they claim', (name) => {
    const text = corpusText(name)
    const model = linted(name).postmortem
    const located = [
      ...(model?.timeline?.entries.flatMap((entry) => [entry.time, entry.unparsedTime]) ?? []),
      ...(model?.actionItems.flatMap((item) => [item.id, item.owner, item.deadline, item.priority]) ?? []),
    ]
    for (const value of located) {
      if (!value) continue
      // Table cells joined for a timestamp drop their pipes, and values drop emphasis markers.
      const plain = (t: string) => t.replace(/[|*_`]/g, ' ').replace(/\s+/g, ' ').trim()
      expect(plain(value.raw).length).toBeGreaterThan(0)
      expect(plain(text.slice(value.span.start.offset, value.span.end.offset))).toContain(plain(value.raw))
    }
  })
})

describe('dfds-total-node-failure.md', () => {
  const name = 'dfds-total-node-failure.md'

  it('reads the padded table timeline with its zone line', () => {
    const found = timeline(name)
    expect(found.form).toBe('table')
    expect(found.entries).toHaveLength(16)
    expect(found.zoneStatement?.value).toBe('UTC')
    expect(found.zoneStatement?.span.start.line).toBe(9)
    expect(found.entries[0]?.time?.value).toEqual({ minutes: 450, date: '2023-02-13' })
  })

  it('reports the 11:07 row that follows 11:08, and nothing else out of order', () => {
    const order = findingsOf(name, 'timeline-order')
    expect(order.map((finding) => [finding.line, finding.column, finding.endColumn])).toEqual([[27, 3, 19]])
    expect(order[0]?.message).toBe('Unexpected `2023-02-14 11:07` after `2023-02-14 11:08`, expected timeline entries in chronological order')
  })

  it('reads four factors and six bullet action items without owners', () => {
    const model = linted(name).postmortem
    expect(model?.factors).toHaveLength(4)
    expect(model?.actionItems).toHaveLength(6)
    // One finding per item names every missing field (the owner among them), under action-item-id.
    const grouped = findingsOf(name, 'action-item-id').filter((finding) => /an owner/.test(finding.message))
    expect(grouped.map((finding) => finding.line)).toEqual([40, 41, 42, 43, 44, 45])
    // The item marked '(done)' needs no deadline.
    expect(grouped.find((finding) => finding.line === 45)?.message).not.toMatch(/deadline/)
  })

  it('accepts UTC and reports no time zone problem', () => {
    expect(findingsOf(name, 'timeline-utc')).toEqual([])
  })
})

describe('dfds-log4shell.md', () => {
  it('reports the 14:30 row written after 15:50 on the same day', () => {
    const order = findingsOf('dfds-log4shell.md', 'timeline-order')
    expect(order.map((finding) => finding.line)).toContain(23)
    expect(order.find((finding) => finding.line === 23)?.message).toContain('`2021-12-13 14:30` after `2021-12-13 15:50`')
  })

  it('reads date-only rows as dates without a time', () => {
    const first = timeline('dfds-log4shell.md').entries[0]
    expect(first?.time?.value).toEqual({ minutes: 0, date: '2021-12-10', dateOnly: true })
  })
})

describe('documents with one heading per timestamp', () => {
  it.each([
    ['mybinder-reddit-hug.md', 25, 'PST'],
    ['mybinder-hub-403.md', 6, 'PST'],
    ['mybinder-no-logs.md', 6, 'CET'],
    ['mybinder-stale-prime-version.md', 5, 'CET'],
    ['2i2c-memory-overload.md', 6, 'IST'],
    // "(All times US/Pacific, 24-hour clock.)" under the heading states the zone.
    ['univaf-actions-budget-terraform-state.md', 14, 'US/PACIFIC'],
    ['univaf-external-ids-exhausted.md', 8, 'US/PACIFIC'],
  ])('reads %s as a headings timeline of %i entries (zone %s)', (name, count, zone) => {
    const found = timeline(name)
    expect(found.form).toBe('headings')
    expect(found.entries).toHaveLength(count)
    expect(found.entries.every((entry) => entry.time && entry.event)).toBe(true)
    expect(found.zoneStatement?.value).toBe(zone)
  })

  it('reads the range heading "### 8:20 - 8:24" of mybinder-reddit-hug with the paragraph below it', () => {
    const range = timeline('mybinder-reddit-hug.md').entries.find((entry) => entry.time?.span.start.line === 64)
    expect(range?.time?.value.minutes).toBe(500)
    expect(range?.event?.value).toMatch(/^Yuvi and Carol discuss situation/)
  })

  it('dates the first mybinder-hub-403 entry from "Sep 27 2017 13:06"', () => {
    expect(timeline('mybinder-hub-403.md').entries[0]?.time?.value).toEqual({ minutes: 786, date: '2017-09-27' })
  })

  it('reads the 12-hour IST headings of 2i2c-memory-overload and reports the zone at its line', () => {
    expect(timeline('2i2c-memory-overload.md').entries.map((entry) => entry.time?.value.minutes)).toEqual([1252, 1262, 1281, 1283, 1284, 1306])
    const utc = findingsOf('2i2c-memory-overload.md', 'timeline-utc')
    expect(utc.map((finding) => [finding.line, finding.column])).toEqual([[16, 14]])
    expect(utc[0]?.message).toContain('`IST`')
  })

  it('keeps univaf-actions-budget-terraform-state in order across its two days', () => {
    const entries = timeline('univaf-actions-budget-terraform-state.md').entries
    expect(entries.filter((entry) => entry.time?.value.date === '2021-06-30')).toHaveLength(3)
    expect(findingsOf('univaf-actions-budget-terraform-state.md', 'timeline-order')).toEqual([])
  })
})

describe('front matter in real documents', () => {
  it('reads the title of moj-lack-of-diskspace from its front matter and the date from that title', () => {
    const meta = linted('moj-lack-of-diskspace.md').postmortem?.meta
    expect(meta?.title?.value).toBe('Incident on 2023-09-18 - Lack of Disk space on nodes')
    expect(meta?.title?.span.start).toMatchObject({ line: 2, column: 8 })
    expect(meta?.fields.filter((field) => field.from === 'front-matter').map((field) => field.key)).toEqual(['title', 'weight'])
    expect(meta?.date?.value).toBe('2023-09-18')
  })

  it('reads the time to repair of moj-lack-of-diskspace as its duration', () => {
    expect(linted('moj-lack-of-diskspace.md').postmortem?.meta.duration?.value.minutes).toBe(252)
  })

  it('reads date, quoted title and author list of pypi-leaked-admin-pat', () => {
    const meta = linted('pypi-leaked-admin-pat.md').postmortem?.meta
    expect(meta?.title?.value).toBe('Incident Report: Leaked GitHub Personal Access Token')
    expect(meta?.date?.value).toBe('2024-07-08')
    expect(meta?.date?.span.start).toMatchObject({ line: 7, column: 7 })
    expect(meta?.authors?.value).toEqual(['ewdurbin'])
    expect(linted('pypi-leaked-admin-pat.md').findings.filter((finding) => finding.ruleId === 'front-matter')).toEqual([])
  })

  it('reads the timestamps with UTC of pypi-org-team-privileges', () => {
    const entries = timeline('pypi-org-team-privileges.md').entries
    expect(entries).toHaveLength(8)
    expect(entries.every((entry) => entry.time?.value.zone === 'UTC' && entry.time.value.date === '2025-04-14')).toBe(true)
    expect(findingsOf('pypi-org-team-privileges.md', 'timeline-utc')).toEqual([])
  })
})

describe('list timelines in real documents', () => {
  it('reads chia-negative-coin-values "- 12:48 (6:48 PDT):" items under a UTC heading', () => {
    const found = timeline('chia-negative-coin-values.md')
    expect(found.form).toBe('list')
    expect(found.entries).toHaveLength(11)
    expect(found.zoneStatement?.value).toBe('UTC')
    expect(found.entries[0]?.time?.value.minutes).toBe(768)
    expect(findingsOf('chia-negative-coin-values.md', 'timeline-utc')).toEqual([])
  })

  it('reads the "[08:47]" items of k8s-prow-partial-outage-2019-02-05', () => {
    const found = timeline('k8s-prow-partial-outage-2019-02-05.md')
    expect(found.entries).toHaveLength(12)
    expect(found.entries[0]?.time?.span.start).toMatchObject({ line: 89, column: 4 })
    expect(found.zoneStatement?.value).toBe('PST')
  })

  it('reads the "04:49 PM UTC" items of chia-website-outage with a zone on each', () => {
    const entries = timeline('chia-website-outage.md').entries
    expect(entries).toHaveLength(11)
    expect(entries[0]?.time?.value).toEqual({ minutes: 1009, zone: 'UTC' })
    expect(findingsOf('chia-website-outage.md', 'timeline-utc')).toEqual([])
  })
})

describe('other real layouts', () => {
  it('dates the "Jan 14, 10:18 AM" rows of posthog-replay-sdk-fetch-wrapper with the year of its Date field', () => {
    const entries = timeline('posthog-replay-sdk-fetch-wrapper.md').entries
    expect(entries).toHaveLength(10)
    expect(entries[0]?.time?.value).toEqual({ minutes: 618, date: '2026-01-14' })
    expect(entries.at(-1)?.time?.value).toEqual({ minutes: 964, date: '2026-01-19' })
    expect(findingsOf('posthog-replay-sdk-fetch-wrapper.md', 'timeline-order')).toEqual([])
  })

  it('reads the date range of posthog-replay-sdk-fetch-wrapper as its first day', () => {
    expect(findingsOf('posthog-replay-sdk-fetch-wrapper.md', 'metadata').find((finding) => finding.line === 3)).toBeUndefined()
    expect(linted('posthog-replay-sdk-fetch-wrapper.md').postmortem?.meta.date?.value).toBe('2026-01-14')
  })

  it('finds no section in the prose-only posthog-decide-is-down-prose and says so at the first line', () => {
    const model = linted('posthog-decide-is-down-prose.md').postmortem
    expect(model?.sections).toEqual([])
    expect(model?.timeline).toBeUndefined()
    const missing = findingsOf('posthog-decide-is-down-prose.md', 'required-sections')
    expect(missing).toHaveLength(8)
    expect(missing.every((finding) => finding.line === 1 && finding.column === 1)).toBe(true)
  })
})
