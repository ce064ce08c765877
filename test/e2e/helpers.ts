/** Shared set-up for the end-to-end tests: the built Action, a workspace, the fake GitHub, and what the linter says. */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import type { Finding } from '../../src/lint/types.js'
import type { FakeGitHub } from '../harness/fake-github.js'

export const DIST_ENTRY = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

/** The e2e tests run the bundle, as the runner does; `npm test` builds it first. */
export function assertBuilt(): void {
  if (!existsSync(DIST_ENTRY)) throw new Error(`${DIST_ENTRY} is missing: run \`npm run build\` before the end-to-end tests`)
}

export const OWNER = 'acme'
export const REPO = 'ops'
export const BOT = 'github-actions[bot]'
export const SUMMARY_MARKER = '<!-- postmortem-action:summary -->'

const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url))

/**
 * Every input as the runner passes it: the defaults read from action.yml (the only place
 * they live), the workflow token's default replaced by a token of the fake GitHub.
 */
export function inputs(overrides: Record<string, string> = {}): Record<string, string> {
  const action = parse(readFileSync(ACTION_YML, 'utf8')) as { inputs: Record<string, { default?: string }> }
  const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')]))
  return { ...defaults, 'github-token': 'ghs_write', ...overrides }
}

export async function makeWorkspace(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pm-e2e-'))
  await writeWorkspace(root, files)
  return root
}

export async function writeWorkspace(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
}

export async function removeWorkspace(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true })
}

/** The findings the linter reports for a text: the oracle the GitHub state is checked against. */
export async function findingsOf(path: string, text: string): Promise<Finding[]> {
  return (await lintText(path, text, defaultConfig())).findings
}

type RestComment = { id: number; body: string; path?: string; line?: number | null; start_line?: number | null; commit_id?: string; user?: { login?: string } | null; pull_request_url?: string; issue_url?: string; updated_at?: string }

export function reviewCommentsOn(gh: FakeGitHub, number: number, author = BOT): RestComment[] {
  return (gh.state.reviewComments as RestComment[]).filter((comment) => comment.pull_request_url?.endsWith(`/pulls/${number}`) && comment.user?.login === author)
}

export function summaryCommentsOn(gh: FakeGitHub, number: number): RestComment[] {
  return (gh.state.issueComments as RestComment[]).filter((comment) => comment.issue_url?.endsWith(`/issues/${number}`) && comment.body.includes(SUMMARY_MARKER))
}

export function threadsOn(gh: FakeGitHub, number: number) {
  return gh.state.reviewThreads.filter((thread) => thread.pullNumber === number)
}

export function writes(gh: FakeGitHub) {
  return gh.requests.filter((request) => request.isWrite)
}

/** Requests that reached GitHub's logic (a faulted attempt is not the Action's doing). */
export function answered(gh: FakeGitHub) {
  return gh.requests.filter((request) => request.fault === null)
}

/**
 * A test here runs the Action once or several times, each paced like real GitHub writes
 * (seconds apart) and retrying with back-off: on a busy machine that exceeds the default
 * per-test limit without anything being wrong.
 */
export const E2E_TIMEOUT_MS = 180_000

/**
 * The write path's waits, shortened for tests (the defaults suit real GitHub: writes seconds
 * apart, 20 s before looking for a create whose answer was lost). Read once by the Action.
 */
export const FAST_WRITES: Record<string, string> = {
  POSTMORTEM_CREATE_INTERVAL_MS: '0',
  POSTMORTEM_WRITE_INTERVAL_MS: '0',
  POSTMORTEM_LATE_COMMIT_WAIT_MS: '400',
}

/** Findings on the same line or range share one review comment: the distinct last lines, one per comment. */
export function commentRanges(findings: readonly { line: number; endLine: number; endColumn: number }[]): number[] {
  return [...new Set(findings.map((finding) => (finding.endLine > finding.line && finding.endColumn <= 1 ? finding.endLine - 1 : finding.endLine)))].sort((a, b) => a - b)
}
