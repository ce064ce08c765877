/**
 * Five simulated weeks of schedule mode: 300 action items across 20 post-mortems, the issues
 * merge mode made for them, and one scheduled run of the built `dist/index.js` a day against
 * the fake GitHub, `POSTMORTEM_NOW` moved each day. Each day's comments, labels and escalations
 * are checked against what the issue asks for (computed below from the rules, not from the
 * planner), and none may appear twice.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '../../src/plan/calendar.js'
import { readLedger } from '../../src/plan/nag-ledger.js'
import { DIGEST_TITLE } from '../../src/report/digest.js'
import { readIssueCommentMarker } from '../../src/report/markers.js'
import { scheduleEvent, startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { runAction, type RunActionResult } from '../harness/run-action.js'
import { assertBuilt, E2E_TIMEOUT_MS, FAST_WRITES, inputs, makeWorkspace, removeWorkspace } from './helpers.js'
import { BOT, seedIssues, type Seeded, type SeededItem } from './nag-seed.js'
import { AUTHORS, buildWorld, COLLABORATORS, FIVE_WEEKS, OWNER, renderPostmortem, REPO, type WorldPostmortem } from './nag-world.js'

const START = FIVE_WEEKS.start
const DAYS = 35
const MOVED_ON = 9
const CLOSED_ON = 11
const BUDGET_DAY = 14
const RATE_LIMITED_DAY = 21
const RERUN_DAY = 20

interface Expected {
  comments: string[]
  overdueLabelled: Set<number>
}

/** The rules of issue #8, item by item, day by day: what a correct run posts. */
class Oracle {
  private readonly soonFor = new Map<number, string>()
  private readonly lastOverdue = new Map<number, string>()
  private readonly lastEscalation = new Map<number, string>()
  private readonly lastReview = new Map<number, string>()

  constructor(
    private readonly seeded: Seeded,
    private readonly deadlineOf: (item: SeededItem, today: string) => string,
    private readonly closedBy: (item: SeededItem, today: string) => boolean,
  ) {}

  day(today: string): Expected {
    const comments: string[] = []
    const overdueLabelled = new Set<number>()
    for (const seeded of this.seeded.items) {
      if (this.closedBy(seeded, today)) continue
      const deadline = this.deadlineOf(seeded, today)
      const left = daysBetween(today, deadline)
      if (left >= 0) {
        if (left <= 3 && this.soonFor.get(seeded.number) !== deadline) {
          this.soonFor.set(seeded.number, deadline)
          comments.push(`#${seeded.number} due-soon`)
        }
        continue
      }
      overdueLabelled.add(seeded.number)
      const last = this.lastOverdue.get(seeded.number)
      if (last === undefined || daysBetween(last, today) >= 7) {
        this.lastOverdue.set(seeded.number, today)
        comments.push(`#${seeded.number} overdue`)
      }
      const escalates = seeded.item.priority === 'P0' || seeded.item.priority === 'P1'
      const lastEscalation = this.lastEscalation.get(seeded.number)
      if (escalates && -left >= 7 && (lastEscalation === undefined || daysBetween(lastEscalation, today) >= 7)) {
        this.lastEscalation.set(seeded.number, today)
        comments.push(`#${seeded.number} escalation`)
      }
    }
    for (const followUp of this.seeded.followUps) {
      const last = this.lastReview.get(followUp.number)
      if (daysBetween(followUp.due, today) >= 0 && (last === undefined || daysBetween(last, today) >= 7)) {
        this.lastReview.set(followUp.number, today)
        comments.push(`#${followUp.number} follow-up`)
      }
    }
    return { comments: comments.sort(), overdueLabelled }
  }
}

function commentKey(comment: { issue_url?: string; body?: string | null }): string {
  const number = comment.issue_url?.split('/').pop() ?? '?'
  const key = readIssueCommentMarker(comment.body ?? '') ?? ''
  return `#${number} ${key.split(':')[1] ?? key}`
}

describe('schedule mode over five weeks', () => {
  let gh: FakeGitHub
  let workspace: string
  let world: WorldPostmortem[]
  let seeded: Seeded
  let clock = new Date(`${START}T07:17:00Z`)
  const perDay: { day: number; expected: Expected; posted: string[]; labelled: Set<number>; runs: RunActionResult[]; writes: number; rerunWrites?: number }[] = []
  let moved: SeededItem
  let closed: SeededItem
  let movedDeadline: string

  const commentsNow = () => gh.state.issueComments.filter((comment) => comment.user?.login === BOT)
  const overdueIssues = () => new Set(gh.state.issues.filter((issue) => issue.labels.some((label) => (typeof label === 'string' ? label : label.name) === 'overdue')).map((issue) => issue.number))

  async function runDay(today: string, extra: { inputs?: Record<string, string> } = {}): Promise<RunActionResult> {
    clock = new Date(`${today}T07:17:00Z`)
    return runAction({
      github: gh,
      eventName: 'schedule',
      event: scheduleEvent({ owner: OWNER, repo: REPO, schedule: '17 7 * * *' }),
      workspace,
      inputs: inputs({ 'max-writes': '1000', ...extra.inputs }),
      env: { ...FAST_WRITES, POSTMORTEM_NOW: clock.toISOString() },
      timeoutMs: 120_000,
    })
  }

  beforeAll(async () => {
    assertBuilt()
    world = buildWorld()
    // GitHub's content-creation limits are the executor's to pace (its own tests cover them); with a
    // clock frozen for each simulated day they would only turn a busy day into the next day's work.
    gh = await startFakeGitHub({ now: () => clock, contentCreationLimits: false })
    gh.addToken('ghs_write', 'write')
    gh.addToken('ghp_owner', 'write', 'owner-1')
    gh.addRepo({ owner: OWNER, name: REPO, collaborators: [...COLLABORATORS, ...AUTHORS] })
    workspace = await makeWorkspace(Object.fromEntries(world.map((postmortem) => [postmortem.path, renderPostmortem(postmortem)])))
    seeded = seedIssues(gh, world, START)
    // The item whose deadline is moved: late by day 9, low priority, owner assignable.
    moved = seeded.items.find((entry) => entry.item.priority === 'P2' && entry.assignee !== undefined && daysBetween(entry.item.deadline, addDays(START, MOVED_ON)) >= 3) as SeededItem
    movedDeadline = addDays(START, MOVED_ON + 40)
    closed = seeded.items.find((entry) => entry !== moved && entry.item.priority === 'P3' && daysBetween(entry.item.deadline, addDays(START, CLOSED_ON)) >= 2) as SeededItem
    const oracle = new Oracle(
      seeded,
      (entry, today) => (entry === moved && daysBetween(addDays(START, MOVED_ON), today) >= 0 ? movedDeadline : entry.item.deadline),
      (entry, today) => entry === closed && daysBetween(addDays(START, CLOSED_ON), today) >= 0,
    )

    for (let day = 0; day < DAYS; day += 1) {
      const today = addDays(START, day)
      if (day === MOVED_ON) {
        const postmortem = world.find((candidate) => candidate.id === moved.postmortem.id) as WorldPostmortem
        const item = postmortem.items.find((candidate) => candidate.id === moved.item.id)
        if (item !== undefined) item.deadline = movedDeadline
        writeFileSync(join(workspace, postmortem.path), renderPostmortem(postmortem))
      }
      if (day === CLOSED_ON) {
        clock = new Date(`${today}T06:00:00Z`)
        const response = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/issues/${closed.number}`, {
          method: 'PATCH',
          headers: { authorization: 'token ghp_owner', 'content-type': 'application/json' },
          body: JSON.stringify({ state: 'closed' }),
        })
        expect(response.status).toBe(200)
      }
      const before = commentsNow().length
      gh.clearRequests()
      const runs: RunActionResult[] = []
      if (day === BUDGET_DAY) {
        runs.push(await runDay(today, { inputs: { 'max-writes': '5' } }))
        runs.push(await runDay(today))
      } else if (day === RATE_LIMITED_DAY) {
        gh.faults.add({ method: 'POST', path: /\/issues\/\d*[02468]\/comments$/, kind: 'secondary-rate-limit', times: Infinity })
        runs.push(await runDay(today))
        gh.faults.clear()
        runs.push(await runDay(today))
      } else runs.push(await runDay(today))
      const writes = gh.requests.filter((request) => request.isWrite && request.fault === null).length
      let rerunWrites: number | undefined
      if (day === RERUN_DAY) {
        gh.clearRequests()
        runs.push(await runDay(today))
        rerunWrites = gh.requests.filter((request) => request.isWrite).length
      }
      perDay.push({ day, expected: oracle.day(today), posted: commentsNow().slice(before).map(commentKey).sort(), labelled: overdueIssues(), runs, writes, ...(rerunWrites === undefined ? {} : { rerunWrites }) })
    }
  }, 1_800_000)

  afterAll(async () => {
    await gh?.close()
    if (workspace !== undefined) await removeWorkspace(workspace)
  })

  it('posts exactly the comments due each day, and keeps the overdue label exactly on the overdue issues', () => {
    for (const { day, expected, posted, labelled } of perDay) {
      expect({ day, posted }).toEqual({ day, posted: expected.comments })
      expect({ day, labelled: [...labelled].sort((a, b) => a - b) }).toEqual({ day, labelled: [...expected.overdueLabelled].sort((a, b) => a - b) })
    }
    const kinds = perDay.flatMap((entry) => entry.posted.map((key) => key.split(' ')[1]))
    for (const kind of ['due-soon', 'overdue', 'escalation', 'follow-up']) expect(kinds).toContain(kind)
  })

  it('never posts the same reminder twice', () => {
    const keys = gh.state.issueComments.filter((comment) => comment.user?.login === BOT).map((comment) => `${comment.issue_url} ${readIssueCommentMarker(comment.body ?? '')}`)
    expect(keys.length).toBeGreaterThan(200)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('mentions only the assigned owner, and escalates to the assigned authors', () => {
    const byNumber = new Map(seeded.items.map((entry) => [entry.number, entry]))
    for (const comment of gh.state.issueComments.filter((candidate) => candidate.user?.login === BOT)) {
      const number = Number(comment.issue_url?.split('/').pop())
      const entry = byNumber.get(number)
      const live = [...(comment.body ?? '').matchAll(/(?<![\w\u200d])@([A-Za-z0-9-]+(?:\/[A-Za-z0-9-]+)?)/g)].map((match) => match[1])
      const kind = (readIssueCommentMarker(comment.body ?? '') ?? '').split(':')[1]
      if (entry === undefined) expect(live.sort()).toEqual([...AUTHORS].sort())
      else if (kind === 'escalation') expect(live.sort()).toEqual([...AUTHORS].sort())
      else expect(live).toEqual(entry.assignee === undefined ? [] : [entry.assignee])
    }
  })

  it('stops nagging when the deadline moves in the document, and removes overdue', () => {
    const onMoveDay = perDay[MOVED_ON]
    expect(perDay[MOVED_ON - 1]?.labelled.has(moved.number)).toBe(true)
    expect(onMoveDay?.labelled.has(moved.number)).toBe(false)
    const after = perDay.slice(MOVED_ON).flatMap((entry) => entry.posted.filter((key) => key.startsWith(`#${moved.number} `)))
    // The new date is after the five weeks: nothing more.
    expect(after).toEqual([])
  })

  it('leaves an issue closed by hand alone', () => {
    expect(perDay[CLOSED_ON - 1]?.labelled.has(closed.number)).toBe(true)
    expect(perDay[CLOSED_ON]?.labelled.has(closed.number)).toBe(false)
    expect(perDay.slice(CLOSED_ON).flatMap((entry) => entry.posted.filter((key) => key.startsWith(`#${closed.number} `)))).toEqual([])
    expect(gh.state.issues.find((issue) => issue.number === closed.number)?.state).toBe('closed')
  })

  it('sends the follow-up review reminder on day 28, not before', () => {
    const days = perDay.filter((entry) => entry.posted.some((key) => key.endsWith(' follow-up'))).map((entry) => entry.day)
    expect(days).toEqual([28])
    expect(perDay[28]?.posted.filter((key) => key.endsWith(' follow-up'))).toHaveLength(seeded.followUps.length)
  })

  it('edits one digest issue in place, never a new one', () => {
    const digests = gh.state.issues.filter((issue) => issue.title === DIGEST_TITLE)
    expect(digests).toHaveLength(1)
    expect(digests[0]?.body).toContain(`As of ${addDays(START, DAYS - 1)}`)
    expect(digests[0]?.body?.length ?? 0).toBeLessThanOrEqual(65_536)
    expect(digests[0]?.body).toContain('xychart-beta')
  })

  it('a run stopped by max-writes is finished by the next one, saying so', () => {
    const [limited, next] = perDay[BUDGET_DAY]?.runs ?? []
    expect(limited?.code).toBe(0)
    expect(limited?.annotations.some((annotation) => annotation.level === 'warning' && /deferred to the next run/.test(annotation.message))).toBe(true)
    expect(limited?.summary).toMatch(/Deferred to the next run \(\d+\):\*\* the write budget \(max-writes: 5\) is spent/)
    expect(next?.code).toBe(0)
    expect(next?.summary).toContain('Written (')
  })

  it('a rate-limited run is red, and the next one finishes without repeating a comment', () => {
    const [limited, next] = perDay[RATE_LIMITED_DAY]?.runs ?? []
    expect(limited?.code).toBe(1)
    expect(limited?.summary).toMatch(/Failed \(\d+\), retried by the next run/)
    expect(next?.code).toBe(0)
  })

  it('a same-day re-run makes no write', () => {
    const rerun = perDay[RERUN_DAY]?.runs[1]
    expect(rerun?.code).toBe(0)
    expect(rerun?.summary).toContain('Nothing to write')
    expect(perDay[RERUN_DAY]?.rerunWrites).toBe(0)
  })

  it('keeps its memory on GitHub: every nagged issue carries a ledger matching its comment count', () => {
    const issues = gh.state.issues
    const comments = gh.state.issueComments
    for (const entry of seeded.items) {
      const issue = issues.find((candidate) => candidate.number === entry.number)
      const ours = comments.filter((comment) => comment.issue_url?.endsWith(`/issues/${entry.number}`))
      if (ours.length === 0) continue
      expect({ number: entry.number, count: readLedger(issue?.body ?? '')?.commentCount }).toEqual({ number: entry.number, count: ours.length })
    }
  })
}, E2E_TIMEOUT_MS * 10)
