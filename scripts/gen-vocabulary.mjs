// Vocabularies are YAML data (src/**/*.yml). tsc, vitest and esbuild all need them as modules,
// so each `name.yml` gets a sibling `name.yml.generated.ts` that exports its text (default) and
// its parsed data (`data`, as JSON: parsing YAML at start-up costs far more than JSON.parse).
// `--check` exits 1 when a generated file is stale (run by the tests).
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { globSync } from 'tinyglobby'
import { parse } from 'yaml'

const check = process.argv.includes('--check')
const stale = []
for (const yml of globSync('src/**/*.yml')) {
  const target = `${yml}.generated.ts`
  const text = readFileSync(yml, 'utf8')
  const data = JSON.stringify(JSON.stringify(parse(text, { maxAliasCount: 50 })))
  const body = `// Generated from ${yml.split('/').pop()} by scripts/gen-vocabulary.mjs. Edit the YAML, then run \`npm run gen\`.\nexport default ${JSON.stringify(text)}\nexport const data: unknown = JSON.parse(${data})\n`
  const current = existsSync(target) ? readFileSync(target, 'utf8') : ''
  if (current === body) continue
  if (check) stale.push(target)
  else writeFileSync(target, body)
}
if (stale.length > 0) {
  console.error(`Stale generated vocabulary (run \`npm run gen\`):\n  ${stale.join('\n  ')}`)
  process.exit(1)
}
