/**
 * Markdown tree -> Postmortem, without the YAML library: the linter calls this inside its pipeline
 * and hands it a front-matter reader only for documents that have front matter. `parsePostmortem`
 * (src/model/parse.ts) is the one-call form for everything else.
 */
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Config } from '../config/types.js'
import { buildActionItems } from './action-items.js'
import { buildFactors } from './factors.js'
import { remarkPostmortemGfm } from './gfm.js'
import { buildMetadata, type FrontMatterReader } from './meta.js'
import { buildSections, resolveSections, type SectionBlock } from './sections.js'
import { SourceText } from './source.js'
import { buildTimeline } from './timeline.js'
import type { ParseProblem, Postmortem, Section } from './types.js'

export function markdownParser() {
  return unified().use(remarkParse).use(remarkPostmortemGfm).use(remarkFrontmatter, ['yaml', 'toml'])
}

/** Whether the tree has YAML front matter, which needs a `FrontMatterReader`. */
export function hasYamlFrontMatter(tree: Root): boolean {
  return tree.children.some((node) => node.type === 'yaml')
}

/** `path`, when known, lends its date ("2026-03-05-queue-stall.md") to a document that states none. */
export function buildPostmortem(tree: Root, text: string, config: Config, path?: string, readFrontMatter?: FrontMatterReader): Postmortem {
  const source = new SourceText(text)
  const problems: ParseProblem[] = []
  const blocks = buildSections(tree, source, config.sections)
  const meta = buildMetadata(tree, source, config, blocks, problems, path, readFrontMatter)
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
