/**
 * Reads the rule documentation pages (docs/rules/<rule-id>.md) into what the tests need: the
 * title, the `##` headings, the runnable examples and the YAML snippets. The page format is
 * described in docs/rules/README.md under "Writing a rule page"; this file is its one parser.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Code, Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

export const RULE_DOCS_DIR = fileURLToPath(new URL('../../docs/rules/', import.meta.url))
export const CONFIGURATION_DOC = fileURLToPath(new URL('../../docs/configuration.md', import.meta.url))

/** Pages in docs/rules/ that document something other than one rule. */
const NOT_RULE_PAGES = new Set(['README.md', 'parse-errors.md'])

export type ExampleKind = 'ok' | 'not-ok'

export interface Example {
  kind: ExampleKind
  /** The Markdown document to lint. */
  text: string
  /** Line of the opening fence in the page, for test names and failure messages. */
  pageLine: number
  /** `findings=N`: the exact number of findings of the page's rule. */
  findings?: number
  /** `config='{...}'`: options of the page's rule, as in `.postmortemrc.yml`. */
  options?: Record<string, unknown>
  /** `rc='{...}'`: other top-level `.postmortemrc.yml` keys (vocabularies), never `rules`. */
  rc?: Record<string, unknown>
  /** `lines=3,9`: the line (within the example) each finding starts on, in order. */
  lines?: number[]
}

export interface CodeBlock {
  lang: string
  meta: string
  text: string
  pageLine: number
}

export interface RulePage {
  /** The rule id, from the file name. */
  id: string
  file: string
  /** Text of the first `#` heading. */
  title?: string
  /** Text of the first paragraph after the title. */
  intro?: string
  /** Every `##` heading, in order. */
  sections: string[]
  examples: Example[]
  /** Every fenced block (examples included), for checks on YAML snippets. */
  blocks: CodeBlock[]
  /** Messages quoted under "What it finds" (inline code starting with `Unexpected `). */
  quotedMessages: string[]
}

export function rulePageFiles(): string[] {
  return readdirSync(RULE_DOCS_DIR)
    .filter((name) => name.endsWith('.md') && !NOT_RULE_PAGES.has(name))
    .sort()
}

export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text)
}

export function readRulePage(fileName: string): RulePage {
  const file = `docs/rules/${fileName}`
  const tree = parseMarkdown(readFileSync(`${RULE_DOCS_DIR}${fileName}`, 'utf8'))
  const titleIndex = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1)
  const title = titleIndex >= 0 ? toString(tree.children[titleIndex] as Heading) : undefined
  const afterTitle = tree.children[titleIndex + 1]
  const blocks = tree.children
    .filter((node): node is Code => node.type === 'code')
    .map((node) => ({ lang: node.lang ?? '', meta: node.meta ?? '', text: node.value, pageLine: node.position?.start.line ?? 0 }))
  return {
    id: fileName.replace(/\.md$/, ''),
    file,
    title,
    intro: titleIndex >= 0 && afterTitle?.type === 'paragraph' ? toString(afterTitle) : undefined,
    sections: tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 2).map((node) => toString(node)),
    examples: blocks.filter((block) => block.lang === 'markdown' && /^(ok|not-ok)(\s|$)/.test(block.meta)).map((block) => toExample(block, file)),
    blocks,
    quotedMessages: quotedMessages(tree, 'What it finds'),
  }
}

function quotedMessages(tree: Root, section: string): string[] {
  const quoted: string[] = []
  let inSection = false
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) inSection = toString(node) === section
    else if (inSection) {
      visit(node, 'inlineCode', (code) => {
        if (code.value.startsWith('Unexpected ')) quoted.push(code.value.trim())
      })
    }
  }
  return quoted
}

function toExample(block: CodeBlock, file: string): Example {
  const where = `${file}:${block.pageLine}`
  const info = parseInfo(block.meta, where)
  const example: Example = { kind: info.kind, text: `${block.text}\n`, pageLine: block.pageLine }
  for (const [name, value] of Object.entries(info.attributes)) {
    if (name === 'findings') example.findings = wholeNumber(value, `${where}: findings`)
    else if (name === 'config') example.options = jsonObject(value, `${where}: config`)
    else if (name === 'rc') example.rc = jsonObject(value, `${where}: rc`)
    else if (name === 'lines') example.lines = value.split(',').map((line) => wholeNumber(line, `${where}: lines`))
    else throw new Error(`${where}: unknown attribute \`${name}\`, expected findings, config, rc or lines`)
  }
  if (example.kind === 'ok' && (example.findings !== undefined || example.lines !== undefined)) {
    throw new Error(`${where}: \`findings\` and \`lines\` belong to not-ok examples`)
  }
  if (example.findings !== undefined && example.findings < 1) throw new Error(`${where}: findings must be at least 1 in a not-ok example`)
  if (example.lines && example.findings !== undefined && example.lines.length !== example.findings) {
    throw new Error(`${where}: lines lists ${example.lines.length} lines but findings=${example.findings}`)
  }
  if (example.rc && 'rules' in example.rc) throw new Error(`${where}: rc must not hold \`rules\` (use config for the rule's options)`)
  return example
}

/**
 * The info string after ```markdown: `ok` or `not-ok`, then `name=value` attributes separated by
 * spaces. A value holding spaces is wrapped in single quotes (and cannot itself hold one).
 */
export function parseInfo(meta: string, where: string): { kind: ExampleKind; attributes: Record<string, string> } {
  const kind = /^(ok|not-ok)(?=\s|$)/.exec(meta)?.[1] as ExampleKind | undefined
  if (!kind) throw new Error(`${where}: expected \`ok\` or \`not-ok\` after \`markdown\`, got ${JSON.stringify(meta)}`)
  const attributes: Record<string, string> = {}
  let rest = meta.slice(kind.length).trim()
  while (rest) {
    const attribute = /^([a-z]+)=(?:'([^']*)'|([^\s']+))(?:\s+|$)/.exec(rest)
    if (!attribute) throw new Error(`${where}: cannot read ${JSON.stringify(rest)}, expected name=value or name='value with spaces'`)
    const name = attribute[1] as string
    if (name in attributes) throw new Error(`${where}: attribute \`${name}\` given twice`)
    attributes[name] = attribute[2] ?? attribute[3] ?? ''
    rest = rest.slice(attribute[0].length)
  }
  return { kind, attributes }
}

function wholeNumber(text: string, where: string): number {
  if (!/^\d+$/.test(text.trim())) throw new Error(`${where}: expected a whole number, got ${JSON.stringify(text)}`)
  return Number(text)
}

function jsonObject(text: string, where: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(`${where}: invalid JSON (${(error as Error).message})`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: expected a JSON object, got ${text}`)
  return value as Record<string, unknown>
}
