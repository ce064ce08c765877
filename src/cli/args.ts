import { parseArgs } from 'node:util'
import { formatNames, isFormatName, type FormatName } from './formatters/index.js'
import { parseIsoDate } from './new-postmortem.js'
import { parseZone, readIsoTimestamp, ZonelessTimestamp, ZoneReader as ZoneReaderFor, type AssumedZone } from '../timeline/time.js'

export type CommandLine =
  | { command: 'help' }
  | { command: 'version' }
  | LintCommandLine
  | NewCommandLine
  | PlanCommandLine
  | TimelineCommandLine

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
  /** Evidence files whose drafted timeline fills the Timeline table and the Duration. */
  timelineFrom?: string[]
  zone?: AssumedZone
}

export interface TimelineCommandLine {
  command: 'timeline'
  files: string[]
  /** Epoch milliseconds (UTC). */
  since?: number
  until?: number
  format: 'markdown' | 'json'
  into?: string
  /** For timestamps that state no zone. */
  zone?: AssumedZone
  threshold?: number
}

/** Wrong arguments: the CLI prints the message and where to get help on one line, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
  constructor(
    message: string,
    /** The command whose help answers the mistake (`postmortem lint --help`). */
    readonly help = 'postmortem --help',
  ) {
    super(message)
  }
}

export const usage = `Usage: postmortem <command> [options]

Commands:
  lint [paths...]        Lint post-mortems. Paths may be files, directories (the Markdown
                         files under them) or globs. Without paths: the files matched by
                         \`include\` in .postmortemrc.yml. Files matched by \`ignore\` are
                         skipped, unless named explicitly.
  new "<title>"          Create postmortems/YYYY-MM-DD-<slug>.md from the template.
  plan [paths...]        Print, offline, the issues and follow-up review a merge would create.
  timeline [files...]    Draft a UTC timeline table from logs, metrics, alerts, pages and chat
                         exports (formats recognised from the content; see docs/timeline.md).

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
      --timeline-from <file>  Fill the Timeline and Duration from evidence files (repeat the
                         option or separate files with commas); --date defaults to the incident's
      --assume-zone <zone>    As for timeline

Options for timeline:
      --since <time>     Start of the window: ISO 8601 with a zone, or epoch seconds
      --until <time>     End of the window (default: the files' own span)
      --format <name>    markdown | json (default: markdown)
      --into <file>      Merge the rows into this post-mortem's Timeline table (rows kept, new
                         rows inserted in order, nothing already there added twice)
      --assume-zone <zone>  Zone of timestamps that state none: an IANA name (Europe/Berlin),
                         UTC or +02:00; without it such timestamps are an error
      --threshold <x>    Metric change-point threshold, a robust z-score (default: 4)

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
  'timeline-from': { type: 'string', multiple: true },
  'assume-zone': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const

const timelineOptions = {
  since: { type: 'string' },
  until: { type: 'string' },
  format: { type: 'string', default: 'markdown' },
  into: { type: 'string' },
  'assume-zone': { type: 'string' },
  threshold: { type: 'string' },
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
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`Unexpected format \`${values.format}\`, expected one of: text, json`, 'postmortem plan --help')
  const days = Number(values['follow-up-days'])
  if (!/^\d+$/.test(values['follow-up-days']) || days < 1 || days > 366) throw new UsageError(`Unexpected --follow-up-days \`${values['follow-up-days']}\`, expected a whole number from 1 to 366`, 'postmortem plan --help')
  return { command: 'plan', patterns: positionals, format: values.format, followUpDays: days, ...(values.config === undefined ? {} : { configPath: values.config }) }
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv
  if (first === undefined) throw new UsageError('Unexpected command line without a command, expected `lint`, `new`, `plan` or `timeline`')
  if (first === '-h' || first === '--help' || first === 'help') return { command: 'help' }
  if (first === '-v' || first === '--version') return { command: 'version' }
  if (first === 'lint') return parseLint(rest)
  if (first === 'new') return parseNew(rest)
  if (first === 'plan') return parsePlan(rest)
  if (first === 'timeline') return parseTimeline(rest)
  throw new UsageError(`Unexpected command \`${first}\`, expected \`lint\`, \`new\`, \`plan\` or \`timeline\``)
}

function parseLint(args: string[]): CommandLine {
  const { values, positionals } = strictParse(args, lintOptions, 'lint')
  if (values.help) return { command: 'help' }
  if (!isFormatName(values.format)) {
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of: ${formatNames.join(', ')}`, 'postmortem lint --help')
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
    throw new UsageError(`Unexpected --threads \`${text}\`, expected a whole number from 1 to 64`, 'postmortem lint --help')
  }
  return threads
}

function parseNew(args: string[]): CommandLine {
  const { values, positionals } = strictParse(args, newOptions, 'new')
  if (values.help) return { command: 'help' }
  if (positionals.length !== 1) {
    throw new UsageError(`Unexpected ${positionals.length} titles for \`new\`, expected one title (quote it: postmortem new "Queue backlog")`, 'postmortem new --help')
  }
  const title = (positionals[0] ?? '').trim()
  if (title === '' || /[\r\n]/.test(title)) {
    throw new UsageError('Unexpected title, expected one non-empty line of text', 'postmortem new --help')
  }
  if (values.date !== undefined && parseIsoDate(values.date) === undefined) {
    throw new UsageError(`Unexpected --date \`${values.date}\`, expected a real calendar date as YYYY-MM-DD`, 'postmortem new --help')
  }
  if (values.dir !== undefined && values.dir.trim() === '') throw new UsageError('Unexpected empty --dir, expected a folder path', 'postmortem new --help')
  const timelineFrom = (values['timeline-from'] ?? []).flatMap((value) => value.split(',')).map((file) => file.trim()).filter(Boolean)
  if (values['timeline-from'] !== undefined && timelineFrom.length === 0) throw new UsageError('Unexpected empty --timeline-from, expected evidence files', 'postmortem new --help')
  const zone = parseZoneOption(values['assume-zone'])
  return {
    command: 'new',
    title,
    ...(values.dir === undefined ? {} : { dir: values.dir }),
    ...(values.date === undefined ? {} : { date: values.date }),
    ...(timelineFrom.length === 0 ? {} : { timelineFrom }),
    ...(zone === undefined ? {} : { zone }),
  }
}

function parseTimeline(args: string[]): CommandLine {
  const { values, positionals } = strictParse(args, timelineOptions, 'timeline')
  if (values.help) return { command: 'help' }
  if (positionals.length === 0) throw new UsageError('Unexpected `timeline` without files, expected evidence files (logs, metrics, alerts, pages, chat exports)', 'postmortem timeline --help')
  if (values.format !== 'markdown' && values.format !== 'json') {
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of: markdown, json`, 'postmortem timeline --help')
  }
  const zone = parseZoneOption(values['assume-zone'])
  const since = values.since === undefined ? undefined : parseInstant(values.since, '--since', zone)
  const until = values.until === undefined ? undefined : parseInstant(values.until, '--until', zone)
  if (since !== undefined && until !== undefined && since > until) throw new UsageError('Unexpected --since after --until, expected an earlier start than end', 'postmortem timeline --help')
  let threshold: number | undefined
  if (values.threshold !== undefined) {
    threshold = Number(values.threshold)
    if (!/^\d+(?:\.\d+)?$/.test(values.threshold) || !(threshold > 0) || threshold > 1000) {
      throw new UsageError(`Unexpected --threshold \`${values.threshold}\`, expected a positive number such as 4 (a robust z-score)`, 'postmortem timeline --help')
    }
  }
  if (values.into !== undefined && values.into.trim() === '') throw new UsageError('Unexpected empty --into, expected a post-mortem file', 'postmortem timeline --help')
  return {
    command: 'timeline',
    files: positionals,
    format: values.format,
    ...(since === undefined ? {} : { since }),
    ...(until === undefined ? {} : { until }),
    ...(values.into === undefined ? {} : { into: values.into }),
    ...(zone === undefined ? {} : { zone }),
    ...(threshold === undefined ? {} : { threshold }),
  }
}

function parseZoneOption(text: string | undefined): AssumedZone | undefined {
  if (text === undefined) return undefined
  const zone = parseZone(text)
  if (zone === undefined) throw new UsageError(`Unexpected --assume-zone \`${text}\`, expected an IANA zone (Europe/Berlin), UTC or an offset (+02:00)`, 'postmortem timeline --help')
  return zone
}

/** `2025-02-09T10:00:00Z`, `2025-02-09 10:00+01:00`, epoch seconds; a zone-less time needs --assume-zone. */
function parseInstant(text: string, option: string, zone: AssumedZone | undefined): number {
  const trimmed = text.trim()
  if (/^\d{9,13}(?:\.\d+)?$/.test(trimmed)) return Number(trimmed) >= 1e11 ? Math.floor(Number(trimmed)) : Math.round(Number(trimmed) * 1000)
  // Seconds are optional on the command line.
  const withSeconds = trimmed.replace(/^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})(?=$|[Zz+-]| )/, '$1:00')
  try {
    const read = readIsoTimestamp(withSeconds, 0, zone === undefined ? undefined : new ZoneReaderFor(zone))
    if (read !== undefined && read.length === withSeconds.length) return read.ms
  } catch (error) {
    if (error instanceof ZonelessTimestamp) throw new UsageError(`Unexpected ${option} \`${text}\` without a zone, expected one (2025-02-09T10:00Z, +01:00) or --assume-zone`, 'postmortem timeline --help')
    throw error
  }
  throw new UsageError(`Unexpected ${option} \`${text}\`, expected an ISO 8601 time with a zone (2025-02-09T10:00:00Z) or epoch seconds`, 'postmortem timeline --help')
}


type Options = Parameters<typeof parseArgs>[0] extends infer C ? (C extends { options?: infer O } ? NonNullable<O> : never) : never

/** parseArgs, with Node's parser errors turned into one usage line that names the flag. */
function strictParse<const O extends Options>(args: string[], options: O, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(describeParseError(error, options, command), `postmortem ${command} --help`)
  }
}

function describeParseError(error: unknown, options: Options, command: string): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  // Node names the flag in quotes: "Unknown option '--colour'", "Option '-f, --format <value>' argument missing".
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? ''
  const flag = quoted.match(/--?[\w-]+/g)?.at(-1) ?? quoted
  const known = Object.keys(options).map((name) => `--${name}`).join(', ')
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unexpected option \`${flag}\` for \`${command}\`, expected one of: ${known}`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(message)) return `Unexpected \`${flag}\` without a value, expected \`${flag} <value>\``
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Unexpected value for \`${flag}\`, expected the flag alone`
  return `Unexpected arguments for \`${command}\` (${message.split('.')[0]}), expected the options of \`postmortem ${command} --help\``
}
