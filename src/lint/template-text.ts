/**
 * The placeholders of a post-mortem template, read from the template itself, so the
 * template-placeholders rule and the template cannot drift apart: a placeholder added to the
 * template is a placeholder the rule knows. The built-in template's are read at build time
 * (builtin-placeholders.ts).
 */
import type { Root, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { defaultConfig } from '../config/defaults.js'
import { markdownParser } from '../model/build.js'

export type TemplateRow = Array<{ column: number; text: string }>

export interface TemplatePlaceholders {
  /**
   * The template's table rows, as the cells that are its own words (Event, Source, Actor, Action),
   * by column index and normalised. Times, dates, IDs, priorities and handles are left out: a row
   * counts as left from the template when all of these cells still read as the template wrote them.
   * A single cell is not enough: `incident commander` or `Impact ended` are fine words in a report.
   */
  rows: TemplateRow[]
  /** Whole list items (the numbered contributing factors), normalised. */
  items: Set<string>
  /**
   * Text found anywhere in a metadata field, a table cell or the title: the template's handles
   * (`@your-handle`), its notes in brackets (`(one line on why this level)`), the rest of a field
   * value that is not a date or time format (`P0 | P1 | P2 | P3 | P4`, `0h 00min`) and `<title>`.
   */
  inline: string[]
}

/** Format placeholders (`YYYY-MM-DD`, `HH:MM`) are left to the rules that check dates and times. */
const FORMAT_TOKENS = /\b(?:YYYY-MM-DD|HH:MM|UTC)\b/g
const HANDLE = /@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?/g
const NOTE_IN_BRACKETS = /\([^()]*\)/g
const ANGLE_PLACEHOLDER = /<[a-z][a-z -]*>/g
const FIELD_LINE = /^\*\*[^*]+\*\*\s*:\s*(.*)$/
/** Cells that are data in any post-mortem, not placeholders: IDs such as `AI-1`. */
const ITEM_ID = /^[a-z]+-\d+$/i

/** Lower case, one space between words: how both the template and a document are compared. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Whether a piece of template text says anything beyond date/time formats and punctuation. */
function hasWords(text: string): boolean {
  return /[a-z0-9]/i.test(text.replace(FORMAT_TOKENS, ''))
}

/**
 * The placeholders of one template text. `vocabularyWords` are values a real post-mortem writes
 * too (priorities such as `High`): a template cell holding one is an example, not a placeholder.
 */
export function extractPlaceholders(template: string, vocabularyWords: ReadonlySet<string>): TemplatePlaceholders {
  const tree: Root = markdownParser().parse(template)
  const rows: TemplateRow[] = []
  const items = new Set<string>()
  const inline = new Set<string>()

  visit(tree, 'table', (table) => {
    for (const row of table.children.slice(1)) {
      const own: TemplateRow = []
      ;(row.children as TableCell[]).forEach((cell, column) => {
        const text = toString(cell).trim()
        for (const handle of text.match(HANDLE) ?? []) inline.add(handle)
        if (!hasWords(text) || ITEM_ID.test(text) || vocabularyWords.has(normalizeText(text)) || text.startsWith('@')) return
        own.push({ column, text: normalizeText(text) })
      })
      if (own.length > 0) rows.push(own)
    }
  })
  visit(tree, 'listItem', (item) => {
    const text = toString(item).trim()
    if (hasWords(text)) items.add(normalizeText(text))
  })
  visit(tree, 'heading', (heading) => {
    for (const token of toString(heading).match(ANGLE_PLACEHOLDER) ?? []) inline.add(token)
  })
  for (const value of fieldValues(template)) {
    for (const handle of value.match(HANDLE) ?? []) inline.add(handle)
    for (const note of value.match(NOTE_IN_BRACKETS) ?? []) if (hasWords(note)) inline.add(note)
    const rest = value.replace(HANDLE, '').replace(NOTE_IN_BRACKETS, '').replace(/[\s,]+$/, '').trim()
    if (hasWords(rest)) inline.add(rest)
  }
  return { rows, items, inline: [...inline] }
}

/** The values of the `**Field**: value` lines before the first section. */
function fieldValues(template: string): string[] {
  const header = template.split(/^## /m)[0] ?? ''
  return header
    .split('\n')
    .map((line) => FIELD_LINE.exec(line.trim())?.[1]?.trim() ?? '')
    .filter((value) => value !== '' && hasWords(value))
}

/** Every alias of the built-in priority and severity scales: words a real post-mortem uses too. */
export function builtinVocabularyWords(): Set<string> {
  const { priorities, severities } = defaultConfig()
  const words = [...Object.entries(priorities), ...Object.entries(severities)].flatMap(([key, aliases]) => [key, ...aliases])
  return new Set(words.map(normalizeText))
}

/** Placeholders as JSON data (the build writes the built-in template's; see builtin-placeholders.ts). */
export interface PlaceholdersData {
  rows: TemplateRow[]
  items: string[]
  inline: string[]
}

export function placeholdersToData(placeholders: TemplatePlaceholders): PlaceholdersData {
  return { rows: placeholders.rows, items: [...placeholders.items], inline: placeholders.inline }
}

export function placeholdersFromData(data: PlaceholdersData): TemplatePlaceholders {
  return { rows: data.rows, items: new Set(data.items), inline: data.inline }
}
