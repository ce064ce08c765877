/**
 * Issue #11, pull-request mode in hostile hands, through the built Action against the fake
 * GitHub: files past GitHub's 3,000-file list, a pull request that switches its own check off
 * through the configuration, 403s that are not a fork's read-only token, and a rename that
 * would re-post every finding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePatch, pullRequestEvent, startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { runAction } from '../harness/run-action.js'
import { SEARCH_PATH, searchV1 } from './fixtures/documents.js'
import { FAST_WRITES, OWNER, REPO, assertBuilt, findingsOf, inputs, makeWorkspace, removeWorkspace, reviewCommentsOn, summaryCommentsOn, threadsOn, writes, E2E_TIMEOUT_MS } from './helpers.js'

const BASE = 'b'.repeat(40)
let gh: FakeGitHub
const workspaces: string[] = []
let nextNumber = 300

type PrFile = { filename: string; status: 'added' | 'modified' | 'renamed'; patch?: string; previous_filename?: string }

async function openPullRequest(options: { workspace: Record<string, string>; files: PrFile[]; token?: string; extraInputs?: Record<string, string>; headRepoFullName?: string; changedFiles?: number | null }) {
  const number = nextNumber++
  const headSha = String(number).padStart(40, 'e')
  const workspace = await makeWorkspace(options.workspace)
  workspaces.push(workspace)
  gh.addPullRequest({ owner: OWNER, repo: REPO, number, headSha, baseSha: BASE, files: options.files, ...(options.headRepoFullName === undefined ? {} : { headRepoFullName: options.headRepoFullName }) })
  const run = (sha = headSha) => {
    const event = pullRequestEvent({ action: 'synchronize', owner: OWNER, repo: REPO, number, headSha: sha, baseSha: BASE, ...(options.headRepoFullName === undefined ? {} : { headRepoFullName: options.headRepoFullName }) })
    // The payload's pull_request counts every changed file, also those past the 3,000 GitHub lists.
    const pull = event['pull_request'] as { changed_files?: number }
    if (options.changedFiles === null) delete pull.changed_files
    else pull.changed_files = options.changedFiles ?? options.files.length
    return runAction({ github: gh, eventName: 'pull_request', workspace, inputs: inputs({ 'github-token': options.token ?? 'ghs_write', ...options.extraInputs }), env: FAST_WRITES, event })
  }
  return { number, headSha, workspace, run }
}

beforeAll(async () => {
  assertBuilt()
  gh = await startFakeGitHub({ contentCreationLimits: false })
  gh.addToken('ghs_write', 'write')
  gh.addToken('ghs_read', 'read')
  gh.addRepo({ owner: OWNER, name: REPO, collaborators: ['dana-ops'] })
})

afterAll(async () => {
  await gh?.close()
  for (const workspace of workspaces) await removeWorkspace(workspace)
})

describe("files past GitHub's 3,000-file list", { timeout: E2E_TIMEOUT_MS }, () => {
  it('a post-mortem listed 3,201st of 3,500 files is still linted, and the summary says why', async () => {
    const filler = Array.from({ length: 3500 }, (_, index): PrFile => ({ filename: `vendor/file-${String(index).padStart(4, '0')}.txt`, status: 'added', patch: makePatch('x\n') }))
    filler[3200] = { filename: SEARCH_PATH, status: 'added', patch: makePatch(searchV1) }
    const pr = await openPullRequest({ workspace: { [SEARCH_PATH]: searchV1 }, files: filler })
    const result = await pr.run()
    const errors = (await findingsOf(SEARCH_PATH, searchV1)).filter((finding) => finding.severity === 'error')
    expect(result.outputs['files'], result.stdout).toBe('1')
    expect(result.outputs['errors']).toBe(String(errors.length))
    expect(result.code).toBe(1)
    expect(summaryCommentsOn(gh, pr.number)[0]?.body).toMatch(/GitHub listed 3000 of the 3500 files/)
  })

  it('without changed_files in the payload, a list of exactly 3,000 files is taken as cut short', async () => {
    const filler = Array.from({ length: 3000 }, (_, index): PrFile => ({ filename: `vendor/file-${String(index).padStart(4, '0')}.txt`, status: 'added', patch: makePatch('x\n') }))
    const pr = await openPullRequest({ workspace: { [SEARCH_PATH]: searchV1 }, files: filler, changedFiles: null })
    const result = await pr.run()
    expect(result.outputs['files'], result.stdout).toBe('1')
    expect(result.stdout).toMatch(/GitHub listed 3000 files of this pull request, its limit/)
  })
})

describe('the configuration a pull request brings', { timeout: E2E_TIMEOUT_MS }, () => {
  const switchOff = "ignore: ['postmortems/**']\n"
  const files = (): PrFile[] => [
    { filename: '.postmortemrc.yml', status: 'added', patch: makePatch(switchOff) },
    { filename: SEARCH_PATH, status: 'added', patch: makePatch(searchV1) },
  ]

  it('by default the base branch judges: a configuration that ignores every post-mortem does not switch the check off', async () => {
    const pr = await openPullRequest({ workspace: { '.postmortemrc.yml': switchOff, [SEARCH_PATH]: searchV1 }, files: files() })
    const result = await pr.run()
    expect(result.outputs['files'], result.stdout).toBe('1')
    expect(result.code).toBe(1)
    expect(summaryCommentsOn(gh, pr.number)[0]?.body).toMatch(/changes the configuration \(`\.postmortemrc\.yml`\); it was judged by the base branch's configuration/)
  })

  it("the base branch's own configuration is read from GitHub at the base commit", async () => {
    const pr = await openPullRequest({ workspace: { '.postmortemrc.yml': switchOff, [SEARCH_PATH]: searchV1 }, files: files() })
    gh.addFileAtCommit({ owner: OWNER, repo: REPO, sha: BASE, path: '.postmortemrc.yml', text: 'rules:\n  action-item-owner: off\n  action-item-deadline: off\n' })
    const result = await pr.run()
    const all = await findingsOf(SEARCH_PATH, searchV1)
    const kept = all.filter((finding) => !['action-item-owner', 'action-item-deadline'].includes(finding.ruleId))
    expect(result.outputs['files'], result.stdout).toBe('1')
    expect(Number(result.outputs['errors']) + Number(result.outputs['warnings'])).toBe(kept.filter((finding) => finding.severity !== 'info').length)
  })

  it('config-from: head uses the pull request\'s own configuration, and the summary says so', async () => {
    const pr = await openPullRequest({ workspace: { '.postmortemrc.yml': "rules:\n  metadata: off\n", [SEARCH_PATH]: searchV1 }, files: [{ filename: '.postmortemrc.yml', status: 'added', patch: makePatch('rules:\n  metadata: off\n') }, { filename: SEARCH_PATH, status: 'added', patch: makePatch(searchV1) }], extraInputs: { 'config-from': 'head' } })
    const result = await pr.run()
    expect(result.outputs['files'], result.stdout).toBe('1')
    expect(summaryCommentsOn(gh, pr.number)[0]?.body).toMatch(/judged it by that changed configuration \(config-from: head\)/)
  })
})

describe('403s told apart', { timeout: E2E_TIMEOUT_MS }, () => {
  const files = (): PrFile[] => [{ filename: SEARCH_PATH, status: 'added', patch: makePatch(searchV1) }]

  it('a same-repository pull request whose token lacks pull-requests: write fails red, naming the permission', async () => {
    const pr = await openPullRequest({ workspace: { [SEARCH_PATH]: searchV1 }, files: files(), token: 'ghs_read', extraInputs: { 'fail-on': 'never' } })
    const result = await pr.run()
    expect(result.code, result.stdout).toBe(1)
    const failure = result.annotations.find((annotation) => annotation.level === 'error' && annotation.file === undefined)?.message ?? ''
    expect(failure).toMatch(/lacks the permission `[^`]*pull-requests: write/)
    expect(failure).toMatch(/not from a fork/)
    expect(result.summary).not.toContain('as for pull requests from forks')
  })

  it('a fork with the same read-only token stays the expected case: a note, and the lint decides', async () => {
    const pr = await openPullRequest({ workspace: { [SEARCH_PATH]: searchV1 }, files: files(), token: 'ghs_read', headRepoFullName: 'outsider/ops', extraInputs: { 'fail-on': 'never' } })
    const result = await pr.run()
    expect(result.code, result.stdout).toBe(0)
    expect(result.summary).toContain('as for pull requests from forks')
  })

  it.each([
    ['SAML enforcement', 'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.', /SAML single sign-on/],
    ['a locked conversation', 'Unable to create comment because issue is locked.', /conversation is locked/],
  ])('%s fails red with what to change', async (_name, message, expected) => {
    const pr = await openPullRequest({ workspace: { [SEARCH_PATH]: searchV1 }, files: files(), extraInputs: { 'fail-on': 'never' } })
    gh.faults.add({ method: 'POST', path: `/repos/${OWNER}/${REPO}/pulls/${pr.number}/reviews`, kind: 'forbidden', message })
    const result = await pr.run()
    expect(result.code, result.stdout).toBe(1)
    expect(result.annotations.find((annotation) => annotation.level === 'error' && annotation.file === undefined)?.message).toMatch(expected)
    expect(result.summary).not.toContain('as for pull requests from forks')
  })
})

describe('a renamed post-mortem', { timeout: E2E_TIMEOUT_MS }, () => {
  it('keeps its findings across the rename: nothing is posted twice, no thread is resolved', async () => {
    const OLD = 'postmortems/2025-06-02-search-stalled.md'
    // The base had a stub under the old name; the pull request rewrote it, so every line is in the diff.
    const before = '# Post-Mortem: draft\n'
    const pr = await openPullRequest({ workspace: { [OLD]: searchV1 }, files: [{ filename: OLD, status: 'modified', patch: makePatch(searchV1, before) }] })
    const first = await pr.run()
    expect(first.outputs['files'], first.stdout).toBe('1')
    const posted = reviewCommentsOn(gh, pr.number).length
    expect(posted).toBeGreaterThan(0)
    const renamedSha = 'f'.repeat(40)
    gh.pushToPullRequest({ owner: OWNER, repo: REPO, number: pr.number, headSha: renamedSha, files: [{ filename: SEARCH_PATH, status: 'renamed', previous_filename: OLD, patch: makePatch(searchV1, before) }] })
    await removeWorkspace(pr.workspace)
    const { writeWorkspace } = await import('./helpers.js')
    await writeWorkspace(pr.workspace, { [SEARCH_PATH]: searchV1 })
    gh.clearRequests()
    const second = await pr.run(renamedSha)
    expect(second.outputs['files'], second.stdout).toBe('1')
    expect(reviewCommentsOn(gh, pr.number)).toHaveLength(posted)
    expect(threadsOn(gh, pr.number).filter((thread) => thread.isResolved)).toEqual([])
    expect(writes(gh).filter((request) => /reviews|graphql/.test(request.path))).toEqual([])
  })
})
