import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/config/errors.js'
import { findConfig, loadConfig } from '../../src/config/load.js'

let root: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'postmortem-config-'))
  await mkdir(join(root, 'repo/postmortems/2024/q1'), { recursive: true })
  await mkdir(join(root, 'repo/teams/payments'), { recursive: true })
  await mkdir(join(root, 'bare/docs'), { recursive: true })
  await mkdir(join(root, 'alt/docs'), { recursive: true })
  await writeFile(join(root, 'repo/.postmortemrc.yml'), 'rules:\n  timeline-utc: warn\nsections:\n  action-items: [Maßnahmen]\n')
  await writeFile(join(root, 'repo/teams/payments/.postmortemrc.yml'), 'rules:\n  metadata: off\n')
  await writeFile(join(root, 'repo/broken.yml'), 'rules:\n  metadata: [error\n')
  await writeFile(join(root, 'repo/invalid.yml'), 'rules:\n  metadata: loud\n')
  await writeFile(join(root, 'repo/big.yml'), `# ${'x'.repeat(300 * 1024)}\n`)
  await writeFile(join(root, 'alt/.postmortemrc.yaml'), 'rules:\n  timeline-order: off\n')
  await mkdir(join(root, 'folder/.postmortemrc.yml'), { recursive: true })
  await mkdir(join(root, 'folder/docs'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('findConfig', () => {
  it('walks up from a nested file to the nearest configuration', () => {
    expect(findConfig({ cwd: root, file: 'repo/postmortems/2024/q1/outage.md' })).toBe(join(root, 'repo/.postmortemrc.yml'))
  })

  it('prefers the configuration closest to the file', () => {
    expect(findConfig({ cwd: root, file: 'repo/teams/payments/incident.md' })).toBe(join(root, 'repo/teams/payments/.postmortemrc.yml'))
  })

  it('finds the .yaml spelling too', () => {
    expect(findConfig({ cwd: join(root, 'alt'), file: 'docs/a.md' })).toBe(join(root, 'alt/.postmortemrc.yaml'))
  })

  it('starts from cwd when no file is given', () => {
    expect(findConfig({ cwd: join(root, 'repo/postmortems') })).toBe(join(root, 'repo/.postmortemrc.yml'))
  })
})

describe('loadConfig', () => {
  it('loads and validates the configuration found upward', async () => {
    const config = await loadConfig({ cwd: root, file: 'repo/postmortems/2024/q1/outage.md' })
    expect(config.source).toBe(join(root, 'repo/.postmortemrc.yml'))
    expect(config.rules['timeline-utc']?.level).toBe('warn')
    expect(config.sections['action-items']).toContain('Maßnahmen')
    expect(config.sections['action-items']).toContain('follow-ups')
  })

  it('uses the nearest file only: settings do not cascade from parent folders', async () => {
    const config = await loadConfig({ cwd: root, file: 'repo/teams/payments/incident.md' })
    expect(config.rules.metadata?.level).toBe('off')
    expect(config.rules['timeline-utc']?.level).toBe('error')
  })

  it('uses the explicit path when given, relative to cwd', async () => {
    const config = await loadConfig({ cwd: join(root, 'alt'), explicitPath: '.postmortemrc.yaml', file: 'docs/a.md' })
    expect(config.rules['timeline-order']?.level).toBe('off')
  })

  it('fails with a ConfigError naming a missing explicit file', async () => {
    const missing = join(root, 'repo/nope.yml')
    const error = await loadConfig({ cwd: root, explicitPath: 'repo/nope.yml' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toBe(`${missing}: configuration file not found`)
  })

  it('fails with the line of invalid YAML', async () => {
    const error = await loadConfig({ cwd: root, explicitPath: 'repo/broken.yml' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toMatch(new RegExp(`^${join(root, 'repo/broken.yml').replace(/[.]/g, '\\.')}: invalid YAML at line [23], column \\d+: [^\\n]*[^:\\n]$`))
  })

  it('fails naming the key and the valid values for a bad level', async () => {
    const error = await loadConfig({ cwd: root, explicitPath: 'repo/invalid.yml' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).key).toBe('rules.metadata')
    expect((error as ConfigError).message).toContain('invalid level "loud", expected one of: off, warn, error')
  })

  it('refuses a configuration file that is too large', async () => {
    const error = await loadConfig({ cwd: root, explicitPath: 'repo/big.yml' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toContain('larger than')
  })

  it('reports a folder named like the configuration file as a ConfigError naming it', async () => {
    // Before 8385cbb: a raw "EISDIR: illegal operation on a directory, read" without the path.
    const error = await loadConfig({ cwd: root, file: 'folder/docs/a.md' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toContain(join(root, 'folder/.postmortemrc.yml'))
  })

  it('falls back to the defaults when no configuration exists anywhere above', async () => {
    expect(findConfig({ cwd: join(root, 'bare/docs') })).toBeUndefined()
    const config = await loadConfig({ cwd: join(root, 'bare/docs') })
    expect(config.source).toBeUndefined()
    expect(config.rules['timeline-utc']?.level).toBe('error')
  })
})
