// `npm run bench` (after the lint bench): what one pull-request run costs.
//   - GitHub API requests for a pull request touching one post-mortem with 20 findings,
//     first run and re-run (goal: at most 6 plus pagination, + 2 re-reads after creating; a re-run with nothing new writes nothing),
//   - the size of dist/index.js and its cold start (goal: under 300 ms over a bare `node`).
// A benchmark, not a test: it prints figures and exits 0; it exits 1 only when it could not
// measure (no dist/, the run crashed), because then the figures mean nothing.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSources } from './lib/load-harness.mjs'
import { parse as parseYaml } from 'yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const entry = join(root, 'dist/index.js')
const STARTUP_RUNS = 15
const TARGET_FINDINGS = 20
const PM_PATH = 'postmortems/2025-08-14-queue-backlog.md'

function fail(message) {
  console.error(`bench-pr: ${message}`)
  process.exit(1)
}

/** A post-mortem whose action items carry TARGET_FINDINGS findings: each row lacks an owner and has no real deadline. */
function postmortemWithFindings(rows) {
  const items = Array.from({ length: rows }, (_, index) => `| AI-${index + 1} | Add a queue depth alert on consumer group ${index + 1} at 5000 messages | | soon | High |`)
  return `# Post-Mortem: Queue backlog after a consumer deploy (2025-08-14)

**Date**: 2025-08-14
**Duration**: 40min (06:00 - 06:40 UTC)
**Severity**: P3
**Authors**: @bench-author
**Reviewed**: 2025-08-30

## Summary

A consumer deploy stopped acknowledging messages and a backlog built up.

## Impact

Notifications were delayed by up to 40 minutes.

## Root Cause

The new consumer build read a renamed configuration key and fell back to manual acknowledgement.

## Timeline (all times UTC)

| Time | Event | Source | Actor |
|------|-------|--------|-------|
| 06:00 | Consumer deploy starts | deploy log | pipeline |
| 06:12 | Backlog alert fires | alerting | alerting |
| 06:30 | Deploy rolled back | deploy log | on-call engineer |
| 06:40 | Backlog drained | metrics | consumers |

## Contributing Factors

### Immediate Cause

The consumer fell back to manual acknowledgement.

### Contributing Factors

1. Renamed configuration keys are not checked at start-up.
2. The canary stage does not watch acknowledgement rates.

## Action Items

| ID | Action | Owner | Deadline | Priority |
|----|--------|-------|----------|----------|
${items.join('\n')}

## What Went Well

- The backlog alert fired within twelve minutes.

## Lessons Learned

- Configuration renames need a compatibility period.
`
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

// Reports, at exit, the process's own clock (ms since it started) and CPU time. CPU time is
// what the bundle costs; wall time also shows how busy the machine is.
const PRELOAD = `process.on('exit', () => { const cpu = process.cpuUsage(); process.stderr.write('\\nBENCH ' + JSON.stringify({ wall: performance.now(), cpu: (cpu.user + cpu.system) / 1000 }) + '\\n') })`
const PRELOAD_ARGS = ['--import', `data:text/javascript,${encodeURIComponent(PRELOAD)}`]

function measureProcess(args, env) {
  const result = spawnSync(process.execPath, [...PRELOAD_ARGS, ...args], { env, encoding: 'utf8' })
  if (result.status !== 0) fail(`${args.join(' ')} exited ${result.status}: ${result.stderr || result.stdout}`)
  const line = result.stderr.split('\n').find((text) => text.startsWith('BENCH '))
  if (line === undefined) fail(`${args.join(' ')} did not report its timing`)
  return JSON.parse(line.slice('BENCH '.length))
}

/** Cold start: a new process loads the bundle and run() finishes on an event it has nothing to do for. */
function coldStart(work) {
  const eventPath = join(work, 'noop-event.json')
  const outputPath = join(work, 'noop-output')
  writeFileSync(eventPath, JSON.stringify({ action: 'labeled', pull_request: { number: 1 } }))
  writeFileSync(outputPath, '')
  const env = {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    ...Object.fromEntries(Object.entries(defaultInputs()).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    'INPUT_GITHUB-TOKEN': 'unused',
  }
  measureProcess([entry], env) // warm the file cache: "cold" means a new process, not a cold disk
  const sample = (args) => {
    const runs = Array.from({ length: STARTUP_RUNS }, () => measureProcess(args, env))
    return { wall: median(runs.map((run) => run.wall)), cpu: median(runs.map((run) => run.cpu)) }
  }
  return { bundle: sample([entry]), bare: sample(['-e', '0']) }
}

async function loadHarness() {
  const m = await loadSources(root, 'pr', { 'fake-github': 'test/harness/fake-github.ts', 'run-action': 'test/harness/run-action.ts', engine: 'src/lint/engine.ts', defaults: 'src/config/defaults.ts' })
  return { fake: m['fake-github'], runner: m['run-action'], engine: m.engine, defaults: m.defaults }
}

/** Every input as the runner passes it: the defaults from action.yml (the only place they live). */
function defaultInputs() {
  const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8'))
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')]))
}

function countRequests(gh) {
  const requests = gh.requests.filter((request) => request.fault === null)
  const pages = requests.filter((request) => Number(request.query.page ?? '1') > 1 || /"cursor":"[^"]/.test(JSON.stringify(request.body ?? {}))).length
  return { total: requests.length, pagination: pages, writes: requests.filter((request) => request.isWrite).length }
}

async function requestCounts(work) {
  const { fake, runner, engine, defaults } = await loadHarness()
  const text = postmortemWithFindings(TARGET_FINDINGS / 2)
  const findings = (await engine.lintText(PM_PATH, text, defaults.defaultConfig())).findings.length
  const workspace = join(work, 'workspace')
  mkdirSync(join(workspace, 'postmortems'), { recursive: true })
  writeFileSync(join(workspace, PM_PATH), text)

  const gh = await fake.startFakeGitHub()
  try {
    gh.addToken('ghs_bench', 'write')
    gh.addRepo({ owner: 'acme', name: 'ops' })
    const headSha = 'e'.repeat(40)
    gh.addPullRequest({ owner: 'acme', repo: 'ops', number: 1, headSha, baseSha: 'f'.repeat(40), files: [{ filename: PM_PATH, status: 'added', patch: fake.makePatch(text) }] })
    const event = fake.pullRequestEvent({ action: 'opened', owner: 'acme', repo: 'ops', number: 1, headSha, baseSha: 'f'.repeat(40) })
    const inputs = { ...defaultInputs(), 'github-token': 'ghs_bench', paths: 'postmortems/**/*.md', 'fail-on': 'never' }
    const runs = []
    for (const label of ['first run', 're-run']) {
      gh.clearRequests()
      const result = await runner.runAction({ github: gh, eventName: 'pull_request', event, workspace, inputs, env: { POSTMORTEM_CREATE_INTERVAL_MS: '0', POSTMORTEM_WRITE_INTERVAL_MS: '0' } })
      if (result.code !== 0) fail(`${label} exited ${result.code}:\n${result.stdout}\n${result.stderr}`)
      runs.push({ label, ...countRequests(gh), ms: result.durationMs })
    }
    return { findings, runs, comments: gh.state.reviewComments.length }
  } finally {
    await gh.close()
  }
}

async function main() {
  if (!existsSync(entry)) fail(`${entry} is missing: run \`npm run build\` first`)
  const work = mkdtempSync(join(tmpdir(), 'pm-bench-pr-'))
  try {
    const size = statSync(entry).size
    const start = coldStart(work)
    const requests = await requestCounts(work)
    console.log('\nPull-request mode (one post-mortem, fake GitHub on 127.0.0.1)')
    console.log(`  findings in the post-mortem:      ${requests.findings} (target ${TARGET_FINDINGS}); review comments posted: ${requests.comments}`)
    for (const run of requests.runs) {
      // A run that creates re-reads once per kind it created (threads, comments) to undo a run at the same time.
      const allowed = run.writes > 0 ? 8 : 6
      const budget = run.total - run.pagination <= allowed ? 'within' : 'OVER'
      console.log(`  ${run.label.padEnd(9)} API requests:       ${run.total} (${run.pagination} pagination, ${run.writes} writes; ${budget} the budget of ${allowed} + pagination${run.writes > 0 ? ', 6 + 2 convergence re-reads' : ''}) in ${run.ms} ms`)
    }
    console.log(`  dist/index.js size:               ${(size / 1024).toFixed(0)} KiB (${size} bytes)`)
    const overhead = { wall: start.bundle.wall - start.bare.wall, cpu: start.bundle.cpu - start.bare.cpu }
    console.log(`  cold start (median of ${STARTUP_RUNS}, a run with nothing to do, over a bare node; goal < 300 ms):`)
    console.log(`    CPU time:  +${overhead.cpu.toFixed(0)} ms (${start.bundle.cpu.toFixed(0)} ms vs ${start.bare.cpu.toFixed(0)} ms)`)
    console.log(`    wall time: +${overhead.wall.toFixed(0)} ms (${start.bundle.wall.toFixed(0)} ms vs ${start.bare.wall.toFixed(0)} ms; includes waiting for a busy CPU)`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

await main()
