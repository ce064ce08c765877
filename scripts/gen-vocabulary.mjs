// Data the rules need, made before build and test rather than on every run. `--check` exits 1
// when a generated file is stale (run by the tests).
// - Vocabularies are YAML data (src/**/*.yml). tsc, vitest and esbuild all need them as modules,
//   so each `name.yml` gets a sibling `name.yml.generated.ts` that exports its text (default) and
//   its parsed data (`data`, as JSON: parsing YAML at start-up costs far more than JSON.parse).
// - The blameless-language vocabulary validated (src/blame/vocabulary.validated.generated.ts) and
//   the built-in template's placeholders (src/lint/template-placeholders.generated.ts), made by the
//   same code the tests check: validating the one and parsing the other cost ~45 ms of start-up.
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { globSync } from 'tinyglobby'
import { parse } from 'yaml'
import { loadSources } from './lib/load-harness.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
const stale = []

function generate(target, body) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : ''
  if (current === body) return
  if (check) stale.push(target)
  else writeFileSync(target, body)
}

for (const yml of globSync('src/**/*.yml', { cwd: root })) {
  const text = readFileSync(resolve(root, yml), 'utf8')
  const data = JSON.stringify(JSON.stringify(parse(text, { maxAliasCount: 50 })))
  generate(resolve(root, `${yml}.generated.ts`), `// Generated from ${yml.split('/').pop()} by scripts/gen-vocabulary.mjs. Edit the YAML, then run \`npm run gen\`.\nexport default ${JSON.stringify(text)}\nexport const data: unknown = JSON.parse(${data})\n`)
}

// After the YAML, from it: the blameless-language vocabulary as validated (with every default
// filled in), and the template's placeholders, which depend on the priority and severity scales.
if (!check || stale.length === 0) {
  const { text, template, vocabulary, blameData } = await loadSources(root, 'gen', {
    text: 'src/lint/template-text.ts',
    template: 'src/cli/builtin-template.ts',
    vocabulary: 'src/blame/vocabulary.ts',
    blameData: 'src/blame/vocabulary.yml.generated.ts',
  })
  const validated = vocabulary.vocabularyFromData(blameData.data, 'src/blame/vocabulary.yml')
  generate(
    resolve(root, 'src/blame/vocabulary.validated.generated.ts'),
    `// Generated from vocabulary.yml by scripts/gen-vocabulary.mjs (validated, defaults filled in). Edit the YAML, then run \`npm run gen\`.\nexport const data: unknown = JSON.parse(${JSON.stringify(JSON.stringify(validated))})\n`,
  )
  const placeholders = text.placeholdersToData(text.extractPlaceholders(template.builtinTemplate, text.builtinVocabularyWords()))
  generate(
    resolve(root, 'src/lint/template-placeholders.generated.ts'),
    `// Generated from the built-in template (src/cli/builtin-template.ts) by scripts/gen-vocabulary.mjs. Edit the template, then run \`npm run gen\`.\nexport const data: unknown = ${JSON.stringify(placeholders, null, 2)}\n`,
  )
}

if (stale.length > 0) {
  console.error(`Stale generated data (run \`npm run gen\`):\n  ${stale.map((path) => path.replace(`${root}/`, '')).join('\n  ')}`)
  process.exit(1)
}
