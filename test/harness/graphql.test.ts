// The fake GitHub's GraphQL endpoint, driven by @actions/github's real graphql client.
import { getOctokit } from '@actions/github'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { makePatch } from './make-patch.js'

const OWNER = 'acme'
const REPO = 'ops'
const PATH = 'postmortems/incident.md'
const TEXT = Array.from({ length: 150 }, (_, index) => `Line ${index + 1}`).join('\n') + '\n'

let gh: FakeGitHub

beforeAll(async () => {
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addToken('ghs_read', 'read')
  gh.addRepo({ owner: OWNER, name: REPO })
})

afterAll(async () => {
  await gh.close()
})

let pullNumber = 0
beforeEach(() => {
  pullNumber++
  gh.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: pullNumber,
    headSha: 'c'.repeat(40),
    files: [{ filename: PATH, status: 'added', patch: makePatch(TEXT) }],
  })
})

const client = (token = 'ghs_write') => getOctokit(token, { baseUrl: gh.url })

const THREADS_QUERY = /* GraphQL */ `
  query threads($owner: String!, $name: String!, $number: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      pullRequest(number: $number) {
        reviewThreads(first: 100, after: $after) {
          nodes {
            id
            isResolved
            isOutdated
            path
            line
            comments(first: 10) {
              nodes {
                id
                databaseId
                body
                author {
                  login
                }
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`

interface ThreadsResult {
  repository: {
    pullRequest: {
      reviewThreads: {
        nodes: Array<{
          id: string
          isResolved: boolean
          isOutdated: boolean
          path: string
          line: number | null
          comments: { nodes: Array<{ id: string; databaseId: number; body: string; author: { login: string } }> }
        }>
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
      }
    }
  }
}

async function commentOn(lines: number[]): Promise<void> {
  await client().rest.pulls.createReview({
    owner: OWNER,
    repo: REPO,
    pull_number: pullNumber,
    event: 'COMMENT',
    comments: lines.map((line) => ({ path: PATH, line, body: `finding on line ${line}` })),
  })
}

/** The GraphQL error body, as GitHub sends it with HTTP 200. */
async function graphqlErrors(promise: Promise<unknown>): Promise<Array<Record<string, unknown>>> {
  try {
    await promise
  } catch (error) {
    return (error as { errors: Array<Record<string, unknown>> }).errors
  }
  throw new Error('expected GraphQL errors')
}

describe('validation against GitHub schema', () => {
  it('answers an unknown field with HTTP 200 and GitHub-worded errors', async () => {
    const query = 'query { repository(owner: "acme", name: "ops") { nameWithOwner reviewCount } }'
    const response = await fetch(gh.graphqlUrl, {
      method: 'POST',
      headers: { authorization: 'bearer ghs_write', 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-ratelimit-resource')).toBe('graphql')
    const body = (await response.json()) as { data?: unknown; errors: Array<Record<string, unknown>> }
    expect(body.data).toBeUndefined()
    expect(body.errors).toEqual([
      {
        extensions: { code: 'undefinedField', typeName: 'Repository', fieldName: 'reviewCount' },
        locations: [{ line: 1, column: query.indexOf('reviewCount') + 1 }],
        message: "Field 'reviewCount' doesn't exist on type 'Repository'",
      },
    ])
  })

  it('makes the octokit graphql client throw on invalid documents, missing arguments and syntax errors', async () => {
    const unknown = await graphqlErrors(client().graphql('query { viewer { loginName } }'))
    expect(unknown[0]?.['message']).toBe("Field 'loginName' doesn't exist on type 'User'")
    const missing = await graphqlErrors(client().graphql('query { repository(owner: "acme") { id } }'))
    expect(missing[0]?.['message']).toBe("Field 'repository' is missing required arguments: name")
    const syntax = await graphqlErrors(client().graphql('query { repository( }'))
    expect(syntax[0]?.['message']).toMatch(/^Syntax Error/)
    const badMutation = await graphqlErrors(
      client().graphql('mutation { resolveReviewThread(input: { id: "x" }) { thread { id } } }'),
    )
    expect(badMutation.length).toBeGreaterThan(0)
  })

  it('requires authentication', async () => {
    const response = await fetch(gh.graphqlUrl, { method: 'POST', body: JSON.stringify({ query: '{ viewer { login } }' }) })
    expect(response.status).toBe(401)
    const unknown = await fetch(gh.graphqlUrl, {
      method: 'POST',
      headers: { authorization: 'bearer nope' },
      body: JSON.stringify({ query: '{ viewer { login } }' }),
    })
    expect(unknown.status).toBe(401)
  })
})

describe('review threads', () => {
  it('lists threads created by review comments, with replies in the same thread', async () => {
    await commentOn([3, 7])
    const [first] = gh.state.reviewComments
    await client().rest.pulls.createReplyForReviewComment({
      owner: OWNER,
      repo: REPO,
      pull_number: pullNumber,
      comment_id: first!['id'] as number,
      body: 'reply',
    })
    const result = await client().graphql<ThreadsResult>(THREADS_QUERY, { owner: OWNER, name: REPO, number: pullNumber })
    const threads = result.repository.pullRequest.reviewThreads
    expect(threads.pageInfo.hasNextPage).toBe(false)
    expect(threads.nodes.map((thread) => [thread.path, thread.line, thread.isResolved, thread.isOutdated])).toEqual([
      [PATH, 3, false, false],
      [PATH, 7, false, false],
    ])
    expect(threads.nodes[0]?.comments.nodes.map((comment) => comment.body)).toEqual(['finding on line 3', 'reply'])
    expect(threads.nodes[0]?.comments.nodes[0]).toMatchObject({ databaseId: first!['id'], author: { login: 'github-actions[bot]' } })
    expect(threads.nodes[0]?.id).toMatch(/^PRRT_/)
  })

  it('round-trips resolveReviewThread and unresolveReviewThread', async () => {
    await commentOn([5])
    const threadId = gh.state.reviewThreads.find((thread) => thread.pullNumber === pullNumber)!.id
    const resolved = await client().graphql<{ resolveReviewThread: { thread: { id: string; isResolved: boolean } } }>(
      'mutation resolve($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }',
      { id: threadId },
    )
    expect(resolved.resolveReviewThread.thread).toEqual({ id: threadId, isResolved: true })
    const after = await client().graphql<ThreadsResult>(THREADS_QUERY, { owner: OWNER, name: REPO, number: pullNumber })
    expect(after.repository.pullRequest.reviewThreads.nodes[0]?.isResolved).toBe(true)
    expect(gh.requests.at(-2)).toMatchObject({ operationId: 'graphql', isWrite: true, graphqlOperationName: 'resolve' })

    // A document holding a query and a mutation: the operation picked decides whether it is a write.
    const document = `query look { viewer { login } }
      mutation undo($id: ID!) { unresolveReviewThread(input: { threadId: $id }) { thread { isResolved } } }`
    await client().graphql(document, { id: threadId, operationName: 'undo' })
    expect(gh.state.reviewThreads.find((thread) => thread.id === threadId)?.isResolved).toBe(false)
    expect(gh.requests.at(-1)).toMatchObject({ isWrite: true, graphqlOperationName: 'undo' })
    await client().graphql(document, { id: threadId, operationName: 'look' })
    expect(gh.requests.at(-1)).toMatchObject({ isWrite: false, graphqlOperationName: 'look' })
  })

  it('refuses mutations from a read-only token with a FORBIDDEN error and changes nothing', async () => {
    await commentOn([5])
    const threadId = gh.state.reviewThreads.find((thread) => thread.pullNumber === pullNumber)!.id
    const errors = await graphqlErrors(
      client('ghs_read').graphql('mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id } } }', { id: threadId }),
    )
    expect(errors[0]).toMatchObject({ type: 'FORBIDDEN', message: 'Resource not accessible by integration', path: ['resolveReviewThread'] })
    expect(gh.state.reviewThreads.find((thread) => thread.id === threadId)?.isResolved).toBe(false)
  })

  it('answers NOT_FOUND for unknown threads, repositories and pull requests', async () => {
    const thread = await graphqlErrors(client().graphql('mutation { resolveReviewThread(input: { threadId: "PRRT_nope" }) { thread { id } } }'))
    expect(thread[0]).toMatchObject({ type: 'NOT_FOUND' })
    const repo = await graphqlErrors(client().graphql('{ repository(owner: "acme", name: "nope") { id } }'))
    expect(repo[0]).toMatchObject({ type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'acme/nope'." })
    const pull = await graphqlErrors(client().graphql('{ repository(owner: "acme", name: "ops") { pullRequest(number: 999) { id } } }'))
    expect(pull[0]).toMatchObject({ type: 'NOT_FOUND', path: ['repository', 'pullRequest'] })
  })

  it('paginates threads with first/after and enforces GitHub pagination limits', async () => {
    await commentOn(Array.from({ length: 120 }, (_, index) => index + 1))
    const seen: number[] = []
    let after: string | null = null
    let pages = 0
    do {
      const page: ThreadsResult = await client().graphql<ThreadsResult>(THREADS_QUERY, { owner: OWNER, name: REPO, number: pullNumber, after })
      const connection = page.repository.pullRequest.reviewThreads
      seen.push(...connection.nodes.map((thread) => thread.line ?? 0))
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null
      pages++
    } while (after)
    expect(pages).toBe(2)
    expect(seen).toEqual(Array.from({ length: 120 }, (_, index) => index + 1))

    const tooMany = await graphqlErrors(
      client().graphql(`{ repository(owner: "acme", name: "ops") { pullRequest(number: ${pullNumber}) { reviewThreads(first: 101) { totalCount } } } }`),
    )
    expect(tooMany[0]?.['type']).toBe('EXCESSIVE_PAGINATION')
    const unbounded = await graphqlErrors(
      client().graphql(`{ repository(owner: "acme", name: "ops") { pullRequest(number: ${pullNumber}) { reviewThreads { totalCount } } } }`),
    )
    expect(unbounded[0]?.['type']).toBe('MISSING_PAGINATION_BOUNDARIES')
  })

  it('marks threads outdated after a force-push moves their line out of the diff', async () => {
    await commentOn([10, 140])
    const shorter = TEXT.split('\n').slice(0, 20).join('\n') + '\n'
    gh.pushToPullRequest({
      owner: OWNER,
      repo: REPO,
      number: pullNumber,
      headSha: 'd'.repeat(40),
      force: true,
      files: [{ filename: PATH, status: 'added', patch: makePatch(shorter) }],
    })
    const result = await client().graphql<ThreadsResult>(THREADS_QUERY, { owner: OWNER, name: REPO, number: pullNumber })
    expect(result.repository.pullRequest.reviewThreads.nodes.map((thread) => [thread.isOutdated, thread.line])).toEqual([
      [false, 10],
      [true, null],
    ])
  })
})

describe('other root fields', () => {
  it('answers rateLimit from the token bucket and resolves unmodelled fields to null', async () => {
    const result = await client().graphql<{
      rateLimit: { limit: number; remaining: number; used: number; resetAt: string }
      repository: { nameWithOwner: string; description: string | null }
    }>('{ rateLimit { limit remaining used resetAt } repository(owner: "acme", name: "ops") { nameWithOwner description } }')
    expect(result.rateLimit.limit).toBe(5000)
    expect(result.rateLimit.remaining + result.rateLimit.used).toBe(5000)
    expect(Date.parse(result.rateLimit.resetAt)).toBeGreaterThan(Date.now())
    expect(result.repository).toEqual({ nameWithOwner: 'acme/ops', description: null })
    expect(gh.requests.at(-1)?.unmodelledFields).toEqual(['Repository.description'])
  })

  it('answers unmodelled fields with an error in strict mode', async () => {
    const strict = await startFakeGitHub({ strictGraphqlFields: true })
    try {
      strict.addToken('t', 'write')
      strict.addRepo({ owner: OWNER, name: REPO })
      const errors = await graphqlErrors(
        getOctokit('t', { baseUrl: strict.url }).graphql('{ repository(owner: "acme", name: "ops") { nameWithOwner stargazerCount } }'),
      )
      expect(errors[0]).toMatchObject({ message: 'Repository.stargazerCount is not modelled by the fake GitHub', path: ['repository', 'stargazerCount'] })
    } finally {
      await strict.close()
    }
  })

  it('looks up review threads by node id', async () => {
    await commentOn([4])
    const threadId = gh.state.reviewThreads.find((thread) => thread.pullNumber === pullNumber)!.id
    const result = await client().graphql<{ node: { __typename: string; path: string } }>(
      'query($id: ID!) { node(id: $id) { __typename ... on PullRequestReviewThread { path } } }',
      { id: threadId },
    )
    expect(result.node).toEqual({ __typename: 'PullRequestReviewThread', path: PATH })
  })
})
