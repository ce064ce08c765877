import { describe, expect, it } from 'vitest'
import { renderJobSummary } from '../../../src/report/job-summary.js'
import { MAX_SUMMARY_LENGTH, renderSummaryComment } from '../../../src/report/summary-comment.js'
import { finding } from './helpers.js'

describe('summary comment', () => {
  const files = [
    { path: 'postmortems/a.md', findings: [finding({ line: 3 }), finding({ line: 4, ruleId: 'action-item-owner', severity: 'warning' })] },
    { path: 'postmortems/b.md', findings: [finding({ line: 9 })] },
  ]

  it('counts findings per rule', () => {
    const body = renderSummaryComment({ headSha: 'abcdef1234', files, notInline: [] })
    expect(body).toContain('2 errors, 1 warning')
    expect(body).toContain('| `action-item-owner` | 0 | 1 | 0 |')
    expect(body).toContain('| `timeline-utc` | 2 | 0 | 0 |')
    expect(body).toContain('`abcdef1`')
  })

  it('is the same text for the same state (so an unchanged run skips the edit)', () => {
    const input = { headSha: 'abcdef1234', files, notInline: [{ path: 'postmortems/b.md', finding: files[1]!.findings[0]! }] }
    expect(renderSummaryComment(input)).toBe(renderSummaryComment(structuredClone(input)))
  })

  it('stays under GitHub’s comment size limit with a huge number of findings', () => {
    const many = Array.from({ length: 5000 }, (_, index) => finding({ line: index + 1, message: 'Unexpected '.repeat(30) }))
    const body = renderSummaryComment({ headSha: 'abc', files: [{ path: 'x.md', findings: many }], notInline: many.map((f) => ({ path: 'x.md', finding: f })) })
    expect(body.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH)
    expect(body).toContain('4900 more')
  })
})

describe('job summary', () => {
  it('lists every finding in a table per file, mentions neutralised', () => {
    const out = renderJobSummary({ title: 'Post-mortem lint', files: [{ path: 'a.md', findings: [finding({ line: 2, message: 'Unexpected blame of @carol | x' })] }, { path: 'b.md', findings: [] }] })
    expect(out).toContain('### a.md')
    expect(out).toMatch(/\| 2:1 \| Error \| `timeline-utc` \| Unexpected blame of @\u200dcarol \\\| x \|/)
    expect(out).toContain('### b.md\n\nNo findings.')
  })

  it('stops before the size limit and says how many files are left out', () => {
    const big = (path: string) => ({ path, findings: Array.from({ length: 50 }, (_, index) => finding({ line: index + 1, message: 'x'.repeat(100) })) })
    const out = renderJobSummary({ title: 'T', files: [big('a.md'), big('b.md'), big('c.md')] }, 12_000)
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(12_000)
    expect(out).toContain('### a.md')
    expect(out).toMatch(/[12] more file\(s\) are not listed/)
  })
})

describe('summary timelines', () => {
  const SPAN = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }
  const postmortem = {
    meta: { fields: [] },
    sections: [],
    factors: [],
    actionItems: [],
    problems: [],
    timeline: {
      form: 'table' as const,
      span: SPAN,
      entries: [{ time: { value: { minutes: 600 }, raw: '10:00', span: SPAN }, event: { value: 'Alert', raw: 'Alert', span: SPAN }, span: SPAN }],
    },
  }

  it('draws each post-mortem’s timeline under an HTML summary (no Markdown there), path escaped', () => {
    const body = renderSummaryComment({ headSha: 'abc', files: [{ path: 'postmortems/<b>.md', findings: [], postmortem }], notInline: [] })
    expect(body).toContain('<summary>Timeline of <code>postmortems/&lt;b&gt;.md</code></summary>')
    expect(body).toContain('```mermaid\ntimeline')
    expect(body).toContain('10\u223600 : Alert')
  })
})
