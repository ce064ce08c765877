/** Action items from tables (with column aliases) or lists whose items carry the same fields. */
import type { List, ListItem, Paragraph, RootContent, Table, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { aliasIndex, aliasIndexFor, normalizeLabel } from '../config/normalize.js'
import type { Config } from '../config/types.js'
import { plainText, type SourceText } from './source.js'
import { findSection, type SectionBlock } from './sections.js'
import { findDate } from './time.js'
import type { ActionItem, Located } from './types.js'

const ITEM_FIELDS = ['id', 'action', 'owner', 'deadline', 'priority', 'status'] as const
type ItemField = (typeof ITEM_FIELDS)[number]

/** Things that read as an action-item ID at the start of an item: AI-3, PM-12.4, #7, [A1]. */
const ID_AT_START = /^[\s*_]*\[?((?:[A-Z][A-Z0-9]{0,7}-\d+(?:\.\d+)?)|#\d+)\]?(?:\*\*|__)?[:.)\s-]+/

export function buildActionItems(sections: SectionBlock[], source: SourceText, config: Config): ActionItem[] {
  const block = findSection(sections, 'action-items')
  if (!block) return []
  const fieldIndex = aliasIndexFor(config.columns, ITEM_FIELDS)
  const tables = block.nodes.filter((node): node is Table => node.type === 'table')
  if (tables.length > 0) return tables.flatMap((table) => tableItems(table, source, fieldIndex, config))
  const lists = block.nodes.filter((node): node is List => node.type === 'list')
  return lists.flatMap((list) => listItems(list, source, fieldIndex, config))
}

function tableItems(table: Table, source: SourceText, fieldIndex: Map<string, string>, config: Config): ActionItem[] {
  const [header, ...rows] = table.children
  if (!header) return []
  const columns = header.children.map((cell) => {
    const label = normalizeLabel(toString(cell))
    return fieldIndex.get(label) ?? (label || undefined)
  })
  if (!columns.includes('action')) {
    // No column named like an action: the widest unrecognised column holds it.
    const free = columns.findIndex((key) => !key || !(ITEM_FIELDS as readonly string[]).includes(key))
    if (free >= 0) columns[free] = 'action'
  }
  return rows
    .filter((row) => row.children.some((cell) => toString(cell).trim() !== ''))
    .map((row) => {
      const item: ActionItem = { extra: {}, span: source.nodeSpan(row), form: 'table' }
      row.children.forEach((cell, i) => {
        const key = columns[i]
        const text = plainText(toString(cell))
        if (!key || !text) return
        setField(item, key, source.located(text, ...cellRange(cell, source)))
      })
      return item
    })
}

function cellRange(cell: TableCell, source: SourceText): [number, number] {
  if (cell.children.length === 0) return source.range(cell)
  return [source.range(cell.children[0] as RootContent)[0], source.range(cell.children.at(-1) as RootContent)[1]]
}

function setField(item: ActionItem, key: string, value: Located<string>): void {
  switch (key) {
    case 'id':
    case 'action':
    case 'owner':
    case 'priority':
      item[key] = value
      return
    case 'deadline':
      item.deadline = value
      item.deadlineDate = findDate(value.value)?.date
      return
    default:
      item.extra[key] = value
  }
}

function listItems(list: List, source: SourceText, fieldIndex: Map<string, string>, config: Config): ActionItem[] {
  return list.children.flatMap((item) => {
    const paragraph = item.children.find((child): child is Paragraph => child.type === 'paragraph')
    const nested = item.children.filter((child): child is List => child.type === 'list')
    const heading = paragraph ? plainText(toString(paragraph)) : ''
    // "Process:" or "**Detection**" with the real items nested below: a group, not an item.
    if (nested.length > 0 && (heading.endsWith(':') || isBoldOnly(paragraph)) && heading.length < 60) {
      return nested.flatMap((child) => listItems(child, source, fieldIndex, config))
    }
    return paragraph ? [listItem(item, paragraph, nested, source, fieldIndex, config)] : []
  })
}

function isBoldOnly(paragraph: Paragraph | undefined): boolean {
  return paragraph?.children.length === 1 && paragraph.children[0]?.type === 'strong'
}

/**
 * One list item: `AI-3: Add an alert on queue depth > 1000 (owner: @bob, due: 2024-04-01, priority: high)`,
 * or unlabelled `[AI-3] ... @bob 2024-04-01 P1`, or fields in a nested list (`- Owner: @bob`).
 */
function listItem(item: ListItem, paragraph: Paragraph, nested: List[], source: SourceText, fieldIndex: Map<string, string>, config: Config): ActionItem {
  const result: ActionItem = { extra: {}, span: source.nodeSpan(item), form: 'list' }
  if (item.checked === true) result.extra.status = { value: 'done', raw: '[x]', span: source.nodeSpan(item) }
  const [start, end] = source.range(paragraph)
  let text = source.text.slice(start, end)
  const taken: [number, number][] = []
  const take = (from: number, to: number) => taken.push([from, to])

  const id = ID_AT_START.exec(text)
  if (id) {
    const at = text.indexOf(id[1] as string)
    setField(result, 'id', source.located(id[1] as string, start + at, start + at + (id[1] as string).length))
    take(0, id[0].length)
  }
  // A value runs to the next separator or the end of a sentence; a comma before a year ("March 21, 2025")
  // or before another @owner belongs to the value.
  const labelled = /(?:^|[\s(,;[|—–-])(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,14}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?((?:[^,;()[\]|\n]|,(?=\s*(?:\d{4}\b|@)))+?)(?:\*\*|__)?\s*(?=$|,(?!\s*(?:\d{4}\b|@))|[;)\]|\n]|\.(?:\s|$)|\s[—–-]\s)/g
  for (const m of text.matchAll(labelled)) {
    const key = fieldIndex.get(normalizeLabel(m[1] as string))
    if (!key || key === 'action' || (key === 'id' && result.id)) continue
    const valueAt = start + m.index + m[0].lastIndexOf(m[2] as string)
    setField(result, key, source.located(plainText(m[2] as string), valueAt, valueAt + (m[2] as string).length))
    take(m.index, m.index + m[0].length)
  }
  if (!result.owner) {
    const mention = /(?<![\w/])@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?/.exec(text)
    if (mention) {
      setField(result, 'owner', source.located(mention[0], start + mention.index, start + mention.index + mention[0].length))
      take(mention.index, mention.index + mention[0].length)
    }
  }
  if (!result.deadline) {
    const date = findDate(text)
    if (date) {
      setField(result, 'deadline', source.located(text.slice(date.index, date.index + date.length), start + date.index, start + date.index + date.length))
      take(date.index, date.index + date.length)
    }
  }
  if (!result.priority) {
    const priorityIndex = aliasIndex(config.priorities)
    for (const bracketed of text.matchAll(/[([]\s*([^()[\]\n]{1,24}?)\s*[)\]]/g)) {
      if (!priorityIndex.has(normalizeLabel(bracketed[1] as string))) continue
      const at = start + bracketed.index + bracketed[0].indexOf(bracketed[1] as string)
      setField(result, 'priority', source.located(bracketed[1] as string, at, at + (bracketed[1] as string).length))
      take(bracketed.index, bracketed.index + bracketed[0].length)
      break
    }
  }
  if (!result.priority) {
    // A bare "P1" among the fields is unambiguous; words like "high" are not, outside brackets.
    const bare = /(?<![\w-])P[0-4](?![\w-])/.exec(maskTaken(text, taken))
    if (bare) {
      setField(result, 'priority', source.located(bare[0], start + bare.index, start + bare.index + bare[0].length))
      take(bare.index, bare.index + bare[0].length)
    }
  }
  for (const list of nested) fieldsFromNestedList(list, result, source, fieldIndex, config)
  const action = actionText(maskTaken(text, taken), text)
  if (action) result.action = source.located(action.value, start + action.start, start + action.end)
  return result
}

/** `- Owner: @bob` lines nested under an item. */
function fieldsFromNestedList(list: List, item: ActionItem, source: SourceText, fieldIndex: Map<string, string>, config: Config): void {
  for (const child of list.children) {
    const [start, end] = source.range(child)
    const text = source.text.slice(start, end)
    const m = /^[-*+]\s+(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,14}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(.+)$/.exec(text.split('\n')[0] ?? '')
    const key = m ? fieldIndex.get(normalizeLabel(m[1] as string)) : undefined
    if (!m || !key || key === 'action') continue
    const value = (m[2] as string).trim()
    const at = start + text.indexOf(value)
    setField(item, key, source.located(plainText(value), at, at + value.length))
  }
}

function maskTaken(text: string, taken: [number, number][]): string {
  let masked = text
  for (const [from, to] of taken) masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to)
  return masked
}

/**
 * The action is what is left of the item's first line once the ID and fields are cut out,
 * without the brackets and separators that held those fields.
 */
function actionText(masked: string, original: string): { value: string; start: number; end: number } | undefined {
  const firstLine = masked.split('\n')[0] ?? ''
  // When nothing was cut from the end, the item's own final full stop stays.
  const cutAtEnd = firstLine.trimEnd().length < (original.split('\n')[0] ?? '').trimEnd().length
  const cleaned = plainText(firstLine)
    .replace(/[([]\s*[,;.\s]*[)\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:|—–-]+/, '')
    // What cutting the fields out leaves behind: separators, full stops, and label words without values ("due").
    .replace(cutAtEnd ? /(?:[\s,;:.|—–([-]|\b(?:due|by|owner|owners|deadline|priority|assignee)\b)+$/gi : /[\s,;:|—–([-]+$/g, '')
    .trim()
  const value = unbalancedClosers(cleaned)
  if (!value) return undefined
  // The span runs from the first to the last character that is neither cut out nor a separator.
  const separators = /[\s,;:|—–()[\]-]/
  let start = 0
  while (start < firstLine.length && separators.test(firstLine.charAt(start))) start++
  let end = firstLine.length
  while (end > start && separators.test(firstLine.charAt(end - 1))) end--
  if (firstLine.charAt(end) === ')' && firstLine.slice(start, end).includes('(')) end++
  return { value, start, end }
}

/** Drops a trailing ")" or "]" left behind when a bracketed field group was cut out. */
function unbalancedClosers(text: string): string {
  let result = text
  for (const [open, close] of [['(', ')'], ['[', ']']] as const) {
    while (result.endsWith(close) && result.split(open).length < result.split(close).length) result = result.slice(0, -1).trimEnd()
  }
  return result.replace(/[\s,;:|—–-]+$/, '')
}
