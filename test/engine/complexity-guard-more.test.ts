/**
 * Hostile-input shapes the complexity guard must refuse before parsing: footnote definitions and
 * lists in blockquotes separated by blank lines (each would take the parser minutes at 1 MB).
 */
import { describe, expect, it } from 'vitest'
import { guardText } from '../../src/lint/engine.js'

describe('shapes that still get past the complexity guard (8385cbb)', () => {
  // CPU time of remark-parse alone, measured here on a loaded 2-CPU machine.
  it('counts GFM footnote definitions', () => {
    // "[^a]: b / c" blocks: 1.8 s at 20 KB, 4.5 s at 40 KB, 22 s at 80 KB; footnote definitions are containers
    // like blockquotes and lists, and the guard does not count `[^x]:` lines as containers.
    const text = '[^a]: b\n\nc\n\n'.repeat(Math.floor((200 * 1024) / 12))
    expect(guardText(text)?.ruleId).toBe('too-complex')
  })

  it('counts lists nested in separate blockquotes', () => {
    // "> 1. a / >    - b" blocks separated by blank lines: 1.7 s at 20 KB, 3.9 s at 40 KB, 11.7 s at 80 KB.
    // Cause: every row's container is 'list' and a blank row keeps previousContainer, so no new container is
    // ever counted; but a quote line after a blank line opens a new blockquote (unlike a loose list item).
    const text = '> 1. a\n>    - b\n\n'.repeat(Math.floor((200 * 1024) / 19))
    expect(guardText(text)?.ruleId).toBe('too-complex')
  })
})
