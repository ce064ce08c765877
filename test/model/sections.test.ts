import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { validateConfig } from '../../src/config/parse.js'
import { at, fixture, lines, parse } from './helpers.js'

function keyOf(heading: string): string | undefined {
  return parse(lines(heading, '', 'Text.')).sections[0]?.key
}

describe('sections', () => {
  it.each([
    ['## Action Items', 'action-items'],
    ['## Action items', 'action-items'],
    ['## ACTION ITEMS', 'action-items'],
    ['## Follow-ups', 'action-items'],
    ['## Corrective actions', 'action-items'],
    ['## Corrective and Preventative Measures', 'action-items'],
    ['## Remediation', 'action-items'],
    ['## Root Cause', 'root-cause'],
    ['## Root causes', 'root-cause'],
    ['## Root Cause Analysis', 'root-cause'],
    ['## Timeline', 'timeline'],
    ['# Events/Timeline:', 'timeline'],
    ['## 3. Timeline', 'timeline'],
    ['## 3) Timeline', 'timeline'],
    ['## Timeline (all times UTC)', 'timeline'],
    ['## Timeline (UTC) All Times Approximate', 'timeline'],
    ['## **Timeline**', 'timeline'],
    ['## Contributing Factors', 'contributing-factors'],
    ['## Lessons learnt', 'lessons-learned'],
    ['## Lessons Learned and Future Improvements', 'lessons-learned'],
    ['## What went well', 'what-went-well'],
    ['### Summary', 'summary'],
    ['#### impact', 'impact'],
  ])('reads %j as %s', (heading, key) => {
    expect(keyOf(heading)).toBe(key)
  })

  it.each(['## Attendees', '## Stats', '## Impactful changes', '## Actionable insights', '## Summarised chat log'])(
    'leaves %j without a key',
    (heading) => {
      expect(keyOf(heading)).toBeUndefined()
    },
  )

  it('reads a bold-only paragraph as a pseudo-heading below every real heading', () => {
    const text = lines('# Outage', '', '**Action Items**', '', '- AI-1: Add an alert on queue depth > 1000 (owner: @bob, due: 2024-04-01, priority: P1)')
    const section = parse(text).sections.find((s) => s.key === 'action-items')
    expect(section).toMatchObject({ title: 'Action Items', depth: 7, parentKey: undefined })
    expect(at(section?.headingSpan)).toBe('3:1-3:17')
    expect(parse(text).actionItems).toHaveLength(1)
  })

  it('reads a lone known label ending in a colon as a pseudo-heading', () => {
    const text = lines('# Outage', '', 'Action Items:', '', '- AI-1: Add an alert on queue depth > 1000 (owner: @bob, due: 2024-04-01, priority: P1)')
    expect(parse(text).sections.map((s) => s.key)).toEqual([undefined, 'action-items'])
  })

  it('does not read a sentence that starts with a label as a heading', () => {
    const text = lines('# Outage', '', 'Action items were discussed at length in the review meeting on Friday.')
    expect(parse(text).sections.map((s) => s.key)).toEqual([undefined])
  })

  it('gives each section its heading span, full span and enclosing known section', () => {
    const text = fixture('reference.md')
    const { sections } = parse(text)
    expect(sections.map((s) => [s.key, s.title, s.depth, s.parentKey])).toEqual([
      [undefined, 'Post-Mortem: Invoice export stalled (2024-03-05)', 1, undefined],
      ['summary', 'Summary', 2, undefined],
      ['impact', 'Impact', 2, undefined],
      ['root-cause', 'Root Cause', 2, undefined],
      ['timeline', 'Timeline (all times UTC)', 2, undefined],
      ['contributing-factors', 'Contributing Factors', 2, undefined],
      [undefined, 'Immediate Cause', 3, 'contributing-factors'],
      ['contributing-factors', 'Contributing Factors', 3, 'contributing-factors'],
      [undefined, 'Systemic Issues', 3, 'contributing-factors'],
      ['action-items', 'Action Items', 2, undefined],
      ['what-went-well', 'What Went Well', 2, undefined],
      ['lessons-learned', 'Lessons Learned', 2, undefined],
    ])
    const timeline = sections.find((s) => s.key === 'timeline')
    expect(at(timeline?.headingSpan)).toBe('19:1-19:28')
    // From the heading to the end of the table, before "## Contributing Factors" on line 29.
    expect(timeline?.span.start.line).toBe(19)
    expect(timeline?.span.end.line).toBe(27)
    const factors = sections.find((s) => s.key === 'contributing-factors' && s.depth === 2)
    expect(factors?.span.end.line).toBe(42)
  })

  it('uses aliases added in the configuration, on top of the built-in ones', () => {
    const config = validateConfig({ sections: { 'action-items': ['Nächste Schritte'], 'went-badly': ['Pain points'] } })
    const text = lines('## Nächste Schritte', '', '## Follow-ups', '', '## Pain points')
    expect(parse(text, config).sections.map((s) => s.key)).toEqual(['action-items', 'action-items', 'went-badly'])
    expect(parse(text, defaultConfig()).sections.map((s) => s.key)).toEqual([undefined, 'action-items', undefined])
  })
})
