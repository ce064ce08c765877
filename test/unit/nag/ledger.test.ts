import { describe, expect, it } from 'vitest'
import { ledgerFromComments, nagCommentMarker, readLedger, readNagCommentMarker, renderLedger, withLedger } from '../../../src/plan/nag-ledger.js'

const self = (login: string | undefined): boolean => login === 'github-actions[bot]'

describe('nag ledger in the issue body', () => {
  it('round-trips through the body and replaces, never stacks', () => {
    const ledger = { commentCount: 3, dates: { 'due-soon': '2026-03-01', overdue: '2026-03-05' } }
    const body = withLedger('Managed text\n\nA note a person added.', ledger)
    expect(body).toBe(`Managed text\n\nA note a person added.\n\n${renderLedger(ledger)}`)
    expect(readLedger(body)).toEqual(ledger)
    const again = withLedger(body, { commentCount: 4, dates: { overdue: '2026-03-12' } })
    expect(again.match(/nag-ledger/g)).toHaveLength(1)
    expect(again.startsWith('Managed text\n\nA note a person added.\n\n')).toBe(true)
    expect(readLedger(again)).toEqual({ commentCount: 4, dates: { overdue: '2026-03-12' } })
  })

  it('ignores a malformed or hand-edited ledger (it is rebuilt from comments)', () => {
    expect(readLedger('<!-- postmortem-action:nag-ledger c=2 overdue=2026-02-30 -->')).toBeUndefined()
    expect(readLedger('<!-- postmortem-action:nag-ledger overdue=2026-02-03 -->')).toBeUndefined()
    expect(readLedger('<!-- postmortem-action:nag-ledger c=2 snooze=forever -->')).toBeUndefined()
    expect(readLedger('no ledger')).toBeUndefined()
  })

  it('marks comments by kind and date', () => {
    expect(readNagCommentMarker(`${nagCommentMarker('overdue', '2026-03-05')}\ntext`)).toEqual({ kind: 'overdue', date: '2026-03-05' })
    expect(readNagCommentMarker('<!-- postmortem-action:nag kind=snooze date=2026-03-05 -->')).toBeUndefined()
    expect(() => nagCommentMarker('overdue', 'tomorrow')).toThrow(/YYYY-MM-DD/)
  })

  it('rebuilds from our own comments only: a person quoting a marker is not a reminder', () => {
    const comments = [
      { authorLogin: 'github-actions[bot]', body: nagCommentMarker('due-soon', '2026-03-01'), createdAt: '2026-02-26T09:00:00Z' },
      { authorLogin: 'alice', body: `quoting ${nagCommentMarker('overdue', '2026-03-20')}`, createdAt: '2026-03-03T09:00:00Z' },
      { authorLogin: 'github-actions[bot]', body: nagCommentMarker('overdue', '2026-03-02'), createdAt: '2026-03-02T09:00:00Z' },
      { authorLogin: 'github-actions[bot]', body: 'a comment of ours without marker', createdAt: '2026-03-04T09:00:00Z' },
    ]
    expect(ledgerFromComments(comments, self)).toEqual({ commentCount: 4, dates: { 'due-soon': '2026-03-01', overdue: '2026-03-02' } })
  })
})
