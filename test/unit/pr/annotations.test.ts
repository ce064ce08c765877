import { describe, expect, it } from 'vitest'
import { FINDINGS_PER_LEVEL, VISIBLE_PER_LEVEL, planAnnotations } from '../../../src/report/annotations.js'
import { finding } from './helpers.js'

describe('planAnnotations', () => {
  it('puts errors first, then warnings, then notes, each in file and line order', () => {
    const { annotations } = planAnnotations([
      { path: 'a.md', findings: [finding({ line: 9, severity: 'warning' }), finding({ line: 5, severity: 'error' }), finding({ line: 1, severity: 'info' })] },
      { path: 'b.md', findings: [finding({ line: 2, severity: 'error' })] },
    ])
    expect(annotations.map((annotation) => `${annotation.level} ${annotation.file}:${annotation.startLine}`)).toEqual([
      'error a.md:5',
      'error b.md:2',
      'warning a.md:9',
      'notice a.md:1',
    ])
  })

  it('emits at most 9 findings per level, keeping 1 of the 10 visible slots for the run’s own message, and counts the rest', () => {
    expect(FINDINGS_PER_LEVEL).toBe(VISIBLE_PER_LEVEL - 1)
    const errors = Array.from({ length: 15 }, (_, index) => finding({ line: index + 1, severity: 'error' }))
    const warnings = Array.from({ length: 12 }, (_, index) => finding({ line: index + 1, severity: 'warning' }))
    const { annotations, omitted } = planAnnotations([{ path: 'a.md', findings: [...warnings, ...errors] }])
    expect(annotations.filter((annotation) => annotation.level === 'error')).toHaveLength(9)
    expect(annotations.filter((annotation) => annotation.level === 'warning')).toHaveLength(9)
    expect(annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(omitted).toBe(9)
  })

  it('sends columns only for single-line findings (GitHub rejects them otherwise)', () => {
    const { annotations } = planAnnotations([{ path: 'a.md', findings: [finding({ line: 3, column: 2, endColumn: 6 }), finding({ line: 4, endLine: 6, column: 2 })] }])
    expect(annotations[0]).toMatchObject({ startLine: 3, endLine: 3, startColumn: 2, endColumn: 6, title: 'postmortem-lint(timeline-utc)' })
    expect(annotations[1]).toMatchObject({ startLine: 4, endLine: 6 })
    expect(annotations[1]).not.toHaveProperty('startColumn')
  })
})
