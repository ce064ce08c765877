/**
 * On every real post-mortem, no timeline or action items are silently dropped: a timeline section
 * yields entries or a finding saying why not, and so does an action-item section.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import { SHARED_CORPUS } from '../corpus-location.js'

const documents = ['real-postmortems', 'real-postmortems-2'].flatMap((folder) =>
  readdirSync(resolve(SHARED_CORPUS, folder))
    .filter((name) => name.endsWith('.md') && name !== 'SOURCES.md')
    .map((name) => `${folder}/${name}`),
)

describe.each(documents)('%s', (path) => {
  it('reads its timeline and action items, or says why not', async () => {
    const linted = await lintText(path, readFileSync(resolve(SHARED_CORPUS, path), 'utf8'), defaultConfig())
    const pm = linted.postmortem
    expect(pm).toBeDefined()
    const said = (rule: string) => linted.findings.some((finding) => finding.ruleId === rule)
    if (pm?.resolved?.timeline) expect((pm.timeline?.entries.length ?? 0) > 0 || said('timeline-complete')).toBe(true)
    if (pm?.resolved?.['action-items']) expect(pm.actionItems.length > 0 || said('action-item-id')).toBe(true)
    // Completed items are never asked for a deadline.
    const doneLines = new Set(pm?.actionItems.filter((item) => item.done).map((item) => item.span.start.line))
    expect(linted.findings.filter((finding) => doneLines.has(finding.line) && /deadline/.test(finding.message))).toEqual([])
  })
})
