/**
 * The rules as a remark preset, the way `.remarkrc` files and editor integrations load them:
 * remark-cli with the built `dist/preset.js`, and the preset in a unified pipeline of one's own.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../src/config/defaults.js'
import { lintText } from '../src/lint/engine.js'
import { postmortemPreset } from '../src/lint/preset.js'

const root = resolve(import.meta.dirname, '..')
const preset = join(root, 'dist/preset.js')
const remarkCli = join(root, 'node_modules/remark-cli/cli.js')
const flawed = join('examples', readdirSync(join(root, 'examples')).find((name) => name.endsWith('.md')) as string)
const clean = join(
  'postmortems-template/postmortems',
  readdirSync(join(root, 'postmortems-template/postmortems')).find((name) => name.endsWith('.md') && name !== 'TEMPLATE.md') as string,
)

function remark(file: string) {
  expect(existsSync(preset), 'dist/preset.js is missing: run `npm run build`').toBe(true)
  return spawnSync(process.execPath, [remarkCli, '--use', preset, '--no-stdout', '--no-color', file], { cwd: root, encoding: 'utf8' })
}

describe('remark-cli with the built preset', () => {
  it('reports the flawed example with rule ids under the postmortem-lint source, and fails', () => {
    const result = remark(flawed)
    expect(result.status).toBe(1)
    for (const ruleId of ['metadata', 'required-sections', 'timeline-utc', 'timeline-order', 'action-item-owner', 'blameless-language']) {
      expect(result.stderr).toMatch(new RegExp(`\\s${ruleId}\\s+postmortem-lint`))
    }
  })

  it('passes the clean example without a message', () => {
    const result = remark(clean)
    expect(result.status).toBe(0)
    expect(result.stderr).not.toContain('postmortem-lint')
  })
})

describe('the preset in a pipeline of your own', () => {
  it('finds what the linter finds, at the same places', async () => {
    const text = readFileSync(join(root, flawed), 'utf8')
    const file = new VFile({ path: flawed, value: text })
    const processor = unified().use(remarkParse).use(postmortemPreset())
    await processor.run(processor.parse(file), file)
    const fromPreset = file.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`).sort()
    const fromLinter = (await lintText(flawed, text, defaultConfig())).findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`).sort()
    expect(fromPreset.length).toBeGreaterThan(10)
    expect(fromPreset).toEqual(fromLinter)
  })
})

describe('the preset with runSync', () => {
  it('stays synchronous on a document with YAML front matter, and reads its fields', async () => {
    const text = `---\ntitle: Queue stall after a config push\ndate: 2025-05-14\nseverity: P2\n---\n\n${readFileSync(join(root, clean), 'utf8').replace(/^# .*\n/, '')}`
    const file = new VFile({ path: 'front.md', value: text })
    const processor = unified().use(remarkParse).use(postmortemPreset())
    // runSync throws when a transformer returns a promise.
    processor.runSync(processor.parse(file), file)
    const fromPreset = file.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`).sort()
    const linted = await lintText('front.md', text, defaultConfig())
    expect(linted.postmortem?.meta.title?.value).toBe('Queue stall after a config push')
    expect(fromPreset).toEqual(linted.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`).sort())
  })
})
