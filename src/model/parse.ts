/** Markdown -> Postmortem in one call, front matter included. The linter uses src/model/build.ts. */
import type { Config } from '../config/types.js'
import { buildPostmortem, markdownParser } from './build.js'
import { readYamlFrontMatter } from './front-matter.js'
import type { Postmortem } from './types.js'

/** Parses a whole document (BOM removed by the caller). */
export function parsePostmortem(text: string, config: Config, path?: string): Postmortem {
  const tree = markdownParser().parse(text)
  return buildPostmortem(tree, text, config, path, readYamlFrontMatter)
}
