import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readInputs } from '../../../src/inputs.js'

// The runner passes every input (defaults from action.yml) as INPUT_<NAME>.
const DEFAULTS: Record<string, string> = {
  'github-token': 'ghs_test',
  paths: 'postmortems/**/*.md',
  config: '',
  'fail-on': 'error',
  mode: 'auto',
  'dry-run': 'false',
  scope: 'changed',
  'follow-up-days': '28',
  labels: '',
  'max-writes': '150',
  'issue-title': '[{id}] {action}',
}

function setInputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries({ ...DEFAULTS, ...values })) process.env[`INPUT_${name.toUpperCase()}`] = value
}

describe('readInputs', () => {
  beforeEach(() => {
    // core.setSecret writes an ::add-mask:: command; keep it out of the test output.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    vi.restoreAllMocks()
    for (const name of Object.keys(DEFAULTS)) delete process.env[`INPUT_${name.toUpperCase()}`]
  })

  it('reads the defaults into one typed object', () => {
    setInputs({})
    expect(readInputs()).toEqual({
      githubToken: 'ghs_test',
      paths: ['postmortems/**/*.md'],
      failOn: 'error',
      mode: 'auto',
      dryRun: false,
      scope: 'changed',
      followUpDays: 28,
      labels: [],
      maxWrites: 150,
      issueTitle: '[{id}] {action}',
      timing: { requestTimeoutMs: 30_000, createIntervalMs: 3_000, writeIntervalMs: 1_000, lateCommitWaitMs: 20_000 },
    })
  })

  it('reads several globs, a config path and YAML booleans', () => {
    setInputs({ paths: 'postmortems/**/*.md\n\nincidents/*.md\n', config: ' .github/pm.yml ', 'dry-run': 'True', 'fail-on': 'Warning' })
    expect(readInputs()).toMatchObject({ paths: ['postmortems/**/*.md', 'incidents/*.md'], config: '.github/pm.yml', dryRun: true, failOn: 'warning' })
  })

  it('reads the sync inputs and names what is wrong with them', () => {
    setInputs({ labels: 'team: db\n\nteam: db\nops\n', 'max-writes': '40', 'follow-up-days': '14', scope: 'ALL' })
    expect(readInputs()).toMatchObject({ labels: ['team: db', 'ops'], maxWrites: 40, followUpDays: 14, scope: 'all' })
    setInputs({ 'max-writes': '0' })
    expect(() => readInputs()).toThrow('Input "max-writes" is "0", expected a whole number from 1 to 10000')
    setInputs({ 'issue-title': '{id}: {owner}' })
    expect(() => readInputs()).toThrow('Input "issue-title" has {owner}, expected only {id}, {action}, {postmortem} and {title}')
    setInputs({ labels: 'a,b' })
    expect(() => readInputs()).toThrow('expected one label per line')
  })

  it('names the valid values of an enum input', () => {
    setInputs({ 'fail-on': 'errors' })
    expect(() => readInputs()).toThrow('Input "fail-on" is "errors", expected one of: error, warning, never')
    setInputs({ 'fail-on': 'error', mode: 'merge' })
    expect(() => readInputs()).toThrow('Input "mode" is "merge", expected one of: auto, lint, sync, nag')
  })

  it('names the valid values of a boolean input', () => {
    setInputs({ 'dry-run': 'yes' })
    expect(() => readInputs()).toThrow('Input "dry-run" is "yes", expected one of: true, false')
  })

  it('refuses globs that leave the workspace', () => {
    setInputs({ paths: '../secrets/*.md' })
    expect(() => readInputs()).toThrow(/expected a glob relative to the workspace/)
    setInputs({ paths: '/etc/*.md' })
    expect(() => readInputs()).toThrow(/expected a glob relative to the workspace/)
  })

  it('says which required input is missing', () => {
    setInputs({})
    delete process.env['INPUT_GITHUB-TOKEN']
    expect(() => readInputs()).toThrow(/github-token/)
  })
})
