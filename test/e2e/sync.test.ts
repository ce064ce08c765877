/**
 * Merge mode end to end: the built Action on a push to the default branch, against the fake
 * GitHub (issues, labels, assignees, sub-issues, compare), as the runner runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushEvent, startFakeGitHub, workflowDispatchEvent, type FakeGitHub } from '../harness/fake-github.js'
import { runAction } from '../harness/run-action.js'
import { ITEMS, postmortemText, type DocumentSpec, type ItemSpec } from './fixtures/sync-documents.js'
import { E2E_TIMEOUT_MS, FAST_WRITES, assertBuilt, inputs, makeWorkspace, removeWorkspace, writeWorkspace, writes } from './helpers.js'

const OWNER = 'acme'
const workspaces: string[] = []
let shared: FakeGitHub
let gh: FakeGitHub
let repoCounter = 0

beforeAll(async () => {
  assertBuilt()
  shared = await startFakeGitHub()
  shared.addToken('ghs_write', 'write')
  gh = shared
})

afterAll(async () => {
  await shared?.close()
  for (const workspace of workspaces) await removeWorkspace(workspace)
})

type RestIssue = { number: number; id: number; title: string; body: string; state: string; labels: Array<{ name: string }>; assignees: Array<{ login: string }>; repository_url: string }

/** A repository of its own per test, so counts are exact. */
async function setup(files: Record<string, string>, collaborators = ['rin-ops', 'tomas-dev'], server?: FakeGitHub) {
  const gh = server ?? shared
  const repo = `ops-${++repoCounter}`
  gh.addRepo({ owner: OWNER, name: repo, collaborators })
  const workspace = await makeWorkspace(files)
  workspaces.push(workspace)
  let sha = 0
  const nextSha = () => (++sha).toString(16).padStart(40, String(repoCounter % 10))
  let before = '0'.repeat(40)
  /** A push of `changed` files (already written into the workspace); returns the run. */
  const push = async (changed: Array<{ filename: string; status: 'added' | 'modified' | 'renamed' | 'removed'; previous_filename?: string }>, extra: Record<string, string> = {}, env: Record<string, string> = {}) => {
    const after = nextSha()
    if (!/^0+$/.test(before)) gh.addComparison({ owner: OWNER, repo, base: before, head: after, files: changed })
    const event = pushEvent({ owner: OWNER, repo, before, after, commits: [{ id: after, message: 'Post-mortem', timestamp: '2026-01-20T23:30:00-05:00' }] })
    before = after
    gh.clearRequests()
    return runAction({ env: { ...FAST_WRITES, ...env }, github: gh, eventName: 'push', event, workspace, inputs: inputs({ 'fail-on': 'never', ...extra }), timeoutMs: 170_000 })
  }
  const issues = (): RestIssue[] => (gh.state.issues as RestIssue[]).filter((issue) => issue.repository_url.endsWith(`/repos/${OWNER}/${repo}`))
  return { repo, workspace, push, issues }
}

const PATH = 'postmortems/2026-01-12-queue-backlog.md'
const doc = (items: ItemSpec[] = ITEMS, extra: Partial<DocumentSpec> = {}) => postmortemText({ title: 'Order queue backlog', date: '2026-01-12', items, ...extra })
const labelsOf = (issue: RestIssue) => issue.labels.map((label) => label.name).sort()
const itemIssues = (all: RestIssue[]) => all.filter((issue) => issue.body.includes('postmortem-action:item '))
const followUps = (all: RestIssue[]) => all.filter((issue) => issue.body.includes('postmortem-action:follow-up '))

describe('merge mode', { timeout: E2E_TIMEOUT_MS }, () => {
  it('a first merge creates N + 1 issues with titles, labels, assignees, bodies and sub-issue links; a re-run writes nothing', async () => {
    const { repo, push, issues } = await setup({ [PATH]: doc() })
    const first = await push([{ filename: PATH, status: 'added' }])
    expect(first.code, first.stdout).toBe(0)
    const all = issues()
    expect(all).toHaveLength(ITEMS.length + 1)
    const items = itemIssues(all)
    expect(items.map((issue) => issue.title)).toEqual(ITEMS.map((item) => `[${item.id}] ${item.action}`))
    expect(labelsOf(items[0]!)).toEqual(['post-mortem', 'priority: P1', 'severity: P2'])
    expect(labelsOf(items[1]!)).toEqual(['post-mortem', 'priority: P2', 'severity: P2'])
    expect(items.map((issue) => issue.assignees.map((a) => a.login))).toEqual([['rin-ops'], ['tomas-dev'], ['rin-ops']])
    expect(items[0]!.body).toContain('Pin the broker prefetch window')
    expect(items[0]!.body).toContain('2026-02-16')
    expect(items[0]!.body).toMatch(new RegExp(`/${OWNER}/${repo}/blob/[0-9a-f]{40}/postmortems/2026-01-12-queue-backlog\\.md#L\\d+`))
    const [followUp] = followUps(all)
    // Pushed 2026-01-20 23:30 at -05:00 = 2026-01-21 UTC; 28 days later.
    expect(followUp!.title).toBe('Post-mortem review: Order queue backlog (due 2026-02-18)')
    expect(labelsOf(followUp!)).toEqual(['post-mortem', 'post-mortem: review'])
    expect(followUp!.assignees.map((a) => a.login)).toEqual(['rin-ops'])
    for (const issue of items) expect(followUp!.body).toContain(`- [ ] #${issue.number}`)
    expect(followUp!.body).toMatch(/Did each action reduce the risk/)
    expect(gh.subIssuesOf({ owner: OWNER, repo, number: followUp!.number })).toEqual(items.map((issue) => issue.number))
    const labels = (gh.state.labels as Array<{ name: string; color: string; url: string }>).filter((label) => label.url.includes(`/${repo}/`))
    expect(labels.find((label) => label.name === 'post-mortem')?.color).toBe('5319e7')
    expect(JSON.parse(first.outputs['issues'] ?? '{}')).toEqual({ created: all.map((issue) => issue.number).sort((a, b) => a - b), updated: [] })
    expect(first.summary).toContain('4 created, 0 updated')

    const again = await push([{ filename: PATH, status: 'modified' }])
    expect(again.code, again.stdout).toBe(0)
    expect(writes(gh)).toEqual([])
    expect(gh.requests.length).toBeLessThanOrEqual(3)
    expect(issues()).toHaveLength(ITEMS.length + 1)
  })

  it('an edit that adds an item, moves a deadline and removes another changes exactly those', async () => {
    const { workspace, push, issues } = await setup({ [PATH]: doc() })
    expect((await push([{ filename: PATH, status: 'added' }])).code).toBe(0)
    const before = itemIssues(issues())
    const edited = [
      { ...ITEMS[0]!, deadline: '2026-03-01' },
      ITEMS[1]!,
      { id: 'AI-4', action: 'Alert on consumer lag per partition, not only on total depth', owner: '@tomas-dev', deadline: '2026-03-20', priority: 'Medium' },
    ]
    await writeWorkspace(workspace, { [PATH]: doc(edited) })
    const run = await push([{ filename: PATH, status: 'modified' }])
    expect(run.code, run.stdout).toBe(0)
    const after = issues()
    expect(itemIssues(after)).toHaveLength(4)
    const [ai1, ai2, ai3] = before.map((issue) => after.find((candidate) => candidate.number === issue.number)!)
    expect(ai1!.body).toContain('2026-03-01')
    expect(ai2!.body).toBe(before[1]!.body)
    expect(labelsOf(ai3!)).toContain('dropped')
    expect(ai3!.state).toBe('open')
    const comments = gh.state.issueComments as Array<{ body: string; issue_url: string }>
    const on = (number: number) => comments.filter((comment) => comment.issue_url.endsWith(`/issues/${number}`))
    expect(on(ai1!.number)).toHaveLength(1)
    expect(on(ai1!.number)[0]!.body).toMatch(/deadline moved from 2026-02-16 to 2026-03-01/)
    expect(on(ai2!.number)).toHaveLength(0)
    expect(on(ai3!.number)[0]!.body).toMatch(/no longer in/)
    const added = itemIssues(after).find((issue) => issue.title.startsWith('[AI-4]'))!
    expect(added.assignees.map((a) => a.login)).toEqual(['tomas-dev'])
    const followUp = followUps(after)[0]!
    expect(followUp.body).toContain(`- [ ] #${added.number}`)
    expect(JSON.parse(run.outputs['issues'] ?? '{}')).toMatchObject({ created: [added.number] })
    // The job summary links what it created and updated.
    expect(run.summary).toContain(`[#${ai1!.number}](https://github.com/${OWNER}/`)
    expect(run.summary).toMatch(/1 created, \d+ updated/)

    const again = await push([{ filename: PATH, status: 'modified' }])
    expect(writes(gh)).toEqual([])
    expect(again.code).toBe(0)
  })

  it('a failure after k of N creates is red and names what failed; the next run finishes with exactly N', async () => {
    const { push, issues } = await setup({ [PATH]: doc() })
    // The first two issue creates go through; the third fails on both attempts in the first run.
    gh.faults.add({ method: 'POST', path: /\/repos\/acme\/ops-\d+\/issues$/, kind: 'slow', delayMs: 0, times: 2 })
    gh.faults.add({ method: 'POST', path: /\/repos\/acme\/ops-\d+\/issues$/, kind: '502', times: 2 })
    const first = await push([{ filename: PATH, status: 'added' }])
    gh.faults.clear()
    expect(first.code).toBe(1)
    expect(first.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(/Could not create issue "\[AI-3\]/)
    expect(itemIssues(issues())).toHaveLength(2)
    const second = await push([{ filename: PATH, status: 'modified' }])
    expect(second.code, second.stdout).toBe(0)
    expect(itemIssues(issues())).toHaveLength(3)
    expect(followUps(issues())).toHaveLength(1)
    const followUp = followUps(issues())[0]!
    for (const issue of itemIssues(issues())) expect(followUp.body).toContain(`- [ ] #${issue.number}`)
  })

  it('a 502 on a create that GitHub did commit leaves one issue', async () => {
    const { push, issues } = await setup({ [PATH]: doc() })
    gh.faults.add({ method: 'POST', path: /\/repos\/acme\/ops-\d+\/issues$/, kind: '502-after-commit' })
    const run = await push([{ filename: PATH, status: 'added' }])
    expect(run.code, run.stdout).toBe(0)
    expect(itemIssues(issues())).toHaveLength(3)
    expect(issues().filter((issue) => issue.title.startsWith('[AI-1]'))).toHaveLength(1)
  })

  it('an unassignable owner and a team owner: issues created unassigned, the owner named in the body, a warning says why', async () => {
    const items = [
      { ...ITEMS[0]!, owner: '@left-company' },
      { ...ITEMS[1]!, owner: '@acme/platform' },
      ITEMS[2]!,
    ]
    const { push, issues } = await setup({ [PATH]: doc(items) })
    const run = await push([{ filename: PATH, status: 'added' }])
    expect(run.code, run.stdout).toBe(0)
    const [gone, team, fine] = itemIssues(issues())
    expect(gone!.assignees).toEqual([])
    expect(team!.assignees).toEqual([])
    expect(fine!.assignees.map((a) => a.login)).toEqual(['rin-ops'])
    expect(gone!.body).toContain('left-company')
    expect(gone!.body).not.toContain('@left-company')
    expect(team!.body).toContain('GitHub cannot assign a team')
    const warnings = run.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message)
    expect(warnings.some((message) => /@left-company cannot be assigned/.test(message))).toBe(true)
    // Each distinct owner checked once.
    expect(gh.requests.filter((request) => request.path.includes('/assignees/rin-ops'))).toHaveLength(1)
  })

  it('hostile text: a 70,000-character action still yields a valid issue, mentions neutralised, HTML shown as text', async () => {
    const hostile = { ...ITEMS[0]!, action: `Ping @everyone and @acme/all <b onmouseover=x>now</b> ${'then keep going '.repeat(4400)}` }
    const { push, issues } = await setup({ [PATH]: doc([hostile, ITEMS[1]!]) })
    const run = await push([{ filename: PATH, status: 'added' }])
    expect(run.code, run.stdout).toBe(0)
    const issue = itemIssues(issues()).find((candidate) => candidate.assignees.some((a) => a.login === 'rin-ops'))!
    expect(issue.title.length).toBeLessThanOrEqual(256)
    expect(issue.body.length).toBeLessThanOrEqual(65_536)
    expect(issue.body).not.toMatch(/@everyone|@acme\/all/)
    expect(issue.body).not.toContain('<b ')
    expect(issue.body).toContain('@rin-ops')
  })

  it('a push past the 300 files compare lists reconciles every post-mortem and says so', async () => {
    const other = 'postmortems/2025-11-02-cache.md'
    const { workspace, push, issues } = await setup({ [PATH]: doc() })
    expect((await push([{ filename: PATH, status: 'added' }])).code).toBe(0)
    await writeWorkspace(workspace, { [other]: doc(ITEMS.slice(0, 1), { title: 'Cache stampede', date: '2025-11-02' }) })
    // The new post-mortem is past the first 300 files GitHub lists.
    const many = Array.from({ length: 300 }, (_, index) => ({ filename: `assets/${index}.png`, status: 'added' as const }))
    const run = await push([...many, { filename: other, status: 'added' }])
    expect(run.code, run.stdout).toBe(0)
    expect(run.summary).toMatch(/every post-mortem was reconciled/)
    expect(issues()).toHaveLength(ITEMS.length + 1 + 2)
  })

  it('a renamed post-mortem keeps its issues', async () => {
    const { workspace, push, issues } = await setup({ [PATH]: doc() })
    expect((await push([{ filename: PATH, status: 'added' }])).code).toBe(0)
    const renamed = 'postmortems/2026/queue-backlog.md'
    const { rm } = await import('node:fs/promises')
    await rm(`${workspace}/${PATH}`)
    await writeWorkspace(workspace, { [renamed]: doc() })
    const run = await push([{ filename: renamed, status: 'renamed', previous_filename: PATH }], { paths: 'postmortems/**/*.md' })
    expect(run.code, run.stdout).toBe(0)
    expect(issues()).toHaveLength(4)
    expect(writes(gh).filter((request) => request.method === 'POST' && request.path.endsWith('/issues'))).toEqual([])
    expect(itemIssues(issues())[0]!.body).toContain('postmortems/2026/queue-backlog.md')
  })

  it('120 items: every issue created, pagination on the re-run, at most 100 sub-issues, the task list lists all', async () => {
    const many = Array.from({ length: 120 }, (_, index) => ({ id: `AI-${index + 1}`, action: `Automate check number ${index + 1} of the broker upgrade runbook`, owner: '@rin-ops', deadline: '2026-04-01', priority: 'Medium' }))
    // GitHub's 80-a-minute creation limit would make this test wait minutes: pacing is the executor's unit test, volume is this one's.
    const roomy = await startFakeGitHub({ contentCreationLimits: false })
    roomy.addToken('ghs_write', 'write')
    gh = roomy
    try {
    const { repo, push, issues } = await setup({ [PATH]: doc(many) }, undefined, roomy)
    const first = await push([{ filename: PATH, status: 'added' }], { 'max-writes': '1000' })
    expect(first.code, first.stdout).toBe(0)
    expect(itemIssues(issues())).toHaveLength(120)
    const followUp = followUps(issues())[0]!
    expect(gh.subIssuesOf({ owner: OWNER, repo, number: followUp.number })).toHaveLength(100)
    expect((followUp.body.match(/^- \[ \] #\d+$/gm) ?? []).length).toBe(120)
    const again = await push([{ filename: PATH, status: 'modified' }], { 'max-writes': '1000' })
    expect(again.code).toBe(0)
    expect(writes(gh)).toEqual([])
    expect(gh.requests.filter((request) => request.path.endsWith('/issues') && request.method === 'GET')).toHaveLength(2)
    } finally {
      gh = shared
      await roomy.close()
    }
  })

  it('max-writes defers the rest to the next run and says so; the next run finishes', async () => {
    const { push, issues } = await setup({ [PATH]: doc() })
    const first = await push([{ filename: PATH, status: 'added' }], { 'max-writes': '5' })
    expect(first.code).toBe(0)
    expect(writes(gh)).toHaveLength(5)
    expect(first.summary).toMatch(/Deferred to the next run/)
    const second = await push([{ filename: PATH, status: 'modified' }])
    expect(second.code).toBe(0)
    expect(issues()).toHaveLength(4)
  })

  it('two runs at once (the template serialises them; the code must still converge): the next run closes the duplicates, one open issue per item', async () => {
    const { push, issues, workspace, repo } = await setup({ [PATH]: doc() })
    // Both runs list the issues before either creates one, as two merges seconds apart would without the concurrency group.
    gh.faults.add({ method: 'POST', path: new RegExp(`/repos/${OWNER}/${repo}/issues$`), kind: 'slow', delayMs: 1500, times: 2 })
    const event = pushEvent({ owner: OWNER, repo, before: '0'.repeat(40), after: 'a'.repeat(40) })
    const both = await Promise.all([1, 2].map(() => runAction({ env: FAST_WRITES, github: gh, eventName: 'push', event, workspace, inputs: inputs({ 'fail-on': 'never' }) })))
    gh.faults.clear()
    for (const run of both) expect(run.code, run.stdout).toBe(0)
    const later = await push([{ filename: PATH, status: 'modified' }])
    expect(later.code, later.stdout).toBe(0)
    const open = issues().filter((issue) => issue.state === 'open')
    expect(itemIssues(open)).toHaveLength(3)
    expect(followUps(open)).toHaveLength(1)
    expect(new Set(itemIssues(open).map((issue) => issue.title)).size).toBe(3)
    for (const closed of issues().filter((issue) => issue.state === 'closed')) expect(closed.body).toContain('postmortem-action')
    const followUp = followUps(open)[0]!
    // Every open item issue sits under the kept follow-up (a closed duplicate may stay listed there, closed).
    const children = gh.subIssuesOf({ owner: OWNER, repo, number: followUp.number })
    for (const issue of itemIssues(open)) expect(children).toContain(issue.number)
  })

  it('workflow_dispatch with scope: all adopts every post-mortem; dry-run reads and writes nothing', async () => {
    const other = 'postmortems/2025-12-01-dns.md'
    const { repo, workspace } = await setup({ [PATH]: doc(), [other]: doc(ITEMS.slice(0, 1), { title: 'DNS resolver timeouts', date: '2025-12-01' }) })
    const event = workflowDispatchEvent({ owner: OWNER, repo, inputs: { scope: 'all' } })
    gh.clearRequests()
    const dry = await runAction({ env: { ...FAST_WRITES, GITHUB_SHA: 'e'.repeat(40), POSTMORTEM_NOW: '2026-02-01T12:00:00Z' }, github: gh, eventName: 'workflow_dispatch', event, workspace, inputs: inputs({ 'fail-on': 'never', scope: 'all', 'dry-run': 'true' }) })
    expect(dry.code, dry.stdout).toBe(0)
    expect(writes(gh)).toEqual([])
    expect(dry.summary).toContain('Dry run: what a sync would write')
    expect(dry.summary).toContain('due 2026-03-01')
    const real = await runAction({ env: { ...FAST_WRITES, GITHUB_SHA: 'e'.repeat(40), POSTMORTEM_NOW: '2026-02-01T12:00:00Z' }, github: gh, eventName: 'workflow_dispatch', event, workspace, inputs: inputs({ 'fail-on': 'never', scope: 'all' }) })
    expect(real.code, real.stdout).toBe(0)
    const all = (gh.state.issues as RestIssue[]).filter((issue) => issue.repository_url.endsWith(`/${repo}`))
    expect(all).toHaveLength(ITEMS.length + 1 + 2)
  })
})
