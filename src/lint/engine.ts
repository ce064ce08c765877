/**
 * Lints one document in memory: guards against hostile input, runs the unified pipeline
 * (parse -> model -> rules -> ignore comments) and turns vfile messages into Findings.
 */
import type { Html, Parents, Root } from 'mdast'
import remarkMessageControl from 'remark-message-control'
import type { Processor, Transformer } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Config } from '../config/types.js'
import { buildPostmortem, hasYamlFrontMatter, markdownParser } from '../model/build.js'
import type { FrontMatterReader } from '../model/meta.js'
import type { LintedFile, LintText } from './api.js'
import { ruleDocsUrl } from './docs.js'
import { RULES } from './rules/index.js'
import { checkRuleOptions, SOURCE, type PostmortemData } from './rule.js'
import { visit } from 'unist-util-visit'
import type { Finding, FindingSeverity } from './types.js'

/** Larger documents are reported, not parsed: no post-mortem is a megabyte of Markdown. */
export const MAX_DOCUMENT_CHARS = 1024 * 1024
/** Deeper nesting (blockquotes, lists) than this is refused before parsing. */
export const MAX_NESTING = 32
/** Findings the engine itself reports (not rules): what users may name in ignore comments. */
export const ENGINE_FINDINGS = ['front-matter', 'too-large', 'too-deep', 'too-complex', 'empty', 'binary', 'encoding', 'unreadable', 'comment'] as const

const COMMENT = /^<!--\s*postmortem-lint\s+(\S+)([^]*?)\s*-->$/
const KEYWORDS = ['enable', 'disable', 'ignore']

/**
 * Checks `<!-- postmortem-lint ... -->` comments before message control reads them: a wrong keyword
 * or rule id becomes a finding (message control would otherwise stop the whole file), and the
 * comment is neutralised so the rest of the file is still linted as if it were not there.
 */
export function remarkCheckLintComments() {
  const known = new Set<string>([...Object.keys(RULES), ...ENGINE_FINDINGS])
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node, index, parent) => {
      warnIfSplittingTable(node, index, parent, file)
      const match = COMMENT.exec(node.value.trim())
      if (!match) return
      const keyword = match[1] as string
      const ids = (match[2] ?? '').trim().split(/\s+/).filter(Boolean)
      const report = (reason: string) => {
        const message = file.message(reason, { place: node.position, ruleId: 'comment', source: SOURCE })
        message.fatal = true
        message.url = ruleDocsUrl('parse-errors')
      }
      if (!KEYWORDS.includes(keyword)) {
        report(`Unexpected keyword \`${keyword}\` in a postmortem-lint comment, expected one of: ${KEYWORDS.join(', ')}`)
        node.value = '<!-- -->'
        return
      }
      const unknown = ids.filter((id) => !known.has(id))
      if (unknown.length === 0) return
      report(`Unexpected unknown rule ${unknown.map((id) => `\`${id}\``).join(', ')} in a postmortem-lint comment, expected rule ids such as: ${[...Object.keys(RULES)].join(', ')}`)
      const kept = ids.filter((id) => known.has(id))
      // Dropping every id would turn the comment into "all rules"; drop the comment instead.
      node.value = kept.length > 0 ? `<!-- postmortem-lint ${keyword} ${kept.join(' ')} -->` : '<!-- -->'
    })
  }
}

/**
 * A comment line between table rows ends the table in Markdown: the rows after it become a
 * paragraph and drop out of the timeline or the action items. Say so instead of losing them.
 */
function warnIfSplittingTable(node: Html, index: number | undefined, parent: Parents | undefined, file: VFile): void {
  if (index === undefined || parent === undefined || !node.value.trim().startsWith('<!--')) return
  const before = parent.children[index - 1]
  const after = parent.children[index + 1]
  if (before?.type !== 'table' || after?.type !== 'paragraph') return
  const start = after.position?.start.offset
  if (start === undefined || String(file.value)[start] !== '|') return
  const message = file.message(
    'Unexpected comment between table rows (it ends the table: the rows after it are not read as rows), expected the comment before the table (an ignore comment applies to the whole table)',
    { place: node.position, ruleId: 'comment', source: SOURCE },
  )
  message.fatal = false
  message.url = ruleDocsUrl('parse-errors')
}

/** Loaded on the first document with YAML front matter (most have none): see `FrontMatterReader`. */
let yamlFrontMatter: FrontMatterReader | undefined

async function loadYamlFrontMatter(): Promise<FrontMatterReader> {
  yamlFrontMatter ??= (await import('../model/front-matter.js')).readYamlFrontMatter
  return yamlFrontMatter
}

/**
 * The plugin that builds the model once, for every rule after it. It stays synchronous (for
 * `runSync` users of the preset) unless a document has front matter and no reader is loaded yet;
 * `readFrontMatter` passes one in up front.
 */
export function remarkPostmortemModel(options?: { config?: Config; readFrontMatter?: FrontMatterReader }) {
  const transform: Transformer<Root, Root> = (tree, file) => {
    const reader = options?.readFrontMatter ?? yamlFrontMatter
    if (!reader && hasYamlFrontMatter(tree)) return loadYamlFrontMatter().then((loaded) => addModel(tree, file, options?.config, loaded))
    return addModel(tree, file, options?.config, reader)
  }
  return transform
}

function addModel(tree: Root, file: VFile, configOption: Config | undefined, readFrontMatter: FrontMatterReader | undefined): undefined {
  const data = file.data as PostmortemData
  const config = configOption ?? data.postmortemConfig
  if (!config) throw new Error('remarkPostmortemModel needs a config')
  data.postmortemConfig = config
  data.postmortem = buildPostmortem(tree, String(file.value), config, file.path, readFrontMatter)
  for (const problem of data.postmortem.problems) {
    const place = problem.span ? { start: problem.span.start, end: problem.span.end } : undefined
    const message = file.message(problem.message, { place, ruleId: problem.kind, source: SOURCE })
    message.fatal = true
    message.url = ruleDocsUrl('parse-errors')
  }
  return undefined
}

interface Processors {
  /** With the lint-comment check and message control: for files that contain an HTML comment. */
  full: Processor<Root, Root, Root>
  /** Without them: a file with no `<!--` has no comment to read, so both tree walks are skipped. */
  plain: Processor<Root, Root, Root>
}

const processors = new WeakMap<Config, Processors>()

function processorsFor(config: Config): Processors {
  let built = processors.get(config)
  if (!built) {
    checkRuleOptions(config)
    const plain = markdownParser().use(remarkPostmortemModel, { config })
    for (const [id, plugin] of Object.entries(RULES)) {
      const setting = config.rules[id]
      if (setting && setting.level !== 'off') plain.use(plugin, [setting.level, setting.options])
    }
    // After the rules: it filters the messages they made.
    const full = plain()
      .use(remarkCheckLintComments)
      .use(remarkMessageControl, { name: SOURCE, source: SOURCE, known: [...Object.keys(RULES), ...ENGINE_FINDINGS] })
    built = { full: full.freeze() as unknown as Processor<Root, Root, Root>, plain: plain.freeze() as unknown as Processor<Root, Root, Root> }
    processors.set(config, built)
  }
  return built
}

export const lintText: LintText = async (path, input, config) => {
  // A lone CR (old Mac files) becomes LF: the same length, so every position stays where it was,
  // and the YAML parser and line-based rules see the lines remark sees.
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r(?!\n)/g, '\n')
  const guard = guardText(text)
  if (guard) return { path, findings: [guard], skipped: true, text }
  const { full, plain } = processorsFor(config)
  const processor = text.includes('<!--') ? full : plain
  const file = new VFile({ path, value: text })
  const tree = processor.parse(file)
  await processor.run(tree, file)
  const data = file.data as PostmortemData
  return { path, findings: file.messages.map(toFinding).sort(byPosition), postmortem: data.postmortem, text }
}

/** Refuses documents that could make the parser slow: too large or too deeply nested. */
export function guardText(text: string): Finding | undefined {
  if (text.trim() === '') return engineFinding('empty', 'Unexpected empty file, expected a post-mortem document', 1)
  if (text.length > MAX_DOCUMENT_CHARS) {
    return engineFinding('too-large', `Unexpected file of ${text.length} characters, expected at most ${MAX_DOCUMENT_CHARS}; the file was not linted`, 1)
  }
  const deep = deepestLine(text)
  if (deep.depth > MAX_NESTING) {
    return engineFinding('too-deep', `Unexpected nesting ${deep.depth} levels deep, expected at most ${MAX_NESTING}; the file was not linted`, deep.line)
  }
  const complex = complexity(text)
  if (complex) return engineFinding('too-complex', `Unexpected ${complex.what}, expected ${complex.limit}; the file was not linted`, complex.line)
  return undefined
}

/**
 * The Markdown parser slows down more than linearly on some shapes: thousands of separate lists,
 * blockquotes or headings, or a paragraph packed with emphasis and code delimiters; and the table
 * parser, the model and the language checks cost time and memory per table row, list item and
 * word (measured on dist/cli.js: 100,000 table rows took 97 s and 2 GB, 50,000 list items 47 s
 * and 1 GB, one 1 MB line of short words 11 s and 625 MB). Real post-mortems are far below these
 * limits (at most a few dozen table rows and list items, about 1,300 words in the longest
 * paragraph, 4,200 words in the longest document), so such files are refused before parsing, with a finding that says which limit,
 * rather than holding up the run or exhausting its memory.
 */
export const COMPLEXITY_LIMITS = { containers: 500, headings: 1000, delimitersPerBlock: 1000, tableRows: 500, listItems: 1000, wordsPerBlock: 20_000, words: 50_000 }

/** A GFM table's delimiter row (`| --- | :-: |`, `---|---`): the table's rows follow it. */
const TABLE_DELIMITER = /^\s{0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/

/** Words (runs of non-space) in a line, counted without building them. */
function countWords(line: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    const space = code === 32 || code === 9
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

function complexity(text: string): { what: string; limit: string; line: number } | undefined {
  let containers = 0
  let headings = 0
  let delimiters = 0
  let blockStart = 1
  let tableRows = 0
  let inTable = false
  let listItems = 0
  let words = 0
  let totalWords = 0
  let previousRow = ''
  let fence: string | undefined
  let previousContainer = ''
  let previousBlank = false
  let line = 0
  for (const row of text.split(/\r\n?|\n/)) {
    line++
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(row)?.[1]
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined
      continue
    }
    if (fenceMark) {
      fence = fenceMark
      continue
    }
    // Blocks, and each table row (its cells are parsed on their own), start the delimiter count afresh.
    if (row.trim() === '' || row.trimStart().startsWith('|')) {
      delimiters = 0
      words = 0
      blockStart = row.trim() === '' ? line + 1 : line
    }
    // A table runs from its delimiter row to the next blank line; every row costs the table parser and the model.
    if (row.trim() === '') inTable = false
    else if (inTable) {
      if (++tableRows > COMPLEXITY_LIMITS.tableRows) {
        return { what: `more than ${COMPLEXITY_LIMITS.tableRows} table rows`, limit: 'a timeline and action items of ordinary length (split a long log into an attachment or a code block)', line }
      }
    } else if (row.includes('|') || previousRow.includes('|')) {
      inTable = TABLE_DELIMITER.test(row) && previousRow.trim() !== '' && (row.includes('|') || previousRow.includes('|'))
    }
    previousRow = row
    // Lists and blockquotes are containers; each new one (also nested in a quote) costs the parser more.
    const quote = /^\s{0,3}(?:>\s?)+/.exec(row)?.[0] ?? ''
    const inner = row.slice(quote.length)
    const footnote = /^\s{0,3}\[\^[^\]]+\]:/.test(inner)
    const container = footnote ? 'footnote' : /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(inner) ? `${quote ? 'quoted ' : ''}list` : quote ? 'quote' : ''
    // Each footnote definition is a container of its own; a new quote after a blank line is a new blockquote.
    const opens = container !== '' && (container !== previousContainer || footnote || (quote !== '' && previousBlank))
    const listItem = container !== '' && /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(inner)
    if (listItem && ++listItems > COMPLEXITY_LIMITS.listItems) {
      return { what: `more than ${COMPLEXITY_LIMITS.listItems} list items`, limit: 'lists of ordinary length (a long log belongs in an attachment or a code block)', line }
    }
    // Each list item is a paragraph of its own for the word count.
    if (listItem) {
      words = 0
      blockStart = line
    }
    if (opens && ++containers > COMPLEXITY_LIMITS.containers) {
      return { what: `more than ${COMPLEXITY_LIMITS.containers} separate lists, quotes or footnotes`, limit: 'fewer lists, quotes and footnotes (merge consecutive ones)', line }
    }
    if (row.trim() !== '') previousContainer = container || (previousContainer && /^\s/.test(row) ? previousContainer : '')
    previousBlank = row.trim() === '' || /^\s{0,3}(?:>\s?)+\s*$/.test(row)
    const atx = /^\s{0,3}#{1,6}(\s|$)/.test(inner)
    const setext = /^\s{0,3}(?:=+|-+)\s*$/.test(inner)
    if ((atx || setext) && ++headings > COMPLEXITY_LIMITS.headings) {
      return { what: `more than ${COMPLEXITY_LIMITS.headings} headings`, limit: 'a post-mortem of ordinary size', line }
    }
    const rowWords = countWords(inner)
    words += rowWords
    totalWords += rowWords
    if (words > COMPLEXITY_LIMITS.wordsPerBlock) {
      return { what: `paragraph or line of more than ${COMPLEXITY_LIMITS.wordsPerBlock} words`, limit: 'paragraphs of ordinary length (separate them with blank lines)', line: blockStart }
    }
    if (totalWords > COMPLEXITY_LIMITS.words) {
      return { what: `more than ${COMPLEXITY_LIMITS.words} words`, limit: 'a post-mortem of ordinary length (long logs belong in an attachment)', line }
    }
    delimiters += inner.match(/[*_`~\\[\]]/g)?.length ?? 0
    if (delimiters > COMPLEXITY_LIMITS.delimitersPerBlock) {
      return { what: `paragraph with more than ${COMPLEXITY_LIMITS.delimitersPerBlock} emphasis, code or link marks`, limit: 'fewer marks, or the text in a fenced code block', line: blockStart }
    }
  }
  return undefined
}

function deepestLine(text: string): { depth: number; line: number } {
  let best = { depth: 0, line: 1 }
  let line = 0
  for (const m of text.matchAll(/^([ \t>*+\-\d.]*)/gm)) {
    line++
    const prefix = m[1] ?? ''
    if (prefix.length < MAX_NESTING) continue
    const depth = (prefix.match(/>/g)?.length ?? 0) + Math.floor((prefix.match(/ /g)?.length ?? 0) / 2) + (prefix.match(/[*+\-]\s/g)?.length ?? 0)
    if (depth > best.depth) best = { depth, line }
  }
  return best
}

export function engineFinding(ruleId: string, message: string, line: number, column = 1): Finding {
  return { ruleId, severity: 'error', message, line, column, endLine: line, endColumn: column, url: ruleDocsUrl('parse-errors') }
}

function severityOf(message: VFileMessage): FindingSeverity {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'info'
}

function toFinding(message: VFileMessage): Finding {
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'end' in message.place ? message.place.end : start
  const finding: Finding = {
    ruleId: message.ruleId ?? 'unknown',
    severity: severityOf(message),
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
  }
  if (message.url) finding.url = message.url
  if (message.actual !== undefined && message.actual !== null) finding.actual = message.actual
  const replacement = message.expected?.[0]
  if (replacement !== undefined) finding.suggestion = { replacement }
  return finding
}

function byPosition(a: Finding, b: Finding): number {
  // Rule ids are ASCII: a plain comparison, not localeCompare, whose first call loads ICU's collator (~20 ms).
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
}

export type { LintedFile }
