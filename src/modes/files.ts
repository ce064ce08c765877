/** Choosing and linting the post-mortem files of a run. */
import picomatch from 'picomatch'
import type { Config } from '../config/types.js'
import type { LintFile, LintedFile } from '../lint/api.js'

/** A path is a post-mortem when a `paths` glob matches it and no `ignore` glob of the config does. */
export function postmortemMatcher(paths: readonly string[], ignore: readonly string[]): (path: string) => boolean {
  const included = picomatch([...paths])
  const ignored = ignore.length === 0 ? () => false : picomatch([...ignore])
  return (path) => included(path) && !ignored(path)
}

export interface LintOutcome {
  files: LintedFile[]
  /** Files whose linting threw: reported, and their review threads left alone. */
  crashed: Set<string>
}

/**
 * Lint each file on its own: one file that throws (a bug, not bad input, which lintFile
 * reports as a finding) becomes a finding on that file and never stops the others.
 */
export async function lintAll(workspace: string, paths: readonly string[], config: Config, lintFile: LintFile): Promise<LintOutcome> {
  const files: LintedFile[] = []
  const crashed = new Set<string>()
  for (const path of paths) {
    try {
      files.push(await lintFile(workspace, path, config))
    } catch (error) {
      crashed.add(path)
      const reason = error instanceof Error ? error.message : String(error)
      files.push({
        path,
        skipped: true,
        findings: [
          { ruleId: 'internal-error', severity: 'error', message: `Unexpected failure while linting: ${reason}`, line: 1, column: 1, endLine: 1, endColumn: 1 },
        ],
      })
    }
  }
  return { files, crashed }
}
