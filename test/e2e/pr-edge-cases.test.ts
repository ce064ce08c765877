/**
 * The pull-request mode when GitHub is not friendly: fork and read-only tokens, rate limits,
 * lost answers to writes, refused reviews, dry-run, and a finding outside the diff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePatch, pullRequestEvent, startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { runAction } from '../harness/run-action.js'
import { LEGACY_PATH, SEARCH_PATH, legacyAfter, legacyBefore, searchV1, warningsOnly } from './fixtures/documents.js'
import {
  BOT,
  OWNER,
  REPO,
  answered,
  assertBuilt,
  findingsOf,
  inputs,
  makeWorkspace,
  removeWorkspace,
  reviewCommentsOn,
  summaryCommentsOn,
  writes,
  commentRanges,
  E2E_TIMEOUT_MS, FAST_WRITES } from './helpers.js'

const BASE = 'b'.repeat(40)
let gh: FakeGitHub
const workspaces: string[] = []
let nextNumber = 10

interface Scenario {
  files: Record<string, { text: string; before?: string }>
  token?: string
  headRepoFullName?: string
  extraInputs?: Record<string, string>
}

/** A fresh pull request with its own workspace; returns the run and the PR number. */
async function runScenario(scenario: Scenario, beforeRun?: (number: number) => void) {
  const number = nextNumber++
  const headSha = String(number).padStart(40, 'a')
  const workspace = await makeWorkspace(Object.fromEntries(Object.entries(scenario.files).map(([path, file]) => [path, file.text])))
  workspaces.push(workspace)
  gh.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number,
    headSha,
    baseSha: BASE,
    ...(scenario.headRepoFullName === undefined ? {} : { headRepoFullName: scenario.headRepoFullName }),
    files: Object.entries(scenario.files).map(([filename, file]) => ({
      filename,
      status: file.before === undefined ? ('added' as const) : ('modified' as const),
      patch: makePatch(file.text, file.before),
    })),
  })
  beforeRun?.(number)
  const again = async () => {
    gh.clearRequests()
    return runAction({
      env: FAST_WRITES,
      github: gh,
      eventName: 'pull_request',
      workspace,
      inputs: inputs({ 'github-token': scenario.token ?? 'ghs_write', ...scenario.extraInputs }),
      event: pullRequestEvent({
        action: 'opened',
        owner: OWNER,
        repo: REPO,
        number,
        headSha,
        baseSha: BASE,
        ...(scenario.headRepoFullName === undefined ? {} : { headRepoFullName: scenario.headRepoFullName }),
      }),
    })
  }
  return { result: await again(), number, again }
}

function reviewsOn(number: number) {
  return (gh.state.reviews as { user: { login: string }; pull_request_url: string }[]).filter(
    (review) => review.user.login === BOT && review.pull_request_url.endsWith(`/pulls/${number}`),
  )
}

beforeAll(async () => {
  assertBuilt()
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addToken('ghs_read', 'read')
  gh.addRepo({ owner: OWNER, name: REPO, collaborators: ['dana-ops'] })
})

afterAll(async () => {
  await gh?.close()
  for (const workspace of workspaces) await removeWorkspace(workspace)
})

describe('fork pull requests and read-only tokens', { timeout: E2E_TIMEOUT_MS }, () => {
  it('a fork: no write attempted, every finding in annotations and the job summary, the result is the lint', async () => {
    const { result, number } = await runScenario({ files: { [SEARCH_PATH]: { text: searchV1 } }, token: 'ghs_read', headRepoFullName: 'outsider/ops' })
    const findings = await findingsOf(SEARCH_PATH, searchV1)
    expect(result.code, result.stdout).toBe(1)
    expect(result.stderr).toBe('')
    expect(writes(gh)).toEqual([])
    expect(reviewCommentsOn(gh, number)).toEqual([])
    expect(result.annotations.filter((annotation) => annotation.file === SEARCH_PATH)).toHaveLength(findings.length)
    for (const finding of findings) expect(result.summary).toContain(`| ${finding.line}:${finding.column} |`)
    expect(result.summary).toContain('read-only token')
    expect(result.annotations.filter((annotation) => annotation.level === 'warning' && annotation.file === undefined).map((a) => a.message)).toEqual([
      expect.stringContaining('cannot comment on the pull request'),
    ])
  })

  it('a read-only token on a same-repository branch is not a fork: the 403 fails the run, naming the missing permission (issue #11)', async () => {
    const { result, number } = await runScenario({ files: { [SEARCH_PATH]: { text: warningsOnly } }, token: 'ghs_read' })
    expect(result.code, result.stdout).toBe(1)
    expect(result.annotations.find((annotation) => annotation.level === 'error' && annotation.file === undefined)?.message).toMatch(/pull-requests: write/)
    const forbidden = gh.requests.filter((request) => request.status === 403)
    expect(forbidden).toHaveLength(1)
    expect(writes(gh)).toHaveLength(1)
    expect(reviewCommentsOn(gh, number)).toEqual([])
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '1', files: '1' })
    expect(result.summary).toContain('Improve monitoring')
  })
})

describe('GitHub failures', { timeout: E2E_TIMEOUT_MS }, () => {
  it('a secondary rate limit on the review is waited out (retry-after) and the review is created once', async () => {
    const { result, number } = await runScenario({ files: { [SEARCH_PATH]: { text: searchV1 } } }, (n) =>
      gh.faults.add({ method: 'POST', path: `/repos/${OWNER}/${REPO}/pulls/${n}/reviews`, kind: 'secondary-rate-limit' }),
    )
    expect(result.code).toBe(1)
    expect(gh.requests.filter((request) => request.fault === 'secondary-rate-limit')).toHaveLength(1)
    expect(reviewsOn(number)).toHaveLength(1)
    expect(reviewCommentsOn(gh, number)).toHaveLength(commentRanges(await findingsOf(SEARCH_PATH, searchV1)).length)
    expect(result.stdout).toMatch(/secondary rate limit .* retrying after 1s/)
  })

  it('a review GitHub stored but whose answer was lost is found by its marker, not created twice', async () => {
    const { result, number } = await runScenario({ files: { [SEARCH_PATH]: { text: searchV1 } } }, (n) =>
      gh.faults.add({ method: 'POST', path: `/repos/${OWNER}/${REPO}/pulls/${n}/reviews`, kind: 'timeout-then-commit' }),
    )
    expect(result.code).toBe(1)
    expect(reviewsOn(number)).toHaveLength(1)
    expect(gh.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/reviews'))).toHaveLength(1)
    expect(gh.requests.some((request) => request.method === 'GET' && request.path.endsWith('/reviews'))).toBe(true)
    expect(summaryCommentsOn(gh, number)).toHaveLength(1)
  })

  it('a summary comment lost the same way is not posted twice', async () => {
    const { number } = await runScenario({ files: { [SEARCH_PATH]: { text: searchV1 } } }, (n) =>
      gh.faults.add({ method: 'POST', path: `/repos/${OWNER}/${REPO}/issues/${n}/comments`, kind: 'timeout-then-commit' }),
    )
    expect(summaryCommentsOn(gh, number)).toHaveLength(1)
  })

  it('a 502 on a create is retried only after checking it did not happen', async () => {
    const { result, number } = await runScenario({ files: { [SEARCH_PATH]: { text: searchV1 } } }, (n) =>
      gh.faults.add({ method: 'POST', path: `/repos/${OWNER}/${REPO}/pulls/${n}/reviews`, kind: '502' }),
    )
    expect(result.code).toBe(1)
    expect(reviewsOn(number)).toHaveLength(1)
    const sequence = gh.requests.filter((request) => request.path.endsWith('/reviews')).map((request) => `${request.method} ${request.status}`)
    expect(sequence).toEqual(['POST 502', 'GET 200', 'POST 200'])
  })

  it('a write that keeps failing turns the run red and names it, and the next run finishes the job', async () => {
    const { result, number, again } = await runScenario({ files: { [SEARCH_PATH]: { text: warningsOnly } } }, (n) =>
      gh.faults.add({ method: 'POST', path: `/repos/${OWNER}/${REPO}/issues/${n}/comments`, kind: '502', times: Infinity }),
    )
    gh.faults.clear()
    // Only a warning in the document: the red comes from the failed write alone.
    expect(result.code).toBe(1)
    expect(result.annotations.find((annotation) => annotation.level === 'error' && annotation.file === undefined)?.message).toMatch(/Could not create the summary comment: Commenting on #\d+ failed \(HTTP 502\)/)
    expect(reviewsOn(number)).toHaveLength(1)
    expect(summaryCommentsOn(gh, number)).toHaveLength(0)

    const next = await again()
    expect(next.code, next.stdout).toBe(0)
    expect(summaryCommentsOn(gh, number)).toHaveLength(1)
    expect(reviewsOn(number)).toHaveLength(1)
    expect(writes(gh).map((request) => request.method + ' ' + request.path)).toEqual([`POST /repos/${OWNER}/${REPO}/issues/${number}/comments`])
  })

  it('reads that keep failing after the lint: every finding is still reported, and the run names the failure', async () => {
    const { result, number } = await runScenario({ files: { [SEARCH_PATH]: { text: warningsOnly } } }, () =>
      gh.faults.add({ method: 'POST', path: '/graphql', kind: '502', times: Infinity }),
    )
    gh.faults.clear()
    expect(result.code).toBe(1)
    expect(result.annotations.filter((annotation) => annotation.file === SEARCH_PATH)).toHaveLength(1)
    expect(result.summary).toContain('Improve monitoring')
    expect(result.annotations.find((annotation) => annotation.level === 'error' && annotation.file === undefined)?.message).toMatch(/Reading review threads failed \(HTTP 502\)/)
    expect(reviewsOn(number)).toHaveLength(0)
    expect(writes(gh).filter((request) => request.path !== '/graphql')).toEqual([])
  })

  it('a dropped connection on a read is retried', async () => {
    const { result, number } = await runScenario({ files: { [SEARCH_PATH]: { text: searchV1 } } }, (n) =>
      gh.faults.add({ method: 'GET', path: `/repos/${OWNER}/${REPO}/pulls/${n}/files`, kind: 'drop' }),
    )
    expect(result.code).toBe(1)
    expect(gh.requests.filter((request) => request.path.endsWith('/files')).map((request) => request.status)).toEqual([0, 200])
    expect(reviewsOn(number)).toHaveLength(1)
  })
})

describe('hostile document text', { timeout: E2E_TIMEOUT_MS }, () => {
  // A deadline cell that a finding quotes, holding a mention and a workflow command.
  const hostile = searchV1.replace('| ASAP |', '| ASAP @alice ::error::injected |').replace('Staleness alert fires', '::warning::forged %0A@bob')

  it.each([['false'], ['true']])('never pings anyone or runs a workflow command (dry-run: %s)', async (dryRun) => {
    const { result, number } = await runScenario({ files: { [SEARCH_PATH]: { text: hostile } }, extraInputs: { 'dry-run': dryRun } })
    expect(result.code).toBe(1)
    const forged = result.annotations.filter((annotation) => annotation.file === undefined && /injected|forged/.test(annotation.message))
    expect(forged).toEqual([])
    // The finding that quotes the cell is still reported, as one annotation on the right file.
    expect(result.annotations.some((annotation) => annotation.file === SEARCH_PATH && annotation.message.includes('::error::injected'))).toBe(true)
    const written = [...reviewCommentsOn(gh, number).map((comment) => comment.body), ...summaryCommentsOn(gh, number).map((comment) => comment.body)]
    if (dryRun === 'false') expect(written.some((body) => body.includes('injected'))).toBe(true)
    for (const body of written) expect(body).not.toMatch(/@(alice|bob)/)
    expect(result.summary).not.toMatch(/@(alice|bob)/)
  })
})

describe('a review GitHub refuses', { timeout: E2E_TIMEOUT_MS }, () => {
  it('a force-push that lands while the run is in flight: the 422 does not lose the findings, the summary lists them', async () => {
    const { result, number } = await runScenario({ files: { [SEARCH_PATH]: { text: searchV1 } } }, (n) => {
      // The event names the old head; by the time the run posts, a force-push has replaced it.
      gh.pushToPullRequest({ owner: OWNER, repo: REPO, number: n, headSha: 'f'.repeat(40), files: [{ filename: SEARCH_PATH, status: 'added', patch: makePatch(searchV1) }], force: true })
    })
    const findings = await findingsOf(SEARCH_PATH, searchV1)
    expect(result.code).toBe(1)
    expect(gh.requests.filter((request) => request.path.endsWith('/reviews')).map((request) => `${request.method} ${request.status}`)).toEqual(['POST 422'])
    expect(reviewsOn(number)).toHaveLength(0)
    expect(result.annotations.some((annotation) => annotation.level === 'warning' && /GitHub refused the review/.test(annotation.message))).toBe(true)
    const summary = summaryCommentsOn(gh, number)[0]!.body
    expect(summary).toContain(`Not shown inline (${findings.length})`)
    // A refused review is not a failed write: the result is the lint's.
    expect(result.annotations.find((annotation) => annotation.level === 'error' && annotation.file === undefined)?.message).not.toMatch(/write/)
  })
})

describe('findings outside the diff and dry-run', { timeout: E2E_TIMEOUT_MS }, () => {
  it('a finding on an unchanged line goes to the summary; the review still carries the rest', async () => {
    const { result, number } = await runScenario({ files: { [LEGACY_PATH]: { text: legacyAfter, before: legacyBefore } } })
    expect(result.code).toBe(1)
    expect(reviewsOn(number)).toHaveLength(0)
    expect(answered(gh).filter((request) => request.status === 422)).toEqual([])
    const summary = summaryCommentsOn(gh, number)[0]!.body
    expect(summary).toContain('Not shown inline (1)')
    expect(summary).toContain('action-item-owner')
  })

  it('dry-run plans and prints, and writes nothing', async () => {
    const { result, number } = await runScenario({ files: { [SEARCH_PATH]: { text: searchV1 } }, extraInputs: { 'dry-run': 'true' } })
    expect(result.code).toBe(1)
    expect(writes(gh)).toEqual([])
    expect(reviewsOn(number)).toHaveLength(0)
    expect(result.summary).toContain('Dry run: what this run would write')
    expect(result.summary).toContain(`One review with ${commentRanges(await findingsOf(SEARCH_PATH, searchV1)).length} comment(s)`)
    expect(result.summary).toContain('Create the summary comment')
    // The plan quotes document text in the log only between stop-commands markers.
    expect(result.stdout).toMatch(/::stop-commands::[0-9a-f-]{36}\n[\s\S]*Dry run[\s\S]*\n::[0-9a-f-]{36}::/)
  })
})
