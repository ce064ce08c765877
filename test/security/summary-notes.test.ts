/** Notes in the summary comment (configuration changed, files not listed) are escaped like document text. */
import { describe, expect, it } from 'vitest'
import { renderSummaryComment } from '../../src/report/summary-comment.js'

describe('summary comment notes', () => {
  it('render as a note after the headline, HTML shown as text, mentions inert', () => {
    const body = renderSummaryComment({ headSha: 'a'.repeat(40), files: [], notInline: [], notes: ['This pull request changes `.postmortemrc.yml` <img src=x> @alice'] })
    const lines = body.split('\n')
    const note = lines.findIndex((line) => line === '> [!NOTE]')
    expect(note).toBeGreaterThan(lines.findIndex((line) => line.includes('All clear')))
    expect(lines[note + 1]).toBe('> This pull request changes `.postmortemrc.yml` &lt;img src=x&gt; @\u200dalice')
  })
})
