/**
 * `<!-- postmortem-lint ignore|disable|enable rule-id -->` comments, as documented in
 * docs/rules/README.md: they silence exactly the named rules, exactly where they stand.
 */
import { describe, expect, it } from 'vitest'
import { KNOWN_RULES } from '../../src/config/defaults.js'
import { validateConfig } from '../../src/config/parse.js'
import { lintText } from '../../src/lint/engine.js'

/** The given rules on, every other rule off. */
function only(...ids: string[]) {
  return validateConfig({ rules: Object.fromEntries(KNOWN_RULES.map((id) => [id, ids.includes(id) ? 'error' : 'off'])) })
}

async function lint(text: string, ...rules: string[]) {
  return (await lintText('comments.md', text, only(...rules))).findings.map((finding) => `${finding.line} ${finding.ruleId}`)
}

const OUT_OF_ORDER_TABLE = `| Time | Event | Source |
|------|-------|--------|
| 14:02 | Deploy of search-indexer 7.1 starts | deploy log |
| 13:59 | Index lag alert fires | alert manager |`

describe('ignore comments', () => {
  it('silence the named rule in the next block only', async () => {
    const text = `# Post-Mortem: Search lag (2025-04-02)

## Timeline (all times UTC)

<!-- postmortem-lint ignore timeline-order -->

${OUT_OF_ORDER_TABLE}

## Earlier events

- 09:10 Search-indexer 7.0 deployed
`
    expect(await lint(text, 'timeline-order')).toEqual([])
    // Without the comment the same table is reported: the comment is what silenced it.
    expect(await lint(text.replace('<!-- postmortem-lint ignore timeline-order -->\n\n', ''), 'timeline-order')).toEqual(['8 timeline-order'])
  })

  it('leave other rules on in the same block', async () => {
    const text = `# Post-Mortem: Search lag (2025-04-02)

## Timeline

<!-- postmortem-lint ignore timeline-order -->

${OUT_OF_ORDER_TABLE}
`
    expect(await lint(text, 'timeline-order', 'timeline-utc')).toEqual(['3 timeline-utc'])
  })

  it('reach only the block right after them', async () => {
    const text = `# Post-Mortem: Checkout errors (2025-05-14)

## Action Items

<!-- postmortem-lint ignore action-item-owner -->

Owners are being agreed with the payments team this week.

- AI-1: Add the processor's chain to the TLS smoke test (owner: Li, due: 2025-05-30, priority: high)
`
    expect(await lint(text, 'action-item-owner')).toEqual(['9 action-item-owner'])
  })

  it('before the title silence findings about the whole document', async () => {
    const text = `<!-- postmortem-lint ignore required-sections -->

# Post-Mortem: Checkout errors (2025-05-14)

## Summary

Checkout failed for 20 minutes.
`
    expect(await lint(text, 'required-sections')).toEqual([])
    expect(await lint(text.slice(text.indexOf('#')), 'required-sections')).toHaveLength(7)
  })

  it('name several rules at once, or every rule when none is named', async () => {
    const row = '| AI-1 | Improve monitoring | Li | soon | ASAP |'
    const table = `| ID | Action | Owner | Deadline | Priority |\n|----|--------|-------|----------|----------|\n${row}`
    const rules = ['action-item-owner', 'action-item-deadline', 'action-item-priority', 'action-item-specific']
    const doc = (comment: string) => `# Post-Mortem: Checkout errors (2025-05-14)\n\n## Action Items\n\n${comment}\n\n${table}\n`
    expect(await lint(doc(''), ...rules)).toHaveLength(4)
    expect((await lint(doc('<!-- postmortem-lint ignore action-item-owner action-item-deadline -->'), ...rules)).sort()).toEqual([
      '9 action-item-priority',
      '9 action-item-specific',
    ])
    expect(await lint(doc('<!-- postmortem-lint ignore -->'), ...rules)).toEqual([])
  })

  it('of another tool do not silence postmortem-lint', async () => {
    const text = `# Post-Mortem: Search lag (2025-04-02)\n\n## Timeline (all times UTC)\n\n<!-- lint ignore timeline-order -->\n\n${OUT_OF_ORDER_TABLE}\n`
    expect(await lint(text, 'timeline-order')).toEqual(['10 timeline-order'])
  })

  it('with a misspelled rule ID report the comment instead of silently doing nothing', async () => {
    const text = `# Post-Mortem: Search lag (2025-04-02)\n\n## Timeline (all times UTC)\n\n<!-- postmortem-lint ignore timeline-ordre -->\n\n${OUT_OF_ORDER_TABLE}\n`
    const findings = (await lintText('comments.md', text, only('timeline-order'))).findings
    expect(findings.map((finding) => finding.ruleId)).toContain('timeline-order')
    const warning = findings.find((finding) => finding.ruleId !== 'timeline-order')
    expect(warning?.ruleId).toBe('comment')
    expect(warning?.severity).toBe('error')
    expect(warning?.line).toBe(5)
    expect(warning?.message).toContain('timeline-ordre')
    expect(warning?.message).toMatch(/^Unexpected .*, expected /)
  })
})

describe('disable and enable comments', () => {
  const items = (owner: string, from: number) =>
    [1, 2].map((n) => `- AI-${from + n}: Add check ${from + n} to the TLS smoke test (owner: ${owner}, due: 2025-05-30, priority: high)`).join('\n')

  it('silence the named rule from disable to enable', async () => {
    const text = `# Post-Mortem: Checkout errors (2025-05-14)

## Action Items

${items('Li', 0)}

<!-- postmortem-lint disable action-item-owner -->

${items('Priya', 2)}

<!-- postmortem-lint enable action-item-owner -->

${items('Tomas', 4)}
`
    expect(await lint(text, 'action-item-owner', 'action-item-deadline')).toEqual([
      '5 action-item-owner',
      '6 action-item-owner',
      '15 action-item-owner',
      '16 action-item-owner',
    ])
  })

  it('without enable, silence the rule to the end of the file, and only that rule', async () => {
    const text = `# Post-Mortem: Checkout errors (2025-05-14)

<!-- postmortem-lint disable action-item-owner -->

## Action Items

${items('Li', 0)}
- AI-3: Add check 3 to the TLS smoke test (owner: @li, due: 2025-05-30)
`
    expect(await lint(text, 'action-item-owner', 'action-item-priority')).toEqual(['9 action-item-priority'])
  })
})
