// Measures the blameless-language rule and engine (src/blame), real text first:
//   1. the rule as a user runs it (default configuration) on the real post-mortems of
//      ../shared/corpus/real-postmortems{,-2}, scored against bench/labels/blame-real.tsv: precision of
//      error-level findings, precision of all findings, recall of the labelled blame, false alarms per
//      10 documents; the development documents and the held-out ones (every third file of
//      real-postmortems-2) separately; unlabelled findings are listed and count as false alarms;
//   2. precision / recall / F1 on our labelled set (test/blame/labelled.tsv) and on the set of real
//      sentences (../shared/corpus/blame-phrases.tsv);
//   time per document of findBlame over every text of each real post-mortem;
//   every finding on the real corpus, written to bench-results/blame-findings.md for review.
// Usage: npm run bench:blame [-- --errors]   (--errors lists misclassified sentences, misses and false alarms)
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'

const root = resolve(import.meta.dirname, '..')
const showErrors = process.argv.includes('--errors')
const ownSet = join(root, 'test/blame/labelled.tsv')
const devSet = resolve(root, '../shared/corpus/blame-phrases.tsv')
const corpusRoot = resolve(root, '../shared/corpus')
const corpus = join(corpusRoot, 'real-postmortems')
const labelsPath = join(root, 'bench/labels/blame-real.tsv')
const outDir = join(root, 'bench-results')

// node 20 cannot import TypeScript: bundle the engine (and the Markdown reader) to a temp module.
const bundleDir = join(tmpdir(), `bench-blame-${process.pid}`)
mkdirSync(bundleDir, { recursive: true })
const bundle = join(bundleDir, 'blame.mjs')
await build({
  stdin: {
    contents: [
      "export { findBlame } from './src/blame/index.ts'",
      "export { textUnits } from './src/blame/markdown.ts'",
      "export { markdownParser } from './src/model/build.ts'",
      "export { SourceText } from './src/model/source.ts'",
      "export { lintText } from './src/lint/engine.ts'",
      "export { defaultConfig } from './src/config/defaults.ts'",
      "export { parseLabels, scoreReal, isHeldOut } from './test/blame/real-text.ts'",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // esbuild's ESM output cannot `require` node built-ins that CommonJS dependencies ask for.
  banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
})
const { findBlame, textUnits, markdownParser, SourceText, lintText, defaultConfig, parseLabels, scoreReal, isHeldOut } = await import(pathToFileURL(bundle).href)
rmSync(bundleDir, { recursive: true, force: true })

// Labels of the shared set that issue #9's policy changes: line number -> label.
const policyPath = join(root, 'test/blame/blame-phrases.policy.tsv')
const relabel = new Map(
  existsSync(policyPath)
    ? readFileSync(policyPath, 'utf8').split('\n').filter((line) => /^\d+\t/.test(line)).map((line) => { const [number, , label] = line.split('\t'); return [Number(number), label] })
    : [],
)
function readSet(path) {
  const policy = path === devSet ? relabel : new Map()
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'))
    .map(({ line, number }) => {
      const [label, sentence] = line.split('\t')
      return { label: policy.get(number) ?? label, sentence }
    })
}

function score(name, path) {
  if (!existsSync(path)) {
    console.log(`${name}: ${path} not found, skipped`)
    return
  }
  const rows = readSet(path)
  let tp = 0, fp = 0, fn = 0, tn = 0
  const errors = []
  for (const { label, sentence } of rows) {
    const hits = findBlame(sentence)
    const flagged = hits.length > 0
    if (flagged && label === 'blame') tp++
    else if (flagged) {
      fp++
      errors.push(`  FP  ${sentence}\n        ${hits.map((hit) => `[${hit.entryId}] ${hit.phrase}`).join(' | ')}`)
    } else if (label === 'blame') {
      fn++
      errors.push(`  FN  ${sentence}`)
    } else tn++
  }
  const precision = tp / (tp + fp || 1)
  const recall = tp / (tp + fn || 1)
  const f1 = (2 * precision * recall) / (precision + recall || 1)
  const blame = rows.filter((row) => row.label === 'blame').length
  console.log(`${name} (${rows.length} sentences: ${blame} blame, ${rows.length - blame} ok)`)
  console.log(`  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}   (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`)
  if (showErrors && errors.length > 0) console.log(errors.join('\n'))
}

if (!existsSync(corpus)) {
  console.log(`real corpus: ${corpus} not found, skipped`)
  process.exit(0)
}

// ---- 1. real text, as a user runs the rule ----
const realDirs = ['real-postmortems', 'real-postmortems-2'].filter((dir) => existsSync(join(corpusRoot, dir)))
const secondSet = existsSync(join(corpusRoot, 'real-postmortems-2')) ? readdirSync(join(corpusRoot, 'real-postmortems-2')).filter((file) => file.endsWith('.md') && file !== 'SOURCES.md') : []
const labels = parseLabels(readFileSync(labelsPath, 'utf8'), 'bench/labels/blame-real.tsv')
const config = defaultConfig()
const realDocs = []
for (const dir of realDirs) {
  for (const name of readdirSync(join(corpusRoot, dir)).filter((file) => file.endsWith('.md') && file !== 'SOURCES.md').sort()) {
    const file = `${dir}/${name}`
    const linted = await lintText(file, readFileSync(join(corpusRoot, file), 'utf8'), config)
    const findings = linted.findings
      .filter((finding) => finding.ruleId === 'blameless-language')
      .map((finding) => ({ file, line: finding.line, actual: (finding.actual ?? '').replace(/\s+/g, ' ').trim(), severity: finding.severity, message: finding.message }))
    realDocs.push({ file, heldOut: isHeldOut(file, secondSet), findings })
  }
}
const pct = (value) => value.toFixed(2)
const realReport = ['# blameless-language on real post-mortems', '', 'Generated by `npm run bench:blame` (the rule with the default configuration, scored against `bench/labels/blame-real.tsv`).', '']
function realScore(name, docs) {
  const files = new Set(docs.map((doc) => doc.file))
  const scored = scoreReal(labels.filter((label) => files.has(label.file)), docs.flatMap((doc) => doc.findings), docs.length)
  const line = `${name} (${docs.length} documents, ${scored.findings} findings, ${scored.errorFindings} errors): error precision ${pct(scored.errorPrecision)}  precision (any level) ${pct(scored.precision)}  recall ${pct(scored.recall)} (error-level blame ${pct(scored.errorRecall)})  false alarms per 10 documents ${scored.falseAlarmsPer10.toFixed(1)}  unlabelled ${scored.unlabelled.length}`
  console.log(`  ${line}`)
  realReport.push(`- ${line}`)
  return scored
}
console.log('real text (the rule as a user runs it; labels in bench/labels/blame-real.tsv)')
const all = realScore('all real documents', realDocs)
realScore('development       ', realDocs.filter((doc) => !doc.heldOut))
realScore('held out          ', realDocs.filter((doc) => doc.heldOut))
const describe = (finding) => `${finding.file}:${finding.line} [${finding.severity}] \`${finding.actual}\``
realReport.push('', '## Not labelled (count as false alarms until labelled)', '', ...all.unlabelled.map((finding) => `- ${describe(finding)}`))
realReport.push('', '## False alarms', '', ...all.falseAlarms.map((finding) => `- ${describe(finding)}`))
realReport.push('', '## Errors where the policy expects a warning', '', ...all.tooSevere.map((finding) => `- ${describe(finding)}`))
realReport.push('', '## Missed blame', '', ...all.missed.map((label) => `- ${label.file}:${label.line} [${label.level}] \`${label.phrase}\` (${label.category})`))
mkdirSync(outDir, { recursive: true })
writeFileSync(join(outDir, 'blame-real.md'), `${realReport.join('\n')}\n`)
if (all.unlabelled.length > 0) console.log(`  not labelled: ${all.unlabelled.map(describe).join('; ')}`)
if (showErrors) {
  for (const finding of all.falseAlarms) console.log(`  FALSE ALARM  ${describe(finding)}`)
  for (const finding of all.tooSevere) console.log(`  TOO SEVERE   ${describe(finding)}`)
  for (const label of all.missed) console.log(`  MISSED       ${label.file}:${label.line} [${label.level}] ${label.phrase}`)
}
console.log('  listed in bench-results/blame-real.md')

// ---- 2. the constructed sets ----
score('own labelled set  test/blame/labelled.tsv', ownSet)
score('real sentences    ../shared/corpus/blame-phrases.tsv', devSet)

function lineOf(text, offset) {
  let line = 1
  for (let index = 0; index < offset; index++) if (text.charCodeAt(index) === 10) line++
  return line
}

const parser = markdownParser()
const files = realDirs.flatMap((dir) => readdirSync(join(corpusRoot, dir)).filter((file) => file.endsWith('.md') && file !== 'SOURCES.md').sort().map((file) => `${dir}/${file}`))
const documents = files.map((file) => {
  const text = readFileSync(join(corpusRoot, file), 'utf8')
  const tree = parser.parse(text)
  return { file, text, tree, units: textUnits(tree, text) }
})

/** What the rule does per document once the linter has parsed it: read the texts, find, map positions. */
function ruleWork({ text, tree }) {
  const source = new SourceText(text)
  let findings = 0
  for (const unit of textUnits(tree, text)) {
    for (const hit of findBlame(unit.text)) {
      source.span(unit.offset + hit.start, unit.offset + hit.end)
      findings++
    }
  }
  return findings
}
// Warm up (the first call compiles the vocabulary), then time each document over several rounds.
// Other processes share this machine, so each document reports its median and its best round:
// the best round is the closest to the cost on an idle core.
for (let round = 0; round < 5; round++) for (const { units } of documents) for (const unit of units) findBlame(unit.text)
const rounds = 15
const report = ['# blameless-language findings on the real corpus', '', 'Generated by `npm run bench:blame`. One line per finding: line, phrase, entry, message.', '']
const counts = []
for (const { file, text, units } of documents) {
  const times = []
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    for (const unit of units) findBlame(unit.text)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const ruleTimes = []
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    ruleWork(documents.find((doc) => doc.file === file))
    ruleTimes.push(performance.now() - started)
  }
  ruleTimes.sort((a, b) => a - b)
  const findings = units.flatMap((unit) => findBlame(unit.text).map((hit) => ({ ...hit, line: lineOf(text, unit.offset + hit.start) })))
  counts.push({ file, findings: findings.length, median: times[Math.floor(rounds / 2)], best: times[0], ruleMedian: ruleTimes[Math.floor(rounds / 2)], ruleBest: ruleTimes[0] })
  report.push(`## ${file} (${findings.length})`, '')
  for (const finding of findings) report.push(`- line ${finding.line}: \`${finding.phrase.replace(/\s+/g, ' ').trim()}\` [${finding.entryId}] ${finding.message}`)
  report.push('')
}
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length
const slowest = counts.reduce((worst, count) => (count.median > worst.median ? count : worst))
mkdirSync(outDir, { recursive: true })
writeFileSync(join(outDir, 'blame-findings.md'), `${report.join('\n')}\n`)
console.log(`real corpus (${documents.length} documents, ${documents.reduce((sum, doc) => sum + doc.units.length, 0)} texts, ${rounds} rounds)`)
console.log(`  findBlame time per document: median ${mean(counts.map((count) => count.median)).toFixed(3)} ms, best round ${mean(counts.map((count) => count.best)).toFixed(3)} ms (mean over documents); slowest document ${slowest.median.toFixed(3)} ms median (${slowest.file})`)
console.log(`  the rule's work per document (texts from the parsed tree, findBlame, positions): median ${mean(counts.map((count) => count.ruleMedian)).toFixed(3)} ms, best round ${mean(counts.map((count) => count.ruleBest)).toFixed(3)} ms`)
console.log(`  findings per document: ${counts.map((count) => `${count.file.replace(/\.md$/, '')} ${count.findings}`).join(', ')}`)
console.log(`  total findings ${counts.reduce((sum, count) => sum + count.findings, 0)}; listed in bench-results/blame-findings.md`)
