// Fails when the committed dist/ differs from a fresh build of src/ (as actions/typescript-action's check-dist does).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const fresh = mkdtempSync(join(tmpdir(), 'pm-dist-'))
execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', fresh], { stdio: 'inherit' })

function list(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(dir, path))
    .sort()
}

const expected = list(fresh)
const actual = list('dist')
const problems = []
for (const name of new Set([...expected, ...actual])) {
  if (!expected.includes(name)) problems.push(`dist/${name} is committed but no longer built`)
  else if (!actual.includes(name)) problems.push(`dist/${name} is built but missing from dist/`)
  else if (!readFileSync(join(fresh, name)).equals(readFileSync(join('dist', name)))) problems.push(`dist/${name} differs from a fresh build`)
}
rmSync(fresh, { recursive: true, force: true })
if (problems.length > 0) {
  console.error(`dist/ is out of date with src/ (run \`npm run build\` and commit dist/):\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`dist/ matches a fresh build (${expected.length} files).`)
