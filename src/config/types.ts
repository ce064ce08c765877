/** The validated configuration (from `.postmortemrc.yml` merged over defaults). */

export type RuleLevel = 'off' | 'warn' | 'error'

export interface RuleSetting {
  level: RuleLevel
  /** Rule-specific options, validated by the rule's own options parser. */
  options: Record<string, unknown>
}

export interface Vocabulary {
  /** canonical value -> aliases (matched case-insensitively, whitespace-folded). */
  [canonical: string]: string[]
}

export interface Config {
  /** Rule id -> setting. Every known rule has an entry. */
  rules: Record<string, RuleSetting>
  /** Section key -> heading aliases. */
  sections: Vocabulary
  /** Column/field key (id, action, owner, deadline, priority, time, event, source, actor) -> aliases. */
  columns: Vocabulary
  /** Metadata field key (date, duration, severity, authors, reviewed, id, title) -> label aliases. */
  fields: Vocabulary
  /** Severity scale: canonical -> aliases ("P1": ["SEV1", "sev-1", "critical"]). */
  severities: Vocabulary
  /** Priority scale: canonical -> aliases. */
  priorities: Vocabulary
  /** Globs of post-mortem files (relative to the config's folder or the workspace). */
  include: string[]
  /** Globs never linted (the template itself by default). */
  ignore: string[]
  /** Where the config came from, for messages; undefined for built-in defaults. */
  source?: string
}
