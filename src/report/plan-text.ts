/** A review plan as Markdown, for dry-run (job summary and log). */
import type { ReviewPlan } from '../plan/types.js'
import { findingSentence } from './finding-text.js'
import { codeSpan, fencedBlock } from './text.js'

export function renderPlan(plan: ReviewPlan): string {
  const lines = ['### Dry run: what this run would write', '']
  if (plan.newComments.length === 0) lines.push('- No new review.')
  else {
    lines.push(`- One review with ${plan.newComments.length} comment(s):`)
    for (const comment of plan.newComments) {
      const where = comment.startLine === undefined ? `${comment.line}` : `${comment.startLine}-${comment.line}`
      const place = codeSpan(`${comment.path}:${where}`)
      // A comment shared by findings on one line or range says each of them: so does its plan.
      const members = comment.members ?? []
      if (members.length < 2) lines.push(`  - ${place} ${findingSentence(comment.finding)}`)
      else {
        lines.push(`  - ${place}, one comment for ${members.length} findings:`)
        for (const member of members) lines.push(`    - ${findingSentence(member.finding)}`)
      }
    }
  }
  if (plan.threadsToResolve.length === 0) lines.push('- No thread to resolve.')
  else lines.push(`- Resolve ${plan.threadsToResolve.length} thread(s) whose finding is fixed: ${plan.threadsToResolve.map((thread) => codeSpan(thread.path)).join(', ')}`)
  const summaryAction = { create: 'Create the summary comment', update: `Edit summary comment ${plan.summary.commentId ?? ''}`, none: 'Leave the summary comment as it is' }
  lines.push(`- ${summaryAction[plan.summary.action]}.`)
  if (plan.summary.action !== 'none') {
    lines.push('', '<details><summary>Summary comment body</summary>', '', fencedBlock('markdown', plan.summary.body), '', '</details>')
  }
  return lines.join('\n')
}
