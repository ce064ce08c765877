/**
 * The incident's timeline as a Mermaid `timeline` diagram, which GitHub renders in comments.
 * Mermaid's timeline grammar ends a period at ':' and treats '#', ';' and '%%' as syntax, so
 * document text is neutralised with look-alike characters rather than escaped (the grammar
 * has no escape for them).
 */
import type { TimelineEntry } from '../model/types.js'
import { fencedBlock, neutraliseMentions, truncate } from './text.js'

export const MAX_DIAGRAM_ENTRIES = 30
const MAX_LABEL_LENGTH = 80

const LOOKALIKES: Record<string, string> = {
  ':': '\u2236', // RATIO
  '#': '\uff03', // FULLWIDTH NUMBER SIGN
  ';': '\uff1b', // FULLWIDTH SEMICOLON
  '%': '\uff05', // FULLWIDTH PERCENT SIGN
  '<': '\u2039', // SINGLE LEFT-POINTING ANGLE QUOTATION MARK
  '>': '\u203a', // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
  '`': '\u02bc', // MODIFIER LETTER APOSTROPHE
  '{': '(',
  '}': ')',
}

/** Text that Mermaid's timeline grammar reads as plain text, on one line. */
export function mermaidText(text: string): string {
  // Mentions do not notify from a diagram, but a reader copying the text should not get one either.
  const plain = neutraliseMentions(text).replace(/[:#;%<>`{}]/g, (character) => LOOKALIKES[character] ?? ' ').replace(/\s+/g, ' ').trim()
  return truncate(plain, MAX_LABEL_LENGTH)
}

function clock(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  return `${String(hours).padStart(2, '0')}${LOOKALIKES[':']}${String(minutes % 60).padStart(2, '0')}`
}

interface DiagramEntry {
  date?: string
  label: string
  event: string
}

function diagramEntries(entries: readonly TimelineEntry[]): DiagramEntry[] {
  const drawable: DiagramEntry[] = []
  for (const entry of entries) {
    const time = entry.time?.value
    if (time === undefined) continue
    const zone = time.zone === undefined ? '' : ` ${mermaidText(time.zone)}`
    const event = mermaidText(entry.event?.value ?? '') || '(no description)'
    drawable.push({ date: time.date, label: `${clock(time.minutes)}${zone}`, event })
  }
  return drawable
}

/**
 * A fenced ```mermaid block, or undefined when no entry has a readable time. At most
 * MAX_DIAGRAM_ENTRIES entries are drawn; the rest are counted in the title.
 */
export function timelineDiagram(entries: readonly TimelineEntry[], title = 'Incident timeline'): string | undefined {
  const drawable = diagramEntries(entries)
  if (drawable.length === 0) return undefined
  const shown = drawable.slice(0, MAX_DIAGRAM_ENTRIES)
  const hidden = drawable.length - shown.length
  const lines = ['timeline', `    title ${mermaidText(title)}${hidden > 0 ? ` (first ${shown.length} of ${drawable.length} entries)` : ''}`]
  let section: string | undefined
  for (const entry of shown) {
    if (entry.date !== undefined && entry.date !== section) {
      section = entry.date
      lines.push(`    section ${mermaidText(entry.date)}`)
    }
    lines.push(`        ${entry.label} : ${entry.event}`)
  }
  return fencedBlock('mermaid', lines.join('\n'))
}
