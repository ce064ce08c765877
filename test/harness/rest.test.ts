// The fake GitHub's REST side, driven by the real @actions/github client.
import { getOctokit } from '@actions/github'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { makePatch } from './make-patch.js'

const OWNER = 'acme'
const REPO = 'ops'
const HEAD = 'a'.repeat(40)

let gh: FakeGitHub

beforeEach(async () => {
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addToken('ghs_read', 'read')
  gh.addRepo({ owner: OWNER, name: REPO, collaborators: ['alice', 'bob'] })
  gh.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 1,
    author: 'alice',
    headSha: HEAD,
    files: [{ filename: 'postmortems/db.md', status: 'added', patch: makePatch('# Post-Mortem\n\ntext\n') }],
  })
})

afterEach(async () => {
  await gh.close()
})

function client(token = 'ghs_write') {
  return getOctokit(token, { baseUrl: gh.url })
}

/** Sends what the typed client would refuse to compile: the server must be the one to reject it. */
function untypedRequest(route: string, parameters: Record<string, unknown>): Promise<unknown> {
  const request = client().request as unknown as (route: string, parameters: Record<string, unknown>) => Promise<unknown>
  return request(route, parameters)
}

/** The HTTP error octokit throws, for asserting status and GitHub's body. */
async function failure(promise: Promise<unknown>): Promise<{ status: number; data: Record<string, unknown> }> {
  try {
    await promise
  } catch (error) {
    const httpError = error as { status: number; response?: { data: Record<string, unknown> } }
    return { status: httpError.status, data: httpError.response?.data ?? {} }
  }
  throw new Error('expected the request to fail')
}

describe('authentication and permissions', () => {
  it('answers 401 Bad credentials for an unknown token and for none', async () => {
    const unknown = await failure(client('ghs_nope').rest.repos.get({ owner: OWNER, repo: REPO }))
    expect(unknown.status).toBe(401)
    expect(unknown.data['message']).toBe('Bad credentials')
    expect(unknown.data['documentation_url']).toMatch(/^https:\/\/docs\.github\.com\/rest/)
    const response = await fetch(`${gh.url}/repos/${OWNER}/${REPO}`)
    expect(response.status).toBe(401)
    expect(((await response.json()) as { message: string }).message).toBe('Bad credentials')
  })

  it('accepts both "token X" and "Bearer X"', async () => {
    for (const scheme of ['token', 'Bearer']) {
      const response = await fetch(`${gh.url}/repos/${OWNER}/${REPO}`, { headers: { authorization: `${scheme} ghs_read` } })
      expect(response.status).toBe(200)
    }
  })

  it('lets a read token read but answers its writes with 403 Resource not accessible by integration', async () => {
    const octokit = client('ghs_read')
    await expect(octokit.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 1 })).resolves.toBeTruthy()
    const denied = await failure(octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'hello' }))
    expect(denied.status).toBe(403)
    expect(denied.data['message']).toBe('Resource not accessible by integration')
    expect(denied.data['documentation_url']).toBe('https://docs.github.com/rest/issues/comments#create-an-issue-comment')
    expect(gh.state.issueComments).toHaveLength(0)
    expect(gh.requests.at(-1)).toMatchObject({ method: 'POST', status: 403, permission: 'read', isWrite: true })
    expect(gh.requests.at(-1)?.headers['authorization']).toBe('token ***')
    const raw = await fetch(`${gh.url}/repos/acme/ops/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: 'token ghs_read', 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'hello' }),
    })
    expect(raw.headers.get('x-accepted-github-permissions')).toBe('issues=write; pull_requests=write')
  })

  it('refuses GET /user to installation tokens (bots) as GitHub does, and answers it for users', async () => {
    const denied = await failure(client().rest.users.getAuthenticated())
    expect(denied.status).toBe(403)
    expect(denied.data['message']).toBe('Resource not accessible by integration')
    gh.addToken('ghp_alice', 'write', 'alice')
    const { data } = await client('ghp_alice').rest.users.getAuthenticated()
    expect(data).toMatchObject({ login: 'alice', type: 'User' })
  })

  it('sends rate-limit headers that count down per request and token', async () => {
    const octokit = client()
    const first = await octokit.rest.repos.get({ owner: OWNER, repo: REPO })
    const second = await octokit.rest.repos.get({ owner: OWNER, repo: REPO })
    expect(first.headers['x-ratelimit-limit']).toBe('5000')
    expect(first.headers['x-ratelimit-resource']).toBe('core')
    expect(Number(first.headers['x-ratelimit-remaining']) - Number(second.headers['x-ratelimit-remaining'])).toBe(1)
    expect(second.headers['x-ratelimit-used']).toBe('2')
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
    const other = await client('ghs_read').rest.repos.get({ owner: OWNER, repo: REPO })
    expect(other.headers['x-ratelimit-used']).toBe('1')
  })

  it('answers 403 with remaining 0 once the primary rate limit is spent', async () => {
    gh.setRateLimitRemaining(0)
    const limited = await failure(client().rest.repos.get({ owner: OWNER, repo: REPO }))
    expect(limited.status).toBe(403)
    expect(limited.data['message']).toMatch(/^API rate limit exceeded/)
  })
})

describe('routing', () => {
  it('answers 404 Not Found for unknown paths, unknown repos and unsupported methods', async () => {
    const headers = { authorization: 'token ghs_write', 'content-type': 'application/json' }
    for (const [method, path] of [
      ['GET', '/repos/acme/ops/actions/runs'],
      ['GET', '/repos/acme/nope'],
      ['PUT', '/repos/acme/ops/issues/1'],
      ['DELETE', '/repos/acme/ops/issues/1'],
      ['GET', '/repos/acme/ops/pulls/99'],
    ] as const) {
      const response = await fetch(`${gh.url}${path}`, { method, headers })
      expect(response.status, `${method} ${path}`).toBe(404)
      expect(((await response.json()) as { message: string }).message).toBe('Not Found')
    }
  })

  it('renders a pull request and its files with GitHub field names', async () => {
    const octokit = client()
    const { data: pull } = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 })
    expect(pull.head.sha).toBe(HEAD)
    expect(pull.html_url).toBe('https://github.com/acme/ops/pull/1')
    expect(pull.user.login).toBe('alice')
    expect(pull.node_id).toMatch(/^PR_/)
    const { data: files } = await octokit.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 1 })
    expect(files[0]).toMatchObject({ filename: 'postmortems/db.md', status: 'added', additions: 3, deletions: 0, changes: 3 })
    expect(files[0]?.patch).toBe('@@ -0,0 +1,3 @@\n+# Post-Mortem\n+\n+text')
    expect(files[0]?.blob_url).toBe(`https://github.com/acme/ops/blob/${HEAD}/postmortems/db.md`)
  })
})

describe('pagination', () => {
  it('sends RFC 5988 Link headers that octokit.paginate follows over more than 100 items', async () => {
    for (let index = 0; index < 205; index++) gh.addIssue({ owner: OWNER, repo: REPO, title: `item ${index}` })
    const octokit = client()
    const first = await octokit.rest.issues.listForRepo({ owner: OWNER, repo: REPO, per_page: 100 })
    expect(first.data).toHaveLength(100)
    const link = first.headers.link ?? ''
    expect(link).toContain(`<${gh.url}/repos/acme/ops/issues?per_page=100&page=2>; rel="next"`)
    expect(link).toContain(`<${gh.url}/repos/acme/ops/issues?per_page=100&page=3>; rel="last"`)

    gh.clearRequests()
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: OWNER, repo: REPO, per_page: 100, state: 'all' })
    expect(all).toHaveLength(206) // 205 issues + the pull request, which is an issue too
    expect(new Set(all.map((issue) => issue.number)).size).toBe(206)
    expect(gh.requests.map((request) => request.query['page'] ?? '1')).toEqual(['1', '2', '3'])
  })

  it('defaults to 30 per page and caps per_page at 100', async () => {
    for (let index = 0; index < 120; index++) gh.addIssue({ owner: OWNER, repo: REPO, title: `item ${index}` })
    const octokit = client()
    expect((await octokit.rest.issues.listForRepo({ owner: OWNER, repo: REPO })).data).toHaveLength(30)
    expect((await octokit.rest.issues.listForRepo({ owner: OWNER, repo: REPO, per_page: 500 })).data).toHaveLength(100)
  })
})

describe('OpenAPI request validation', () => {
  it('rejects a review event outside the enum', async () => {
    const rejected = await failure(
      untypedRequest('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: OWNER,
        repo: REPO,
        pull_number: 1,
        event: 'COMMENTED',
        body: 'x',
      }),
    )
    expect(rejected.status).toBe(422)
    expect(rejected.data['message']).toBe(`Invalid request.\n\nFor 'properties/event', "COMMENTED" is not a member of enum.`)
    expect(gh.state.reviews).toHaveLength(0)
  })

  it('rejects an issue comment without body', async () => {
    const rejected = await failure(
      untypedRequest('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: OWNER, repo: REPO, issue_number: 1 }),
    )
    expect(rejected.status).toBe(422)
    expect(rejected.data['message']).toBe(`Invalid request.\n\n"body" wasn't supplied.`)
  })

  it('rejects a review comment line given as a string', async () => {
    const rejected = await failure(
      untypedRequest('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: OWNER,
        repo: REPO,
        pull_number: 1,
        event: 'COMMENT',
        comments: [{ path: 'postmortems/db.md', line: '3', body: 'x' }],
      }),
    )
    expect(rejected.status).toBe(422)
    expect(rejected.data['message']).toBe(`Invalid request.\n\nFor 'properties/line', "3" is not an integer.`)
  })

  it('words nullable, oneOf and nested problems the way GitHub does', async () => {
    gh.addIssue({ owner: OWNER, repo: REPO, title: 'target' })
    const milestone = await failure(
      untypedRequest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner: OWNER, repo: REPO, issue_number: 2, body: 5 }),
    )
    expect(milestone.data['message']).toBe(`Invalid request.\n\nFor 'properties/body', 5 is not a string or null.`)
    const labels = await failure(
      untypedRequest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner: OWNER, repo: REPO, issue_number: 2, labels: [null] }),
    )
    expect(labels.data['message']).toBe(`Invalid request.\n\nFor 'items', nil is not a string or object.`)
    const nestedMissing = await failure(
      untypedRequest('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: OWNER,
        repo: REPO,
        pull_number: 1,
        event: 'COMMENT',
        comments: [{ path: 'postmortems/db.md', line: 1 }],
      }),
    )
    expect(nestedMissing.data['message']).toBe(`Invalid request.\n\n"body" wasn't supplied.`)
  })

  it('rejects an unknown enum value in a query parameter', async () => {
    const rejected = await failure(untypedRequest('GET /repos/{owner}/{repo}/issues', { owner: OWNER, repo: REPO, state: 'opened' }))
    expect(rejected.status).toBe(422)
    expect(rejected.data['errors']).toEqual([{ value: 'opened', resource: 'Issue', field: 'state', code: 'invalid' }])
  })

  it('rejects malformed JSON with 400 Problems parsing JSON', async () => {
    const response = await fetch(`${gh.url}/repos/acme/ops/issues`, {
      method: 'POST',
      headers: { authorization: 'token ghs_write', 'content-type': 'application/json' },
      body: '{"title": ',
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { message: string }).message).toBe('Problems parsing JSON')
  })

  it('accepts valid bodies', async () => {
    const octokit = client()
    const review = await octokit.rest.pulls.createReview({
      owner: OWNER,
      repo: REPO,
      pull_number: 1,
      event: 'COMMENT',
      body: 'Findings',
      comments: [{ path: 'postmortems/db.md', line: 3, body: 'x' }],
    })
    expect(review.data.state).toBe('COMMENTED')
    const comment = await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'summary' })
    expect(comment.status).toBe(201)
    expect(comment.data.html_url).toBe(`https://github.com/acme/ops/pull/1#issuecomment-${comment.data.id}`)
  })
})

describe('issues, labels and assignees', () => {
  it('creates an issue with labels (created when missing) and assignable owners', async () => {
    const octokit = client()
    const { data: issue } = await octokit.rest.issues.create({
      owner: OWNER,
      repo: REPO,
      title: 'AI-1: add alerting on replica lag',
      body: '<!-- postmortem-action:item AI-1 -->',
      labels: ['postmortem-action-item', 'P1'],
      assignees: ['bob'],
    })
    expect(issue.number).toBe(2) // the pull request took number 1
    expect(issue.labels.map((label) => (typeof label === 'string' ? label : label.name))).toEqual(['postmortem-action-item', 'P1'])
    expect(issue.assignees?.map((user) => user.login)).toEqual(['bob'])
    expect(issue.user?.login).toBe('github-actions[bot]')
    expect(issue.html_url).toBe('https://github.com/acme/ops/issues/2')
    expect(gh.state.labels.map((label) => label['name'])).toEqual(['postmortem-action-item', 'P1'])
  })

  it('rejects non-assignable assignees on create, but drops them silently on add-assignees', async () => {
    const octokit = client()
    const rejected = await failure(octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 'x', assignees: ['ghost'] }))
    expect(rejected.status).toBe(422)
    expect(rejected.data['message']).toBe('Validation Failed')
    expect(rejected.data['errors']).toEqual([
      { message: 'assignees ghost cannot be assigned to this issue', value: ['ghost'], resource: 'Issue', field: 'assignees', code: 'invalid' },
    ])
    expect(gh.state.issues).toHaveLength(1)

    const { data: issue } = await octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 'x' })
    const added = await octokit.rest.issues.addAssignees({ owner: OWNER, repo: REPO, issue_number: issue.number, assignees: ['ghost', 'alice'] })
    expect(added.status).toBe(201)
    expect(added.data.assignees?.map((user) => user.login)).toEqual(['alice'])
  })

  it('checks assignability with 204 or 404', async () => {
    const octokit = client()
    expect((await octokit.rest.issues.checkUserCanBeAssigned({ owner: OWNER, repo: REPO, assignee: 'bob' })).status).toBe(204)
    expect((await octokit.rest.issues.checkUserCanBeAssigned({ owner: OWNER, repo: REPO, assignee: OWNER })).status).toBe(204)
    expect((await failure(octokit.rest.issues.checkUserCanBeAssigned({ owner: OWNER, repo: REPO, assignee: 'ghost' }))).status).toBe(404)
  })

  it('cannot assign an organization owner, and follows collaborator changes', async () => {
    gh.addRepo({ owner: 'acme-org', name: 'ops', ownerType: 'Organization', collaborators: ['alice'] })
    const octokit = client()
    const repo = await octokit.rest.repos.get({ owner: 'acme-org', repo: 'ops' })
    expect(repo.data.owner.type).toBe('Organization')
    expect((await failure(octokit.rest.issues.checkUserCanBeAssigned({ owner: 'acme-org', repo: 'ops', assignee: 'acme-org' }))).status).toBe(404)
    expect((await octokit.rest.issues.create({ owner: 'acme-org', repo: 'ops', title: 'x', assignees: ['alice'] })).status).toBe(201)
    gh.setCollaborators({ owner: 'acme-org', repo: 'ops', collaborators: ['bob'] })
    const gone = await failure(octokit.rest.issues.create({ owner: 'acme-org', repo: 'ops', title: 'y', assignees: ['alice'] }))
    expect(gone.status).toBe(422)
  })

  it('answers 410 Gone for a deleted issue and never reuses its number', async () => {
    const octokit = client()
    const { data: issue } = await octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 'AI-1' })
    await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: issue.number, body: 'reminder' })
    gh.deleteIssue({ owner: OWNER, repo: REPO, number: issue.number })
    const fetched = await failure(octokit.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: issue.number }))
    expect(fetched).toEqual({ status: 410, data: expect.objectContaining({ message: 'This issue was deleted' }) })
    const commented = await failure(octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: issue.number, body: 'x' }))
    expect(commented.status).toBe(410)
    expect(gh.state.issueComments).toHaveLength(0)
    expect((await octokit.rest.issues.listForRepo({ owner: OWNER, repo: REPO })).data.map((entry) => entry.number)).toEqual([1])
    const { data: next } = await octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 'AI-1 again' })
    expect(next.number).toBe(issue.number + 1)
  })

  it('rejects titles over 256 and bodies over 65,536 characters, and accepts the limits', async () => {
    const octokit = client()
    const longTitle = await failure(octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 't'.repeat(257) }))
    expect(longTitle.status).toBe(422)
    expect(longTitle.data['errors']).toEqual([
      { resource: 'Issue', code: 'custom', field: 'title', message: 'title is too long (maximum is 256 characters)' },
    ])
    const longBody = await failure(octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 'x', body: 'b'.repeat(65_537) }))
    expect(longBody.status).toBe(422)
    const longComment = await failure(
      octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'c'.repeat(65_537) }),
    )
    expect(longComment.status).toBe(422)
    expect(gh.state.issues).toHaveLength(1)
    expect(gh.state.issueComments).toHaveLength(0)
    await octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 't'.repeat(256), body: 'b'.repeat(65_536) })
    await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'c'.repeat(65_536) })
    expect(gh.state.issues).toHaveLength(2)
    expect(gh.state.issueComments).toHaveLength(1)
  })

  it('filters issues by state, labels, creator and since, newest first by default', async () => {
    let clock = new Date('2024-05-01T10:00:00Z')
    await gh.close()
    gh = await startFakeGitHub({ now: () => clock })
    gh.addToken('ghs_write', 'write')
    gh.addRepo({ owner: OWNER, name: REPO })
    gh.addIssue({ owner: OWNER, repo: REPO, title: 'old', labels: ['action-item'], author: 'carol' })
    clock = new Date('2024-05-03T10:00:00Z')
    gh.addIssue({ owner: OWNER, repo: REPO, title: 'new', labels: ['action-item', 'P1'] })
    gh.addIssue({ owner: OWNER, repo: REPO, title: 'closed', labels: ['action-item'], state: 'closed' })
    const octokit = client()
    const titles = async (query: Record<string, string>) =>
      (await octokit.request('GET /repos/{owner}/{repo}/issues', { owner: OWNER, repo: REPO, ...query })).data.map(
        (issue: { title: string }) => issue.title,
      )
    expect(await titles({})).toEqual(['new', 'old'])
    expect(await titles({ direction: 'asc' })).toEqual(['old', 'new'])
    expect(await titles({ state: 'all', labels: 'action-item' })).toEqual(['closed', 'new', 'old'])
    expect(await titles({ labels: 'ACTION-ITEM,p1' })).toEqual(['new'])
    expect(await titles({ creator: 'carol' })).toEqual(['old'])
    expect(await titles({ since: '2024-05-02T00:00:00Z' })).toEqual(['new'])
  })

  it('updates, closes and reopens an issue; adds and removes labels', async () => {
    const octokit = client()
    const { data: issue } = await octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 'x', labels: ['a'] })
    const labels = await octokit.rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: issue.number, labels: ['overdue'] })
    expect(labels.data.map((label) => label.name)).toEqual(['a', 'overdue'])
    const removed = await octokit.rest.issues.removeLabel({ owner: OWNER, repo: REPO, issue_number: issue.number, name: 'a' })
    expect(removed.data.map((label) => label.name)).toEqual(['overdue'])
    const missing = await failure(octokit.rest.issues.removeLabel({ owner: OWNER, repo: REPO, issue_number: issue.number, name: 'a' }))
    expect(missing.status).toBe(404)
    expect(missing.data['message']).toBe('Label does not exist')
    const closed = await octokit.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: issue.number, state: 'closed' })
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(closed.data.closed_by?.login).toBe('github-actions[bot]')
    const reopened = await octokit.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: issue.number, state: 'open' })
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null })
  })

  it('creates labels once (422 already_exists), gets and renames them with URL-encoded names', async () => {
    const octokit = client()
    const created = await octokit.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'post mortem/item', color: 'B60205' })
    expect(created.status).toBe(201)
    expect(created.data.color).toBe('b60205')
    const duplicate = await failure(octokit.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'Post Mortem/Item' }))
    expect(duplicate.status).toBe(422)
    expect(duplicate.data['errors']).toEqual([{ resource: 'Label', code: 'already_exists', field: 'name' }])
    const fetched = await octokit.rest.issues.getLabel({ owner: OWNER, repo: REPO, name: 'post mortem/item' })
    expect(fetched.data.name).toBe('post mortem/item')
    const renamed = await octokit.rest.issues.updateLabel({ owner: OWNER, repo: REPO, name: 'post mortem/item', new_name: 'pm-item' })
    expect(renamed.data.name).toBe('pm-item')
    expect((await failure(octokit.rest.issues.getLabel({ owner: OWNER, repo: REPO, name: 'post mortem/item' }))).status).toBe(404)
  })

  it('rejects label names over 50 and descriptions over 100 characters, also when an issue names the label', async () => {
    const octokit = client()
    const longName = await failure(octokit.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'n'.repeat(51) }))
    expect(longName.data['errors']).toEqual([
      { resource: 'Label', code: 'custom', field: 'name', message: 'name is too long (maximum is 50 characters)' },
    ])
    const longDescription = await failure(
      octokit.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'ok', description: 'd'.repeat(101) }),
    )
    expect(longDescription.status).toBe(422)
    const viaIssue = await failure(octokit.rest.issues.create({ owner: OWNER, repo: REPO, title: 'x', labels: ['n'.repeat(51)] }))
    expect(viaIssue.status).toBe(422)
    expect(gh.state.labels).toHaveLength(0)
    expect(gh.state.issues).toHaveLength(1)
    await octokit.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'n'.repeat(50), description: 'd'.repeat(100) })
    expect(gh.state.labels).toHaveLength(1)
  })

  it('edits and deletes issue comments', async () => {
    const octokit = client()
    const { data: comment } = await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'v1' })
    await octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: comment.id, body: 'v2' })
    expect(gh.state.issueComments.map((entry) => entry['body'])).toEqual(['v2'])
    const deleted = await octokit.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: comment.id })
    expect(deleted.status).toBe(204)
    expect(gh.state.issueComments).toHaveLength(0)
    expect((await failure(octokit.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: comment.id }))).status).toBe(404)
  })
})

describe('many servers', () => {
  it('starts independent instances on different ports', async () => {
    const others = await Promise.all([startFakeGitHub(), startFakeGitHub(), startFakeGitHub()])
    try {
      expect(new Set([gh.url, ...others.map((other) => other.url)]).size).toBe(4)
      others[0]!.addToken('t', 'write')
      others[0]!.addRepo({ owner: OWNER, name: REPO })
      await getOctokit('t', { baseUrl: others[0]!.url }).rest.issues.create({ owner: OWNER, repo: REPO, title: 'only here' })
      expect(others[0]!.state.issues).toHaveLength(1)
      expect(gh.state.issues).toHaveLength(1) // just the pull request
    } finally {
      await Promise.all(others.map((other) => other.close()))
    }
  })
})
