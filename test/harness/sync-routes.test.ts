// Sub-issues, compare and the late-commit faults: the fake answers what GitHub answers.
import { getOctokit } from '@actions/github'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'

const OWNER = 'acme'
const REPO = 'ops'
let gh: FakeGitHub

beforeEach(async () => {
  gh = await startFakeGitHub({ contentCreationLimits: false })
  gh.addToken('ghs_write', 'write')
  gh.addRepo({ owner: OWNER, name: REPO })
})

afterEach(async () => {
  await gh.close()
})

const octokit = () => getOctokit('ghs_write', { baseUrl: gh.url })
const route = { owner: OWNER, repo: REPO }

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise
  } catch (error) {
    return (error as { status: number }).status
  }
  return 200
}

describe('sub-issues', () => {
  it('take the child database id, one parent per child, at most 100 per parent', async () => {
    const client = octokit()
    const parent = (await client.rest.issues.create({ ...route, title: 'review' })).data
    const other = (await client.rest.issues.create({ ...route, title: 'other review' })).data
    const child = (await client.rest.issues.create({ ...route, title: 'item' })).data
    // The number is not the id: GitHub finds no issue with that id.
    expect(await statusOf(client.rest.issues.addSubIssue({ ...route, issue_number: parent.number, sub_issue_id: child.number }))).toBe(404)
    expect(await statusOf(client.rest.issues.addSubIssue({ ...route, issue_number: parent.number, sub_issue_id: child.id }))).toBe(200)
    expect(await statusOf(client.rest.issues.addSubIssue({ ...route, issue_number: other.number, sub_issue_id: child.id }))).toBe(422)
    expect(await statusOf(client.rest.issues.addSubIssue({ ...route, issue_number: other.number, sub_issue_id: child.id, replace_parent: true }))).toBe(200)
    expect((await client.rest.issues.get({ ...route, issue_number: child.number })).data.parent_issue_url).toMatch(new RegExp(`/issues/${other.number}$`))
    for (let index = 0; index < 99; index += 1) {
      const extra = (await client.rest.issues.create({ ...route, title: `item ${index}` })).data
      await client.rest.issues.addSubIssue({ ...route, issue_number: other.number, sub_issue_id: extra.id })
    }
    const overflow = (await client.rest.issues.create({ ...route, title: 'one too many' })).data
    expect(await statusOf(client.rest.issues.addSubIssue({ ...route, issue_number: other.number, sub_issue_id: overflow.id }))).toBe(422)
    expect(gh.subIssuesOf({ ...route, number: other.number })).toHaveLength(100)
  })
})

describe('compare', () => {
  it('lists at most 300 files, with renames', async () => {
    const files = Array.from({ length: 320 }, (_, index) => ({ filename: `postmortems/${index}.md`, status: 'added' as const }))
    files[0] = { filename: 'postmortems/new-name.md', status: 'renamed', previous_filename: 'postmortems/old-name.md' } as never
    gh.addComparison({ ...route, base: 'a'.repeat(40), head: 'b'.repeat(40), files })
    const { data } = await octokit().rest.repos.compareCommitsWithBasehead({ ...route, basehead: `${'a'.repeat(40)}...${'b'.repeat(40)}` })
    expect(data.files).toHaveLength(300)
    expect(data.files?.[0]).toMatchObject({ filename: 'postmortems/new-name.md', previous_filename: 'postmortems/old-name.md' })
    expect(await statusOf(octokit().rest.repos.compareCommitsWithBasehead({ ...route, basehead: `${'c'.repeat(40)}...${'b'.repeat(40)}` }))).toBe(404)
  })
})

describe('late commits', () => {
  it('502-then-late-commit: the 502 comes first, the issue exists only afterwards', async () => {
    gh.faults.add({ method: 'POST', path: `/repos/${OWNER}/${REPO}/issues`, kind: '502-then-late-commit', commitAfterMs: 300 })
    expect(await statusOf(octokit().rest.issues.create({ ...route, title: 'late', request: { retries: 0 } }))).toBe(502)
    expect(gh.state.issues).toHaveLength(0)
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(gh.state.issues).toHaveLength(1)
  })
})
