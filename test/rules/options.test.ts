/**
 * Rule options: a wrong option is never silently ignored (it is refused when the configuration is
 * loaded, or reported when the rule runs, naming the option and what it expects), and the
 * documented options change what the rules report.
 */
import { describe, expect, it } from 'vitest'
import { KNOWN_RULES } from '../../src/config/defaults.js'
import { ConfigError } from '../../src/config/errors.js'
import { validateConfig } from '../../src/config/parse.js'
import { lintText } from '../../src/lint/engine.js'

const DOCUMENT = `# Post-Mortem: Export stalled (2025-03-08)

**Date**: 2025-03-08
**Duration**: 25 minutes
**Severity**: Teal

## Root Cause

A schema migration held an exclusive lock on the orders table.

## Timeline (all times UTC)

- 23:58 Export job stops writing rows
- 00:20 Lag alert pages the data on-call
`

function configWith(ruleId: string, options: unknown) {
  const rules: Record<string, unknown> = Object.fromEntries(KNOWN_RULES.map((id) => [id, 'off']))
  rules[ruleId] = ['error', options]
  return validateConfig({ rules })
}

/** What happens to a rule option: refused at load time, or reported by the rule as it runs. */
async function rejection(ruleId: string, options: unknown): Promise<string | undefined> {
  let config
  try {
    config = configWith(ruleId, options)
  } catch (error) {
    if (error instanceof ConfigError) return error.message
    throw error
  }
  const { findings } = await lintText('export.md', DOCUMENT, config)
  return findings.find((finding) => finding.message.startsWith(`rules.${ruleId}`))?.message
}

async function findingsOf(ruleId: string, options: unknown, text = DOCUMENT): Promise<string[]> {
  const { findings } = await lintText('export.md', text, configWith(ruleId, options))
  return findings.map((finding) => finding.message)
}

describe('a wrong rule option', () => {
  const cases: [rule: string, options: Record<string, unknown>, mentions: string[]][] = [
    ['contributing-factors', { minimum: 'three' }, ['rules.contributing-factors.minimum', 'whole number', '"three"']],
    ['contributing-factors', { minimum: -1 }, ['rules.contributing-factors.minimum', 'whole number']],
    ['contributing-factors', { minimum: 2.5 }, ['rules.contributing-factors.minimum', 'whole number']],
    ['contributing-factors', { minimun: 3 }, ['rules.contributing-factors', '`minimun`', 'minimum']],
    ['required-sections', { sections: 'summary' }, ['rules.required-sections.sections', 'list of strings']],
    ['required-sections', { sections: ['summary', 'postmortem-review'] }, ['rules.required-sections.sections', 'postmortem-review', 'lessons-learned']],
    ['metadata', { required: ['date', 'owner'] }, ['rules.metadata.required', 'owner', 'reviewed']],
    ['metadata', { required: 3 }, ['rules.metadata.required', 'list of strings']],
    ['timeline-complete', { requireSource: 'yes' }, ['rules.timeline-complete.requireSource', 'true or false']],
    ['timeline-complete', { requireSources: false }, ['rules.timeline-complete', '`requireSources`', 'requireSource']],
  ]

  for (const [rule, options, mentions] of cases) {
    it(`${rule} ${JSON.stringify(options)} is refused, naming the option and what it expects`, async () => {
      const message = await rejection(rule, options)
      expect(message, 'refused at load time or reported by the rule').toBeDefined()
      for (const part of mentions) expect(message).toContain(part)
    })
  }

  it('is a configuration error, not a finding in every file', async () => {
    const error = (() => {
      try {
        configWith('contributing-factors', { minimum: 'three' })
        return undefined
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain('rules.contributing-factors.minimum')
  })
})

describe('rule options change what is reported', () => {
  it('contributing-factors: minimum', async () => {
    expect(await findingsOf('contributing-factors', {})).toEqual([expect.stringContaining('Unexpected 1 contributing factor, expected at least 2')])
    expect(await findingsOf('contributing-factors', { minimum: 1 })).toEqual([])
    expect(await findingsOf('contributing-factors', { minimum: 4 })).toEqual([expect.stringContaining('expected at least 4')])
  })

  it('required-sections: sections replaces the default list', async () => {
    expect(await findingsOf('required-sections', {})).toHaveLength(6)
    expect(await findingsOf('required-sections', { sections: ['root-cause', 'timeline'] })).toEqual([])
    expect(await findingsOf('required-sections', { sections: ['timeline', 'prevention'] })).toEqual([expect.stringContaining('missing section `Prevention`')])
  })

  it('metadata: required decides which missing fields are reported, values are checked anyway', async () => {
    const all = await findingsOf('metadata', {})
    expect(all.filter((message) => message.includes('missing'))).toEqual([expect.stringContaining('missing `Authors` field')])
    expect(all).toContainEqual(expect.stringContaining('severity `Teal`'))
    const fewer = await findingsOf('metadata', { required: ['date'] })
    expect(fewer).toEqual([expect.stringContaining('severity `Teal`')])
    const more = await findingsOf('metadata', { required: ['date', 'reviewed', 'id'] })
    expect(more.filter((message) => message.includes('missing'))).toEqual([
      expect.stringContaining('missing `Reviewed` field'),
      expect.stringContaining('missing `Id` field'),
    ])
  })

  it('timeline-complete: requireSource', async () => {
    expect(await findingsOf('timeline-complete', {})).toEqual([expect.stringContaining('Unexpected timeline without sources')])
    expect(await findingsOf('timeline-complete', { requireSource: false })).toEqual([])
  })
})

describe('rule levels in the configuration', () => {
  it('an options-only setting keeps the default level', () => {
    const config = validateConfig({ rules: { 'contributing-factors': { minimum: 3 }, 'action-item-specific': {} } })
    expect(config.rules['contributing-factors']).toEqual({ level: 'error', options: { minimum: 3 } })
    expect(config.rules['action-item-specific']?.level).toBe('warn')
  })

  it('remark-lint numbers work inside the list form', () => {
    const config = validateConfig({ rules: { 'timeline-order': [1], 'contributing-factors': [2, { minimum: 3 }], metadata: [0] } })
    expect(config.rules['timeline-order']?.level).toBe('warn')
    expect(config.rules['contributing-factors']).toEqual({ level: 'error', options: { minimum: 3 } })
    expect(config.rules['metadata']?.level).toBe('off')
  })

  it('an unknown rule or level is refused when loading, naming the key', () => {
    expect(() => validateConfig({ rules: { 'timeline-utcc': 'error' } })).toThrow(/unknown rule `timeline-utcc`, expected one of: required-sections/)
    expect(() => validateConfig({ rules: { 'timeline-utc': 'warning' } })).toThrow(/invalid level "warning", expected one of: off, warn, error/)
  })
})
