// A seeded generator of post-mortems, so every bench run (and the parity test) lints the same documents.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// ---------------------------------------------------------------------------------------------
// Generated post-mortems: a seeded generator, so every run lints the same 1,000 documents.
// Sizes vary from a short note to a long report; timelines are tables or lists; about a third
// carry flaws (local times, missing owners, vague items, blame wording) so rules do real work.

export function generatePostmortems(dir, count, seed) {
  mkdirSync(dir, { recursive: true })
  const random = mulberry32(seed)
  for (let index = 0; index < count; index++) {
    const { name, text } = generatedPostmortem(index, random)
    writeFileSync(join(dir, name), text)
  }
}

export function mulberry32(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYSTEMS = ['search indexer', 'billing exporter', 'image resizer', 'session store', 'feature-flag service', 'mail relay', 'ledger database', 'edge cache', 'report scheduler', 'auth gateway']
const TRIGGERS = ['a configuration push', 'a certificate rotation', 'a schema migration', 'a DNS record change', 'a dependency upgrade', 'a traffic spike from a partner batch job', 'a disk filling on one node', 'an API token expiring']
const SOURCES = ['deploy log', 'alert', 'dashboard', 'incident channel', 'audit log', 'status page', 'runbook']
const ACTORS = ['on-call engineer', 'incident commander', 'deploy pipeline', 'autoscaler', 'support lead', 'database']
const VERBS = ['Add', 'Alert on', 'Automate', 'Document', 'Cap', 'Split', 'Test', 'Replace']
const BLAME = ['The operator forgot to check the dashboard.', 'This was human error by the release manager.', 'Sam should have waited for the canary.']
const PRIORITIES = ['High', 'Medium', 'Low', 'P1', 'P2']

export function generatedPostmortem(index, random) {
  const pick = (list) => list[Math.floor(random() * list.length)]
  const between = (low, high) => low + Math.floor(random() * (high - low + 1))
  const flawed = random() < 0.35
  const day = new Date(Date.UTC(2023, 0, 1) + between(0, 900) * 86_400_000).toISOString().slice(0, 10)
  const system = pick(SYSTEMS)
  const trigger = pick(TRIGGERS)
  const start = between(0, 20 * 60)
  const entries = between(3, 40)
  const step = between(2, 9)
  const end = start + entries * step
  const clock = (minutes) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  const paragraphs = (count) =>
    Array.from({ length: count }, () =>
      `The ${pick(SYSTEMS)} depended on the ${system} through ${pick(TRIGGERS).replace(/^a /, 'the path touched by a ')}, and retries multiplied the load by ${between(2, 9)}.`,
    ).join(' ')

  const lines = [`# Post-Mortem: ${system} degraded after ${trigger} (${day})`, '']
  lines.push(`**Date**: ${day}`)
  if (!(flawed && random() < 0.3)) lines.push(`**Duration**: ${Math.floor((end - start) / 60)}h ${(end - start) % 60}min (${clock(start)} - ${clock(end)} UTC)`)
  lines.push(`**Severity**: ${flawed && random() < 0.3 ? 'pretty bad' : `P${between(0, 4)}`}`)
  lines.push(`**Authors**: @author-${between(1, 50)}, @acme/team-${between(1, 9)}`, '')
  lines.push('## Summary', '', paragraphs(between(1, 4)), '')
  lines.push('## Impact', '', `${between(1, 99)}% of requests to the ${system} failed for ${end - start} minutes.`, '')
  lines.push('## Root Cause', '', paragraphs(between(1, 6)), flawed && random() < 0.5 ? pick(BLAME) : '', '')

  const zone = flawed && random() < 0.3 ? 'PST' : 'UTC'
  lines.push(`## Timeline (all times ${zone})`, '')
  const timeline = Array.from({ length: entries }, (_, i) => ({
    time: clock(start + i * step + (flawed && i === 2 ? -step * 2 : 0)),
    event: `${pick(VERBS)} step ${i + 1}: the ${pick(SYSTEMS)} reported ${between(1, 500)} errors per second`,
    source: flawed && random() < 0.1 ? '' : pick(SOURCES),
    actor: pick(ACTORS),
  }))
  if (random() < 0.6) {
    lines.push('| Time | Event | Source | Actor |', '|------|-------|--------|-------|')
    for (const entry of timeline) lines.push(`| ${entry.time} | ${entry.event} | ${entry.source} | ${entry.actor} |`)
  } else {
    for (const entry of timeline) lines.push(`- **${entry.time}** ${entry.event}${entry.source ? ` (source: ${entry.source})` : ''}`)
  }
  lines.push('')

  lines.push('## Contributing Factors', '', '### Immediate Cause', '', `${trigger} reached the ${system}.`, '', '### Contributing Factors', '')
  const factors = flawed && random() < 0.4 ? 1 : between(2, 6)
  for (let i = 1; i <= factors; i++) lines.push(`${i}. ${paragraphs(1)}`)
  lines.push('', '### Systemic Issues', '', paragraphs(between(1, 3)), '')

  lines.push('## Action Items', '', '| ID | Action | Owner | Deadline | Priority |', '|----|--------|-------|----------|----------|')
  const items = between(1, 12)
  for (let i = 1; i <= items; i++) {
    const vague = flawed && random() < 0.2
    const action = vague ? 'Improve monitoring' : `${pick(VERBS)} a limit of ${between(10, 900)} requests per second on the ${pick(SYSTEMS)}`
    const owner = flawed && random() < 0.2 ? 'TBD' : `@owner-${between(1, 80)}`
    const deadline = flawed && random() < 0.2 ? 'next sprint' : new Date(Date.parse(day) + between(3, 90) * 86_400_000).toISOString().slice(0, 10)
    lines.push(`| AI-${i} | ${action} | ${owner} | ${deadline} | ${pick(PRIORITIES)} |`)
  }
  lines.push('', '## What Went Well', '', paragraphs(1), '', '## Lessons Learned', '', paragraphs(between(1, 3)), '', '## Prevention', '', paragraphs(1), '')
  return { name: `${day}-${String(index).padStart(4, '0')}-${system.replace(/\W+/g, '-')}.md`, text: lines.join('\n') }
}

