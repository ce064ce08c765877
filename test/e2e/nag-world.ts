/**
 * A generated repository for the schedule-mode simulation: 20 post-mortems with 15 action items
 * each (300), owners drawn from a team of collaborators plus a team handle and a login that
 * cannot be assigned, deadlines spread over the five simulated weeks, every priority level.
 * All text is written here; nothing comes from the corpus.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { addDays } from '../../src/plan/calendar.js'

export const OWNER = 'acme'
export const REPO = 'ops'
export const COLLABORATORS = Array.from({ length: 10 }, (_, index) => `owner-${index}`)
export const AUTHORS = ['author-a', 'author-b']
export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'] as const

export interface WorldItem {
  postmortem: string
  id?: string
  action: string
  owner: string
  deadline: string
  priority: (typeof PRIORITIES)[number]
}

export interface WorldPostmortem {
  id: string
  path: string
  incidentDate: string
  items: WorldItem[]
}

export interface WorldShape {
  postmortems: number
  itemsPerPostmortem: number
  /** The first day of the simulation (the merge of every post-mortem). */
  start: string
  /** Deadline of item k, as days after `start`. */
  deadlineOffset: (k: number) => number
}

export const FIVE_WEEKS: WorldShape = {
  postmortems: 20,
  itemsPerPostmortem: 15,
  start: '2026-03-02',
  // -4 .. 40: some already late on day 0, most falling due during the five weeks, some after.
  deadlineOffset: (k) => ((k * 7) % 45) - 4,
}

function ownerOf(k: number): string {
  if (k % 50 === 7) return '@acme/sre'
  if (k % 37 === 5) return '@ghost-user'
  return `@${COLLABORATORS[k % COLLABORATORS.length]}`
}

export function buildWorld(shape: WorldShape = FIVE_WEEKS): WorldPostmortem[] {
  const postmortems: WorldPostmortem[] = []
  for (let p = 0; p < shape.postmortems; p += 1) {
    const incidentDate = addDays(shape.start, -3 - (p % 5))
    const id = `${incidentDate}-service-${String(p).padStart(2, '0')}`
    const items: WorldItem[] = []
    for (let i = 0; i < shape.itemsPerPostmortem; i += 1) {
      const k = p * shape.itemsPerPostmortem + i
      // One item in the first post-mortem has no ID: it can never be tracked.
      const noId = p === 0 && i === shape.itemsPerPostmortem - 1
      items.push({
        postmortem: id,
        ...(noId ? {} : { id: `AI-${i + 1}` }),
        action: `Add an alert on the queue age of worker pool ${k} above five minutes`,
        owner: ownerOf(k),
        deadline: addDays(shape.start, shape.deadlineOffset(k)),
        priority: PRIORITIES[k % PRIORITIES.length] ?? 'P3',
      })
    }
    postmortems.push({ id, path: `postmortems/${id}.md`, incidentDate, items })
  }
  return postmortems
}

export function renderPostmortem(postmortem: WorldPostmortem): string {
  const rows = postmortem.items.map((item) => `| ${item.id ?? ''} | ${item.action} | ${item.owner} | ${item.deadline} | ${item.priority} |`)
  return [
    `# Post-Mortem: Worker pool backlog in service ${postmortem.id.slice(-2)} (${postmortem.incidentDate})`,
    '',
    `**Date**: ${postmortem.incidentDate}`,
    '**Duration**: 1h 10min (10:00 - 11:10 UTC)',
    '**Severity**: P2',
    `**Authors**: ${AUTHORS.map((author) => `@${author}`).join(', ')}`,
    '',
    '## Summary',
    '',
    'A worker pool stopped taking jobs after a configuration push, and the queue grew for an hour.',
    '',
    '## Impact',
    '',
    'Jobs were delayed by up to seventy minutes; none were lost.',
    '',
    '## Root Cause',
    '',
    'The configuration push set the pool size to zero because the template had no lower bound.',
    '',
    '## Timeline (all times UTC)',
    '',
    '| Time | Event | Source | Actor |',
    '|------|-------|--------|-------|',
    '| 10:00 | Configuration push sets the pool size to zero | deploy log | deploy pipeline |',
    '| 10:12 | Queue age alert fires | paging system | alerting |',
    '| 10:40 | Pool size restored by a revert | deploy log | on-call engineer |',
    '| 11:10 | Queue drained; impact ends | queue dashboard | worker pool |',
    '',
    '## Contributing Factors',
    '',
    '1. The configuration template accepted a pool size of zero.',
    '2. The queue age alert waits ten minutes before it fires.',
    '',
    '## Action Items',
    '',
    '| ID | Action | Owner | Deadline | Priority |',
    '|----|--------|-------|----------|----------|',
    ...rows,
    '',
    '## What Went Well',
    '',
    'The revert was quick and the queue drained without help.',
    '',
    '## Lessons Learned',
    '',
    'Configuration values need bounds checked before they ship.',
    '',
  ].join('\n')
}

/** Writes every post-mortem into `workspace/postmortems/`. */
export function writeWorld(workspace: string, postmortems: readonly WorldPostmortem[]): void {
  mkdirSync(join(workspace, 'postmortems'), { recursive: true })
  for (const postmortem of postmortems) writeFileSync(join(workspace, postmortem.path), renderPostmortem(postmortem))
}
