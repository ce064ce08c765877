/**
 * buildPostmortem takes the YAML front-matter reader from its caller (the linter loads it only for
 * documents that have front matter): without one it still builds documents that have none, and
 * refuses, loudly, one that has.
 */
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { buildPostmortem, hasYamlFrontMatter, markdownParser } from '../../src/model/build.js'
import { readYamlFrontMatter } from '../../src/model/front-matter.js'

const body = '# Queue stall\n\n**Date**: 2025-05-14\n\n## Summary\n\nThe queue stalled.\n'
const withFrontMatter = `---\ndate: 2025-05-15\nseverity: P1\n---\n\n${body}`

function build(text: string, reader?: typeof readYamlFrontMatter) {
  return buildPostmortem(markdownParser().parse(text), text, defaultConfig(), 'queue.md', reader)
}

describe('buildPostmortem and the front-matter reader', () => {
  it('builds a document without front matter with no reader', () => {
    expect(hasYamlFrontMatter(markdownParser().parse(body))).toBe(false)
    expect(build(body).meta.date?.value).toBe('2025-05-14')
  })

  it('reads the front matter with the reader, before the field lines', () => {
    expect(hasYamlFrontMatter(markdownParser().parse(withFrontMatter))).toBe(true)
    const meta = build(withFrontMatter, readYamlFrontMatter).meta
    expect(meta.date?.value).toBe('2025-05-15')
    expect(meta.severity?.value).toBe('P1')
  })

  it('throws rather than drop front matter when no reader was given', () => {
    expect(() => build(withFrontMatter)).toThrow(/needs a front-matter reader/)
  })
})
