/**
 * What `npm install postmortem-action` would give a user: only the built CLI, the bundles and the
 * licence, and no runtime dependencies, because dist/ bundles everything it imports.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { assertBuilt, repoRoot } from './run-cli.js'

interface PackageJson {
  name: string
  license: string
  files: string[]
  bin: Record<string, string>
  exports: Record<string, string>
  dependencies?: Record<string, string>
}

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageJson

/** Bare module names a bundle loads at run time (import, import(), require). */
function runtimeImports(code: string): string[] {
  const found = new Set<string>()
  const name = `(@?[a-z][\\w.-]*(?:/[\\w.-]+)*|node:[\\w/]+)`
  const patterns = [`\\bfrom\\s*["']${name}["']`, `\\bimport\\(\\s*["']${name}["']\\s*\\)`, `\\brequire\\(\\s*["']${name}["']\\s*\\)`].map((source) => new RegExp(source, 'g'))
  // Comments in bundled sources quote usage examples (`import {unified} from 'unified'`).
  const withoutComments = code.replace(/\/\*[^]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  for (const pattern of patterns) for (const match of withoutComments.matchAll(pattern)) found.add(match[1] as string)
  return [...found]
}

function bundleFiles(): string[] {
  const top = readdirSync(join(repoRoot, 'dist')).filter((name) => name.endsWith('.js')).map((name) => join('dist', name))
  const chunks = readdirSync(join(repoRoot, 'dist/chunks')).map((name) => join('dist/chunks', name))
  return [...top, ...chunks, 'bin/postmortem.js']
}

describe('the published package', () => {
  beforeAll(assertBuilt)

  it('has no runtime dependencies: the bundles import only Node built-ins', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])
    // fdir (inside tinyglobby) tries `require("picomatch")` in a try/catch and works without it.
    const optional = new Set(['picomatch'])
    for (const file of bundleFiles()) {
      const outside = runtimeImports(readFileSync(join(repoRoot, file), 'utf8')).filter((name) => !builtins.has(name) && !optional.has(name))
      expect(outside, file).toEqual([])
    }
  })

  it('packs only the CLI, the bundles, the README and the licence', () => {
    const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    const [packed] = JSON.parse(run.stdout) as Array<{ files: Array<{ path: string }> }>
    const paths = (packed?.files ?? []).map((file) => file.path)
    const unexpected = paths.filter((path) => !/^(bin|dist)\//.test(path) && !['README.md', 'LICENSE', 'package.json'].includes(path))
    expect(unexpected).toEqual([])
    for (const needed of ['LICENSE', 'README.md', ...Object.values(pkg.bin), ...Object.values(pkg.exports)]) {
      expect(paths, needed).toContain(needed.replace(/^\.\//, ''))
    }
  })

  it('carries the MIT licence its package.json names', () => {
    expect(pkg.license).toBe('MIT')
    const licence = readFileSync(join(repoRoot, 'LICENSE'), 'utf8')
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the postmortem-action authors\n/)
  })
})
