// runAction runs a script exactly as the runner would; a fixture stands in for dist/index.js.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pullRequestEvent } from './events.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { makePatch } from './make-patch.js'
import { inputVariableName, parseFileCommand, parseWorkflowCommands, runAction, visibleAnnotations } from './run-action.js'

const ENTRY = 'test/harness/fixtures/fake-action.mjs'
const HEAD = 'e'.repeat(40)
let gh: FakeGitHub
let workspace: string

beforeAll(async () => {
  gh = await startFakeGitHub()
  gh.addToken('ghs_write', 'write')
  gh.addRepo({ owner: 'acme', name: 'ops' })
  gh.addPullRequest({
    owner: 'acme',
    repo: 'ops',
    number: 12,
    headSha: HEAD,
    files: [{ filename: 'postmortems/db.md', status: 'added', patch: makePatch('# Post-Mortem\n') }],
  })
  workspace = await mkdtemp(join(tmpdir(), 'workspace-'))
})

afterAll(async () => {
  await gh.close()
  await rm(workspace, { recursive: true, force: true })
})

const event = () =>
  pullRequestEvent({ action: 'opened', owner: 'acme', repo: 'ops', number: 12, headSha: HEAD, baseSha: 'f'.repeat(40) })

describe('runAction', () => {
  it('runs the entry like the runner: inputs, event, API URL, outputs, summary, annotations', async () => {
    process.env['INPUT_LEAKED'] = 'from the parent'
    let result
    try {
      result = await runAction({
        entry: ENTRY,
        github: gh,
        eventName: 'pull_request',
        event: event(),
        workspace,
        inputs: { 'github-token': 'ghs_write' },
        timeoutMs: 20_000,
      })
    } finally {
      delete process.env['INPUT_LEAKED']
    }
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(gh.state.issueComments.map((comment) => comment['body'])).toEqual(['files: 1'])

    expect(result.outputs).toEqual({ findings: '2', report: 'line one\nline two' })
    expect(result.exportedEnv).toEqual({ POSTMORTEM_CHECKED: 'yes' })
    expect(result.summary).toBe('<h1>Post-mortem lint</h1>\nChecked 1 file(s).')
    expect(result.summaryWithinLimit).toBe(true)
    expect(result.visibleAnnotations).toEqual(result.annotations)
    expect(result.annotations).toEqual([
      {
        level: 'error',
        file: 'postmortems/db.md',
        line: 12,
        col: 3,
        endLine: 12,
        endColumn: 9,
        title: 'postmortem-lint: timeline-utc',
        message: 'Timeline entry is not in UTC: 10:05 CEST',
      },
      {
        level: 'warning',
        file: undefined,
        line: undefined,
        col: undefined,
        endLine: undefined,
        endColumn: undefined,
        title: undefined,
        message: 'Action item AI-2 has no owner,\nassign one',
      },
      {
        level: 'notice',
        file: undefined,
        line: undefined,
        col: undefined,
        endLine: undefined,
        endColumn: undefined,
        title: undefined,
        message: '3 files checked',
      },
    ])
    expect(result.debug).toEqual(['debug detail'])

    const seen = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>
    expect(seen).toMatchObject({
      cwd: workspace,
      repository: 'acme/ops',
      ref: 'refs/pull/12/merge',
      headRef: 'postmortem-12',
      eventName: 'pull_request',
      leaked: null,
      ci: 'true',
      actions: 'true',
    })
    expect(seen['sha']).toMatch(/^[0-9a-f]{40}$/)
  })

  it('reports the exit code of a failing action and its ::error::', async () => {
    const result = await runAction({
      entry: ENTRY,
      github: gh,
      eventName: 'pull_request',
      event: event(),
      workspace,
      inputs: { 'github-token': 'ghs_write', mode: 'fail' },
    })
    expect(result.code).toBe(1)
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'error', message: 'configured to fail' })])
  })

  it('fails a missing required input the way @actions/core does', async () => {
    const result = await runAction({ entry: ENTRY, github: gh, eventName: 'pull_request', event: event(), workspace })
    expect(result.code).toBe(1)
    expect(result.annotations[0]?.message).toBe('Input required and not supplied: github-token')
  })

  it('flags a job summary over the 1 MiB the runner accepts', async () => {
    const result = await runAction({
      entry: ENTRY,
      github: gh,
      eventName: 'pull_request',
      event: event(),
      workspace,
      inputs: { 'github-token': 'ghs_write', mode: 'big-summary' },
    })
    expect(result.code).toBe(0)
    expect(result.summaryWithinLimit).toBe(false)
  })

  it('kills a hanging action at timeoutMs', async () => {
    const result = await runAction({
      entry: ENTRY,
      github: gh,
      eventName: 'pull_request',
      event: event(),
      workspace,
      inputs: { 'github-token': 'ghs_write', mode: 'hang' },
      timeoutMs: 500,
    })
    expect(result.timedOut).toBe(true)
    expect(result.code).toBeNull()
    expect(result.signal).toBe('SIGKILL')
  })
})

describe('runner conventions', () => {
  it('names inputs like the runner: upper-case, spaces to underscores, dashes kept', () => {
    expect(inputVariableName('github-token')).toBe('INPUT_GITHUB-TOKEN')
    expect(inputVariableName('fail on')).toBe('INPUT_FAIL_ON')
  })

  it('parses heredoc and key=value file commands, and refuses an unterminated heredoc', () => {
    expect(parseFileCommand('a<<EOF_1\nx\ny\nEOF_1\nb=2\n')).toEqual({ a: 'x\ny', b: '2' })
    expect(() => parseFileCommand('a<<EOF_1\nx\n')).toThrow(/no closing delimiter/)
  })

  it('keeps only the 10 annotations of each level that GitHub shows', () => {
    const lines = [
      ...Array.from({ length: 12 }, (_, index) => `::error::e${index}`),
      ...Array.from({ length: 3 }, (_, index) => `::warning::w${index}`),
    ]
    const { annotations } = parseWorkflowCommands(lines.join('\n'))
    const shown = visibleAnnotations(annotations).map((annotation) => annotation.message)
    expect(shown).toEqual([...Array.from({ length: 10 }, (_, index) => `e${index}`), 'w0', 'w1', 'w2'])
  })

  it('unescapes command properties and data and ignores commands while stopped', () => {
    const { annotations } = parseWorkflowCommands(
      [
        '::warning file=a%2Cb.md,line=4,title=x%3Ay::50%25 done%0Anext',
        '::stop-commands::tok',
        '::error::hidden',
        '::tok::',
        'plain text ::error::not at line start',
        '::error::shown',
      ].join('\n'),
    )
    expect(annotations.map((annotation) => [annotation.level, annotation.file, annotation.title, annotation.message])).toEqual([
      ['warning', 'a,b.md', 'x:y', '50% done\nnext'],
      ['error', undefined, undefined, 'shown'],
    ])
  })
})
