/**
 * Merge mode's part of the job summary (what was created, updated, deferred, failed, with
 * links), the dry-run plan, and the `issues` output. Document text is escaped for table cells.
 */
import type { PlannedFollowUp, PlannedItem, SyncPlan } from '../plan/sync.js'
import type { WriteReport } from '../write/types.js'
import { tableCell, truncate } from './text.js'

interface Row {
  what: string
  issue: string
  title: string
}

function issueLink(number: number | undefined, url: string | undefined): string {
  if (number === undefined) return '—'
  return url === undefined ? `#${number}` : `[#${number}](${url})`
}

function cell(text: string): string {
  return tableCell(truncate(text, 120))
}

function table(heading: string, rows: readonly Row[]): string[] {
  if (rows.length === 0) return []
  return [`#### ${heading} (${rows.length})`, '', '| Item | Issue | Title |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.what} | ${row.issue} | ${row.title} |`), '']
}

function itemName(item: PlannedItem | PlannedFollowUp): string {
  return 'itemId' in item ? `${cell(item.postmortemId)} ${cell(item.itemId)}` : `${cell(item.postmortemId)} follow-up (due ${item.due})`
}

/** What this run did, from the plan and the executor's report. */
export function renderSyncReport(plan: SyncPlan, report: WriteReport, issueUrl?: (number: number) => string): string {
  const outcome = new Map(report.done.map((entry) => [entry.write.key, entry.outcome]))
  const deferredKeys = new Set(report.deferred.map((entry) => entry.write.key))
  const failedKeys = new Set(report.failed.map((entry) => entry.write.key))
  const created: Row[] = []
  const updated: Row[] = []
  for (const entry of [...plan.items, ...plan.followUps]) {
    if (entry.writeKey === undefined) continue
    const done = outcome.get(entry.writeKey)
    if (done === undefined || deferredKeys.has(entry.writeKey) || failedKeys.has(entry.writeKey)) continue
    const number = done.number ?? entry.issueNumber
    const row = { what: itemName(entry), issue: issueLink(number, done.url ?? (number === undefined ? undefined : issueUrl?.(number))), title: cell(entry.title) }
    if (entry.outcome === 'create') created.push(row)
    else updated.push(row)
  }
  const unchanged = [...plan.items, ...plan.followUps].filter((entry) => entry.outcome === 'unchanged').length
  const lines = [
    '### Action items synced to issues',
    '',
    `${created.length} created, ${updated.length} updated, ${unchanged} unchanged, ${report.deferred.length} write(s) deferred, ${report.failed.length} failed (${report.writesUsed} write request(s)).`,
    '',
    ...table('Created', created),
    ...table('Updated', updated),
  ]
  if (report.deferred.length > 0) {
    lines.push(`#### Deferred to the next run (${report.deferred.length})`, '', ...report.deferred.map((entry) => `- ${cell(entry.write.description)}: ${cell(entry.reason)}`), '')
  }
  if (report.failed.length > 0) {
    lines.push(`#### Failed (${report.failed.length}) — the next run retries them`, '', ...report.failed.map((entry) => `- ${cell(entry.message)}`), '')
  }
  if (plan.warnings.length > 0) lines.push('#### Warnings', '', ...plan.warnings.map((warning) => `- ${cell(warning)}`), '')
  return lines.join('\n')
}

/** The dry-run plan: every write, and the issues as they would be. */
export function renderSyncPlan(plan: SyncPlan): string {
  const items = plan.items.map(
    (item) => `| ${cell(item.postmortemId)} | ${cell(item.itemId)} | ${item.outcome} | ${issueLink(item.issueNumber, undefined)} | ${cell(item.title)} | ${cell(item.labels.join(', '))} | ${cell(item.assignees.join(', ') || '—')} | ${cell(item.deadline || '—')} |`,
  )
  const followUps = plan.followUps.map((followUp) => `| ${cell(followUp.postmortemId)} | ${followUp.outcome} | ${issueLink(followUp.issueNumber, undefined)} | ${cell(followUp.title)} | ${followUp.due} | ${cell(followUp.assignees.join(', ') || '—')} |`)
  return [
    '### Dry run: what a sync would write',
    '',
    `${plan.writes.length} write(s) planned; nothing was written.`,
    '',
    '| Post-mortem | Item | Plan | Issue | Title | Labels | Assignees | Deadline |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...items,
    '',
    '| Post-mortem | Follow-up | Issue | Title | Due | Assignees |',
    '| --- | --- | --- | --- | --- | --- |',
    ...followUps,
    '',
    ...plan.writes.map((write) => `- would ${cell(write.description)}`),
    '',
    ...(plan.warnings.length === 0 ? [] : ['#### Warnings', '', ...plan.warnings.map((warning) => `- ${cell(warning)}`), '']),
  ].join('\n')
}

/** The `issues` output: JSON of the issue numbers this run created and updated. */
export function syncOutput(plan: SyncPlan | undefined, report: WriteReport | undefined): string {
  const created = new Set<number>()
  const updated = new Set<number>()
  if (plan !== undefined && report !== undefined) {
    const outcome = new Map(report.done.map((entry) => [entry.write.key, entry.outcome]))
    for (const entry of [...plan.items, ...plan.followUps]) {
      const done = entry.writeKey === undefined ? undefined : outcome.get(entry.writeKey)
      const number = done?.number ?? entry.issueNumber
      if (done === undefined || number === undefined) continue
      if (entry.outcome === 'create') created.add(number)
      else updated.add(number)
    }
  }
  return JSON.stringify({ created: [...created].sort((a, b) => a - b), updated: [...updated].sort((a, b) => a - b) })
}
