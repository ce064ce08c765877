/**
 * The words of schedule mode's comments. Document text is quoted through `inlineText` (mentions
 * neutralised, HTML shown as text); the only live mentions are the ones the planner passes in,
 * all validated: the assigned owner, the configured escalation handles, the assigned authors.
 */
import type { DocumentItem, DocumentPostmortem, ItemState, ItemStatus } from '../plan/nag.js'
import { inlineText, tableCell, truncate } from './text.js'

const MAX_ACTION_CHARS = 300
const MAX_TABLE_ACTION_CHARS = 100
/** Rows of the follow-up comment's table; a comment must stay under 65,536 characters. */
export const MAX_FOLLOW_UP_ROWS = 150

export type NagCommentInput =
  | { kind: 'due-soon'; item: DocumentItem; postmortem: DocumentPostmortem; daysLeft: number; owner: string | undefined; sourceUrl: string }
  | { kind: 'overdue'; item: DocumentItem; postmortem: DocumentPostmortem; daysLate: number; owner: string | undefined; sourceUrl: string; next: string }
  | { kind: 'escalation'; item: DocumentItem; postmortem: DocumentPostmortem; daysLate: number; owner: string | undefined; sourceUrl: string; targets: readonly string[] }
  | { kind: 'follow-up'; due: string; statuses: readonly ItemStatus[]; mentions: readonly string[]; next: string }

function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`
}

/** "@alice" when validated, else the owner as written, quoted so it notifies nobody. */
function ownerText(item: DocumentItem, owner: string | undefined): string {
  if (owner !== undefined) return `@${owner}`
  if (item.owner === undefined || item.owner.trim() === '') return 'Owner (none named)'
  return `Owner ${inlineText(item.owner)} (not mentioned: merge mode could not assign them)`
}

function quotedAction(item: DocumentItem): string {
  return `> ${inlineText(truncate(item.action, MAX_ACTION_CHARS)) || '(no action text)'}`
}

function howToMove(sourceUrl: string): string {
  return `If the date no longer holds, move it honestly: edit [the item's line in the post-mortem](${sourceUrl}) and merge the change; merge mode records the new deadline on this issue. If the work is done, close this issue.`
}

export function stateText(state: ItemState): string {
  switch (state.kind) {
    case 'not-tracked':
      return state.reason === 'no-id' ? 'not tracked (no ID)' : 'not tracked (no issue yet)'
    case 'dropped':
      return 'dropped'
    case 'done':
      return 'done'
    case 'open':
      return state.daysLeft === undefined ? 'open (no deadline date)' : `open (due in ${days(state.daysLeft)})`
    case 'due-soon':
      return state.daysLeft === 0 ? 'open (due today)' : `open (due in ${days(state.daysLeft)})`
    case 'overdue':
      return `overdue (${days(state.daysLate)} late)`
  }
}

function followUpTable(statuses: readonly ItemStatus[]): string {
  const rows = statuses.slice(0, MAX_FOLLOW_UP_ROWS).map((status) => {
    const action = status.item === undefined ? '(removed from the post-mortem)' : tableCell(truncate(status.item.action, MAX_TABLE_ACTION_CHARS))
    const issue = status.issue === undefined ? '—' : `#${status.issue.number}`
    return `| ${tableCell(status.itemId ?? '(no ID)')} | ${action} | ${issue} | ${stateText(status.state)} |`
  })
  const hidden = statuses.length - rows.length
  const more = hidden > 0 ? `\n\n…and ${hidden} more item(s), listed in the digest.` : ''
  return ['| Item | Action | Issue | State |', '| --- | --- | --- | --- |', ...rows].join('\n') + more
}

function countBy(statuses: readonly ItemStatus[]): string {
  const counts = new Map<string, number>()
  for (const status of statuses) {
    const name = status.state.kind === 'due-soon' ? 'open' : status.state.kind
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const order = ['done', 'open', 'overdue', 'dropped', 'not-tracked']
  return order.filter((name) => counts.has(name)).map((name) => `${counts.get(name)} ${name.replace('-', ' ')}`).join(', ') || 'no action items'
}

export function renderNagComment(input: NagCommentInput): string {
  switch (input.kind) {
    case 'due-soon': {
      const when = input.daysLeft === 0 ? 'today' : `in ${days(input.daysLeft)}`
      return [
        `**Due soon:** this action item is due ${when}, on **${input.item.deadline ?? ''}**.`,
        '',
        quotedAction(input.item),
        '',
        `${ownerText(input.item, input.owner)}: is it on track? ${howToMove(input.sourceUrl)}`,
      ].join('\n')
    }
    case 'overdue':
      return [
        `**Overdue:** this action item was due on **${input.item.deadline ?? ''}** and is ${days(input.daysLate)} late.`,
        '',
        quotedAction(input.item),
        '',
        `${ownerText(input.item, input.owner)}: ${howToMove(input.sourceUrl)}`,
        '',
        `The next reminder comes no sooner than ${input.next}.`,
      ].join('\n')
    case 'escalation':
      return [
        `**Escalation:** this ${inlineText(input.item.priority ?? '')} action item is ${days(input.daysLate)} past its deadline (${input.item.deadline ?? ''}) and still open.`,
        '',
        quotedAction(input.item),
        '',
        `${input.targets.join(' ')}: can you help unblock it, or agree a new date with ${input.owner === undefined ? 'its owner' : `@\u200d${input.owner}`}? ${howToMove(input.sourceUrl)}`,
      ].join('\n')
    case 'follow-up':
      return [
        `**Follow-up review due** (since ${input.due}). ${input.mentions.length > 0 ? `${input.mentions.join(' ')}: ` : ''}time to review this incident's action items: did each action reduce the risk, did the same contributing factors show up again, and what is still open and why?`,
        '',
        `Action items: ${countBy(input.statuses)}.`,
        '',
        followUpTable(input.statuses),
        '',
        `Close this issue when the review is done; until then a reminder comes every interval (next no sooner than ${input.next}).`,
      ].join('\n')
  }
}
