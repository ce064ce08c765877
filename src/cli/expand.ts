/**
 * Command-line paths -> the files to lint. Files named explicitly are always linted; files found
 * through a directory, a glob or the config's `include` are filtered by the `ignore` globs of the
 * configuration that applies to them.
 */
import { stat } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import type picomatch from 'picomatch'
import type { Config } from '../config/types.js'
import { toPosix } from './paths.js'

/** Markdown files under a directory argument. */
const MARKDOWN_UNDER_DIRECTORY = ['**/*.md', '**/*.markdown']
/** Never walked into, whatever the configuration says. */
const NEVER_WALKED = ['**/node_modules/**', '**/.git/**']

export interface Expansion {
  /** Absolute paths, deduplicated, sorted. */
  files: string[]
  /** Arguments that name nothing: reported as a finding on the argument, in every format. */
  problems: PathProblem[]
}

export interface PathProblem {
  /** The argument as typed (`.` when no argument was given and `include` matched nothing). */
  path: string
  /** "Unexpected X, expected Y", like every finding. */
  message: string
}

export type ConfigFor = (absolutePath: string) => Promise<Config>

export async function expandPatterns(patterns: readonly string[], cwd: string, configFor: ConfigFor): Promise<Expansion> {
  const files = new Set<string>()
  const problems: PathProblem[] = []
  if (patterns.length === 0) {
    const found = await filesFromInclude(cwd, configFor)
    if (found.length === 0) {
      problems.push({ path: '.', message: 'Unexpected folder without post-mortems, expected files matching `include` of the configuration (or paths on the command line)' })
    }
    found.forEach((file) => files.add(file))
  }
  for (const pattern of patterns) {
    const found = await expandOne(pattern, cwd, configFor)
    if (typeof found === 'string') problems.push({ path: pattern, message: found })
    else found.forEach((file) => files.add(file))
  }
  return { files: [...files].sort(), problems }
}

async function expandOne(pattern: string, cwd: string, configFor: ConfigFor): Promise<string[] | string> {
  const absolute = resolve(cwd, pattern)
  const kind = await pathKind(absolute)
  if (kind === 'file') return [absolute]
  if (kind === 'directory') {
    const found = await keepNotIgnored(await globFrom(absolute, MARKDOWN_UNDER_DIRECTORY), cwd, configFor)
    return found.length > 0 ? found : 'Unexpected folder without Markdown files to lint, expected `.md` files under it (outside `ignore`)'
  }
  // The glob libraries are loaded only for an argument that needs them: most runs name files.
  const { isDynamicPattern } = await import('tinyglobby')
  if (isDynamicPattern(pattern)) {
    const found = await keepNotIgnored(await globFrom(cwd, [pattern]), cwd, configFor)
    return found.length > 0 ? found : 'Unexpected glob that matches no files to lint, expected at least one (files in `ignore` are left out)'
  }
  return 'Unexpected missing file or folder, expected an existing path or a glob'
}

async function filesFromInclude(cwd: string, configFor: ConfigFor): Promise<string[]> {
  // The configuration that applies in cwd: the one a file directly in cwd would get.
  const config = await configFor(resolve(cwd, 'postmortem.md'))
  const base = configBase(config, cwd)
  return keepNotIgnored(await globFrom(base, config.include), cwd, configFor)
}

async function globFrom(directory: string, patterns: readonly string[]): Promise<string[]> {
  const { glob } = await import('tinyglobby')
  return glob([...patterns], {
    cwd: directory,
    absolute: true,
    dot: false,
    followSymbolicLinks: false,
    ignore: NEVER_WALKED,
    expandDirectories: false,
  })
}

async function keepNotIgnored(files: readonly string[], cwd: string, configFor: ConfigFor): Promise<string[]> {
  const kept: string[] = []
  for (const file of files) {
    const config = await configFor(file)
    if (!(await isIgnored(file, config, cwd))) kept.push(resolve(file))
  }
  return kept
}

const matcherCache = new WeakMap<Config, picomatch.Matcher>()

/** `ignore` globs are relative to the folder of the configuration file (or cwd for the defaults). */
export async function isIgnored(absolutePath: string, config: Config, cwd: string): Promise<boolean> {
  if (config.ignore.length === 0) return false
  let matcher = matcherCache.get(config)
  if (matcher === undefined) {
    const { default: picomatch } = await import('picomatch')
    matcher = picomatch(config.ignore, { dot: true })
    matcherCache.set(config, matcher)
  }
  return matcher(toPosix(relative(configBase(config, cwd), absolutePath)))
}

export function configBase(config: Config, cwd: string): string {
  return config.source === undefined ? cwd : dirname(resolve(cwd, config.source))
}

async function pathKind(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    const info = await stat(path)
    return info.isDirectory() ? 'directory' : 'file'
  } catch {
    return 'missing'
  }
}
