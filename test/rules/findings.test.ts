/**
 * The finding contract, checked on one document that breaks every structural rule at once:
 * one message grammar, a docs URL per rule, exact positions, severities from the config, and
 * safe suggestions only where a mechanical rewrite is right.
 */
import { describe, expect, it } from 'vitest'
import { defaultConfig, KNOWN_RULES } from '../../src/config/defaults.js'
import { validateConfig } from '../../src/config/parse.js'
import { ruleDocsUrl } from '../../src/lint/docs.js'
import { lintText } from '../../src/lint/engine.js'
import { RULES } from '../../src/lint/rules/index.js'
import type { Finding } from '../../src/lint/types.js'

/** Every structural rule has something to say about this document. */
const BROKEN = `# Post-Mortem: Image uploads failing

**Date**: 2025-07-31
**Duration**: most of the morning
**Severity**: Purple
**Authors**:

## Summary

Uploads of images larger than 5 MB failed for about two hours.

## Timeline (all times CEST)

| Time | Event | Source |
|------|-------|--------|
| 09:40 | Upload proxy config change rolled out | deploy log |
| 09:35 PDT | Error rate on uploads rises | |
| ~10 | Support reports failing uploads | |
| 11:02 | | dashboard |

## Root Cause

The proxy body size limit was lowered to 1 MB by a shared config template. Dana forgot to check the new limit.

## Action Items

| ID | Action | Owner | Deadline | Priority |
|----|--------|-------|----------|----------|
| AI-1 | Improve monitoring | Dana | soon | ASAP |
| AI-1 | Add a check for the body size limit in the proxy config tests | @dana | 2025-07-01 | P2 |
|  | Be more careful with templates |  |  |  |

## What Went Well
`

/** The source text a finding's range covers. */
function coveredText(text: string, finding: Finding): string {
  const lines = text.split('\n')
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1
  return text.slice(offset(finding.line, finding.column), offset(finding.endLine, finding.endColumn))
}

describe('findings of the structural rules', async () => {
  const result = await lintText('uploads.md', BROKEN, defaultConfig())
  const findings = result.findings
  const lineCount = BROKEN.split('\n').length

  it('come from every rule', () => {
    const reported = new Set(findings.map((finding) => finding.ruleId))
    for (const id of Object.keys(RULES)) expect(reported, id).toContain(id)
  })

  it('all say "Unexpected <found>, expected <expected>"', () => {
    for (const finding of findings) expect(finding.message, finding.ruleId).toMatch(/^Unexpected \S.*, expected \S.*$/s)
  })

  it('all link to their rule page', () => {
    for (const finding of findings) expect(finding.url).toBe(ruleDocsUrl(finding.ruleId))
  })

  it('all carry a start and an end inside the document, end not before start', () => {
    for (const finding of findings) {
      const label = `${finding.ruleId} ${finding.line}:${finding.column}`
      expect(finding.line, label).toBeGreaterThanOrEqual(1)
      expect(finding.column, label).toBeGreaterThanOrEqual(1)
      expect(finding.endLine, label).toBeLessThanOrEqual(lineCount)
      expect(finding.endLine * 10_000 + finding.endColumn, label).toBeGreaterThanOrEqual(finding.line * 10_000 + finding.column)
    }
  })

  it('cover exactly the text they quote', () => {
    const quoting = findings.filter((finding) => finding.actual !== undefined)
    expect(quoting.length).toBeGreaterThanOrEqual(8)
    for (const finding of quoting) expect(coveredText(BROKEN, finding), finding.message).toBe(finding.actual)
  })

  it('point at the cell, not the row, for a wrong value', () => {
    const owner = findings.find((finding) => finding.ruleId === 'action-item-owner' && finding.actual === 'Dana')
    expect(owner).toMatchObject({ line: 29, column: 31, endLine: 29, endColumn: 35 })
    const deadline = findings.find((finding) => finding.ruleId === 'action-item-deadline' && finding.actual === '2025-07-01')
    expect(deadline).toMatchObject({ line: 30, endLine: 30 })
    expect(coveredText(BROKEN, deadline as Finding)).toBe('2025-07-01')
  })

  it('about a whole row or document stay on one line', () => {
    const missingSection = findings.filter((finding) => finding.message.startsWith('Unexpected missing section'))
    expect(missingSection.map((finding) => [finding.line, finding.endLine])).toEqual(Array(missingSection.length).fill([1, 1]))
    // An item lacking every field gets one finding naming them all, under the first field rule.
    const emptyRow = findings.filter((finding) => finding.line === 31 && finding.message.includes('action item without'))
    expect(emptyRow.map((finding) => finding.ruleId)).toEqual(['action-item-id'])
    expect(emptyRow[0]?.message).toMatch(/without an ID, an owner, a deadline or a priority/)
    for (const finding of emptyRow) expect(finding.endLine).toBe(31)
  })

  it('take their severity from the configured level', () => {
    for (const finding of findings) {
      expect(finding.severity, finding.ruleId).toBe(finding.ruleId === 'action-item-specific' ? 'warning' : 'error')
    }
  })

  it('follow a changed level', async () => {
    const rules = Object.fromEntries(KNOWN_RULES.map((id) => [id, 'warn']))
    const relaxed = await lintText('uploads.md', BROKEN, validateConfig({ rules: { ...rules, 'action-item-specific': 'error' } }))
    expect(relaxed.findings.length).toBe(findings.length)
    for (const finding of relaxed.findings) expect(finding.severity, finding.ruleId).toBe(finding.ruleId === 'action-item-specific' ? 'error' : 'warning')
  })

  it('are sorted by position', () => {
    const keys = findings.map((finding) => finding.line * 10_000 + finding.column)
    expect(keys).toEqual([...keys].sort((a, b) => a - b))
  })
})

describe('timeline-utc suggestions', () => {
  const config = validateConfig({ rules: { ...Object.fromEntries(KNOWN_RULES.map((id) => [id, 'off'])), 'timeline-utc': 'error' } })
  const lint = async (entries: string) =>
    (await lintText('t.md', `# Post-Mortem: Export stalled (2025-03-08)\n\n## Timeline (all times UTC)\n\n${entries}\n`, config)).findings

  it('offer the UTC time as a replacement for a plain local time on the same day', async () => {
    const [finding] = await lint('- 06:14 PDT Lag alert fires')
    expect(finding?.suggestion).toEqual({ replacement: '13:14 UTC' })
    expect(finding?.actual).toBe('06:14 PDT')
  })

  it('offer nothing when the UTC time falls on another day', async () => {
    const [finding] = await lint('- 4:20 PM PST Lag alert fires')
    expect(finding?.message).toContain('00:20 UTC on another day')
    expect(finding?.suggestion).toBeUndefined()
  })

  it('offer nothing when the entry carries a date the rewrite would leave wrong', async () => {
    const [finding] = await lint('- 2025-03-08 06:14 PST Lag alert fires')
    expect(finding?.message).toContain('14:14 UTC')
    expect(finding?.suggestion).toBeUndefined()
  })

  it('are absent for entries already in UTC', async () => {
    expect(await lint('- 13:14 UTC Lag alert fires\n- 13:20Z Rollback starts')).toEqual([])
  })
})
