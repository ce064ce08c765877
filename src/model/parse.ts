/** Markdown -> Postmortem. `buildPostmortem` works on a parsed tree (used inside the lint pipeline). */
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Config } from '../config/types.js'
import { buildActionItems } from './action-items.js'
import { buildFactors } from './factors.js'
import { remarkPostmortemGfm } from './gfm.js'
import { buildMetadata } from './meta.js'
import { buildSections, resolveSections, type SectionBlock } from './sections.js'
import { SourceText } from './source.js'
import { buildTimeline } from './timeline.js'
import type { ParseProblem, Postmortem, Section } from './types.js'

export function markdownParser() {
  return unified().use(remarkParse).use(remarkPostmortemGfm).use(remarkFrontmatter, ['yaml', 'toml'])
}

/** `path`, when known, lends its date ("2026-03-05-queue-stall.md") to a document that states none. */
export function buildPostmortem(tree: Root, text: string, config: Config, path?: string): Postmortem {
  const source = new SourceText(text)
  const problems: ParseProblem[] = []
  const blocks = buildSections(tree, source, config.sections)
  const meta = buildMetadata(tree, source, config, blocks, problems, path)
  const toSection = ({ nodes: _nodes, index: _index, ...section }: SectionBlock): Section => section
  const sections: Section[] = blocks.map(toSection)
  const resolvedBlocks = resolveSections(blocks)
  const resolved = Object.fromEntries([...resolvedBlocks].map(([key, block]) => [key, sections[blocks.indexOf(block)] ?? toSection(block)]))
  return {
    meta,
    sections,
    resolved,
    timeline: buildTimeline(resolvedBlocks.get('timeline'), source, config, meta),
    factors: buildFactors(resolvedBlocks, blocks, source),
    actionItems: buildActionItems(blocks, source, config),
    problems,
  }
}

/** Parses a whole document (BOM removed by the caller). */
export function parsePostmortem(text: string, config: Config, path?: string): Postmortem {
  const tree = markdownParser().parse(text)
  return buildPostmortem(tree, text, config, path)
}
