/** Finds and reads `.postmortemrc.yml` (the only I/O of the config layer). */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { ConfigError } from './errors.js'
import { defaultConfig } from './defaults.js'
import { parseConfigText } from './parse.js'
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
}

export async function loadConfig(options: LoadConfigOptions): Promise<Config> {
  const path = options.explicitPath ? resolve(options.cwd, options.explicitPath) : findConfig(options)
  if (!path) return defaultConfig()
  if (!existsSync(path)) throw new ConfigError('configuration file not found', undefined, path)
  if (!statSync(path).isFile()) throw new ConfigError('expected a configuration file, found a folder or special file', undefined, path)
  if (statSync(path).size > MAX_CONFIG_BYTES) throw new ConfigError(`file is larger than ${MAX_CONFIG_BYTES} bytes`, undefined, path)
  return parseConfigText(readFileSync(path, 'utf8'), path)
}

export function findConfig(options: LoadConfigOptions): string | undefined {
  let dir = resolve(options.cwd, options.file ? dirname(options.file) : '.')
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name)
      if (existsSync(candidate)) return candidate
    }
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}
