import { describe, expect, it } from 'vitest'
import { readPullRequestEvent } from '../../../src/modes/event.js'
import { postmortemMatcher } from '../../../src/modes/files.js'
import { pickMode } from '../../../src/modes/pick.js'
import { verdict } from '../../../src/report/verdict.js'
import { finding } from './helpers.js'

describe('pickMode', () => {
  it('lints the pull request on the reviewed pull_request actions', () => {
    for (const action of ['opened', 'synchronize', 'reopened', 'ready_for_review']) {
      expect(pickMode('auto', 'pull_request', action)).toEqual({ kind: 'lint-pr' })
    }
    expect(pickMode('lint', 'pull_request', 'opened')).toEqual({ kind: 'lint-pr' })
  })

  it('skips other pull request activity without failing', () => {
    expect(pickMode('auto', 'pull_request', 'labeled')).toMatchObject({ kind: 'skip' })
  })

  it('lints the workspace on a push to another branch, or when lint is forced', () => {
    expect(pickMode('auto', 'push', undefined)).toEqual({ kind: 'lint-workspace' })
    expect(pickMode('auto', 'push', undefined, false)).toEqual({ kind: 'lint-workspace' })
    expect(pickMode('lint', 'workflow_dispatch', undefined)).toEqual({ kind: 'lint-workspace' })
    expect(pickMode('lint', 'schedule', undefined)).toEqual({ kind: 'lint-workspace' })
  })

  it('picks schedule mode on schedule, or when nag is forced', () => {
    expect(pickMode('auto', 'schedule', undefined)).toEqual({ kind: 'nag' })
    expect(pickMode('nag', 'workflow_dispatch', undefined)).toEqual({ kind: 'nag' })
  })

  it('syncs on a push to the default branch and on workflow_dispatch, or when sync is forced on those events', () => {
    expect(pickMode('auto', 'push', undefined, true)).toEqual({ kind: 'sync' })
    expect(pickMode('auto', 'workflow_dispatch', undefined)).toEqual({ kind: 'sync' })
    expect(pickMode('sync', 'push', undefined, false)).toEqual({ kind: 'sync' })
    expect(pickMode('sync', 'pull_request', 'opened')).toMatchObject({ kind: 'unavailable', message: expect.stringContaining('runs on push or workflow_dispatch') })
  })

  it('says that a merged pull request syncs on its push', () => {
    expect(pickMode('auto', 'pull_request', 'closed')).toMatchObject({ kind: 'skip', reason: expect.stringContaining('push it makes to the default branch') })
  })

  it('does not treat pull_request_target (base checkout) as a pull request to lint', () => {
    expect(pickMode('auto', 'pull_request_target', 'opened')).toMatchObject({ kind: 'skip' })
  })
})

describe('readPullRequestEvent', () => {
  const payload = (head: string | null) => ({
    action: 'opened',
    pull_request: { number: 4, head: { sha: 'f'.repeat(40), repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: 'acme/ops' } } },
  })

  it('reads the pull request and tells a same-repository branch from a fork', () => {
    expect(readPullRequestEvent(payload('acme/ops'), undefined)).toEqual({
      ref: { owner: 'acme', repo: 'ops', number: 4 },
      info: { number: 4, headSha: 'f'.repeat(40), fromFork: false, fromDependabot: false },
    })
    expect(readPullRequestEvent(payload('someone/ops'), undefined).info.fromFork).toBe(true)
    expect(readPullRequestEvent(payload(null), undefined).info.fromFork).toBe(true)
  })

  it('names what is missing from a malformed payload', () => {
    expect(() => readPullRequestEvent({}, 'acme/ops')).toThrow('no pull_request object')
    expect(() => readPullRequestEvent({ pull_request: { number: 1, base: { repo: { full_name: 'acme/ops' } } } }, undefined)).toThrow('pull_request.head.sha')
  })
})

describe('postmortemMatcher', () => {
  it('keeps files matching the paths input and not ignored by the config', () => {
    const matches = postmortemMatcher(['postmortems/**/*.md'], ['**/TEMPLATE.md'])
    expect(matches('postmortems/2024/db.md')).toBe(true)
    expect(matches('postmortems/TEMPLATE.md')).toBe(false)
    expect(matches('docs/db.md')).toBe(false)
  })

  it('reads `!glob` lines of the paths input as exclusions', () => {
    const matches = postmortemMatcher(['postmortems/**/*.md', '!postmortems/drafts/**'], [])
    expect(matches('postmortems/2024/db.md')).toBe(true)
    expect(matches('postmortems/drafts/db.md')).toBe(false)
  })
})

describe('verdict', () => {
  const files = [{ findings: [finding({ line: 1, severity: 'warning' }), finding({ line: 2, severity: 'info' })] }]

  it('applies fail-on', () => {
    expect(verdict(files, 'error', []).failed).toBe(false)
    expect(verdict(files, 'warning', []).failed).toBe(true)
    expect(verdict([{ findings: [finding({ line: 1 })] }], 'never', []).failed).toBe(false)
  })

  it('fails and lists writes that failed, whatever the lint says', () => {
    const result = verdict([], 'never', ['Creating the review failed (HTTP 502): Bad Gateway'])
    expect(result.failed).toBe(true)
    expect(result.message).toContain('Creating the review failed (HTTP 502)')
  })
})

describe('lintAll', () => {
  it('turns a file whose linting throws into a finding on that file and lints the others', async () => {
    const { lintAll } = await import('../../../src/modes/files.js')
    const { defaultConfig } = await import('../../../src/config/defaults.js')
    const lintFile = async (_workspace: string, path: string) => {
      if (path === 'b.md') throw new Error('boom')
      return { path, findings: [finding({ line: 1 })] }
    }
    const outcome = await lintAll('/ws', ['a.md', 'b.md', 'c.md'], defaultConfig(), lintFile)
    expect(outcome.files.map((file) => file.path)).toEqual(['a.md', 'b.md', 'c.md'])
    expect(outcome.crashed).toEqual(new Set(['b.md']))
    expect(outcome.files[1]).toMatchObject({ skipped: true, findings: [{ ruleId: 'internal-error', severity: 'error', message: 'Unexpected failure while linting: boom' }] })
    expect(outcome.files[2]!.findings).toHaveLength(1)
  })
})
