/**
 * The issues merge mode would have created for a generated world, seeded straight into the fake
 * GitHub (with merge mode's own markers, managed block and labels), so the schedule-mode
 * simulation starts from day 0 without paying for 320 paced creates.
 */
import { addDays } from '../../src/plan/calendar.js'
import { FOLLOW_UP_LABEL, POSTMORTEM_LABEL, priorityLabel } from '../../src/plan/labels.js'
import { followUpMarker, itemMarker, replaceManagedBlock } from '../../src/report/markers.js'
import type { FakeGitHub } from '../harness/fake-github.js'
import { AUTHORS, COLLABORATORS, OWNER, REPO, type WorldItem, type WorldPostmortem } from './nag-world.js'

export const BOT = 'github-actions[bot]'
/** The commit merge mode would have recorded (any 40 hex digits: schedule mode does not read it). */
const SEEDED_SHA = 'c'.repeat(40)

export interface SeededItem {
  item: WorldItem
  postmortem: WorldPostmortem
  number: number
  /** The owner merge mode could assign (a collaborator), if any. */
  assignee?: string
}

export interface Seeded {
  items: SeededItem[]
  followUps: { postmortem: WorldPostmortem; number: number; due: string }[]
}

export function seedIssues(gh: FakeGitHub, world: readonly WorldPostmortem[], mergedOn: string, followUpDays = 28): Seeded {
  const seeded: Seeded = { items: [], followUps: [] }
  const createdAt = new Date(`${mergedOn}T08:00:00Z`)
  for (const postmortem of world) {
    for (const [index, item] of postmortem.items.entries()) {
      if (item.id === undefined) continue
      const login = item.owner.replace(/^@/, '')
      const assignee = COLLABORATORS.includes(login) ? login : undefined
      const marker = itemMarker({
        postmortemId: postmortem.id,
        itemId: item.id,
        path: postmortem.path,
        line: 40 + index,
        owner: item.owner,
        deadline: item.deadline,
        priority: item.priority,
        actionHash: 'seeded',
        assigned: assignee === undefined ? [] : [assignee],
        sha: SEEDED_SHA,
      })
      const issue = gh.addIssue({
        owner: OWNER,
        repo: REPO,
        title: `[${item.id}] ${item.action}`,
        body: replaceManagedBlock('', `${marker}\n**Action:** ${item.action}\n**Deadline:** ${item.deadline}`),
        author: BOT,
        labels: [POSTMORTEM_LABEL, priorityLabel(item.priority)],
        assignees: assignee === undefined ? [] : [assignee],
        createdAt,
      })
      seeded.items.push({ item, postmortem, number: issue['number'] as number, ...(assignee === undefined ? {} : { assignee }) })
    }
    const due = addDays(mergedOn, followUpDays)
    const followUp = gh.addIssue({
      owner: OWNER,
      repo: REPO,
      title: `Follow-up review: ${postmortem.id}`,
      body: replaceManagedBlock('', `${followUpMarker({ postmortemId: postmortem.id, due, path: postmortem.path, assigned: [...AUTHORS], sha: SEEDED_SHA })}\nReview questions.`),
      author: BOT,
      labels: [POSTMORTEM_LABEL, FOLLOW_UP_LABEL],
      assignees: [...AUTHORS],
      createdAt,
    })
    seeded.followUps.push({ postmortem, number: followUp['number'] as number, due })
  }
  return seeded
}
