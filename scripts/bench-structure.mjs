// `npm run bench:structure`: what the structural rules (every rule but blameless-language) say
// about real post-mortems, and how much of it is true.
//   - findings per document by rule, over ../shared/corpus/real-postmortems and real-postmortems-2;
//   - each finding joined with its verdict from bench/labels/structure-real.tsv (judged by reading
//     the document: `true` or `wrong`), and the share of true findings among the labelled ones;
//   - documents whose timeline or action-item section yields nothing and no finding says why
//     (silently dropped).
// Writes bench-results/structure.md. A benchmark: exits 0 unless a document crashed the linter.
// Options: --unlabelled (list findings without a verdict, as TSV rows to judge), --wrong (list the
// findings judged wrong), --findings (list every finding).
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(import.meta.dirname, '..')
const corpora = ['real-postmortems', 'real-postmortems-2'].map((name) => resolve(root, '../shared/corpus', name))
const labelsPath = join(root, 'bench/labels/structure-real.tsv')
const args = new Set(process.argv.slice(2))

// node 20 cannot import TypeScript: bundle the engine to a temp module.
const bundleDir = join(tmpdir(), `bench-structure-${process.pid}`)
mkdirSync(bundleDir, { recursive: true })
const bundle = join(bundleDir, 'engine.mjs')
await build({
  stdin: {
    contents: ["export { lintText } from './src/lint/engine.ts'", "export { defaultConfig } from './src/config/defaults.ts'"].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  loader: { '.yml': 'text' },
  define: { POSTMORTEM_VERSION: '"bench"' },
  banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
})
const { lintText, defaultConfig } = await import(pathToFileURL(bundle).href)
rmSync(bundleDir, { recursive: true, force: true })

/** Findings the engine makes about the file itself, not about its structure. */
const NOT_STRUCTURAL = new Set(['blameless-language'])

/**
 * A finding's key in the labels: file, line, rule and a subject. The subject is our own word (the
 * missing section or field named in the message) or the finding's ordinal on that line, never the
 * document's text.
 */
function subjectOf(finding, ordinal) {
  if (finding.ruleId === 'required-sections' || (finding.ruleId === 'metadata' && /missing/.test(finding.message))) {
    return /`([^`]+)`/.exec(finding.message)?.[1]?.toLowerCase().replace(/\s+/g, '-') ?? String(ordinal)
  }
  return String(ordinal)
}

function readLabels() {
  const labels = new Map()
  if (!existsSync(labelsPath)) return labels
  for (const [n, line] of readFileSync(labelsPath, 'utf8').split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue
    const [file, at, rule, subject, verdict, reason] = line.split('\t')
    if (verdict !== 'true' && verdict !== 'wrong') throw new Error(`${labelsPath}:${n + 1}: verdict must be true or wrong, got ${verdict}`)
    labels.set([file, at, rule, subject].join('\t'), { verdict, reason: reason ?? '' })
  }
  return labels
}

const labels = readLabels()
const config = defaultConfig()
const documents = []
let crashed = 0
for (const dir of corpora) {
  if (!existsSync(dir)) {
    console.error(`corpus folder ${dir} is missing`)
    process.exit(1)
  }
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md') && file !== 'SOURCES.md' && file !== 'README.md').sort()) {
    const file = `${dir.split('/').at(-1)}/${name}`
    try {
      const linted = await lintText(name, readFileSync(join(dir, name), 'utf8'), config)
      const counts = new Map()
      const findings = linted.findings
        .filter((finding) => !NOT_STRUCTURAL.has(finding.ruleId))
        .map((finding) => {
          const key = `${finding.line}\t${finding.ruleId}`
          const ordinal = (counts.get(key) ?? 0) + 1
          counts.set(key, ordinal)
          const subject = subjectOf(finding, ordinal)
          const label = labels.get([file, finding.line, finding.ruleId, subject].join('\t'))
          return { ...finding, subject, verdict: label?.verdict, reason: label?.reason }
        })
      documents.push({ file, findings, postmortem: linted.postmortem })
    } catch (error) {
      crashed++
      console.error(`${file}: the linter crashed: ${error.stack}`)
    }
  }
}

/** A section the model knows the document has, but from which it read nothing, with no finding saying so. */
function silentlyDropped(document) {
  const pm = document.postmortem
  if (!pm) return []
  const dropped = []
  const hasSection = (key) => pm.sections.some((section) => section.key === key)
  const said = (rule) => document.findings.some((finding) => finding.ruleId === rule)
  if (hasSection('timeline') && (pm.timeline?.entries.length ?? 0) === 0 && !said('timeline-complete')) dropped.push('timeline')
  if (hasSection('action-items') && pm.actionItems.length === 0 && !pm.problems.length && !said('action-item-id')) dropped.push('action items')
  return dropped
}

const rules = [...new Set(documents.flatMap((document) => document.findings.map((finding) => finding.ruleId)))].sort()
const all = documents.flatMap((document) => document.findings.map((finding) => ({ ...finding, file: document.file })))
const labelled = all.filter((finding) => finding.verdict)
const wrong = labelled.filter((finding) => finding.verdict === 'wrong')
const truthful = labelled.length - wrong.length
const percent = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`)

const lines = []
lines.push('# Structural findings on real post-mortems')
lines.push('')
lines.push(`Generated by \`npm run bench:structure\` over ${documents.length} documents (${corpora.map((dir) => dir.split('/').at(-1)).join(', ')}), default configuration, every rule but blameless-language.`)
lines.push('')
lines.push(`- structural findings: ${all.length} (${(all.length / Math.max(1, documents.length)).toFixed(1)} per document)`)
lines.push(`- judged by reading: ${labelled.length}; true: ${truthful} (${percent(truthful, labelled.length)}); wrong: ${wrong.length} (${percent(wrong.length, labelled.length)}); not yet judged: ${all.length - labelled.length}`)
const dropped = documents.flatMap((document) => silentlyDropped(document).map((what) => `${document.file} (${what})`))
lines.push(`- documents whose timeline or action items were silently dropped: ${dropped.length}${dropped.length ? `: ${dropped.join(', ')}` : ''}`)
lines.push(`- timeline entries read: ${documents.reduce((sum, d) => sum + (d.postmortem?.timeline?.entries.length ?? 0), 0)}; action items read: ${documents.reduce((sum, d) => sum + (d.postmortem?.actionItems.length ?? 0), 0)} (${documents.reduce((sum, d) => sum + (d.postmortem?.actionItems.filter((item) => item.done).length ?? 0), 0)} done)`)
lines.push('')
lines.push('## Findings by rule')
lines.push('')
lines.push('| rule | findings | judged wrong |')
lines.push('|---|---:|---:|')
for (const rule of rules) {
  const ofRule = all.filter((finding) => finding.ruleId === rule)
  lines.push(`| ${rule} | ${ofRule.length} | ${ofRule.filter((finding) => finding.verdict === 'wrong').length} |`)
}
lines.push('')
lines.push('## Findings per document by rule')
lines.push('')
lines.push(`| document | ${rules.join(' | ')} | entries | items |`)
lines.push(`|---|${rules.map(() => '---:').join('|')}|---:|---:|`)
for (const document of documents) {
  const cells = rules.map((rule) => {
    const ofRule = document.findings.filter((finding) => finding.ruleId === rule)
    const bad = ofRule.filter((finding) => finding.verdict === 'wrong').length
    return ofRule.length === 0 ? '' : bad ? `${ofRule.length} (${bad} wrong)` : String(ofRule.length)
  })
  lines.push(`| ${document.file} | ${cells.join(' | ')} | ${document.postmortem?.timeline?.entries.length ?? '-'} | ${document.postmortem?.actionItems.length ?? 0} |`)
}
const report = `${lines.join('\n')}\n`
process.stdout.write(report)
mkdirSync(join(root, 'bench-results'), { recursive: true })
writeFileSync(join(root, 'bench-results/structure.md'), report)

const row = (finding) => [finding.file, finding.line, finding.ruleId, finding.subject, finding.verdict ?? '', finding.reason ?? '', `# ${finding.message.slice(0, 160)}`].join('\t')
if (args.has('--unlabelled')) {
  console.log('\n## Not yet judged (file, line, rule, subject, verdict, reason, # message)')
  for (const finding of all.filter((f) => !f.verdict)) console.log(row(finding))
}
if (args.has('--wrong')) {
  console.log('\n## Judged wrong')
  for (const finding of wrong) console.log(row(finding))
}
if (args.has('--findings')) {
  console.log('\n## Every finding')
  for (const finding of all) console.log(row(finding))
}
process.exitCode = crashed > 0 ? 1 : 0
