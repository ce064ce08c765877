/** Action items from tables (with column aliases) or lists whose items carry the same fields. */
import type { Heading, List, ListItem, Paragraph, RootContent, Table, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { aliasIndex, aliasIndexFor, normalizeLabel } from '../config/normalize.js'
import type { Config } from '../config/types.js'
import { plainText, type SourceText } from './source.js'
import { data as wordData } from './action-item-words.yml.generated.js'
import { findSections, type SectionBlock } from './sections.js'
import { findDate } from './time.js'
import type { ActionItem, Located } from './types.js'

const ITEM_FIELDS = ['id', 'action', 'owner', 'deadline', 'priority', 'status'] as const
type ItemField = (typeof ITEM_FIELDS)[number]

/** Things that read as an action-item ID at the start of an item: AI-3, PM-12.4, #7, [A1]. */
const ID_AT_START = /^[\s*_]*\[?((?:[A-Z][A-Z0-9]{0,7}-\d+(?:\.\d+)?)|#\d+)\]?(?:\*\*|__)?[:.)\s-]+/

interface Words {
  done: Set<string>
  categories: Set<string>
}

let words: Words | undefined

/** The action-item vocabulary (action-item-words.yml), validated once. */
function itemWords(): Words {
  if (words) return words
  const data = wordData as Record<string, unknown>
  const list = (key: string): Set<string> => {
    const value = data[key]
    if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) throw new Error(`action-item-words.yml: \`${key}\` must be a list of words`)
    return new Set(value.map((entry) => normalizeLabel(entry)))
  }
  words = { done: list('done'), categories: list('categories') }
  return words
}

/** Every action-item section of the document (not only the first), each read in full. */
export function buildActionItems(sections: SectionBlock[], source: SourceText, config: Config): ActionItem[] {
  const fieldIndex = aliasIndexFor(config.columns, ITEM_FIELDS)
  return findSections(sections, 'action-items').flatMap((block) => sectionItems(block, source, fieldIndex, config))
}

/**
 * Tables whose header names action-item columns, then lists; when the section holds neither but
 * has sub-headings ("### 1) Alert on CPU load `@dma`"), each sub-heading is an item.
 */
function sectionItems(block: SectionBlock, source: SourceText, fieldIndex: Map<string, string>, config: Config): ActionItem[] {
  const tables = block.nodes.filter((node): node is Table => node.type === 'table' && isItemTable(node, fieldIndex))
  if (tables.length > 0) return tables.flatMap((table) => tableItems(table, source, fieldIndex, config))
  const lists = block.nodes.filter((node): node is List => node.type === 'list')
  const fromLists = lists.flatMap((list) => listItems(list, source, fieldIndex, config))
  if (fromLists.length > 0) return fromLists
  const headings = block.nodes.filter((node): node is Heading => node.type === 'heading')
  const top = Math.min(...headings.map((heading) => heading.depth))
  return headings.filter((heading) => heading.depth === top).map((heading) => headingItem(heading, block, source, fieldIndex, config))
}

/** A table of action items names at least one item column besides the action (owner, deadline, ID...); a data table does not. */
function isItemTable(table: Table, fieldIndex: Map<string, string>): boolean {
  const header = table.children[0]
  return (header?.children ?? []).some((cell) => {
    const key = fieldIndex.get(normalizeLabel(toString(cell)))
    return key !== undefined
  })
}

function headingItem(heading: Heading, block: SectionBlock, source: SourceText, fieldIndex: Map<string, string>, config: Config): ActionItem {
  const [start, end] = source.range(heading)
  const hashes = /^#+\s*(?:\d+[.)]\s+)?/.exec(source.text.slice(start, end))?.[0].length ?? 0
  const index = block.nodes.indexOf(heading)
  const next = block.nodes.findIndex((node, i) => i > index && node.type === 'heading' && node.depth <= heading.depth)
  const body = block.nodes.slice(index + 1, next < 0 ? undefined : next)
  const item = readItem(start + hashes, end, source, fieldIndex, config, 'heading')
  item.span = source.span(start, body.length > 0 ? source.range(body.at(-1) as RootContent)[1] : end)
  return item
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
  const headerStartsWithPipe = source.slice(header).trimStart().startsWith('|')
  const items: ActionItem[] = []
  for (const row of rows) {
    if (!row.children.some((cell) => toString(cell).trim() !== '')) continue
    // A row broken over two lines: the second line has no leading pipe and continues the row above.
    const continuation = headerStartsWithPipe && !source.slice(row).trimStart().startsWith('|') && items.length > 0
    if (continuation) {
      const previous = items.at(-1) as ActionItem
      previous.span = { start: previous.span.start, end: source.nodeSpan(row).end }
      continue
    }
    const item: ActionItem = { extra: {}, span: source.nodeSpan(row), form: 'table', done: false }
    row.children.forEach((cell, i) => {
      const key = columns[i]
      const text = plainText(toString(cell))
      if (!key || !text) return
      setField(item, key, source.located(text, ...cellRange(cell, source)))
    })
    item.done = Object.values(item.extra).some((field) => isDoneWord(field.value)) || (item.action !== undefined && startsDone(item.action.value))
    items.push(item)
  }
  return items
}

function isDoneWord(text: string): boolean {
  return itemWords().done.has(normalizeLabel(text.replace(/\bas of\b.*$/i, '')))
}

/** "✅ Added ...", "DONE: ...", "~~Rotate the keys~~": the item says it is completed where it starts. */
function startsDone(text: string): boolean {
  const first = /^[\s[(]*([^\s\]):,.]+)/u.exec(text)?.[1] ?? ''
  return isDoneWord(first) && (/^[\s[(]*[^\w\s]/u.test(text) || first === first.toUpperCase())
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
    // A task with sub-tasks ("- [ ] Move the queue" over "- [ ] drain", "- [ ] switch") is one item with parts.
    const checklist = item.checked !== null && item.checked !== undefined && nested.some((child) => child.children.some((sub) => typeof sub.checked === 'boolean'))
    // "Process:" or "**Detection**" with the real items nested below: a group, not an item.
    if (!checklist && nested.length > 0 && (heading.endsWith(':') || isBoldOnly(paragraph)) && heading.length < 60) {
      return nested.flatMap((child) => listItems(child, source, fieldIndex, config))
    }
    if (!paragraph || !isActionText(heading)) return []
    const result = listItem(item, paragraph, nested, source, fieldIndex, config)
    if (checklist) {
      const subItems = nested.flatMap((child) => child.children)
      result.parts = subItems.flatMap((sub) => {
        const text = plainText(toString(sub.children[0] ?? sub))
        return text ? [source.located(text, ...source.range(sub))] : []
      })
      if (item.checked === true || subItems.every((sub) => sub.checked === true)) result.done = true
    }
    return [result]
  })
}

/** A bullet of one word or code name ("- \`VISIBILITY_QUERY\`", "- staticshare") lists data, not an action. */
function isActionText(text: string): boolean {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 2
}

function isBoldOnly(paragraph: Paragraph | undefined): boolean {
  return paragraph?.children.length === 1 && paragraph.children[0]?.type === 'strong'
}

/**
 * One list item: `AI-3: Add an alert on queue depth > 1000 (owner: @bob, due: 2024-04-01, priority: high)`,
 * or unlabelled `[AI-3] ... @bob 2024-04-01 P1`, or fields in a nested list (`- Owner: @bob`).
 */
function listItem(item: ListItem, paragraph: Paragraph, nested: List[], source: SourceText, fieldIndex: Map<string, string>, config: Config): ActionItem {
  const [start, end] = source.range(paragraph)
  const result = readItem(start, end, source, fieldIndex, config, 'list')
  result.span = source.nodeSpan(item)
  if (item.checked === true) {
    result.extra.status = { value: 'done', raw: '[x]', span: source.nodeSpan(item) }
    result.done = true
  }
  for (const list of nested) fieldsFromNestedList(list, result, source, fieldIndex, config)
  if (result.extra.status && isDoneWord(result.extra.status.value)) result.done = true
  return result
}

/** The fields of one item written as text (a list item's paragraph, a heading): ID, owner, deadline, priority, done markers, the action. */
function readItem(from: number, end: number, source: SourceText, fieldIndex: Map<string, string>, config: Config, form: ActionItem['form']): ActionItem {
  const result: ActionItem = { extra: {}, span: source.span(from, end), form, done: false }
  // A task item's paragraph still starts with its checkbox ("[ ] ").
  const start = from + (/^\[[ xX]\][ \t]+/.exec(source.text.slice(from, end))?.[0].length ?? 0)
  const text = source.text.slice(start, end)
  const taken: [number, number][] = []
  const take = (from: number, to: number) => taken.push([from, to])

  const id = ID_AT_START.exec(text)
  if (id) {
    const at = text.indexOf(id[1] as string)
    setField(result, 'id', source.located(id[1] as string, start + at, start + at + (id[1] as string).length))
    take(0, id[0].length)
  }
  result.done = isDone(text)
  const prefix = ownerPrefix(text, id ? id[0].length : 0, fieldIndex, config)
  if (prefix) {
    setField(result, 'owner', source.located(prefix.owner, start + prefix.at, start + prefix.at + prefix.owner.length))
    take(prefix.from, prefix.to)
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
    // "**HIGH**": a level of the scale written in bold.
    const priorityIndex = aliasIndex(config.priorities)
    for (const bold of text.matchAll(/(\*\*|__)([^*_\n]{1,16}?)\1/g)) {
      if (!priorityIndex.has(normalizeLabel(bold[2] as string))) continue
      const at = start + bold.index + (bold[1] as string).length
      setField(result, 'priority', source.located(bold[2] as string, at, at + (bold[2] as string).length))
      take(bold.index, bold.index + bold[0].length)
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
  const action = actionText(maskTaken(text, taken), text)
  if (action) result.action = source.located(action.value, start + action.start, start + action.end)
  if (result.extra.status && isDoneWord(result.extra.status.value)) result.done = true
  return result
}

/**
 * Done where the item says so: struck through (`~~...~~`), a leading ✅, `DONE`/`Done:` at the start,
 * or a bracketed or bold marker anywhere (`(done)`, `**(Done as of 2021-06-30)**`, `[DONE]`).
 */
function isDone(text: string): boolean {
  const plain = text.replace(/^\s*(?:\[[ xX]\]\s*)?/, '')
  if (/^~~[^]*~~\s*$/.test(plain.split('\n')[0]?.trim() ?? '')) return true
  if (startsDone(plain.replace(/(\*\*|__)/g, ''))) return true
  for (const marker of text.matchAll(/[([]\s*([^()[\]\n]{1,40}?)\s*[)\]]|(\*\*|__)\(?([^*_()\n]{1,40}?)\)?\2/g)) {
    const word = (marker[1] ?? marker[3] ?? '').split(/\s/)[0] ?? ''
    if (isDoneWord(word)) return true
  }
  return false
}

/**
 * An owner written before the action: `Infra: add a disk alert`, `[SRE] rotate the keys`. A label
 * naming a kind of work ("Detection:"), a known field or a priority is not an owner.
 */
function ownerPrefix(text: string, from: number, fieldIndex: Map<string, string>, config: Config): { owner: string; at: number; from: number; to: number } | undefined {
  const rest = text.slice(from)
  const m = /^(\s*(?:\*\*|__)?)(?:\[([A-Za-z@][\w@/.-]{0,30})\]|([A-Z@][\w@/.-]{0,30}):)(?:\*\*|__)?\s+(?=\S)/.exec(rest)
  if (!m) return undefined
  const owner = (m[2] ?? m[3]) as string
  const label = normalizeLabel(owner)
  if (itemWords().categories.has(label) || fieldIndex.has(label) || aliasIndex(config.priorities).has(label) || itemWords().done.has(label)) return undefined
  // Closing brackets of a task ("[ ]", "[x]") or an ID are not owners.
  if (/^[xX ]$/.test(owner) || ID_AT_START.test(`${owner} `)) return undefined
  const at = from + m[0].indexOf(owner)
  return { owner, at, from, to: from + m[0].length }
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
