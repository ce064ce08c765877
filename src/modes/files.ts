/** Choosing and linting the post-mortem files of a run. */
import picomatch from 'picomatch'
import type { Config } from '../config/types.js'
import type { LintFile, LintedFile } from '../lint/api.js'

/**
 * A path is a post-mortem when a `paths` glob matches it, no `!glob` of `paths` does, and no
 * `ignore` glob of the config does.
 */
export function postmortemMatcher(paths: readonly string[], ignore: readonly string[]): (path: string) => boolean {
  const positive = paths.filter((glob) => !glob.startsWith('!'))
  const negative = [...paths.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1)), ...ignore]
  const included = positive.length === 0 ? () => false : picomatch(positive)
  const excluded = negative.length === 0 ? () => false : picomatch(negative)
  return (path) => included(path) && !excluded(path)
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
