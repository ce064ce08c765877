/** One finding per action item that lacks several fields; rule ids and levels stay in charge. */
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../src/config/parse.js'
import { KNOWN_RULES } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'

const DOC = [
  '# Post-Mortem: Upload queue stalled (2025-02-11)',
  '',
  '## Action Items',
  '',
  '- Add a lag alert on the upload consumer group',
  '- AI-2: Cap retries of the thumbnail job at 5 (owner: @media, due: 2025-03-01, priority: P2)',
  '- [x] Restart the stuck consumers',
  '- ~~Raise the broker disk quota~~',
  '- AI-5: Write the queue runbook (owner: @media, due: 2025-03-10) DONE',
  '',
].join('\n')

async function itemFindings(rules: Record<string, unknown> = {}): Promise<string[]> {
  const only = Object.fromEntries(KNOWN_RULES.map((id) => [id, id.startsWith('action-item-') && id !== 'action-item-specific' ? 'error' : 'off']))
  const linted = await lintText('doc.md', DOC, validateConfig({ rules: { ...only, ...rules } }))
  return linted.findings.map((finding) => `${finding.line} ${finding.ruleId} ${finding.severity}: ${finding.message.replace(/, expected.*$/, '')}`)
}

describe('grouped action-item findings', () => {
  it('names every missing field of one item in one finding, under the first rule', async () => {
    const findings = await itemFindings()
    expect(findings.filter((line) => line.startsWith('5 '))).toEqual(['5 action-item-id error: Unexpected action item without an ID, an owner, a deadline or a priority'])
  })

  it('asks no deadline of completed items (checked, struck through, marked DONE)', async () => {
    const findings = await itemFindings()
    expect(findings.filter((line) => line.startsWith('7 '))).toEqual(['7 action-item-id error: Unexpected action item without an ID, an owner or a priority'])
    expect(findings.filter((line) => line.startsWith('8 '))).toEqual(['8 action-item-id error: Unexpected action item without an ID, an owner or a priority'])
    expect(findings.filter((line) => line.startsWith('9 '))).toEqual(['9 action-item-priority error: Unexpected action item without a priority'])
  })

  it('leaves a field out when its rule is off', async () => {
    const findings = await itemFindings({ 'action-item-id': 'off', 'action-item-priority': 'off' })
    expect(findings.filter((line) => line.startsWith('5 '))).toEqual(['5 action-item-owner error: Unexpected action item without an owner or a deadline'])
  })

  it('keeps a rule at another level on its own finding, with its own severity', async () => {
    const findings = await itemFindings({ 'action-item-priority': 'warn' })
    expect(findings.filter((line) => line.startsWith('5 '))).toEqual([
      '5 action-item-id error: Unexpected action item without an ID, an owner or a deadline',
      '5 action-item-priority warning: Unexpected action item without a priority',
    ])
  })

  it('says once when an action-item section holds no item it can read', async () => {
    const text = '# Post-Mortem: Upload queue stalled (2025-02-11)\n\n## Action Items\n\nWe will look into better alerting next quarter.\n'
    const only = Object.fromEntries(KNOWN_RULES.map((id) => [id, id.startsWith('action-item-') ? 'error' : 'off']))
    const linted = await lintText('doc.md', text, validateConfig({ rules: only }))
    expect(linted.findings.map((finding) => `${finding.line} ${finding.ruleId}: ${finding.message}`)).toEqual([
      '3 action-item-id: Unexpected action-item section without items, expected one list item or table row per action, each with its ID, owner, deadline and priority',
    ])
  })
})

describe('lint comments naming a field rule', () => {
  it('get one finding per rule in that document, so the comment silences just its field', async () => {
    const text = `${DOC.replace('## Action Items\n', '## Action Items\n\n<!-- postmortem-lint disable action-item-owner -->\n')}`
    const only = Object.fromEntries(KNOWN_RULES.map((id) => [id, id.startsWith('action-item-') && id !== 'action-item-specific' ? 'error' : 'off']))
    const linted = await lintText('doc.md', text, validateConfig({ rules: only }))
    const onFirstItem = linted.findings.filter((finding) => finding.line === 7).map((finding) => finding.ruleId)
    expect(onFirstItem.sort()).toEqual(['action-item-deadline', 'action-item-id', 'action-item-priority'])
    expect(linted.findings.some((finding) => /an owner/.test(finding.message))).toBe(false)
  })
})
