import { describe, expect, it } from 'vitest'
import { fingerprintFindings } from '../../../src/plan/fingerprint.js'
import { MAX_COMMENTS_PER_REVIEW, planReview, sameAuthor } from '../../../src/plan/review.js'
import type { ExistingComment, ExistingThread, PlanInput, PlannedFile } from '../../../src/plan/types.js'
import { SUMMARY_MARKER, findingMarker, readFindingMarker } from '../../../src/report/markers.js'
import { finding } from './helpers.js'

const BOT = 'github-actions[bot]'
const TEXT = ['# Post-Mortem', 'line two', 'line three', 'line four', 'line five', 'line six'].join('\n')
// Lines 2-3 added; 1 and 4 context; 5-6 outside the diff.
const PATCH = '@@ -1,2 +1,4 @@\n # Post-Mortem\n+line two\n+line three\n line four'

function file(findings: PlannedFile['findings'], overrides: Partial<PlannedFile> = {}): PlannedFile {
  return { path: 'postmortems/a.md', findings, text: TEXT, patch: PATCH, ...overrides }
}

function input(overrides: Partial<PlanInput>): PlanInput {
  return { headSha: 'a'.repeat(40), files: [], threads: [], comments: [], selfLogin: 'github-actions', ...overrides }
}

function threadFor(path: string, fingerprint: string, overrides: Partial<ExistingThread> = {}): ExistingThread {
  return { id: `T_${fingerprint}`, isResolved: false, path, authorLogin: 'github-actions', firstCommentBody: `${findingMarker(fingerprint)}\n\ntext`, ...overrides }
}

const onAdded = finding({ line: 2, message: 'Unexpected A' })
const multiLine = finding({ line: 2, endLine: 4, endColumn: 3, message: 'Unexpected B' })
const outside = finding({ line: 6, message: 'Unexpected C', severity: 'warning' })

describe('planReview', () => {
  it('comments findings on added lines and sends the rest to the summary', () => {
    const plan = planReview(input({ files: [file([onAdded, multiLine, outside])] }))
    expect(plan.newComments.map((comment) => [comment.line, comment.startLine])).toEqual([
      [2, undefined],
      [4, 2],
    ])
    expect(plan.outOfDiff.map((placed) => placed.finding)).toEqual([outside])
    expect(plan.review?.body).toContain('2 new findings')
    expect(plan.summary.action).toBe('create')
    expect(plan.summary.body).toContain('Unexpected C')
    expect(plan.summary.body.startsWith(SUMMARY_MARKER)).toBe(true)
  })

  it('does not comment again a finding already commented, even after it moved', () => {
    const [first] = fingerprintFindings('postmortems/a.md', [onAdded], TEXT)
    const movedText = ['# Post-Mortem', 'inserted', 'line two', 'line three'].join('\n')
    const movedPatch = '@@ -1,2 +1,4 @@\n # Post-Mortem\n+inserted\n+line two\n+line three'
    const plan = planReview(
      input({ files: [file([{ ...onAdded, line: 3, endLine: 3 }], { text: movedText, patch: movedPatch })], threads: [threadFor('postmortems/a.md', first!.fingerprint)] }),
    )
    expect(plan.newComments).toEqual([])
    expect(plan.alreadyCommented).toHaveLength(1)
    expect(plan.threadsToResolve).toEqual([])
    expect(plan.review).toBeUndefined()
  })

  it('resolves our unresolved thread when its finding is gone', () => {
    const plan = planReview(input({ files: [file([])], threads: [threadFor('postmortems/a.md', '0123456789abcdef')] }))
    expect(plan.threadsToResolve).toEqual([{ id: 'T_0123456789abcdef', path: 'postmortems/a.md', fingerprint: '0123456789abcdef' }])
  })

  it('never touches a human thread, even one quoting our marker', () => {
    const human = threadFor('postmortems/a.md', '0123456789abcdef', { authorLogin: 'alice' })
    const plain: ExistingThread = { id: 'T_h', isResolved: false, path: 'postmortems/a.md', authorLogin: 'alice', firstCommentBody: 'Please fix the timeline' }
    const plan = planReview(input({ files: [file([onAdded])], threads: [human, plain] }))
    expect(plan.threadsToResolve).toEqual([])
    // The human's quoted marker does not count as "already commented" either.
    expect(plan.newComments).toHaveLength(1)
  })

  it('leaves resolved threads and threads of files that could not be linted alone', () => {
    const resolved = threadFor('postmortems/a.md', '0123456789abcdef', { isResolved: true })
    const crashed = threadFor('postmortems/b.md', 'fedcba9876543210')
    const plan = planReview(input({ files: [file([]), file([], { path: 'postmortems/b.md', incomplete: true })], threads: [resolved, crashed] }))
    expect(plan.threadsToResolve).toEqual([])
  })

  it('lists a finding whose thread is resolved in the summary instead of commenting again', () => {
    const [first] = fingerprintFindings('postmortems/a.md', [onAdded], TEXT)
    const plan = planReview(input({ files: [file([onAdded])], threads: [threadFor('postmortems/a.md', first!.fingerprint, { isResolved: true })] }))
    expect(plan.newComments).toEqual([])
    expect(plan.notInline.map((placed) => placed.finding)).toEqual([onAdded])
    expect(plan.summary.body).toContain('Unexpected A')
  })

  it('puts a distinct marker in every new comment', () => {
    const plan = planReview(input({ files: [file([onAdded, multiLine])] }))
    const prints = plan.newComments.map((comment) => readFindingMarker(comment.body))
    expect(new Set(prints).size).toBe(2)
  })
})

describe('summary planning', () => {
  const ours = (body: string): ExistingComment => ({ id: 7, authorLogin: BOT, body })

  it('edits our summary in place when it changed', () => {
    const plan = planReview(input({ files: [file([outside])], comments: [{ id: 3, authorLogin: 'alice', body: SUMMARY_MARKER }, ours(`${SUMMARY_MARKER}\nold`)] }))
    expect(plan.summary).toMatchObject({ action: 'update', commentId: 7 })
  })

  it('writes nothing when the summary would not change', () => {
    const first = planReview(input({ files: [file([outside])] }))
    const again = planReview(input({ files: [file([outside])], comments: [ours(first.summary.body)] }))
    expect(again.summary.action).toBe('none')
  })

  it('says all clear once everything is fixed', () => {
    const plan = planReview(input({ files: [file([])], comments: [ours(`${SUMMARY_MARKER}\nold`)] }))
    expect(plan.summary.action).toBe('update')
    expect(plan.summary.body).toContain('All clear')
  })

  it('creates no comment on a pull request that never had a finding', () => {
    expect(planReview(input({ files: [file([])] })).summary.action).toBe('none')
  })

  it('does not adopt a summary written by someone else', () => {
    const plan = planReview(input({ files: [file([outside])], comments: [{ id: 3, authorLogin: 'mallory', body: `${SUMMARY_MARKER}\nfake` }] }))
    expect(plan.summary.action).toBe('create')
  })
})

describe('sameAuthor', () => {
  it('matches a bot across REST ("x[bot]") and GraphQL ("x") spellings, and nothing unknown', () => {
    expect(sameAuthor('github-actions[bot]', 'github-actions')).toBe(true)
    expect(sameAuthor('GitHub-Actions', 'github-actions[bot]')).toBe(true)
    expect(sameAuthor('alice', 'github-actions')).toBe(false)
    expect(sameAuthor(undefined, 'github-actions')).toBe(false)
    expect(sameAuthor('github-actions', undefined)).toBe(false)
  })
})

describe('comment cap', () => {
  it(`posts at most ${MAX_COMMENTS_PER_REVIEW} comments per run, errors first, and lists the rest in the summary`, () => {
    const lines = Array.from({ length: 60 }, (_, index) => `line ${index + 1}`)
    const text = lines.join('\n')
    const patch = `@@ -0,0 +1,60 @@\n${lines.map((line) => `+${line}`).join('\n')}`
    const findings = lines.map((_, index) => finding({ line: index + 1, severity: index < 20 ? 'warning' : 'error', message: `Unexpected ${index + 1}` }))
    const plan = planReview(input({ files: [file(findings, { text, patch })] }))
    expect(plan.newComments).toHaveLength(MAX_COMMENTS_PER_REVIEW)
    expect(plan.newComments.filter((comment) => comment.finding.severity === 'error')).toHaveLength(40)
    expect(plan.deferred).toHaveLength(10)
    expect(plan.deferred.every((placed) => placed.finding.severity === 'warning')).toBe(true)
    expect(plan.summary.body).toContain('Not shown inline (10)')
    // Comments keep document order.
    const posted = plan.newComments.map((comment) => comment.line)
    expect(posted).toEqual([...posted].sort((a, b) => a - b))
  })
})

describe('suggestions in planned comments', () => {
  it('offers the rewritten line for a single-line finding with a safe rewrite', () => {
    const blame = finding({ ruleId: 'blameless-language', line: 3, column: 6, endColumn: 11, message: 'Unexpected blame', actual: 'three', suggestion: { replacement: '3' } })
    const plan = planReview(input({ files: [file([blame])] }))
    expect(plan.newComments[0]!.body).toContain('```suggestion\nline 3\n```')
  })
})
