import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '../../../src/model/types.js'
import { MAX_DIAGRAM_ENTRIES, mermaidText, timelineDiagram } from '../../../src/report/mermaid.js'

const SPAN = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }

function entry(minutes: number, event: string, date?: string): TimelineEntry {
  return {
    time: { value: { minutes, ...(date === undefined ? {} : { date }) }, raw: '', span: SPAN },
    event: { value: event, raw: event, span: SPAN },
    span: SPAN,
  }
}

/** Lines of the diagram body (between the fences). */
function body(diagram: string | undefined): string[] {
  return (diagram ?? '').split('\n').slice(1, -1)
}

describe('mermaidText', () => {
  it('replaces every character the timeline grammar treats as syntax', () => {
    const out = mermaidText('a: b # c; d %% e <b>`x`</b> {y}')
    expect(out).not.toMatch(/[:#;%<>`{}]/)
  })

  it('folds newlines and caps long labels', () => {
    expect(mermaidText('a\nb')).toBe('a b')
    expect(mermaidText('x'.repeat(200)).length).toBe(80)
  })
})

describe('timelineDiagram', () => {
  it('draws one period per entry with a colon-free clock', () => {
    const lines = body(timelineDiagram([entry(605, 'Alert: disk 95%'), entry(612, 'Page sent')]))
    expect(lines[0]).toBe('timeline')
    expect(lines.slice(2)).toEqual(['        10\u223605 : Alert\u2236 disk 95\uff05', '        10\u223612 : Page sent'])
    // Each event line has exactly one real ':' (the period/event separator) and no comment/directive starts.
    for (const line of lines.slice(2)) expect(line.split(':').length).toBe(2)
  })

  it('opens a section per date so incidents spanning midnight read in order', () => {
    const lines = body(timelineDiagram([entry(1430, 'late', '2024-03-05'), entry(5, 'early', '2024-03-06')]))
    expect(lines).toContain('    section 2024-03-05')
    expect(lines).toContain('    section 2024-03-06')
    expect(lines.indexOf('    section 2024-03-06')).toBeGreaterThan(lines.indexOf('    section 2024-03-05'))
  })

  it('caps the entries and says so in the title', () => {
    const many = Array.from({ length: MAX_DIAGRAM_ENTRIES + 5 }, (_, index) => entry(index, `e${index}`))
    const lines = body(timelineDiagram(many))
    expect(lines.filter((line) => line.startsWith('        '))).toHaveLength(MAX_DIAGRAM_ENTRIES)
    expect(lines[1]).toContain(`first ${MAX_DIAGRAM_ENTRIES} of ${MAX_DIAGRAM_ENTRIES + 5}`)
  })

  it('draws nothing when no entry has a readable time', () => {
    expect(timelineDiagram([{ span: SPAN, event: { value: 'x', raw: 'x', span: SPAN } }])).toBeUndefined()
  })

  it('cannot be closed early by backticks in the text', () => {
    const diagram = timelineDiagram([entry(1, '```\n@everyone')])!
    expect(diagram.split('\n').filter((line) => line.startsWith('```'))).toHaveLength(2)
  })
})
