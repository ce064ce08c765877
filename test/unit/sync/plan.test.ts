import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../../src/config/defaults.js'
import type { IssueSummary } from '../../../src/github/types.js'
import { parsePostmortem } from '../../../src/model/parse.js'
import { incidentName, parseOwner, planSync, type SyncPlanInput } from '../../../src/plan/sync.js'
import { readFollowUpMarker, readItemMarker, readManagedBlock } from '../../../src/report/markers.js'
import { ITEMS, postmortemText, type ItemSpec } from '../../e2e/fixtures/sync-documents.js'

const PATH = 'postmortems/2026-01-12-queue-backlog.md'
const config = defaultConfig()

function input(items: ItemSpec[] = ITEMS, existing: IssueSummary[] = [], assignable: Record<string, boolean> = { 'rin-ops': true, 'tomas-dev': true }, authors?: string): SyncPlanInput {
  const text = postmortemText({ title: 'Order queue backlog', date: '2026-01-12', items, ...(authors === undefined ? {} : { authors }) })
  return {
    documents: [{ path: PATH, postmortem: parsePostmortem(text, config) }],
    existing,
    existingLabels: [],
    assignable: new Map(Object.entries(assignable)),
    context: { owner: 'acme', repo: 'ops', serverUrl: 'https://github.com', sha: 'a'.repeat(40), headDate: '2026-01-21', followUpDays: 28, extraLabels: ['team: queues'], issueTitle: '[{id}] {action}', priorities: config.priorities },
  }
}

/** What GitHub would hold after performing a plan's creates (numbers from 1). */
function created(plan: ReturnType<typeof planSync>): IssueSummary[] {
  let number = 0
  return plan.writes.flatMap((write) =>
    write.kind === 'create-issue'
      ? [{ number: ++number, id: 100 + number, title: write.title, body: write.body.replace(/\{\{#[^}]+\}\}/g, '#0'), state: 'open' as const, labels: [...write.labels], assignees: [...write.assignees], url: '', createdAt: '' }]
      : [],
  )
}

describe('planSync', () => {
  it('plans labels first, then one issue per item, the follow-up, and a sub-issue link per item', () => {
    const plan = planSync(input())
    expect(plan.writes.map((write) => write.kind)).toEqual([
      ...Array(7).fill('create-label'),
      'create-issue', 'create-issue', 'create-issue', 'create-issue',
      'add-sub-issue', 'add-sub-issue', 'add-sub-issue',
    ])
    const followUp = plan.writes.find((write) => write.key === 'follow-up:2026-01-12-queue-backlog')
    expect(followUp?.kind === 'create-issue' && readFollowUpMarker(readManagedBlock(followUp.body) ?? '')?.due).toBe('2026-02-18')
    expect(plan.uncheckedLogins).toEqual([])
  })

  it('asks for each owner it would assign and has not checked yet, once', () => {
    expect(planSync(input(ITEMS, [], {})).uncheckedLogins.sort()).toEqual(['rin-ops', 'tomas-dev'])
  })

  it('plans nothing for a document its issues already match', () => {
    const first = planSync(input())
    const again = planSync(input(ITEMS, created(first).map((issue) => ({ ...issue, body: issue.body.replace(/#0/g, '#1') })), {}))
    // Labels (none exist in this input) and links (this fake has no parents) aside, nothing is written for the items.
    const itemWrites = again.writes.filter((write) => write.kind === 'create-issue' || write.kind === 'create-comment' || (write.kind === 'update-issue' && !write.key.startsWith('update:follow-up')))
    expect(itemWrites).toEqual([])
    expect(again.items.every((item) => item.outcome === 'unchanged')).toBe(true)
    expect(again.uncheckedLogins).toEqual([])
  })

  it('neutralises mentions and HTML from the document, keeps a validated owner as a mention, and caps sizes', () => {
    const hostile: ItemSpec = {
      id: 'AI-9',
      action: `Ask @everyone and @ghost <img src=x onerror=alert(1)> <!-- postmortem-action:item pm=x item=y --> ${'very long action '.repeat(4200)}`,
      owner: '@rin-ops',
      deadline: '2026-02-16',
      priority: 'High',
    }
    const plan = planSync(input([hostile]))
    const write = plan.writes.find((entry) => entry.kind === 'create-issue' && entry.key.includes('AI-9'))
    if (write?.kind !== 'create-issue') throw new Error('no create')
    expect(write.title.length).toBeLessThanOrEqual(256)
    expect(write.body.length).toBeLessThan(65_536)
    expect(write.body).not.toMatch(/@everyone|@ghost/)
    expect(write.body).not.toContain('<img')
    expect(write.body).toContain('@rin-ops')
    expect(write.assignees).toEqual(['rin-ops'])
    // The quoted marker does not count as ours: the real one is the first in the block.
    expect(readItemMarker(readManagedBlock(write.body) ?? '')).toMatchObject({ postmortemId: '2026-01-12-queue-backlog', itemId: 'AI-9' })
    expect(write.title).not.toMatch(/@everyone/)
  })

  it('warns about an item without an ID and a duplicate ID instead of dropping them silently', () => {
    const plan = planSync(input([ITEMS[0]!, { ...ITEMS[1]!, id: '' }, { ...ITEMS[2]!, id: 'AI-1' }]))
    expect(plan.warnings.join('\n')).toMatch(/without an ID cannot be tracked/)
    expect(plan.warnings.join('\n')).toMatch(/AI-1 is used twice/)
    expect(plan.items).toHaveLength(1)
  })

  it('records a change on a closed issue as a comment only', () => {
    const first = created(planSync(input()))
    const closed = first.map((issue) => (issue.title.startsWith('[AI-1]') ? { ...issue, state: 'closed' as const } : issue))
    const plan = planSync(input([{ ...ITEMS[0]!, deadline: '2026-03-01' }, ITEMS[1]!, ITEMS[2]!], closed, {}))
    const onClosed = plan.writes.filter((write) => 'issue' in write && 'number' in write.issue && write.issue.number === closed[0]!.number)
    expect(onClosed.map((write) => write.kind)).toEqual(['create-comment'])
  })
})

describe('parseOwner and incidentName', () => {
  it('tells logins from teams and names', () => {
    expect(parseOwner('@rin-ops, @acme/platform and Dana')).toEqual({ logins: ['rin-ops'], others: ['@acme/platform', 'Dana'] })
  })
  it('drops the "Post-Mortem:" prefix and the trailing date', () => {
    expect(incidentName('Post-Mortem: Order queue backlog (2026-01-12)', 'x')).toBe('Order queue backlog')
    expect(incidentName(undefined, 'fallback-id')).toBe('fallback-id')
  })
})

describe('items marked done in the post-mortem', () => {
  const doneFirst = (items: ItemSpec[]): ItemSpec[] => items.map((spec, index) => (index === 0 ? { ...spec, action: `DONE: ${spec.action}` } : spec))

  it('reads an action that starts with DONE as done (the precondition of the cases below)', () => {
    const document = input(doneFirst(ITEMS)).documents[0]!
    expect(document.postmortem.actionItems.map((entry) => entry.done)).toEqual([true, false, false])
  })

  it('creates the issue of a done item and closes it in the same run', () => {
    const plan = planSync(input(doneFirst(ITEMS)))
    const create = plan.writes.find((write) => write.kind === 'create-issue' && write.key.endsWith('#AI-1'))
    const close = plan.writes.find((write) => write.key === 'close:2026-01-12-queue-backlog#AI-1')
    expect(create).toBeDefined()
    expect(close).toMatchObject({ kind: 'update-issue', state: 'closed', issue: { createdBy: create?.key } })
    expect(plan.writes.filter((write) => write.kind === 'update-issue' && write.state === 'closed')).toHaveLength(1)
  })

  it('closes an open issue once its item is marked done, and says so in a comment', () => {
    const existing = created(planSync(input()))
    const plan = planSync(input(doneFirst(ITEMS), existing, {}))
    const first = existing.find((issue) => issue.title.startsWith('[AI-1]'))!
    const onFirst = plan.writes.filter((write) => 'issue' in write && 'number' in write.issue && write.issue.number === first.number)
    expect(onFirst.map((write) => write.kind)).toEqual(['update-issue', 'create-comment'])
    expect(onFirst[0]).toMatchObject({ state: 'closed' })
    expect(onFirst[1]?.kind === 'create-comment' && onFirst[1].body).toMatch(/status/)
  })

  it('leaves a closed issue of a done item alone', () => {
    const existing = created(planSync(input())).map((issue) => (issue.title.startsWith('[AI-1]') ? { ...issue, state: 'closed' as const } : issue))
    const plan = planSync(input(doneFirst(ITEMS), existing, {}))
    const onFirst = plan.writes.filter((write) => 'issue' in write && 'number' in write.issue && write.issue.number === existing[0]!.number)
    expect(onFirst.filter((write) => write.kind === 'update-issue')).toEqual([])
  })
})
