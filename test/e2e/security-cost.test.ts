/**
 * Issue #11, "cost under the size cap": files under the 1 MB cap whose shape makes the parser,
 * the model or the language checks slow and hungry (a 74,000-row timeline, a huge table, 50,000
 * list items, a 1 MB line of short words). Through the built Action, on a 256 MB heap (today's
 * code needed 1 to 2.7 GB for these): each is reported as `too-complex` with the limit it
 * passed, and the ordinary post-mortem beside them is still linted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMPLEXITY_LIMITS, MAX_DOCUMENT_CHARS } from '../../src/lint/engine.js'
import { runAction } from '../harness/run-action.js'
import { SEARCH_PATH, searchV1 } from './fixtures/documents.js'
import { assertBuilt, findingsOf, inputs, makeWorkspace, removeWorkspace, E2E_TIMEOUT_MS } from './helpers.js'

const pushEvent = { ref: 'refs/heads/main', after: 'c'.repeat(40), repository: { full_name: 'acme/ops', owner: { login: 'acme' }, default_branch: 'main' } }
const HEAD = '# Post-Mortem: Queue backlog (2025-01-01)\n\n**Date**: 2025-01-01\n\n## Summary\n\nThe queue backed up.\n\n'
const clock = (i: number) => `${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`

const HOSTILE: Record<string, { text: string; limit: RegExp }> = {
  'postmortems/long-timeline.md': {
    text: `${HEAD}## Timeline (all times UTC)\n\n|Time|Event|\n|-|-|\n${Array.from({ length: 74_000 }, (_, i) => `|${clock(i)}|e|\n`).join('')}`,
    limit: new RegExp(`more than ${COMPLEXITY_LIMITS.tableRows} table rows`),
  },
  'postmortems/wide-table.md': {
    text: `${HEAD}## Notes\n\n| a | b |\n|---|---|\n${'|x|y|\n'.repeat(100_000)}`,
    limit: new RegExp(`more than ${COMPLEXITY_LIMITS.tableRows} table rows`),
  },
  'postmortems/long-list.md': {
    text: `${HEAD}## Timeline (all times UTC)\n\n${Array.from({ length: 50_000 }, (_, i) => `- ${clock(i)} ev\n`).join('')}`,
    limit: new RegExp(`more than ${COMPLEXITY_LIMITS.listItems} list items`),
  },
  'postmortems/one-line.md': {
    text: `${HEAD}${'ab '.repeat(330_000)}\n`,
    limit: new RegExp(`more than ${COMPLEXITY_LIMITS.wordsPerBlock} words`),
  },
  'postmortems/many-words.md': {
    text: `${HEAD}${'The cache returned stale entries after the deploy and the queue grew.\n\n'.repeat(12_000)}`,
    limit: new RegExp(`more than ${COMPLEXITY_LIMITS.words} words`),
  },
}

let workspace: string

beforeAll(async () => {
  assertBuilt()
  for (const [path, { text }] of Object.entries(HOSTILE)) expect(text.length, path).toBeLessThan(MAX_DOCUMENT_CHARS)
  workspace = await makeWorkspace({ ...Object.fromEntries(Object.entries(HOSTILE).map(([path, { text }]) => [path, text])), [SEARCH_PATH]: searchV1 })
})

afterAll(async () => {
  if (workspace) await removeWorkspace(workspace)
})

describe('files whose shape is costly', { timeout: E2E_TIMEOUT_MS }, () => {
  it('each is reported too-complex, naming the limit, on a small heap; the ordinary file beside them is linted', async () => {
    const result = await runAction({ eventName: 'push', event: pushEvent, workspace, inputs: inputs({ mode: 'lint' }), env: { NODE_OPTIONS: '--max-old-space-size=256' } })
    expect(result.signal, result.stderr).toBeNull()
    expect(result.code, result.stdout).toBe(1)
    expect(result.outputs['files']).toBe(String(Object.keys(HOSTILE).length + 1))
    for (const [path, { limit }] of Object.entries(HOSTILE)) {
      const row = result.summary.split(`### ${path}`)[1]?.split('### ')[0] ?? ''
      expect(row, path).toMatch(/too-complex/)
      expect(row, path).toMatch(limit)
    }
    const ordinary = await findingsOf(SEARCH_PATH, searchV1)
    for (const finding of ordinary) expect(result.summary).toContain(`| ${finding.line}:${finding.column} |`)
  })
})
