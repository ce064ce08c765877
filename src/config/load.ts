/**
 * Finds and reads `.postmortemrc.yml` (the only I/O of the config layer).
 *
 * In a pull request the configuration is written by whoever opened it, so reading it is as
 * careful as reading a post-mortem (src/files.ts): a symbolic link is refused, not followed
 * (a link to `/proc/self/environ` or a credentials file would otherwise be parsed and its
 * content echoed in an error), a file that leaves `root` through a linked folder is refused,
 * the search for a configuration never climbs above `root`, and at most 256 KB are read.
 */
import { constants, closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { ConfigError } from './errors.js'
import { defaultConfig } from './defaults.js'
import type { Config } from './types.js'

export const CONFIG_NAMES = ['.postmortemrc.yml', '.postmortemrc.yaml', '.postmortemrc'] as const
const MAX_CONFIG_BYTES = 256 * 1024

export interface LoadConfigOptions {
  /** Where relative paths resolve and where the search starts when `file` is not given. */
  cwd: string
  /** Search upward from this file's folder. */
  file?: string
  /** Use exactly this file (must exist). */
  explicitPath?: string
  /**
   * The folder nothing is read above (the Action's workspace): the search stops there, and a
   * configuration outside it (by path or through a linked folder) is refused. The CLI leaves
   * it unset: on a laptop the search goes up to the filesystem root, as editors' tools do.
   */
  root?: string
}

export async function loadConfig(options: LoadConfigOptions): Promise<Config> {
  const path = options.explicitPath ? resolve(options.cwd, options.explicitPath) : findConfig(options)
  if (!path) return defaultConfig()
  // Parsing (YAML, every rule's option check) is loaded only when there is a file to parse.
  const { parseConfigText } = await import('./parse.js')
  return parseConfigText(readConfigFile(path, options.root === undefined ? undefined : resolve(options.cwd, options.root)), path)
}

/** The text of a configuration file, or a ConfigError that says why it is not read. */
export function readConfigFile(path: string, root?: string): string {
  if (root !== undefined && outside(root, path)) {
    throw new ConfigError('expected a configuration file inside the workspace; files outside it are not read', undefined, path)
  }
  let stat
  try {
    stat = lstatSync(path)
  } catch {
    throw new ConfigError('configuration file not found', undefined, path)
  }
  if (stat.isSymbolicLink()) {
    throw new ConfigError('expected a regular configuration file, found a symbolic link; links are not followed', undefined, path)
  }
  if (!stat.isFile()) throw new ConfigError('expected a configuration file, found a folder or special file', undefined, path)
  if (root !== undefined && outside(safeRealpath(root), safeRealpath(path))) {
    throw new ConfigError('expected a configuration file inside the workspace, found one reached through a linked folder; it was not read', undefined, path)
  }
  // O_NOFOLLOW: a file swapped for a link after the check above is still not followed.
  let handle: number
  try {
    handle = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw new ConfigError(`could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, undefined, path)
  }
  try {
    const opened = fstatSync(handle)
    if (!opened.isFile()) throw new ConfigError('expected a configuration file, found a folder or special file', undefined, path)
    if (opened.size > MAX_CONFIG_BYTES) throw new ConfigError(`file is larger than ${MAX_CONFIG_BYTES} bytes`, undefined, path)
    const buffer = Buffer.alloc(Math.min(MAX_CONFIG_BYTES + 1, opened.size + 1))
    let total = 0
    for (;;) {
      const read = readSync(handle, buffer, total, buffer.length - total, total)
      total += read
      if (read === 0 || total >= buffer.length) break
    }
    if (total > MAX_CONFIG_BYTES) throw new ConfigError(`file is larger than ${MAX_CONFIG_BYTES} bytes`, undefined, path)
    return buffer.subarray(0, total).toString('utf8')
  } finally {
    closeSync(handle)
  }
}

/**
 * The nearest configuration upward from `file`'s folder (or `cwd`), stopping at `root` when
 * given. Only regular files and links count as found (a folder named like one is reported by
 * loadConfig); a link is found so that loadConfig can refuse it by name rather than ignore it.
 */
export function findConfig(options: LoadConfigOptions): string | undefined {
  let dir = resolve(options.cwd, options.file ? dirname(options.file) : '.')
  const root = options.root === undefined ? undefined : resolve(options.cwd, options.root)
  if (root !== undefined && outside(root, dir)) return undefined
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name)
      if (exists(candidate)) return candidate
    }
    const parent = dirname(dir)
    if (parent === dir || dir === root) return undefined
    dir = parent
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

function outside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return isAbsolute(rel) || rel.split(sep)[0] === '..'
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
