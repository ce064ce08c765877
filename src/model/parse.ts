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
import { buildSections, findSection } from './sections.js'
import { SourceText } from './source.js'
import { buildTimeline } from './timeline.js'
import type { ParseProblem, Postmortem, Section } from './types.js'

export function markdownParser() {
  return unified().use(remarkParse).use(remarkPostmortemGfm).use(remarkFrontmatter, ['yaml'])
}

export function buildPostmortem(tree: Root, text: string, config: Config): Postmortem {
  const source = new SourceText(text)
  const problems: ParseProblem[] = []
  const blocks = buildSections(tree, source, config.sections)
  const meta = buildMetadata(tree, source, config, blocks, problems)
  const sections: Section[] = blocks.map(({ nodes: _nodes, index: _index, ...section }) => section)
  return {
    meta,
    sections,
    timeline: buildTimeline(findSection(blocks, 'timeline'), source, config, meta),
    factors: buildFactors(blocks, source),
    actionItems: buildActionItems(blocks, source, config),
    problems,
  }
}

/** Parses a whole document (BOM removed by the caller). */
export function parsePostmortem(text: string, config: Config): Postmortem {
  const tree = markdownParser().parse(text)
  return buildPostmortem(tree, text, config)
}
