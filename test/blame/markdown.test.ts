/**
 * Which texts of a Markdown document the blame check reads, and at which offsets: every paragraph,
 * heading and table cell, blockquotes unless they are chat transcripts; never code, HTML or front matter.
 */
import { describe, expect, it } from 'vitest'
import { textUnits } from '../../src/blame/markdown.js'
import { markdownParser } from '../../src/model/build.js'

function units(text: string) {
  return textUnits(markdownParser().parse(text), text)
}

describe('textUnits', () => {
  it('returns headings, paragraphs, list items and table cells as source slices at their offsets', () => {
    const text = '# Title\n\nA paragraph.\n\n- an item\n\n| Time | Event |\n|---|---|\n| 10:00 | Bob forgot |\n'
    const found = units(text)
    expect(found.map((unit) => [unit.kind, unit.text])).toEqual([
      ['heading', '# Title'],
      ['paragraph', 'A paragraph.'],
      ['paragraph', 'an item'],
      ['tableCell', 'Time'],
      ['tableCell', 'Event'],
      ['tableCell', '10:00'],
      ['tableCell', 'Bob forgot'],
    ])
    for (const unit of found) expect(text.slice(unit.offset, unit.offset + unit.text.length)).toBe(unit.text)
  })

  it('skips code blocks, HTML and front matter', () => {
    const text = '---\ntitle: Bob forgot\n---\n\n```\nBob forgot\n```\n\n<div>Bob forgot</div>\n\nProse.\n'
    expect(units(text).map((unit) => unit.text)).toEqual(['Prose.'])
  })

  it('reads an ordinary blockquote, with continuation markers blanked at the same offsets', () => {
    const text = '## Lessons\n\n> First line\n> second line\n'
    const quote = units(text).find((unit) => unit.kind === 'paragraph')
    expect(quote?.text).toBe('First line\n  second line')
    expect(quote && text.slice(quote.offset, quote.offset + quote.text.length).replace(/> /g, '  ')).toBe(quote?.text)
  })

  it('skips blockquotes that are chat transcripts, by their lines or by their heading', () => {
    const byLines = '## Notes\n\n> alice [8:27 AM]\n> I broke prod\n>\n> bob [8:30 AM]\n> rolling back\n'
    expect(units(byLines).map((unit) => unit.text)).toEqual(['## Notes'])
    const byHeading = '## Slack log\n\n> I broke prod, sorry\n\n### Day two\n\n> more chat\n\n## Lessons\n\n> A quoted lesson.\n'
    expect(units(byHeading).map((unit) => unit.text)).toEqual(['## Slack log', '### Day two', '## Lessons', 'A quoted lesson.'])
  })
})
