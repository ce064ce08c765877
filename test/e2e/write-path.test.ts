/**
 * The two defects the shared write path removes, run against the built Action:
 * - a create whose answer was lost and that GitHub commits a moment LATER (1.5 s after a
 *   502; after the client's own timeout) must not be posted twice;
 * - two runs at once (two quick pushes) must leave one summary comment and no duplicate
 *   finding comment, and a later run converges too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePatch, pullRequestEvent, startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { runAction } from '../harness/run-action.js'
import { SEARCH_PATH, searchV1, searchV2 } from './fixtures/documents.js'
import { BOT, E2E_TIMEOUT_MS, commentRanges, FAST_WRITES, OWNER, REPO, assertBuilt, findingsOf, inputs, makeWorkspace, removeWorkspace, reviewCommentsOn, summaryCommentsOn, threadsOn } from './helpers.js'

const BASE = 'b'.repeat(40)
let gh: FakeGitHub
const workspaces: string[] = []
let nextNumber = 40

beforeAll(async () => {
  assertBuilt()
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addRepo({ owner: OWNER, name: REPO, collaborators: ['dana-ops'] })
})

afterAll(async () => {
  await gh?.close()
  for (const workspace of workspaces) await removeWorkspace(workspace)
})

async function pullRequest(text: string) {
  const number = nextNumber++
  const headSha = String(number).padStart(40, 'c')
  const workspace = await makeWorkspace({ [SEARCH_PATH]: text })
  workspaces.push(workspace)
  gh.addPullRequest({ owner: OWNER, repo: REPO, number, headSha, baseSha: BASE, files: [{ filename: SEARCH_PATH, status: 'added', patch: makePatch(text) }] })
  const run = (env: Record<string, string> = {}, sha = headSha, dir = workspace) =>
    runAction({
      env: { ...FAST_WRITES, ...env },
      github: gh,
      eventName: 'pull_request',
      workspace: dir,
      inputs: inputs(),
      event: pullRequestEvent({ action: 'synchronize', owner: OWNER, repo: REPO, number, headSha: sha, baseSha: BASE }),
    })
  return { number, headSha, run }
}

function reviewsOn(number: number) {
  return (gh.state.reviews as { user: { login: string }; pull_request_url: string }[]).filter(
    (review) => review.user.login === BOT && review.pull_request_url.endsWith(`/pulls/${number}`),
  )
}

/** Finding comments of ours on the pull request, by their hidden fingerprint: each must appear once. */
function fingerprintCounts(number: number): number[] {
  const counts = new Map<string, number>()
  for (const comment of reviewCommentsOn(gh, number)) {
    const fingerprint = /finding fp=([0-9a-f-]+)/.exec(comment.body)?.[1] ?? 'none'
    counts.set(fingerprint, (counts.get(fingerprint) ?? 0) + 1)
  }
  return [...counts.values()]
}

describe('a create committed after its failure was reported', { timeout: E2E_TIMEOUT_MS }, () => {
  it('a 502 whose review GitHub commits 1.5 s later: one review, every comment once', async () => {
    const { number, run } = await pullRequest(searchV1)
    gh.faults.add({ method: 'POST', path: `/repos/${OWNER}/${REPO}/pulls/${number}/reviews`, kind: '502-then-late-commit', commitAfterMs: 1500 })
    const result = await run({ POSTMORTEM_LATE_COMMIT_WAIT_MS: '3000' })
    expect(result.code, result.stdout).toBe(1)
    expect(reviewsOn(number)).toHaveLength(1)
    expect(reviewCommentsOn(gh, number)).toHaveLength(commentRanges(await findingsOf(SEARCH_PATH, searchV1)).length)
    expect(fingerprintCounts(number).every((count) => count === 1)).toBe(true)
    expect(result.stdout).toMatch(/checking whether GitHub made it anyway/)
  })

  it('a client timeout whose review GitHub commits after the client gave up: one review', async () => {
    const { number, run } = await pullRequest(searchV1)
    // The client gives up at 1 s (30 s on real GitHub; the server drops the connection at 1.2 s should a client wait longer);
    // GitHub commits at 1.8 s (35 s); the run waits 3 s before re-reading.
    gh.faults.add({ method: 'POST', path: `/repos/${OWNER}/${REPO}/pulls/${number}/reviews`, kind: 'hang-then-late-commit', dropAfterMs: 1200, commitAfterMs: 1800 })
    const result = await run({ POSTMORTEM_REQUEST_TIMEOUT_MS: '1000', POSTMORTEM_LATE_COMMIT_WAIT_MS: '3000' })
    expect(result.code, result.stdout).toBe(1)
    expect(reviewsOn(number)).toHaveLength(1)
    expect(fingerprintCounts(number).every((count) => count === 1)).toBe(true)
    expect(summaryCommentsOn(gh, number)).toHaveLength(1)
  })
})

describe('two runs at once', { timeout: E2E_TIMEOUT_MS }, () => {
  it('two quick pushes: one summary comment, no duplicate finding comment, and a later run changes nothing', async () => {
    const { number, headSha, run } = await pullRequest(searchV1)
    const secondSha = String(number).padStart(40, 'd')
    const second = await makeWorkspace({ [SEARCH_PATH]: searchV1 })
    workspaces.push(second)
    gh.pushToPullRequest({ owner: OWNER, repo: REPO, number, headSha: secondSha, files: [{ filename: SEARCH_PATH, status: 'added', patch: makePatch(searchV1) }] })
    // Both runs read before either review lands, as when two pushes start two runs seconds apart.
    gh.faults.add({ method: 'POST', path: `/repos/${OWNER}/${REPO}/pulls/${number}/reviews`, kind: 'slow', delayMs: 2500, times: 2 })
    const [a, b] = await Promise.all([run({}, headSha), run({}, secondSha, second)])
    expect(a.code, a.stdout).toBe(1)
    expect(b.code, b.stdout).toBe(1)
    expect(summaryCommentsOn(gh, number)).toHaveLength(1)
    expect(fingerprintCounts(number).every((count) => count === 1), JSON.stringify(fingerprintCounts(number))).toBe(true)
    expect(threadsOn(gh, number)).toHaveLength(commentRanges(await findingsOf(SEARCH_PATH, searchV1)).length)

    const later = await run({}, secondSha, second)
    expect(later.code).toBe(1)
    expect(summaryCommentsOn(gh, number)).toHaveLength(1)
    expect(fingerprintCounts(number).every((count) => count === 1)).toBe(true)
  })

  it('a later run removes the duplicates that overlapping runs left (two summaries, a doubled finding comment)', async () => {
    const { number, headSha, run } = await pullRequest(searchV2)
    expect((await run()).code).toBe(1)
    // What two runs at once left before this fix: the same summary and the same finding comment twice, by the same bot.
    const summary = summaryCommentsOn(gh, number)[0]!
    const comment = reviewCommentsOn(gh, number)[0]!
    await rest('POST', `/repos/${OWNER}/${REPO}/issues/${number}/comments`, { body: summary.body })
    await rest('POST', `/repos/${OWNER}/${REPO}/pulls/${number}/reviews`, {
      commit_id: headSha,
      event: 'COMMENT',
      body: 'duplicate',
      comments: [{ path: comment.path, line: comment.line, side: 'RIGHT', body: comment.body }],
    })
    expect(summaryCommentsOn(gh, number)).toHaveLength(2)
    expect(Math.max(...fingerprintCounts(number))).toBe(2)

    const later = await run()
    expect(later.code).toBe(1)
    expect(summaryCommentsOn(gh, number)).toHaveLength(1)
    expect(summaryCommentsOn(gh, number)[0]!.id).toBe(summary.id)
    expect(fingerprintCounts(number).every((count) => count === 1)).toBe(true)
  })
})

async function rest(method: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${gh.url}${path}`, { method, headers: { authorization: 'token ghs_write', 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
}
