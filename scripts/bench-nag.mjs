// `npm run bench` (after the pull-request bench): what one scheduled run of schedule mode costs.
//   - GitHub API requests for 300 open action items (20 post-mortems, their issues as merge mode
//     made them) of which 20 are due (10 overdue, 10 due within remind-before), first run and
//     same-day re-run. Goal: reads grow with pages of 100 issues, not with items; writes equal the
//     comments and labels due (plus one record edit per reminded issue and the digest); the same-day
//     re-run makes no write.
//   - The same with 1,200 items (80 post-mortems), to show how the reads grow.
// A benchmark, not a test: it prints figures and exits 0; it exits 1 only when it could not measure.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSources } from './lib/load-harness.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const entry = join(root, 'dist/index.js')
const START = '2026-03-02'

function fail(message) {
  console.error(`bench-nag: ${message}`)
  process.exit(1)
}

async function loadHarness() {
  const m = await loadSources(root, 'nag', { 'fake-github': 'test/harness/fake-github.ts', 'run-action': 'test/harness/run-action.ts', world: 'test/e2e/nag-world.ts', seed: 'test/e2e/nag-seed.ts', helpers: 'test/e2e/helpers.ts' })
  return { fake: m['fake-github'], runner: m['run-action'], world: m.world, seed: m.seed, helpers: m.helpers }
}

function count(gh) {
  const requests = gh.requests.filter((request) => request.fault === null)
  const reads = requests.filter((request) => !request.isWrite)
  const byWhat = (list) => {
    const counts = new Map()
    for (const request of list) {
      const what = request.graphqlOperationName ?? `${request.method} ${request.operationId ?? request.path}`
      counts.set(what, (counts.get(what) ?? 0) + 1)
    }
    return [...counts].map(([what, n]) => `${n} ${what}`).join(', ')
  }
  const writes = requests.filter((request) => request.isWrite)
  return {
    total: requests.length,
    reads: reads.length,
    pages: reads.filter((request) => request.operationId === 'issues/list-for-repo').length,
    writes: writes.length,
    readDetail: byWhat(reads),
    writeDetail: byWhat(writes),
  }
}

async function measure(modules, postmortems) {
  const { fake, runner, world, seed, helpers } = modules
  // 20 items due: 10 overdue (1..10 days late), 10 due within 3 days; every other item 60 days out.
  const shape = { postmortems, itemsPerPostmortem: 15, start: START, deadlineOffset: (k) => (k < 10 ? -(k + 1) : k < 20 ? (k - 10) % 4 : 60) }
  const items = world.buildWorld(shape)
  // Every item has an ID here, so all 300 are tracked.
  for (const postmortem of items) postmortem.items.forEach((item, index) => (item.id = `AI-${index + 1}`))
  const workspace = mkdtempSync(join(tmpdir(), 'pm-bench-nag-'))
  world.writeWorld(workspace, items)
  let clock = new Date(`${START}T07:17:00Z`)
  const gh = await fake.startFakeGitHub({ now: () => clock })
  try {
    gh.addToken('ghs_write', 'write')
    gh.addRepo({ owner: world.OWNER, name: world.REPO, collaborators: [...world.COLLABORATORS, ...world.AUTHORS] })
    const seeded = seed.seedIssues(gh, items, START)
    const runs = []
    for (const label of ['first run', 'same-day re-run']) {
      gh.clearRequests()
      const result = await runner.runAction({
        github: gh,
        eventName: 'schedule',
        event: fake.scheduleEvent({ owner: world.OWNER, repo: world.REPO, schedule: '17 7 * * *' }),
        workspace,
        inputs: helpers.inputs({ 'max-writes': '1000' }),
        env: { ...helpers.FAST_WRITES, POSTMORTEM_NOW: clock.toISOString() },
        timeoutMs: 300_000,
      })
      if (result.code !== 0) fail(`${label} exited ${result.code}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`)
      runs.push({ label, ...count(gh), ms: result.durationMs })
    }
    const comments = gh.state.issueComments.length
    const labelled = gh.state.issues.filter((issue) => issue.labels.some((l) => (typeof l === 'string' ? l : l.name) === 'overdue')).length
    return { issues: seeded.items.length + seeded.followUps.length, items: seeded.items.length, runs, comments, labelled }
  } finally {
    await gh.close()
    rmSync(workspace, { recursive: true, force: true })
  }
}

async function main() {
  if (!existsSync(entry)) fail(`${entry} is missing: run \`npm run build\` first`)
  const modules = await loadHarness()
  console.log('\nSchedule mode (one scheduled run, fake GitHub on 127.0.0.1; 20 items due: 10 overdue, 10 due soon)')
  for (const postmortems of [20, 80]) {
    const result = await measure(modules, postmortems)
    console.log(`  ${result.items} open items in ${postmortems} post-mortems (${result.issues} issues incl. follow-ups): ${result.comments} comments posted, ${result.labelled} labelled overdue`)
    for (const run of result.runs) {
      console.log(`    ${run.label.padEnd(16)} ${run.total} requests: ${run.reads} reads (${run.pages} issue-list pages of 100), ${run.writes} writes, in ${run.ms} ms`)
      console.log(`      reads:  ${run.readDetail}`)
      if (run.writes > 0) console.log(`      writes: ${run.writeDetail}`)
    }
  }
}

await main()
