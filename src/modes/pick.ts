/** Which mode a run is in, from the `mode` input and the event (pure). */
import type { ModeInput } from '../inputs.js'

/** Pull request activity that changes what the post-mortems say, or who should see it. */
export const REVIEWED_PR_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'] as const

export type ModeChoice =
  | { kind: 'lint-pr' }
  | { kind: 'lint-workspace' }
  | { kind: 'nag' }
  | { kind: 'skip'; reason: string }
  | { kind: 'unavailable'; message: string }

// Not pull_request_target: it checks out the base branch, so linting the workspace would lint the wrong files.
const PR_EVENTS = new Set(['pull_request'])

function unavailable(mode: string): ModeChoice {
  return { kind: 'unavailable', message: `Mode "${mode}" is not available in this version yet; available now: lint (mode "auto" or "lint").` }
}

export function pickMode(mode: ModeInput, eventName: string, action: string | undefined): ModeChoice {
  if (mode === 'nag') return { kind: 'nag' }
  if (mode === 'sync') return unavailable(mode)
  if (PR_EVENTS.has(eventName)) {
    if (action !== undefined && !(REVIEWED_PR_ACTIONS as readonly string[]).includes(action)) {
      if (mode === 'auto' && action === 'closed') return unavailable('sync')
      return { kind: 'skip', reason: `Nothing to lint on pull_request "${action}"; the Action lints on ${REVIEWED_PR_ACTIONS.join(', ')}.` }
    }
    return { kind: 'lint-pr' }
  }
  if (mode === 'lint' || eventName === 'push' || eventName === 'workflow_dispatch') return { kind: 'lint-workspace' }
  if (eventName === 'schedule') return { kind: 'nag' }
  return { kind: 'skip', reason: `Nothing to do on "${eventName}" in mode "auto"; set mode: lint to lint the files.` }
}
