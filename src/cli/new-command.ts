/** `postmortem new`: write a new post-mortem from the template, never over an existing file. */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { NewCommandLine } from './args.js'
import { builtinTemplate } from './builtin-template.js'
import { ExitCode } from './exit-codes.js'
import { displayPath } from './paths.js'
import type { CliIo } from './io.js'
import { fillDuration, fillTemplate, isoDateOf, postmortemFileName } from './new-postmortem.js'

/** Where post-mortems live by default, relative to the repository's configuration file. */
const DEFAULT_FOLDER = 'postmortems'

export async function runNew(commandLine: NewCommandLine, io: CliIo): Promise<ExitCode> {
  const folder = commandLine.dir === undefined ? await defaultFolder(io.cwd) : resolve(io.cwd, commandLine.dir)
  const evidence = commandLine.timelineFrom === undefined ? undefined : await draftEvidence(commandLine, io)
  if (evidence === 'failed') return ExitCode.failure
  const date = commandLine.date ?? (evidence?.start === undefined ? undefined : isoDateOf(new Date(evidence.start))) ?? isoDateOf(io.now)
  const target = join(folder, postmortemFileName(date, commandLine.title))
  const shown = displayPath(target, io.cwd)
  let text = fillTemplate(await readTemplate(folder), commandLine.title, date)
  if (evidence !== undefined) {
    const filled = await withTimeline(text, evidence, io)
    if (filled === undefined) return ExitCode.failure
    text = filled
  }
  try {
    await mkdir(folder, { recursive: true })
    // `wx` fails when the file exists, atomically: no check-then-write race.
    await writeFile(target, text, { encoding: 'utf8', flag: 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      io.stderr(`postmortem: ${shown} already exists; not overwriting it. Choose another title or --date, or edit that file.`)
    } else {
      io.stderr(`postmortem: cannot write ${shown}: ${(error as Error).message}`)
    }
    return ExitCode.failure
  }
  io.stdout(`Created ${shown}\n`)
  return ExitCode.ok
}

interface Evidence {
  rows: import('../timeline/types.js').TimelineRow[]
  /** The incident window: the first to the last drafted row (the files' span when no row). */
  start?: number
  end?: number
}

/** `--timeline-from`: the drafted timeline; any file that could not be read stops `new` before it writes. */
async function draftEvidence(commandLine: NewCommandLine, io: CliIo): Promise<Evidence | 'failed'> {
  const { draftFromFiles, describeProblem } = await import('./timeline-command.js')
  const { timeline, problems } = await draftFromFiles({ files: commandLine.timelineFrom ?? [], options: {}, zone: commandLine.zone }, io.cwd)
  for (const problem of problems) io.stderr(describeProblem(problem))
  if (problems.some((problem) => problem.fatal)) {
    io.stderr('postmortem: no post-mortem written: fix or leave out the files above and run again.')
    return 'failed'
  }
  const rows = timeline.rows
  const start = rows[0]?.at ?? timeline.window?.start
  const end = rows.at(-1)?.at ?? timeline.window?.end
  return { rows, ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) }
}

async function withTimeline(text: string, evidence: Evidence, io: CliIo): Promise<string | undefined> {
  const { mergeTimeline } = await import('../timeline/merge.js')
  const { defaultConfig } = await import('../config/defaults.js')
  const merged = mergeTimeline(text, evidence.rows, defaultConfig(), { dropPlaceholders: true })
  if (!merged.ok) {
    io.stderr(`postmortem: the template ${merged.message}`)
    return undefined
  }
  return evidence.start === undefined || evidence.end === undefined ? merged.text : fillDuration(merged.text, evidence.start, evidence.end)
}

/**
 * `postmortems/` beside the `.postmortemrc.yml` that applies here (the repository root), so
 * `postmortem new` run from any subfolder writes where the others are; cwd when there is none.
 */
async function defaultFolder(cwd: string): Promise<string> {
  // Loaded here only: the configuration code is not needed by the other paths of `new`.
  const { findConfig } = await import('../config/load.js')
  const configFile = findConfig({ cwd })
  return join(configFile === undefined ? cwd : dirname(configFile), DEFAULT_FOLDER)
}

/** The repository's own TEMPLATE.md next to the post-mortems wins over the built-in copy. */
async function readTemplate(folder: string): Promise<string> {
  try {
    return await readFile(join(folder, 'TEMPLATE.md'), 'utf8')
  } catch {
    return builtinTemplate
  }
}
