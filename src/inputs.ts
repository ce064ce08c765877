/**
 * The Action's inputs, read once into one typed object. Defaults live in action.yml only:
 * the runner always passes them, so an empty required input here is a real mistake.
 */
import * as core from '@actions/core'

export const FAIL_ON_VALUES = ['error', 'warning', 'never'] as const
export const MODE_VALUES = ['auto', 'lint', 'sync', 'nag'] as const

export type FailOn = (typeof FAIL_ON_VALUES)[number]
export type ModeInput = (typeof MODE_VALUES)[number]

export interface ActionInputs {
  githubToken: string
  /** Globs of post-mortem files, relative to the workspace. */
  paths: string[]
  /** Explicit config file, relative to the workspace; undefined to discover `.postmortemrc.yml`. */
  config?: string
  failOn: FailOn
  mode: ModeInput
  dryRun: boolean
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
    mode: oneOf('mode', MODE_VALUES),
    dryRun: booleanInput('dry-run'),
  }
}
