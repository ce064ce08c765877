/**
 * The blameless-language rule in a lint pipeline: every text of the document is read (table cells
 * included, at their exact file positions), code and chat transcripts are not, severity follows the
 * section, options are validated, suggestions and ignore comments work.
 */
import remarkMessageControl from 'remark-message-control'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText, remarkPostmortemModel } from '../../src/lint/engine.js'
import { SOURCE } from '../../src/lint/rule.js'
import blamelessLanguage from '../../src/lint/rules/blameless-language.js'
import { markdownParser } from '../../src/model/build.js'

interface Reported {
  line: number
  column: number
  endLine: number
  endColumn: number
  severity: 'error' | 'warning'
  actual?: string
  replacement?: string
  message: string
}

async function lint(text: string, options: Record<string, unknown> = {}, level: 'error' | 'warn' = 'error'): Promise<Reported[]> {
  const processor = markdownParser()
    .use(remarkPostmortemModel, { config: defaultConfig() })
    .use(blamelessLanguage, [level, options])
    .use(remarkMessageControl, { name: SOURCE, source: SOURCE, known: ['blameless-language'] })
  const file = new VFile({ path: 'pm.md', value: text })
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const reported: Reported = {
      line: place?.start.line ?? 0,
      column: place?.start.column ?? 0,
      endLine: place?.end.line ?? 0,
      endColumn: place?.end.column ?? 0,
      severity: message.fatal ? 'error' : 'warning',
      message: message.reason,
    }
    if (message.actual) reported.actual = message.actual
    if (message.expected?.[0] !== undefined) reported.replacement = message.expected[0]
    return reported
  })
}

/** The text at a finding's range, read back from the document by line and column. */
function textAt(text: string, finding: Reported): string {
  const lines = text.split('\n')
  if (finding.line !== finding.endLine) throw new Error('single-line findings only')
  return (lines[finding.line - 1] ?? '').slice(finding.column - 1, finding.endColumn - 1)
}

const DOCUMENT = `# Post-Mortem: Checkout errors (2025-05-02)

## Summary

Checkout failed for 40 minutes. The on-call engineer ignored the first page.

## Timeline (all times UTC)

| Time | Event | Actor |
|------|-------|-------|
| 10:02 | Deploy of cart 4.1 | @lee |
| 10:09 | @ana forgot to silence the test alert | @ana |

## Contributing Factors

1. The intern was careless with the flag.
2. The release checklist has no step for the flag.

\`\`\`
Bob broke it
\`\`\`

## Appendix: chat log

> @lee: I broke prod, sorry
`

describe('blameless-language rule', () => {
  it('finds blame in paragraphs, list items and table cells, at the exact file position', async () => {
    const findings = await lint(DOCUMENT)
    expect(findings.map((finding) => textAt(DOCUMENT, finding))).toEqual(['The on-call engineer ignored', '@ana forgot', 'careless'])
    expect(findings.map((finding) => finding.line)).toEqual([5, 12, 16])
    for (const finding of findings) expect(finding.actual).toBe(textAt(DOCUMENT, finding))
  })

  it('does not read code blocks or chat transcripts', async () => {
    const messages = (await lint(DOCUMENT)).map((finding) => finding.message).join('\n')
    expect(messages).not.toContain('Bob broke')
    expect(messages).not.toContain('I broke')
  })

  it('writes messages in the shared grammar, naming the category: "Unexpected `phrase` (category): why, expected ..."', async () => {
    for (const finding of await lint(DOCUMENT)) expect(finding.message).toMatch(/^Unexpected `[^`]+` \((?:person as cause|judgment|hindsight|attribution|self-critique)\): .+, expected \S/)
  })

  it('reports the timeline as a warning by default and the analysis at the rule level', async () => {
    expect((await lint(DOCUMENT)).map((finding) => finding.severity)).toEqual(['error', 'warning', 'error'])
  })

  it('takes section levels from its options, subsections following their parent', async () => {
    const text = '# PM\n\n## Contributing Factors\n\n### Immediate Cause\n\nThe DBA neglected the backups.\n\n## Timeline\n\n- 10:00 Bob forgot the flag\n'
    expect((await lint(text, { sections: { 'contributing-factors': 'warn', timeline: 'error' } })).map((finding) => finding.severity)).toEqual(['warning', 'error'])
    expect((await lint(text, { sections: { timeline: 'off' } })).map((finding) => finding.line)).toEqual([7])
  })

  it('offers the safe suggestion as the replacement', async () => {
    const text = '# PM\n\n## Root Cause\n\nThe intern carelessly copied the key.\n'
    const [finding] = await lint(text)
    expect(finding?.replacement).toBe('')
    expect(finding && textAt(text, finding)).toBe('carelessly ')
  })

  it('allows phrases and adds user phrases from its options', async () => {
    const text = '# PM\n\n## Root Cause\n\nHuman error budget ran out; someone yoloed the deploy.\n'
    const phrases = [{ id: 'yolo', kind: 'phrase', category: 'judgment', patterns: ['yolo|yoloed'], note: 'it mocks a risky action', hint: 'the missing gate', source: 'team handbook' }]
    expect((await lint(text, { allow: ['human error budget'] })).map((finding) => finding.actual)).toEqual([])
    expect((await lint(text, { allow: ['human error budget'], phrases })).map((finding) => finding.actual)).toEqual(['yoloed'])
  })

  it('is silenced by an ignore comment for the next block only', async () => {
    const text = '# PM\n\n## Root Cause\n\n<!-- postmortem-lint ignore blameless-language -->\n\nKim forgot the flag.\n\nLee forgot the flag.\n'
    expect((await lint(text)).map((finding) => finding.line)).toEqual([9])
  })

  it('reports bad options as one finding naming the option and what it expects', async () => {
    const rejection = async (options: Record<string, unknown>) => (await lint(DOCUMENT, options)).map((finding) => finding.message)
    expect(await rejection({ sections: { timline: 'warn' } })).toEqual([expect.stringMatching(/^rules\.blameless-language\.sections: unknown section `timline`, expected one of: .*timeline/)])
    expect(await rejection({ sections: { timeline: 'loud' } })).toEqual([expect.stringMatching(/^rules\.blameless-language\.sections\.timeline: expected one of off, warn, error/)])
    expect(await rejection({ allow: 'human error' })).toEqual([expect.stringMatching(/^rules\.blameless-language\.allow: expected a list of strings/)])
    expect(await rejection({ phrases: [{ id: 'x', kind: 'phrase' }] })).toEqual([expect.stringMatching(/^rules\.blameless-language\.phrases: entry 1 \(x\): `category`/)])
    expect(await rejection({ alow: [] })).toEqual([expect.stringMatching(/^rules\.blameless-language: unknown option `alow`/)])
  })

  it('gives the same findings, at the same positions, with LF, CRLF and CR line endings', async () => {
    const findingsOf = async (text: string) =>
      (await lintText('pm.md', text, defaultConfig())).findings
        .filter((finding) => finding.ruleId === 'blameless-language')
        .map((finding) => `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.severity} ${finding.message}`)
    const lf = await findingsOf(DOCUMENT)
    expect(lf).toHaveLength(3)
    expect(await findingsOf(DOCUMENT.replace(/\n/g, '\r\n'))).toEqual(lf)
    expect(await findingsOf(DOCUMENT.replace(/\n/g, '\r'))).toEqual(lf)
  })

  it('maps positions in blockquotes and multi-line paragraphs', async () => {
    const text = '# PM\n\n## Lessons Learned\n\n> We restarted the pods and then\n> the DBA forgot to re-enable the cron.\n'
    const [finding] = await lint(text)
    expect(finding && [finding.line, textAt(text, finding)]).toEqual([6, 'the DBA forgot'])
  })

  describe("issue #9's policy: who is blamed decides the level", () => {
    const analysis = (body: string) => `# PM\n\n## Contributing Factors\n\n${body}\n`
    const levels = async (body: string, options: Record<string, unknown> = {}) =>
      (await lint(analysis(body), options)).map((finding) => `${finding.severity} ${finding.actual}`)

    it('is an error when a named person, role or team is the cause or is judged', async () => {
      expect(await levels('@kim should have checked the flag before the deploy.')).toEqual(['error @kim should have checked'])
      expect(await levels('The DBA team forgot to renew the certificate.')).toEqual(['error The DBA team forgot'])
      expect(await levels('I copied the token in an act of laziness.')).toEqual(['error laziness'])
      expect(await levels('The root cause was operator error.')).toEqual(['error operator error'])
    })

    it("is a warning for hindsight and the team's own self-critique", async () => {
      expect(await levels('We should have load-tested the launch.')).toEqual(['warning We should have load-tested'])
      expect(await levels('This should have been caught in review.')).toEqual(['warning should have been caught'])
      expect(await levels('We missed the replication step during setup.')).toEqual(['warning We missed'])
      expect(await levels('The team did not look at the alerts until the morning.')).toEqual(['warning The team did not look'])
      expect(await levels('Both problems come from poor coordination.')).toEqual(['warning poor coordination'])
    })

    it('lets hindsight and self-critique be raised or switched off', async () => {
      expect(await levels('We should have load-tested the launch.', { hindsight: 'error' })).toEqual(['error We should have load-tested'])
      expect(await levels('We should have load-tested the launch.', { hindsight: 'off' })).toEqual([])
      expect(await levels('We missed the replication step during setup.', { selfCritique: 'error' })).toEqual(['error We missed'])
      expect(await levels('We missed the replication step during setup.', { selfCritique: 'off' })).toEqual([])
      // Switching them off leaves blame of a person untouched.
      expect(await levels('@kim should have checked the flag before the deploy.', { hindsight: 'off', selfCritique: 'off' })).toEqual(['error @kim should have checked'])
    })

    it('caps hindsight by the section level too: a warning in the timeline stays a warning', async () => {
      const text = '# PM\n\n## Timeline\n\n- 10:00 We should have paged the database team.\n'
      expect((await lint(text, { hindsight: 'error' })).map((finding) => finding.severity)).toEqual(['warning'])
    })

    it('never reports headings, nor praise under What went well and Where we got lucky', async () => {
      const text = '# PM\n\n## Why the intern is to blame\n\nThe deploy script has no dry run.\n\n## What went well\n\nKim ignored the noisy dashboard and went straight to the logs.\n\n## Where we got lucky\n\nLee\'s odd sleeping habits meant she was awake.\n'
      expect(await lint(text)).toEqual([])
    })

    it('rejects a level option that is not off, warn or error', async () => {
      expect((await lint(DOCUMENT, { hindsight: 'loud' })).map((finding) => finding.message)).toEqual([expect.stringMatching(/^rules\.blameless-language\.hindsight: expected one of off, warn, error/)])
    })
  })
})
