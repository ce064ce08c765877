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

describe('secondary-rate-limit as 429', () => {
  it('answers 429 when asked, which plugin-throttling also waits out', async () => {
    gh.faults.add({ method: 'GET', kind: 'secondary-rate-limit', status: 429 })
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
    expect((await octokit.rest.repos.get({ owner: OWNER, repo: REPO })).status).toBe(200)
    expect(gh.requests.map((request) => request.status)).toEqual([429, 200])
    expect(waits).toEqual([1])
  })
})

describe('slow', () => {
  it('answers normally after delayMs, so client timeouts can be exercised on success paths', async () => {
    gh.faults.add({ kind: 'slow', delayMs: 2000 })
    const request = () =>
      fetch(`${gh.url}/repos/acme/ops`, { headers: { authorization: 'token ghs_write' }, signal: AbortSignal.timeout(100) })
    await expect(request()).rejects.toMatchObject({ name: 'TimeoutError' })
    gh.faults.add({ kind: 'slow', delayMs: 10 })
    expect((await fetch(`${gh.url}/repos/acme/ops`, { headers: { authorization: 'token ghs_write' } })).status).toBe(200)
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

describe('502-after-commit', () => {
  it('stores the write and answers 502, so a retry on 5xx duplicates it', async () => {
    gh.faults.add({ method: 'POST', path: /\/issues$/, kind: '502-after-commit' })
    expect(await statusOf(plain().rest.issues.create({ owner: OWNER, repo: REPO, title: 'AI-1' }))).toBe(502)
    expect(gh.state.issues.map((issue) => issue.title)).toEqual(['AI-1'])
    expect(gh.requests[0]).toMatchObject({ status: 502, fault: '502-after-commit' })
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
    const request = () =>
      fetch(`${gh.url}/repos/acme/ops`, { headers: { authorization: 'token ghs_write' }, signal: AbortSignal.timeout(100) })
    // Without a delay the client sees the dropped connection...
    gh.faults.add({ kind: 'drop' })
    await expect(request()).rejects.toMatchObject({ name: 'TypeError' })
    // ...with one, its own timeout fires first.
    gh.faults.add({ kind: 'drop', delayMs: 2000 })
    await expect(request()).rejects.toMatchObject({ name: 'TimeoutError' })
  })

  it('applies to GraphQL too', async () => {
    gh.faults.add({ path: '/graphql', kind: '502' })
    expect(await statusOf(plain().graphql('{ viewer { login } }'))).toBe(502)
    expect(gh.requests[0]).toMatchObject({ path: '/graphql', fault: '502' })
  })
})

describe('content-creation limits', () => {
  it('answers creates past the per-minute limit with a secondary rate limit until the minute has passed', async () => {
    let clock = new Date('2024-05-01T10:00:00Z')
    const limited = await startFakeGitHub({ now: () => clock, contentCreationLimits: { perMinute: 3, perHour: 5 } })
    try {
      limited.addToken('t', 'write')
      limited.addRepo({ owner: OWNER, name: REPO })
      const octokit = getOctokit('t', { baseUrl: limited.url })
      const create = (title: string) => octokit.rest.issues.create({ owner: OWNER, repo: REPO, title })
      for (const title of ['a', 'b', 'c']) await create(title)
      clock = new Date('2024-05-01T10:00:20Z')
      const refused = await fetch(`${limited.url}/repos/acme/ops/issues`, {
        method: 'POST',
        headers: { authorization: 'token t', 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'd' }),
      })
      expect(refused.status).toBe(403)
      expect(refused.headers.get('retry-after')).toBe('40')
      expect(((await refused.json()) as { message: string }).message).toMatch(/secondary rate limit/)
      // Reads are not content creation.
      expect((await octokit.rest.issues.listForRepo({ owner: OWNER, repo: REPO })).data).toHaveLength(3)

      clock = new Date('2024-05-01T10:01:01Z')
      await create('d')
      await create('e')
      // Five in the hour: the hourly limit now refuses even in a fresh minute.
      clock = new Date('2024-05-01T10:05:00Z')
      expect(await statusOf(create('f'))).toBe(403)
      expect(limited.state.issues.map((issue) => issue.title)).toEqual(['a', 'b', 'c', 'd', 'e'])
    } finally {
      await limited.close()
    }
  })

  it('is on by default at 80 a minute', async () => {
    for (let index = 0; index < 80; index++) {
      await plain().rest.issues.createLabel({ owner: OWNER, repo: REPO, name: `label-${index}` })
    }
    expect(await statusOf(plain().rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'one too many' }))).toBe(403)
    expect(gh.state.labels).toHaveLength(80)
  })
})
