import type { LintedFile } from '../../lint/api.js'

/** What a report needs besides the files: all of it decided at the edge, so formatters stay pure. */
export interface FormatContext {
  /** Colour escapes in human output (the edge decides from TTY, NO_COLOR and FORCE_COLOR). */
  color: boolean
  toolName: string
  toolVersion: string
  informationUri: string
  /** Every rule the linter knows, for SARIF's rule table (findings may add more, e.g. `unreadable`). */
  rules: readonly RuleDescriptor[]
}

export interface RuleDescriptor {
  id: string
  description: string
  helpUri?: string
}

/** A formatter turns linted files into the full text written to stdout. */
export type Formatter = (files: readonly LintedFile[], context: FormatContext) => string
