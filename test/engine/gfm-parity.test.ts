/**
 * The linter's lean GFM parse (no autolink literals) and skipped message control find exactly what
 * the remark preset (full remark-gfm, message control) finds: on the bundled documents, on 60
 * generated post-mortems (the bench's generator) and on documents full of bare URLs and comments.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generatedPostmortem, mulberry32 } from '../../scripts/lib/generate-postmortems.mjs'
import { bothWays } from './parity.js'

const root = resolve(import.meta.dirname, '../..')
const bundled = ['postmortems-template/postmortems', 'examples'].flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(folder, name)),
)

const BARE_URLS = `# Post-Mortem: Webhook relay timeouts (2026-02-03)

**Date**: 2026-02-03
**Severity**: P2
**Authors**: @relay-team

## Summary

Webhooks to https://hooks.example.com/in timed out; see www.example.org/status and ops@example.com.

## Timeline (all times UTC)

| Time | Event | Source | Actor |
|---|---|---|---|
| 10:02 | Timeouts begin at https://hooks.example.com/in | https://grafana.example.com/d/abc | relay |
| 10:09 | Pager fires <!-- postmortem-lint ignore timeline-complete --> | www.pagerduty.example/incidents/1 | on-call |

## Action Items

| ID | Action | Owner | Deadline | Priority |
|---|---|---|---|---|
| AI-1 | Cap retries at https://relay.example.com/config to 3 | @relay-team | 2026-02-20 | P2 |
`

describe('lean parse and skipped message control change no finding', () => {
  for (const path of bundled) {
    it(path, async () => {
      const { linter, preset } = await bothWays(path, readFileSync(join(root, path), 'utf8'))
      expect(linter).toEqual(preset)
    })
  }

  it('60 generated post-mortems', async () => {
    const random = mulberry32(20250311)
    let findings = 0
    for (let index = 0; index < 60; index++) {
      const { name, text } = generatedPostmortem(index, random)
      const { linter, preset } = await bothWays(name, text)
      expect(linter, name).toEqual(preset)
      findings += linter.length
    }
    expect(findings).toBeGreaterThan(40)
  })

  it('a document full of bare URLs, e-mail addresses and a lint comment', async () => {
    const { linter, preset } = await bothWays('bare-urls.md', BARE_URLS)
    expect(linter).toEqual(preset)
    expect(linter.some((line) => line.includes('timeline'))).toBe(false)
  })
})
