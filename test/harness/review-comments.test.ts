// Review comments must land inside the diff, exactly as GitHub demands.
import { getOctokit } from '@actions/github'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { makePatch } from './make-patch.js'

const OWNER = 'acme'
const REPO = 'ops'
const HEAD_1 = '1'.repeat(40)
const HEAD_2 = '2'.repeat(40)
const HEAD_3 = '3'.repeat(40)
const PATH = 'postmortems/2024-05-01-db.md'

// Lines 1..20 of the base file; the PR edits line 6 and appends line 21.
const BASE = Array.from({ length: 20 }, (_, index) => `line ${index + 1}`).join('\n') + '\n'
const EDITED = BASE.replace('line 6\n', 'line 6 edited\n') + 'line 21\n'

let gh: FakeGitHub

beforeEach(async () => {
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addRepo({ owner: OWNER, name: REPO })
  gh.addPullRequest({
    owner: OWNER,
    repo: REPO,
    number: 5,
    author: 'alice',
    headSha: HEAD_1,
    files: [
      { filename: PATH, status: 'modified', patch: makePatch(EDITED, BASE) },
      { filename: 'logo.png', status: 'added' },
    ],
  })
})

afterEach(async () => {
  await gh.close()
})

const octokit = () => getOctokit('ghs_write', { baseUrl: gh.url })

async function failure(promise: Promise<unknown>): Promise<{ status: number; data: Record<string, unknown> }> {
  try {
    await promise
  } catch (error) {
    const httpError = error as { status: number; response?: { data: Record<string, unknown> } }
    return { status: httpError.status, data: httpError.response?.data ?? {} }
  }
  throw new Error('expected the request to fail')
}

/** Untyped on purpose: the tests send comments GitHub must reject. */
function untypedRequest(route: string, parameters: Record<string, unknown>): Promise<unknown> {
  const request = octokit().request as unknown as (route: string, parameters: Record<string, unknown>) => Promise<unknown>
  return request(route, parameters)
}

function review(comments: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
  return untypedRequest('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    owner: OWNER,
    repo: REPO,
    pull_number: 5,
    event: 'COMMENT',
    body: 'Post-mortem lint',
    comments,
    ...extra,
  })
}

describe('the patch under test', () => {
  it('has two hunks: lines 3-9 around the edit and 18-21 around the append', () => {
    expect(makePatch(EDITED, BASE)).toBe(
      [
        '@@ -3,7 +3,7 @@ line 2',
        ' line 3',
        ' line 4',
        ' line 5',
        '-line 6',
        '+line 6 edited',
        ' line 7',
        ' line 8',
        ' line 9',
        '@@ -18,3 +18,4 @@ line 17',
        ' line 18',
        ' line 19',
        ' line 20',
        '+line 21',
      ].join('\n'),
    )
  })
})

describe('POST /pulls/{n}/reviews with comments', () => {
  it('accepts comments on added and context lines of the right side, and a removed line on the left', async () => {
    const { data } = (await review([
      { path: PATH, line: 6, body: 'added line' },
      { path: PATH, line: 3, side: 'RIGHT', body: 'context line' },
      { path: PATH, line: 6, side: 'LEFT', body: 'removed line' },
      { path: PATH, start_line: 18, line: 21, body: 'multi-line' },
    ])) as { data: { id: number; state: string } }
    expect(data.state).toBe('COMMENTED')
    const comments = gh.state.reviewComments
    expect(comments.map((comment) => [comment['line'], comment['side'], comment['start_line']])).toEqual([
      [6, 'RIGHT', null],
      [3, 'RIGHT', null],
      [6, 'LEFT', null],
      [21, 'RIGHT', 18],
    ])
    expect(comments[0]).toMatchObject({ pull_request_review_id: data.id, commit_id: HEAD_1, position: 5, path: PATH })
    expect(comments[0]?.['diff_hunk']).toBe('@@ -3,7 +3,7 @@ line 2\n line 3\n line 4\n line 5\n-line 6\n+line 6 edited')
    expect(gh.state.reviewThreads).toHaveLength(4)
  })

  it('rejects the whole review when one comment is outside the diff, storing nothing', async () => {
    const rejected = await failure(
      review([
        { path: PATH, line: 6, body: 'fine' },
        { path: PATH, line: 1, body: 'line 1 is not in any hunk' },
      ]),
    )
    expect(rejected.status).toBe(422)
    expect(rejected.data).toMatchObject({
      message: 'Unprocessable Entity',
      errors: ["Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"],
      documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
    })
    expect(gh.state.reviews).toHaveLength(0)
    expect(gh.state.reviewComments).toHaveLength(0)
    expect(gh.state.reviewThreads).toHaveLength(0)
  })

  it('rejects a removed line asked for on the right side, and an added line on the left', async () => {
    // Base line 21 does not exist; head line 21 does.
    expect((await failure(review([{ path: PATH, line: 21, side: 'LEFT', body: 'x' }]))).status).toBe(422)
    // Line 2 exists in both files but outside the hunks.
    expect((await failure(review([{ path: PATH, line: 2, side: 'LEFT', body: 'x' }]))).status).toBe(422)
  })

  it('rejects a multi-line comment spanning two hunks or running backwards', async () => {
    const acrossHunks = await failure(review([{ path: PATH, start_line: 8, line: 19, body: 'x' }]))
    expect(acrossHunks.data['errors']).toEqual(['Pull request review thread start line must be part of the same hunk as the line.'])
    const backwards = await failure(review([{ path: PATH, start_line: 9, line: 7, body: 'x' }]))
    expect(backwards.status).toBe(422)
    const bothWrong = await failure(review([{ path: PATH, start_line: 1, line: 2, body: 'x' }]))
    expect(bothWrong.data['errors']).toEqual([
      "Pull request review thread line must be part of the diff, Pull request review thread start line must be part of the same hunk as the line., and Pull request review thread diff hunk can't be blank",
    ])
  })

  it('answers "Path could not be resolved" for a file not in the pull request', async () => {
    const rejected = await failure(review([{ path: 'postmortems/other.md', line: 1, body: 'x' }]))
    expect(rejected.data).toMatchObject({ message: 'Unprocessable Entity', errors: ['Path could not be resolved'] })
  })

  it('cannot anchor a line in a file without a patch (binary)', async () => {
    expect((await failure(review([{ path: 'logo.png', line: 1, body: 'x' }]))).status).toBe(422)
  })

  it('resolves legacy positions and answers "Line could not be resolved" past the patch', async () => {
    // Positions 1-8 are the first hunk's lines, 9 is the second @@ header, 10 is line 18.
    await review([{ path: PATH, position: 10, body: 'x' }])
    expect(gh.state.reviewComments[0]).toMatchObject({ line: 18, side: 'RIGHT', position: 10 })
    expect((await failure(review([{ path: PATH, position: 9, body: 'x' }]))).status).toBe(422)
    const rejected = await failure(review([{ path: PATH, position: 99, body: 'x' }]))
    expect(rejected.data['errors']).toEqual(['Line could not be resolved'])
  })

  it('requires commit_id to be a head of the pull request', async () => {
    const rejected = await failure(review([{ path: PATH, line: 6, body: 'x' }], { commit_id: 'f'.repeat(40) }))
    expect(rejected.data).toMatchObject({ message: 'Unprocessable Entity', errors: ['commit_id is not part of the pull request'] })
    await review([{ path: PATH, line: 6, body: 'x' }], { commit_id: HEAD_1 })
    expect(gh.state.reviewComments).toHaveLength(1)
  })

  it('refuses to approve or request changes on your own pull request and REQUEST_CHANGES without body', async () => {
    const ownerClient = (() => {
      gh.addToken('ghs_alice', 'write', 'alice')
      return getOctokit('ghs_alice', { baseUrl: gh.url })
    })()
    const approve = await failure(
      ownerClient.rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 5, event: 'APPROVE' }),
    )
    expect(approve.data['errors']).toEqual(['Can not approve your own pull request'])
    const noBody = await failure(octokit().rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 5, event: 'REQUEST_CHANGES' }))
    expect(noBody.status).toBe(422)
    expect(gh.state.reviews).toHaveLength(0)
  })

  it('refuses approvals from GitHub Actions unless the repository allows them', async () => {
    const refused = await failure(octokit().rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 5, event: 'APPROVE' }))
    expect(refused.data['errors']).toEqual(['GitHub Actions is not permitted to approve pull requests.'])
    gh.addRepo({ owner: OWNER, name: 'lenient', actionsCanApprove: true })
    gh.addPullRequest({ owner: OWNER, repo: 'lenient', number: 1, headSha: HEAD_1, files: [] })
    const approved = await octokit().rest.pulls.createReview({ owner: OWNER, repo: 'lenient', pull_number: 1, event: 'APPROVE' })
    expect(approved.data.state).toBe('APPROVED')
  })

  it('allows one pending review per user', async () => {
    await octokit().rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 5, body: 'draft' })
    const second = await failure(octokit().rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 5, body: 'again' }))
    expect(second.data['errors']).toEqual(['User can only have one pending review per pull request'])
  })
})

describe('single review comments and replies', () => {
  it('answers Validation Failed with field errors for a line outside the diff', async () => {
    const rejected = await failure(
      octokit().rest.pulls.createReviewComment({ owner: OWNER, repo: REPO, pull_number: 5, commit_id: HEAD_1, path: PATH, line: 1, body: 'x' }),
    )
    expect(rejected.status).toBe(422)
    expect(rejected.data['message']).toBe('Validation Failed')
    expect(rejected.data['errors']).toEqual([
      {
        resource: 'PullRequestReviewComment',
        code: 'custom',
        field: 'pull_request_review_thread.line',
        message: 'pull_request_review_thread.line must be part of the diff',
      },
      { resource: 'PullRequestReviewComment', code: 'missing_field', field: 'pull_request_review_thread.diff_hunk' },
    ])
    expect(gh.state.reviewComments).toHaveLength(0)
  })

  it('rejects an unknown commit_id and a missing one (the spec requires it)', async () => {
    const unknown = await failure(
      octokit().rest.pulls.createReviewComment({ owner: OWNER, repo: REPO, pull_number: 5, commit_id: 'f'.repeat(40), path: PATH, line: 6, body: 'x' }),
    )
    expect(unknown.data['errors']).toEqual([
      { resource: 'PullRequestReviewComment', code: 'custom', field: 'commit_id', message: 'commit_id is not part of the pull request' },
    ])
    const missing = await failure(
      untypedRequest('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', { owner: OWNER, repo: REPO, pull_number: 5, path: PATH, line: 6, body: 'x' }),
    )
    expect(missing.data['message']).toBe(`Invalid request.\n\n"commit_id" wasn't supplied.`)
  })

  it('threads replies under the top-level comment and edits/deletes comments', async () => {
    const client = octokit()
    const { data: top } = await client.rest.pulls.createReviewComment({
      owner: OWNER,
      repo: REPO,
      pull_number: 5,
      commit_id: HEAD_1,
      path: PATH,
      line: 6,
      body: 'top',
    })
    expect(top.pull_request_review_id).toBeTypeOf('number')
    const { data: reply } = await client.rest.pulls.createReplyForReviewComment({ owner: OWNER, repo: REPO, pull_number: 5, comment_id: top.id, body: 'reply' })
    const { data: replyViaBody } = await client.rest.pulls.createReviewComment({
      owner: OWNER,
      repo: REPO,
      pull_number: 5,
      commit_id: HEAD_1,
      path: PATH,
      body: 'reply 2',
      in_reply_to: reply.id,
    })
    expect(reply.in_reply_to_id).toBe(top.id)
    expect(replyViaBody.in_reply_to_id).toBe(top.id)
    expect(gh.state.reviewThreads).toHaveLength(1)
    expect(gh.state.reviewThreads[0]?.commentIds).toEqual([top.id, reply.id, replyViaBody.id])

    await client.rest.pulls.updateReviewComment({ owner: OWNER, repo: REPO, comment_id: top.id, body: 'top, edited' })
    expect(gh.state.reviewComments[0]?.['body']).toBe('top, edited')
    await client.rest.pulls.deleteReviewComment({ owner: OWNER, repo: REPO, comment_id: reply.id })
    expect(gh.state.reviewThreads[0]?.commentIds).toEqual([top.id, replyViaBody.id])
    const { data: listed } = await client.rest.pulls.listReviewComments({ owner: OWNER, repo: REPO, pull_number: 5 })
    expect(listed.map((comment) => comment.body)).toEqual(['top, edited', 'reply 2'])
  })

  it('404s a reply to a comment of another pull request', async () => {
    const rejected = await failure(
      octokit().rest.pulls.createReplyForReviewComment({ owner: OWNER, repo: REPO, pull_number: 5, comment_id: 424242, body: 'x' }),
    )
    expect(rejected.status).toBe(404)
  })
})

describe('pushes', () => {
  it('keeps comments whose line still shows the same text after a push, and outdates the others', async () => {
    await review([
      { path: PATH, line: 6, body: 'on the edited line' },
      { path: PATH, line: 21, body: 'on the appended line' },
    ])
    // The new head rewrites line 6 again but leaves the appended line 21 alone.
    const again = EDITED.replace('line 6 edited\n', 'line 6 rewritten\n')
    gh.pushToPullRequest({ owner: OWNER, repo: REPO, number: 5, headSha: HEAD_2, files: [{ filename: PATH, status: 'modified', patch: makePatch(again, BASE) }] })
    const [onEdited, onAppended] = gh.state.reviewComments
    expect(onEdited).toMatchObject({ line: null, position: null, original_line: 6, original_commit_id: HEAD_1 })
    expect(onAppended).toMatchObject({ line: 21, commit_id: HEAD_2, original_commit_id: HEAD_1 })
    expect(gh.state.reviewThreads.map((thread) => thread.isOutdated)).toEqual([true, false])
    // A plain push keeps the old head as a valid commit_id.
    await review([{ path: PATH, line: 6, body: 'on the old head' }], { commit_id: HEAD_1 })
  })

  it('moves a comment with its line when the push inserts lines above it (exact, with file contents)', async () => {
    await review([
      { path: PATH, line: 21, body: 'on the appended line' },
      { path: PATH, line: 6, side: 'LEFT', body: 'on the removed base line' },
    ])
    const withInsertion = EDITED.replace('line 17\n', 'line 17\ninserted\n')
    gh.pushToPullRequest({
      owner: OWNER,
      repo: REPO,
      number: 5,
      headSha: HEAD_2,
      files: [{ filename: PATH, status: 'modified', patch: makePatch(withInsertion, BASE), content: withInsertion }],
    })
    // The first head had no content recorded: the nearest same-text diff line is used.
    expect(gh.state.reviewComments.map((comment) => [comment.line, comment.side, comment.original_line])).toEqual([
      [22, 'RIGHT', 21],
      [6, 'LEFT', 6],
    ])
    // Now both heads have contents: exact mapping, and an edit of the line outdates it.
    const edited = withInsertion.replace('line 21\n', 'line 21 changed\n')
    gh.pushToPullRequest({
      owner: OWNER,
      repo: REPO,
      number: 5,
      headSha: HEAD_3,
      files: [{ filename: PATH, status: 'modified', patch: makePatch(edited, BASE), content: edited }],
    })
    expect(gh.state.reviewComments.map((comment) => comment.line)).toEqual([null, 6])
    expect(gh.state.reviewThreads.map((thread) => thread.isOutdated)).toEqual([true, false])
  })

  it('tells repeated lines apart when file contents are given', async () => {
    const first = 'x\ndup\ny\ndup\n'
    const second = 'x\nnew\ndup\ny\ndup\n'
    gh.addPullRequest({
      owner: OWNER,
      repo: REPO,
      number: 6,
      headSha: HEAD_1,
      files: [{ filename: 'twins.md', status: 'added', patch: makePatch(first), content: first }],
    })
    await octokit().rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: 6, event: 'COMMENT', comments: [{ path: 'twins.md', line: 4, body: 'second dup' }] })
    gh.pushToPullRequest({ owner: OWNER, repo: REPO, number: 6, headSha: HEAD_2, files: [{ filename: 'twins.md', status: 'added', patch: makePatch(second), content: second }] })
    expect(gh.state.reviewComments[0]?.line).toBe(5)
  })

  it('forgets replaced heads on a force-push and outdates comments whose lines left the diff', async () => {
    await review([{ path: PATH, line: 21, body: 'appended line' }])
    const forced = BASE.replace('line 2\n', 'line 2 changed\n')
    gh.pushToPullRequest({
      owner: OWNER,
      repo: REPO,
      number: 5,
      headSha: HEAD_3,
      force: true,
      files: [{ filename: PATH, status: 'modified', patch: makePatch(forced, BASE) }],
    })
    expect(gh.state.reviewComments[0]).toMatchObject({ line: null, position: null })
    expect(gh.state.reviewThreads[0]?.isOutdated).toBe(true)
    expect((await failure(review([{ path: PATH, line: 2, body: 'x' }], { commit_id: HEAD_1 }))).status).toBe(422)
    await review([{ path: PATH, line: 2, body: 'x' }], { commit_id: HEAD_3 })
    expect((await octokit().rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 5 })).data.head.sha).toBe(HEAD_3)
  })
})
