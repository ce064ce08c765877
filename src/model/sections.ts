/** Headings (and heading-like lines) -> sections with canonical keys from the vocabulary. */
import type { Heading, List, Paragraph, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { aliasIndex, normalizeLabel } from '../config/normalize.js'
import type { Vocabulary } from '../config/types.js'
import type { SourceText } from './source.js'
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
    const label = normalizeLabel(
      title
        .replace(/\([^)]*\)/g, ' ')
        .replace(/^\s*(?:\d+[.)]|[A-Z][.)]|[ivx]+[.)])\s+/i, '')
        .replace(/[:：]\s*$/, ''),
    )
    const exact = index.get(label)
    if (exact) return exact
    // "Lessons Learned and Future Improvements", "Action items - Q2": an alias followed by more words.
    const prefix = aliases.find((alias) => label.startsWith(alias) && /^(?:\s+(?:and|&|-|–|—|for|\/)\b|[\s:/\-–—]|$)/.test(label.slice(alias.length)))
    return prefix ? index.get(prefix) : undefined
  }
}

/** A paragraph that acts as a heading: bold-only ("**Timeline**") or a lone known label ending in a colon. */
function pseudoHeadingTitle(node: Paragraph, matchKey: (title: string) => SectionKey | undefined): string | undefined {
  const [only, ...rest] = node.children
  if (!only || rest.length > 0) return undefined
  const text = toString(node).trim()
  if (text.length === 0 || text.length > 60 || text.includes('\n')) return undefined
  if (only.type === 'strong' && matchKey(text)) return text
  if (only.type === 'text' && matchKey(text) && (/:$/.test(text) || text.split(/\s+/).length <= 4)) return text
  return undefined
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
  return list.children.flatMap((item, position) => {
    const [first, ...rest] = item.children
    const label = first?.type === 'paragraph' ? first.children[0] : undefined
    if (!label || label.type !== 'strong') return []
    const title = toString(label).trim().replace(/:$/, '')
    const key = matchKey(title)
    if (!key) return []
    // "- **Context**:" as the list's last item, its content written after the list, unindented.
    const after = rest.length === 0 && position === list.children.length - 1 ? blocksAfter(tree, index) : []
    const nodes = rest.length > 0 ? (rest as RootContent[]) : after
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

/** The first section with this key, preferring a real heading over a nested or pseudo one. */
export function findSection(blocks: SectionBlock[], key: SectionKey): SectionBlock | undefined {
  const matches = blocks.filter((block) => block.key === key)
  return matches.find((block) => block.depth < PSEUDO_HEADING_DEPTH && block.parentKey !== key) ?? matches[0]
}
