/** Schedule mode in the job summary: what was posted, deferred and failed (or, on a dry run, what would be). */
import type { NagPlan } from '../plan/nag.js'
import type { WriteReport } from '../write/types.js'
import { inlineText } from './text.js'

interface DescribedWrite {
  key: string
  description: string
}

/** Enough rows for any real day; the rest is counted (the job summary holds at most 1 MiB). */
const MAX_ROWS = 500

function list(writes: readonly DescribedWrite[]): string {
  const shown = writes.slice(0, MAX_ROWS).map((write) => `- ${inlineText(write.description)}`)
  const hidden = writes.length - shown.length
  return [...shown, ...(hidden > 0 ? [`- …and ${hidden} more`] : [])].join('\n')
}

function counts(plan: NagPlan): string {
  const byKind = new Map<string, number>()
  for (const comment of plan.comments) byKind.set(comment.kind, (byKind.get(comment.kind) ?? 0) + 1)
  const parts = [...byKind].map(([kind, count]) => `${count} ${kind}`)
  return parts.length === 0 ? 'no reminder due' : parts.join(', ')
}

export function renderNagPlan(plan: NagPlan, writes: readonly DescribedWrite[]): string {
  const lines = [`### Dry run: reminders for ${plan.today}`, '', `Due today: ${counts(plan)}; ${plan.labels.length} label change(s).`, '']
  lines.push(writes.length === 0 ? 'Nothing to write.' : `This run would make ${writes.length} write(s):\n\n${list(writes)}`)
  return lines.join('\n')
}

export function renderNagOutcome(plan: NagPlan, report: WriteReport): string {
  const lines = [`### Reminders for ${plan.today}`, '', `Due today: ${counts(plan)}; ${plan.labels.length} label change(s).`]
  if (report.done.length > 0) lines.push('', `**Written (${report.done.length}):**`, '', list(report.done.map((done) => done.write)))
  if (report.deferred.length > 0) {
    lines.push('', `**Deferred to the next run (${report.deferred.length}):** ${inlineText(report.deferred[0]?.reason ?? '')}`, '', list(report.deferred.map((deferred) => deferred.write)))
  }
  if (report.failed.length > 0) {
    lines.push('', `**Failed (${report.failed.length}), retried by the next run:**`, '', list(report.failed.map((failed) => ({ key: failed.write.key, description: `${failed.write.description}: ${failed.message}` }))))
  }
  if (report.done.length + report.deferred.length + report.failed.length === 0) lines.push('', 'Nothing to write: every reminder due today was already posted.')
  if (plan.notes.length > 0) lines.push('', ...plan.notes.map((note) => `- ${inlineText(note)}`))
  const untracked = plan.statuses.filter((status) => status.state.kind === 'not-tracked').length
  if (untracked > 0) lines.push('', `${untracked} action item(s) are not tracked (no ID, or no issue yet) and were not reminded; the digest lists them.`)
  return lines.join('\n')
}
