// docs/timeline.md: every sample, drafted, gives exactly the rows the page shows under it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../cli/run-cli.js'
import { KNOWN_FORMATS } from '../../src/timeline/index.js'
import { draft } from './helpers.js'

const page = readFileSync(new URL('docs/timeline.md', `file://${repoRoot}`), 'utf8')
const examples = [...page.matchAll(/```\w+ evidence=(\S+)\n([\s\S]*?)\n```\n\nRows:\n\n((?:\|.*\n)+)/g)].map((match) => ({ name: match[1]!, text: `${match[2]!}\n`, rows: match[3]! }))

describe('docs/timeline.md', () => {
  it('has a sample for every format', () => {
    expect(examples.length).toBe(KNOWN_FORMATS.length)
  })

  it.each(examples.map((example) => [example.name, example] as const))('%s gives the rows shown', (_name, example) => {
    const result = draft([{ name: example.name, text: example.text }])
    expect(result.problems).toEqual([])
    expect(result.markdown).toBe(example.rows)
  })
})
