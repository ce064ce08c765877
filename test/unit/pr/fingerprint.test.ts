import { describe, expect, it } from 'vitest'
import { fingerprint, fingerprintFindings } from '../../../src/plan/fingerprint.js'
import { finding } from './helpers.js'

const TEXT = ['# Post-Mortem', '', '- 10:05 the on-call engineer was careless', '- 10:07 rollback'].join('\n')

describe('fingerprint', () => {
  const blame = finding({ ruleId: 'blameless-language', line: 3, column: 33, endColumn: 40, actual: 'careless', message: 'Unexpected blame "careless"' })

  it('survives the finding moving down after lines are inserted above it', () => {
    const moved = ['# Post-Mortem', '', '**Severity**: P2', '', '- 10:05 the on-call engineer was careless', '- 10:07 rollback'].join('\n')
    const before = fingerprintFindings('pm.md', [blame], TEXT)[0]!.fingerprint
    const after = fingerprintFindings('pm.md', [{ ...blame, line: 5, endLine: 5 }], moved)[0]!.fingerprint
    expect(after).toBe(before)
  })

  it('ignores re-indentation and trailing whitespace of the line', () => {
    expect(fingerprint('pm.md', blame, '  - 10:05 the on-call   engineer was careless  ')).toBe(fingerprint('pm.md', blame, '- 10:05 the on-call engineer was careless'))
  })

  it('changes when the line is rewritten, the rule differs or the file differs', () => {
    const base = fingerprint('pm.md', blame, '- 10:05 the on-call engineer was careless')
    expect(fingerprint('pm.md', blame, '- 10:05 the deploy lacked a canary stage')).not.toBe(base)
    expect(fingerprint('pm.md', { ...blame, ruleId: 'other' }, '- 10:05 the on-call engineer was careless')).not.toBe(base)
    expect(fingerprint('other.md', blame, '- 10:05 the on-call engineer was careless')).not.toBe(base)
  })

  it('uses the message when the finding has no `actual` text', () => {
    const a = finding({ line: 1, message: 'Unexpected A' })
    const b = finding({ line: 1, message: 'Unexpected B' })
    expect(fingerprint('pm.md', a, 'x')).not.toBe(fingerprint('pm.md', b, 'x'))
  })

  it('tells identical findings on identical lines apart by order, stably', () => {
    const text = 'same line\nsame line'
    const twice = [finding({ line: 1 }), finding({ line: 2 })]
    const prints = fingerprintFindings('pm.md', twice, text).map((entry) => entry.fingerprint)
    expect(prints[0]).toMatch(/^[0-9a-f]{16}$/)
    expect(prints[1]).toBe(`${prints[0]}-1`)
    expect(fingerprintFindings('pm.md', twice, text).map((entry) => entry.fingerprint)).toEqual(prints)
  })
})
