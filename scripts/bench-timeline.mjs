// `npm run bench` (timeline part): how fast `postmortem timeline` streams big logs, and how much
// memory it holds, next to `wc -l` on the SAME file in the same run (the floor: reading the bytes).
// Generates a JSON-lines log (1 GB by default) and a kubectl --timestamps log (200 MB) in a temp
// folder, deletes them afterwards, and writes bench-results/timeline-bench.md.
// A benchmark, not a test: figures are printed; it exits 1 only when a tool crashed or the
// 10-files-versus-concatenation check disagrees, because then the figures mean nothing.
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    'jsonl-mb': { type: 'string', default: '1024' },
    'kubectl-mb': { type: 'string', default: '200' },
    runs: { type: 'string', default: '1' },
  },
})
const JSONL_MB = Number(values['jsonl-mb'])
const KUBECTL_MB = Number(values['kubectl-mb'])
const RUNS = Number(values.runs)
const cli = join(root, 'bin/postmortem.js')
const MB = 1024 * 1024

function fail(message) {
  process.stderr.write(`bench-timeline: ${message}\n`)
  process.exit(1)
}

// ---- generated logs: a quiet service, then an incident with bursts of errors ----

function generator(seed) {
  let state = seed
  return () => ((state = (state * 48271) % 2147483647) / 2147483647)
}

const START = Date.UTC(2025, 1, 9, 6, 0, 0)
const PATHS = ['/api/orders', '/api/cart', '/api/checkout', '/api/users/me', '/healthz']

/** Writes lines from `makeLine(i, t)` until the file reaches `bytes`; time advances so the log spans hours. */
function writeLog(path, bytes, makeLine, seed) {
  const random = generator(seed)
  const fd = openSync(path, 'w')
  let written = 0
  let t = START
  let batch = []
  let batchBytes = 0
  for (let i = 0; written < bytes; i++) {
    t += Math.floor(random() * 4)
    const line = makeLine(i, t, random)
    batch.push(line)
    batchBytes += line.length + 1
    if (batchBytes >= 4 * MB) {
      const text = batch.join('\n') + '\n'
      writeSync(fd, text)
      written += Buffer.byteLength(text)
      batch = []
      batchBytes = 0
    }
  }
  if (batch.length > 0) writeSync(fd, batch.join('\n') + '\n')
  closeSync(fd)
}

/** Errors: rare background noise, and a dense burst during the "incident" hour. */
function isError(t, random) {
  const incident = t > START + 5 * 3_600_000 && t < START + 5.5 * 3_600_000
  return random() < (incident ? 0.2 : 0.002)
}

const ERRORS = ['upstream connect error or disconnect/reset before headers', 'could not acquire database connection within 3000ms', 'payment provider returned 503']

function jsonLine(i, t, random) {
  const error = isError(t, random)
  const path = PATHS[i % PATHS.length]
  return JSON.stringify({
    level: error ? 'error' : 'info',
    ts: new Date(t).toISOString(),
    caller: 'http/server.go:214',
    msg: error ? ERRORS[i % ERRORS.length] : 'request completed',
    method: 'GET',
    path: `${path}/${i % 9973}`,
    status: error ? 502 : 200,
    duration_ms: Math.round(random() * 2000) / 10,
    trace_id: (i * 2654435761 % 4294967296).toString(16).padStart(8, '0') + 'c0ffee42d00d',
    service: 'checkout-api',
  })
}

function kubectlLine(i, t, random) {
  const error = isError(t, random)
  const ns = String(i % 1_000_000_000).padStart(9, '0')
  const stamp = `${new Date(t).toISOString().slice(0, 19)}.${ns}Z`
  return error
    ? `${stamp} ERROR ${ERRORS[i % ERRORS.length]} (attempt ${1 + (i % 3)}, trace ${i.toString(16)})`
    : `${stamp} INFO GET ${PATHS[i % PATHS.length]}/${i % 9973} 200 in ${Math.round(random() * 900)}ms bytes=${1000 + (i % 5000)}`
}

// ---- measuring: /usr/bin/time gives wall time, CPU time and the peak resident memory ----

function measure(command, args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 256 * MB })
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-2000)}`)
  const last = result.stderr.trim().split('\n').at(-1).split(' ').map(Number)
  return { wall: last[0], cpu: last[1] + last[2], peakMb: last[3] / 1024, stdout: result.stdout }
}

function best(command, args) {
  let chosen
  for (let run = 0; run < RUNS; run++) {
    const m = measure(command, args)
    if (!chosen || m.wall < chosen.wall) chosen = m
  }
  return chosen
}

function rowsWithoutSource(jsonText) {
  return JSON.parse(jsonText).rows.map(({ time, event, actor }) => ({ time, event, actor }))
}

function splitIntoTen(path, folder) {
  const text = readFileSync(path, 'utf8')
  const lines = text.trimEnd().split('\n')
  const parts = []
  for (let i = 0; i < 10; i++) {
    const part = join(folder, `part-${i}.txt`)
    writeFileSync(part, lines.slice(Math.floor((i * lines.length) / 10), Math.floor(((i + 1) * lines.length) / 10)).join('\n') + '\n')
    parts.push(part)
  }
  return parts
}

function main() {
  if (!existsSync(join(root, 'dist/cli.js'))) fail('dist/cli.js is missing: run `npm run build` first')
  if (!existsSync('/usr/bin/time')) fail('/usr/bin/time is needed to measure peak memory')
  const work = mkdtempSync(join(tmpdir(), 'pm-bench-timeline-'))
  const results = []
  let concatenationAgrees
  try {
    const datasets = [
      { name: `JSON-lines, ${JSONL_MB} MB`, file: join(work, 'app.jsonl'), mb: JSONL_MB, line: jsonLine, seed: 1 },
      { name: `JSON-lines, ${Math.max(1, Math.round(JSONL_MB / 10))} MB (size check)`, file: join(work, 'app-small.jsonl'), mb: Math.max(1, Math.round(JSONL_MB / 10)), line: jsonLine, seed: 1 },
      { name: `kubectl --timestamps, ${KUBECTL_MB} MB`, file: join(work, 'pods.txt'), mb: KUBECTL_MB, line: kubectlLine, seed: 2 },
    ]
    for (const dataset of datasets) {
      process.stderr.write(`generating ${dataset.name}...\n`)
      writeLog(dataset.file, dataset.mb * MB, dataset.line, dataset.seed)
      const bytes = statSync(dataset.file).size
      const wc = best('wc', ['-l', dataset.file])
      const ours = best(process.execPath, [cli, 'timeline', dataset.file, '--format', 'json'])
      const rows = JSON.parse(ours.stdout).rows.length
      results.push({ ...dataset, bytes, wc, ours, rows })
      if (dataset.line === kubectlLine) {
        const parts = splitIntoTen(dataset.file, work)
        const split = measure(process.execPath, [cli, 'timeline', ...parts, '--format', 'json'])
        concatenationAgrees = JSON.stringify(rowsWithoutSource(split.stdout)) === JSON.stringify(rowsWithoutSource(ours.stdout))
        for (const part of parts) rmSync(part)
      }
      rmSync(dataset.file)
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  const report = render(results, concatenationAgrees)
  process.stdout.write(report)
  mkdirSync(join(root, 'bench-results'), { recursive: true })
  writeFileSync(join(root, 'bench-results/timeline-bench.md'), report)
  process.stdout.write('\nWritten to bench-results/timeline-bench.md\n')
  if (!concatenationAgrees) fail('10 files and their concatenation gave different rows')
}

function render(results, concatenationAgrees) {
  const speed = (bytes, seconds) => (seconds > 0 ? (bytes / MB / seconds).toFixed(0) : '∞')
  const lines = [
    '# `postmortem timeline` streaming benchmark',
    '',
    `Command: \`node scripts/bench-timeline.mjs --jsonl-mb ${JSONL_MB} --kubectl-mb ${KUBECTL_MB} --runs ${RUNS}\` (part of \`npm run bench\`), node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the end (a shared machine: compare the ratios, not the absolute figures).`,
    'MB/s = file size / time; "CPU" uses user+system CPU seconds, which competing processes disturb less than wall time. Peak = maximum resident memory of the process.',
    '',
    '| file | rows | `wc -l` wall MB/s | ours wall MB/s | ours / wc (wall) | `wc -l` CPU MB/s | ours CPU MB/s | ours peak MB | `wc -l` peak MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const r of results) {
    lines.push(
      `| ${r.name} | ${r.rows} | ${speed(r.bytes, r.wc.wall)} | ${speed(r.bytes, r.ours.wall)} | ${(r.wc.wall / r.ours.wall).toFixed(2)} | ${speed(r.bytes, r.wc.cpu)} | ${speed(r.bytes, r.ours.cpu)} | ${r.ours.peakMb.toFixed(0)} | ${r.wc.peakMb.toFixed(0)} |`,
    )
  }
  lines.push('', `10 files (the kubectl log cut into ten) give the same rows as the whole file (Source aside): **${concatenationAgrees ? 'yes' : 'NO'}**`, '')
  return lines.join('\n')
}

main()
