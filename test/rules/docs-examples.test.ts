/**
 * Every rule page in docs/rules/ is executable: its `markdown ok` examples must lint clean and its
 * `markdown not-ok` examples must produce findings of that rule (exactly `findings=N` when given),
 * each in the shared message grammar with a full position and the page's URL. The page format is
 * defined in docs/rules/README.md ("Writing a rule page").
 */
import { existsSync, readFileSync } from 'node:fs'
import type { Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { defaultConfig, KNOWN_RULES } from '../../src/config/defaults.js'
import { parseConfigText, validateConfig } from '../../src/config/parse.js'
import type { Config } from '../../src/config/types.js'
import { ruleDocsUrl } from '../../src/lint/docs.js'
import { lintText } from '../../src/lint/engine.js'
import { RULES } from '../../src/lint/rules/index.js'
import type { Finding } from '../../src/lint/types.js'
import { parseMarkdown, readRulePage, RULE_DOCS_DIR, rulePageFiles, type Example, type RulePage } from './doc-pages.js'

const PAGE_SECTIONS = ['What it finds', 'How to fix', 'Options', 'Examples']
const MIN_EXAMPLES_OF_EACH_KIND = 2

const pages = rulePageFiles().map(readRulePage)

/** Only the page's rule is on, so every finding the example produces belongs to it. */
function exampleConfig(ruleId: string, example: Pick<Example, 'options' | 'rc'>): Config {
  const rules: Record<string, unknown> = Object.fromEntries(KNOWN_RULES.map((id) => [id, 'off']))
  rules[ruleId] = ['error', example.options ?? {}]
  return validateConfig({ ...example.rc, rules })
}

/** One line per finding, so a failing assertion shows what the rule actually said. */
function describeFindings(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}: ${finding.message}`)
}

function expectWellFormed(finding: Finding, page: RulePage, exampleLines: number): void {
  const label = describeFindings([finding])[0]
  expect(finding.message, label).toMatch(/^Unexpected \S.*, expected \S/s)
  expect(finding.url, label).toBe(ruleDocsUrl(page.id))
  expect(finding.severity, label).toBe('error')
  for (const value of [finding.line, finding.column, finding.endLine, finding.endColumn]) {
    expect(Number.isInteger(value) && value >= 1, `${label}: positions are whole numbers from 1`).toBe(true)
  }
  expect(finding.endLine, `${label}: ends on or after its start line`).toBeGreaterThanOrEqual(finding.line)
  if (finding.endLine === finding.line) expect(finding.endColumn, `${label}: ends at or after its start column`).toBeGreaterThanOrEqual(finding.column)
  expect(finding.endLine, `${label}: inside the example`).toBeLessThanOrEqual(exampleLines)
}

describe('rule pages', () => {
  it('exist for every rule the linter runs', () => {
    const documented = pages.map((page) => page.id)
    for (const id of Object.keys(RULES)) expect(documented, `docs/rules/${id}.md`).toContain(id)
  })

  it('document only rules the linter runs', () => {
    for (const page of pages) expect(Object.keys(RULES), `${page.file} documents no rule in src/lint/rules/index.ts`).toContain(page.id)
  })
})

for (const page of pages) {
  describe(page.file, () => {
    it('follows the page format', () => {
      expect(page.title, 'the `#` title is the rule id').toBe(page.id)
      expect(page.intro?.trim().length ?? 0, 'a paragraph saying what and why follows the title').toBeGreaterThan(40)
      const known = page.sections.filter((section) => PAGE_SECTIONS.includes(section))
      expect(known, 'the `##` sections, in this order').toEqual(PAGE_SECTIONS)
      expect(page.examples.filter((example) => example.kind === 'ok').length).toBeGreaterThanOrEqual(MIN_EXAMPLES_OF_EACH_KIND)
      expect(page.examples.filter((example) => example.kind === 'not-ok').length).toBeGreaterThanOrEqual(MIN_EXAMPLES_OF_EACH_KIND)
    })

    it('shows option snippets that load as .postmortemrc.yml and that the rule accepts', async () => {
      const snippets = page.blocks.filter((block) => block.lang === 'yaml')
      for (const snippet of snippets) {
        const where = `${page.file}:${snippet.pageLine}`
        const config = parseConfigText(snippet.text, where)
        const setting = config.rules[page.id]
        expect(setting?.level, `${where} turns the rule on`).not.toBe('off')
        // Options are checked when the rule runs: a rejected option shows up as a finding naming it.
        const linted = await lintText('options.md', '# Post-mortem\n\n## Summary\n\nText.\n', config)
        const optionErrors = linted.findings.filter((finding) => finding.message.startsWith(`rules.${page.id}`))
        expect(describeFindings(optionErrors), `${where} holds options the rule rejects`).toEqual([])
      }
    })

    it('quotes under "What it finds" only messages its examples produce', async () => {
      const produced = new Set<string>()
      for (const example of page.examples.filter((candidate) => candidate.kind === 'not-ok')) {
        const result = await lintText(page.file, example.text, exampleConfig(page.id, example))
        for (const finding of result.findings) produced.add(finding.message)
      }
      expect(page.quotedMessages.length, 'at least one message is quoted').toBeGreaterThanOrEqual(1)
      const unproduced = page.quotedMessages.filter((message) => !produced.has(message))
      expect(unproduced, `quoted in ${page.file} but produced by none of its not-ok examples`).toEqual([])
    })

    for (const example of page.examples) {
      const name = `${example.kind} example (line ${example.pageLine})`
      it(name, async () => {
        const result = await lintText(`${page.file}#L${example.pageLine}`, example.text, exampleConfig(page.id, example))
        expect(result.skipped, 'the example is linted, not skipped').toBeFalsy()
        const ofRule = result.findings.filter((finding) => finding.ruleId === page.id)
        const others = result.findings.filter((finding) => finding.ruleId !== page.id)
        expect(describeFindings(others), 'findings that are not of this rule (parse errors, option errors)').toEqual([])
        if (example.kind === 'ok') {
          expect(describeFindings(ofRule), 'an ok example has no findings').toEqual([])
          return
        }
        if (example.findings === undefined) expect(ofRule.length, 'a not-ok example has findings').toBeGreaterThanOrEqual(1)
        else expect(describeFindings(ofRule), `exactly findings=${example.findings}`).toHaveLength(example.findings)
        if (example.lines) expect(ofRule.map((finding) => finding.line), 'the lines findings start on').toEqual(example.lines)
        const exampleLines = example.text.split('\n').length
        for (const finding of ofRule) expectWellFormed(finding, page, exampleLines)
      })
    }
  })
}

describe('docs/rules/README.md index', () => {
  const readme = parseMarkdown(readFileSync(`${RULE_DOCS_DIR}README.md`, 'utf8'))
  const table = readme.children.find((node): node is Table => node.type === 'table')
  const rows = (table?.children.slice(1) ?? []).map((row) => row.children.map((cell) => toString(cell).trim()))
  const header = table?.children[0]?.children.map((cell) => toString(cell).trim().toLowerCase()) ?? []

  it('has a table with rule, default level, what it finds and a link', () => {
    expect(header).toEqual(['rule', 'default level', 'what it finds', 'page'])
  })

  it('lists every rule page and the parse errors page, each linked to an existing file', () => {
    const listed = rows.map((row) => row[0])
    for (const page of pages) {
      const row = rows.find((cells) => cells[0] === page.id)
      expect(row?.[3], `docs/rules/README.md: the ${page.id} row links ${page.id}.md`).toBe(`${page.id}.md`)
    }
    expect(listed).toContain('parse-errors')
    const links = readFileSync(`${RULE_DOCS_DIR}README.md`, 'utf8').matchAll(/\]\(([a-z-]+\.md)\)/g)
    for (const [, target] of links) expect(existsSync(`${RULE_DOCS_DIR}${target}`), target).toBe(true)
  })

  it('states the level each rule has by default', () => {
    const defaults = defaultConfig()
    for (const row of rows) {
      const [id, level] = row
      if (id === 'parse-errors') continue
      expect(level, `default level of ${id}`).toBe(defaults.rules[id as string]?.level)
    }
  })
})
