/** Findings on the same line or range share one review comment (issue #10). */
import { describe, expect, it } from 'vitest'
import { fingerprintFindings } from '../../../src/plan/fingerprint.js'
import { groupFingerprint, planReview } from '../../../src/plan/review.js'
import type { ExistingThread, PlanInput, PlannedFile } from '../../../src/plan/types.js'
import { findingMarker, readFindingMarker } from '../../../src/report/markers.js'
import { finding } from './helpers.js'

const PATH = 'postmortems/a.md'
const TEXT = ['# Post-Mortem', '- add a lag alert', '- cap retries', 'line four'].join('\n')
const PATCH = '@@ -1,1 +1,4 @@\n # Post-Mortem\n+- add a lag alert\n+- cap retries\n+line four'

const file = (findings: PlannedFile['findings']): PlannedFile => ({ path: PATH, findings, text: TEXT, patch: PATCH })
const input = (overrides: Partial<PlanInput>): PlanInput => ({ headSha: 'b'.repeat(40), files: [], threads: [], comments: [], selfLogin: 'github-actions', ...overrides })
const thread = (fingerprint: string, overrides: Partial<ExistingThread> = {}): ExistingThread => ({
  id: `T_${fingerprint}`,
  isResolved: false,
  path: PATH,
  authorLogin: 'github-actions',
  firstCommentBody: `${findingMarker(fingerprint)}\n\ntext`,
  ...overrides,
})

const id = finding({ line: 2, ruleId: 'action-item-id', message: 'Unexpected action item without an ID, an owner or a deadline' })
const vague = finding({ line: 2, ruleId: 'action-item-specific', severity: 'warning', message: 'Unexpected vague action `add a lag alert`' })
const other = finding({ line: 3, ruleId: 'action-item-id', message: 'Unexpected action item without an ID' })

describe('grouped review comments', () => {
  it('posts one comment for the findings on one line, most severe first, and one per other line', () => {
    const plan = planReview(input({ files: [file([vague, id, other])] }))
    expect(plan.newComments.map((comment) => comment.line)).toEqual([2, 3])
    const [grouped] = plan.newComments
    expect(grouped?.body).toMatch(/2 findings on this line/)
    expect(grouped?.body.indexOf('without an ID, an owner')).toBeLessThan(grouped?.body.indexOf('vague action') ?? 0)
    expect(grouped?.finding).toEqual(id)
    expect(plan.review?.body).toContain('3 new findings')
  })

  it('marks the grouped comment with the fingerprint of its set of findings', () => {
    const plan = planReview(input({ files: [file([id, vague])] }))
    const members = fingerprintFindings(PATH, [id, vague], TEXT).map((placed) => placed.fingerprint)
    expect(readFindingMarker(plan.newComments[0]?.body ?? '')).toBe(groupFingerprint(members))
  })

  it('does not post the group again on a re-run, and keeps its thread open', () => {
    const members = fingerprintFindings(PATH, [id, vague], TEXT).map((placed) => placed.fingerprint)
    const plan = planReview(input({ files: [file([id, vague])], threads: [thread(groupFingerprint(members))] }))
    expect(plan.newComments).toEqual([])
    expect(plan.alreadyCommented).toHaveLength(2)
    expect(plan.threadsToResolve).toEqual([])
  })

  it('resolves the group thread when one of its findings is fixed, and comments the one left', () => {
    const members = fingerprintFindings(PATH, [id, vague], TEXT).map((placed) => placed.fingerprint)
    const plan = planReview(input({ files: [file([id])], threads: [thread(groupFingerprint(members))] }))
    expect(plan.threadsToResolve.map((entry) => entry.fingerprint)).toEqual([groupFingerprint(members)])
    expect(plan.newComments.map((comment) => comment.finding)).toEqual([id])
  })

  it('offers no suggestion block in a grouped comment', () => {
    const withFix = { ...vague, suggestion: { replacement: 'x' } }
    const plan = planReview(input({ files: [file([id, withFix])] }))
    expect(plan.newComments[0]?.body).not.toContain('```suggestion')
  })
})

describe('a grouped comment GitHub refused', () => {
  it('lists every one of its findings when the summary is planned again from the comments', async () => {
    const { planSummary } = await import('../../../src/plan/review.js')
    const plan = planReview(input({ files: [file([id, vague, other])] }))
    const summary = planSummary(input({ files: [file([id, vague, other])] }), plan.newComments)
    expect(summary.body).toContain('vague action')
    expect(summary.body).toContain('without an ID, an owner or a deadline')
    expect(summary.body).toContain('Unexpected action item without an ID')
  })
})
