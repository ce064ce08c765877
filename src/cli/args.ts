import { parseArgs } from 'node:util'
import { formatNames, isFormatName, type FormatName } from './formatters/index.js'
import { parseIsoDate } from './new-postmortem.js'

export type CommandLine =
  | { command: 'help' }
  | { command: 'version' }
  | LintCommandLine
  | NewCommandLine
  | PlanCommandLine

export interface PlanCommandLine {
  command: 'plan'
  patterns: string[]
  format: 'text' | 'json'
  configPath?: string
  followUpDays: number
}

export interface LintCommandLine {
  command: 'lint'
  /** Files, directories or globs; empty means "the config's include globs". */
  patterns: string[]
  format: FormatName
  configPath?: string
  /** Report errors only. */
  quiet: boolean
  /** Threads to lint on; absent: decided from the CPUs and the number of files. */
  threads?: number
}

export interface NewCommandLine {
  command: 'new'
  title: string
  /** A validated YYYY-MM-DD; absent means today (read at the edge). */
  date?: string
  /** As typed (relative to cwd); absent means `postmortems/` next to the configuration file. */
  dir?: string
}

/** Wrong arguments: the CLI prints the message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const usage = `Usage: postmortem <command> [options]

Commands:
  lint [paths...]        Lint post-mortems. Paths may be files, directories (the Markdown
                         files under them) or globs. Without paths: the files matched by
                         \`include\` in .postmortemrc.yml. Files matched by \`ignore\` are
                         skipped, unless named explicitly.
  new "<title>"          Create postmortems/YYYY-MM-DD-<slug>.md from the template.
  plan [paths...]        Print, offline, the issues and follow-up review a merge would create.

Options for lint:
  -f, --format <name>    ${formatNames.join(' | ')} (default: stylish)
  -c, --config <path>    Use this configuration file instead of finding .postmortemrc.yml
  -q, --quiet            Report errors only
      --threads <n>      Lint on n threads (default: from the idle CPUs and the number of files)

Options for plan:
      --format <name>    text | json (default: text)
  -c, --config <path>    Use this configuration file
      --follow-up-days <n>  Days to the follow-up review (default: 28)

Options for new:
      --date YYYY-MM-DD  Incident date (default: today, UTC)
      --dir <folder>     Where to create the file (default: postmortems/ in the folder of
                         .postmortemrc.yml, or of the current folder when there is none)

  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 no errors, 1 errors found, 2 usage, configuration or I/O error.`

const lintOptions = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  config: { type: 'string', short: 'c' },
  quiet: { type: 'boolean', short: 'q', default: false },
  threads: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const

const newOptions = {
  date: { type: 'string' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const

const planOptions = {
  format: { type: 'string', default: 'text' },
  config: { type: 'string', short: 'c' },
  'follow-up-days': { type: 'string', default: '28' },
  help: { type: 'boolean', short: 'h', default: false },
} as const

function parsePlan(args: string[]): CommandLine {
  const { values, positionals } = strictParse(args, planOptions, 'plan')
  if (values.help) return { command: 'help' }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`Unexpected format \`${values.format}\`, expected one of: text, json.`)
  const days = Number(values['follow-up-days'])
  if (!/^\d+$/.test(values['follow-up-days']) || days < 1 || days > 366) throw new UsageError(`Unexpected --follow-up-days \`${values['follow-up-days']}\`, expected a whole number from 1 to 366.`)
  return { command: 'plan', patterns: positionals, format: values.format, followUpDays: days, ...(values.config === undefined ? {} : { configPath: values.config }) }
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv
  if (first === undefined) throw new UsageError('Missing command, expected `lint` or `new`.')
  if (first === '-h' || first === '--help' || first === 'help') return { command: 'help' }
  if (first === '-v' || first === '--version') return { command: 'version' }
  if (first === 'lint') return parseLint(rest)
  if (first === 'new') return parseNew(rest)
  if (first === 'plan') return parsePlan(rest)
  throw new UsageError(`Unexpected command \`${first}\`, expected \`lint\`, \`new\` or \`plan\`.`)
}

function parseLint(args: string[]): CommandLine {
  const { values, positionals } = strictParse(args, lintOptions, 'lint')
  if (values.help) return { command: 'help' }
  if (!isFormatName(values.format)) {
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of: ${formatNames.join(', ')}.`)
  }
  return {
    command: 'lint',
    patterns: positionals,
    format: values.format,
    quiet: values.quiet,
    ...(values.config === undefined ? {} : { configPath: values.config }),
    ...(values.threads === undefined ? {} : { threads: parseThreads(values.threads) }),
  }
}

function parseThreads(text: string): number {
  const threads = Number(text)
  if (!/^\d+$/.test(text) || threads < 1 || threads > 64) {
    throw new UsageError(`Unexpected --threads \`${text}\`, expected a whole number from 1 to 64.`)
  }
  return threads
}

function parseNew(args: string[]): CommandLine {
  const { values, positionals } = strictParse(args, newOptions, 'new')
  if (values.help) return { command: 'help' }
  if (positionals.length !== 1) {
    throw new UsageError(`Expected one title for \`new\` (quote it: postmortem new "Queue backlog"), got ${positionals.length}.`)
  }
  const title = (positionals[0] ?? '').trim()
  if (title === '' || /[\r\n]/.test(title)) {
    throw new UsageError('Unexpected title, expected one non-empty line of text.')
  }
  if (values.date !== undefined && parseIsoDate(values.date) === undefined) {
    throw new UsageError(`Unexpected --date \`${values.date}\`, expected a real calendar date as YYYY-MM-DD.`)
  }
  if (values.dir !== undefined && values.dir.trim() === '') throw new UsageError('Unexpected empty --dir, expected a folder path.')
  return {
    command: 'new',
    title,
    ...(values.dir === undefined ? {} : { dir: values.dir }),
    ...(values.date === undefined ? {} : { date: values.date }),
  }
}

type Options = Parameters<typeof parseArgs>[0] extends infer C ? (C extends { options?: infer O } ? NonNullable<O> : never) : never

/** parseArgs, with its errors turned into usage messages that name the command. */
function strictParse<const O extends Options>(args: string[], options: O, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new UsageError(`${detail} (see \`postmortem ${command} --help\`)`)
  }
}
