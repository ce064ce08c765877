/** The dry-run plan names every finding a planned comment carries, grouped or not. */
import { describe, expect, it } from 'vitest'
import type { PlannedComment, ReviewPlan } from '../../../src/plan/types.js'
import { renderPlan } from '../../../src/report/plan-text.js'
import { finding } from './helpers.js'

function plan(newComments: PlannedComment[]): ReviewPlan {
  return {
    newComments,
    outOfDiff: [],
    deferred: [],
    notInline: [],
    alreadyCommented: [],
    threadsToResolve: [],
    summary: { action: 'none', body: '' },
  }
}

describe('renderPlan', () => {
  it('lists each finding of a comment shared by several findings on one line', () => {
    const owner = finding({ line: 12, ruleId: 'action-item-owner', message: 'Unexpected item without owner, expected an @handle' })
    const blame = finding({ line: 12, ruleId: 'blameless-language', severity: 'warning', message: 'Unexpected `should have` (hindsight), expected what the system allowed' })
    const members = [owner, blame].map((member) => ({ path: 'pm.md', fingerprint: member.ruleId, finding: member }))
    const text = renderPlan(plan([{ path: 'pm.md', fingerprint: 'group', finding: owner, line: 12, body: '', members }]))
    expect(text).toContain('`pm.md:12`, one comment for 2 findings:')
    expect(text).toContain('action-item-owner')
    expect(text).toContain('blameless-language')
    expect(text).toContain('should have')
  })

  it('keeps one line for a comment with one finding', () => {
    const single = finding({ line: 3 })
    const text = renderPlan(plan([{ path: 'pm.md', fingerprint: 'one', finding: single, line: 3, body: '' }]))
    expect(text).toMatch(/- `pm\.md:3` \*\*.+\*\* .*timeline-utc/)
    expect(text).not.toContain('one comment for')
  })
})
