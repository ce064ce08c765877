// `npm start`: lints the bundled example post-mortems (one clean, one deliberately flawed) and
// explains the result, then drafts a timeline from the sample evidence in examples/evidence/. Exit code 1 from the linter is the expected outcome here, so this script
// exits 0 for it (npm would otherwise print an error banner); it fails only when the CLI itself
// does (exit 2, a signal, or no build).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const targets = ['postmortems-template/postmortems/', 'examples/']

if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('dist/cli.js is missing: run `npm run build` first.')
  process.exit(2)
}

console.log(`$ postmortem lint ${targets.join(' ')}\n`)
const result = spawnSync(process.execPath, [join(root, 'bin/postmortem.js'), 'lint', ...targets, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})

if (result.signal !== null || result.status === null) {
  console.error(`\nThe linter was stopped by ${result.signal ?? 'an unknown cause'}.`)
  process.exit(2)
}
if (result.status === 0) {
  console.log('\nExit code 0: no errors. (The flawed example is expected to have some: has it been fixed?)')
} else if (result.status === 1) {
  console.log(
    '\nExit code 1: errors were found, as intended here. examples/ holds a deliberately flawed first draft;' +
      '\nthe post-mortem in postmortems-template/postmortems/ is the clean reference and has none.' +
      '\nTry `node bin/postmortem.js lint examples/ --format json` (or sarif, github) for other formats.',
  )
} else {
  console.error(`\nExit code ${result.status}: the linter could not run (see the message above).`)
  process.exit(result.status)
}

// The timeline drafted from one made-up incident's exports: logs, metrics, alerts, pages, chat.
const evidence = [
  'kubectl-checkout-api.txt',
  'order-worker.jsonl',
  'pgbouncer.logfmt',
  'nginx-access.txt',
  'prometheus-5xx-rate.json',
  'prometheus-instant.json',
  'alertmanager-alerts.json',
  'pagerduty-log-entries.json',
  'slack/incident-checkout/2025-02-09.json',
].map((name) => `examples/evidence/${name}`)
console.log(`\n$ postmortem timeline ${evidence.join(' ')}\n`)
const timeline = spawnSync(process.execPath, [join(root, 'bin/postmortem.js'), 'timeline', ...evidence], { cwd: root, stdio: 'inherit' })
if (timeline.status !== 0) {
  console.error(`\nExit code ${timeline.status ?? timeline.signal}: the timeline could not be drafted (see the message above).`)
  process.exit(2)
}
console.log(
  '\nA draft Timeline in the template\'s shape, all times UTC. The malformed-line note above is expected:' +
    '\nthe sample JSON-lines log holds one cut-off line. Merge it into a post-mortem with --into FILE,' +
    '\nor start one with `postmortem new "Title" --timeline-from FILES` (see docs/timeline.md).',
)
