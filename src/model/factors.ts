/** Contributing factors: list items (or table rows, sub-headings, paragraphs) of the factors section. */
import type { List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { plainText, type SourceText } from './source.js'
import type { SectionBlock } from './sections.js'
import type { ContributingFactor } from './types.js'

export function buildFactors(resolved: Map<string, SectionBlock>, sections: SectionBlock[], source: SourceText): ContributingFactor[] {
  const block = resolved.get('contributing-factors') ?? resolved.get('root-cause')
  if (!block) return []
  const factors = fromLists(block, sections, source)
  if (factors.length > 0) return factors
  const rows = block.nodes.flatMap((node) => (node.type === 'table' ? node.children.slice(1) : []))
  if (rows.length > 0) return rows.map((row) => ({ text: source.located(plainText(toString(row)), ...source.range(row)) }))
  const subheadings = block.nodes.filter((node) => node.type === 'heading')
  if (subheadings.length >= 2) return subheadings.map((node) => ({ text: source.located(plainText(toString(node)), ...source.range(node)) }))
  return block.nodes
    .filter((node) => node.type === 'paragraph' && plainText(toString(node)).length > 0)
    .map((node) => ({ text: source.located(plainText(toString(node)), ...source.range(node)) }))
}

/** Top-level items of every list in the section, grouped by the subsection they sit in. */
function fromLists(block: SectionBlock, sections: SectionBlock[], source: SourceText): ContributingFactor[] {
  const factors: ContributingFactor[] = []
  let group: string | undefined
  for (const node of block.nodes) {
    const sub = subsectionTitle(node, sections)
    if (sub !== undefined) group = sub
    if (node.type !== 'list') continue
    for (const item of (node as List).children) {
      const text = plainText(toString(item.children[0] ?? item))
      if (text) factors.push({ text: source.located(text, ...source.range(item)), group })
    }
  }
  return factors
}

function subsectionTitle(node: RootContent, sections: SectionBlock[]): string | undefined {
  if (node.type !== 'heading' && node.type !== 'paragraph') return undefined
  const offset = node.position?.start.offset
  return sections.find((section) => section.headingSpan.start.offset === offset)?.title
}
