/** Everything the commands need from the outside world, gathered once at the edge (src/cli.ts). */
export interface CliIo {
  cwd: string
  /** Read once at start-up, so commands never touch the clock. */
  now: Date
  /** Writes the text as is (formatters end their output with a newline). */
  stdout: (text: string) => void
  /** Writes one line. */
  stderr: (line: string) => void
  /** Whether human-readable output may use colour escapes. */
  color: boolean
  /** The CLI bundle, started again as worker threads to lint many files in parallel. */
  workerScript?: URL
  /** Measures how many CPUs other work keeps busy now; asked only before linting many files. */
  busyCpus?: () => Promise<number>
}

/**
 * Colour on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR wins both ways
 * ("0"/"false" turns it off, anything else on), as in Node's own util.styleText.
 */
export function wantsColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTTY
}
