/**
 * docs/configuration.md is checked against the loader: every `yaml` block must load and hold only
 * options the rules accept, every `yaml invalid` block must make `postmortem lint` print exactly
 * the line shown in the `text` block after it, and every built-in vocabulary key must be named.
 */
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Code } from 'mdast'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { main } from '../../src/cli/main.js'
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

/** What `postmortem lint` prints on stderr, and its exit code, with `rc` as /repo/.postmortemrc.yml. */
async function lintWithConfig(rc: string): Promise<{ code: number; stderr: string[] }> {
  const repo = realpathSync(mkdtempSync(join(tmpdir(), 'pm-config-docs-')))
  try {
    writeFileSync(join(repo, CONFIG_PATH), rc)
    writeFileSync(join(repo, 'incident.md'), SAMPLE)
    const stderr: string[] = []
    const io = { cwd: repo, now: new Date('2025-03-10T00:00:00Z'), stdout: () => undefined, stderr: (line: string) => stderr.push(line.split(repo).join('/repo')), color: false }
    const code = await main(['lint', 'incident.md'], io)
    return { code, stderr }
  } finally {
    rmSync(repo, { recursive: true, force: true })
  }
}

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
    it(`refuses the snippet at line ${lineOf(block)}: the loader throws and the CLI prints the line shown after it`, async () => {
      expect(() => parseConfigText(block.value, CONFIG_PATH)).toThrow(ConfigError)
      const shown = blocks[blocks.indexOf(block) + 1]
      expect(shown?.lang, 'a `text` block showing the message follows').toBe('text')
      const { code, stderr } = await lintWithConfig(block.value)
      expect(code, 'exit code 2: the tool could not do its job').toBe(2)
      expect(stderr, 'the whole output, one line').toEqual([shown?.value])
    })
  }

  it('shows no message that is not checked: every `text` block follows a `yaml invalid` block', () => {
    blocks.forEach((block, index) => {
      if (block.lang !== 'text') return
      const before = blocks[index - 1]
      expect([lineOf(block), before?.lang, before?.meta]).toEqual([lineOf(block), 'yaml', 'invalid'])
    })
  })

  it('quotes no configuration message in its prose that the examples do not check', () => {
    const quoted = [...pageText.matchAll(/`(\.postmortemrc\.yml: [^`]+)`/g)].map((match) => match[1])
    expect(quoted).toEqual([])
  })

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
