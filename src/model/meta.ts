/** Metadata from YAML front matter, `**Field**: value` lines, or headings used as field labels. */
import type { Heading, Root, RootContent, Table, Yaml } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { aliasIndex, normalizeLabel } from '../config/normalize.js'
import type { Config } from '../config/types.js'
import { plainText, type SourceText } from './source.js'
import { PSEUDO_HEADING_DEPTH, type SectionBlock } from './sections.js'
import { findDate, isoDate, parseDuration } from './time.js'
import type { Located, Metadata, MetaField, ParseProblem } from './types.js'

/**
 * Reads YAML front matter into fields (src/model/front-matter.ts). Passed in rather than imported:
 * the YAML library is a quarter of the parser's code, and most post-mortems have no front matter,
 * so the linter loads it only for a document that does.
 */
export type FrontMatterReader = (node: Yaml, source: SourceText, fieldKey: Map<string, string>, problems: ParseProblem[]) => MetaField[]

export function buildMetadata(
  tree: Root,
  source: SourceText,
  config: Config,
  sections: SectionBlock[],
  problems: ParseProblem[],
  path?: string,
  readFrontMatter?: FrontMatterReader,
): Metadata {
  const fieldKey = aliasIndex(config.fields)
  const fields: MetaField[] = []
  const frontMatter = tree.children.find((node): node is Yaml => node.type === 'yaml')
  if (frontMatter) {
    if (!readFrontMatter) throw new Error('buildMetadata: a document with YAML front matter needs a front-matter reader')
    fields.push(...readFrontMatter(frontMatter, source, fieldKey, problems))
  }
  const toml = tree.children.find((node) => (node.type as string) === 'toml')
  if (toml) fields.push(...tomlFields(toml as unknown as Yaml, source, fieldKey))
  fields.push(...fieldLines(tree, source, fieldKey, sections))
  fields.push(...headingFields(sections, tree, source, fieldKey))

  const meta: Metadata = { fields }
  const first = (key: string) => fields.find((field) => field.key === key)
  const title = first('title') ?? titleFromHeading(tree, source)
  if (title) meta.title = located(title, plainText(title.raw))
  const date = first('date')
  if (date) meta.date = dateValue(date)
  else if (meta.title) {
    // "# Post-Mortem: Queue backlog (2024-03-05)": the title carries the date.
    const inTitle = findDate(meta.title.value)
    if (inTitle?.date) meta.date = { value: inTitle.date, raw: meta.title.raw, span: meta.title.span }
  }
  if (!meta.date) {
    // "## 22/Mar/2022" over the report: a heading that is only a date dates the document.
    const dated = tree.children.find((node): node is Heading => node.type === 'heading' && /^\s*[\w/ ,.-]{6,20}\s*$/.test(toString(node)) && findDate(toString(node))?.length === toString(node).trim().length)
    const found = dated ? findDate(toString(dated)) : undefined
    if (dated && found?.date) {
      const span = source.nodeSpan(dated)
      meta.date = { value: found.date, raw: toString(dated).trim(), span }
      fields.push({ key: 'date', label: 'heading', raw: meta.date.raw, span, from: 'heading' })
    }
  }
  if (!meta.date && path) {
    // What `postmortem new` writes, "2026-03-05-queue-stall.md": the file name dates the document.
    const name = path.split(/[\\/]/).pop() ?? path
    const inName = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(name)
    const date = inName ? isoDate(+inName[1]!, +inName[2]!, +inName[3]!) : undefined
    if (date) {
      const span = meta.title?.span ?? source.span(0, 0)
      meta.date = { value: date, raw: name, span }
      fields.push({ key: 'date', label: 'file name', raw: name, span, from: 'file-name' })
    }
  }
  const duration = first('duration')
  if (duration) {
    const parsed = parseDuration(plainText(duration.raw))
    meta.duration = located(duration, parsed ?? {})
  }
  const severity = first('severity')
  if (severity) meta.severity = located(severity, canonicalSeverity(plainText(severity.raw), config))
  const authors = first('authors')
  if (authors) meta.authors = located(authors, splitPeople(plainText(authors.raw)))
  const reviewed = first('reviewed')
  if (reviewed) meta.reviewed = dateValue(reviewed)
  const id = first('id')
  if (id) meta.id = located(id, plainText(id.raw))
  return meta
}

function located<T>(field: MetaField, value: T): Located<T> {
  return { value, raw: field.raw, span: field.span }
}

/** A date field keeps its raw text as value when it is not a real date, so the rule can say so. */
function dateValue(field: MetaField): Located<string> {
  const found = findDate(plainText(field.raw))
  return located(field, found?.date ?? '')
}

export function canonicalSeverity(text: string, config: Config): string {
  const index = aliasIndex(config.severities)
  const whole = index.get(normalizeLabel(text))
  if (whole) return whole
  const head = normalizeLabel(text.split(/[\s(,;/]|\s[-–—]\s/)[0] ?? '')
  return index.get(head) ?? text.split(/[\s(]/)[0] ?? text
}

export function splitPeople(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&|\s(?=@))\s*/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
}

/** The H1; without one, a first heading above every other ("## June 5, 2016 incident report" over H3 sections). */
function titleFromHeading(tree: Root, source: SourceText): MetaField | undefined {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const top = Math.min(...headings.map((heading) => heading.depth))
  const first = headings[0]
  const h1 = headings.find((node) => node.depth === 1) ?? (first && first.depth === top && headings.filter((node) => node.depth === top).length === 1 ? first : undefined)
  if (!h1) return undefined
  const [start, end] = source.range(h1)
  const text = source.text.slice(start, end)
  const lead = /^#+\s*/.exec(text)?.[0].length ?? 0
  const located = source.located(toString(h1), start + lead, end)
  return { key: 'title', label: 'title', raw: located.raw, span: located.span, from: 'heading' }
}

/** `**Date**: 2024-03-05   **Severity**: P1` lines before the first known section. */
const BOLD_LABEL = /(\*\*|__)([A-Za-z][^*_\n:]{0,38}?)(:?)\1\s*(:?)[ \t]*/g
const PLAIN_LABEL = /^[ \t]*([A-Z][A-Za-z ]{0,30}?):[ \t]+/

function fieldLines(tree: Root, source: SourceText, fieldKey: Map<string, string>, sections: SectionBlock[]): MetaField[] {
  const firstKnown = sections.find((section) => section.key && section.depth <= PSEUDO_HEADING_DEPTH)?.index ?? tree.children.length
  const fields: MetaField[] = []
  tree.children.slice(0, firstKnown).forEach((node) => {
    for (const block of fieldBlocks(node)) fields.push(...fieldsInBlock(block, source, fieldKey))
  })
  return fields
}

function fieldBlocks(node: RootContent): RootContent[] {
  if (node.type === 'paragraph') return [node]
  if (node.type === 'list') return node.children.flatMap((item) => item.children.filter((child) => child.type === 'paragraph'))
  if (node.type === 'table') return [node]
  return []
}

function fieldsInBlock(node: RootContent, source: SourceText, fieldKey: Map<string, string>): MetaField[] {
  if (node.type === 'table') return tableFields(node, source, fieldKey)
  const [start, end] = source.range(node)
  const text = source.text.slice(start, end)
  const fields: MetaField[] = []
  // Fields are separated by line breaks, `<br>` or table pipes.
  for (const segment of text.matchAll(/[^\n|]+/g)) {
    for (const piece of splitOnBreaks(segment[0], segment.index)) {
      fields.push(...fieldsInSegment(piece.text, start + piece.offset, source, fieldKey))
    }
  }
  return fields
}

/** A two-column `| Field | Value |` table: each row whose first cell is a known label. */
function tableFields(table: Table, source: SourceText, fieldKey: Map<string, string>): MetaField[] {
  return table.children.flatMap((row) => {
    const [labelCell, valueCell] = row.children
    const key = labelCell ? fieldKey.get(normalizeLabel(toString(labelCell))) : undefined
    if (!key || !valueCell || valueCell.children.length === 0) return []
    const from = source.range(valueCell.children[0] as RootContent)[0]
    const to = source.range(valueCell.children.at(-1) as RootContent)[1]
    const value = source.located(null, from, to)
    return [{ key, label: toString(labelCell as RootContent), raw: value.raw, span: value.span, from: 'field-line' as const }]
  })
}

function splitOnBreaks(text: string, offset: number): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = []
  let last = 0
  for (const br of text.matchAll(/<br\s*\/?>/gi)) {
    pieces.push({ text: text.slice(last, br.index), offset: offset + last })
    last = br.index + br[0].length
  }
  pieces.push({ text: text.slice(last), offset: offset + last })
  return pieces
}

function fieldsInSegment(text: string, offset: number, source: SourceText, fieldKey: Map<string, string>): MetaField[] {
  const labels: { label: string; start: number; valueStart: number }[] = []
  for (const m of text.matchAll(BOLD_LABEL)) {
    if (!m[3] && !m[4]) continue
    labels.push({ label: m[2] as string, start: m.index, valueStart: m.index + m[0].length })
  }
  if (labels.length === 0) {
    const plain = PLAIN_LABEL.exec(text.replace(/^\s*[-*+]\s+/, (s) => ' '.repeat(s.length)))
    if (plain && fieldKey.has(normalizeLabel(plain[1] as string))) labels.push({ label: plain[1] as string, start: 0, valueStart: plain[0].length })
  }
  return labels.flatMap((entry, i) => {
    const key = fieldKey.get(normalizeLabel(entry.label))
    if (!key) return []
    const valueEnd = labels[i + 1]?.start ?? text.length
    const value = source.located(null, offset + entry.valueStart, offset + valueEnd)
    const raw = value.raw.replace(/^(\*\*|__)|(\*\*|__)$/g, '').trim()
    return [{ key, label: entry.label, raw, span: value.span, from: 'field-line' as const }]
  })
}

/** Google-template style: `## Date` followed by a paragraph holding the value. */
function headingFields(sections: SectionBlock[], tree: Root, source: SourceText, fieldKey: Map<string, string>): MetaField[] {
  const fields: MetaField[] = []
  for (const section of sections) {
    if (section.key) continue
    const key = fieldKey.get(normalizeLabel(section.title))
    const next = tree.children[section.index + 1]
    if (!key || !next || next.type !== 'paragraph') continue
    const [start, end] = source.range(next)
    const value = source.located(null, start, end)
    fields.push({ key, label: section.title, raw: value.raw, span: value.span, from: 'heading' })
  }
  return fields
}

/** TOML front matter (`+++ ... +++`, Hugo): top-level `key = value` lines, strings, dates and arrays of strings. */
function tomlFields(node: Yaml, source: SourceText, fieldKey: Map<string, string>): MetaField[] {
  const [start, end] = source.range(node)
  const fields: MetaField[] = []
  const body = source.text.slice(start, end)
  for (const line of body.matchAll(/^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*(.+?)[ \t]*$/gm)) {
    if (/^\[/.test(line[0].trim())) continue
    const label = line[1] as string
    const rawValue = line[2] as string
    const valueAt = start + (line.index ?? 0) + line[0].indexOf(rawValue)
    const text = rawValue.startsWith('[')
      ? [...rawValue.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]).join(', ')
      : rawValue.replace(/^"(.*)"$|^'(.*)'$/, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    const span = source.located(null, valueAt, valueAt + rawValue.length).span
    fields.push({ key: fieldKey.get(normalizeLabel(label)) ?? normalizeLabel(label), label, raw: text, span, from: 'front-matter' })
  }
  return fields
}
