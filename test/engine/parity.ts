/**
 * The linter parses with only the GFM pieces post-mortems use (src/model/gfm.ts: no autolink
 * literals) and skips message control in files without an HTML comment; the remark preset keeps
 * full remark-gfm and message control. `sameFindings` lints one document both ways.
 */
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import { postmortemPreset } from '../../src/lint/preset.js'

const config = defaultConfig()
const preset = postmortemPreset(config)

export async function bothWays(path: string, input: string): Promise<{ linter: string[]; preset: string[] }> {
  const text = input.replace(/^\uFEFF/, '')
  const linted = await lintText(path, text, config)
  const linter = linted.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.message}`).sort()
  if (linted.skipped === true) return { linter, preset: linter }
  const file = new VFile({ path, value: text.replace(/\r(?!\n)/g, '\n') })
  const processor = unified().use(remarkParse).use(preset)
  await processor.run(processor.parse(file), file)
  const fromPreset = file.messages
    .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.reason}`)
    .sort()
  return { linter, preset: fromPreset }
}
