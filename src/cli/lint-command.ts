/** `postmortem lint`: find the files, lint each (one failure never stops the others), report. */
import { basename, dirname, relative, resolve } from 'node:path'
import { loadConfig } from '../config/load.js'
import type { Config } from '../config/types.js'
import { lintFile } from '../files.js'
import type { LintedFile } from '../lint/api.js'
import type { LintCommandLine } from './args.js'
import { ExitCode } from './exit-codes.js'
import { displayPath, expandPatterns, type ConfigFor } from './expand.js'
import { formatters } from './formatters/index.js'
import type { FormatContext } from './formatters/types.js'
import type { CliIo } from './io.js'

/** Files are read and linted a few at a time: enough to overlap I/O, few enough to bound memory. */
const CONCURRENCY = 8

export async function runLint(commandLine: LintCommandLine, io: CliIo, context: FormatContext): Promise<ExitCode> {
  const configFor = configResolver(io.cwd, commandLine.configPath)
  const { files, problems } = await expandPatterns(commandLine.patterns, io.cwd, configFor)
  const results = await mapLimited(files, CONCURRENCY, (file) => lintOne(file, io.cwd, configFor))
  const linted = results.map((result) => result.file)
  const shown = commandLine.quiet ? linted.map(errorsOnly) : linted
  io.stdout(formatters[commandLine.format](shown, context))
  for (const problem of problems) io.stderr(`postmortem: ${problem}`)
  const crashed = results.filter((result) => result.crash !== undefined)
  for (const result of crashed) io.stderr(`postmortem: ${result.file.path}: ${result.crash}`)
  if (problems.length > 0 || crashed.length > 0) return ExitCode.failure
  return linted.some((file) => file.findings.some((finding) => finding.severity === 'error')) ? ExitCode.findings : ExitCode.ok
}

/**
 * One configuration per folder, found upward from the file (or the one given with --config).
 * Cached as promises, so files of one folder share a single read.
 */
function configResolver(cwd: string, explicitPath: string | undefined): ConfigFor {
  if (explicitPath !== undefined) {
    const shared = loadConfig({ cwd, explicitPath })
    // Observed now so an early rejection is not "unhandled"; callers still receive the error.
    shared.catch(() => undefined)
    return () => shared
  }
  const byFolder = new Map<string, Promise<Config>>()
  return (absolutePath) => {
    const folder = dirname(absolutePath)
    let config = byFolder.get(folder)
    if (config === undefined) {
      config = loadConfig({ cwd, file: absolutePath })
      byFolder.set(folder, config)
    }
    return config
  }
}

interface LintOutcome {
  file: LintedFile
  /** Set when linting threw: a bug, reported on stderr with exit code 2 rather than as a finding. */
  crash?: string
}

async function lintOne(absolutePath: string, cwd: string, configFor: ConfigFor): Promise<LintOutcome> {
  const path = displayPath(absolutePath, cwd)
  const config = await configFor(absolutePath)
  // lintFile refuses paths outside its workspace; a file named outside cwd is its own workspace.
  const inside = !path.startsWith('/') && !relative(cwd, absolutePath).startsWith('..')
  const [workspace, relativePath] = inside ? [cwd, relative(cwd, absolutePath)] : [dirname(absolutePath), basename(absolutePath)]
  try {
    const linted = await lintFile(resolve(workspace), relativePath, config)
    return { file: { ...linted, path } }
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error)
    return { file: { path, findings: [], skipped: true }, crash: `unexpected failure while linting, please report it: ${reason}` }
  }
}

function errorsOnly(file: LintedFile): LintedFile {
  return { ...file, findings: file.findings.filter((finding) => finding.severity === 'error') }
}

async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
