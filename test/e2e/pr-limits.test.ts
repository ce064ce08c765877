/** Limits: an exhausted rate limit mid-run, and markers found beyond the first page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePatch, pullRequestEvent, startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { runAction } from '../harness/run-action.js'
import { SEARCH_PATH, searchV1, searchV2 } from './fixtures/documents.js'
import { OWNER, REPO, assertBuilt, findingsOf, inputs, makeWorkspace, removeWorkspace, summaryCommentsOn, writeWorkspace, writes, E2E_TIMEOUT_MS, FAST_WRITES } from './helpers.js'

let gh: FakeGitHub
let workspace: string
const BASE = 'b'.repeat(40)

function run(number: number, headSha: string) {
  gh.clearRequests()
  return runAction({
      env: FAST_WRITES,
    github: gh,
    eventName: 'pull_request',
    workspace,
    inputs: inputs(),
    event: pullRequestEvent({ action: 'synchronize', owner: OWNER, repo: REPO, number, headSha, baseSha: BASE }),
  })
}

beforeAll(async () => {
  assertBuilt()
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addToken('ghp_alice', 'write', 'alice')
  gh.addToken('ghp_bob', 'write', 'bob')
  gh.addRepo({ owner: OWNER, name: REPO, collaborators: ['alice', 'bob'] })
  workspace = await makeWorkspace({ [SEARCH_PATH]: searchV1 })
})

afterAll(async () => {
  await gh?.close()
  if (workspace) await removeWorkspace(workspace)
})

describe('limits', { timeout: E2E_TIMEOUT_MS }, () => {
  it('a rate limit exhausted mid-run: the run does not hang, goes red naming it, keeps every finding, and the next run catches up', async () => {
    const headSha = 'd'.repeat(40)
    gh.addPullRequest({ owner: OWNER, repo: REPO, number: 1, headSha, baseSha: BASE, files: [{ filename: SEARCH_PATH, status: 'added', patch: makePatch(searchV1) }] })
    // Enough for the two REST reads (GraphQL has its own budget); the writes then hit the limit, reset in an hour.
    gh.setRateLimitRemaining(2, 'core')
    const limited = await run(1, headSha)
    const findings = await findingsOf(SEARCH_PATH, searchV1)
    expect(limited.timedOut).toBe(false)
    expect(limited.code).toBe(1)
    const failure = limited.annotations.find((annotation) => annotation.level === 'error' && annotation.file === undefined)!.message
    expect(failure).toMatch(/Creating the review failed \(HTTP 403\): API rate limit exceeded/)
    expect(failure).toMatch(/the next run retries them/)
    expect(limited.annotations.filter((annotation) => annotation.file === SEARCH_PATH)).toHaveLength(findings.length)
    expect(gh.state.reviews).toHaveLength(0)

    gh.setRateLimitRemaining(5000, 'core')
    const next = await run(1, headSha)
    expect(next.code).toBe(1)
    expect(gh.state.reviews).toHaveLength(1)
    expect(summaryCommentsOn(gh, 1)).toHaveLength(1)
  })

  it('our summary is found past the first page of comments and edited, not posted again', async () => {
    const headSha = 'e'.repeat(40)
    gh.addPullRequest({ owner: OWNER, repo: REPO, number: 2, headSha, baseSha: BASE, files: [{ filename: SEARCH_PATH, status: 'added', patch: makePatch(searchV1) }] })
    await writeWorkspace(workspace, { [SEARCH_PATH]: searchV1 })
    await run(2, headSha)
    const summaryId = summaryCommentsOn(gh, 2)[0]!.id
    // A busy conversation: 100 more comments push ours off the first page (100 per page).
    // Two people write them: GitHub allows one account 80 creations a minute.
    for (let index = 0; index < 100; index += 1) {
      const response = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/issues/2/comments`, {
        method: 'POST',
        headers: { authorization: `token ${index % 2 === 0 ? 'ghp_alice' : 'ghp_bob'}`, 'content-type': 'application/json' },
        body: JSON.stringify({ body: `comment ${index}` }),
      })
      expect(response.status).toBe(201)
    }
    const nextSha = 'f'.repeat(40)
    gh.pushToPullRequest({ owner: OWNER, repo: REPO, number: 2, headSha: nextSha, files: [{ filename: SEARCH_PATH, status: 'added', patch: makePatch(searchV2) }] })
    await writeWorkspace(workspace, { [SEARCH_PATH]: searchV2 })
    const second = await run(2, nextSha)
    expect(second.code).toBe(1)
    expect(gh.requests.filter((request) => request.path.endsWith('/issues/2/comments') && request.method === 'GET')).toHaveLength(2)
    expect(summaryCommentsOn(gh, 2).map((comment) => comment.id)).toEqual([summaryId])
    expect(writes(gh).map((request) => request.method)).toEqual(['POST', 'PATCH'])
  })
})
