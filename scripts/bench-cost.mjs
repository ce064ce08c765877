// `npm run bench:cost`: what a hostile file shape costs `postmortem lint` (dist/cli.js), next to
// an ordinary post-mortem in the same run: wall time as a ratio to the ordinary file, and peak
// memory (the child's max RSS). Each file is under the 1 MB size cap; the complexity guard should
// keep every one near the ordinary file's cost. A benchmark, not a test: it prints figures and
// exits 0 (1 only when a run crashed, because then the figures mean nothing).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist/cli.js')
const RUNS = 3
const HEAD = '# Post-Mortem: Queue backlog (2025-01-01)\n\n**Date**: 2025-01-01\n\n## Summary\n\nThe queue backed up.\n\n'
const clock = (i) => `${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`

const shapes = {
  'ordinary post-mortem (examples/)': readFileSync(join(root, 'examples/2025-06-02-checkout-outage-expired-certificate.md'), 'utf8'),
  '74,000-row timeline': `${HEAD}## Timeline (all times UTC)\n\n|Time|Event|\n|-|-|\n${Array.from({ length: 74_000 }, (_, i) => `|${clock(i)}|e|\n`).join('')}`,
  '100,000-row table': `${HEAD}## Notes\n\n| a | b |\n|---|---|\n${'|x|y|\n'.repeat(100_000)}`,
  '50,000 list items': `${HEAD}## Timeline (all times UTC)\n\n${Array.from({ length: 50_000 }, (_, i) => `- ${clock(i)} ev\n`).join('')}`,
  '1 MB line of short words': `${HEAD}${'ab '.repeat(330_000)}\n`,
  // The most a file can cost and still be linted: just under the table-row, list-item and word limits.
  'just under every limit (linted)': `${HEAD}## Timeline (all times UTC)\n\n| Time | Event | Source | Actor |\n|---|---|---|---|\n${Array.from({ length: 499 }, (_, i) => `| ${clock(i)} | The queue grew by ${i} jobs | metrics | scheduler |\n`).join('')}\n## Notes\n\n${Array.from({ length: 999 }, (_, i) => `- note ${i} on the queue\n`).join('')}\n${'The cache returned stale entries after the deploy and the queue grew. '.repeat(80).concat('\n\n').repeat(32)}`,
  '1 MB of ordinary paragraphs': `${HEAD}${'The cache returned stale entries after the deploy and the queue grew.\n\n'.repeat(12_000)}`,
}

// The child reports its own peak memory: node's resourceUsage().maxRSS, in KB.
const probe = `process.on('exit', () => process.stderr.write('\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'))`
const dir = mkdtempSync(join(tmpdir(), 'pm-bench-cost-'))
let crashed = false
const rows = []
try {
  for (const [name, text] of Object.entries(shapes)) {
    const file = join(dir, `${rows.length}.md`)
    writeFileSync(file, text)
    const times = []
    let rss = 0
    let verdict = ''
    for (let run = 0; run < RUNS; run++) {
      const start = process.hrtime.bigint()
      const child = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, cli, 'lint', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
      if (child.status !== 0 && child.status !== 1) crashed = true
      rss = Math.max(rss, Number(/maxRSS=(\d+)/.exec(child.stderr)?.[1] ?? 0))
      try {
        const findings = JSON.parse(child.stdout)[0]?.messages ?? []
        const guard = findings.find((finding) => /^too-/.test(finding.ruleId))
        verdict = guard ? guard.ruleId : `linted (${findings.length} findings)`
      } catch {
        verdict = `exit ${child.status}`
      }
    }
    times.sort((a, b) => a - b)
    rows.push({ name, kb: Math.round(Buffer.byteLength(text) / 1024), ms: times[Math.floor(times.length / 2)], rss, verdict })
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
const baseline = rows[0].ms
console.log(`postmortem lint on hostile shapes, median of ${RUNS} runs each, next to an ordinary post-mortem (same run)\n`)
console.log('| file | size | time | × ordinary | peak RSS | result |')
console.log('| --- | ---: | ---: | ---: | ---: | --- |')
for (const row of rows) console.log(`| ${row.name} | ${row.kb} KB | ${Math.round(row.ms)} ms | ${(row.ms / baseline).toFixed(2)} | ${Math.round(row.rss / 1024)} MB | ${row.verdict} |`)
process.exit(crashed ? 1 : 0)
