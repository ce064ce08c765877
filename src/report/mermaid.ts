/**
 * The incident's timeline as a Mermaid `timeline` diagram, which GitHub renders in comments.
 * Document text is made safe for Mermaid's grammar by `escape.ts` (look-alike characters:
 * the grammar has no escapes).
 */
import type { TimelineEntry } from '../model/types.js'
import { fencedBlock, mermaidLookalike, mermaidText as escapeMermaid } from './escape.js'

export const MAX_DIAGRAM_ENTRIES = 30
const MAX_LABEL_LENGTH = 80

/** Text that Mermaid's timeline grammar reads as plain text, on one line, cut to a label's length. */
export function mermaidText(text: string): string {
  return escapeMermaid(text, MAX_LABEL_LENGTH)
}

function clock(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  return `${String(hours).padStart(2, '0')}${mermaidLookalike(':')}${String(minutes % 60).padStart(2, '0')}`
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
