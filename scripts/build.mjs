// Bundles the Action (dist/index.js), the CLI (dist/cli.js) and the remark preset (dist/preset.js).
// `node scripts/build.mjs --outdir DIR` builds elsewhere (the dist check compares against it).
import { build } from 'esbuild'
import { readFileSync, rmSync } from 'node:fs'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } })

// esbuild's ESM output cannot `require` node built-ins that CommonJS dependencies ask for.
const banner = {
  js: "import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);",
}

// Chunk names carry content hashes: start empty so no stale chunk is left behind.
rmSync(values.outdir, { recursive: true, force: true })

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', preset: 'src/lint/preset.ts' },
  outdir: values.outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  loader: { '.yml': 'text' },
  define: { POSTMORTEM_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
})
