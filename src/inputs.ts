/**
 * The Action's inputs, read once into one typed object. Defaults live in action.yml only:
 * the runner always passes them, so an empty required input here is a real mistake.
 */
import * as core from '@actions/core'
import { CONFIG_FROM_VALUES, type ConfigFrom } from './config/base.js'
import { isTimeZone } from './plan/calendar.js'
import { normaliseHandle } from './plan/nag.js'

export const FAIL_ON_VALUES = ['error', 'warning', 'never'] as const
export const MODE_VALUES = ['auto', 'lint', 'sync', 'nag'] as const
export const SCOPE_VALUES = ['changed', 'all'] as const
export const DIGEST_VALUES = ['issue', 'summary', 'off'] as const

export type FailOn = (typeof FAIL_ON_VALUES)[number]
export type ModeInput = (typeof MODE_VALUES)[number]
export type Scope = (typeof SCOPE_VALUES)[number]

/**
 * Waits of the write path, read once from the environment (POSTMORTEM_* variables, not
 * inputs: only tests and people replaying a run change them). Defaults suit real GitHub.
 */
export interface Timing {
  /** Give up on one HTTP request after this long. */
  requestTimeoutMs: number
  /** Least time between two content-creating writes. */
  createIntervalMs: number
  /** Least time between two other writes. */
  writeIntervalMs: number
  /** After an uncertain failure of a create, wait this long before looking for it. */
  lateCommitWaitMs: number
}

export const DEFAULT_TIMING: Timing = { requestTimeoutMs: 30_000, createIntervalMs: 3_000, writeIntervalMs: 1_000, lateCommitWaitMs: 20_000 }

export const TIMING_VARIABLES: Record<keyof Timing, string> = {
  requestTimeoutMs: 'POSTMORTEM_REQUEST_TIMEOUT_MS',
  createIntervalMs: 'POSTMORTEM_CREATE_INTERVAL_MS',
  writeIntervalMs: 'POSTMORTEM_WRITE_INTERVAL_MS',
  lateCommitWaitMs: 'POSTMORTEM_LATE_COMMIT_WAIT_MS',
}

export interface ActionInputs {
  githubToken: string
  /** Globs of post-mortem files, relative to the workspace. */
  paths: string[]
  /** Explicit config file, relative to the workspace; undefined to discover `.postmortemrc.yml`. */
  config?: string
  failOn: FailOn
  /** Pull-request mode: judge by the base branch's configuration (default) or the pull request's own. */
  configFrom: ConfigFrom
  mode: ModeInput
  dryRun: boolean
  /** Merge mode: reconcile the post-mortems the push changed, or all of them. */
  scope: Scope
  /** Days from the push to the follow-up review. */
  followUpDays: number
  /** Extra labels for every issue merge mode creates. */
  labels: string[]
  /** Most write requests in this run; the rest is deferred to the next run. */
  maxWrites: number
  /** Issue title template: {id} (item ID), {action}, {postmortem} (id), {title} (incident title). */
  issueTitle: string
  timing: Timing
}

/** Schedule mode's inputs (read only in that mode, so the other modes never need them). */
export interface NagInputs {
  remindBeforeDays: number
  nagIntervalDays: number
  escalateAfterDays: number
  /** Priority levels as written; empty = the two highest of the configured scale (resolved against the config). */
  escalatePriorities: string[]
  /** Validated handles ("@sponsor", "@org/team"). */
  escalateTo: string[]
  timeZone: string
  digest: (typeof DIGEST_VALUES)[number]
}

export class InputError extends Error {
  override name = 'InputError'
}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T {
  const value = core.getInput(name, { required: true }).trim()
  const match = allowed.find((candidate) => candidate === value.toLowerCase())
  if (match === undefined) {
    throw new InputError(`Input "${name}" is "${value}", expected one of: ${allowed.join(', ')}`)
  }
  return match
}

function booleanInput(name: string): boolean {
  try {
    return core.getBooleanInput(name, { required: true })
  } catch (error) {
    const value = core.getInput(name)
    throw new InputError(`Input "${name}" is "${value}", expected one of: true, false`, { cause: error })
  }
}

function pathsInput(): string[] {
  const globs = core.getMultilineInput('paths', { required: true }).map((glob) => glob.trim()).filter((glob) => glob !== '' && !glob.startsWith('#'))
  if (globs.length === 0) throw new InputError('Input "paths" has no globs, expected at least one line such as postmortems/**/*.md')
  for (const glob of globs) {
    if (glob.startsWith('/') || glob.split('/').includes('..')) {
      throw new InputError(`Input "paths" has "${glob}", expected a glob relative to the workspace (no leading "/" or "..")`)
    }
  }
  return globs
}

function positiveInteger(name: string, max: number): number {
  const value = core.getInput(name, { required: true }).trim()
  const number = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1 || number > max) {
    throw new InputError(`Input "${name}" is "${value}", expected a whole number from 1 to ${max}`)
  }
  return number
}

function labelsInput(): string[] {
  const labels = core.getMultilineInput('labels').map((label) => label.trim()).filter((label) => label !== '')
  for (const label of labels) {
    if (label.length > 50) throw new InputError(`Input "labels" has "${label.slice(0, 60)}...", expected label names of at most 50 characters (GitHub's limit)`)
    if (label.includes(',')) throw new InputError(`Input "labels" has "${label}", expected one label per line (no commas)`)
  }
  return [...new Set(labels)]
}

function issueTitleInput(): string {
  const template = core.getInput('issue-title', { required: true }).trim()
  const unknown = [...template.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]).filter((name) => !['id', 'action', 'postmortem', 'title'].includes(name ?? ''))
  if (unknown.length > 0) throw new InputError(`Input "issue-title" has {${unknown[0]}}, expected only {id}, {action}, {postmortem} and {title}`)
  return template
}

/** The POSTMORTEM_* timing variables (milliseconds, 0 allowed); an invalid one is an error naming it. */
export function readTiming(env: Readonly<Record<string, string | undefined>> = process.env): Timing {
  const timing = { ...DEFAULT_TIMING }
  for (const [field, variable] of Object.entries(TIMING_VARIABLES) as Array<[keyof Timing, string]>) {
    const raw = env[variable]?.trim()
    if (raw === undefined || raw === '') continue
    if (!/^\d+$/.test(raw) || Number(raw) > 3_600_000) throw new InputError(`${variable} is "${raw.slice(0, 40)}", expected milliseconds from 0 to 3600000`)
    timing[field] = Number(raw)
  }
  if (timing.requestTimeoutMs === 0) throw new InputError(`${TIMING_VARIABLES.requestTimeoutMs} is 0, expected at least 1 millisecond`)
  return timing
}

export function readInputs(): ActionInputs {
  const token = core.getInput('github-token', { required: true })
  // Mask before anything can log it (a token passed through a non-secret expression is not masked by the runner).
  core.setSecret(token)
  const config = core.getInput('config').trim()
  return {
    githubToken: token,
    paths: pathsInput(),
    ...(config === '' ? {} : { config }),
    failOn: oneOf('fail-on', FAIL_ON_VALUES),
    configFrom: oneOf('config-from', CONFIG_FROM_VALUES),
    mode: oneOf('mode', MODE_VALUES),
    dryRun: booleanInput('dry-run'),
    scope: oneOf('scope', SCOPE_VALUES),
    followUpDays: positiveInteger('follow-up-days', 366),
    labels: labelsInput(),
    maxWrites: positiveInteger('max-writes', 10_000),
    issueTitle: issueTitleInput(),
    timing: readTiming(),
  }
}

function dayCount(name: string, min: number, max: number): number {
  const value = core.getInput(name, { required: true }).trim()
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > max) throw new InputError(`Input "${name}" is "${value}", expected a whole number of days from ${min} to ${max}`)
  return number
}

function escalateToInput(): string[] {
  const handles: string[] = []
  for (const line of core.getMultilineInput('escalate-to').map((text) => text.trim()).filter((text) => text !== '')) {
    const handle = normaliseHandle(line)
    if (handle === undefined) throw new InputError(`Input "escalate-to" has "${line.slice(0, 60)}", expected GitHub handles such as @sponsor or @org/team, one per line`)
    if (!handles.includes(handle)) handles.push(handle)
  }
  return handles
}

function timeZoneInput(): string {
  const zone = core.getInput('timezone', { required: true }).trim()
  if (!isTimeZone(zone)) throw new InputError(`Input "timezone" is "${zone.slice(0, 60)}", expected an IANA time zone such as UTC, Europe/Paris or America/New_York`)
  return zone
}

export function readNagInputs(): NagInputs {
  return {
    remindBeforeDays: dayCount('remind-before', 0, 365),
    nagIntervalDays: dayCount('nag-interval', 1, 365),
    escalateAfterDays: dayCount('escalate-after', 0, 365),
    escalatePriorities: core.getMultilineInput('escalate-priorities').map((text) => text.trim()).filter((text) => text !== ''),
    escalateTo: escalateToInput(),
    timeZone: timeZoneInput(),
    digest: oneOf('digest', DIGEST_VALUES),
  }
}
