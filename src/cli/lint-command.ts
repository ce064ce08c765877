/** `postmortem lint`: find the files, lint each (one failure never stops the others), report. */
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path'
import { findConfig, loadConfig } from '../config/load.js'
import type { Config } from '../config/types.js'
import type { FileReport } from '../lint/types.js'
import type { LintCommandLine } from './args.js'
import { ExitCode } from './exit-codes.js'
import { ruleDocsUrl } from '../lint/docs.js'
import { expandPatterns, type ConfigFor, type PathProblem } from './expand.js'
import { displayPath } from './paths.js'
import { formatters } from './formatters/index.js'
import type { FormatContext } from './formatters/types.js'
import type { CliIo } from './io.js'
import { ruleCatalog } from './rule-catalog.js'
import { version } from './version.js'
import { lintAll, type LintJob } from './lint-pool.js'

const INFORMATION_URI = 'https://github.com/postmortem-action/postmortem-action'

export async function runLint(commandLine: LintCommandLine, io: CliIo): Promise<ExitCode> {
  const configFor = configResolver(io.cwd, commandLine.configPath)
  const { files, problems } = await expandPatterns(commandLine.patterns, io.cwd, configFor)
  const jobs: LintJob[] = []
  for (const file of files) {
    jobs.push({ path: displayPath(file, io.cwd), config: await configFor(file), ...workspaceFor(file, io.cwd) })
  }
  const outcomes = await lintAll(jobs, { workerScript: io.workerScript, threads: commandLine.threads, ...(io.busyCpus === undefined ? {} : { busyCpus: io.busyCpus }) })
  const linted = outcomes.map((outcome) => outcome.report)
  // A path that names nothing is a finding like the others, so every format shows it.
  const reports = [...problems.map(problemReport), ...linted]
  const shown = commandLine.quiet ? reports.map(errorsOnly) : reports
  io.stdout(formatters[commandLine.format](shown, formatContext(io)))
  // The human format already shows it; machine formats keep stdout parseable, so say it on stderr too.
  if (commandLine.format !== 'stylish') for (const problem of problems) io.stderr(`postmortem: ${problem.path}: ${problem.message}`)
  const crashed = outcomes.filter((outcome) => outcome.crash !== undefined)
  for (const outcome of crashed) io.stderr(`postmortem: ${outcome.report.path}: ${outcome.crash}`)
  if (problems.length > 0 || crashed.length > 0) return ExitCode.failure
  return linted.some((file) => file.findings.some((finding) => finding.severity === 'error')) ? ExitCode.findings : ExitCode.ok
}

/**
 * The configuration for each file: the one given with --config, or `.postmortemrc.yml` found
 * upward from the file. Cached per folder and per configuration file, so every file under one
 * configuration shares one Config object (and so one lint pipeline).
 */
function configResolver(cwd: string, explicitPath: string | undefined): ConfigFor {
  if (explicitPath !== undefined) {
    const shared = loadConfig({ cwd, explicitPath })
    // Observed now so an early rejection is not "unhandled"; callers still receive the error.
    shared.catch(() => undefined)
    return () => shared
  }
  const byFolder = new Map<string, Promise<Config>>()
  const byConfigFile = new Map<string, Promise<Config>>()
  return (absolutePath) => {
    const folder = dirname(absolutePath)
    let config = byFolder.get(folder)
    if (config === undefined) {
      const found = findConfig({ cwd, file: absolutePath })
      const key = found ?? ''
      config = byConfigFile.get(key) ?? loadConfig(found === undefined ? { cwd, file: absolutePath } : { cwd, explicitPath: found })
      byConfigFile.set(key, config)
      byFolder.set(folder, config)
    }
    return config
  }
}

/** A file named outside cwd is its own workspace: lintFile refuses paths that leave the workspace. */
export function workspaceFor(absolutePath: string, cwd: string): { workspace: string; relativePath: string } {
  const fromCwd = relative(cwd, absolutePath)
  if (fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd)) {
    return { workspace: dirname(absolutePath), relativePath: basename(absolutePath) }
  }
  return { workspace: resolve(cwd), relativePath: fromCwd }
}

function formatContext(io: CliIo): FormatContext {
  return { color: io.color, toolName: 'postmortem-lint', toolVersion: version, informationUri: INFORMATION_URI, rules: ruleCatalog() }
}

function problemReport(problem: PathProblem): FileReport {
  const finding = { ruleId: 'unreadable', severity: 'error', message: problem.message, line: 1, column: 1, endLine: 1, endColumn: 1, url: ruleDocsUrl('parse-errors') } as const
  return { path: problem.path, findings: [finding], skipped: true }
}

function errorsOnly(file: FileReport): FileReport {
  return { ...file, findings: file.findings.filter((finding) => finding.severity === 'error') }
}
