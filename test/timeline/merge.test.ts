// --into: existing rows kept byte for byte and in their order, new rows inserted in time order, idempotent.
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { mergeTimeline, type TimelineRow } from '../../src/timeline/index.js'

const at = (clock: string, date = '2025-02-09') => Date.parse(`${date}T${clock}Z`)
const row = (clock: string, event: string, source: string, actor = '', date?: string): TimelineRow => ({ at: at(clock, date), event, source, actor })

const document = `# Post-Mortem: Checkout errors (2025-02-09)

**Date**: 2025-02-09
**Duration**: 0h 40min (10:00 - 10:40 UTC)

## Summary

Checkout failed for a while.

## Timeline (all times UTC)

| Time | Event | Source | Actor |
|------|-------|--------|-------|
| 10:02 | Release 2025.02.09-1 rolled out (our notes: *pool timeout changed*) | deploy log | CI |
| 10:15 | Incident declared | chat | incident commander |
| ~10:20? | Someone remembers a dashboard glitch | memory | |
| 10:31 | Rollback started | runbook | on-call engineer |

## Action Items

| ID | Action | Owner | Deadline | Priority |
|----|--------|-------|----------|----------|
| AI-1 | Alert on pool waiters | @db-team | 2025-03-01 | High |
`

const drafted = [
  row('10:04:13', 'First error `pool exhausted`; 497 in 27 min', 'api.txt:140'),
  row('10:06:30', 'Alert `HighErrorRate` firing', 'alert HighErrorRate, alerts.json', 'Alertmanager'),
  row('10:15:00', 'Incident escalated to the next level', 'PagerDuty log entry R1, pd.json', 'sam'),
  row('10:36:45', 'Alert `HighErrorRate` resolved', 'alert HighErrorRate, alerts.json', 'Alertmanager'),
]

function merged(text: string, rows = drafted) {
  const result = mergeTimeline(text, rows, defaultConfig())
  if (!result.ok) throw new Error(result.message)
  return result
}

describe('--into', () => {
  it('keeps every existing line as written and in order, and inserts the new rows by time', () => {
    const result = merged(document)
    expect(result.added).toBe(4)
    const before = document.split('\n')
    const after = result.text.split('\n')
    // Every original line is still there, in the same order (a subsequence of the result).
    let cursor = 0
    for (const line of after) if (line === before[cursor]) cursor++
    expect(cursor).toBe(before.length)
    const table = after.filter((line) => /^\| (?:~|\d)/.test(line)).map((line) => line.split(' | ').slice(0, 2).join(' ').slice(2).split(' ').slice(0, 3).join(' '))
    expect(table).toEqual([
      '10:02 Release 2025.02.09-1',
      '10:04:13 First error',
      '10:06:30 Alert `HighErrorRate`',
      '10:15 Incident declared',
      '10:15:00 Incident escalated',
      '~10:20? Someone remembers',
      '10:31 Rollback started',
      '10:36:45 Alert `HighErrorRate`',
    ])
  })

  it('is idempotent: a second run adds nothing and changes no byte', () => {
    const once = merged(document).text
    const twice = merged(once)
    expect(twice.added).toBe(0)
    expect(twice.alreadyThere).toBe(4)
    expect(twice.text).toBe(once)
  })

  it('a person editing a drafted row\'s event text does not bring the row back', () => {
    const once = merged(document).text.replace('Alert `HighErrorRate` firing', 'Paging alert fired (edited by hand)')
    expect(merged(once).added).toBe(0)
  })

  it('keeps CRLF line endings and maps rows onto the table\'s own columns', () => {
    const custom = document.replace('| Time | Event | Source | Actor |\n|------|-------|--------|-------|', '| Time (UTC) | Who | What happened |\n|---|---|---|').replace(/\n/g, '\r\n')
    const result = merged(custom, [drafted[1]!])
    expect(result.text).toContain('| 10:06:30 | Alertmanager | Alert `HighErrorRate` firing |\r\n')
    expect(result.text.includes('\n') && !/[^\r]\n/.test(result.text)).toBe(true)
  })

  it('dates new rows when the table\'s own rows are dated', () => {
    const dated = document.replace('| 10:02 |', '| 2025-02-09 10:02 |').replace('| 10:15 |', '| 2025-02-09 10:15 |').replace('| 10:31 |', '| 2025-02-09 10:31 |')
    const result = merged(dated, [row('00:10:00', 'Logged error `late`', 'api.txt:9', '', '2025-02-10')])
    expect(result.text).toMatch(/\| 2025-02-09 10:31 \|[^\n]*\n\| 2025-02-10 00:10:00 \| Logged error `late`/)
  })

  it('a Timeline section without a table gets one; a list timeline is refused with a reason', () => {
    const empty = document.replace(/\| Time[\s\S]*?on-call engineer \|\n/, '<!-- rows go here -->\n')
    const result = merged(empty, drafted.slice(0, 1))
    expect(result.text).toContain('<!-- rows go here -->\n\n| Time | Event | Source | Actor |\n|------|-------|--------|-------|\n| 2025-02-09 10:04:13 |')
    const list = document.replace(/\| Time[\s\S]*?on-call engineer \|\n/, '- 10:02 Release rolled out\n- 10:15 Incident declared\n')
    expect(mergeTimeline(list, drafted, defaultConfig())).toEqual({ ok: false, message: expect.stringContaining('not a table') })
    expect(mergeTimeline('# Notes\n\nNothing here.\n', drafted, defaultConfig())).toEqual({ ok: false, message: expect.stringContaining('no Timeline section') })
  })

  it('new replaces only the template\'s HH:MM placeholder rows', () => {
    const template = document.replace('| 10:15 | Incident declared |', '| HH:MM | Impact started |')
    const result = mergeTimeline(template, drafted.slice(0, 1), defaultConfig(), { dropPlaceholders: true })
    expect(result.ok && result.text).not.toContain('HH:MM')
    expect(result.ok && result.text).toContain('| 10:31 | Rollback started |')
  })
})

describe('--into on other table shapes', () => {
  it('a table stated in another zone gets rows marked UTC, placed by their UTC time, and stays idempotent', () => {
    const pacific = document.replace('## Timeline (all times UTC)', '## Timeline (all times PST)')
    const once = merged(pacific, [row('18:10:00', 'Alert `HighErrorRate` firing', 'alert HighErrorRate, alerts.json', 'Alertmanager')])
    // 18:10 UTC is 10:10 PST: between the 10:02 and 10:15 rows.
    expect(once.text).toMatch(/\| 10:02 \|[^\n]*\n\| 18:10:00 UTC \| Alert `HighErrorRate` firing/)
    expect(merged(once.text, [row('18:10:00', 'Alert `HighErrorRate` firing', 'alert HighErrorRate, alerts.json', 'Alertmanager')]).added).toBe(0)
  })

  it('a table without a Source column is idempotent on the Event, and rows without outer pipes are a table too', () => {
    const bare = document.replace(/\| Time \| Event \| Source \| Actor \|\n\|------\|-------\|--------\|-------\|\n/, 'Time | Event\n--- | ---\n').replace(/^\| (\S+) \| ([^|]+) \|[^\n]*$/gm, (line, time: string, event: string) => (/^\d|~/.test(time) ? `${time} | ${event.trim()}` : line))
    expect(bare).toContain('10:15 | Incident declared\n')
    const once = merged(bare, drafted.slice(0, 2))
    expect(once.added).toBe(2)
    expect(once.text).toContain('10:02 | Release 2025.02.09-1 rolled out (our notes: *pool timeout changed*)\n| 10:04:13 | First error `pool exhausted`; 497 in 27 min |\n')
    expect(merged(once.text, drafted.slice(0, 2)).added).toBe(0)
  })
})
