import { describe, expect, it } from 'vitest'
import { Ajv } from 'ajv'
import { formatJson } from '../../src/cli/formatters/json.js'
import { escapeData, escapeProperty, formatGithub, workflowCommand } from '../../src/cli/formatters/github.js'
import { formatSarif, toSarifUri } from '../../src/cli/formatters/sarif.js'
import { formatStylish } from '../../src/cli/formatters/stylish.js'
import { context, finding, sampleFiles } from './fixtures.js'
import { sarifSchema } from './sarif-schema.js'

describe('json formatter', () => {
  it('prints one array with exactly the documented keys', () => {
    const parsed = JSON.parse(formatJson(sampleFiles(), context)) as unknown[]
    expect(parsed).toEqual([
      {
        path: 'postmortems/2025-06-02-checkout.md',
        messages: [
          {
            ruleId: 'action-item-owner',
            severity: 'error',
            line: 30,
            column: 5,
            endLine: 30,
            endColumn: 9,
            message: 'Unexpected owner `Dave`, expected `@user` or `@org/team`',
            url: 'https://example.test/rules/action-item-owner',
          },
          {
            ruleId: 'blameless-language',
            severity: 'warning',
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: 12,
            message: 'Unexpected blame `forgot`, expected a description of the system',
          },
        ],
      },
      { path: 'postmortems/2025-03-11-clean.md', messages: [] },
      {
        path: 'postmortems/logo.md',
        messages: [
          { ruleId: 'binary', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'Unexpected binary content, expected UTF-8 text' },
        ],
      },
    ])
  })

  it('prints an empty array when there are no files', () => {
    expect(JSON.parse(formatJson([], context))).toEqual([])
  })
})

describe('github formatter', () => {
  it('escapes data as @actions/core does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext')
  })

  it('also escapes colons and commas in properties', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })

  it('writes one annotation per finding with position and rule as title', () => {
    const lines = formatGithub(sampleFiles(), context).trimEnd().split('\n')
    expect(lines[0]).toBe(
      '::error file=postmortems/2025-06-02-checkout.md,line=30,col=5,endLine=30,endColumn=9,title=action-item-owner::Unexpected owner `Dave`, expected `@user` or `@org/team`',
    )
    expect(lines[1]).toMatch(/^::warning file=postmortems\/2025-06-02-checkout\.md,line=4,col=1,/)
    expect(lines[2]).toMatch(/^::error file=postmortems\/logo\.md,.*title=binary::/)
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('3 files linted: 2 errors, 1 warning, 0 notes.')
  })

  it('maps info findings to notices', () => {
    const text = formatGithub([{ path: 'a.md', findings: [finding({ severity: 'info' })] }], context)
    expect(text.startsWith('::notice ')).toBe(true)
  })

  it('cannot be made to emit a second workflow command by hostile document text', () => {
    const hostile = 'Unexpected "50%"\n::set-output name=x::pwned\r\n::add-mask::, done: yes'
    const path = 'post,mortems/evil:name\n::warning::x.md'
    const output = formatGithub([{ path, findings: [finding({ message: hostile, ruleId: 'blameless-language' })] }], context)
    const lines = output.trimEnd().split('\n')
    // One annotation line plus the totals line: the newlines in the text did not survive.
    expect(lines).toHaveLength(2)
    expect(lines.filter((line) => line.startsWith('::'))).toHaveLength(1)
    expect(lines[0]).toBe(
      '::error file=post%2Cmortems/evil%3Aname%0A%3A%3Awarning%3A%3Ax.md,line=12,col=20,endLine=12,endColumn=24,title=blameless-language' +
        '::Unexpected "50%25"%0A::set-output name=x::pwned%0D%0A::add-mask::, done: yes',
    )
  })

  it('omits empty properties and the separator when there are none', () => {
    expect(workflowCommand('notice', {}, 'hello')).toBe('::notice::hello')
    expect(workflowCommand('error', { file: 'a.md', title: '' }, 'x')).toBe('::error file=a.md::x')
  })
})

describe('sarif formatter', () => {
  const log = JSON.parse(formatSarif(sampleFiles(), context)) as SarifLog

  it('satisfies the SARIF 2.1.0 fields code scanning requires', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(sarifSchema)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('names the tool and lists known rules plus rules only findings use', () => {
    const driver = log.runs[0]!.tool.driver
    expect(driver.name).toBe('postmortem-lint')
    expect(driver.version).toBe('9.9.9')
    expect(driver.rules.map((rule) => rule.id)).toEqual(['action-item-owner', 'blameless-language', 'binary'])
    expect(driver.rules[0]).toMatchObject({ helpUri: 'https://example.test/rules/action-item-owner', shortDescription: { text: 'Owners are @handles.' } })
  })

  it('writes a result per finding with level, region and a consistent rule index', () => {
    const results = log.runs[0]!.results
    expect(results).toHaveLength(3)
    expect(results.map((result) => result.level)).toEqual(['error', 'warning', 'error'])
    const first = results[0]!
    expect(first.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'postmortems/2025-06-02-checkout.md' },
      region: { startLine: 30, startColumn: 5, endLine: 30, endColumn: 9 },
    })
    for (const result of results) {
      expect(log.runs[0]!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
    }
  })

  it('maps info to note', () => {
    const noteLog = JSON.parse(formatSarif([{ path: 'a.md', findings: [finding({ severity: 'info' })] }], context)) as SarifLog
    expect(noteLog.runs[0]!.results[0]!.level).toBe('note')
  })

  it('keeps fingerprints stable when a finding moves and distinct for repeated phrases', () => {
    const fingerprints = (findings: ReturnType<typeof finding>[]) =>
      (JSON.parse(formatSarif([{ path: 'a.md', findings }], context)) as SarifLog).runs[0]!.results.map(
        (result) => result.partialFingerprints['postmortemFinding/v1'],
      )
    const [before] = fingerprints([finding({ line: 3 })])
    const [after] = fingerprints([finding({ line: 40 })])
    expect(after).toBe(before)
    const [one, two] = fingerprints([finding({ line: 3 }), finding({ line: 9 })])
    expect(one).not.toBe(two)
    const [other] = fingerprints([finding({ line: 3, message: 'Unexpected owner `Ann`' })])
    expect(other).not.toBe(before)
  })

  it('writes relative URIs with forward slashes, percent-encoding what a URI cannot hold', () => {
    expect(toSarifUri('postmortems\\2025 q1\\a#b.md')).toBe('postmortems/2025%20q1/a%23b.md')
    expect(toSarifUri('./a.md')).toBe('a.md')
  })

  it('writes file:// URIs for paths outside the working folder', () => {
    expect(toSarifUri('/tmp/pm 1/a.md')).toBe('file:///tmp/pm%201/a.md')
    expect(toSarifUri('C:\\incidents\\a.md')).toBe('file:///C:/incidents/a.md')
  })
})

describe('stylish formatter', () => {
  it('groups findings by file, sorted by position, aligned, with a totals line', () => {
    expect(formatStylish(sampleFiles(), context)).toBe(
      [
        'postmortems/2025-06-02-checkout.md',
        '   4:1  warning  Unexpected blame `forgot`, expected a description of the system  blameless-language',
        '  30:5  error    Unexpected owner `Dave`, expected `@user` or `@org/team`         action-item-owner',
        '',
        'postmortems/logo.md (skipped)',
        '  1:1  error  Unexpected binary content, expected UTF-8 text  binary',
        '',
        '✖ 3 problems (2 errors, 1 warning, 0 notes) in 3 files checked, 1 skipped',
        '',
      ].join('\n'),
    )
  })

  it('says so when everything is clean', () => {
    expect(formatStylish([{ path: 'a.md', findings: [] }], context)).toBe('✔ 1 file checked, no problems\n')
  })

  it('uses colour escapes only when asked to', () => {
    expect(formatStylish(sampleFiles(), context)).not.toContain('\u001b[')
    const coloured = formatStylish(sampleFiles(), { ...context, color: true })
    expect(coloured).toContain('\u001b[31merror')
    expect(coloured).toContain('\u001b[33mwarning')
  })

  it('neutralises control characters from document text', () => {
    const text = formatStylish([{ path: 'a.md', findings: [finding({ message: 'bad \u001b[2J text\nmore' })] }], context)
    expect(text).not.toContain('\u001b')
    expect(text).toContain('bad  [2J text more')
  })
})

interface SarifLog {
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri?: string; shortDescription: { text: string } }> } }
    results: Array<{
      ruleId: string
      ruleIndex: number
      level: string
      partialFingerprints: Record<string, string>
      locations: Array<{ physicalLocation: unknown }>
    }>
  }>
}
