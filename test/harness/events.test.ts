// pullRequestEvent() must produce what GitHub documents for pull_request webhooks.
import { describe, expect, it } from 'vitest'
import { pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent } from './events.js'
import { githubContract } from './openapi.js'

const BASE_INPUT = { owner: 'acme', repo: 'ops', number: 3, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) }

describe('pullRequestEvent', () => {
  it.each([
    ['opened', 'pull-request-opened'],
    ['synchronize', 'pull-request-synchronize'],
    ['reopened', 'pull-request-reopened'],
    ['edited', 'pull-request-edited'],
    ['closed', 'pull-request-closed'],
  ])('matches GitHub documented schema for action %s', (action, webhook) => {
    const payload = pullRequestEvent({ ...BASE_INPUT, action })
    const payloadWithChanges = action === 'edited' ? { ...payload, changes: { title: { from: 'Old title' } } } : payload
    expect(githubContract().validateWebhook(webhook, payloadWithChanges)).toEqual([])
  })

  it('rejects a payload missing what GitHub always sends (the schema check has teeth)', () => {
    const payload = pullRequestEvent({ ...BASE_INPUT, action: 'opened' })
    const pull = payload['pull_request'] as Record<string, unknown>
    delete pull['head']
    expect(githubContract().validateWebhook('pull-request-opened', payload)).not.toEqual([])
  })

  it('carries head, base, fork flag and sender', () => {
    const payload = pullRequestEvent({ ...BASE_INPUT, action: 'opened', headRepoFullName: 'mallory/ops', sender: 'mallory', author: 'mallory' })
    const pull = payload['pull_request'] as {
      head: { sha: string; ref: string; repo: { full_name: string; fork: boolean } }
      base: { sha: string; ref: string; repo: { full_name: string; fork: boolean } }
      html_url: string
      user: { login: string }
      state: string
      draft: boolean
    }
    expect(payload).toMatchObject({ action: 'opened', number: 3, sender: { login: 'mallory' } })
    expect(pull.head).toMatchObject({ sha: 'a'.repeat(40), repo: { full_name: 'mallory/ops', fork: true } })
    expect(pull.base).toMatchObject({ sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/ops', fork: false } })
    expect(pull).toMatchObject({ html_url: 'https://github.com/acme/ops/pull/3', user: { login: 'mallory' }, state: 'open', draft: false })
    expect(payload['repository']).toMatchObject({ full_name: 'acme/ops', name: 'ops', owner: { login: 'acme' }, default_branch: 'main' })
  })

  it('describes a merge for closed, and before/after for synchronize', () => {
    const closed = pullRequestEvent({ ...BASE_INPUT, action: 'closed' })
    expect(closed['pull_request']).toMatchObject({ state: 'closed', merged: true })
    const unmerged = pullRequestEvent({ ...BASE_INPUT, action: 'closed', merged: false })
    expect(unmerged['pull_request']).toMatchObject({ state: 'closed', merged: false, merged_at: null })
    const pushed = pullRequestEvent({ ...BASE_INPUT, action: 'synchronize', before: 'c'.repeat(40) })
    expect(pushed).toMatchObject({ before: 'c'.repeat(40), after: 'a'.repeat(40) })
  })
})

describe('other events', () => {
  it('pushEvent matches GitHub documented push schema', () => {
    const payload = pushEvent({
      owner: 'acme',
      repo: 'ops',
      before: 'b'.repeat(40),
      after: 'a'.repeat(40),
      commits: [{ id: 'a'.repeat(40), message: 'Add post-mortem', added: ['postmortems/db.md'] }],
    })
    expect(githubContract().validateWebhook('push', payload)).toEqual([])
    const { pusher: _pusher, ...withoutPusher } = payload
    expect(githubContract().validateWebhook('push', withoutPusher)).toEqual(["(root) must have required property 'pusher'"])
    expect(payload).toMatchObject({ ref: 'refs/heads/main', after: 'a'.repeat(40), created: false, head_commit: { id: 'a'.repeat(40) } })
  })

  it('workflowDispatchEvent matches GitHub documented workflow_dispatch schema', () => {
    const payload = workflowDispatchEvent({ owner: 'acme', repo: 'ops', inputs: { mode: 'nag' }, sender: 'alice' })
    expect(githubContract().validateWebhook('workflow-dispatch', payload)).toEqual([])
    expect(payload).toMatchObject({ inputs: { mode: 'nag' }, sender: { login: 'alice' }, repository: { full_name: 'acme/ops' } })
  })

  it('scheduleEvent carries the cron and the repository', () => {
    const payload = scheduleEvent({ owner: 'acme', repo: 'ops', schedule: '0 9 * * 1' })
    expect(payload).toMatchObject({ schedule: '0 9 * * 1', repository: { full_name: 'acme/ops', default_branch: 'main' } })
  })
})
