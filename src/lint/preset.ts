/**
 * The rules as a remark preset, for `.remarkrc` files and editor integrations:
 *   { "plugins": ["postmortem-action/preset"] }
 * Uses the built-in configuration (vocabularies and default levels).
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMessageControl from 'remark-message-control'
import type { Preset } from 'unified'
import { defaultConfig } from '../config/defaults.js'
import type { Config } from '../config/types.js'
import { readYamlFrontMatter } from '../model/front-matter.js'
import { ENGINE_FINDINGS, remarkCheckLintComments, remarkPostmortemModel } from './engine.js'
import { RULES } from './rules/index.js'
import { SOURCE } from './rule.js'

export function postmortemPreset(config: Config = defaultConfig()): Preset {
  const rules = Object.entries(RULES)
    .filter(([id]) => config.rules[id]?.level !== 'off')
    .map(([id, plugin]) => [plugin, [config.rules[id]?.level ?? 'error', config.rules[id]?.options ?? {}]] as const)
  return {
    plugins: [
      remarkGfm,
      [remarkFrontmatter, ['yaml', 'toml']],
      // The reader up front: the preset stays synchronous for `processSync` users.
      [remarkPostmortemModel, { config, readFrontMatter: readYamlFrontMatter }],
      ...rules,
      remarkCheckLintComments,
      [remarkMessageControl, { name: SOURCE, source: SOURCE, known: [...Object.keys(RULES), ...ENGINE_FINDINGS] }],
    ],
  } as Preset
}

const remarkPresetPostmortem: Preset = postmortemPreset()
export default remarkPresetPostmortem
