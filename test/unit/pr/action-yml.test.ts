import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { FAIL_ON_VALUES, MODE_VALUES, SCOPE_VALUES } from '../../../src/inputs.js'

const action = parse(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: unknown; required?: boolean; description?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

describe('action.yml', () => {
  it('is a node24 JavaScript action running the bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares the inputs the code reads, each with its default and a description', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([
      'config', 'config-from', 'digest', 'dry-run', 'escalate-after', 'escalate-priorities', 'escalate-to', 'fail-on', 'follow-up-days', 'github-token',
      'issue-title', 'labels', 'max-writes', 'mode', 'nag-interval', 'paths', 'remind-before', 'scope', 'timezone',
    ])
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.default, name).toBeTypeOf('string')
      expect(input.description, name).toBeTruthy()
    }
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}')
  })

  it('has defaults the code accepts', () => {
    expect(FAIL_ON_VALUES).toContain(action.inputs['fail-on']!.default)
    expect(MODE_VALUES).toContain(action.inputs['mode']!.default)
    expect(['true', 'false']).toContain(action.inputs['dry-run']!.default)
    expect(SCOPE_VALUES).toContain(action.inputs['scope']!.default)
    expect(Number(action.inputs['max-writes']!.default)).toBeGreaterThan(0)
    expect(Number(action.inputs['follow-up-days']!.default)).toBe(28)
    expect(action.inputs['issue-title']!.default).toBe('[{id}] {action}')
  })

  it('declares the outputs run() sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'files', 'issues', 'warnings'])
  })
})
