/** The diagnostic model: independent of how findings are reported (CLI, PR review, annotations). */

export type FindingSeverity = 'error' | 'warning' | 'info'

/** A safe mechanical rewrite: replace the finding's exact range with `replacement`. */
export interface Suggestion {
  replacement: string
}

export interface Finding {
  ruleId: string
  severity: FindingSeverity
  /** One grammar: what was found, then what is expected ("Unexpected X, expected Y"). */
  message: string
  /** 1-based, inclusive start; end is exclusive column as in unist. */
  line: number
  column: number
  endLine: number
  endColumn: number
  url?: string
  /** The exact source text the finding is about, when it is about a phrase. */
  actual?: string
  suggestion?: Suggestion
}

export interface FileReport {
  /** Path as given by the caller (relative to the workspace for the Action). */
  path: string
  findings: Finding[]
  /** Set when the file was not linted at all (binary, unreadable, too large...). The reason is also a finding. */
  skipped?: boolean
}
