/** Which mode a run is in, from the `mode` input and the event (pure). */
import type { ModeInput } from '../inputs.js'

/** Pull request activity that changes what the post-mortems say, or who should see it. */
export const REVIEWED_PR_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'] as const

export type ModeChoice =
  | { kind: 'lint-pr' }
  | { kind: 'sync' }
  | { kind: 'lint-workspace' }
  | { kind: 'nag' }
  | { kind: 'skip'; reason: string }
  | { kind: 'unavailable'; message: string }

// Not pull_request_target: it checks out the base branch, so linting the workspace would lint the wrong files.
const PR_EVENTS = new Set(['pull_request'])

/** Events merge mode runs on: what a merge pushes, and a run started by hand (scope: all to adopt the tool). */
const SYNC_EVENTS = new Set(['push', 'workflow_dispatch'])

export function pickMode(mode: ModeInput, eventName: string, action: string | undefined, pushToDefaultBranch = false): ModeChoice {
  if (mode === 'nag') return { kind: 'nag' }
  if (mode === 'sync') {
    if (SYNC_EVENTS.has(eventName)) return { kind: 'sync' }
    return { kind: 'unavailable', message: `Mode "sync" runs on push or workflow_dispatch, not on "${eventName}" (it needs the pushed commit).` }
  }
  if (PR_EVENTS.has(eventName)) {
    if (action !== undefined && !(REVIEWED_PR_ACTIONS as readonly string[]).includes(action)) {
      if (mode === 'auto' && action === 'closed') {
        return { kind: 'skip', reason: 'A merged pull request is synced by the push it makes to the default branch (run the Action on push), not on pull_request "closed".' }
      }
      return { kind: 'skip', reason: `Nothing to lint on pull_request "${action}"; the Action lints on ${REVIEWED_PR_ACTIONS.join(', ')}.` }
    }
    return { kind: 'lint-pr' }
  }
  if (mode === 'auto' && ((eventName === 'push' && pushToDefaultBranch) || eventName === 'workflow_dispatch')) return { kind: 'sync' }
  if (mode === 'lint' || eventName === 'push') return { kind: 'lint-workspace' }
  if (eventName === 'schedule') return { kind: 'nag' }
  return { kind: 'skip', reason: `Nothing to do on "${eventName}" in mode "auto"; set mode: lint to lint the files.` }
}
