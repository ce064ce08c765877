/** The labels merge mode puts on issues (and schedule mode reads), with the colours they get when missing. */

/** On every issue the Action manages: how a later run (or schedule mode) finds them, with `state=all`. */
export const POSTMORTEM_LABEL = 'post-mortem'
/** On the follow-up review issue only (besides `post-mortem`). */
export const FOLLOW_UP_LABEL = 'post-mortem: review'
/** On an action-item issue whose item was removed from the document (the issue is never closed or deleted). */
export const DROPPED_LABEL = 'dropped'
/** On an open action-item issue past its deadline (schedule mode adds and removes it). */
export const OVERDUE_LABEL = 'overdue'

export const PRIORITY_PREFIX = 'priority: '
export const SEVERITY_PREFIX = 'severity: '

export function priorityLabel(level: string): string {
  return `${PRIORITY_PREFIX}${level}`
}

export function severityLabel(level: string): string {
  return `${SEVERITY_PREFIX}${level}`
}

export interface LabelStyle {
  color: string
  description: string
}

const FIXED: Record<string, LabelStyle> = {
  [POSTMORTEM_LABEL]: { color: '5319e7', description: 'Tracked from a post-mortem by postmortem-action' },
  [FOLLOW_UP_LABEL]: { color: '0e8a16', description: 'Follow-up review of a post-mortem' },
  [DROPPED_LABEL]: { color: 'bfbfbf', description: 'The action item was removed from its post-mortem' },
  [OVERDUE_LABEL]: { color: 'e99695', description: 'The action item is past its deadline in the post-mortem' },
}

/** Colour and description for a label this Action creates; any other label (from the `labels` input) gets a neutral one. */
export function labelStyle(name: string): LabelStyle {
  const fixed = FIXED[name]
  if (fixed !== undefined) return fixed
  if (name.startsWith(PRIORITY_PREFIX)) return { color: 'd93f0b', description: 'Action item priority (from the post-mortem)' }
  if (name.startsWith(SEVERITY_PREFIX)) return { color: 'b60205', description: 'Incident severity (from the post-mortem)' }
  return { color: 'ededed', description: 'Added by postmortem-action' }
}
