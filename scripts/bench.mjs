// `npm run bench` (first part): how fast `postmortem lint` is, next to peers on the SAME files in
// the same run. Runs alternate (ours, peer, ours, peer, ...) so a load change on the machine hits
// every tool alike; each row gives min / median / max of wall time, the median CPU time and the
// peak memory (max RSS, threads included). It leads with the like-for-like peer, remark-cli with
// remark-gfm (it parses tables, as we must: timelines and action items are tables), with
// markdownlint-cli2 beside it. A benchmark, not a test: it prints figures, writes
// bench-results/lint-bench.md and exits 0; it exits 1 only when a tool crashed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { generatePostmortems } from './lib/generate-postmortems.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    // Sizes of the generated sets, comma-separated.
    files: { type: 'string', default: '1000,5000' },
    // Folders of real post-mortems, repeatable; default: both shared corpora when present.
    corpus: { type: 'string', multiple: true },
    // Only write a generated set of --files documents into DIR and stop (to profile or inspect it).
    generate: { type: 'string' },
  },
})
const RUNS = positiveInteger(values.runs, '--runs')
const SIZES = values.files.split(',').map((size) => positiveInteger(size.trim(), '--files'))
const STARTUP_RUNS = 10
const SEED = 20250311
const defaultCorpora = ['real-postmortems', 'real-postmortems-2'].map((name) => resolve(root, '../shared/corpus', name))
const corpora = values.corpus?.map((dir) => resolve(dir)) ?? defaultCorpora.filter((dir) => existsSync(dir))

const ourCli = join(root, 'dist/cli.js')
const ourAction = join(root, 'dist/index.js')
const remarkCli = join(root, 'node_modules/remark-cli/cli.js')
const remarkGfm = join(root, 'node_modules/remark-gfm/index.js')
const remarkPreset = join(root, 'node_modules/remark-preset-lint-recommended/index.js')
const markdownlint = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs')
const rssProbe = join(root, 'scripts/lib/report-rss.mjs')

/** The tools, as `node <args>` run in the folder to lint; `target` is a file or '.'. */
const TOOLS = {
  ours: { label: '`postmortem lint`', args: (target = '.') => [ourCli, 'lint', target] },
  oursOneThread: { label: '`postmortem lint --threads 1`', args: (target = '.') => [ourCli, 'lint', target, '--threads', '1'] },
  // --no-stdout: lint only, never write documents back; --frail: warnings count, like our errors.
  remarkGfm: {
    label: 'remark-cli + remark-gfm + recommended',
    args: (target = '.') => [remarkCli, '--use', remarkGfm, '--use', remarkPreset, '--quiet', '--frail', '--no-stdout', '--no-color', target],
  },
  markdownlint: { label: 'markdownlint-cli2', args: (target = '.') => [markdownlint, target === '.' ? '**/*.md' : target] },
}

function main() {
  if (values.generate !== undefined) {
    generatePostmortems(resolve(values.generate), SIZES[0], SEED)
    process.stdout.write(`Wrote ${SIZES[0]} post-mortems to ${values.generate}\n`)
    return
  }
  for (const [path, hint] of [
    [ourCli, 'run `npm run build` first'],
    [remarkCli, 'remark-cli is a devDependency: run `npm ci`'],
    [markdownlint, 'markdownlint-cli2 is a devDependency: run `npm ci`'],
  ]) {
    if (!existsSync(path)) fail(`${path} is missing: ${hint}`)
  }
  if (corpora.length === 0) fail('no corpus folder found (pass --corpus DIR, or run beside ../shared/corpus)')
  const work = mkdtempSync(join(tmpdir(), 'pm-bench-'))
  try {
    const datasets = [{ name: 'real corpus', dir: join(work, 'real'), files: copyCorpora(corpora, join(work, 'real')) }]
    for (const size of SIZES) {
      const dir = join(work, `generated-${size}`)
      generatePostmortems(dir, size, SEED)
      datasets.push({ name: `generated (${size})`, dir, files: size })
    }
    const rows = datasets.map((dataset) => {
      checkEveryFileIsLinted(dataset)
      return { ...dataset, times: interleaved(['ours', 'oursOneThread', 'remarkGfm', 'markdownlint'], dataset.dir, '.', RUNS, work) }
    })
    const oneFile = readdirSync(datasets[0].dir).filter((name) => name.endsWith('.md')).sort()[0]
    const single = interleavedWithFloor(['ours', 'remarkGfm', 'markdownlint'], datasets[0].dir, oneFile, work)
    const startup = startupTimes(work)
    const report = renderReport(rows, { oneFile, single, startup })
    process.stdout.write(report)
    mkdirSync(join(root, 'bench-results'), { recursive: true })
    writeFileSync(join(root, 'bench-results/lint-bench.md'), report)
    process.stdout.write('\nWritten to bench-results/lint-bench.md\n')
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Real documents from every corpus folder into one folder (names prefixed to stay apart). */
function copyCorpora(folders, into) {
  mkdirSync(into, { recursive: true })
  let count = 0
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.md') && entry !== 'SOURCES.md' && entry !== 'README.md')) {
      writeFileSync(join(into, `${folder.split('/').pop()}--${name}`), readFileSync(join(folder, name)))
      count++
    }
  }
  return count
}

/**
 * Runs `node <args>` in `cwd`: wall time, CPU time of the child (user + system, all threads;
 * steadier than wall time on a busy machine) and its peak memory (reported by a preloaded probe).
 * Lint exit codes 0 and 1 are results; anything else is a crash.
 */
function run(args, cwd, work, env = {}) {
  const rssFile = join(work, 'rss.txt')
  rmSync(rssFile, { force: true })
  const cpuBefore = childrenCpuMs()
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(rssProbe).href, ...args], {
    cwd,
    // Findings go nowhere: buffering a peer's megabytes of output would be timed as its work.
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PM_BENCH_RSS_FILE: rssFile, ...env },
  })
  const wall = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0 && result.status !== 1) {
    const again = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, ...env } })
    fail(`\`node ${args.join(' ')}\` in ${cwd} ended with ${result.signal ?? `exit ${result.status}`}:\n${String(again.stderr).slice(-2000)}`)
  }
  const cpuAfter = childrenCpuMs()
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : undefined
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore, rss }
}

/** CPU time of this process's finished children (/proc/self/stat cutime + cstime, in 10 ms ticks). */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return undefined
  }
}

/** One untimed warm-up round (disk cache), then `count` rounds of A B C ..., alternating. */
function interleaved(toolNames, cwd, target, count, work) {
  for (const name of toolNames) run(TOOLS[name].args(target), cwd, work)
  const samples = Object.fromEntries(toolNames.map((name) => [name, []]))
  for (let round = 0; round < count; round++) {
    for (const name of toolNames) samples[name].push(run(TOOLS[name].args(target), cwd, work))
  }
  return Object.fromEntries(toolNames.map((name) => [name, summarise(samples[name])]))
}

/** As `interleaved`, with the floor (`node -e 0`) as one more tool in every round. */
function interleavedWithFloor(toolNames, cwd, target, work) {
  const all = { floor: { args: () => ['-e', '0'] }, ...Object.fromEntries(toolNames.map((name) => [name, TOOLS[name]])) }
  const samples = Object.fromEntries(Object.keys(all).map((name) => [name, []]))
  for (const tool of Object.values(all)) run(tool.args(target), cwd, work)
  for (let round = 0; round < STARTUP_RUNS; round++) {
    for (const [name, tool] of Object.entries(all)) samples[name].push(run(tool.args(target), cwd, work))
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summarise(list)]))
}

/** The bundles' cold start: the Action with nothing to lint, and `postmortem --version`, beside bare node. */
function startupTimes(work) {
  const empty = join(work, 'empty-workspace')
  mkdirSync(empty, { recursive: true })
  const actionEnv = { GITHUB_WORKSPACE: empty, GITHUB_EVENT_NAME: 'workflow_dispatch', INPUT_MODE: 'lint', 'INPUT_FAIL-ON': 'error', INPUT_PATHS: 'postmortems/**/*.md' }
  const tools = {
    floor: () => run(['-e', '0'], empty, work),
    action: () => run([ourAction], empty, work, actionEnv),
    cliVersion: () => run([ourCli, '--version'], empty, work),
  }
  const samples = Object.fromEntries(Object.keys(tools).map((name) => [name, []]))
  for (const measure of Object.values(tools)) measure()
  for (let round = 0; round < STARTUP_RUNS; round++) {
    for (const [name, measure] of Object.entries(tools)) samples[name].push(measure())
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summarise(list)]))
}

function summarise(samples) {
  const walls = samples.map((one) => one.wall).sort((a, b) => a - b)
  const cpus = samples.map((one) => one.cpu)
  const rss = samples.map((one) => one.rss).filter((value) => value !== undefined)
  return {
    min: walls[0],
    median: median(walls),
    max: walls[walls.length - 1],
    cpu: cpus.includes(undefined) ? undefined : median(cpus),
    rss: rss.length === 0 ? undefined : Math.max(...rss),
  }
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Before timing: every tool must really lint every file, or the comparison means nothing. */
function checkEveryFileIsLinted(dataset) {
  const ours = spawnSync(process.execPath, [ourCli, 'lint', '.', '--format', 'json'], { cwd: dataset.dir, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })
  if (ours.status !== 0 && ours.status !== 1) fail(`postmortem lint crashed on ${dataset.name}:\n${ours.stderr}`)
  const linted = JSON.parse(ours.stdout).length
  if (linted !== dataset.files) fail(`postmortem lint reported ${linted} files in ${dataset.name}, expected ${dataset.files}`)
  // Without --quiet remark names every file it processed, with its findings or "no issues found".
  const remark = spawnSync(process.execPath, TOOLS.remarkGfm.args().filter((arg) => arg !== '--quiet'), { cwd: dataset.dir, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })
  const remarkFiles = remark.stderr.split('\n').filter((line) => /^\S.*\.md(:|$)/.test(line)).length
  if (remarkFiles !== dataset.files) fail(`remark processed ${remarkFiles} files in ${dataset.name}, expected ${dataset.files}`)
  // markdownlint-cli2 prints "Linting: N file(s)".
  const mdl = spawnSync(process.execPath, TOOLS.markdownlint.args(), { cwd: dataset.dir, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })
  const counted = Number(/Linting: (\d+) file/.exec(`${mdl.stdout}${mdl.stderr}`)?.[1])
  if (counted !== dataset.files) fail(`markdownlint-cli2 linted ${counted} files in ${dataset.name}, expected ${dataset.files}`)
}

function renderReport(rows, { oneFile, single, startup }) {
  const ratio = (a, b) => (a / b).toFixed(2)
  const spread = (time) => `${ms(time.min)} / ${ms(time.median)} / ${ms(time.max)}`
  const cpu = (time) => (time.cpu === undefined ? '?' : ms(time.cpu))
  const rss = (time) => (time.rss === undefined ? '?' : `${time.rss.toFixed(0)} MB`)
  const generated = rows.filter((row) => row.name.startsWith('generated'))
  const perFile = generated.map((row) => row.times.oursOneThread.median / row.files)
  const lines = [
    '# `postmortem lint` speed',
    '',
    `Measured ${new Date().toISOString().slice(0, 16)}Z on node ${process.version}, ${process.platform}/${process.arch}, ` +
      `${availableParallelism()} CPUs, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} at the end. ` +
      `Each figure is the whole command, start-up included: ${RUNS} alternating rounds after one warm-up round; wall time min / median / max.`,
    '',
    '## Against the like-for-like peer: remark-cli with remark-gfm (wall time, min / median / max)',
    '',
    '| Files | Count | `postmortem lint --threads 1` | remark-cli + remark-gfm | ratio (median) | CPU ratio | peak memory, ours / peer |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ name, files, times: t }) =>
        `| ${name} | ${files} | ${spread(t.oursOneThread)} | ${spread(t.remarkGfm)} | ${ratio(t.oursOneThread.median, t.remarkGfm.median)} | ` +
        `${t.oursOneThread.cpu && t.remarkGfm.cpu ? ratio(t.oursOneThread.cpu, t.remarkGfm.cpu) : '?'} | ${rss(t.oursOneThread)} / ${rss(t.remarkGfm)} |`,
    ),
    '',
    '## Beside it: markdownlint-cli2, and our automatic threads',
    '',
    '| Files | `postmortem lint` (automatic threads) | ratio to remark-gfm | markdownlint-cli2 | ratio ours (1 thread) / markdownlint | CPU: ours 1 thread / auto / remark-gfm / markdownlint |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ name, times: t }) =>
        `| ${name} | ${spread(t.ours)} | ${ratio(t.ours.median, t.remarkGfm.median)} | ${spread(t.markdownlint)} | ${ratio(t.oursOneThread.median, t.markdownlint.median)} | ` +
        `${cpu(t.oursOneThread)} / ${cpu(t.ours)} / ${cpu(t.remarkGfm)} / ${cpu(t.markdownlint)} |`,
    ),
    '',
    `## One file (\`${oneFile}\`), ${STARTUP_RUNS} alternating rounds`,
    '',
    '| Command | wall min / median / max | over `node -e 0` (median) | CPU | peak memory |',
    '|---|---:|---:|---:|---:|',
    ...[
      ['`node -e 0` (floor)', single.floor],
      ['`postmortem lint <file>`', single.ours],
      ['remark-cli + remark-gfm', single.remarkGfm],
      ['markdownlint-cli2', single.markdownlint],
    ].map(([name, time]) => `| ${name} | ${spread(time)} | ${ms(time.median - single.floor.median)} | ${cpu(time)} | ${rss(time)} |`),
    '',
    `## Cold start of the bundles, ${STARTUP_RUNS} alternating rounds`,
    '',
    '| Command | wall min / median / max | over `node -e 0` (median) | CPU |',
    '|---|---:|---:|---:|',
    ...[
      ['`node -e 0` (floor)', startup.floor],
      ['`dist/index.js`, nothing to lint', startup.action],
      ['`dist/cli.js --version`', startup.cliVersion],
    ].map(([name, time]) => `| ${name} | ${spread(time)} | ${ms(time.median - startup.floor.median)} | ${cpu(time)} |`),
    '',
    '## Goals',
    '',
    // On a loaded machine wall time mostly measures the queue for a CPU: CPU time is given beside it.
    `- One file at most 200 ms over \`node -e 0\`: ${ms(single.ours.median - single.floor.median)} wall, ${overFloorCpu(single.ours, single.floor)} CPU (${single.ours.median - single.floor.median <= 200 ? 'met' : 'NOT met'} in wall time).`,
    ...generated.map(
      (row) =>
        `- ${row.name}: at most 0.6x remark-cli + remark-gfm: ${ratio(row.times.oursOneThread.median, row.times.remarkGfm.median)} one thread, ` +
        `${ratio(row.times.ours.median, row.times.remarkGfm.median)} automatic (${Math.min(row.times.oursOneThread.median, row.times.ours.median) / row.times.remarkGfm.median <= 0.6 ? 'met' : 'NOT met'}); ` +
        `peak memory under 300 MB: ${rss(row.times.ours)} (${(row.times.ours.rss ?? Infinity) < 300 && (row.times.oursOneThread.rss ?? Infinity) < 300 ? 'met' : 'NOT met'}).`,
    ),
    perFile.length > 1
      ? `- Linear: ${perFile.map((value) => `${value.toFixed(2)} ms`).join(' vs ')} per file, one thread (${Math.max(...perFile) / Math.min(...perFile) <= 1.25 ? 'met' : 'NOT met'}: within 25%).`
      : '',
    `- The Action's cold start with nothing to lint at most 150 ms over bare node: ${ms(startup.action.median - startup.floor.median)} wall, ${overFloorCpu(startup.action, startup.floor)} CPU (${startup.action.median - startup.floor.median <= 150 ? 'met' : 'NOT met'} in wall time).`,
    '',
  ]
  return lines.join('\n')
}

function overFloorCpu(time, floor) {
  return time.cpu === undefined || floor.cpu === undefined ? '?' : ms(time.cpu - floor.cpu)
}

function ms(value) {
  return `${value.toFixed(0)} ms`
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

main()
