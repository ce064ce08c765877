/** Each output context of report/escape.ts, with text a pull request's author could write. */
import { describe, expect, it } from 'vitest'
import { micromark } from 'micromark'
import {
  codePointLength,
  codeSpan,
  commandData,
  commandProperty,
  htmlText,
  inlineText,
  mermaidText,
  runnerPath,
  runnerText,
  sliceWhole,
  tableCell,
  truncate,
} from '../../src/report/escape.js'

const HOSTILE_PATH = 'postmortems/a`</code></summary></details><h1>pwned</h1>`.md'

describe('HTML context', () => {
  it('escapes markup and backticks, so a path cannot close the element it sits in', () => {
    const out = htmlText(HOSTILE_PATH)
    expect(out).not.toMatch(/[<>`]/)
    expect(out).toContain('&lt;/summary&gt;')
    // As GitHub would: Markdown rendered, HTML passed through.
    expect(micromark(`<details><summary><code>${out}</code></summary>\n\nx\n</details>`, { allowDangerousHtml: true })).not.toContain('<h1>')
  })

  it('escapes quotes for attributes, neutralises mentions, stays on one line', () => {
    expect(htmlText(`a"b'c @alice\nnext`)).toBe('a&quot;b&#39;c @\u200dalice next')
  })
})

describe('Markdown contexts', () => {
  it('inline: HTML outside code spans is text, a fake marker never appears verbatim', () => {
    expect(inlineText('<img src=x onerror=alert(1)> and `<!-- postmortem-action:summary -->`')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; and `<\u200d!-- postmortem-action:summary -->`',
    )
  })

  it('a table cell: a pipe cannot end the cell, also inside a code span', () => {
    expect(tableCell('a | b `c|d`')).toBe('a \\| b `c\\|d`')
  })

  it('a code span survives backticks in the text', () => {
    expect(codeSpan('a``b')).toBe('```a``b```')
  })
})

describe('Mermaid labels', () => {
  it('syntax characters become look-alikes and HTML cannot open a tag', () => {
    const out = mermaidText('10:00 #1; 50% <b>x</b> & "q" `c` {d} @bob')
    expect(out).not.toMatch(/[:#;%<>&"`{}]/)
    expect(out).toContain('@\u200dbob')
  })
})

describe('workflow commands and runner-read lines', () => {
  it('escapes a message and a property as @actions/core does', () => {
    expect(commandData('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x')
    expect(commandProperty('a:b,c')).toBe('a%3Ab%2Cc')
  })

  it('a path that looks like a workflow command is printed so that it is none', () => {
    const path = '::warning title=x::y.md'
    expect(runnerPath(path)).toBe('./::warning title=x::y.md')
    expect(runnerText('  ::error::boom')).not.toMatch(/^\s*::/)
    expect(runnerText('ok ##[error]x')).not.toContain('##[')
    expect(runnerText('a\nb\u001b[2Jc')).toBe('a b [2Jc')
  })
})

describe('truncation on characters', () => {
  it('never splits a surrogate pair or an emoji sequence', () => {
    const text = `${'a'.repeat(9)}😀😀😀`
    const cut = truncate(text, 11)
    expect(cut).toBe(`${'a'.repeat(9)}😀…`)
    expect(codePointLength(cut, Infinity)).toBe(11)
    expect(truncate('👩‍👩‍👧‍👦 family', 3)).toBe('…')
    expect(truncate('short', 10)).toBe('short')
  })

  it('counts code points, not UTF-16 units', () => {
    expect(truncate('😀'.repeat(10), 10)).toBe('😀'.repeat(10))
    expect(codePointLength('😀😀', Infinity)).toBe(2)
  })

  it('sliceWhole drops a high surrogate left alone at the cut', () => {
    expect(sliceWhole('ab😀', 3)).toBe('ab')
    expect(sliceWhole('ab😀', 4)).toBe('ab😀')
  })
})
