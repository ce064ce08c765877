/**
 * Schedule mode's sequencing with an in-memory GitHub: the writes go comment-first, ledger
 * after, so a deferred reminder stays due and a posted one is never repeated.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { defaultConfig } from '../../../src/config/defaults.js'
import { lintFile } from '../../../src/files.js'
import { runNag, type ListedIssue, type NagModeOptions, type NagWrite, type WriteOutcome } from '../../../src/modes/nag.js'
import { readLedger } from '../../../src/plan/nag-ledger.js'
import { OPTIONS } from './fixtures.js'

const workspace = mkdtempSync(join(tmpdir(), 'nag-mode-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))
mkdirSync(join(workspace, 'postmortems'))
writeFileSync(
  join(workspace, 'postmortems/db.md'),
  ['# Post-Mortem: Database failover (2026-02-01)', '', '**Date**: 2026-02-01', '', '## Action Items', '', '| ID | Action | Owner | Deadline | Priority |', '| --- | --- | --- | --- | --- |', '| AI-1 | Add a replica lag alert | @alice | 2026-03-01 | P2 |', '| AI-2 | Test failover monthly | @bob | 2026-03-01 | P2 |', ''].join('\n'),
)

interface FakeIssue extends ListedIssue {
  comments: { authorLogin: string; body: string }[]
}

function world(budget = Infinity) {
  const issues: FakeIssue[] = ['AI-1', 'AI-2'].map((id, index) => ({
    number: index + 1,
    url: '',
    title: id,
    state: 'open',
    labels: ['post-mortem'],
    assignees: [index === 0 ? 'alice' : 'bob'],
    commentCount: 0,
    createdAt: '2026-02-02T00:00:00Z',
    body: `item db/${id}`,
    authorLogin: 'github-actions[bot]',
    comments: [],
  }))
  let left = budget
  const writes: NagWrite[] = []
  const execute = async (planned: readonly NagWrite[]): Promise<WriteOutcome> => {
    const outcome: WriteOutcome = { done: [], deferred: [], failed: [] }
    for (const write of planned) {
      if (left <= 0) {
        outcome.deferred.push(write.key)
        continue
      }
      left -= 1
      writes.push(write)
      outcome.done.push(write.key)
      if (write.kind === 'create-issue') {
        issues.push({ number: issues.length + 1, url: '', title: write.title, state: 'open', labels: write.labels, assignees: [], commentCount: 0, createdAt: '', body: write.body, authorLogin: 'github-actions[bot]', comments: [] })
        continue
      }
      const issue = issues.find((candidate) => candidate.number === write.issue)
      if (issue === undefined) throw new Error(`no issue ${write.issue}`)
      if (write.kind === 'comment') {
        issue.comments.push({ authorLogin: 'github-actions[bot]', body: write.body })
        issue.commentCount += 1
      } else if (write.kind === 'add-label') issue.labels = [...issue.labels, write.label]
      else if (write.kind === 'remove-label') issue.labels = issue.labels.filter((label) => label !== write.label)
      else issue.body = write.body
    }
    return outcome
  }
  const options = (today: string, extra: Partial<NagModeOptions> = {}): NagModeOptions => ({
    workspace,
    paths: ['postmortems/**/*.md'],
    config: defaultConfig(),
    lintFile,
    log: { info: () => {}, warning: () => {}, debug: () => {} },
    now: new Date(`${today}T09:00:00Z`),
    timeZone: 'UTC',
    nag: OPTIONS,
    digest: 'issue',
    dryRun: false,
    reader: { listIssues: async () => issues.map((issue) => ({ ...issue })), listComments: async (number) => issues.find((issue) => issue.number === number)?.comments ?? [] },
    execute,
    roleOf: (issue) => (issue.body.startsWith('item ') ? { kind: 'item', postmortemId: 'db', itemId: issue.body.slice('item db/'.length, 'item db/'.length + 4) } : issue.body.includes('postmortem-action:digest') ? { kind: 'digest' } : undefined),
    isSelf: (login) => login === 'github-actions[bot]',
    sourceUrl: (path, line) => `https://example.test/${path}#L${line}`,
    labels: { tracked: 'post-mortem', overdue: 'overdue', dropped: 'dropped' },
    ...extra,
  })
  return { issues, writes, options, setBudget: (value: number) => (left = value) }
}

describe('schedule mode sequencing', () => {
  it('posts, then records; a same-day re-run writes nothing; the digest is created once and edited', async () => {
    const w = world()
    await runNag(w.options('2026-03-02'))
    expect(w.writes.map((write) => write.kind)).toEqual(['add-label', 'add-label', 'comment', 'comment', 'edit-body', 'edit-body', 'create-issue'])
    expect(readLedger(w.issues[0]?.body ?? '')).toEqual({ commentCount: 1, dates: { overdue: '2026-03-02' } })
    w.writes.length = 0
    await runNag(w.options('2026-03-02'))
    expect(w.writes).toEqual([])
    await runNag(w.options('2026-03-03'))
    expect(w.writes.map((write) => write.kind)).toEqual(['edit-body'])
    expect(w.issues.filter((issue) => issue.title.includes('digest'))).toHaveLength(1)
  })

  it('a run stopped by the write budget is finished by the next one, without repeating a comment', async () => {
    const w = world(3)
    const first = await runNag(w.options('2026-03-02'))
    // Two labels and one comment fit; the second comment, the ledger of the posted one and the digest wait.
    expect(first.outcome.deferred).toEqual(['nag:2:overdue:2026-03-02', 'ledger:1', 'digest:create'])
    w.setBudget(Infinity)
    await runNag(w.options('2026-03-02'))
    expect(w.issues.map((issue) => issue.comments.length)).toEqual([1, 1, 0])
    expect(w.issues.slice(0, 2).map((issue) => readLedger(issue.body)?.dates.overdue)).toEqual(['2026-03-02', '2026-03-02'])
  })

  it('a dry run writes nothing and lists what it would write', async () => {
    const w = world()
    const result = await runNag(w.options('2026-03-02', { dryRun: true }))
    expect(w.writes).toEqual([])
    expect(result.notes.join('\n')).toMatch(/would make 7 write\(s\)[\s\S]*overdue comment on #1[\s\S]*Create the digest issue/)
  })
})
