// Fault injection, observed through the real client and its retry/throttling plugins.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'

const OWNER = 'acme'
const REPO = 'ops'
let gh: FakeGitHub

beforeEach(async () => {
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addRepo({ owner: OWNER, name: REPO })
})

afterEach(async () => {
  await gh.close()
})

const plain = () => getOctokit('ghs_write', { baseUrl: gh.url })
/** A client that retries 5xx and network errors quickly (10 ms base instead of 1 s). */
const retrying = () => getOctokit('ghs_write', { baseUrl: gh.url, retry: { retryAfterBaseValue: 10 } }, retry)

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise
  } catch (error) {
    return (error as { status: number }).status
  }
  throw new Error('expected the request to fail')
}

describe('502', () => {
  it('fails the request without doing anything; a retrying client succeeds on the next try', async () => {
    gh.faults.add({ method: 'POST', path: '/repos/acme/ops/issues', kind: '502' })
    expect(await statusOf(plain().rest.issues.create({ owner: OWNER, repo: REPO, title: 'x' }))).toBe(502)
    expect(gh.state.issues).toHaveLength(0)

    gh.faults.add({ method: 'POST', path: '/repos/acme/ops/issues', kind: '502' })
    const created = await retrying().rest.issues.create({ owner: OWNER, repo: REPO, title: 'x' })
    expect(created.status).toBe(201)
    expect(gh.state.issues).toHaveLength(1)
    expect(gh.requests.map((request) => [request.status, request.fault])).toEqual([
      [502, '502'],
      [502, '502'],
      [201, null],
    ])
  })
})

describe('secondary-rate-limit', () => {
  it('answers 403 with retry-after: 1 and the message plugin-throttling recognises', async () => {
    gh.faults.add({ kind: 'secondary-rate-limit' })
    const response = await fetch(`${gh.url}/repos/acme/ops`, { headers: { authorization: 'token ghs_write' } })
    expect(response.status).toBe(403)
    expect(response.headers.get('retry-after')).toBe('1')
    expect(response.headers.get('x-ratelimit-remaining')).not.toBeNull()
    const body = (await response.json()) as { message: string }
    expect(body.message).toMatch(/^You have exceeded a secondary rate limit/)
  })

  it('is waited out and retried by @octokit/plugin-throttling', async () => {
    // A read keeps the test fast: the plugin spaces writes at least a second apart by design.
    gh.faults.add({ method: 'GET', kind: 'secondary-rate-limit', times: 2 })
    const waits: number[] = []
    const octokit = getOctokit(
      'ghs_write',
      {
        baseUrl: gh.url,
        throttle: {
          retryAfterBaseValue: 10,
          onRateLimit: () => false,
          onSecondaryRateLimit: (retryAfter: number) => {
            waits.push(retryAfter)
            return true
          },
        },
      },
      throttling,
    )
    const repository = await octokit.rest.repos.get({ owner: OWNER, repo: REPO })
    expect(repository.status).toBe(200)
    expect(waits).toEqual([1, 1])
    expect(gh.requests.map((request) => request.status)).toEqual([403, 403, 200])
  })
})

describe('drop', () => {
  it('closes the connection without answering or writing', async () => {
    gh.faults.add({ method: 'POST', kind: 'drop' })
    const status = await statusOf(plain().rest.issues.create({ owner: OWNER, repo: REPO, title: 'x' }))
    expect(status).toBe(500) // octokit's status for a network failure
    expect(gh.state.issues).toHaveLength(0)
    expect(gh.requests[0]).toMatchObject({ status: 0, fault: 'drop', isWrite: true })
  })
})

describe('timeout-then-commit', () => {
  it('stores the write and then drops the connection, so a blind retry duplicates it', async () => {
    gh.faults.add({ method: 'POST', path: /\/issues$/, kind: 'timeout-then-commit' })
    const status = await statusOf(plain().rest.issues.create({ owner: OWNER, repo: REPO, title: 'AI-1' }))
    expect(status).toBe(500)
    expect(gh.state.issues.map((issue) => issue['title'])).toEqual(['AI-1'])

    // What reconciliation must prevent: the retry plugin re-sends the create.
    gh.faults.add({ method: 'POST', path: /\/issues$/, kind: 'timeout-then-commit' })
    await retrying().rest.issues.create({ owner: OWNER, repo: REPO, title: 'AI-2' })
    expect(gh.state.issues.map((issue) => issue['title'])).toEqual(['AI-1', 'AI-2', 'AI-2'])
  })
})

describe('matching and lifetime', () => {
  it('matches method and path, fires `times` times and can be cleared', async () => {
    gh.faults.add({ method: 'post', path: /\/comments$/, kind: '502', times: 2 })
    gh.addIssue({ owner: OWNER, repo: REPO, title: 'target' })
    const octokit = plain()
    expect((await octokit.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: 1 })).status).toBe(200)
    expect(await statusOf(octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'a' }))).toBe(502)
    expect(gh.faults.pending).toHaveLength(1)
    expect(await statusOf(octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'b' }))).toBe(502)
    expect(gh.faults.pending).toHaveLength(0)
    expect((await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'c' })).status).toBe(201)

    gh.faults.add({ kind: '502', times: Infinity })
    expect(await statusOf(octokit.rest.repos.get({ owner: OWNER, repo: REPO }))).toBe(502)
    gh.faults.clear()
    expect((await octokit.rest.repos.get({ owner: OWNER, repo: REPO })).status).toBe(200)
  })

  it('delays the failure by delayMs so client timeouts can fire first', async () => {
    gh.faults.add({ kind: 'drop', delayMs: 300 })
    const started = Date.now()
    const response = fetch(`${gh.url}/repos/acme/ops`, {
      headers: { authorization: 'token ghs_write' },
      signal: AbortSignal.timeout(50),
    })
    await expect(response).rejects.toThrow(/aborted|timeout/i)
    expect(Date.now() - started).toBeLessThan(300)
  })

  it('applies to GraphQL too', async () => {
    gh.faults.add({ path: '/graphql', kind: '502' })
    expect(await statusOf(plain().graphql('{ viewer { login } }'))).toBe(502)
    expect(gh.requests[0]).toMatchObject({ path: '/graphql', fault: '502' })
  })
})
