/**
 * template-placeholders knows every placeholder of the template because it reads them from the
 * template: these tests fail when a line of the template holds text the rule would let through,
 * so a template edit cannot quietly make unfilled reports pass again.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { builtinTemplate } from '../../src/cli/builtin-template.js'
import { fillTemplate } from '../../src/cli/new-postmortem.js'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import { builtinPlaceholders } from '../../src/lint/builtin-placeholders.js'
import { builtinVocabularyWords, extractPlaceholders } from '../../src/lint/template-text.js'
import type { Finding } from '../../src/lint/types.js'

const RULE = 'template-placeholders'
const templateFolder = fileURLToPath(new URL('../../postmortems-template/postmortems/', import.meta.url))
const unfilled = fillTemplate(builtinTemplate, 'Checkout latency after cache eviction', '2026-03-05')

async function ruleFindings(text: string): Promise<Finding[]> {
  const linted = await lintText('postmortem.md', text, defaultConfig())
  return linted.findings.filter((finding) => finding.ruleId === RULE)
}

/**
 * The lines of a document a reader sees as content, found without the rule's code: comments
 * blanked out, headings, blank lines and table header and delimiter rows left out.
 */
function contentLines(text: string): number[] {
  const lines = text.replace(/<!--[^]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' ')).split('\n')
  const isDelimiter = (line: string | undefined) => line !== undefined && /^\s*\|?\s*:?-{3,}/.test(line)
  return lines.flatMap((line, index) => {
    if (line.trim() === '' || /^#{1,6}\s/.test(line)) return []
    if (isDelimiter(line) || isDelimiter(lines[index + 1])) return []
    return [index + 1]
  })
}

/** Headings below the title followed by nothing but blank lines and comments up to a heading no deeper. */
function emptyHeadingLines(text: string): number[] {
  const lines = text.replace(/<!--[^]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' ')).split('\n')
  return lines.flatMap((line, index) => {
    const depth = /^(#{2,6})\s/.exec(line)?.[1]?.length
    if (depth === undefined) return []
    const next = lines.slice(index + 1).findIndex((candidate) => candidate.trim() !== '')
    const nextLine = next < 0 ? undefined : lines[index + 1 + next]
    const nextDepth = nextLine === undefined ? 0 : (/^(#{1,6})\s/.exec(nextLine)?.[1]?.length ?? -1)
    return nextDepth !== -1 && nextDepth <= depth ? [index + 1] : []
  })
}

describe('template-placeholders on the template as `postmortem new` writes it', () => {
  it('reports every line of content except the Date that `new` fills in', async () => {
    const reported = new Set((await ruleFindings(unfilled)).map((finding) => finding.line))
    const dateLine = unfilled.split('\n').findIndex((line) => line.startsWith('**Date**')) + 1
    const expected = contentLines(unfilled).filter((line) => line !== dateLine && line !== 1)
    expect(expected.length, 'the template has fields, rows and factors').toBeGreaterThanOrEqual(12)
    const missed = expected.filter((line) => !reported.has(line)).map((line) => `${line}: ${unfilled.split('\n')[line - 1]}`)
    expect(missed, 'template lines whose text the rule does not report').toEqual([])
  })

  it('reports every section the template leaves empty, at its heading', async () => {
    const findings = await ruleFindings(unfilled)
    const empty = findings.filter((finding) => finding.message.startsWith('Unexpected empty section')).map((finding) => finding.line)
    expect(empty).toEqual(emptyHeadingLines(unfilled))
    expect(empty.length).toBeGreaterThanOrEqual(3)
  })

  it('reports the placeholders a report keeps when only its times and dates are filled in (issue #12)', async () => {
    const timesAndDates = unfilled
      .replace(/YYYY-MM-DD/g, '2026-03-19')
      .replace('0h 00min (HH:MM - HH:MM UTC)', '1h 00min (10:00 - 11:00 UTC)')
      .replace(/HH:MM/g, () => '10:30')
    const actuals = (await ruleFindings(timesAndDates)).map((finding) => finding.actual ?? finding.message)
    for (const placeholder of ['P0 | P1 | P2 | P3 | P4', '@your-handle', '@owner', 'A specific change to a named system', 'Second condition.']) {
      expect(actuals, placeholder).toContain(placeholder)
    }
    const messages = (await ruleFindings(timesAndDates)).map((finding) => finding.message)
    for (const section of ['Summary', 'Impact', 'Root Cause']) expect(messages).toContain(`Unexpected empty section \`${section}\`, expected text under the heading (what applies to this incident, or a sentence saying why nothing does)`)
  })

  it('quotes exactly the text each finding covers', async () => {
    const lines = unfilled.split('\n')
    for (const finding of (await ruleFindings(unfilled)).filter((candidate) => candidate.actual !== undefined)) {
      expect(finding.endLine, finding.message).toBe(finding.line)
      expect(lines[finding.line - 1]?.slice(finding.column - 1, finding.endColumn - 1), finding.message).toBe(finding.actual)
    }
  })

  it('reports nothing in the complete example next to the template', async () => {
    const example = readFileSync(`${templateFolder}2025-03-11-order-webhooks-delayed-after-dns-change.md`, 'utf8')
    expect(await ruleFindings(example)).toEqual([])
  })
})

describe('placeholders come from the template text', () => {
  const words = new Set(['high', 'medium'])

  it('learns a placeholder the template gains', () => {
    const grown = builtinTemplate.replace('**Authors**:', '**Commander**: @your-name (who led the response)\n**Authors**:')
    const placeholders = extractPlaceholders(grown, words)
    expect(placeholders.inline).toContain('@your-name')
    expect(placeholders.inline).toContain('(who led the response)')
    expect(extractPlaceholders(builtinTemplate, words).inline).not.toContain('@your-name')
  })

  it('keeps example rows by column, and leaves out IDs, priorities, dates and times', () => {
    const placeholders = extractPlaceholders(builtinTemplate, words)
    const texts = placeholders.rows.flatMap((row) => row.map((cell) => cell.text))
    expect(texts).toContain('impact started')
    for (const data of ['ai-1', 'high', 'medium', 'yyyy-mm-dd', 'hh:mm', '@owner']) expect(texts).not.toContain(data)
  })
})

describe('template-placeholders matches whole words only', () => {
  const header = (authors: string, duration: string) => `# Post-Mortem: Export stalled (2025-03-08)\n\n**Duration**: ${duration}\n**Authors**: ${authors}\n\n## Summary\n\nThe export stopped.\n`

  it('leaves handles and durations that only contain a placeholder', async () => {
    expect(await ruleFindings(header('@owners, @your-handle-2, @org/teamwork', '10h 00min (01:00 - 11:00 UTC)'))).toEqual([])
  })

  it('finds a placeholder in any case, at its exact columns', async () => {
    const [finding, ...rest] = await ruleFindings(header('@dana, @YOUR-HANDLE', '1h 35min (10:05 - 11:40 UTC)'))
    expect(rest).toEqual([])
    expect([finding?.line, finding?.column, finding?.endColumn, finding?.actual]).toEqual([4, 21, 33, '@YOUR-HANDLE'])
  })
})

describe('the placeholders built into the rule', () => {
  it('are the ones read from the built-in template now (the generated data is not stale)', () => {
    const fromTemplate = extractPlaceholders(builtinTemplate, builtinVocabularyWords())
    expect(fromTemplate.inline.length).toBeGreaterThan(3)
    expect(builtinPlaceholders()).toEqual(fromTemplate)
  })
})
