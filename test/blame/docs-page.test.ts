/**
 * docs/rules/blameless-language.md is executable: every `ok` example lints clean, every `not-ok`
 * example produces exactly the findings it declares (count, lines, severity, grammar), every
 * message quoted under "What it finds" is produced by an example, and every YAML snippet is a
 * configuration the rule accepts. (test/rules/docs-examples.test.ts runs the same checks through
 * the registered rule set; this one runs the rule directly.)
 */
import remarkMessageControl from 'remark-message-control'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { KNOWN_RULES } from '../../src/config/defaults.js'
import { parseConfigText, validateConfig } from '../../src/config/parse.js'
import type { Config } from '../../src/config/types.js'
import { remarkPostmortemModel } from '../../src/lint/engine.js'
import { SOURCE } from '../../src/lint/rule.js'
import blamelessLanguage, { parseOptions } from '../../src/lint/rules/blameless-language.js'
import { markdownParser } from '../../src/model/build.js'
import { readRulePage } from '../rules/doc-pages.js'

const page = readRulePage('blameless-language.md')

function configFor(example: { options?: Record<string, unknown>; rc?: Record<string, unknown> }): Config {
  const rules: Record<string, unknown> = Object.fromEntries(KNOWN_RULES.map((id) => [id, 'off']))
  rules['blameless-language'] = ['error', example.options ?? {}]
  return validateConfig({ ...example.rc, rules })
}

async function lint(text: string, config: Config) {
  const setting = config.rules['blameless-language']
  const processor = markdownParser()
    .use(remarkPostmortemModel, { config })
    .use(blamelessLanguage, [setting?.level ?? 'error', setting?.options ?? {}])
    .use(remarkMessageControl, { name: SOURCE, source: SOURCE, known: ['blameless-language'] })
  const file = new VFile({ path: 'example.md', value: text })
  await processor.run(processor.parse(file), file)
  return file.messages
}

describe('docs/rules/blameless-language.md', () => {
  it('follows the page format', () => {
    expect(page.title).toBe('blameless-language')
    expect(page.sections.filter((section) => ['What it finds', 'How to fix', 'Options', 'Examples'].includes(section))).toEqual(['What it finds', 'How to fix', 'Options', 'Examples'])
    expect(page.examples.filter((example) => example.kind === 'ok').length).toBeGreaterThanOrEqual(2)
    expect(page.examples.filter((example) => example.kind === 'not-ok').length).toBeGreaterThanOrEqual(2)
  })

  for (const example of page.examples) {
    it(`${example.kind} example (line ${example.pageLine})`, async () => {
      const messages = await lint(example.text, configFor(example))
      const described = messages.map((message) => `${message.line}:${message.column} ${message.reason}`)
      if (example.kind === 'ok') {
        expect(described).toEqual([])
        return
      }
      if (example.findings !== undefined) expect(described).toHaveLength(example.findings)
      else expect(described.length).toBeGreaterThanOrEqual(1)
      if (example.lines) expect(messages.map((message) => message.line)).toEqual(example.lines)
      for (const message of messages) {
        expect(message.reason).toMatch(/^Unexpected \S.*, expected \S/s)
        expect(message.fatal, message.reason).toBe(true)
        expect(message.ruleId).toBe('blameless-language')
      }
    })
  }

  it('quotes only messages its examples produce', async () => {
    const produced = new Set<string>()
    for (const example of page.examples.filter((candidate) => candidate.kind === 'not-ok')) {
      for (const message of await lint(example.text, configFor(example))) produced.add(message.reason)
    }
    expect(page.quotedMessages.length).toBeGreaterThanOrEqual(1)
    expect(page.quotedMessages.filter((message) => !produced.has(message))).toEqual([])
  })

  it('shows option snippets that load and that the rule accepts', () => {
    const snippets = page.blocks.filter((block) => block.lang === 'yaml')
    expect(snippets.length).toBeGreaterThanOrEqual(1)
    for (const snippet of snippets) {
      const config = parseConfigText(snippet.text, `blameless-language.md:${snippet.pageLine}`)
      const setting = config.rules['blameless-language']
      expect(setting?.level).not.toBe('off')
      expect(() => parseOptions(setting?.options ?? {}, config)).not.toThrow()
    }
  })

  it('shows the suggestion it describes: deleting "carelessly"', async () => {
    const example = page.examples.find((candidate) => candidate.text.includes('carelessly'))
    const messages = await lint(example?.text ?? '', configFor(example ?? {}))
    const careless = messages.find((message) => message.actual?.trim() === 'carelessly')
    expect(careless?.expected).toEqual([''])
  })
})
