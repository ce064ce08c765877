// Every operation of the vendored OpenAPI subset is served, and every answer keeps
// GitHub's documented response shape (the server checks each 2xx body against it).
import { readFileSync, statSync } from 'node:fs'
import { getOctokit } from '@actions/github'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { makePatch } from './make-patch.js'

const SUBSET = new URL('../fixtures/github/openapi-subset.json', import.meta.url)
const OWNER = 'acme'
const REPO = 'ops'
const HEAD = '9'.repeat(40)

let gh: FakeGitHub

beforeAll(async () => {
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addRepo({ owner: OWNER, name: REPO, collaborators: ['bob'] })
  gh.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 1,
    headSha: HEAD,
    files: [
      { filename: 'postmortems/new.md', status: 'added', patch: makePatch('# Title\n\nBody\n') },
      { filename: 'postmortems/renamed.md', status: 'renamed', previous_filename: 'old.md', patch: makePatch('a\nB\n', 'a\nb\n') },
    ],
  })
})

afterAll(async () => {
  await gh.close()
})

describe('the vendored OpenAPI subset', () => {
  it('records its source version and stays small', () => {
    const subset = JSON.parse(readFileSync(SUBSET, 'utf8')) as { 'x-source': { package: string; version: string } }
    expect(subset['x-source'].package).toBe('@octokit/openapi')
    expect(subset['x-source'].version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(statSync(SUBSET).size).toBeLessThan(300 * 1024)
  })
})

describe('every operation of the subset', () => {
  it('answers a 2xx that matches GitHub response schema', async () => {
    const octokit = getOctokit('ghs_write', { baseUrl: gh.url })
    const repo = { owner: OWNER, repo: REPO }
    const pull = { ...repo, pull_number: 1 }
    await octokit.rest.repos.get(repo)
    await octokit.rest.pulls.get(pull)
    await octokit.rest.pulls.listFiles(pull)
    await octokit.rest.pulls.createReview({ ...pull, event: 'COMMENT', body: 'summary', comments: [{ path: 'postmortems/new.md', line: 1, body: 'x' }] })
    await octokit.rest.pulls.listReviews(pull)
    const { data: comment } = await octokit.rest.pulls.createReviewComment({ ...pull, commit_id: HEAD, path: 'postmortems/renamed.md', line: 2, body: 'y' })
    await octokit.rest.pulls.listReviewComments(pull)
    await octokit.rest.pulls.createReplyForReviewComment({ ...pull, comment_id: comment.id, body: 'reply' })
    await octokit.rest.pulls.updateReviewComment({ ...repo, comment_id: comment.id, body: 'edited' })
    await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: comment.id })
    const { data: issueComment } = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'hello' })
    await octokit.rest.issues.listComments({ ...repo, issue_number: 1 })
    await octokit.rest.issues.updateComment({ ...repo, comment_id: issueComment.id, body: 'edited' })
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: issueComment.id })
    const { data: issue } = await octokit.rest.issues.create({ ...repo, title: 'AI-1', body: 'b', labels: ['action-item'], assignees: ['bob'] })
    await octokit.rest.issues.listForRepo(repo)
    await octokit.rest.issues.get({ ...repo, issue_number: issue.number })
    await octokit.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed', state_reason: 'not_planned' })
    await octokit.rest.issues.addLabels({ ...repo, issue_number: issue.number, labels: ['overdue'] })
    await octokit.rest.issues.removeLabel({ ...repo, issue_number: issue.number, name: 'overdue' })
    await octokit.rest.issues.addAssignees({ ...repo, issue_number: issue.number, assignees: ['bob'] })
    await octokit.rest.issues.checkUserCanBeAssigned({ ...repo, assignee: 'bob' })
    await octokit.rest.issues.createLabel({ ...repo, name: 'P1', color: 'd93f0b', description: 'Priority 1' })
    await octokit.rest.issues.listLabelsForRepo(repo)
    await octokit.rest.issues.getLabel({ ...repo, name: 'P1' })
    await octokit.rest.issues.updateLabel({ ...repo, name: 'P1', new_name: 'priority-1', description: 'Priority one' })
    const { data: child } = await octokit.rest.issues.create({ ...repo, title: 'AI-2', body: 'c' })
    await octokit.rest.issues.addSubIssue({ ...repo, issue_number: issue.number, sub_issue_id: child.id })
    const { data: children } = await octokit.rest.issues.listSubIssues({ ...repo, issue_number: issue.number })
    expect(children.map((entry) => entry.number)).toEqual([child.number])
    gh.addComparison({ owner: OWNER, repo: REPO, base: 'b'.repeat(40), head: HEAD, files: [{ filename: 'postmortems/new.md', status: 'added' }] })
    const { data: compared } = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${'b'.repeat(40)}...${HEAD}` })
    expect(compared.files?.map((file) => file.filename)).toEqual(['postmortems/new.md'])
    gh.addToken('ghp_bob', 'read', 'bob')
    await getOctokit('ghp_bob', { baseUrl: gh.url }).rest.users.getAuthenticated()

    const subset = JSON.parse(readFileSync(SUBSET, 'utf8')) as { paths: Record<string, Record<string, { operationId: string }>> }
    const all = Object.values(subset.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId))
    const served = gh.requests.filter((request) => request.status >= 200 && request.status < 300).map((request) => request.operationId)
    expect(gh.requests.filter((request) => request.status >= 300)).toEqual([])
    expect(new Set(served)).toEqual(new Set(all))
  })
})
