import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/plan/calendar.js'
import { planNag } from '../../../src/plan/nag.js'
import { digestMarker, digestWindow, MAX_ISSUE_BODY_CHARS, readDigestMarker, renderDigest } from '../../../src/report/digest.js'
import { followUp, item, itemIssue, nagInput, postmortem } from './fixtures.js'

function digestOf(today: string, input: ReturnType<typeof nagInput>, since = addDays(today, -7), maxChars?: number): string {
  const plan = planNag(input)
  return renderDigest({ today, since, timeZone: 'UTC', postmortems: input.postmortems, statuses: plan.statuses, followUps: input.followUps, ...(maxChars === undefined ? {} : { maxChars }) })
}

describe('digest', () => {
  const pms = [
    postmortem('db', [item('AI-1', '2026-03-01', { owner: '@alice' }), item('AI-2', '2026-03-20', { owner: '@bob' }), item(undefined, '2026-03-20')]),
    { ...postmortem('cache', [item('AI-1', '2026-03-05', { owner: 'bob' }), item('AI-2', '2026-03-30')]), incidentDate: '2026-02-10' },
  ]
  const issues = [
    itemIssue('db', 'AI-1', { number: 1 }),
    itemIssue('db', 'AI-2', { number: 2, state: 'closed', closedAt: '2026-03-07T12:00:00Z' }),
    itemIssue('cache', 'AI-1', { number: 3, createdAt: '2026-02-15T10:00:00Z' }),
    itemIssue('cache', 'AI-2', { number: 4, createdAt: '2026-02-15T10:00:00Z', labels: ['post-mortem', 'dropped'] }),
  ]
  const input = nagInput('2026-03-08', pms, issues, { followUps: [followUp('db', '2026-03-02', { createdAt: '2026-02-02T10:00:00Z' })] })
  const body = digestOf('2026-03-08', input)

  it('lists open items by owner and by post-mortem, and the untracked', () => {
    expect(body).toMatch(/\*\*bob\*\* \(1\)\n- #3 \*\*AI-1\*\*/)
    expect(body).toMatch(/\*\*alice\*\* \(1\)\n- #1 \*\*AI-1\*\* .* overdue \(7 days late\) \(db\)/)
    expect(body).toContain('| db | Outage db | 1 | 1 | 1 | 0 | 1 |')
    expect(body).toContain('| cache | Outage cache | 1 | 1 | 0 | 1 | 0 |')
    expect(body).toMatch(/### Not tracked[\s\S]*\*\*\(no ID\)\*\*.*postmortems\/db\.md line 20/)
  })

  it('says what went overdue and what closed since the last digest', () => {
    expect(body).toMatch(/### Went overdue since 2026-03-01\n\n- #1 \*\*AI-1\*\*.*\n- #3 \*\*AI-1\*\*/)
    expect(body).toMatch(/### Closed since 2026-03-01\n\n- #2 \*\*AI-2\*\*/)
    const later = digestOf('2026-03-08', input, '2026-03-07')
    expect(later).toMatch(/### Went overdue since 2026-03-07\n\nNone\./)
  })

  it('draws open versus closed per post-mortem as a Mermaid chart', () => {
    expect(body).toContain('```mermaid\nxychart-beta')
    expect(body).toContain('x-axis ["db", "cache"]')
    expect(body).toContain('bar [2, 1]')
    expect(body).toContain('bar [1, 0]')
  })

  it('reports closure rate, median days overdue and time to merged post-mortem, naming who missed 48 hours', () => {
    expect(body).toContain('**Action-item closure rate:** 33% (1 of 3 tracked items closed')
    expect(body).toContain('**Median days overdue:** 5 (2 overdue item(s))')
    // db: incident 2026-02-01, merged 2026-02-02T10:00Z = 34 h; cache: 2026-02-10 -> 2026-02-15T10:00Z = 130 h.
    expect(body).toContain('median 82 h over 2 post-mortem(s); missed the 48-hour target: cache (130 h)')
  })

  it('keeps document text inert: no mention, no HTML, no Mermaid syntax from an id', () => {
    const hostile = [postmortem('x"]; bar [9', [item('AI-1', '2026-03-01', { action: '<img src=x> ping @everyone <!-- postmortem-action:digest -->', owner: '@mallory' })])]
    const text = digestOf('2026-03-08', nagInput('2026-03-08', hostile, [itemIssue('x"]; bar [9', 'AI-1', { number: 1 })]))
    expect(text).not.toMatch(/@(everyone|mallory)/)
    expect(text).not.toContain('<img')
    expect(text).not.toContain('<!-- postmortem-action')
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(text)?.[1] ?? ''
    // The shared Mermaid escaping (src/report/escape.ts) turns the quote into a curly one and the brackets into look-alikes.
    expect(diagram).toContain('x-axis ["x\u201d)\uff1b bar (9"]')
    expect(diagram.match(/bar \[/g)).toHaveLength(2)
  })

  it('stays under the issue body limit with thousands of items, saying how many it left out', () => {
    const many = Array.from({ length: 40 }, (_, p) => postmortem(`pm-${p}`, Array.from({ length: 100 }, (_, i) => item(`AI-${i}`, '2026-03-01', { action: 'x'.repeat(200), owner: `@owner-${i % 30}` }))))
    const manyIssues = many.flatMap((pm) => pm.items.map((it) => itemIssue(pm.id, it.id ?? '')))
    const text = digestOf('2026-03-08', nagInput('2026-03-08', many, manyIssues))
    expect(text.length).toBeLessThan(MAX_ISSUE_BODY_CHARS - 900)
    expect(text).toMatch(/…and \d+ more not shown \(GitHub's body limit\)/)
    expect(text).toContain('### By post-mortem')
    expect(text).toContain('### Not tracked')
    expect(text).toContain('(20 of 40 post-mortems, most open first)')
  })

  it('keeps its window on a same-day re-run, so the body does not change', () => {
    expect(readDigestMarker(`x ${digestMarker('2026-03-01', '2026-03-08')}`)).toEqual({ since: '2026-03-01', at: '2026-03-08' })
    expect(digestWindow(undefined, '2026-03-08', 7)).toBe('2026-03-01')
    expect(digestWindow({ since: '2026-03-01', at: '2026-03-08' }, '2026-03-08', 7)).toBe('2026-03-01')
    expect(digestWindow({ since: '2026-03-01', at: '2026-03-08' }, '2026-03-09', 7)).toBe('2026-03-08')
    expect(digestWindow({ since: '2026-03-01', at: '2026-03-08' }, '2026-03-04', 7)).toBe('2026-02-25')
  })
})
