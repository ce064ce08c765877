// `npm run bench` (after the pull-request bench): what one merge-mode run costs in GitHub API
// requests, for one post-mortem with N action items (N = 5 and N = 50), first run and re-run.
// Goal: first run at most 2 writes per item (create, link) + 1 check per distinct owner + 8
// other requests, pagination aside; a re-run at most 3 requests plus pages, and no write.
// A benchmark, not a test: it prints figures and exits 0; it exits 1 only when it could not
// measure (no dist/, a run failed), because then the figures mean nothing.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSources } from './lib/load-harness.mjs'
import { parse } from 'yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const entry = join(root, 'dist/index.js')
const PM_PATH = 'postmortems/2026-01-12-queue-backlog.md'
const OWNERS = ['rin-ops', 'tomas-dev', 'ade-sre']

function fail(message) {
  console.error(`bench-sync: ${message}`)
  process.exit(1)
}

async function loadHarness() {
  const m = await loadSources(root, 'sync', { 'fake-github': 'test/harness/fake-github.ts', 'run-action': 'test/harness/run-action.ts', documents: 'test/e2e/fixtures/sync-documents.ts' })
  return { fake: m['fake-github'], runner: m['run-action'], documents: m.documents }
}

/** Every input as the runner passes it: the defaults from action.yml. */
function defaultInputs() {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')]))
}

function countRequests(gh) {
  const requests = gh.requests.filter((request) => request.fault === null)
  const pages = requests.filter((request) => Number(request.query.page ?? '1') > 1).length
  const checks = requests.filter((request) => request.path.includes('/assignees/')).length
  return { total: requests.length, pagination: pages, writes: requests.filter((request) => request.isWrite).length, ownerChecks: checks }
}

async function measure(modules, work, n) {
  const { fake, runner, documents } = modules
  const items = Array.from({ length: n }, (_, index) => ({
    id: `AI-${index + 1}`,
    action: `Automate step ${index + 1} of the broker upgrade checklist`,
    owner: `@${OWNERS[index % OWNERS.length]}`,
    deadline: '2026-04-01',
    priority: ['High', 'Medium', 'Low'][index % 3],
  }))
  const workspace = join(work, `workspace-${n}`)
  mkdirSync(join(workspace, 'postmortems'), { recursive: true })
  writeFileSync(join(workspace, PM_PATH), documents.postmortemText({ title: 'Order queue backlog', date: '2026-01-12', items }))
  // Creation limits off: pacing is not what this counts (the Action paces 3 s apart on GitHub).
  const gh = await fake.startFakeGitHub({ contentCreationLimits: false })
  try {
    gh.addToken('ghs_bench', 'write')
    gh.addRepo({ owner: 'acme', name: 'ops', collaborators: OWNERS })
    const base = 'b'.repeat(40)
    const runs = []
    for (const [label, after] of [['first run', 'c'.repeat(40)], ['re-run', 'd'.repeat(40)]]) {
      gh.addComparison({ owner: 'acme', repo: 'ops', base, head: after, files: [{ filename: PM_PATH, status: label === 'first run' ? 'added' : 'modified' }] })
      const event = fake.pushEvent({ owner: 'acme', repo: 'ops', before: base, after })
      gh.clearRequests()
      const result = await runner.runAction({
        github: gh,
        eventName: 'push',
        event,
        workspace,
        inputs: { ...defaultInputs(), 'github-token': 'ghs_bench', 'fail-on': 'never', 'max-writes': '1000' },
        env: { POSTMORTEM_CREATE_INTERVAL_MS: '0', POSTMORTEM_WRITE_INTERVAL_MS: '0' },
        timeoutMs: 300_000,
      })
      if (result.code !== 0) fail(`N=${n} ${label} exited ${result.code}:\n${result.stdout}\n${result.stderr}`)
      runs.push({ label, ...countRequests(gh), ms: result.durationMs })
    }
    return runs
  } finally {
    await gh.close()
  }
}

async function main() {
  if (!existsSync(entry)) fail(`${entry} is missing: run \`npm run build\` first`)
  const work = mkdtempSync(join(tmpdir(), 'pm-bench-sync-'))
  try {
    const modules = await loadHarness()
    console.log('\nMerge mode (one post-mortem with N action items, fake GitHub on 127.0.0.1)')
    for (const n of [5, 50]) {
      const owners = Math.min(n, OWNERS.length)
      const firstGoal = 2 * n + owners + 8
      for (const run of await measure(modules, work, n)) {
        const counted = run.total - run.pagination
        const goal = run.label === 'first run' ? firstGoal : 3
        const verdict = counted <= goal && (run.label === 'first run' || run.writes === 0) ? 'within' : 'OVER'
        console.log(
          `  N=${String(n).padEnd(3)} ${run.label.padEnd(9)} requests: ${String(run.total).padStart(4)} (${run.pagination} pagination, ${run.writes} writes, ${run.ownerChecks} owner checks; ${verdict} the goal of ${goal}${run.label === 'first run' ? ` = 2x${n} + ${owners} owners + 8` : ' and no write'}) in ${run.ms} ms`,
        )
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

await main()
