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
import { runNag, type ListedIssue, type NagModeOptions } from '../../../src/modes/nag.js'
import { WriteExecutor } from '../../../src/write/executor.js'
import type { PlannedWrite, WritePort } from '../../../src/write/types.js'
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
  const writes: PlannedWrite[] = []
  const labels: string[] = []
  const port: WritePort = {
    async perform(write, resolve) {
      writes.push(write)
      if (write.kind === 'create-label') {
        labels.push(write.name)
        return {}
      }
      if (write.kind === 'create-issue') {
        issues.push({ number: issues.length + 1, url: '', title: write.title, state: 'open', labels: [...write.labels], assignees: [], commentCount: 0, createdAt: '', body: write.body, authorLogin: 'github-actions[bot]', comments: [] })
        return { number: issues.length }
      }
      if (!('issue' in write)) throw new Error(`unexpected ${write.kind}`)
      const { number } = resolve(write.issue)
      const issue = issues.find((candidate) => candidate.number === number)
      if (issue === undefined) throw new Error(`no issue ${number}`)
      if (write.kind === 'create-comment') {
        issue.comments.push({ authorLogin: 'github-actions[bot]', body: write.body })
        issue.commentCount += 1
      } else if (write.kind === 'add-labels') issue.labels = [...issue.labels, ...write.labels]
      else if (write.kind === 'remove-label') issue.labels = issue.labels.filter((label) => label !== write.label)
      else if (write.kind === 'update-issue' && write.body !== undefined) issue.body = write.body
      return { number }
    },
    async findCreated() {
      return undefined
    },
  }
  const quiet = { info: () => {}, warning: () => {}, debug: () => {} }
  let maxWrites = budget
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
    reader: {
      listIssues: async () => issues.map((issue) => ({ ...issue })),
      listComments: async (number) => issues.find((issue) => issue.number === number)?.comments ?? [],
      listLabelNames: async () => [...labels],
    },
    execute: ((executor) => (planned: readonly PlannedWrite[]) => executor.run(planned))(new WriteExecutor(port, { maxWrites, createIntervalMs: 0, writeIntervalMs: 0, lateCommitWaitMs: 0, log: quiet })),
    roleOf: (issue) => (issue.body.startsWith('item ') ? { kind: 'item', postmortemId: 'db', itemId: issue.body.slice('item db/'.length, 'item db/'.length + 4) } : issue.body.includes('postmortem-action:digest') ? { kind: 'digest' } : undefined),
    isSelf: (login) => login === 'github-actions[bot]',
    sourceUrl: (path, line) => `https://example.test/${path}#L${line}`,
    labels: { tracked: 'post-mortem', overdue: 'overdue', dropped: 'dropped' },
    ...extra,
  })
  return { issues, writes, options, setBudget: (value: number) => (maxWrites = value) }
}

describe('schedule mode sequencing', () => {
  it('posts, then records; a same-day re-run writes nothing; the digest is created once and edited', async () => {
    const w = world()
    await runNag(w.options('2026-03-02'))
    expect(w.writes.map((write) => write.kind)).toEqual(['create-label', 'add-labels', 'add-labels', 'create-comment', 'create-comment', 'update-issue', 'update-issue', 'create-issue'])
    expect(readLedger(w.issues[0]?.body ?? '')).toEqual({ commentCount: 1, dates: { overdue: '2026-03-02' } })
    w.writes.length = 0
    await runNag(w.options('2026-03-02'))
    expect(w.writes).toEqual([])
    await runNag(w.options('2026-03-03'))
    expect(w.writes.map((write) => write.kind)).toEqual(['update-issue'])
    expect(w.issues.filter((issue) => issue.title.includes('digest'))).toHaveLength(1)
  })

  it('a run stopped by the write budget is finished by the next one, without repeating a comment', async () => {
    const w = world(4)
    const first = await runNag(w.options('2026-03-02'))
    // The label, its two uses and one comment fit; the second comment, the ledger of the posted one and the digest wait.
    expect(first.report?.deferred.map((deferred) => deferred.write.key)).toEqual(['nag:2:overdue:2026-03-02', 'ledger:1', 'digest:create'])
    w.setBudget(Infinity)
    await runNag(w.options('2026-03-02'))
    expect(w.issues.map((issue) => issue.comments.length)).toEqual([1, 1, 0])
    expect(w.issues.slice(0, 2).map((issue) => readLedger(issue.body)?.dates.overdue)).toEqual(['2026-03-02', '2026-03-02'])
  })

  it('a dry run writes nothing and lists what it would write', async () => {
    const w = world()
    const result = await runNag(w.options('2026-03-02', { dryRun: true }))
    expect(w.writes).toEqual([])
    expect(result.notes.join('\n')).toMatch(/would make 8 write\(s\)[\s\S]*comment on #1 \(overdue\)[\s\S]*create the digest issue/)
  })
})
