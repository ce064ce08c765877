import { describe, expect, it } from 'vitest'
import { defaultConfig, KNOWN_RULES } from '../../src/config/defaults.js'
import { ConfigError } from '../../src/config/errors.js'
import { parseConfigText, validateConfig } from '../../src/config/parse.js'
import { ruleIds } from '../../src/lint/rules/index.js'

/** The ConfigError a call throws (fails the test when it throws nothing or something else). */
function configError(run: () => unknown): ConfigError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error('expected a ConfigError, nothing was thrown')
}

describe('defaults', () => {
  it('has a setting for every known rule, structural rules as errors and wording as a warning', () => {
    const config = defaultConfig()
    expect(Object.keys(config.rules).sort()).toEqual([...KNOWN_RULES].sort())
    expect(config.rules['timeline-utc']).toEqual({ level: 'error', options: {} })
    expect(config.rules['action-item-specific']?.level).toBe('warn')
    expect(config.source).toBeUndefined()
  })

  it('knows every rule the engine runs', () => {
    for (const id of ruleIds) expect(KNOWN_RULES).toContain(id)
  })

  it('ships the vocabularies the parser relies on', () => {
    const config = defaultConfig()
    expect(config.sections['action-items']).toEqual(expect.arrayContaining(['action items', 'follow-ups', 'corrective actions', 'remediation']))
    expect(config.sections['root-cause']).toEqual(expect.arrayContaining(['root causes']))
    expect(config.columns.owner).toEqual(expect.arrayContaining(['assignee', 'who']))
    expect(config.columns.deadline).toEqual(expect.arrayContaining(['due', 'due date']))
    expect(config.columns.priority).toEqual(expect.arrayContaining(['pri']))
    expect(Object.keys(config.priorities)).toEqual(['P0', 'P1', 'P2', 'P3', 'P4'])
    expect(config.include).toEqual(['**/*.md'])
    expect(config.ignore).toContain('**/TEMPLATE.md')
  })

  it('returns a fresh copy each time, so one caller cannot change another one\'s config', () => {
    const first = defaultConfig()
    first.sections.summary?.push('changed')
    first.rules['metadata'] = { level: 'off', options: {} }
    const second = defaultConfig()
    expect(second.sections.summary).not.toContain('changed')
    expect(second.rules['metadata']?.level).toBe('error')
  })
})

describe('validateConfig', () => {
  it('accepts an empty file as the defaults', () => {
    const config = parseConfigText('', '/repo/.postmortemrc.yml')
    const { source, ...rest } = config
    const { source: _none, ...defaults } = defaultConfig()
    expect(rest).toEqual(defaults)
    expect(source).toBe('/repo/.postmortemrc.yml')
  })

  it('adds user aliases to the built-in ones instead of replacing them', () => {
    const config = validateConfig({
      sections: { 'action-items': ['Maßnahmen'], 'went-badly': ['pain points'] },
      columns: { owner: ['verantwortlich'] },
      priorities: { P1: ['dringend'] },
    })
    expect(config.sections['action-items']).toEqual([...(defaultConfig().sections['action-items'] ?? []), 'Maßnahmen'])
    expect(config.sections['went-badly']).toEqual(['pain points'])
    expect(config.columns.owner).toEqual(expect.arrayContaining(['assignee', 'verantwortlich']))
    expect(config.priorities.P1).toEqual(['p1', 'high', 'hi', 'dringend'])
  })

  it('accepts a single string where a list is expected', () => {
    expect(validateConfig({ sections: { summary: 'tl;dr' } }).sections.summary?.at(-1)).toBe('tl;dr')
    expect(validateConfig({ include: 'docs/postmortems/**/*.md' }).include).toEqual(['docs/postmortems/**/*.md'])
  })

  it('replaces include but adds to ignore', () => {
    const config = validateConfig({ include: ['incidents/*.md'], ignore: ['incidents/drafts/**'] })
    expect(config.include).toEqual(['incidents/*.md'])
    expect(config.ignore).toEqual([...defaultConfig().ignore, 'incidents/drafts/**'])
  })

  it.each([
    ['off', 'off'],
    ['warn', 'warn'],
    ['error', 'error'],
    [0, 'off'],
    [1, 'warn'],
    [2, 'error'],
    [['warn'], 'warn'],
    [[0], 'off'],
    [[2], 'error'],
  ])('reads the rule level %j as %s', (value, level) => {
    expect(validateConfig({ rules: { 'timeline-utc': value } }).rules['timeline-utc']).toEqual({ level, options: {} })
  })

  it('reads [level, {options}]', () => {
    expect(validateConfig({ rules: { 'contributing-factors': ['warn', { minimum: 3 }] } }).rules['contributing-factors']).toEqual({
      level: 'warn',
      options: { minimum: 3 },
    })
  })

  it('reads options alone and keeps the default level', () => {
    expect(validateConfig({ rules: { 'contributing-factors': { minimum: 3 } } }).rules['contributing-factors']).toEqual({
      level: 'error',
      options: { minimum: 3 },
    })
    // A rule without options refuses any.
    expect(() => validateConfig({ rules: { 'action-item-specific': { extra: true } } })).toThrow(/unknown option `extra`/)
  })

  it('leaves the rules not mentioned at their defaults', () => {
    const config = validateConfig({ rules: { metadata: 'off' } })
    expect(config.rules.metadata?.level).toBe('off')
    expect(config.rules['timeline-order']?.level).toBe('error')
    expect(config.rules['action-item-specific']?.level).toBe('warn')
  })
})

describe('invalid configuration is a ConfigError naming the key and what was expected', () => {
  it('checks rule options with the rule itself when the configuration loads', () => {
    const error = configError(() => validateConfig({ rules: { 'contributing-factors': ['warn', { minimum: 'two' }] } }, '/repo/.postmortemrc.yml'))
    expect(error.key).toBe('rules.contributing-factors')
    expect(error.path).toBe('/repo/.postmortemrc.yml')
    expect(error.message).toMatch(/^\/repo\/\.postmortemrc\.yml: rules\.contributing-factors\.minimum: expected a whole number >= 0, got "two"/)
  })

  it('names an unknown rule option and the known ones', () => {
    expect(configError(() => validateConfig({ rules: { 'timeline-complete': { requireSources: false } } })).message).toMatch(
      /unknown option `requireSources`.*requireSource/,
    )
  })

  it('does not check the options of a rule that is off', () => {
    expect(validateConfig({ rules: { 'contributing-factors': ['off', { minimum: 'two' }] } }).rules['contributing-factors']?.level).toBe('off')
  })

  it('names an unknown top-level key and the valid ones', () => {
    const error = configError(() => validateConfig({ rule: {} }, '/repo/.postmortemrc.yml'))
    expect(error.key).toBe('rule')
    expect(error.path).toBe('/repo/.postmortemrc.yml')
    expect(error.message).toBe('/repo/.postmortemrc.yml: unknown key `rule`, expected one of: rules, sections, columns, fields, severities, priorities, include, ignore')
  })

  it('names an unknown rule and lists the known ones', () => {
    const error = configError(() => validateConfig({ rules: { 'timeline-utf': 'error' } }))
    expect(error.key).toBe('rules.timeline-utf')
    expect(error.message).toContain('unknown rule `timeline-utf`')
    for (const id of KNOWN_RULES) expect(error.message).toContain(id)
  })

  it.each([['warning'], [3], [true], [['fatal']], [-1]])('refuses the level %j and names the valid levels', (level) => {
    const error = configError(() => validateConfig({ rules: { metadata: level } }))
    expect(error.key).toBe('rules.metadata')
    expect(error.message).toContain('off, warn, error')
  })

  it('refuses an empty or too long rule tuple', () => {
    expect(configError(() => validateConfig({ rules: { metadata: [] } })).message).toContain('[level, {options}]')
    expect(configError(() => validateConfig({ rules: { metadata: ['error', {}, 'extra'] } })).key).toBe('rules.metadata')
  })

  it('refuses options that are not a mapping', () => {
    const error = configError(() => validateConfig({ rules: { metadata: ['error', ['date']] } }))
    expect(error.key).toBe('rules.metadata[1]')
    expect(error.message).toContain('expected a mapping')
    expect(error.message).toContain('got a list')
  })

  it.each([
    [{ rules: ['metadata'] }, 'rules', 'expected a mapping'],
    [{ sections: ['summary'] }, 'sections', 'expected a mapping'],
    [{ sections: { summary: [1, 2] } }, 'sections.summary', 'expected a list of strings'],
    [{ columns: { owner: { who: true } } }, 'columns.owner', 'expected a list of strings'],
    [{ include: 42 }, 'include', 'expected a list of strings, got number 42'],
    [{ ignore: [true] }, 'ignore', 'expected a list of strings'],
  ])('refuses wrong types in %j', (data, key, expected) => {
    const error = configError(() => validateConfig(data))
    expect(error.key).toBe(key)
    expect(error.message).toContain(expected)
  })

  it('refuses a top level that is not a mapping', () => {
    expect(configError(() => parseConfigText('- rules\n', 'x.yml')).message).toContain('expected a mapping')
    expect(configError(() => parseConfigText('just text\n', 'x.yml')).message).toContain('got string "just text"')
  })

  it('reports invalid YAML with its line', () => {
    const error = configError(() => parseConfigText('rules:\n  metadata: error\n  timeline-utc: [warn\n', '/repo/.postmortemrc.yml'))
    // The `[` left open on line 3 is the mistake, though the parser only notices at the end.
    expect(error.message).toBe('/repo/.postmortemrc.yml: invalid YAML at line 3, column 3: the `[` opened here is not closed, expected a `]` before the next key')
  })

  it('reports a duplicate key as invalid YAML at its line', () => {
    const error = configError(() => parseConfigText('rules:\n  metadata: off\n  metadata: error\n', 'x.yml'))
    expect(error.message).toContain('invalid YAML at line 3, column 3: the key `metadata` is given twice')
  })

  it('refuses a YAML alias bomb in the configuration', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f']]) {
      rows.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`)
    }
    expect(configError(() => parseConfigText(rows.join('\n'), 'bomb.yml')).message).toMatch(/^bomb\.yml: invalid YAML/)
  })
})
