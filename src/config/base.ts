/**
 * Pull-request mode judges a pull request by the configuration of its BASE branch by default:
 * otherwise the pull request could switch its own check off (`ignore: ['postmortems/**']`, every
 * rule `off`) in the same change it is judged by. Pure: the caller passes a reader of files at
 * the base commit (the GitHub API, or git).
 */
import { CONFIG_NAMES } from './load.js'
import { defaultConfig } from './defaults.js'
import { ConfigError } from './errors.js'
import type { Config } from './types.js'

export type ConfigFrom = 'base' | 'head'
export const CONFIG_FROM_VALUES: readonly ConfigFrom[] = ['base', 'head']

/** The texts of files at the base commit (undefined where there is no such file), in one read. Throws when it cannot tell. */
export type ReadAtBase = (paths: readonly string[]) => Promise<Array<string | undefined>>

const MAX_CONFIG_CHARS = 256 * 1024

/** The configuration file names the Action would read from the workspace's top folder. */
export function configCandidates(explicitPath: string | undefined): string[] {
  return explicitPath === undefined || explicitPath === '' ? [...CONFIG_NAMES] : [explicitPath.replace(/^\.\//, '')]
}

/** The configuration at the base commit, or the defaults when the base has none. */
export async function loadBaseConfig(read: ReadAtBase, baseSha: string, explicitPath?: string): Promise<Config> {
  const candidates = configCandidates(explicitPath)
  const texts = await read(candidates)
  for (const [index, candidate] of candidates.entries()) {
    const text = texts[index]
    if (text === undefined) continue
    const label = `${candidate} (base commit ${baseSha.slice(0, 7)})`
    if (text.length > MAX_CONFIG_CHARS) throw new ConfigError(`file is larger than ${MAX_CONFIG_CHARS} characters`, undefined, label)
    const { parseConfigText } = await import('./parse.js')
    return parseConfigText(text, label)
  }
  if (explicitPath !== undefined && explicitPath !== '') throw new ConfigError('configuration file not found at the base commit', undefined, `${explicitPath} (base commit ${baseSha.slice(0, 7)})`)
  return defaultConfig()
}

/** The configuration files this pull request adds, edits, renames or removes (each path, once). */
export function changedConfigFiles(changed: readonly { path: string; previousPath?: string }[], explicitPath?: string): string[] {
  const candidates = new Set(configCandidates(explicitPath))
  const touched = new Set<string>()
  for (const file of changed) {
    for (const path of [file.path, file.previousPath]) if (path !== undefined && candidates.has(path)) touched.add(path)
  }
  return [...touched].sort()
}
