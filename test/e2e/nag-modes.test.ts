/**
 * Schedule mode end to end, the smaller cases: "today" in a time zone where it is not UTC's
 * today, the digest in the job summary, a dry run, bad inputs and bad documents.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DIGEST_TITLE } from '../../src/report/digest.js'
import { readIssueCommentMarker } from '../../src/report/markers.js'
import { scheduleEvent, startFakeGitHub, workflowDispatchEvent, type FakeGitHub } from '../harness/fake-github.js'
import { runAction } from '../harness/run-action.js'
import { assertBuilt, E2E_TIMEOUT_MS, FAST_WRITES, inputs, makeWorkspace, removeWorkspace } from './helpers.js'
import { BOT, seedIssues } from './nag-seed.js'
import { AUTHORS, buildWorld, COLLABORATORS, OWNER, renderPostmortem, REPO, type WorldPostmortem } from './nag-world.js'

const START = '2026-03-02'

/** One post-mortem, three items: due 2026-03-09 (P2), due 2026-03-30 (P1), and one without an ID. */
function smallWorld(): WorldPostmortem[] {
  return buildWorld({ postmortems: 1, itemsPerPostmortem: 3, start: START, deadlineOffset: (k) => [7, 28, 7][k] ?? 7 }).map((postmortem) => ({
    ...postmortem,
    items: postmortem.items.map((item, index) => ({ ...item, owner: `@${COLLABORATORS[index]}`, priority: index === 1 ? 'P1' : 'P2', ...(index === 2 ? {} : { id: `AI-${index + 1}` }) })),
  }))
}

describe('schedule mode, end to end', () => {
  let gh: FakeGitHub
  let workspace: string
  let clock: Date
  let world: WorldPostmortem[]

  beforeEach(async () => {
    assertBuilt()
    clock = new Date('2026-03-09T20:00:00Z')
    gh = await startFakeGitHub({ now: () => clock })
    gh.addToken('ghs_write', 'write')
    gh.addRepo({ owner: OWNER, name: REPO, collaborators: [...COLLABORATORS, ...AUTHORS] })
    world = smallWorld()
    for (const postmortem of world) delete postmortem.items[2]?.id
    workspace = await makeWorkspace(Object.fromEntries(world.map((postmortem) => [postmortem.path, renderPostmortem(postmortem)])))
    seedIssues(gh, world, START)
  })

  afterEach(async () => {
    await gh.close()
    await removeWorkspace(workspace)
  })

  const run = (extra: Record<string, string> = {}, env: Record<string, string> = {}) =>
    runAction({
      github: gh,
      eventName: 'schedule',
      event: scheduleEvent({ owner: OWNER, repo: REPO, schedule: '17 7 * * *' }),
      workspace,
      inputs: inputs(extra),
      env: { ...FAST_WRITES, POSTMORTEM_NOW: clock.toISOString(), ...env },
    })

  const reminders = () => gh.state.issueComments.filter((comment) => comment.user?.login === BOT).map((comment) => readIssueCommentMarker(comment.body ?? ''))

  it(
    'computes "today" in the timezone: 20:00 UTC on the 9th is already the 10th in Auckland',
    async () => {
      const utc = await run()
      expect(utc.code).toBe(0)
      expect(reminders()).toEqual(['nag:due-soon:2026-03-09'])
      // Same instant, the team in Auckland: the item is a day late there.
      const auckland = await run({ timezone: 'Pacific/Auckland' })
      expect(auckland.code).toBe(0)
      expect(reminders()).toEqual(['nag:due-soon:2026-03-09', 'nag:overdue:2026-03-10'])
      expect(gh.state.issues.find((issue) => issue.number === 1)?.labels.map((label) => (typeof label === 'string' ? label : label.name))).toContain('overdue')
      const overdue = gh.state.issueComments.find((comment) => readIssueCommentMarker(comment.body ?? '')?.startsWith('nag:overdue'))?.body ?? ''
      expect(overdue).toContain('1 day late')
      expect(overdue).toMatch(/\[the item's line in the post-mortem\]\(https:\/\/github\.com\/acme\/ops\/blob\/[0-9a-f]{40}\/postmortems\/[^)]+\.md#L\d+\)/)
    },
    E2E_TIMEOUT_MS,
  )

  it(
    'writes the digest to the job summary with digest: summary, and no digest issue',
    async () => {
      const result = await run({ digest: 'summary' })
      expect(result.code).toBe(0)
      expect(result.summary).toContain(`## ${DIGEST_TITLE}`)
      expect(result.summary).toMatch(/### Not tracked[\s\S]*\(no ID\)/)
      expect(gh.state.issues.filter((issue) => issue.title === DIGEST_TITLE)).toEqual([])
    },
    E2E_TIMEOUT_MS,
  )

  it(
    'a dry run reads GitHub and writes nothing, listing what it would write',
    async () => {
      const result = await run({ 'dry-run': 'true' })
      expect(result.code).toBe(0)
      expect(gh.requests.filter((request) => request.isWrite)).toEqual([])
      expect(result.summary).toMatch(/Dry run: reminders for 2026-03-09[\s\S]*comment on #1 \(due-soon\)[\s\S]*create the digest issue/)
    },
    E2E_TIMEOUT_MS,
  )

  it(
    'names a bad input and writes nothing',
    async () => {
      const result = await run({ timezone: 'Mars/Olympus' })
      expect(result.code).toBe(1)
      expect(result.annotations.map((annotation) => annotation.message).join('\n')).toContain('Input "timezone" is "Mars/Olympus", expected an IANA time zone')
      expect(gh.requests.filter((request) => request.isWrite)).toEqual([])
      const badClock = await run({}, { POSTMORTEM_NOW: 'next tuesday' })
      expect(badClock.code).toBe(1)
      expect(badClock.annotations.map((annotation) => annotation.message).join('\n')).toContain('POSTMORTEM_NOW is "next tuesday"')
    },
    E2E_TIMEOUT_MS,
  )
})

describe('schedule mode on the issues merge mode itself created', () => {
  it(
    'reminds on them, and its record survives a later merge-mode run',
    async () => {
      assertBuilt()
      let clock = new Date('2026-03-02T12:00:00Z')
      const gh = await startFakeGitHub({ now: () => clock })
      const world = smallWorld()
      const workspace = await makeWorkspace(Object.fromEntries(world.map((postmortem) => [postmortem.path, renderPostmortem(postmortem)])))
      try {
        gh.addToken('ghs_write', 'write')
        gh.addRepo({ owner: OWNER, name: REPO, collaborators: [...COLLABORATORS, ...AUTHORS] })
        const sync = () =>
          runAction({
            github: gh,
            eventName: 'workflow_dispatch',
            event: workflowDispatchEvent({ owner: OWNER, repo: REPO, inputs: { scope: 'all' } }),
            workspace,
            inputs: inputs({ 'fail-on': 'never', scope: 'all' }),
            env: { ...FAST_WRITES, GITHUB_SHA: 'e'.repeat(40), POSTMORTEM_NOW: clock.toISOString() },
          })
        const nag = () =>
          runAction({
            github: gh,
            eventName: 'schedule',
            event: scheduleEvent({ owner: OWNER, repo: REPO, schedule: '17 7 * * *' }),
            workspace,
            inputs: inputs(),
            env: { ...FAST_WRITES, POSTMORTEM_NOW: clock.toISOString() },
          })
        expect((await sync()).code).toBe(0)
        const created = gh.state.issues.length
        expect(created).toBe(3) // two items with an ID and the follow-up review

        clock = new Date('2026-03-06T07:17:00Z')
        expect((await nag()).code).toBe(0)
        const reminded = gh.state.issueComments.filter((comment) => comment.user?.login === BOT).map((comment) => readIssueCommentMarker(comment.body ?? ''))
        expect(reminded).toEqual(['nag:due-soon:2026-03-09'])
        const target = gh.state.issueComments.find((comment) => readIssueCommentMarker(comment.body ?? '') === 'nag:due-soon:2026-03-09')
        expect(target?.body).toContain(`@${COLLABORATORS[0]}`)

        // Merge mode runs again (nothing changed in the document): it keeps the body's text outside its block.
        gh.clearRequests()
        expect((await sync()).code).toBe(0)
        expect(gh.requests.filter((request) => request.isWrite)).toEqual([])
        gh.clearRequests()
        expect((await nag()).code).toBe(0)
        expect(gh.requests.filter((request) => request.isWrite)).toEqual([])
        expect(gh.requests.filter((request) => request.operationId === 'issues/list-comments')).toEqual([])

        clock = new Date('2026-03-10T07:17:00Z')
        expect((await nag()).code).toBe(0)
        expect(gh.state.issueComments.filter((comment) => comment.user?.login === BOT).map((comment) => readIssueCommentMarker(comment.body ?? '')).filter((key) => key?.startsWith('nag:'))).toEqual([
          'nag:due-soon:2026-03-09',
          'nag:overdue:2026-03-10',
        ])
        expect(gh.state.issues.filter((issue) => issue.title === DIGEST_TITLE)).toHaveLength(1)
        expect(gh.state.issues).toHaveLength(created + 1)
      } finally {
        await gh.close()
        await removeWorkspace(workspace)
      }
    },
    E2E_TIMEOUT_MS,
  )
})
