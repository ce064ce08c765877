/**
 * The text of the issues merge mode writes (pure). Everything copied from a document goes
 * through src/report/text.ts: mentions neutralised (only validated logins are written as
 * @login), HTML shown as text, one line per value, and sizes capped so any document yields
 * a valid issue (title <= 256, body <= 65,536 characters).
 */
import { inlineText, neutraliseMentions, tableCell, truncate } from '../report/text.js'

export const MAX_TITLE_LENGTH = 256
export const MAX_BODY_LENGTH = 65_536
/** Longest action text copied into a body; the permalink leads to the rest. */
const MAX_ACTION_IN_BODY = 20_000
const MAX_FIELD_IN_BODY = 500

export interface ItemFacts {
  postmortemId: string
  itemId: string
  action: string
  /** Owner as written in the document. */
  owner: string
  /** Logins that are assigned (validated); the only ones written as @mentions. */
  assignees: readonly string[]
  /** Why the owner is not assigned, when it is not (team, unassignable, not a login). */
  ownerNote?: string
  deadline: string
  priority: string
  incidentTitle: string
  incidentDate: string
  severity: string
  /** Permalink to the item's line at the pushed commit. */
  permalink: string
  path: string
  line: number
}

/** `issue-title` with {id}, {action}, {postmortem}, {title} filled in, on one line, at most 256 characters. */
export function renderIssueTitle(template: string, facts: { itemId: string; action: string; postmortemId: string; incidentTitle: string }): string {
  const values: Record<string, string> = { id: facts.itemId, action: facts.action, postmortem: facts.postmortemId, title: facts.incidentTitle }
  const filled = template.replace(/\{(id|action|postmortem|title)\}/g, (_, name: string) => values[name] ?? '')
  const oneLine = neutraliseMentions(filled.replace(/\s+/g, ' ').trim())
  return truncate(oneLine === '' ? `[${facts.itemId}]` : oneLine, MAX_TITLE_LENGTH)
}

/** A value from the document, safe inline; "not set" when empty. */
function value(text: string, max = MAX_FIELD_IN_BODY): string {
  const trimmed = text.trim()
  return trimmed === '' ? '_not set_' : inlineText(truncate(trimmed, max))
}

/** An owner cell: validated logins as real mentions, anything else neutralised. */
function ownerText(facts: ItemFacts): string {
  const assigned = facts.assignees.map((login) => `@${login}`)
  const written = facts.owner.trim() === '' ? '_not set_' : inlineText(truncate(facts.owner.trim(), MAX_FIELD_IN_BODY))
  if (assigned.length === 0) return facts.ownerNote === undefined ? written : `${written} (${inlineText(facts.ownerNote)})`
  return assigned.join(', ')
}

/** The managed block of an action-item issue (the marker goes first, inside the block). */
export function renderItemBlock(marker: string, facts: ItemFacts): string {
  const action = facts.action.trim()
  const cut = action.length > MAX_ACTION_IN_BODY
  const lines = [
    marker,
    `**Action item ${value(facts.itemId, 100)}** from the post-mortem **${value(facts.incidentTitle)}** (${value(facts.incidentDate, 40)}, severity ${value(facts.severity, 40)}).`,
    '',
    `> ${inlineText(cut ? action.slice(0, MAX_ACTION_IN_BODY) : action) || '_no action text_'}${cut ? ' … (cut here: the full text is in the document)' : ''}`,
    '',
    '| Owner | Deadline | Priority |',
    '|---|---|---|',
    `| ${ownerText(facts).replace(/\|/g, '\\|')} | ${tableCell(facts.deadline.trim() || '—')} | ${tableCell(facts.priority.trim() || '—')} |`,
    '',
    `Source: [${tableCell(facts.path)} line ${facts.line}](${facts.permalink})`,
    '',
    '_Managed by postmortem-action: this block follows the post-mortem, so edit the document, not this block. Anything you write below it is kept._',
  ]
  return lines.join('\n')
}

export interface FollowUpFacts {
  postmortemId: string
  incidentTitle: string
  due: string
  path: string
  permalink: string
  /** Validated author logins (mentioned); others are listed neutralised. */
  authors: readonly string[]
  otherAuthors: readonly string[]
  /** Item issues, in document order: `#12` renders as a live task with its state. */
  items: ReadonlyArray<{ itemId: string; issueNumber?: number; title: string; createdBy?: string }>
}

export function renderFollowUpTitle(facts: { incidentTitle: string; postmortemId: string; due: string }): string {
  const name = facts.incidentTitle.trim() === '' ? facts.postmortemId : facts.incidentTitle
  return truncate(`Post-mortem review: ${name.replace(/\s+/g, ' ').trim()} (due ${facts.due})`, MAX_TITLE_LENGTH)
}

export function renderFollowUpBlock(marker: string, facts: FollowUpFacts): string {
  const people = [...facts.authors.map((login) => `@${login}`), ...facts.otherAuthors.map((name) => inlineText(name))]
  const tasks = facts.items.map((item) =>
    item.issueNumber !== undefined
      ? `- [ ] #${item.issueNumber}`
      : item.createdBy !== undefined
        ? `- [ ] ${createdNumberPlaceholder(item.createdBy)}`
        : `- [ ] ${inlineText(item.itemId)}: ${inlineText(truncate(item.title, 200))}`,
  )
  return [
    marker,
    `**Follow-up review** of the post-mortem **${value(facts.incidentTitle)}**, due **${facts.due}**. Source: [${tableCell(facts.path)}](${facts.permalink})`,
    '',
    `Authors: ${people.length === 0 ? '_not set_' : people.join(', ')}`,
    '',
    '### Questions for the review',
    '',
    '1. Did each action reduce the risk it was written for? How do we know?',
    '2. Did the same contributing factors show up again since the incident?',
    '3. What is still open, and why? Is its deadline still right?',
    '',
    '### Action items',
    '',
    ...(tasks.length === 0 ? ['_No tracked action items._'] : tasks),
    '',
    '_Managed by postmortem-action: this block follows the post-mortem. Anything you write below it is kept._',
  ].join('\n')
}

/**
 * Where the number of an issue created earlier in the same run goes (`{{#key}}`): the write
 * port fills it in when it sends the body; keys never contain braces.
 */
export function createdNumberPlaceholder(key: string): string {
  return `{{#${key.replace(/[{}]/g, '')}}}`
}

/** Replace placeholders with `#N`, or with "(issue not created yet)" when that create did not happen. */
export function fillCreatedNumbers(body: string, numberOf: (key: string) => number | undefined): string {
  return body.replace(/\{\{#([^{}]+)\}\}/g, (_, key: string) => {
    const number = numberOf(key)
    return number === undefined ? `${inlineText(key.replace(/^issue:/, ''))} (issue not created yet)` : `#${number}`
  })
}

/** A comment recording what changed in the document for one item. */
export function renderChangeComment(marker: string, changes: ReadonlyArray<{ field: string; from: string; to: string }>, commitUrl: string, closed: boolean): string {
  const lines = changes.map((change) =>
    change.field === 'action' ? '- the action was reworded' : `- ${change.field} moved from ${value(change.from, 200)} to ${value(change.to, 200)}`,
  )
  const tail = closed ? '\n\nThis issue is closed, so it was not reopened or edited; reopen it if the change needs work.' : ''
  return `${marker}\nThe post-mortem changed this action item in [${commitUrl.split('/').pop()?.slice(0, 7) ?? 'a commit'}](${commitUrl}):\n\n${lines.join('\n')}${tail}`
}

export function renderDroppedComment(marker: string, path: string, commitUrl: string): string {
  return `${marker}\nThis action item is no longer in ${inlineText(path)} (as of [${commitUrl.split('/').pop()?.slice(0, 7) ?? 'a commit'}](${commitUrl})). The issue stays open with the \`dropped\` label; close it if the work is really not needed.`
}

/** Plain names for people who are not mentioned (a title or note must not ping anyone). */
export function quietText(text: string): string {
  return neutraliseMentions(text.replace(/\s+/g, ' ').trim())
}
