/**
 * The helper every rule is built with: a unified-lint-rule with origin `postmortem-lint:<id>`
 * that receives the parsed model instead of walking the tree itself.
 */
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { defaultConfig } from '../config/defaults.js'
import { ConfigError } from '../config/errors.js'
import type { Config } from '../config/types.js'
import type { Postmortem, Span } from '../model/types.js'
import { ruleDocsUrl } from './docs.js'
import { truncate } from '../truncate.js'

export const SOURCE = 'postmortem-lint'

/** What the model plugin leaves on `file.data` for the rules. */
export interface PostmortemData {
  postmortem?: Postmortem
  postmortemConfig?: Config
  postmortemTree?: Root
}

export interface Report {
  /** Exact phrase the finding is about (shown in reviews, used for fingerprints). */
  actual?: string
  /** A safe replacement for the finding's whole range. */
  replacement?: string
}

export interface RuleContext<Options> {
  postmortem: Postmortem
  options: Options
  config: Config
  tree: Root
  file: VFile
  report(message: string, span: Span, extra?: Report): void
  /** The span's first line only: a finding about a whole list item or row points at its start. */
  firstLine(span: Span): Span
  /** Where document-level findings go: the title, else the first line. */
  documentSpan(): Span
}

export interface RuleDefinition<Options> {
  id: string
  /** Validates and completes user options (from `.postmortemrc.yml`); throws with a clear message. */
  options?: (raw: Record<string, unknown>, config: Config) => Options
  check: (context: RuleContext<Options>) => void
}

/** Every rule built with `postmortemRule`, so options can be checked when the config loads. */
const definitions = new Map<string, RuleDefinition<unknown>>()

export function postmortemRule<Options = Record<string, never>>(definition: RuleDefinition<Options>) {
  definitions.set(definition.id, definition as RuleDefinition<unknown>)
  return lintRule<Root, Record<string, unknown> | undefined>(
    { origin: `${SOURCE}:${definition.id}`, url: ruleDocsUrl(definition.id) },
    (tree, file, rawOptions) => {
      const data = file.data as PostmortemData
      const postmortem = data.postmortem
      if (!postmortem) return
      const config = data.postmortemConfig ?? defaultConfig()
      const options = definition.options ? definition.options(rawOptions ?? {}, config) : ({} as Options)
      definition.check({
        postmortem,
        options,
        config,
        tree,
        file,
        report(message, span, extra) {
          const vfileMessage = file.message(message, {
            place: { start: { line: span.start.line, column: span.start.column }, end: { line: span.end.line, column: span.end.column } },
          })
          if (extra?.actual !== undefined) vfileMessage.actual = extra.actual
          if (extra?.replacement !== undefined) vfileMessage.expected = [extra.replacement]
        },
        firstLine(span) {
          if (span.end.line === span.start.line) return span
          const text = String(file.value)
          const lineEnd = text.indexOf('\n', span.start.offset)
          const end = (lineEnd < 0 ? text.length : lineEnd) - (text[lineEnd - 1] === '\r' ? 1 : 0)
          return { start: span.start, end: { line: span.start.line, column: span.start.column + (end - span.start.offset), offset: end } }
        },
        documentSpan() {
          return postmortem.meta.title?.span ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
        },
      })
    },
  )
}

/**
 * Checks every enabled rule's options against the rule's own validator, so a bad option is a
 * configuration error (exit code 2) rather than a finding in every file.
 */
export function checkRuleOptions(config: Config): void {
  for (const [id, setting] of Object.entries(config.rules)) {
    if (setting.level === 'off') continue
    const definition = definitions.get(id)
    if (!definition) continue
    try {
      if (definition.options) definition.options(setting.options, config)
      else if (Object.keys(setting.options).length > 0) {
        throw new Error(`rules.${id}: unknown option \`${Object.keys(setting.options)[0]}\`, expected none (this rule has no options)`)
      }
    } catch (error) {
      if (error instanceof ConfigError) throw error
      throw new ConfigError((error as Error).message, `rules.${id}`, config.source)
    }
  }
}

/** `Unexpected X, expected Y`: the one message grammar all rules share. */
export function unexpected(found: string, expected: string): string {
  return `Unexpected ${found}, expected ${expected}`
}

/** "root-cause" -> "Root Cause", for messages. */
export function displayName(key: string): string {
  return key.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')
}

/** Shows a value from the document inside a message. */
export function quote(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  const cut = truncate(oneLine, max)
  return `\`${cut.replace(/`/g, "'")}\``
}
