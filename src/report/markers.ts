/**
 * Hidden HTML comments that let a later run recognise what an earlier run wrote (as
 * reviewdog does). They are written in the same request that creates the object, so a
 * re-run can always find it and never creates a duplicate.
 */

export const SUMMARY_MARKER = '<!-- postmortem-action:summary -->'

const FINGERPRINT = /^[0-9a-f]{16}(?:-\d+)?$/
const FINDING_MARKER = /<!-- postmortem-action:finding fp=([0-9a-f]{16}(?:-\d+)?) -->/
const REVIEW_MARKER = /<!-- postmortem-action:review key=([0-9a-f]+) -->/

export function findingMarker(fingerprint: string): string {
  if (!FINGERPRINT.test(fingerprint)) throw new Error(`Unexpected fingerprint "${fingerprint}", expected 16 hex digits`)
  return `<!-- postmortem-action:finding fp=${fingerprint} -->`
}

/** The fingerprint in a review comment body we wrote, or undefined for any other comment. */
export function readFindingMarker(body: string): string | undefined {
  return FINDING_MARKER.exec(body)?.[1]
}

export function reviewMarker(key: string): string {
  return `<!-- postmortem-action:review key=${key} -->`
}

export function readReviewMarker(body: string): string | undefined {
  return REVIEW_MARKER.exec(body)?.[1]
}

export function hasSummaryMarker(body: string): boolean {
  return body.includes(SUMMARY_MARKER)
}

// ---- issues written by merge mode (and read by schedule mode) ------------------------------

/**
 * A marker with fields: `<!-- postmortem-action:KIND a=1 b=x%20y -->`. Values are
 * URI-encoded, so no value can close the comment (`>` is encoded) or add a field.
 */
export function markerWith(kind: string, fields: Readonly<Record<string, string | number | undefined>>): string {
  if (!/^[a-z][a-z-]*$/.test(kind)) throw new Error(`Unexpected marker kind "${kind}", expected lower-case letters and dashes`)
  const parts = Object.entries(fields)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
  return `<!-- postmortem-action:${kind}${parts.length === 0 ? '' : ` ${parts.join(' ')}`} -->`
}

/** The fields of the first `kind` marker in `body`, or undefined when there is none (or it is malformed). */
export function readMarkerFields(kind: string, body: string): Record<string, string> | undefined {
  const match = new RegExp(`<!-- postmortem-action:${kind}((?: [a-z][a-z-]*=[^\\s>]*)*) -->`).exec(body)
  if (match === null) return undefined
  const fields: Record<string, string> = {}
  for (const part of (match[1] ?? '').trim().split(' ')) {
    if (part === '') continue
    const equals = part.indexOf('=')
    try {
      fields[part.slice(0, equals)] = decodeURIComponent(part.slice(equals + 1))
    } catch {
      return undefined
    }
  }
  return fields
}

/** What an action-item issue records about its item, as last written (so a later run can say what changed). */
export interface ItemMarker {
  /** The post-mortem's id: front matter `id:`, else the file name without extension. */
  postmortemId: string
  /** The action item's ID as written in the document (e.g. "AI-3"). */
  itemId: string
  /** Path of the post-mortem in the repository, as last written. */
  path: string
  /** 1-based line of the item's row or list entry. */
  line: number
  /** Owner as written ("@alice", "@org/team", "Alice"); empty when none. */
  owner: string
  /** YYYY-MM-DD, or empty when the item has none (or an unreadable one). */
  deadline: string
  /** Priority as normalised by the linter ("P1"), or empty. */
  priority: string
  /** Short hash of the action text: a change shows as "reworded" without storing the text twice. */
  actionHash: string
  /** Logins assigned when the owner was last set (validated then); the rest of the owner could not be assigned. */
  assigned: string[]
  /** The commit the issue's permalink points at (the last one that changed the item). */
  sha: string
}

export const ITEM_MARKER_KIND = 'item'

export function itemMarker(item: ItemMarker): string {
  return markerWith(ITEM_MARKER_KIND, {
    pm: item.postmortemId,
    item: item.itemId,
    path: item.path,
    line: item.line,
    owner: item.owner,
    deadline: item.deadline,
    priority: item.priority,
    action: item.actionHash,
    assigned: item.assigned.join(','),
    sha: item.sha,
  })
}

export function readItemMarker(body: string): ItemMarker | undefined {
  const fields = readMarkerFields(ITEM_MARKER_KIND, body)
  if (fields?.['pm'] === undefined || fields['item'] === undefined || fields['pm'] === '' || fields['item'] === '') return undefined
  const line = Number(fields['line'] ?? '0')
  return {
    postmortemId: fields['pm'],
    itemId: fields['item'],
    path: fields['path'] ?? '',
    line: Number.isInteger(line) && line > 0 ? line : 0,
    owner: fields['owner'] ?? '',
    deadline: fields['deadline'] ?? '',
    priority: fields['priority'] ?? '',
    actionHash: fields['action'] ?? '',
    assigned: (fields['assigned'] ?? '').split(',').filter((login) => login !== ''),
    sha: /^[0-9a-f]{40}$/i.test(fields['sha'] ?? '') ? (fields['sha'] ?? '') : '',
  }
}

/** The follow-up review issue of one post-mortem. */
export interface FollowUpMarker {
  postmortemId: string
  /** YYYY-MM-DD (UTC): `follow-up-days` after the head commit of the push that created it. */
  due: string
  /** Path of the post-mortem, as last written. */
  path: string
  /** Author logins validated and assigned when it was created. */
  assigned: string[]
  /** The commit its source link points at. */
  sha: string
}

export const FOLLOW_UP_MARKER_KIND = 'follow-up'

export function followUpMarker(followUp: FollowUpMarker): string {
  return markerWith(FOLLOW_UP_MARKER_KIND, { pm: followUp.postmortemId, due: followUp.due, path: followUp.path, assigned: followUp.assigned.join(','), sha: followUp.sha })
}

export function readFollowUpMarker(body: string): FollowUpMarker | undefined {
  const fields = readMarkerFields(FOLLOW_UP_MARKER_KIND, body)
  if (fields?.['pm'] === undefined || fields['pm'] === '') return undefined
  const due = fields['due'] ?? ''
  return {
    postmortemId: fields['pm'],
    due: /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : '',
    path: fields['path'] ?? '',
    assigned: (fields['assigned'] ?? '').split(',').filter((login) => login !== ''),
    sha: /^[0-9a-f]{40}$/i.test(fields['sha'] ?? '') ? (fields['sha'] ?? '') : '',
  }
}

/**
 * A comment we add to an issue (a recorded change, a drop, a reminder). `key` makes it unique
 * (e.g. the item and the commit), so a retried create is found by it and never doubled.
 */
export const ISSUE_COMMENT_MARKER_KIND = 'note'

export function issueCommentMarker(key: string): string {
  return markerWith(ISSUE_COMMENT_MARKER_KIND, { key })
}

export function readIssueCommentMarker(body: string): string | undefined {
  return readMarkerFields(ISSUE_COMMENT_MARKER_KIND, body)?.['key']
}

/** The part of an issue body the Action owns; text a person adds outside it is kept on updates. */
export const MANAGED_BEGIN = '<!-- postmortem-action:managed:begin -->'
export const MANAGED_END = '<!-- postmortem-action:managed:end -->'

/** The managed block of `body` (between the markers, markers excluded), or undefined when it has none. */
export function readManagedBlock(body: string): string | undefined {
  const begin = body.indexOf(MANAGED_BEGIN)
  const end = body.indexOf(MANAGED_END, begin + MANAGED_BEGIN.length)
  if (begin === -1 || end === -1) return undefined
  return body.slice(begin + MANAGED_BEGIN.length, end).replace(/^\n/, '').replace(/\n$/, '')
}

/** `body` with its managed block replaced by `block`, everything outside kept; the block goes first when there was none. */
export function replaceManagedBlock(body: string, block: string): string {
  const wrapped = `${MANAGED_BEGIN}\n${block}\n${MANAGED_END}`
  const begin = body.indexOf(MANAGED_BEGIN)
  const end = body.indexOf(MANAGED_END, begin + MANAGED_BEGIN.length)
  if (begin === -1 || end === -1) return body.trim() === '' ? wrapped : `${wrapped}\n\n${body}`
  return `${body.slice(0, begin)}${wrapped}${body.slice(end + MANAGED_END.length)}`
}
