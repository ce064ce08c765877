/**
 * docs/configuration.md is checked against the loader: every `yaml` block must load and hold only
 * options the rules accept, every `yaml invalid` block must be refused with the message shown in
 * the `text` block after it, and every built-in vocabulary key must be named on the page.
 */
import { readFileSync } from 'node:fs'
import type { Code } from 'mdast'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { ConfigError } from '../../src/config/errors.js'
import { parseConfigText } from '../../src/config/parse.js'
import { lintText } from '../../src/lint/engine.js'
import { CONFIGURATION_DOC, parseMarkdown } from './doc-pages.js'

const pageText = readFileSync(CONFIGURATION_DOC, 'utf8')
const blocks = parseMarkdown(pageText).children.filter((node): node is Code => node.type === 'code')
const CONFIG_PATH = '.postmortemrc.yml'

/** A small document every rule has something to look at. */
const SAMPLE = `# Post-Mortem: Export stalled (2025-03-08)

## Timeline (all times UTC)

- 23:58 Export stops (source: dashboard)

## Contributing Factors

- A migration held a lock.

## Action Items

- AI-1: Set a 30 s statement timeout (owner: @dana, due: 2025-03-21, priority: high)
`

function lineOf(block: Code): number {
  return block.position?.start.line ?? 0
}

describe('docs/configuration.md', () => {
  const valid = blocks.filter((block) => block.lang === 'yaml' && !block.meta)
  const invalid = blocks.filter((block) => block.lang === 'yaml' && block.meta === 'invalid')

  it('has both valid snippets and error examples', () => {
    expect(valid.length).toBeGreaterThanOrEqual(8)
    expect(invalid.length).toBeGreaterThanOrEqual(3)
  })

  for (const block of valid) {
    it(`loads the snippet at line ${lineOf(block)}, and the rules accept its options`, async () => {
      const config = parseConfigText(block.value, CONFIG_PATH)
      const linted = await lintText('sample.md', SAMPLE, config)
      const optionErrors = linted.findings.filter((finding) => finding.message.startsWith('rules.'))
      expect(optionErrors.map((finding) => finding.message)).toEqual([])
    })
  }

  for (const block of invalid) {
    it(`refuses the snippet at line ${lineOf(block)} with the message shown after it`, () => {
      let error: unknown
      try {
        parseConfigText(block.value, CONFIG_PATH)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(ConfigError)
      const configError = error as ConfigError
      const shown = blocks[blocks.indexOf(block) + 1]
      expect(shown?.lang, 'a `text` block showing the message follows').toBe('text')
      const reason = configError.message.slice(`${CONFIG_PATH}: `.length)
      expect(configError.message.startsWith(`${CONFIG_PATH}: `), 'the message names the file').toBe(true)
      expect(shown?.value).toContain(reason)
      if (configError.key !== undefined) expect(shown?.value).toContain(`(key \`${configError.key}\`)`)
    })
  }

  it('names every built-in vocabulary key', () => {
    const defaults = defaultConfig()
    for (const vocabulary of ['sections', 'columns', 'fields', 'severities', 'priorities'] as const) {
      for (const key of Object.keys(defaults[vocabulary])) expect(pageText, `${vocabulary}.${key}`).toContain(`\`${key}\``)
    }
  })

  it('states the built-in ignore globs and the default include', () => {
    const defaults = defaultConfig()
    for (const glob of [...defaults.ignore, ...defaults.include]) expect(pageText).toContain(`\`${glob}\``)
  })
})
