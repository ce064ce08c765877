/**
 * required-sections: every section a useful post-mortem needs is present (any heading level,
 * any alias from the `sections` vocabulary).
 */
import { displayName, postmortemRule, unexpected } from '../rule.js'
import { listOption, onlyKnownOptions } from '../options.js'

export const DEFAULT_REQUIRED_SECTIONS = [
  'summary',
  'impact',
  'root-cause',
  'timeline',
  'contributing-factors',
  'action-items',
  'what-went-well',
  'lessons-learned',
]

export default postmortemRule<{ sections: string[] }>({
  id: 'required-sections',
  options(raw, config) {
    onlyKnownOptions(raw, ['sections'], 'required-sections')
    const sections = listOption(raw, 'sections', DEFAULT_REQUIRED_SECTIONS, 'required-sections')
    const unknown = sections.filter((key) => !(key in config.sections))
    if (unknown.length > 0) {
      throw new Error(`rules.required-sections.sections: unknown section ${unknown.join(', ')}, expected keys of \`sections\`: ${Object.keys(config.sections).join(', ')}`)
    }
    return { sections }
  },
  check({ postmortem, options, config, report, documentSpan }) {
    for (const key of options.sections) {
      if (postmortem.resolved ? postmortem.resolved[key] : postmortem.sections.some((section) => section.key === key)) continue
      const aliases = (config.sections[key] ?? []).slice(1, 3).map(displayName)
      const alias = aliases.length > 0 ? ` (or ${aliases.map((a) => `\`${a}\``).join(', ')})` : ''
      report(unexpected(`missing section \`${displayName(key)}\``, `a \`## ${displayName(key)}\` heading${alias}`), documentSpan())
    }
  },
})
