/** Schedule mode as the Action runs it: its own inputs, GitHub as the reader and writer, then runNag. */
import type { Config } from '../config/types.js'
import { readingFile } from '../files.js'
import { IssuesGitHub } from '../github/issues.js'
import { readViewerLogin } from '../github/viewer.js'
import { readNagInputs, type ActionInputs } from '../inputs.js'
import { parseText } from '../plan/nag-documents.js'
import { DROPPED_LABEL, OVERDUE_LABEL, POSTMORTEM_LABEL } from '../plan/labels.js'
import { sameAuthor } from '../plan/review.js'
import { octokitFor, repositoryOf, serverUrl, writeExecutor } from './github-wiring.js'
import { resolveEscalatePriorities, runNag, scheduleRoles } from './nag.js'
import type { ModeLog, ModeResult } from './types.js'

export interface ScheduleRun {
  inputs: ActionInputs
  config: Config
  workspace: string
  now: Date
  log: ModeLog
}

export async function runScheduleMode({ inputs, config, workspace, now, log }: ScheduleRun): Promise<ModeResult> {
  // Read here, once, because no other mode needs them.
  const nag = readNagInputs()
  const repository = repositoryOf()
  const octokit = octokitFor(inputs, log)
  const issues = new IssuesGitHub(octokit, repository)
  const executor = writeExecutor(inputs, log, octokit, repository)
  const selfLogin = await readViewerLogin(octokit)
  const server = serverUrl()
  const commit = process.env['GITHUB_SHA'] || 'HEAD'
  const result = await runNag({
    workspace,
    paths: inputs.paths,
    config,
    lintFile: readingFile(parseText),
    log,
    now,
    timeZone: nag.timeZone,
    nag: { remindBeforeDays: nag.remindBeforeDays, nagIntervalDays: nag.nagIntervalDays, escalateAfterDays: nag.escalateAfterDays, escalatePriorities: resolveEscalatePriorities(nag.escalatePriorities, config), escalateTo: nag.escalateTo },
    digest: nag.digest,
    dryRun: inputs.dryRun,
    reader: {
      listIssues: async () => (await issues.listIssuesByLabel(POSTMORTEM_LABEL)).map((issue) => ({ ...issue, commentCount: issue.commentCount ?? 0 })),
      listComments: (number) => issues.listComments(number),
      listLabelNames: async () => (await issues.listLabels()).map((label) => label.name),
    },
    execute: (writes) => executor.run(writes),
    roleOf: scheduleRoles,
    isSelf: (login) => sameAuthor(login, selfLogin),
    sourceUrl: (path, line) => `${server}/${repository.owner}/${repository.repo}/blob/${commit}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`,
    labels: { tracked: POSTMORTEM_LABEL, overdue: OVERDUE_LABEL, dropped: DROPPED_LABEL },
  })
  if (result.digest !== undefined && nag.digest === 'summary') result.notes.push(result.digest)
  return { ...result, summaryTitle: 'Post-mortem reminders' }
}
