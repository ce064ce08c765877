/**
 * The linter's public surface (contract for the CLI, the Action's modes and the bench).
 * Implemented in src/lint/engine.ts (pure: text in, findings out) and src/files.ts (reading files).
 */
import type { Config } from '../config/types.js'
import type { Postmortem } from '../model/types.js'
import type { FileReport } from './types.js'

export interface LintedFile extends FileReport {
  /** The parsed model, when the file was parsed (for timelines in PR summaries, plans in sync mode). */
  postmortem?: Postmortem
  /** The text that was linted (normalised: BOM removed; line endings as in the file). */
  text?: string
}

/** Lint one document held in memory. Pure apart from CPU: no I/O, no clock. */
export type LintText = (path: string, text: string, config: Config) => Promise<LintedFile>

/**
 * Read and lint one file of the workspace. Binary, invalid UTF-8, empty, oversized, symlinked
 * or outside-the-workspace files come back `skipped: true` with one finding saying why.
 */
export type LintFile = (workspace: string, relativePath: string, config: Config) => Promise<LintedFile>
