import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { isIgnored } from '../../src/cli/expand.js'
import { defaultConfig, KNOWN_RULES } from '../../src/config/defaults.js'
import { parseConfigText } from '../../src/config/parse.js'

const templateRoot = fileURLToPath(new URL('../../postmortems-template/', import.meta.url))
const rcPath = `${templateRoot}.postmortemrc.yml`
const rcText = readFileSync(rcPath, 'utf8')

describe("the template's .postmortemrc.yml", () => {
  const config = parseConfigText(rcText, rcPath)
  const raw = parse(rcText) as Record<string, unknown>

  it('shows every top-level key', () => {
    expect(Object.keys(raw).sort()).toEqual(['columns', 'fields', 'ignore', 'include', 'priorities', 'rules', 'sections', 'severities'])
  })

  it('names every rule, each at its default level', () => {
    expect(Object.keys(raw.rules as object).sort()).toEqual([...KNOWN_RULES].sort())
    const defaults = defaultConfig()
    for (const id of KNOWN_RULES) expect([id, config.rules[id]?.level]).toEqual([id, defaults.rules[id]?.level])
  })

  it('keeps the built-in vocabularies as they are (its entries are commented examples)', () => {
    const defaults = defaultConfig()
    for (const key of ['sections', 'columns', 'fields', 'severities', 'priorities'] as const) expect(config[key]).toEqual(defaults[key])
  })

  it('lints the post-mortems folder and never the template or READMEs', async () => {
    expect(config.include).toEqual(['postmortems/**/*.md'])
    expect(await isIgnored(`${templateRoot}postmortems/TEMPLATE.md`, config, templateRoot)).toBe(true)
    expect(await isIgnored(`${templateRoot}README.md`, config, templateRoot)).toBe(true)
    expect(await isIgnored(`${templateRoot}postmortems/2025-03-11-order-webhooks-delayed-after-dns-change.md`, config, templateRoot)).toBe(false)
  })
})
