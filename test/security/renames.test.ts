/** A renamed post-mortem keeps its findings' fingerprints (issue #11): nothing is re-posted after a rename. */
import { describe, expect, it } from 'vitest'
import { fingerprintFindings } from '../../src/plan/fingerprint.js'
import type { Finding } from '../../src/lint/types.js'

const finding: Finding = { ruleId: 'action-item-owner', severity: 'error', message: 'Unexpected missing owner', line: 2, column: 1, endLine: 2, endColumn: 5 }
const text = '# T\n| AI-1 | Add an alert | | 2025-01-01 | P1 |\n'

describe('fingerprints across a rename', () => {
  it('the previous name gives the same fingerprints, while the findings stay on the new path', () => {
    const before = fingerprintFindings('postmortems/old.md', [finding], text)
    const after = fingerprintFindings('postmortems/new.md', [finding], text, 'postmortems/old.md')
    expect(after.map((placed) => placed.fingerprint)).toEqual(before.map((placed) => placed.fingerprint))
    expect(after[0]?.path).toBe('postmortems/new.md')
    expect(fingerprintFindings('postmortems/new.md', [finding], text)[0]?.fingerprint).not.toBe(before[0]?.fingerprint)
  })
})
