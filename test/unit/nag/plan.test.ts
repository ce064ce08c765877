import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/plan/calendar.js'
import { ledgerEdits, planNag, type ItemIssue, type NagInput, type NagPlan } from '../../../src/plan/nag.js'
import { nagCommentMarker, readLedger } from '../../../src/plan/nag-ledger.js'
import { followUp, item, itemIssue, nagInput, OPTIONS, postmortem } from './fixtures.js'

/** Applies a plan the way GitHub would (every write succeeds), so a test can run the next day. */
function apply(plan: NagPlan, issues: ItemIssue[]): ItemIssue[] {
  const posted = new Set(plan.comments.map((comment) => comment.key))
  const edits = ledgerEdits(plan, posted)
  return issues.map((issue) => {
    const added = plan.comments.filter((comment) => comment.issue === issue.number).length
    let labels = [...issue.labels]
    for (const change of plan.labels.filter((label) => label.issue === issue.number)) {
      labels = change.change === 'add' ? [...labels, change.label] : labels.filter((label) => label !== change.label)
    }
    const body = edits.find((edit) => edit.issue === issue.number)?.body ?? issue.body
    return { ...issue, labels, body, commentCount: issue.commentCount + added }
  })
}

function kinds(plan: NagPlan): string[] {
  return plan.comments.map((comment) => `#${comment.issue} ${comment.kind} ${comment.date}`)
}

describe('due soon', () => {
  it('reminds once per item and deadline, mentioning the assigned owner', () => {
    const pm = postmortem('db', [item('AI-1', '2026-03-10')])
    let issues = [itemIssue('db', 'AI-1', { number: 1 })]
    expect(planNag(nagInput('2026-03-06', [pm], issues)).comments).toEqual([])
    const first = planNag(nagInput('2026-03-07', [pm], issues))
    expect(kinds(first)).toEqual(['#1 due-soon 2026-03-10'])
    expect(first.comments[0]?.mentions).toEqual(['@alice'])
    expect(first.comments[0]?.body.startsWith(nagCommentMarker('due-soon', '2026-03-10'))).toBe(true)
    expect(first.comments[0]?.body).toContain('due in 3 days')
    issues = apply(first, issues)
    for (const day of ['2026-03-07', '2026-03-08', '2026-03-10']) expect(planNag(nagInput(day, [pm], issues)).comments).toEqual([])
  })

  it('reminds again when the deadline moves, for the new date', () => {
    let issues = [itemIssue('db', 'AI-1', { number: 1 })]
    issues = apply(planNag(nagInput('2026-03-08', [postmortem('db', [item('AI-1', '2026-03-10')])], issues)), issues)
    const moved = postmortem('db', [item('AI-1', '2026-03-20')])
    expect(planNag(nagInput('2026-03-10', [moved], issues)).comments).toEqual([])
    expect(kinds(planNag(nagInput('2026-03-17', [moved], issues)))).toEqual(['#1 due-soon 2026-03-20'])
  })

  it('does not mention an owner merge mode could not assign, or a team', () => {
    const pm = postmortem('db', [item('AI-1', '2026-03-10', { owner: '@ghost' }), item('AI-2', '2026-03-10', { owner: '@acme/platform' })])
    const plan = planNag(nagInput('2026-03-09', [pm], [itemIssue('db', 'AI-1', { number: 1 }), itemIssue('db', 'AI-2', { number: 2, assignees: [] })]))
    expect(plan.comments.map((comment) => comment.mentions)).toEqual([[], []])
    for (const comment of plan.comments) expect(comment.body).not.toMatch(/@(ghost|acme)/)
  })
})

describe('overdue', () => {
  it('labels the issue and comments at most once per interval, counting the days late', () => {
    const pm = postmortem('db', [item('AI-1', '2026-03-01')])
    let issues = [itemIssue('db', 'AI-1', { number: 1 })]
    const seen: string[] = []
    for (let day = 0; day < 20; day += 1) {
      const today = addDays('2026-03-02', day)
      const plan = planNag(nagInput(today, [pm], issues))
      seen.push(...kinds(plan), ...plan.labels.map((label) => `#${label.issue} ${label.change} ${label.label} ${today}`))
      issues = apply(plan, issues)
    }
    expect(seen).toEqual(['#1 overdue 2026-03-02', '#1 add overdue 2026-03-02', '#1 overdue 2026-03-09', '#1 overdue 2026-03-16'])
  })

  it('says how late and how to move the deadline honestly, with a link to the line', () => {
    const plan = planNag(nagInput('2026-03-06', [postmortem('db', [item('AI-1', '2026-03-01', { line: 42 })])], [itemIssue('db', 'AI-1', { number: 1 })]))
    const body = plan.comments[0]?.body ?? ''
    expect(body).toContain('5 days late')
    expect(body).toContain('(https://github.com/acme/ops/blob/main/postmortems/db.md#L42)')
    expect(body).toContain('@alice')
  })

  it('removes the label as soon as the deadline moves or the issue closes, and never nags a closed or dropped issue', () => {
    const late = postmortem('db', [item('AI-1', '2026-03-01'), item('AI-2', '2026-03-01'), item('AI-3', '2026-03-01')])
    const issues = [
      itemIssue('db', 'AI-1', { number: 1, labels: ['post-mortem', 'overdue'] }),
      itemIssue('db', 'AI-2', { number: 2, labels: ['post-mortem', 'overdue'], state: 'closed', closedAt: '2026-03-05T10:00:00Z' }),
      itemIssue('db', 'AI-3', { number: 3, labels: ['post-mortem', 'overdue', 'dropped'] }),
    ]
    const moved = postmortem('db', [item('AI-1', '2026-04-01'), item('AI-2', '2026-03-01'), item('AI-3', '2026-03-01')])
    const plan = planNag(nagInput('2026-03-06', [moved], issues))
    expect(plan.comments).toEqual([])
    expect(plan.labels.map((label) => `#${label.issue} ${label.change}`)).toEqual(['#1 remove', '#2 remove', '#3 remove'])
    expect(planNag(nagInput('2026-03-06', [late], issues)).comments.map((comment) => comment.issue)).toEqual([1])
  })

  it('treats an issue whose item left the document as dropped', () => {
    const plan = planNag(nagInput('2026-03-06', [postmortem('db', [])], [itemIssue('db', 'AI-9', { number: 9, labels: ['overdue'] })]))
    expect(plan.comments).toEqual([])
    expect(plan.statuses.map((status) => status.state.kind)).toEqual(['dropped'])
    expect(plan.labels.map((label) => label.change)).toEqual(['remove'])
  })
})

describe('escalation', () => {
  const high = (extra: Partial<NagInput> = {}): NagInput =>
    nagInput('2026-03-08', [postmortem('db', [item('AI-1', '2026-03-01', { priority: 'P1' })])], [itemIssue('db', 'AI-1', { number: 1 })], extra)

  it('mentions escalate-to once the item is escalate-after days late, once per interval', () => {
    let input = high({ options: { ...OPTIONS, escalateTo: ['@sponsor', '@acme/sre'] } })
    let issues = [...input.itemIssues]
    const seen: string[] = []
    for (let day = 0; day < 16; day += 1) {
      input = { ...input, today: addDays('2026-03-02', day), itemIssues: issues }
      const plan = planNag(input)
      seen.push(...plan.comments.filter((comment) => comment.kind === 'escalation').map((comment) => `${comment.date} ${comment.mentions.join(' ')}`))
      issues = apply(plan, issues)
    }
    expect(seen).toEqual(['2026-03-08 @sponsor @acme/sre', '2026-03-15 @sponsor @acme/sre'])
  })

  it('falls back to the authors merge mode assigned to the follow-up review', () => {
    const plan = planNag(high({ followUps: [followUp('db', '2026-04-01', { assignees: ['carol', 'dan'] })] }))
    expect(plan.comments.find((comment) => comment.kind === 'escalation')?.mentions).toEqual(['@carol', '@dan'])
  })

  it('does not escalate lower priorities, and says when nobody can be mentioned', () => {
    expect(planNag(high({ options: { ...OPTIONS, escalatePriorities: ['P0'] } })).comments.map((comment) => comment.kind)).toEqual(['overdue'])
    const nobody = planNag(high())
    expect(nobody.comments.map((comment) => comment.kind)).toEqual(['overdue'])
    expect(nobody.notes.join()).toMatch(/#1 is due for escalation but has nobody to mention/)
  })
})

describe('follow-up review', () => {
  it('comments for the authors on its date with every item state, then each interval until closed', () => {
    const pm = postmortem('db', [item('AI-1', '2026-03-01'), item('AI-2', '2026-04-01'), item(undefined, '2026-04-01'), item('AI-4', '2026-03-20')])
    const issues = [itemIssue('db', 'AI-1', { number: 1 }), itemIssue('db', 'AI-2', { number: 2, state: 'closed' }), itemIssue('db', 'AI-5', { number: 5 })]
    let review = followUp('db', '2026-03-02', { number: 10 })
    const days: string[] = []
    for (let day = 0; day < 16; day += 1) {
      const today = addDays('2026-03-01', day)
      const plan = planNag(nagInput(today, [pm], issues, { followUps: [review] }))
      const comment = plan.comments.find((planned) => planned.issue === 10)
      if (comment !== undefined) {
        days.push(today)
        expect(comment.mentions).toEqual(['@carol'])
        expect(comment.body).toMatch(/\| AI-1 \|.*\| #1 \| overdue/)
        expect(comment.body).toMatch(/\| AI-2 \|.*\| #2 \| done/)
        expect(comment.body).toMatch(/\| \(no ID\) \|.*not tracked \(no ID\)/)
        expect(comment.body).toMatch(/\| AI-4 \|.*not tracked \(no issue yet\)/)
        expect(comment.body).toMatch(/\| AI-5 \| \(removed from the post-mortem\) \| #5 \| dropped/)
        const edit = ledgerEdits(plan, new Set([comment.key])).find((candidate) => candidate.issue === 10)
        review = { ...review, body: edit?.body ?? review.body, commentCount: review.commentCount + 1 }
      }
    }
    expect(days).toEqual(['2026-03-02', '2026-03-09', '2026-03-16'])
    expect(planNag(nagInput('2026-03-30', [pm], issues, { followUps: [{ ...review, state: 'closed' }] })).comments.filter((c) => c.issue === 10)).toEqual([])
  })
})

describe('what a run knows comes from the issue list', () => {
  const pm = postmortem('db', [item('AI-1', '2026-03-01')])

  it('plans from the body ledger without reading comments while the comment count matches', () => {
    let issues = [itemIssue('db', 'AI-1', { number: 1, commentCount: 0 })]
    issues = apply(planNag(nagInput('2026-03-02', [pm], issues)), issues)
    expect(readLedger(issues[0]?.body ?? '')).toEqual({ commentCount: 1, dates: { overdue: '2026-03-02' } })
    const plan = planNag(nagInput('2026-03-09', [pm], issues))
    expect(plan.needComments).toEqual([])
    expect(kinds(plan)).toEqual(['#1 overdue 2026-03-09'])
  })

  it('a same-day re-run plans no write at all', () => {
    let issues = [itemIssue('db', 'AI-1', { number: 1 })]
    issues = apply(planNag(nagInput('2026-03-02', [pm], issues)), issues)
    const again = planNag(nagInput('2026-03-02', [pm], issues))
    expect([again.comments, again.labels, ledgerEdits(again, new Set())]).toEqual([[], [], []])
  })

  it('asks for the comments when the ledger is behind, and never repeats a posted reminder', () => {
    // The comment went out, the ledger edit did not (the run was stopped between the two).
    const issues = [itemIssue('db', 'AI-1', { number: 1, commentCount: 1, labels: ['post-mortem', 'overdue'] })]
    const blind = planNag(nagInput('2026-03-03', [pm], issues))
    expect(blind.needComments).toEqual([1])
    expect(blind.comments).toEqual([])
    const comments = new Map([[1, [{ authorLogin: 'github-actions[bot]', body: nagCommentMarker('overdue', '2026-03-02'), createdAt: '2026-03-02T09:00:00Z' }]]])
    const informed = planNag(nagInput('2026-03-03', [pm], issues, { comments }))
    expect(informed.needComments).toEqual([])
    expect(informed.comments).toEqual([])
    // The ledger is written once, so tomorrow needs no read.
    const edits = ledgerEdits(informed, new Set())
    expect(edits).toHaveLength(1)
    expect(readLedger(edits[0]?.body ?? '')).toEqual({ commentCount: 1, dates: { overdue: '2026-03-02' } })
  })

  it('a human comment is not a reminder: after reading, the due reminder is posted', () => {
    const issues = [itemIssue('db', 'AI-1', { number: 1, commentCount: 1 })]
    const comments = new Map([[1, [{ authorLogin: 'alice', body: `working on it ${nagCommentMarker('overdue', '2026-03-02')}` }]]])
    expect(kinds(planNag(nagInput('2026-03-02', [pm], issues, { comments })))).toEqual(['#1 overdue 2026-03-02'])
  })

  it('a deferred reminder stays due: the ledger records only what was posted', () => {
    const two = postmortem('db', [item('AI-1', '2026-03-01'), item('AI-2', '2026-03-01')])
    let issues = [itemIssue('db', 'AI-1', { number: 1 }), itemIssue('db', 'AI-2', { number: 2 })]
    const plan = planNag(nagInput('2026-03-02', [two], issues))
    const postedFirstOnly = new Set(plan.comments.filter((comment) => comment.issue === 1).map((comment) => comment.key))
    const edits = ledgerEdits(plan, postedFirstOnly)
    expect(edits.map((edit) => edit.issue)).toEqual([1])
    issues = issues.map((issue) => (issue.number === 1 ? { ...issue, body: edits[0]?.body ?? '', commentCount: 1 } : issue))
    expect(kinds(planNag(nagInput('2026-03-03', [two], issues)))).toEqual(['#2 overdue 2026-03-03'])
  })
})

describe('items not tracked', () => {
  it('are never nagged: no ID, no issue, or a second item with the same ID', () => {
    const pm = postmortem('db', [item(undefined, '2026-03-01'), item('AI-7', '2026-03-01'), item('AI-1', '2026-03-01'), item('AI-1', '2026-03-01')])
    const plan = planNag(nagInput('2026-03-05', [pm], [itemIssue('db', 'AI-1', { number: 1 })]))
    expect(plan.comments.map((comment) => comment.issue)).toEqual([1])
    expect(plan.statuses.map((status) => status.state.kind)).toEqual(['not-tracked', 'not-tracked', 'overdue', 'not-tracked'])
  })
})

describe('duplicates left by overlapping merge runs', () => {
  it('nags only the oldest issue of an item, as merge mode keeps it', () => {
    const pm = postmortem('db', [item('AI-1', '2026-03-01')])
    const plan = planNag(nagInput('2026-03-05', [pm], [itemIssue('db', 'AI-1', { number: 9 }), itemIssue('db', 'AI-1', { number: 4 })]))
    expect(plan.comments.map((comment) => comment.issue)).toEqual([4])
    expect(plan.statuses).toHaveLength(1)
  })
})
