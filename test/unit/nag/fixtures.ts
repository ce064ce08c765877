/** Small builders for schedule-mode planning tests: one post-mortem, its issues, a day. */
import type { DocumentItem, DocumentPostmortem, FollowUpIssue, ItemIssue, NagInput, NagOptions } from '../../../src/plan/nag.js'

export const OPTIONS: NagOptions = { remindBeforeDays: 3, nagIntervalDays: 7, escalateAfterDays: 7, escalatePriorities: ['P0', 'P1'], escalateTo: [] }

export function item(id: string | undefined, deadline: string | undefined, extra: Partial<DocumentItem> = {}): DocumentItem {
  return { ...(id === undefined ? {} : { id }), action: `Add a check for ${id ?? 'something'}`, owner: '@alice', ...(deadline === undefined ? {} : { deadline }), priority: 'P2', line: 20, ...extra }
}

export function postmortem(id: string, items: DocumentItem[]): DocumentPostmortem {
  return { id, path: `postmortems/${id}.md`, title: `Outage ${id}`, incidentDate: '2026-02-01', items }
}

let nextNumber = 1

export function itemIssue(postmortemId: string, itemId: string, extra: Partial<ItemIssue> = {}): ItemIssue {
  const number = extra.number ?? nextNumber++
  return {
    number,
    url: `https://github.com/acme/ops/issues/${number}`,
    state: 'open',
    labels: ['post-mortem'],
    assignees: ['alice'],
    commentCount: 0,
    createdAt: '2026-02-02T10:00:00Z',
    body: 'managed block',
    postmortemId,
    itemId,
    ...extra,
  }
}

export function followUp(postmortemId: string, due: string, extra: Partial<FollowUpIssue> = {}): FollowUpIssue {
  const number = extra.number ?? nextNumber++
  return {
    number,
    url: `https://github.com/acme/ops/issues/${number}`,
    state: 'open',
    labels: ['post-mortem', 'follow-up'],
    assignees: ['carol'],
    commentCount: 0,
    createdAt: '2026-02-02T10:00:00Z',
    body: 'review questions',
    postmortemId,
    due,
    ...extra,
  }
}

export function nagInput(today: string, postmortems: DocumentPostmortem[], itemIssues: ItemIssue[], extra: Partial<NagInput> = {}): NagInput {
  return {
    today,
    options: OPTIONS,
    postmortems,
    itemIssues,
    followUps: [],
    isSelf: (login) => login === 'github-actions[bot]',
    sourceUrl: (path, line) => `https://github.com/acme/ops/blob/main/${path}#L${line}`,
    labels: { overdue: 'overdue', dropped: 'dropped' },
    ...extra,
  }
}
