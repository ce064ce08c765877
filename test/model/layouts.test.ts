/**
 * Layouts real teams use (issue #10), each written here in our own words: headings with emoji,
 * articles and question marks, sections as bold fields, and the one section resolver.
 */
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import { lines, parse } from './helpers.js'

function keyOf(heading: string): string | undefined {
  return parse(lines(heading, '', 'Some text.')).sections[0]?.key
}

async function findingsOf(text: string, rule: string): Promise<string[]> {
  const linted = await lintText('doc.md', text, defaultConfig())
  return linted.findings.filter((finding) => finding.ruleId === rule).map((finding) => `${finding.line}: ${finding.message}`)
}

describe('section headings as teams write them', () => {
  it.each([
    ['## :eye: Detection', 'detection'],
    ['## 🔥 Impact', 'impact'],
    ['## The Impact', 'impact'],
    ['## What happened?', 'summary'],
    ['## Why did it happen?', 'root-cause'],
    ['### How did this happen', 'root-cause'],
    ['## Who did it affect and how?', 'impact'],
    ['## How did we fix it?', 'resolution'],
    ['## Issue Timeline - UTC', 'timeline'],
    ['# Event Timeline', 'timeline'],
    ['# Play by Play', 'timeline'],
    ['### What went poorly', 'what-went-wrong'],
    ['### Things that didn’t go well', 'what-went-wrong'],
    ['### What worked', 'what-went-well'],
    ['### What we learnt', 'lessons-learned'],
    ['## Follow-up', 'action-items'],
    ['# Resulting Actions', 'action-items'],
    ['### What we’re doing differently', 'action-items'],
    ['## Corrective and Preventative Measure', 'action-items'],
    ['## Severity & Impact', 'impact'],
    ['# Root causes and trigger', 'root-cause'],
  ])('reads %j as %s', (heading, key) => {
    expect(keyOf(heading)).toBe(key)
  })

  it('reads an italic-only line as a heading', () => {
    const pm = parse(lines('# Disk filled up', '', '_Lessons learned_', '', 'Alerts on disk use came too late.'))
    expect(pm.resolved?.['lessons-learned']?.title).toBe('Lessons learned')
  })
})

describe('sections written as bold fields', () => {
  it('reads `**Impact**: text` and `**Root causes**:` over a list as sections', () => {
    const pm = parse(
      lines('# Cache outage', '', '**Impact**: the staging API answered 503 for two hours.', '', '**Root causes**:', '', '- the cache node ran out of memory', '- eviction was turned off'),
    )
    expect(pm.resolved?.impact?.title).toBe('Impact')
    expect(pm.resolved?.['root-cause']?.title).toBe('Root causes')
  })

  it('reads `**Summary:** text` (colon inside the bold) as a section', () => {
    expect(parse(lines('**Summary:** a config push broke logins.')).resolved?.summary?.title).toBe('Summary')
  })

  it('reads a report written as a list of labelled items, values inline', () => {
    const pm = parse(lines('- **Identified**: a customer wrote in', '- **Impact**: uploads failed for 40 minutes', '- **Resolution**: the old bucket policy was restored'))
    expect(pm.resolved?.impact).toBeDefined()
    expect(pm.resolved?.resolution).toBeDefined()
  })

  it('does not take one bold word opening a bullet of an ordinary list for a section', () => {
    const pm = parse(lines('## Lessons learned', '', '- **Impact**: could have been worse', '- the pager worked', '- the runbook was current'))
    expect(pm.resolved?.impact).toBeUndefined()
  })

  it('does not take a metadata field for a section', () => {
    expect(parse(lines('**Severity**: P2')).resolved?.impact).toBeUndefined()
  })
})

describe('one section resolver for every rule', () => {
  it('takes contributing factors from "What went wrong" and never calls them missing', async () => {
    const text = lines('# Queue stall', '', '## What went wrong', '', '- the consumer had no lag alert', '- the retry loop had no back-off')
    const pm = parse(text)
    expect(pm.resolved?.['contributing-factors']?.title).toBe('What went wrong')
    expect(pm.factors.map((factor) => factor.text.value)).toEqual(['the consumer had no lag alert', 'the retry loop had no back-off'])
    expect((await findingsOf(text, 'required-sections')).join('\n')).not.toMatch(/Contributing Factors/)
    expect(await findingsOf(text, 'contributing-factors')).toEqual([])
  })

  it('takes a "Root causes" list of two or more as the contributing factors', () => {
    const pm = parse(lines('## Root causes', '', '- the job ran twice', '- nothing deduplicated the writes'))
    expect(pm.resolved?.['contributing-factors']?.title).toBe('Root causes')
  })

  it('does not take a single root-cause paragraph as the contributing factors', () => {
    const pm = parse(lines('## Root cause', '', 'A certificate expired.'))
    expect(pm.resolved?.['contributing-factors']).toBeUndefined()
  })

  it('reads a five-whys chain as contributing factors', () => {
    const pm = parse(lines('## Five whys', '', '1. The API failed because the pool was empty.', '2. The pool was empty because a deploy halved it.', '3. The deploy halved it because the default changed.'))
    expect(pm.factors).toHaveLength(3)
  })

  it('reads the innermost timeline when a context section holds a timeline heading', () => {
    const pm = parse(lines('# Context', '', 'Background prose.', '', '### Timeline', '', '- 10:05 UTC pager fires', '', '### Impact', '', '- every image broke'))
    expect(pm.timeline?.entries.map((entry) => entry.event?.value)).toEqual(['pager fires'])
  })
})
