/** The CLI's exit codes (documented in `--help` and the README). */
export const ExitCode = {
  /** Every file linted, no error-level finding. */
  ok: 0,
  /** At least one error-level finding. */
  findings: 1,
  /** Wrong arguments, invalid configuration, or a file that could not be read or written. */
  failure: 2,
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
