/** An item marked done in the post-mortem is never nagged, even while merge mode has not closed its issue yet. */
import { describe, expect, it } from 'vitest'
import { planNag } from '../../../src/plan/nag.js'
import { item, itemIssue, nagInput, postmortem } from './fixtures.js'

describe('done items', () => {
  it('gets no overdue comment or label when the document marks it done', () => {
    const open = [itemIssue('db', 'AI-1', { number: 1 })]
    const overdue = planNag(nagInput('2026-03-20', [postmortem('db', [item('AI-1', '2026-03-01')])], open))
    expect(overdue.comments.map((comment) => comment.kind)).toContain('overdue')
    const done = planNag(nagInput('2026-03-20', [postmortem('db', [item('AI-1', '2026-03-01', { done: true })])], open))
    expect(done.comments).toEqual([])
  })

  it('gets no due-soon reminder when the document marks it done', () => {
    const open = [itemIssue('db', 'AI-1', { number: 1 })]
    expect(planNag(nagInput('2026-02-27', [postmortem('db', [item('AI-1', '2026-03-01', { done: true })])], open)).comments).toEqual([])
  })
})
