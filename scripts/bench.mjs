// `npm run bench`: how fast `postmortem lint` is, on real and generated post-mortems, next to
// remark-cli with remark-preset-lint-recommended on the SAME files in the same run.
// A benchmark, not a test: it prints figures (and writes bench-results/lint-bench.md) and
// exits 0; it exits 1 only when a tool crashed, because then the figures mean nothing.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    files: { type: 'string', default: '1000' },
    corpus: { type: 'string', default: resolve(root, '../shared/corpus/real-postmortems') },
    // Only write the generated set into DIR and stop (to profile or inspect it).
    generate: { type: 'string' },
  },
})
const RUNS = positiveInteger(values.runs, '--runs')
const GENERATED = positiveInteger(values.files, '--files')
const STARTUP_RUNS = 10
const SEED = 20250311

const ourCli = join(root, 'dist/cli.js')
const remarkCli = join(root, 'node_modules/remark-cli/cli.js')
const remarkPreset = join(root, 'node_modules/remark-preset-lint-recommended/index.js')
const ours = (target = '.') => [ourCli, 'lint', target]
// --no-stdout: lint only, never write documents back; --frail: warnings count, like our errors.
const peer = (target = '.') => [remarkCli, '--use', remarkPreset, '--quiet', '--frail', '--no-stdout', '--no-color', target]
// The same peer doing the same parsing work as ours: remark-gfm parses tables (timelines and action
// items are tables), which the recommended preset alone never does.
const remarkGfm = join(root, 'node_modules/remark-gfm/index.js')
const peerGfm = (target = '.') => [remarkCli, '--use', remarkGfm, '--use', remarkPreset, '--quiet', '--frail', '--no-stdout', '--no-color', target]

function main() {
  if (values.generate !== undefined) {
    generatePostmortems(resolve(values.generate), GENERATED, SEED)
    process.stdout.write(`Wrote ${GENERATED} post-mortems to ${values.generate}\n`)
    return
  }
  for (const [path, hint] of [
    [ourCli, 'run `npm run build` first'],
    [remarkCli, 'remark-cli is a devDependency: run `npm ci`'],
    [remarkPreset, 'remark-preset-lint-recommended is a devDependency: run `npm ci`'],
  ]) {
    if (!existsSync(path)) fail(`${path} is missing: ${hint}`)
  }
  if (!existsSync(values.corpus)) fail(`corpus folder ${values.corpus} is missing (pass --corpus DIR)`)
  const work = mkdtempSync(join(tmpdir(), 'pm-bench-'))
  try {
    const generatedDir = join(work, 'generated')
    generatePostmortems(generatedDir, GENERATED, SEED)
    const datasets = [
      { name: 'real corpus', dir: values.corpus, files: countMarkdown(values.corpus) },
      { name: `generated (${GENERATED})`, dir: generatedDir, files: GENERATED },
    ]

    const rows = []
    for (const dataset of datasets) {
      checkBothLintEverything(dataset)
      const ours_ = timeRuns(() => run(ours(), dataset.dir), RUNS)
      const oursOneThread = timeRuns(() => run([...ours(), '--threads', '1'], dataset.dir), RUNS)
      const peer_ = timeRuns(() => run(peer(), dataset.dir), RUNS)
      const peerWithGfm = timeRuns(() => run(peerGfm(), dataset.dir), RUNS)
      rows.push({ ...dataset, ours: ours_, oursOneThread, peer: peer_, peerGfm: peerWithGfm })
    }

    const oneFile = readdirSync(values.corpus).filter((name) => name.endsWith('.md')).sort()[0]
    const floor = timeRuns(() => run(['-e', '0'], root), STARTUP_RUNS)
    const single = timeRuns(() => run(ours(oneFile), values.corpus), STARTUP_RUNS)
    const peerSingle = timeRuns(() => run(peer(oneFile), values.corpus), STARTUP_RUNS)

    const report = renderReport(rows, { oneFile, floor, single, peerSingle })
    process.stdout.write(report)
    mkdirSync(join(root, 'bench-results'), { recursive: true })
    writeFileSync(join(root, 'bench-results/lint-bench.md'), report)
    process.stdout.write('\nWritten to bench-results/lint-bench.md\n')
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * Runs `node <args>` in `cwd` and returns its wall time and, on Linux, its CPU time (user + system,
 * all threads). CPU time barely moves when other processes compete for the machine; wall time does.
 * Lint exit codes 0 and 1 are results; anything else is a crash.
 */
function run(args, cwd) {
  const cpuBefore = childrenCpuMs()
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
  const wall = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0 && result.status !== 1) {
    fail(`\`node ${args.join(' ')}\` in ${cwd} ended with ${result.signal ?? `exit ${result.status}`}:\n${String(result.stderr).slice(0, 2000)}`)
  }
  const cpuAfter = childrenCpuMs()
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore }
}

/** CPU time of this process's finished children (/proc/self/stat cutime + cstime, in 10 ms ticks). */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    // After "pid (comm) ", cutime and cstime are the 14th and 15th fields.
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return undefined
  }
}

/** One untimed warm-up (disk cache), then the medians of `count` timed runs. */
function timeRuns(measure, count) {
  measure()
  const runs = Array.from({ length: count }, measure)
  const cpus = runs.map((one) => one.cpu)
  return { wall: median(runs.map((one) => one.wall)), cpu: cpus.includes(undefined) ? undefined : median(cpus) }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Before timing: both tools must really lint every file, or the comparison means nothing. */
function checkBothLintEverything(dataset) {
  const result = spawnSync(process.execPath, [ourCli, 'lint', '.', '--format', 'json'], { cwd: dataset.dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  if (result.status !== 0 && result.status !== 1) fail(`postmortem lint crashed on ${dataset.name}:\n${result.stderr}`)
  const linted = JSON.parse(result.stdout).length
  if (linted !== dataset.files) fail(`postmortem lint reported ${linted} files in ${dataset.name}, expected ${dataset.files}`)
  // Without --quiet remark names every file it processed, with its findings or "no issues found".
  const peerRun = spawnSync(process.execPath, peer().filter((arg) => arg !== '--quiet'), { cwd: dataset.dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  const peerFiles = peerRun.stderr.split('\n').filter((line) => /^\S.*\.md(:|$)/.test(line)).length
  if (peerFiles !== dataset.files) fail(`remark processed ${peerFiles} files in ${dataset.name}, expected ${dataset.files}`)
}

function renderReport(rows, single) {
  const cpuKnown = rows.every((row) => row.ours.cpu !== undefined)
  const ratio = (a, b) => (a / b).toFixed(2)
  const lines = [
    '# `postmortem lint` speed',
    '',
    `Measured ${new Date().toISOString().slice(0, 16)}Z on node ${process.version}, ${process.platform}/${process.arch}, ` +
      `${availableParallelism()} CPUs, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} at the end. ` +
      `Each figure: the whole command, start-up included, median of ${RUNS} runs after one warm-up.`,
    'Peer: `remark --use remark-preset-lint-recommended --quiet --frail --no-stdout` on the same files.',
    '',
    '## Throughput (wall time)',
    '',
    '| Files | Count | postmortem lint | files/s | same, `--threads 1` | files/s | remark-cli (recommended) | files/s | ratio ours/peer | ratio 1 thread/peer |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.files} | ${ms(row.ours.wall)} | ${perSecond(row.files, row.ours.wall)} | ${ms(row.oursOneThread.wall)} | ${perSecond(row.files, row.oursOneThread.wall)} | ` +
        `${ms(row.peer.wall)} | ${perSecond(row.files, row.peer.wall)} | ${ratio(row.ours.wall, row.peer.wall)} | ${ratio(row.oursOneThread.wall, row.peer.wall)} |`,
    ),
    '',
  ]
  if (cpuKnown) {
    lines.push(
      '## CPU time (user + system, all threads: steadier than wall time on a busy machine)',
      '',
      '| Files | postmortem lint | same, `--threads 1` | remark-cli | ratio 1 thread/peer |',
      '|---|---:|---:|---:|---:|',
      ...rows.map(
        (row) => `| ${row.name} | ${ms(row.ours.cpu)} | ${ms(row.oursOneThread.cpu)} | ${ms(row.peer.cpu)} | ${ratio(row.oursOneThread.cpu, row.peer.cpu)} |`,
      ),
      '',
    )
  }
  lines.push(
    '## Against the same peer doing the same parsing (remark-cli with remark-gfm and the recommended preset)',
    '',
    '| Files | postmortem lint, `--threads 1` | remark-cli + remark-gfm | ratio (wall) |',
    '|---|---:|---:|---:|',
    ...rows.map((row) => `| ${row.name} | ${ms(row.oursOneThread.wall)} | ${ms(row.peerGfm.wall)} | ${ratio(row.oursOneThread.wall, row.peerGfm.wall)} |`),
    '',
  )
  lines.push(
    `## One file (\`${single.oneFile}\`), start to finish, median of ${STARTUP_RUNS}`,
    '',
    `| Command | Wall |${cpuKnown ? ' CPU |' : ''}`,
    `|---|---:|${cpuKnown ? '---:|' : ''}`,
    ...[
      ['`node -e 0` (floor)', single.floor],
      ['`postmortem lint <file>`', single.single],
      ['`remark <file>` (peer)', single.peerSingle],
    ].map(([name, time]) => `| ${name} | ${ms(time.wall)} |${cpuKnown ? ` ${ms(time.cpu)} |` : ''}`),
    '',
    `Goals: ratio <= 1.00 (${rows.every((row) => row.ours.wall <= row.peer.wall) ? 'met' : 'NOT met'}); ` +
      `one file under 300 ms (${single.single.wall < 300 ? 'met' : 'NOT met'}).`,
    '',
  )
  return lines.join('\n')
}

function ms(value) {
  return `${value.toFixed(0)} ms`
}

function perSecond(files, milliseconds) {
  return (files / (milliseconds / 1000)).toFixed(0)
}

function countMarkdown(dir) {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.md')).length
}

function positiveInteger(text, name) {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) fail(`${name} expects a positive integer, got ${text}`)
  return value
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`)
  process.exit(1)
}

// ---------------------------------------------------------------------------------------------
// Generated post-mortems: a seeded generator, so every run lints the same 1,000 documents.
// Sizes vary from a short note to a long report; timelines are tables or lists; about a third
// carry flaws (local times, missing owners, vague items, blame wording) so rules do real work.

function generatePostmortems(dir, count, seed) {
  mkdirSync(dir, { recursive: true })
  const random = mulberry32(seed)
  for (let index = 0; index < count; index++) {
    const { name, text } = generatedPostmortem(index, random)
    writeFileSync(join(dir, name), text)
  }
}

function mulberry32(seed) {
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

function generatedPostmortem(index, random) {
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

main()
