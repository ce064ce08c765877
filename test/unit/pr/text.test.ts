import { describe, expect, it } from 'vitest'
import { codeSpan, fencedBlock, inlineText, neutraliseMentions, tableCell } from '../../../src/report/text.js'
import { readFindingMarker } from '../../../src/report/markers.js'
import { renderFindingComment, suggestedLine } from '../../../src/report/review-comment.js'
import { finding } from './helpers.js'

describe('neutraliseMentions', () => {
  it('breaks user, team and org mentions with a zero-width joiner', () => {
    const out = neutraliseMentions('ping @alice and @acme/sre, cc @bob-2')
    expect(out).not.toMatch(/@[A-Za-z0-9]/)
    expect(out.replace(/\u200d/g, '')).toBe('ping @alice and @acme/sre, cc @bob-2')
  })

  it('leaves e-mail-like and lone @ readable', () => {
    expect(neutraliseMentions('a @ b')).toBe('a @ b')
  })
})

describe('inlineText', () => {
  it('shows HTML, including a fake marker, as text', () => {
    const out = inlineText('<!-- postmortem-action:finding fp=0123456789abcdef --> <img src=x>')
    expect(out).not.toContain('<')
    expect(readFindingMarker(out)).toBeUndefined()
  })

  it('keeps everything on one line', () => {
    expect(inlineText('a\n\nb\r\nc')).toBe('a b c')
  })

  it('escapes pipes in table cells', () => {
    expect(tableCell('a | b')).toBe('a \\| b')
  })
})

describe('code spans and fences', () => {
  it('uses more backticks than any run inside', () => {
    expect(codeSpan('a `b` c')).toBe('``a `b` c``')
    expect(codeSpan('`x')).toBe('`` `x ``')
    expect(fencedBlock('suggestion', 'text ```` here')).toBe('`````suggestion\ntext ```` here\n`````')
    expect(fencedBlock('mermaid', 'plain')).toBe('```mermaid\nplain\n```')
  })
})

describe('review comment body', () => {
  const withSuggestion = finding({
    ruleId: 'timeline-utc',
    line: 7,
    column: 3,
    endColumn: 8,
    message: 'Unexpected "10:05", expected a UTC time',
    url: 'https://example.test/rules/timeline-utc',
    suggestion: { replacement: '10:05 UTC' },
  })

  it('rewrites the whole line for a single-line suggestion', () => {
    expect(suggestedLine(withSuggestion, '| 10:05 | alert |')).toBe('| 10:05 UTC | alert |')
    expect(suggestedLine(withSuggestion, '| 10:05 | alert |\r')).toBe('| 10:05 UTC | alert |')
  })

  it('offers no suggestion for a multi-line finding or an out-of-range column', () => {
    expect(suggestedLine({ ...withSuggestion, endLine: 8 }, '| 10:05 | alert |')).toBeUndefined()
    expect(suggestedLine({ ...withSuggestion, endColumn: 99 }, 'short')).toBeUndefined()
  })

  it('carries marker, rule, docs link, message and a suggestion block', () => {
    const body = renderFindingComment('0123456789abcdef', withSuggestion, '| 10:05 | alert |')
    expect(readFindingMarker(body)).toBe('0123456789abcdef')
    expect(body).toContain('[`timeline-utc`](https://example.test/rules/timeline-utc)')
    expect(body).toContain('Unexpected "10:05", expected a UTC time')
    expect(body).toContain('```suggestion\n| 10:05 UTC | alert |\n```')
  })

  it('never lets a quoted mention notify, outside the suggestion', () => {
    const body = renderFindingComment('0123456789abcdef', finding({ line: 1, message: 'Unexpected blame of @alice' }), undefined)
    expect(body).not.toMatch(/@alice/)
    expect(body).not.toContain('suggestion')
  })
})

describe('inlineText and code spans', () => {
  it('keeps code spans as written (entities would show literally there) and escapes HTML around them', () => {
    expect(inlineText('Alert <b>now</b> when `depth > 1000` holds')).toBe('Alert &lt;b&gt;now&lt;/b&gt; when `depth > 1000` holds')
    expect(inlineText('``a ` b`` and <i>')).toBe('``a ` b`` and &lt;i&gt;')
  })

  it('neutralises mentions and marker openers inside code spans too', () => {
    const out = inlineText('Unexpected deadline `ASAP @alice <!-- postmortem-action:finding fp=0123456789abcdef -->`')
    expect(out).not.toMatch(/@alice/)
    expect(readFindingMarker(out)).toBeUndefined()
  })

  it('treats an unmatched backtick as text', () => {
    expect(inlineText('a ` <b>')).toBe('a ` &lt;b&gt;')
  })
})
