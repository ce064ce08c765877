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

// @actions/core imports @actions/http-client (and with it undici, 770 KB) for one function we never
// call (getIDToken). The package only declares classes and functions, so telling esbuild it has no
// side effects lets that import go; the GitHub client, which does use it, still bundles it, and
// only the modes that talk to GitHub load it.
const sideEffectFree = {
  name: 'side-effect-free',
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client(?:\/|$)/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } })
      return resolved.errors.length > 0 ? undefined : { path: resolved.path, sideEffects: false }
    })
  },
}

// Chunk names carry content hashes: start empty so no stale chunk is left behind.
rmSync(values.outdir, { recursive: true, force: true })

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  loader: { '.yml': 'text' },
  plugins: [sideEffectFree],
  define: { POSTMORTEM_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
}

// The Action and the CLI share chunks and load them on demand.
await build({
  ...common,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: values.outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
})

// The preset on its own, in one file: sharing chunks with the CLI would put remark-gfm's Markdown
// writer and the YAML library (which only the preset needs up front) into chunks that every
// `postmortem lint` loads.
await build({
  ...common,
  entryPoints: { preset: 'src/lint/preset.ts' },
  outdir: values.outdir,
})
