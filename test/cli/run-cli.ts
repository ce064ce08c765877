import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const bin = join(repoRoot, 'bin/postmortem.js')
const bundle = join(repoRoot, 'dist/cli.js')

/** The tests exercise the built CLI exactly as users run it; without a build they fail, loudly. */
export function assertBuilt(): void {
  if (!existsSync(bundle)) throw new Error('dist/cli.js is missing: run `npm run build` before these tests')
}

export interface CliRun {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env }
  // Colour decisions are under test: start from a neutral environment.
  if (options.env?.FORCE_COLOR === undefined) delete env.FORCE_COLOR
  if (options.env?.NO_COLOR === undefined) delete env.NO_COLOR
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? repoRoot, env, encoding: 'utf8' })
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr }
}

export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'pm-cli-test-'))
}
