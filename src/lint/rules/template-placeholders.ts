/**
 * template-placeholders: text left from the template (`@your-handle`, `P0 | P1 | P2 | P3 | P4`,
 * "A specific change to a named system") and sections left empty (only the template's guidance
 * comment under the heading). The placeholders are read from the template itself (template-text.ts, at build time).
 */
import type { Heading, ListItem, Root, RootContent, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { Span } from '../../model/types.js'
import { SourceText } from '../../model/source.js'
import { booleanOption, onlyKnownOptions } from '../options.js'
import { postmortemRule, quote, unexpected } from '../rule.js'
import { builtinPlaceholders } from '../builtin-placeholders.js'
import { normalizeText, type TemplatePlaceholders } from '../template-text.js'

interface Options {
  emptySections: boolean
}

const PLACEHOLDER_EXPECTED = "this incident's own text in place of the template's placeholder"

export default postmortemRule<Options>({
  id: 'template-placeholders',
  options(raw) {
    onlyKnownOptions(raw, ['emptySections'], 'template-placeholders')
    return { emptySections: booleanOption(raw, 'emptySections', true, 'template-placeholders') }
  },
  check({ postmortem, options, tree, file, report }) {
    const source = new SourceText(String(file.value))
    const placeholders = builtinPlaceholders()
    const reportPlaceholder = (text: string, span: Span) => report(unexpected(`template placeholder ${quote(text)}`, PLACEHOLDER_EXPECTED), span, { actual: text })

    // Metadata field lines and the title: placeholders anywhere in them.
    const lines = new Set<number>()
    for (const field of postmortem.meta.fields) for (let line = field.span.start.line; line <= field.span.end.line; line++) lines.add(line)
    if (postmortem.meta.title) lines.add(postmortem.meta.title.span.start.line)
    for (const line of [...lines].sort((a, b) => a - b)) {
      const [start, end] = lineRange(source.text, line)
      for (const match of findInline(source.text, start, end, placeholders)) reportPlaceholder(match.text, source.span(match.start, match.end))
    }

    visit(tree, 'table', (table) => {
      for (const row of table.children.slice(1)) {
        const cells = row.children as TableCell[]
        const left = placeholders.rows.find((own) => own.every(({ column, text }) => cells[column] !== undefined && normalizeText(toString(cells[column] as TableCell)) === text))
        if (left) {
          const first = cells[left[0]?.column ?? 0] as TableCell
          const last = cells[left[left.length - 1]?.column ?? 0] as TableCell
          const text = left.map(({ column }) => toString(cells[column] as TableCell).trim()).join(' | ')
          const span = source.span(trimPipes(cellSpan(first), source).start.offset, trimPipes(cellSpan(last), source).end.offset)
          const actual = source.text.slice(span.start.offset, span.end.offset)
          report(unexpected(`row left from the template ${quote(text, 80)}`, "this incident's own entry in place of the template's example row"), span, { actual })
        }
        for (const cell of cells) {
          const [start, end] = source.range(cell)
          for (const match of findInline(source.text, start, end, placeholders)) reportPlaceholder(match.text, source.span(match.start, match.end))
        }
      }
    })
    function cellSpan(cell: TableCell): Span {
      const [start, end] = source.range(cell)
      return source.span(start, end)
    }

    visit(tree, 'listItem', (item: ListItem) => {
      const text = toString(item).trim()
      if (!placeholders.items.has(normalizeText(text))) return
      const first = item.children[0] ?? item
      const [start, end] = source.range(first)
      const span = source.located(text, start, end).span
      report(unexpected(`template placeholder ${quote(text)}`, PLACEHOLDER_EXPECTED), span, { actual: source.text.slice(span.start.offset, span.end.offset) })
    })

    if (options.emptySections) {
      // A timeline written as one heading per entry says everything in the heading.
      const timeline = postmortem.timeline
      const isTimelineEntry = (heading: Heading) =>
        timeline?.form === 'headings' && timeline.entries.some((entry) => entry.span.start.line === heading.position?.start.line)
      for (const heading of emptySections(tree).filter((candidate) => !isTimelineEntry(candidate))) {
        const [start, end] = source.range(heading)
        report(
          unexpected(`empty section ${quote(toString(heading))}`, 'text under the heading (what applies to this incident, or a sentence saying why nothing does)'),
          source.span(start, end),
        )
      }
    }
  },
})

interface InlineMatch {
  text: string
  start: number
  end: number
}

/** Occurrences of the inline placeholders in text[start, end), as whole words, case-insensitive. */
function findInline(text: string, start: number, end: number, placeholders: TemplatePlaceholders): InlineMatch[] {
  const slice = text.slice(start, end)
  const matches: InlineMatch[] = []
  for (const pattern of inlinePatterns(placeholders)) {
    for (const match of slice.matchAll(pattern)) {
      const at = start + match.index
      if (matches.some((other) => at < other.end && at + match[0].length > other.start)) continue
      matches.push({ text: match[0], start: at, end: at + match[0].length })
    }
  }
  return matches.sort((a, b) => a.start - b.start)
}

const patternCache = new WeakMap<TemplatePlaceholders, RegExp[]>()

function inlinePatterns(placeholders: TemplatePlaceholders): RegExp[] {
  let patterns = patternCache.get(placeholders)
  if (!patterns) {
    // Longest first, so `(HH:MM ...)`-style notes are not cut by a shorter placeholder inside them.
    patterns = [...placeholders.inline]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => {
        const body = phrase.split(/\s+/).map(escapeRegExp).join('\\s+')
        const before = /^[\w@]/.test(phrase) ? '(?<![\\w@/-])' : ''
        const after = /\w$/.test(phrase) ? '(?![\\w/-])' : ''
        return new RegExp(`${before}${body}${after}`, 'gi')
      })
    patternCache.set(placeholders, patterns)
  }
  return patterns
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function lineRange(text: string, line: number): [number, number] {
  let start = 0
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start)
    if (next < 0) return [text.length, text.length]
    start = next + 1
  }
  const newline = text.indexOf('\n', start)
  return [start, newline < 0 ? text.length : newline]
}

/** A cell's span without the table's `|` and the spaces around them. */
function trimPipes(span: Span, source: SourceText): Span {
  const raw = source.text.slice(span.start.offset, span.end.offset)
  const lead = raw.length - raw.replace(/^[|\s]+/, '').length
  const trail = raw.length - raw.replace(/[|\s]+$/, '').length
  return source.span(span.start.offset + lead, span.end.offset - trail)
}

/** Nodes that say nothing to a reader: comments (the template's guidance) and rules (`---`). */
function isFiller(node: RootContent): boolean {
  if (node.type === 'thematicBreak') return true
  return node.type === 'html' && /^\s*<!--[^]*-->\s*$/.test(node.value)
}

/**
 * Headings (below the title) with nothing under them but comments, up to the next heading. A
 * heading followed by a deeper one is a parent: its subsections are judged, not it.
 */
export function emptySections(tree: Root): Heading[] {
  const empty: Heading[] = []
  const children = tree.children
  children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth < 2) return
    let next = index + 1
    while (next < children.length && children[next]?.type !== 'heading') next++
    const following = children[next]
    if (following?.type === 'heading' && following.depth > node.depth) return
    if (children.slice(index + 1, next).every(isFiller)) empty.push(node)
  })
  return empty
}
