/**
 * `postmortem plan`: offline, without a token, what a merge would create for these
 * post-mortems: the issue of each action item (title, labels, assignees, deadline) and the
 * follow-up review (title, due date, assignees). The same planner as the Action, against an
 * empty repository; owners are not checked (that needs GitHub), so every @login is shown as
 * it would be assigned if GitHub accepts it.
 */
import { loadConfig, findConfig } from '../config/load.js'
import type { Config } from '../config/types.js'
import { lintFile } from '../files.js'
import { planSync, postmortemId, type SyncDocument } from '../plan/sync.js'
import type { PlanCommandLine } from './args.js'
import { ExitCode } from './exit-codes.js'
import { expandPatterns } from './expand.js'
import type { CliIo } from './io.js'
import { displayPath } from './paths.js'

const DEFAULT_ISSUE_TITLE = '[{id}] {action}'

export async function runPlan(commandLine: PlanCommandLine, io: CliIo): Promise<ExitCode> {
  const configs = new Map<string, Promise<Config>>()
  const configFor = (absolutePath: string): Promise<Config> => {
    const found = commandLine.configPath ?? findConfig({ cwd: io.cwd, file: absolutePath })
    const key = found ?? ''
    let config = configs.get(key)
    if (config === undefined) {
      config = loadConfig(found === undefined ? { cwd: io.cwd, file: absolutePath } : { cwd: io.cwd, explicitPath: found })
      configs.set(key, config)
    }
    return config
  }
  const { files, problems } = await expandPatterns(commandLine.patterns, io.cwd, configFor)
  const documents: SyncDocument[] = []
  let priorities: Config['priorities'] | undefined
  for (const file of files) {
    const config = await configFor(file)
    priorities ??= config.priorities
    const path = displayPath(file, io.cwd)
    const linted = await lintFile(io.cwd, path, config)
    if (linted.postmortem === undefined || linted.skipped === true) problems.push(`${path}: not a readable post-mortem (run \`postmortem lint ${path}\`)`)
    else documents.push({ path, postmortem: linted.postmortem })
  }
  const input = {
    documents,
    existing: [],
    existingLabels: [],
    assignable: new Map<string, boolean>(),
    context: {
      owner: 'OWNER',
      repo: 'REPO',
      serverUrl: 'https://github.com',
      sha: 'HEAD',
      headDate: io.now.toISOString().slice(0, 10),
      followUpDays: commandLine.followUpDays,
      extraLabels: [],
      issueTitle: DEFAULT_ISSUE_TITLE,
      priorities: priorities ?? {},
    },
  }
  // Offline nobody can say who is assignable: plan as if GitHub accepts every @login.
  for (const login of planSync(input).uncheckedLogins) input.assignable.set(login.toLowerCase(), true)
  const plan = planSync(input)
  const byPostmortem = documents.map((document) => {
    const id = postmortemId(document.path, document.postmortem)
    const followUp = plan.followUps.find((entry) => entry.postmortemId === id)
    return {
      path: document.path,
      id,
      issues: plan.items.filter((item) => item.postmortemId === id).map((item) => ({ itemId: item.itemId, line: item.line, title: item.title, labels: item.labels, assignees: item.assignees, deadline: item.deadline })),
      followUp: followUp === undefined ? undefined : { title: followUp.title, due: followUp.due, assignees: followUp.assignees, labels: ['post-mortem', 'post-mortem: review'] },
    }
  })
  if (commandLine.format === 'json') io.stdout(`${JSON.stringify({ postmortems: byPostmortem, warnings: plan.warnings }, null, 2)}\n`)
  else io.stdout(renderText(byPostmortem, plan.warnings, commandLine.followUpDays))
  for (const problem of problems) io.stderr(`postmortem: ${problem}`)
  return problems.length > 0 ? ExitCode.failure : ExitCode.ok
}

type Planned = Array<{
  path: string
  id: string
  issues: Array<{ itemId: string; line: number; title: string; labels: string[]; assignees: string[]; deadline: string }>
  followUp: { title: string; due: string; assignees: string[]; labels: string[] } | undefined
}>

function renderText(planned: Planned, warnings: readonly string[], followUpDays: number): string {
  const lines: string[] = []
  for (const entry of planned) {
    lines.push(`${entry.path} (id ${entry.id}): ${entry.issues.length} issue(s) + 1 follow-up review`)
    for (const issue of entry.issues) {
      lines.push(`  ${issue.title}`)
      lines.push(`    line ${issue.line} · labels: ${issue.labels.join(', ')} · assignees: ${issue.assignees.map((login) => `@${login}`).join(', ') || 'none'} · deadline: ${issue.deadline || 'none'}`)
    }
    if (entry.followUp !== undefined) {
      lines.push(`  ${entry.followUp.title}`)
      lines.push(`    due ${entry.followUp.due} (${followUpDays} days from today) · labels: ${entry.followUp.labels.join(', ')} · assignees: ${entry.followUp.assignees.map((login) => `@${login}`).join(', ') || 'none'}`)
    }
    lines.push('')
  }
  if (planned.length === 0) lines.push('No post-mortems found.', '')
  for (const warning of warnings) lines.push(`warning: ${warning}`)
  lines.push('Owners are not checked offline: in the Action, a login GitHub cannot assign is named in the issue instead.')
  return `${lines.join('\n')}\n`
}
