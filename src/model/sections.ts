/** Headings (and heading-like lines) -> sections with canonical keys from the vocabulary. */
import type { Heading, List, Paragraph, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { aliasIndex, normalizeLabel } from '../config/normalize.js'
import type { Vocabulary } from '../config/types.js'
import type { SourceText } from './source.js'
import { data as standInData } from './section-stand-ins.yml.generated.js'
import type { Section, SectionKey } from './types.js'

/** Depth given to a bold-only paragraph used as a heading: below any real heading level. */
export const PSEUDO_HEADING_DEPTH = 7
/** Depth of a section written as the bold label of a list item: below everything else. */
const LIST_SECTION_DEPTH = 8

export interface SectionBlock extends Section {
  /** Top-level nodes belonging to the section, its subsections included. */
  nodes: RootContent[]
  /** Index of the heading node among the root's children. */
  index: number
}

export function sectionMatcher(vocabulary: Vocabulary): (title: string) => SectionKey | undefined {
  const index = aliasIndex(vocabulary)
  const aliases = [...index.keys()].sort((a, b) => b.length - a.length)
  return (title) => {
    const label = normalizeLabel(headingLabel(title))
    const exact = index.get(label)
    if (exact) return exact
    // "Lessons Learned and Future Improvements", "Action items - Q2": an alias followed by more words.
    const prefix = aliases.find((alias) => label.startsWith(alias) && /^(?:\s+(?:and|&|-|–|—|for|\/)\b|[\s:/\-–—]|$)/.test(label.slice(alias.length)))
    return prefix ? index.get(prefix) : undefined
  }
}

/**
 * What of a heading's text names the section: without a parenthesised note ("(all times UTC)"),
 * numbering ("3.", "A)"), emoji and emoji shortcodes (":eye:"), a leading article ("The Impact"),
 * a trailing colon or question mark ("What happened?"), with curly apostrophes made straight.
 */
export function headingLabel(title: string): string {
  return title
    .replace(/:[a-z0-9_+-]+:/gi, ' ')
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f]/gu, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/^\s*(?:\d+[.)]|[A-Z][.)]|[ivx]+[.)])\s+/i, '')
    .replace(/^\s*(?:the|our)\s+/i, '')
    .replace(/[\s:：?？!]+$/, '')
}

/**
 * A paragraph that acts as a heading: bold- or italic-only ("**Timeline**", "_Lessons learned_"),
 * a lone known label ending in a colon, or a known label in bold opening the paragraph as a field
 * (`**Impact**: pre-prod down for 2 h`).
 */
function pseudoHeadingTitle(node: Paragraph, matchKey: (title: string) => SectionKey | undefined): string | undefined {
  const [only, ...rest] = node.children
  if (!only) return undefined
  if (rest.length > 0) return boldFieldLabel(node, matchKey)
  const text = toString(node).trim()
  if (text.length === 0 || text.length > 60 || text.includes('\n')) return undefined
  if ((only.type === 'strong' || only.type === 'emphasis') && matchKey(text)) return text
  if (only.type === 'text' && matchKey(text) && (/:$/.test(text) || text.split(/\s+/).length <= 4)) return text
  return undefined
}

/** `**Root causes**: ...` or `**Summary:** ...`: a known section label in bold, then a colon and the content. */
function boldFieldLabel(node: Paragraph, matchKey: (title: string) => SectionKey | undefined): string | undefined {
  const [label, next] = node.children
  if (label?.type !== 'strong') return undefined
  const text = toString(label).trim()
  const colon = text.endsWith(':') || (next?.type === 'text' && /^\s*:/.test(next.value))
  if (!colon || text.length > 60) return undefined
  return matchKey(text) ? text.replace(/:$/, '') : undefined
}

export function buildSections(tree: Root, source: SourceText, vocabulary: Vocabulary): SectionBlock[] {
  const matchKey = sectionMatcher(vocabulary)
  const starts: { index: number; depth: number; title: string; key?: SectionKey }[] = []
  tree.children.forEach((node, index) => {
    if (node.type === 'heading') {
      const title = toString(node).trim()
      starts.push({ index, depth: node.depth, title, key: matchKey(title) })
    } else if (node.type === 'paragraph') {
      const title = pseudoHeadingTitle(node, matchKey)
      if (title) starts.push({ index, depth: PSEUDO_HEADING_DEPTH, title, key: matchKey(title) })
    }
  })

  const blocks: SectionBlock[] = []
  const open: SectionBlock[] = []
  const listSections = tree.children.flatMap((node, index) => (node.type === 'list' ? listItemSections(tree, node, index, source, matchKey) : []))
  starts.forEach((start, i) => {
    let endIndex = tree.children.length
    for (const later of starts.slice(i + 1)) {
      if (later.depth <= start.depth) {
        endIndex = later.index
        break
      }
    }
    const heading = tree.children[start.index] as Heading | Paragraph
    const nodes = tree.children.slice(start.index + 1, endIndex)
    const last = nodes.at(-1) ?? heading
    while (open.length > 0 && (open.at(-1) as SectionBlock).depth >= start.depth) open.pop()
    const parentKey = [...open].reverse().find((block) => block.key)?.key
    const block: SectionBlock = {
      key: start.key,
      title: start.title,
      depth: start.depth,
      headingSpan: source.nodeSpan(heading),
      span: source.span(source.range(heading)[0], source.range(last)[1]),
      parentKey,
      nodes,
      index: start.index,
    }
    blocks.push(block)
    open.push(block)
  })
  return [...blocks, ...listSections]
}

/**
 * "- **Context**:" with the timeline nested below it, "- **Review actions**:" over the action items:
 * some teams write the whole report as one list whose items are labelled by section.
 */
function listItemSections(tree: Root, list: List, index: number, source: SourceText, matchKey: (title: string) => SectionKey | undefined): SectionBlock[] {
  // Only a report written as a list of labelled items ("- **Impact**: ..."), not a bold word opening one bullet among others.
  const labelled = list.children.filter((item) => {
    const first = item.children[0]
    return first?.type === 'paragraph' && first.children[0]?.type === 'strong'
  })
  if (labelled.length * 2 < list.children.length) return []
  return list.children.flatMap((item, position) => {
    const [first, ...rest] = item.children
    const label = first?.type === 'paragraph' ? first.children[0] : undefined
    if (!label || label.type !== 'strong') return []
    const title = toString(label).trim().replace(/:$/, '')
    const key = matchKey(title)
    if (!key) return []
    // "- **Context**:" as the list's last item, its content written after the list, unindented.
    const after = rest.length === 0 && position === list.children.length - 1 ? blocksAfter(tree, index) : []
    // "- **Impact**: several nodes down": the content follows the label on the same line.
    const inline = first?.type === 'paragraph' && first.children.length > 1 && toString(first).trim().length > title.length + 2 ? [first as RootContent] : []
    const nodes = rest.length > 0 ? (rest as RootContent[]) : after.length > 0 ? after : inline
    if (nodes.length === 0) return []
    const last = nodes.at(-1) as RootContent
    return [{ key, title, depth: LIST_SECTION_DEPTH, headingSpan: source.nodeSpan(label), span: source.span(source.range(item)[0], source.range(last)[1]), nodes, index }]
  })
}

/** The blocks after the list at `index`, up to the next heading or the next list of labelled items. */
function isLabelled(list: List): boolean {
  const first = list.children[0]?.children[0]
  return first?.type === 'paragraph' && first.children[0]?.type === 'strong'
}

function blocksAfter(tree: Root, index: number): RootContent[] {
  const blocks: RootContent[] = []
  for (const node of tree.children.slice(index + 1)) {
    if (node.type === 'heading' || (node.type === 'list' && isLabelled(node))) break
    blocks.push(node)
  }
  return blocks
}

/**
 * The first section with this key, preferring a real heading over a nested or pseudo one. A
 * timeline is the innermost one: "# Context" holding "### Timeline" is read from the latter.
 */
export function findSection(blocks: SectionBlock[], key: SectionKey): SectionBlock | undefined {
  const matches = blocks.filter((block) => block.key === key)
  if (key === 'timeline') {
    const innermost = matches.filter((block) => !matches.some((other) => other !== block && within(other, block)))
    return innermost.find((block) => block.depth < PSEUDO_HEADING_DEPTH) ?? innermost[0]
  }
  return matches.find((block) => block.depth < PSEUDO_HEADING_DEPTH && block.parentKey !== key) ?? matches[0]
}

/** Every section with this key that is not inside another one with the same key. */
export function findSections(blocks: SectionBlock[], key: SectionKey): SectionBlock[] {
  const matches = blocks.filter((block) => block.key === key)
  return matches.filter((block) => !matches.some((other) => other !== block && within(block, other)))
}

/** `inner` lies inside `outer`'s span. */
function within(inner: SectionBlock, outer: SectionBlock): boolean {
  return inner.span.start.offset > outer.headingSpan.start.offset && inner.span.end.offset <= outer.span.end.offset
}

interface StandIn {
  /** A section key, or `any` for the first section that holds what is asked. */
  section: SectionKey
  holds?: 'list' | 'timestamps'
}

let standIns: Record<string, StandIn[]> | undefined

/** The stand-in table (section-stand-ins.yml), validated once. */
function standInTable(): Record<string, StandIn[]> {
  if (standIns) return standIns
  const table: Record<string, StandIn[]> = {}
  for (const [key, entries] of Object.entries(standInData as Record<string, unknown>)) {
    if (!Array.isArray(entries)) throw new Error(`section-stand-ins.yml: ${key}: expected a list of stand-ins`)
    table[key] = entries.map((entry: unknown, i) => {
      const { section, holds } = (entry ?? {}) as Record<string, unknown>
      if (typeof section !== 'string' || !section) throw new Error(`section-stand-ins.yml: ${key}, entry ${i + 1}: \`section\` must be a section key`)
      if (holds !== undefined && holds !== 'list' && holds !== 'timestamps') throw new Error(`section-stand-ins.yml: ${key}, entry ${i + 1}: \`holds\` must be \`list\` or \`timestamps\``)
      return { section, holds: holds as StandIn['holds'] }
    })
  }
  standIns = table
  return table
}

function listsTwoOrMore(block: SectionBlock): boolean {
  return block.nodes.some((node) => node.type === 'list' && node.children.length >= 2)
}

/**
 * The one section resolver every rule reads through (`Postmortem.resolved`): for each key, the
 * section the document writes it in, directly or through a stand-in ("What went wrong" for the
 * contributing factors). A key without a section here is missing; a key with one is read from it.
 */
export function resolveSections(blocks: SectionBlock[]): Map<SectionKey, SectionBlock> {
  const resolved = new Map<SectionKey, SectionBlock>()
  for (const block of blocks) {
    if (block.key && !resolved.has(block.key)) {
      const found = findSection(blocks, block.key)
      if (found) resolved.set(block.key, found)
    }
  }
  for (const [key, entries] of Object.entries(standInTable())) {
    if (resolved.has(key)) continue
    for (const entry of entries) {
      if (entry.holds === 'timestamps') {
        const held = timestampBlock(blocks, key)
        if (held) {
          resolved.set(key, held)
          break
        }
        continue
      }
      const candidate = findSection(blocks, entry.section)
      if (candidate && (entry.holds !== 'list' || listsTwoOrMore(candidate))) {
        resolved.set(key, candidate)
        break
      }
    }
  }
  return resolved
}

const OPENS_WITH_TIME = /^[\s*_`[(~]*(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}[:.]\d{2}(?![\d.])/

/**
 * The first section whose own blocks hold a timeline written without a heading of its own: three
 * or more list items opening with a time, or two or more timestamp sub-headings. The section is
 * returned narrowed to those blocks, under `key`.
 */
function timestampBlock(blocks: SectionBlock[], key: SectionKey): SectionBlock | undefined {
  for (const block of blocks) {
    if (block.depth > PSEUDO_HEADING_DEPTH) continue
    const firstSub = block.nodes.findIndex((node) => node.type === 'heading')
    const own = firstSub < 0 ? block.nodes : block.nodes.slice(0, firstSub)
    // Only the lists whose items mostly open with a time: another list beside them is not the timeline.
    const timedLists = own.filter((node): node is List => node.type === 'list' && node.children.filter((item) => OPENS_WITH_TIME.test(toString(item.children[0] ?? item))).length * 2 >= node.children.length)
    const timedItems = timedLists.flatMap((list) => list.children)
    if (timedItems.length >= 3) return { ...block, key, nodes: own.filter((node) => node.type !== 'list' || timedLists.includes(node)) }
    const subHeadings = block.nodes.filter((node): node is Heading => node.type === 'heading')
    const top = Math.min(...subHeadings.map((heading) => heading.depth))
    const timedHeadings = subHeadings.filter((heading) => heading.depth === top && OPENS_WITH_TIME.test(toString(heading)))
    if (timedHeadings.length >= 2 && timedHeadings.length * 2 >= subHeadings.filter((heading) => heading.depth === top).length) {
      const from = block.nodes.indexOf(timedHeadings[0] as Heading)
      return { ...block, key, nodes: block.nodes.slice(from) }
    }
  }
  return undefined
}
