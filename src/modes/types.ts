/** What every mode hands back to run(): the linted files and what the job summary should add. */
import type { LintedFile } from '../lint/api.js'

export interface ModeResult {
  files: LintedFile[]
  /** Markdown paragraphs for the job summary (fork notice, dry-run plan...). */
  notes: string[]
  /** GitHub requests (after the lint) that failed for a reason other than a read-only token: the run goes red and lists them. */
  githubFailures: string[]
  /** Extra step outputs (merge mode's `issues`). */
  outputs?: Record<string, string>
  /** Heading of the job summary ("Post-mortem lint" unless set). */
  summaryTitle?: string
}

export interface ModeLog {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}
