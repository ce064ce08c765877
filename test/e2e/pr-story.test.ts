/**
 * The pull-request mode end to end: the built dist/index.js, run as the runner runs it,
 * against the fake GitHub, through the story of one pull request and its pushes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePatch, pullRequestEvent, startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { runAction, type RunActionResult } from '../harness/run-action.js'
import { LEGACY_PATH, SEARCH_PATH, legacyAfter, legacyBefore, searchV1, searchV2, searchV3 } from './fixtures/documents.js'
import {
  BOT,
  OWNER,
  REPO,
  SUMMARY_MARKER,
  answered,
  assertBuilt,
  findingsOf,
  inputs,
  makeWorkspace,
  removeWorkspace,
  reviewCommentsOn,
  summaryCommentsOn,
  threadsOn,
  writeWorkspace,
  writes,
  commentRanges,
  E2E_TIMEOUT_MS, FAST_WRITES } from './helpers.js'

const PR = 1
const SHA1 = '1'.repeat(40)
const SHA2 = '2'.repeat(40)
const SHA3 = '3'.repeat(40)
const BASE = 'b'.repeat(40)
/** The request budget per run: 6 plus pagination (nothing here needs a second page). */
const BUDGET = 6
/** A run that creates re-reads once per kind it created (threads, comments) to undo a run at the same time. */
const CREATING_BUDGET = BUDGET + 2

let gh: FakeGitHub
let workspace: string

function prFiles(search: string, searchBefore?: string) {
  return [
    { filename: SEARCH_PATH, status: searchBefore === undefined ? ('added' as const) : ('modified' as const), patch: makePatch(search, searchBefore) },
    { filename: LEGACY_PATH, status: 'modified' as const, patch: makePatch(legacyAfter, legacyBefore) },
    { filename: 'README.md', status: 'modified' as const, patch: makePatch('new readme\n', 'old readme\n') },
  ]
}

async function runOn(headSha: string, action: string, extra: Record<string, string> = {}): Promise<RunActionResult> {
  gh.clearRequests()
  return runAction({
      env: FAST_WRITES,
    github: gh,
    eventName: 'pull_request',
    workspace,
    inputs: inputs(extra),
    event: pullRequestEvent({ action, owner: OWNER, repo: REPO, number: PR, headSha, baseSha: BASE, sender: 'dana-ops' }),
  })
}

function fingerprints(comments: { body: string }[]): string[] {
  return comments.map((comment) => /fp=([0-9a-f-]+)/.exec(comment.body)?.[1] ?? 'none')
}

beforeAll(async () => {
  assertBuilt()
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addToken('ghp_alice', 'write', 'alice')
  gh.addRepo({ owner: OWNER, name: REPO, collaborators: ['alice', 'dana-ops'] })
  gh.addPullRequest({ owner: OWNER, repo: REPO, number: PR, headSha: SHA1, baseSha: BASE, author: 'dana-ops', files: prFiles(searchV1) })
  workspace = await makeWorkspace({ [SEARCH_PATH]: searchV1, [LEGACY_PATH]: legacyAfter, 'README.md': 'new readme\n' })
})

afterAll(async () => {
  await gh?.close()
  if (workspace) await removeWorkspace(workspace)
})

describe('a pull request that adds a post-mortem and edits another', { timeout: E2E_TIMEOUT_MS }, () => {
  let first: RunActionResult

  it('first push: one review with a comment per finding on the changed lines, one summary, a red check', async () => {
    first = await runOn(SHA1, 'opened')
    const searchFindings = await findingsOf(SEARCH_PATH, searchV1)
    const legacyFindings = await findingsOf(LEGACY_PATH, legacyAfter)
    expect(searchFindings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['timeline-order', 'action-item-owner', 'action-item-deadline']))
    expect(legacyFindings.length).toBeGreaterThan(0)

    expect(first.code, first.stdout + first.stderr).toBe(1)
    const errors = [...searchFindings, ...legacyFindings].filter((finding) => finding.severity === 'error').length
    const warnings = [...searchFindings, ...legacyFindings].filter((finding) => finding.severity === 'warning').length
    expect(first.outputs).toMatchObject({ errors: String(errors), warnings: String(warnings), files: '2' })

    // The new file is entirely added: every finding of it is inline, none of the legacy file (its finding is far from the edit).
    const reviews = (gh.state.reviews as { user: { login: string }; commit_id: string }[]).filter((review) => review.user.login === BOT)
    expect(reviews).toHaveLength(1)
    expect(reviews[0]!.commit_id).toBe(SHA1)
    const comments = reviewCommentsOn(gh, PR)
    expect(comments).toHaveLength(commentRanges(searchFindings).length)
    expect(comments.every((comment) => comment.path === SEARCH_PATH)).toBe(true)
    expect(comments.map((comment) => comment.line).sort((a, b) => a! - b!)).toEqual(commentRanges(searchFindings))
    expect(new Set(fingerprints(comments)).size).toBe(comments.length)
    const orderComment = comments.find((comment) => comment.body.includes('timeline-order'))!
    expect(orderComment.body).toMatch(/\[`timeline-order`\]\(https:\/\//)

    const summaries = summaryCommentsOn(gh, PR)
    expect(summaries).toHaveLength(1)
    expect(summaries[0]!.user?.login).toBe(BOT)
    const summary = summaries[0]!.body
    expect(summary).toContain('Not shown inline (1)')
    expect(summary).toContain(`${LEGACY_PATH}:${legacyFindings[0]!.line}`)
    expect(summary).toContain('```mermaid\ntimeline')
    expect(summary).toContain('| `timeline-order` | 1 | 0 | 0 |')
    // Mentions in the document (authors, owners) never ping from our comments.
    expect(summary).not.toMatch(/@dana-ops/)

    // Annotations: every finding here fits in the visible 10 per level; the job summary lists them all.
    // (setFailed adds one more error annotation, without a file: the failure message.)
    expect(first.annotations.filter((annotation) => annotation.level === 'error' && annotation.file !== undefined)).toHaveLength(errors)
    expect(first.annotations.map((annotation) => annotation.file)).toEqual(expect.arrayContaining([SEARCH_PATH, LEGACY_PATH]))
    for (const finding of [...searchFindings, ...legacyFindings]) expect(first.summary).toContain(`| ${finding.line}:${finding.column} |`)

    expect(first.summary).toContain(`this run posted a review with ${commentRanges(searchFindings).length} comment(s); created the summary comment.`)
    expect(answered(gh).length).toBeLessThanOrEqual(CREATING_BUDGET)
    expect(writes(gh).map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /repos/${OWNER}/${REPO}/pulls/${PR}/reviews`,
      `POST /repos/${OWNER}/${REPO}/issues/${PR}/comments`,
    ])
  })

  it('a re-run with nothing new makes no write', async () => {
    const before = { comments: reviewCommentsOn(gh, PR).length, summary: summaryCommentsOn(gh, PR)[0]!.updated_at }
    const rerun = await runOn(SHA1, 'opened')
    expect(rerun.code).toBe(1)
    expect(writes(gh)).toEqual([])
    expect(rerun.summary).toContain('this run left the summary comment unchanged.')
    expect(answered(gh).length).toBeLessThanOrEqual(BUDGET)
    expect(reviewCommentsOn(gh, PR)).toHaveLength(before.comments)
    expect(summaryCommentsOn(gh, PR)[0]!.updated_at).toBe(before.summary)
  })

  it('second push: fixed findings get their threads resolved, nothing is commented twice, the summary is edited in place', async () => {
    // A human reviewer's own thread, on a line whose finding will be fixed: it must stay as it is.
    const humanLine = reviewCommentsOn(gh, PR).find((comment) => comment.body.includes('timeline-order'))!.line!
    const human = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/pulls/${PR}/reviews`, {
      method: 'POST',
      headers: { authorization: 'token ghp_alice', 'content-type': 'application/json' },
      body: JSON.stringify({ commit_id: SHA1, event: 'COMMENT', comments: [{ path: SEARCH_PATH, line: humanLine, side: 'RIGHT', body: 'Were there two pages here?' }] }),
    })
    expect(human.status).toBe(200)

    const summaryId = summaryCommentsOn(gh, PR)[0]!.id
    const commentedBefore = fingerprints(reviewCommentsOn(gh, PR))
    gh.pushToPullRequest({ owner: OWNER, repo: REPO, number: PR, headSha: SHA2, files: prFiles(searchV2) })
    await writeWorkspace(workspace, { [SEARCH_PATH]: searchV2 })

    const second = await runOn(SHA2, 'synchronize')
    expect(second.code, second.stdout).toBe(1)
    expect(second.summary).toContain('this run resolved 2 thread(s) whose finding is fixed; updated the summary comment.')

    const threads = threadsOn(gh, PR)
    const ours = threads.filter((thread) => thread.comments[0]?.author === BOT)
    const resolved = ours.filter((thread) => thread.isResolved).map((thread) => thread.comments[0]!.body)
    expect(resolved).toHaveLength(2)
    expect(resolved.some((body) => body.includes('timeline-order'))).toBe(true)
    expect(resolved.some((body) => body.includes('action-item-owner'))).toBe(true)
    expect(ours.filter((thread) => !thread.isResolved)).toHaveLength(commentedBefore.length - 2)
    const humanThread = threads.find((thread) => thread.comments[0]?.author === 'alice')!
    expect(humanThread.isResolved).toBe(false)
    expect(humanThread.comments).toHaveLength(1)

    // The remaining findings moved down a line but keep their fingerprint: no second comment.
    expect(fingerprints(reviewCommentsOn(gh, PR))).toEqual(commentedBefore)
    const summaries = summaryCommentsOn(gh, PR)
    expect(summaries.map((comment) => comment.id)).toEqual([summaryId])
    expect(summaries[0]!.body).not.toContain('timeline-order')
    expect(summaries[0]!.body).toContain('`2222222`')

    expect(answered(gh).length).toBeLessThanOrEqual(BUDGET)
    expect(writes(gh).map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /graphql',
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${summaryId}`,
    ])
  })

  it('force-push: only the new finding is commented, on the new head', async () => {
    const commentedBefore = fingerprints(reviewCommentsOn(gh, PR))
    gh.pushToPullRequest({ owner: OWNER, repo: REPO, number: PR, headSha: SHA3, files: prFiles(searchV3), force: true })
    await writeWorkspace(workspace, { [SEARCH_PATH]: searchV3 })

    const third = await runOn(SHA3, 'synchronize')
    expect(third.code).toBe(1)
    const comments = reviewCommentsOn(gh, PR)
    expect(comments).toHaveLength(commentedBefore.length + 1)
    const added = comments.filter((comment) => !commentedBefore.includes(fingerprints([comment])[0]!))
    expect(added).toHaveLength(1)
    expect(added[0]!.body).toContain('`next sprint`')
    expect(added[0]!.commit_id).toBe(SHA3)
    expect(threadsOn(gh, PR).filter((thread) => thread.comments[0]?.author === BOT && thread.isResolved)).toHaveLength(2)
    expect(summaryCommentsOn(gh, PR)).toHaveLength(1)
    expect(answered(gh).length).toBeLessThanOrEqual(CREATING_BUDGET)
  })

  it('when everything is fixed the summary says so, and the check passes', async () => {
    const fixed = searchV3
      .replace('| AI-2 | Improve monitoring | @dana-ops | ASAP |', '| AI-2 | Alert when index staleness exceeds 15 minutes | @dana-ops | 2025-07-01 |')
      .replace('| next sprint |', '| 2025-07-10 |')
    const legacyFixed = legacyAfter.replace('configuration schema | |', 'configuration schema | @kai-sre |')
    expect(await findingsOf(SEARCH_PATH, fixed)).toEqual([])
    expect(await findingsOf(LEGACY_PATH, legacyFixed)).toEqual([])
    const sha = '4'.repeat(40)
    gh.pushToPullRequest({
      owner: OWNER,
      repo: REPO,
      number: PR,
      headSha: sha,
      files: [
        { filename: SEARCH_PATH, status: 'added', patch: makePatch(fixed) },
        { filename: LEGACY_PATH, status: 'modified', patch: makePatch(legacyFixed, legacyBefore) },
      ],
    })
    await writeWorkspace(workspace, { [SEARCH_PATH]: fixed, [LEGACY_PATH]: legacyFixed })

    const last = await runOn(sha, 'synchronize')
    expect(last.code, last.stdout).toBe(0)
    expect(last.outputs).toMatchObject({ errors: '0', warnings: '0', files: '2' })
    expect(summaryCommentsOn(gh, PR)[0]!.body).toContain('All clear')
    const ours = threadsOn(gh, PR).filter((thread) => thread.comments[0]?.author === BOT)
    expect(ours.every((thread) => thread.isResolved)).toBe(true)
    expect(threadsOn(gh, PR).find((thread) => thread.comments[0]?.author === 'alice')!.isResolved).toBe(false)
    expect(summaryCommentsOn(gh, PR)[0]!.body).toContain(SUMMARY_MARKER)
  })
})
