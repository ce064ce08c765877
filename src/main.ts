/**
 * run(): the only code that talks to the runner. Reads inputs once, picks the mode, runs it,
 * reports (annotations, job summary, outputs) and decides pass or fail. The only setFailed.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { loadConfig } from './config/load.js'
import type { LintFile } from './lint/api.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { readNow } from './clock.js'
import { eventAction, isPushToDefaultBranch } from './modes/event.js'
import { pickMode } from './modes/pick.js'
import type { ModeLog, ModeResult } from './modes/types.js'
import { planAnnotations } from './report/annotations.js'
import { renderJobSummary } from './report/job-summary.js'
import { countFindings } from './report/summary-comment.js'
import { verdict } from './report/verdict.js'

const log: ModeLog = { info: core.info, warning: (message) => core.warning(message), debug: core.debug }

// Each mode, the linter and the GitHub client are loaded when a run needs them: a run with
// nothing to lint loads neither the Markdown parser nor the HTTP stack.
const lintFile: LintFile = async (...args) => (await import('./files.js')).lintFile(...args)

function readEventPayload(): unknown {
  const path = process.env['GITHUB_EVENT_PATH']
  if (path === undefined || path === '') return {}
  return JSON.parse(readFileSync(path, 'utf8')) as unknown
}

/** Document text (the dry-run plan quotes findings) must never be read as a workflow command. */
function logVerbatim(text: string): void {
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  core.info(text)
  core.info(`::${token}::`)
}

async function runMode(inputs: ActionInputs, eventName: string, payload: unknown, now: Date): Promise<ModeResult | string> {
  const choice = pickMode(inputs.mode, eventName, eventAction(payload), isPushToDefaultBranch(payload))
  if (choice.kind === 'unavailable') throw new Error(choice.message)
  if (choice.kind === 'skip') return choice.reason
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
  // root: nothing above the workspace is searched or read (the pull request's author controls what is in it).
  const workspaceConfig = () => loadConfig({ cwd: workspace, root: workspace, ...(inputs.config === undefined ? {} : { explicitPath: inputs.config }) })
  switch (choice.kind) {
    case 'lint-workspace': {
      const { lintWorkspace } = await import('./modes/lint-workspace.js')
      return lintWorkspace({ workspace, paths: inputs.paths, config: await workspaceConfig(), lintFile, log })
    }
    case 'nag': {
      const { runScheduleMode } = await import('./modes/run-schedule.js')
      return runScheduleMode({ inputs, config: await workspaceConfig(), workspace, now, log })
    }
    case 'sync': {
      const { runSyncMode } = await import('./modes/run-sync.js')
      return runSyncMode({ inputs, payload, config: await workspaceConfig(), workspace, now, log })
    }
    case 'lint-pr': {
      const { runPullRequestMode } = await import('./modes/run-pr.js')
      return runPullRequestMode({ inputs, payload, workspace, workspaceConfig, log })
    }
  }
}

async function report(inputs: ActionInputs, result: ModeResult): Promise<void> {
  const { annotations, omitted } = planAnnotations(result.files)
  for (const { level, message, ...properties } of annotations) {
    const emit = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice
    emit(message, properties)
  }
  if (omitted > 0) core.notice(`${omitted} more finding(s) are not annotated (GitHub shows 10 annotations per level); the job summary lists every finding.`)
  for (const note of result.notes) if (inputs.dryRun) logVerbatim(note)
  const summary = renderJobSummary({ title: result.summaryTitle ?? 'Post-mortem lint', files: result.files, notes: result.notes })
  try {
    await core.summary.addRaw(summary, true).write()
  } catch (error) {
    // Outside a runner there is no summary file; the annotations above still carry every visible finding.
    core.debug(`No job summary written: ${error instanceof Error ? error.message : String(error)}`)
  }
  const counts = countFindings(result.files)
  core.setOutput('errors', counts.error)
  core.setOutput('warnings', counts.warning)
  core.setOutput('files', result.files.length)
  for (const [name, value] of Object.entries(result.outputs ?? {})) core.setOutput(name, value)
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    // The one read of the clock (POSTMORTEM_NOW replaces it); everything below gets `now` passed in.
    const now = readNow(process.env)
    const outcome = await runMode(inputs, process.env['GITHUB_EVENT_NAME'] ?? '', readEventPayload(), now)
    if (typeof outcome === 'string') {
      core.info(outcome)
      core.setOutput('errors', 0)
      core.setOutput('warnings', 0)
      core.setOutput('files', 0)
      return
    }
    await report(inputs, outcome)
    const result = verdict(outcome.files, inputs.failOn, outcome.githubFailures)
    if (result.failed) core.setFailed(result.message)
    else core.info(result.message)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
