// Runs the built Action (node dist/index.js) as a child process the way the GitHub
// runner does: INPUT_* variables, the event payload in GITHUB_EVENT_PATH, file commands
// (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY...), a clean environment, cwd = workspace.
// Returns exit code, output, parsed outputs, summary and annotations.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DEFAULT_ENTRY = join(REPO_ROOT, 'dist/index.js')
/** Parent variables the runner would never pass down; stripped so the host CI or vitest cannot leak in. */
const STRIPPED_PREFIXES = ['GITHUB_', 'INPUT_', 'RUNNER_', 'ACTIONS_', 'VITEST', 'STATE_']
const STRIPPED_NAMES = new Set(['CI', 'NODE_OPTIONS', 'TEST', 'NODE_ENV'])

export type AnnotationLevel = 'error' | 'warning' | 'notice'

/** The runner uploads a step summary only up to 1 MiB. */
const MAX_SUMMARY_BYTES = 1024 * 1024
/** GitHub shows at most this many annotations of each level for one step. */
const VISIBLE_ANNOTATIONS_PER_LEVEL = 10

export interface Annotation {
  level: AnnotationLevel
  file: string | undefined
  line: number | undefined
  col: number | undefined
  endLine: number | undefined
  endColumn: number | undefined
  title: string | undefined
  message: string
}

export interface RunActionOptions {
  /** Extra environment, applied last (overrides what runAction sets). */
  env?: Record<string, string>
  /** Action inputs by their action.yml name; become INPUT_<NAME> (upper-cased, spaces to _, dashes kept). */
  inputs?: Record<string, string | number | boolean>
  /** GITHUB_EVENT_NAME, e.g. 'pull_request', 'push', 'schedule', 'workflow_dispatch'. */
  eventName: string
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event: Record<string, unknown>
  /** GITHUB_WORKSPACE and the child's cwd. */
  workspace: string
  /** Kill the child after this long (SIGKILL); 60 s unless set. */
  timeoutMs?: number
  /** Script to run instead of dist/index.js (absolute, or relative to the repository root). */
  entry?: string
  /** The fake GitHub (or any { url, graphqlUrl }) that GITHUB_API_URL / GITHUB_GRAPHQL_URL point at. */
  github?: { url: string; graphqlUrl: string }
  /** Text written to the child's stdin (none unless set). */
  stdin?: string
}

export interface RunActionResult {
  /** Exit code; null when killed (timeout). */
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** False when the summary exceeds the 1 MiB the runner accepts (it would then drop it). */
  summaryWithinLimit: boolean
  annotations: Annotation[]
  /** The annotations GitHub would show: at most 10 of each level per step, in order. */
  visibleAnnotations: Annotation[]
  /** Lines of ::debug:: commands (shown only with step debug logging on a real runner). */
  debug: string[]
  /** Variables exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>
  durationMs: number
}

/** The first 10 errors, 10 warnings and 10 notices, in their original order. */
export function visibleAnnotations(annotations: readonly Annotation[]): Annotation[] {
  const shown = { error: 0, warning: 0, notice: 0 }
  return annotations.filter((annotation) => ++shown[annotation.level] <= VISIBLE_ANNOTATIONS_PER_LEVEL)
}

/** INPUT_<NAME> as @actions/core reads it: upper-cased, spaces replaced by `_`, dashes kept. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

function cleanParentEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue
    if (STRIPPED_NAMES.has(name) || STRIPPED_PREFIXES.some((prefix) => name.startsWith(prefix))) continue
    env[name] = value
  }
  return env
}

/** The variables the runner derives from the event (repository, ref, sha, head/base refs). */
function eventDerivedEnv(eventName: string, event: Record<string, unknown>): Record<string, string> {
  const repository = (event['repository'] ?? {}) as { full_name?: string; owner?: { login?: string }; default_branch?: string }
  const pull = event['pull_request'] as
    | { number?: number; head?: { sha?: string; ref?: string }; base?: { ref?: string }; merge_commit_sha?: string | null }
    | undefined
  const sender = (event['sender'] ?? {}) as { login?: string }
  const env: Record<string, string> = {}
  if (repository.full_name) env['GITHUB_REPOSITORY'] = repository.full_name
  if (repository.owner?.login) env['GITHUB_REPOSITORY_OWNER'] = repository.owner.login
  if (sender.login) {
    env['GITHUB_ACTOR'] = sender.login
    env['GITHUB_TRIGGERING_ACTOR'] = sender.login
  }
  const isPullEvent = eventName === 'pull_request' || eventName === 'pull_request_target'
  if (isPullEvent && pull) {
    env['GITHUB_REF'] = eventName === 'pull_request_target' ? `refs/heads/${pull.base?.ref ?? 'main'}` : `refs/pull/${pull.number}/merge`
    env['GITHUB_REF_NAME'] = eventName === 'pull_request_target' ? (pull.base?.ref ?? 'main') : `${pull.number}/merge`
    env['GITHUB_REF_TYPE'] = 'branch'
    env['GITHUB_HEAD_REF'] = pull.head?.ref ?? ''
    env['GITHUB_BASE_REF'] = pull.base?.ref ?? ''
    env['GITHUB_SHA'] = pull.merge_commit_sha ?? pull.head?.sha ?? '0'.repeat(40)
  } else {
    const branch = repository.default_branch ?? 'main'
    env['GITHUB_REF'] = typeof event['ref'] === 'string' ? event['ref'] : `refs/heads/${branch}`
    env['GITHUB_REF_NAME'] = env['GITHUB_REF'].replace(/^refs\/(heads|tags)\//, '')
    env['GITHUB_REF_TYPE'] = 'branch'
    env['GITHUB_HEAD_REF'] = ''
    env['GITHUB_BASE_REF'] = ''
    env['GITHUB_SHA'] = typeof event['after'] === 'string' ? event['after'] : 'f'.repeat(40)
  }
  return env
}

export async function runAction(options: RunActionOptions): Promise<RunActionResult> {
  const tempDir = await mkdtemp(join(tmpdir(), 'run-action-'))
  try {
    return await runIn(tempDir, options)
  } finally {
    await rm(tempDir, { recursive: true, force: true })
  }
}

async function runIn(tempDir: string, options: RunActionOptions): Promise<RunActionResult> {
  const files = {
    event: join(tempDir, 'event.json'),
    output: join(tempDir, 'github_output'),
    summary: join(tempDir, 'step_summary.md'),
    env: join(tempDir, 'github_env'),
    path: join(tempDir, 'github_path'),
    state: join(tempDir, 'github_state'),
  }
  await writeFile(files.event, JSON.stringify(options.event, null, 2))
  for (const file of [files.output, files.summary, files.env, files.path, files.state]) await writeFile(file, '')

  const env: Record<string, string> = {
    ...cleanParentEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.github?.url ?? 'https://api.github.com',
    GITHUB_GRAPHQL_URL: options.github?.graphqlUrl ?? 'https://api.github.com/graphql',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_RUN_ID: '1000001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'postmortem',
    GITHUB_JOB: 'postmortem',
    GITHUB_ACTION: '__run',
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'fake-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: tempDir,
    RUNNER_TOOL_CACHE: join(tempDir, 'tool-cache'),
    ...eventDerivedEnv(options.eventName, options.event),
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariableName(name)] = String(value)
  Object.assign(env, options.env ?? {})

  const entry = options.entry ? resolve(REPO_ROOT, options.entry) : DEFAULT_ENTRY
  const started = Date.now()
  const child = spawn(process.execPath, [entry], { cwd: options.workspace, env, stdio: ['pipe', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdin.end(options.stdin ?? '')
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, options.timeoutMs ?? 60_000)
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit, reject) => {
    child.on('error', reject)
    child.on('close', (exitCode, exitSignal) => resolveExit({ code: exitCode, signal: exitSignal }))
  }).finally(() => clearTimeout(timer))

  const commands = parseWorkflowCommands(stdout)
  const summary = await readFile(files.summary, 'utf8')
  return {
    code,
    signal,
    timedOut,
    stdout,
    stderr,
    outputs: parseFileCommand(await readFile(files.output, 'utf8')),
    summary,
    summaryWithinLimit: Buffer.byteLength(summary) <= MAX_SUMMARY_BYTES,
    annotations: commands.annotations,
    visibleAnnotations: visibleAnnotations(commands.annotations),
    debug: commands.debug,
    exportedEnv: parseFileCommand(await readFile(files.env, 'utf8')),
    durationMs: Date.now() - started,
  }
}

/**
 * Parses GITHUB_OUTPUT / GITHUB_ENV: `name<<DELIMITER\nvalue\nDELIMITER` blocks (what
 * @actions/core writes) and plain `name=value` lines.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '')
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const valueLines: string[] = []
      index++
      while (index < lines.length && lines[index]!.replace(/\r$/, '') !== delimiter) {
        valueLines.push(lines[index]!.replace(/\r$/, ''))
        index++
      }
      if (index >= lines.length) throw new Error(`file command value for ${name} has no closing delimiter ${delimiter}`)
      values[name!] = valueLines.join('\n')
      continue
    }
    const assignment = line.indexOf('=')
    if (assignment > 0) values[line.slice(0, assignment)] = line.slice(assignment + 1)
  }
  return values
}

function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

function unescapeProperty(text: string): string {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%')
}

function optionalNumber(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : undefined
}

/**
 * Reads workflow commands from stdout as the runner does: `::error|warning|notice
 * props::message` become annotations, `::debug::` lines are collected, and
 * `::stop-commands::TOKEN` suspends processing until `::TOKEN::`.
 */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; debug: string[] } {
  const annotations: Annotation[] = []
  const debug: string[] = []
  let stopToken: string | undefined
  for (const rawLine of stdout.split('\n')) {
    const line = rawLine.replace(/\r$/, '')
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const command = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart())
    if (!command) continue
    const [, name = '', rawProperties = '', rawMessage = ''] = command
    if (name === 'stop-commands') {
      stopToken = rawMessage
      continue
    }
    if (name === 'debug') {
      debug.push(unescapeData(rawMessage))
      continue
    }
    if (name !== 'error' && name !== 'warning' && name !== 'notice') continue
    const properties: Record<string, string> = {}
    for (const pair of rawProperties.split(',')) {
      const equals = pair.indexOf('=')
      if (equals > 0) properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1))
    }
    annotations.push({
      level: name,
      file: properties['file'],
      line: optionalNumber(properties['line']),
      col: optionalNumber(properties['col']),
      endLine: optionalNumber(properties['endLine']),
      endColumn: optionalNumber(properties['endColumn']),
      title: properties['title'],
      message: unescapeData(rawMessage),
    })
  }
  return { annotations, debug }
}
