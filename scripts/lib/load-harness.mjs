// The benches drive the TypeScript test harness (the fake GitHub, the Action runner) from plain
// node, and `npm run gen` runs a few sources at build time: each bundles the sources it needs under
// .bench-out/ (so packages still resolve from node_modules), imports them, and removes the bundle.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

/**
 * The harness finds its data (the OpenAPI subset, dist/) relative to its own file: keep each
 * source's `import.meta.url` pointing at the source, not at the bundle.
 */
const keepSourceUrls = {
  name: 'keep-source-urls',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/](test|src)[\\/].*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }))
  },
}

/** Bundles `entries` ({ name: path relative to the repository }) and returns the loaded modules by name. */
export async function loadSources(root, label, entries) {
  const outdir = join(root, '.bench-out', `${label}-harness-${process.pid}`)
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)])),
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    splitting: true,
    packages: 'external',
    loader: { '.yml': 'text' },
    logLevel: 'error',
    outExtension: { '.js': '.mjs' },
    plugins: [keepSourceUrls],
  })
  try {
    const modules = {}
    for (const name of Object.keys(entries)) modules[name] = await import(pathToFileURL(join(outdir, `${name}.mjs`)).href)
    return modules
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}
