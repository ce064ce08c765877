/** Whether the job fails: the lint against `fail-on`, and GitHub requests that failed for a reason other than a read-only token. */
import type { FailOn } from '../inputs.js'
import type { Finding } from '../lint/types.js'

export interface Verdict {
  failed: boolean
  message: string
}

export function verdict(files: readonly { findings: readonly Finding[] }[], failOn: FailOn, githubFailures: readonly string[]): Verdict {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.severity === 'error') errors += 1
      else if (finding.severity === 'warning') warnings += 1
    }
  }
  const reasons: string[] = []
  if (failOn === 'error' && errors > 0) reasons.push(`${errors} error(s) in the post-mortems (fail-on: error)`)
  if (failOn === 'warning' && errors + warnings > 0) reasons.push(`${errors} error(s) and ${warnings} warning(s) in the post-mortems (fail-on: warning)`)
  if (githubFailures.length > 0) reasons.push(`${githubFailures.length} GitHub request(s) failed; the next run retries them:\n- ${githubFailures.join('\n- ')}`)
  if (reasons.length === 0) return { failed: false, message: `${errors} error(s), ${warnings} warning(s) (fail-on: ${failOn})` }
  return { failed: true, message: reasons.join('; ') }
}
