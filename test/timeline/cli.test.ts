// The built CLI end to end: `postmortem timeline` on the sample evidence, --into twice, `new --timeline-from`.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { assertBuilt, repoRoot, runCli, temporaryFolder } from '../cli/run-cli.js'

const evidence = join(repoRoot, 'examples/evidence')
const files = ['kubectl-checkout-api.txt', 'order-worker.jsonl', 'pgbouncer.logfmt', 'nginx-access.txt', 'prometheus-5xx-rate.json', 'alertmanager-alerts.json', 'pagerduty-log-entries.json', 'slack/incident-checkout/2025-02-09.json'].map((name) => `examples/evidence/${name}`)

beforeAll(assertBuilt)

describe('postmortem timeline', () => {
  it('drafts one sorted UTC table from every sample export', () => {
    const run = runCli(['timeline', ...files])
    expect(run.status).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.slice(0, 2)).toEqual(['| Time | Event | Source | Actor |', '|------|-------|--------|-------|'])
    expect(lines[2]).toMatch(/^\| 2025-02-09 10:04:\d\d \| First HTTP 502 responses/)
    expect(run.stdout).toContain('| 10:06:30 | Alert `CheckoutHighErrorRate` firing (severity page)')
    expect(run.stdout).toContain('| 10:09:12 | Page acknowledged | PagerDuty incident Q1CHK0UT, log entry R0ACK001, examples/evidence/pagerduty-log-entries.json | checkout-oncall (Sam Rivera) |')
    expect(run.stdout).toMatch(/\| 10:31:\d\d \| `\{service="checkout-api"\}` back to its baseline/)
    // Sorted: every clock after the first is not earlier than the one before it.
    const clocks = lines.slice(2).map((line) => line.split(' | ')[0]!.slice(-8))
    expect([...clocks].sort()).toEqual(clocks)
    // The sample's deliberately truncated JSON line is counted and reported, not fatal.
    expect(run.stderr).toContain('examples/evidence/order-worker.jsonl: 1 malformed line skipped (first at line 41)')
  })

  it('JSON output carries the window and ISO times', () => {
    const run = runCli(['timeline', files[5]!, files[6]!, '--format', 'json'])
    expect(run.status).toBe(0)
    const parsed = JSON.parse(run.stdout) as { window: { start: string; end: string }; rows: { time: string }[] }
    expect(parsed.window).toEqual({ start: '2025-02-09T10:06:30Z', end: '2025-02-09T10:44:30Z' })
    expect(parsed.rows[0]!.time).toBe('2025-02-09T10:06:30Z')
  })

  it('--since and --until clip the window', () => {
    const run = runCli(['timeline', files[6]!, '--since', '2025-02-09T10:09Z', '--until', '2025-02-09T11:15:00+01:00'])
    expect(run.stdout.trimEnd().split('\n').slice(2).map((line) => line.split(' | ')[1])).toEqual(['Page acknowledged', 'Incident escalated to the next level'])
  })

  it('an unknown file and a zone-less log are errors naming the file; the other files still count', () => {
    const folder = temporaryFolder()
    writeFileSync(join(folder, 'notes.txt'), 'we looked at the graphs\nthen we went home\n')
    writeFileSync(join(folder, 'local.log'), '2025-02-09 11:04:00 ERROR disk quota exceeded\n')
    const run = runCli(['timeline', join(folder, 'notes.txt'), join(folder, 'local.log'), files[5]!])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/notes\.txt: not a format the timeline knows; expected one of: kubectl logs --timestamps.*Slack channel export/)
    expect(run.stderr).toMatch(/local\.log:1: timestamp `2025-02-09 11:04:00` states no time zone; pass --assume-zone/)
    expect(run.stdout).toContain('Alert `CheckoutHighErrorRate` firing')
    const assumed = runCli(['timeline', join(folder, 'local.log'), '--assume-zone', 'Europe/Berlin'])
    expect(assumed.status).toBe(0)
    expect(assumed.stdout).toContain('| 2025-02-09 10:04:00 | Logged error `disk quota exceeded` |')
  })

  it('wrong options are usage errors', () => {
    expect(runCli(['timeline']).stderr).toContain('expected evidence files')
    expect(runCli(['timeline', 'a.log', '--since', '2025-02-09 10:00']).stderr).toContain('without a zone')
    expect(runCli(['timeline', 'a.log', '--threshold', '-1']).status).toBe(2)
    expect(runCli(['timeline', 'a.log', '--assume-zone', 'Mars/Base']).stderr).toContain('Unexpected --assume-zone')
    expect(runCli(['timeline', 'a.log', '--format', 'csv']).stderr).toContain('expected one of: markdown, json')
  })

  it('--into merges into the post-mortem, and a second run changes nothing', () => {
    const folder = temporaryFolder()
    const target = join(folder, 'pm.md')
    writeFileSync(
      target,
      '# Post-Mortem: Checkout errors (2025-02-09)\n\n**Date**: 2025-02-09\n\n## Timeline (all times UTC)\n\n| Time | Event | Source | Actor |\n|------|-------|--------|-------|\n| 10:05 | Support reports failed checkouts | ticket 8812 | support lead |\n| 10:40 | Incident closed | chat | incident commander |\n',
    )
    const first = runCli(['timeline', files[5]!, files[6]!, '--into', target])
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('11 new rows merged into the Timeline; 0 already there')
    const once = readFileSync(target, 'utf8')
    expect(once).toContain('| 10:05 | Support reports failed checkouts | ticket 8812 | support lead |\n| 10:06:30 | Alert `CheckoutHighErrorRate` firing')
    expect(once).toMatch(/\| 10:40 \| Incident closed \| chat \| incident commander \|\n\| 10:44:30 \| Incident resolved/)
    const second = runCli(['timeline', files[5]!, files[6]!, '--into', target])
    expect(second.stdout).toContain('0 new rows merged into the Timeline; 11 already there')
    expect(readFileSync(target, 'utf8')).toBe(once)
  })
})

describe('postmortem new --timeline-from', () => {
  it('starts a post-mortem with the drafted timeline, the incident date and Duration, which the timeline rules accept', () => {
    const folder = temporaryFolder()
    mkdirSync(join(folder, 'evidence'))
    for (const file of files.slice(5, 7)) copyFileSync(join(repoRoot, file), join(folder, 'evidence', file.split('/').pop()!))
    const run = runCli(['new', 'Checkout errors', '--dir', 'postmortems', '--timeline-from', 'evidence/alertmanager-alerts.json,evidence/pagerduty-log-entries.json'], { cwd: folder })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const [name] = readdirSync(join(folder, 'postmortems'))
    expect(name).toBe('2025-02-09-checkout-errors.md')
    const text = readFileSync(join(folder, 'postmortems', name!), 'utf8')
    expect(text).toContain('**Duration**: 0h 38min (10:06 - 10:44 UTC)')
    expect(text).not.toMatch(/^\| HH:MM/m)
    expect(text).toContain('| 10:06:30 | Alert `CheckoutHighErrorRate` firing')
    const lint = runCli(['lint', join('postmortems', name!), '--format', 'json'], { cwd: folder })
    const messages = (JSON.parse(lint.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]!.messages
    expect(messages.filter((message) => message.ruleId.startsWith('timeline-'))).toEqual([])
  })

  it('writes nothing when an evidence file cannot be read', () => {
    const folder = temporaryFolder()
    writeFileSync(join(folder, 'notes.txt'), 'no timestamps here\n')
    const run = runCli(['new', 'Checkout errors', '--dir', 'pm', '--timeline-from', 'notes.txt'], { cwd: folder })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('notes.txt: not a format the timeline knows')
    expect(() => readdirSync(join(folder, 'pm'))).toThrow()
  })
})
