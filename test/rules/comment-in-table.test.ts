/** A comment line between table rows ends the table in Markdown: the linter says so rather than dropping the rows. */
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import { parsePostmortem } from '../../src/model/parse.js'

const timeline = (between: string) => `# Post-Mortem: Export stalled (2025-03-08)

## Timeline (all times UTC)

| Time | Event | Source |
|------|-------|--------|
| 02:10 | Export rows per minute drop to zero | exports dashboard |
${between}| 02:31 | Page for the stalled export acknowledged | PagerDuty |
| 02:50 | Export resumes after the migration finishes | exports dashboard |
`

describe('a comment between table rows', () => {
  it('is a warning at the comment, naming the fix', async () => {
    const text = timeline('<!-- postmortem-lint ignore blameless-language -->\n')
    const findings = (await lintText('split.md', text, defaultConfig())).findings.filter((finding) => finding.ruleId === 'comment')
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([[8, 'warning']])
    expect(findings[0]?.message).toMatch(/^Unexpected comment between table rows .*, expected the comment before the table/)
    // What the warning is about: the rows after the comment are not timeline entries.
    expect(parsePostmortem(text, defaultConfig()).timeline?.entries).toHaveLength(1)
  })

  it('is reported for any comment, not only postmortem-lint ones', async () => {
    const findings = (await lintText('split.md', timeline('<!-- checked with the DBA -->\n'), defaultConfig())).findings
    expect(findings.filter((finding) => finding.ruleId === 'comment').map((finding) => finding.line)).toEqual([8])
  })

  it('is not reported before a table or after its last row', async () => {
    const before = `<!-- postmortem-lint ignore timeline-utc -->\n${timeline('')}`
    const after = `${timeline('')}<!-- end of the timeline -->\n\nThe export caught up by 03:40.\n`
    for (const text of [before, after, timeline('')]) {
      const findings = (await lintText('whole.md', text, defaultConfig())).findings
      expect(findings.filter((finding) => finding.ruleId === 'comment')).toEqual([])
    }
  })
})
