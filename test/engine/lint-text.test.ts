import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { validateConfig } from '../../src/config/parse.js'
import { decode } from '../../src/files.js'
import { lintText } from '../../src/lint/engine.js'
import { fixture } from '../model/helpers.js'

describe('lintText', () => {
  it('returns findings sorted by position, with the model and the linted text', async () => {
    const text = fixture('findings.md')
    const result = await lintText('findings.md', text, defaultConfig())
    expect(result.path).toBe('findings.md')
    expect(result.text).toBe(text)
    expect(result.postmortem?.meta.title?.value).toBe('Login page timeouts')
    const positions = result.findings.map((finding) => [finding.line, finding.column])
    const sorted = [...positions].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number))
    expect(positions).toEqual(sorted)
  })

  it('reports the problems of the findings fixture at their cells', async () => {
    const text = fixture('findings.md')
    const findings = (await lintText('findings.md', text, defaultConfig())).findings
    const at = (ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`)
    expect(at('timeline-order')).toEqual(['18:3-18:8'])
    expect(at('timeline-utc')).toEqual(['12:23-12:26'])
    expect(at('action-item-owner')).toEqual(['30:31-30:35'])
    expect(at('action-item-deadline')).toEqual(['30:38-30:48', '32:67-32:78'])
    expect(at('action-item-priority')).toEqual(['30:51-30:55'])
    expect(at('action-item-id')).toEqual(['31:3-31:7', '32:1-32:85'])
    expect(at('contributing-factors')).toEqual(['22:1-22:24'])
    expect(findings.find((finding) => finding.ruleId === 'timeline-complete' && finding.line === 19)?.message).toContain('`[???]`')
    expect(findings.find((finding) => finding.ruleId === 'action-item-specific')).toMatchObject({ severity: 'warning', line: 30, column: 10, actual: 'Improve monitoring' })
  })

  it('keeps the settings of each configuration apart when several are used in turn', async () => {
    const text = fixture('findings.md')
    const quiet = validateConfig({ rules: { 'timeline-order': 'off', 'action-item-owner': 'warn' } })
    const strict = defaultConfig()
    const first = await lintText('a.md', text, strict)
    const second = await lintText('a.md', text, quiet)
    const third = await lintText('a.md', text, strict)
    expect(first.findings.some((finding) => finding.ruleId === 'timeline-order')).toBe(true)
    expect(second.findings.some((finding) => finding.ruleId === 'timeline-order')).toBe(false)
    expect(second.findings.find((finding) => finding.ruleId === 'action-item-owner')?.severity).toBe('warning')
    expect(third.findings).toEqual(first.findings)
  })

  it('uses aliases from the configuration when it reads the document', async () => {
    const text = ['# Export stalled', '', '## Nächste Schritte', '', '- AI-1: Alert on quota at 80% (owner: @amy, due: 2024-05-01, priority: P1)', ''].join('\n')
    const german = validateConfig({ sections: { 'action-items': ['Nächste Schritte'] } })
    expect((await lintText('a.md', text, german)).postmortem?.actionItems).toHaveLength(1)
    expect((await lintText('a.md', text, defaultConfig())).postmortem?.actionItems).toHaveLength(0)
  })

  it('lints the same text to the same findings every time', async () => {
    const text = fixture('findings.md')
    const runs = await Promise.all([1, 2, 3].map(() => lintText('a.md', text, defaultConfig())))
    expect(runs[1]?.findings).toEqual(runs[0]?.findings)
    expect(runs[2]?.findings).toEqual(runs[0]?.findings)
  })
})

describe('decode', () => {
  it('accepts UTF-8 with and without a BOM, and non-ASCII text', () => {
    expect(decode(Buffer.from('# Café ¯\\_(ツ)_/¯\n'))).toEqual({ text: '# Café ¯\\_(ツ)_/¯\n' })
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x23, 0x20, 0x58]))).toEqual({ text: '# X' })
  })

  it.each([
    ['an overlong encoding', [0x23, 0x0a, 0xc0, 0xaf], 2, 2],
    ['an encoded surrogate', [0x61, 0x0a, 0x62, 0x0a, 0xed, 0xa0, 0x80], 4, 3],
    ['a lone continuation byte', [0x61, 0x80, 0x62], 1, 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0, 1],
  ])('refuses %s and says at which byte and line', (_name, bytes, offset, line) => {
    expect(decode(Buffer.from(bytes))).toMatchObject({ problem: 'encoding', line, message: expect.stringContaining(`byte ${offset}`) })
  })

  it('reads UTF-16 as binary: its NUL bytes are not text', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Title\n', 'utf16le')])
    expect(decode(utf16)).toMatchObject({ problem: 'binary', line: 1 })
  })
})
