import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../../src/config/defaults.js'
import { parsePostmortem } from '../../../src/model/parse.js'
import { documentPostmortem } from '../../../src/plan/nag-documents.js'

const text = [
  '# Post-Mortem: Queue backlog (2026-02-01)',
  '',
  '**Date**: 2026-02-01',
  '**Duration**: 1h 35min (10:05 - 11:40 UTC)',
  '**Severity**: P1',
  '**Authors**: @carol',
  '',
  '## Action Items',
  '',
  '| ID | Action | Owner | Deadline | Priority |',
  '| --- | --- | --- | --- | --- |',
  '| AI-1 | Alert on queue age above 5 minutes | @alice | 2026-03-01 | High |',
  '| | Document the failover runbook | @acme/sre | next sprint | Low |',
  '',
].join('\n')

describe('a post-mortem as schedule mode reads it', () => {
  const config = defaultConfig()
  const document = documentPostmortem('postmortems/2026-02-01-queue.md', parsePostmortem(text, config), config)

  it('keys it by file name, dates the incident from its start in UTC', () => {
    expect(document).toMatchObject({ id: '2026-02-01-queue', incidentDate: '2026-02-01', incidentStart: '2026-02-01T10:05:00Z' })
  })

  it('reads each item with its line, a canonical priority and a date deadline only when it is one', () => {
    expect(document.items).toEqual([
      { id: 'AI-1', action: 'Alert on queue age above 5 minutes', owner: '@alice', deadline: '2026-03-01', deadlineText: '2026-03-01', priority: 'P1', line: 12 },
      { action: 'Document the failover runbook', owner: '@acme/sre', deadlineText: 'next sprint', priority: 'P3', line: 13 },
    ])
  })

  it('prefers the id in front matter', () => {
    const withId = `---\nid: INC-42\n---\n${text}`
    expect(documentPostmortem('postmortems/x.md', parsePostmortem(withId, config), config).id).toBe('INC-42')
  })
})

describe('reading for schedule mode parses without linting', () => {
  it('keeps the linter guards and returns the model', async () => {
    const { parseText } = await import('../../../src/plan/nag-documents.js')
    const config = defaultConfig()
    const parsed = await parseText('postmortems/a.md', text, config)
    expect(parsed.findings).toEqual([])
    expect(parsed.postmortem?.actionItems).toHaveLength(2)
    const empty = await parseText('postmortems/empty.md', '   \n', config)
    expect(empty.skipped).toBe(true)
    expect(empty.findings.map((finding) => finding.ruleId)).toEqual(['empty'])
  })
})
