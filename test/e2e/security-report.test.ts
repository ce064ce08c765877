/**
 * Issue #11, "HTML injection through a file path" and "stylish prints paths at the start of a
 * line": paths are chosen by a pull request's author and land in the summary comment (inside
 * HTML), the job summary, annotations, and the CLI's output in a workflow log.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { micromark } from 'micromark'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePatch, pullRequestEvent, startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { runAction } from '../harness/run-action.js'
import { assertBuilt as assertCliBuilt, runCli, temporaryFolder } from '../cli/run-cli.js'
import { searchV1 } from './fixtures/documents.js'
import { OWNER, REPO, assertBuilt, inputs, makeWorkspace, removeWorkspace, summaryCommentsOn, E2E_TIMEOUT_MS } from './helpers.js'

/** A legal file name on Linux: backticks close the code span, then HTML closes <summary> and <details>. */
const HOSTILE_PATH = 'postmortems/x`</code></summary></details><h1>Injected</h1><img src=x onerror=alert(1)>`.md'
let gh: FakeGitHub
const workspaces: string[] = []

beforeAll(async () => {
  assertBuilt()
  assertCliBuilt()
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addRepo({ owner: OWNER, name: REPO, collaborators: ['dana-ops'] })
})

afterAll(async () => {
  await gh?.close()
  for (const workspace of workspaces) await removeWorkspace(workspace)
})

describe('paths in reports', { timeout: E2E_TIMEOUT_MS }, () => {
  it('a path with backticks and HTML stays text in the summary comment, the job summary and annotations', async () => {
    const workspace = await makeWorkspace({ [HOSTILE_PATH]: searchV1 })
    workspaces.push(workspace)
    const headSha = '7'.repeat(40)
    gh.addPullRequest({ owner: OWNER, repo: REPO, number: 71, headSha, baseSha: 'b'.repeat(40), files: [{ filename: HOSTILE_PATH, status: 'added', patch: makePatch(searchV1) }] })
    const result = await runAction({
      github: gh,
      eventName: 'pull_request',
      workspace,
      inputs: inputs(),
      event: pullRequestEvent({ action: 'opened', owner: OWNER, repo: REPO, number: 71, headSha, baseSha: 'b'.repeat(40) }),
    })
    expect(result.outputs['files'], result.stdout).toBe('1')
    const [summary] = summaryCommentsOn(gh, 71)
    expect(summary?.body).toContain('Timeline of <code>')
    // Rendered as GitHub renders a comment: Markdown, with HTML passed through.
    for (const rendered of [micromark(summary!.body, { allowDangerousHtml: true }), micromark(result.summary, { allowDangerousHtml: true })]) {
      expect(rendered).not.toContain('<h1>')
      expect(rendered).not.toContain('<img')
      expect(rendered).toContain('Injected')
    }
    expect(result.annotations.some((annotation) => annotation.file === HOSTILE_PATH)).toBe(true)
  })

  it('the CLI in a workflow: a file named like a workflow command prints as a path, never as a command', async () => {
    const folder = temporaryFolder()
    const name = '::warning title=Injected::owned.md'
    await mkdir(dirname(join(folder, name)), { recursive: true })
    await writeFile(join(folder, name), searchV1)
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const run = runCli(['lint', '--format', format, '--', name], { cwd: folder, env: { GITHUB_ACTIONS: 'true' } })
      expect(run.stdout, format).toContain('owned.md')
      const commands = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /^\s*::/.test(line))
      // Only the github format writes commands, and then only annotations whose properties are escaped.
      for (const line of commands) expect(line, format).toMatch(/^::(error|warning|notice) file=%3A%3Awarning title=Injected%3A%3Aowned\.md,/)
      if (format !== 'github') expect(commands, format).toEqual([])
    }
  })
})
