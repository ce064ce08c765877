/**
 * `postmortem timeline`: the I/O edge of src/timeline. Each file is recognised from its first
 * 64 KiB, then line-based logs are streamed in 1 MiB chunks (memory does not grow with the
 * file) and JSON exports, which must be parsed whole, are read up to a size cap.
 */
import { open, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, basename } from 'node:path'
// Only the drafting core here: the Markdown parser (for --into) is loaded when it is needed.
import { recognise, TimelineDraft, unknownFormatMessage } from '../timeline/draft.js'
import { renderJson, renderMarkdown, thousands } from '../timeline/render.js'
import type { AssumedZone } from '../timeline/time.js'
import type { DraftedTimeline, DraftOptions, InputProblem } from '../timeline/types.js'
import type { TimelineCommandLine } from './args.js'
import { ExitCode } from './exit-codes.js'
import type { CliIo } from './io.js'
import { displayPath } from './paths.js'

const HEAD_BYTES = 64 * 1024
const CHUNK_BYTES = 1024 * 1024
/** JSON exports are parsed whole; past this size they are refused rather than exhausting memory. */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024

export interface DraftRequest {
  files: readonly string[]
  options: Partial<DraftOptions>
  zone?: AssumedZone
}

export interface DraftOutcome {
  timeline: DraftedTimeline
  problems: InputProblem[]
}

/** Reads every file into one draft; problems name the file and never stop the other files. */
export async function draftFromFiles(request: DraftRequest, cwd: string): Promise<DraftOutcome> {
  const draft = new TimelineDraft(request.options, request.zone)
  for (const file of request.files) {
    const path = resolve(cwd, file)
    const shown = displayPath(path, cwd)
    try {
      await readEvidence(draft, path, shown)
    } catch (error) {
      draft.problem({ file: shown, message: `cannot read: ${(error as Error).message}`, fatal: true })
    }
  }
  return { timeline: draft.finish(), problems: draft.problems }
}

async function readEvidence(draft: TimelineDraft, path: string, shown: string): Promise<void> {
  const info = await stat(path)
  if (!info.isFile()) {
    draft.problem({ file: shown, message: 'is not a file; name the export files themselves (a Slack export: its channel/day .json files)', fatal: true })
    return
  }
  const head = await readHead(path)
  if (head.includes(0)) {
    draft.problem({ file: shown, message: 'is a binary file, not a text export', fatal: true })
    return
  }
  const recognised = recognise(new TextDecoder('utf-8').decode(head))
  if (recognised.kind === 'empty') {
    draft.problem({ file: shown, message: 'is empty', fatal: false })
  } else if (recognised.kind === 'unknown') {
    draft.problem({ file: shown, message: unknownFormatMessage(), fatal: true })
  } else if (recognised.kind === 'document') {
    if (info.size > MAX_DOCUMENT_BYTES) {
      draft.problem({ file: shown, message: `is a ${Math.round(info.size / 1048576)} MiB JSON document; JSON exports are read whole, up to ${MAX_DOCUMENT_BYTES / 1048576} MiB (narrow the query's time range)`, fatal: true })
      return
    }
    draft.document(shown, await readFile(path, 'utf8'))
  } else {
    // Raw bytes: no UTF-8 decoding of gigabytes; the core decodes only the lines it must read.
    const feed = draft.lines(shown, recognised.format, { bytes: true })
    const handle = await open(path, 'r')
    try {
      // One buffer for the whole file: the feed copies what it keeps (a line cut by the chunk's end).
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
      for (let read = await handle.read(buffer, 0, CHUNK_BYTES, null); read.bytesRead > 0; read = await handle.read(buffer, 0, CHUNK_BYTES, null)) {
        feed.pushBytes(buffer.subarray(0, read.bytesRead))
      }
    } finally {
      await handle.close()
    }
    feed.end()
  }
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

export function describeProblem(problem: InputProblem): string {
  return `postmortem: ${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}`
}

export async function runTimeline(commandLine: TimelineCommandLine, io: CliIo): Promise<ExitCode> {
  const { timeline, problems } = await draftFromFiles(
    {
      files: commandLine.files,
      zone: commandLine.zone,
      options: {
        ...(commandLine.since === undefined ? {} : { since: commandLine.since }),
        ...(commandLine.until === undefined ? {} : { until: commandLine.until }),
        ...(commandLine.threshold === undefined ? {} : { threshold: commandLine.threshold }),
      },
    },
    io.cwd,
  )
  for (const problem of problems) io.stderr(describeProblem(problem))
  if (timeline.omittedRows > 0) {
    io.stderr(`postmortem: ${thousands(timeline.omittedRows)} more rows not shown (the first ${thousands(timeline.rows.length)} are); narrow the window with --since/--until`)
  }
  const failed = problems.some((problem) => problem.fatal)
  if (commandLine.into !== undefined) {
    const merged = await mergeInto(commandLine.into, timeline, io)
    return merged === ExitCode.ok && failed ? ExitCode.failure : merged
  }
  io.stdout(commandLine.format === 'json' ? renderJson(timeline, problems) : renderMarkdown(timeline))
  return failed ? ExitCode.failure : ExitCode.ok
}

async function mergeInto(target: string, timeline: DraftedTimeline, io: CliIo): Promise<ExitCode> {
  const path = resolve(io.cwd, target)
  const shown = displayPath(path, io.cwd)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    io.stderr(`postmortem: cannot read ${shown}: ${(error as Error).message}`)
    return ExitCode.failure
  }
  const [{ mergeTimeline }, { defaultConfig }] = await Promise.all([import('../timeline/merge.js'), import('../config/defaults.js')])
  const result = mergeTimeline(text, timeline.rows, defaultConfig())
  if (!result.ok) {
    io.stderr(`postmortem: ${shown}: ${result.message}`)
    return ExitCode.failure
  }
  if (result.added > 0) await writeAtomically(path, result.text)
  io.stdout(`${shown}: ${result.added} new ${result.added === 1 ? 'row' : 'rows'} merged into the Timeline; ${result.alreadyThere} already there\n`)
  return ExitCode.ok
}

/** A temporary file beside the target, then a rename: a crash never leaves half a post-mortem. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  await writeFile(temporary, text, 'utf8')
  await rename(temporary, path)
}
