/** `lint` outside a pull request: every post-mortem of the workspace, reported as annotations and job summary. */
import { glob } from 'tinyglobby'
import type { Config } from '../config/types.js'
import type { LintFile } from '../lint/api.js'
import { lintAll, postmortemMatcher } from './files.js'
import type { ModeLog, ModeResult } from './types.js'

export interface LintWorkspaceOptions {
  workspace: string
  paths: readonly string[]
  config: Config
  lintFile: LintFile
  log: ModeLog
}

export async function lintWorkspace(options: LintWorkspaceOptions): Promise<ModeResult> {
  const found = await glob([...options.paths], { cwd: options.workspace, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false })
  const isPostmortem = postmortemMatcher(options.paths, options.config.ignore)
  const paths = found.filter(isPostmortem).sort()
  options.log.info(`Linting ${paths.length} post-mortem file(s) matching ${options.paths.join(', ')}`)
  const { files } = await lintAll(options.workspace, paths, options.config, options.lintFile)
  return { files, notes: [], githubFailures: [] }
}
