/**
 * `.postmortemrc.yml` text -> validated Config (pure). Every error names the key and what it expects.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { ConfigError, excerpt } from './errors.js'
import { defaultConfig, KNOWN_RULES } from './defaults.js'
import type { Config, RuleLevel, RuleSetting, Vocabulary } from './types.js'
import { checkRuleOptions } from '../lint/rule.js'
// Registers every rule, so their options can be checked here.
import '../lint/rules/index.js'

const LEVELS: readonly RuleLevel[] = ['off', 'warn', 'error']
const VOCABULARY_KEYS = ['sections', 'columns', 'fields', 'severities', 'priorities'] as const
const TOP_LEVEL_KEYS = ['rules', ...VOCABULARY_KEYS, 'include', 'ignore'] as const

export function parseConfigText(text: string, path: string): Config {
  let data: unknown
  try {
    data = parseYaml(text, { maxAliasCount: 100, prettyErrors: true, uniqueKeys: true })
  } catch (error) {
    throw new ConfigError(describeYamlError(error, text), undefined, path)
  }
  return validateConfig(data ?? {}, path)
}

/**
 * `invalid YAML at line L, column C: reason`, on one line, at the line the author must change. The
 * parser's own text ends with a colon before a code excerpt we do not print, and for an unclosed
 * quote or bracket, or a key indented too far, it names the line where it noticed, not the cause.
 */
export function describeYamlError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const reason = (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?\s*$/, '').replace(/:\s*$/, '')
  if (!(error instanceof YAMLParseError) || !error.linePos) return `invalid YAML: ${reason}`
  const lines = text.split(/\r?\n/)
  const reported = { line: error.linePos[0].line, column: error.linePos[0].col }
  const at = ({ line, column }: { line: number; column: number }, why: string) => `invalid YAML at line ${line}, column ${column}: ${why}`
  const quote = /Missing closing (["'])quote/.exec(reason)?.[1]
  if (error.code === 'MISSING_CHAR' && quote !== undefined) {
    const opened = lastLineWhere(lines, reported.line, (line) => (line.split(quote).length - 1) % 2 === 1)
    if (opened) return at(opened, `the ${quote} opened here is not closed, expected a closing ${quote} on the same line`)
  }
  if (error.code === 'BAD_INDENT' && /^Flow (map|sequence)/.test(reason)) {
    const [open, close] = reason.startsWith('Flow map') ? ['{', '}'] : ['[', ']']
    const opened = lastLineWhere(lines, reported.line - 1, (line) => line.split(open).length > line.split(close).length)
    if (opened) return at(opened, `the \`${open}\` opened here is not closed, expected a \`${close}\` before the next key`)
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    // `key: value` followed by a more indented `other: value`: the second line is the mistake.
    const indent = (line: string | undefined) => (line ?? '').search(/\S/)
    const next = lines.findIndex((line, index) => index >= reported.line && line.trim() !== '')
    if (next >= 0 && indent(lines[next]) > indent(lines[reported.line - 1]) && /:(\s|$)/.test(lines[next] ?? '')) {
      return at({ line: next + 1, column: indent(lines[next]) + 1 }, 'this key is indented more than the key on the line before, expected the same indentation (or a value on the line before)')
    }
    return at(reported, `${reason} (a value holding \`: \` needs quotes)`)
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?["']?([^"':]+)["']?\s*:/.exec(lines[reported.line - 1] ?? '')?.[1]?.trim()
    if (key) return at(reported, `the key \`${key}\` is given twice in the same mapping, expected each key once`)
  }
  return at(reported, reason)
}

/** The last line at or before `line` (1-based) that `test` accepts, with the column of its first character. */
function lastLineWhere(lines: string[], line: number, test: (text: string) => boolean): { line: number; column: number } | undefined {
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const text = lines[index] ?? ''
    if (test(text)) return { line: index + 1, column: text.search(/\S/) + 1 }
  }
  return undefined
}

export function validateConfig(data: unknown, path?: string): Config {
  const config = defaultConfig()
  config.source = path
  const object = expectObject(data, '(top level)', path)
  for (const key of Object.keys(object)) {
    if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key)) {
      throw new ConfigError(`unknown key \`${key}\`, expected one of: ${TOP_LEVEL_KEYS.join(', ')}`, key, path)
    }
  }
  if (object.rules !== undefined) applyRules(config, expectObject(object.rules, 'rules', path), path)
  for (const key of VOCABULARY_KEYS) {
    if (object[key] !== undefined) config[key] = mergeVocabulary(config[key], object[key], key, path)
  }
  if (object.include !== undefined) config.include = expectStringList(object.include, 'include', path)
  if (object.ignore !== undefined) config.ignore = [...config.ignore, ...expectStringList(object.ignore, 'ignore', path)]
  // Each rule validates its own options; a bad one is a configuration error, not a finding per file.
  checkRuleOptions(config)
  return config
}

function applyRules(config: Config, rules: Record<string, unknown>, path?: string): void {
  for (const [ruleId, value] of Object.entries(rules)) {
    if (!KNOWN_RULES.includes(ruleId)) {
      throw new ConfigError(`unknown rule \`${ruleId}\`, expected one of: ${KNOWN_RULES.join(', ')}`, `rules.${ruleId}`, path)
    }
    config.rules[ruleId] = parseRuleSetting(value, `rules.${ruleId}`, config.rules[ruleId], path)
  }
}

/** Accepts `off|warn|error`, `[level]`, `[level, {options}]`, or `{options}` (keeps the default level). */
function parseRuleSetting(value: unknown, key: string, current: RuleSetting | undefined, path?: string): RuleSetting {
  const fallback: RuleSetting = current ?? { level: 'error', options: {} }
  if (typeof value === 'string' || typeof value === 'number') return { level: parseLevel(value, key, path), options: fallback.options }
  if (Array.isArray(value)) {
    const [level, options, ...rest] = value
    if (rest.length > 0 || value.length === 0) {
      throw new ConfigError(`expected \`level\` or \`[level, {options}]\` with level one of ${LEVELS.join(', ')}`, key, path)
    }
    return {
      level: parseLevel(level, key, path),
      options: options === undefined ? fallback.options : { ...fallback.options, ...expectObject(options, `${key}[1]`, path) },
    }
  }
  if (value && typeof value === 'object') return { level: fallback.level, options: { ...fallback.options, ...(value as object) } }
  throw new ConfigError(`expected one of ${LEVELS.join(', ')}, or [level, {options}]; got ${excerpt(value)}`, key, path)
}

function parseLevel(value: unknown, key: string, path?: string): RuleLevel {
  if (typeof value === 'string' && (LEVELS as readonly string[]).includes(value)) return value as RuleLevel
  // remark-lint users write 0/1/2; accept them with the same meaning.
  if (value === 0 || value === 1 || value === 2) return LEVELS[value] as RuleLevel
  throw new ConfigError(`invalid level ${excerpt(value)}, expected one of: ${LEVELS.join(', ')}`, key, path)
}

/** User aliases add to the built-in ones; a canonical key the user introduces is added to the scale. */
function mergeVocabulary(base: Vocabulary, value: unknown, key: string, path?: string): Vocabulary {
  const merged: Vocabulary = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [...v]]))
  for (const [canonical, aliases] of Object.entries(expectObject(value, key, path))) {
    const list = aliases === null ? [] : expectStringList(aliases, `${key}.${canonical}`, path)
    merged[canonical] = [...(merged[canonical] ?? []), ...list]
  }
  return merged
}

function expectObject(value: unknown, key: string, path?: string): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  throw new ConfigError(`expected a mapping (key: value), got ${describe(value)}`, key, path)
}

function expectStringList(value: unknown, key: string, path?: string): string[] {
  const list = typeof value === 'string' ? [value] : value
  if (Array.isArray(list) && list.every((item) => typeof item === 'string')) return list
  throw new ConfigError(`expected a list of strings, got ${describe(value)}`, key, path)
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'nothing'
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${excerpt(value)}`
}
