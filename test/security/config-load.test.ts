/** Reading the configuration safely (src/config/load.ts): links, the workspace boundary, excerpts. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, excerpt, MAX_EXCERPT } from '../../src/config/errors.js'
import { findConfig, loadConfig } from '../../src/config/load.js'

let root: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pm-config-security-'))
  await mkdir(join(root, 'ws/postmortems'), { recursive: true })
  await mkdir(join(root, 'elsewhere'), { recursive: true })
  await writeFile(join(root, '.postmortemrc.yml'), 'rules:\n  metadata: off\n')
  await writeFile(join(root, 'elsewhere/.postmortemrc.yml'), 'rules:\n  metadata: off\n')
  await mkdir(join(root, 'linked/postmortems'), { recursive: true })
  await symlink(join(root, 'elsewhere/.postmortemrc.yml'), join(root, 'linked/.postmortemrc.yml'))
  await symlink(join(root, 'nowhere'), join(root, 'ws/postmortems/.postmortemrc.yml'))
  await mkdir(join(root, 'via-folder'), { recursive: true })
  await symlink(join(root, 'elsewhere'), join(root, 'via-folder/conf'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('loading the configuration', () => {
  it('refuses a linked configuration by name, also without a root (the CLI)', async () => {
    await expect(loadConfig({ cwd: join(root, 'linked') })).rejects.toThrow(/symbolic link; links are not followed/)
    await expect(loadConfig({ cwd: join(root, 'linked'), root: join(root, 'linked') })).rejects.toBeInstanceOf(ConfigError)
  })

  it('finds a dangling link too, so it is refused rather than silently skipped', () => {
    expect(findConfig({ cwd: join(root, 'ws/postmortems') })).toBe(join(root, 'ws/postmortems/.postmortemrc.yml'))
  })

  it('never searches above root', async () => {
    expect(findConfig({ cwd: join(root, 'ws'), root: join(root, 'ws') })).toBeUndefined()
    expect(findConfig({ cwd: join(root, 'ws') })).toBe(join(root, '.postmortemrc.yml'))
    expect((await loadConfig({ cwd: join(root, 'ws'), root: join(root, 'ws') })).source).toBeUndefined()
  })

  it('refuses an explicit path outside root, or reached through a linked folder', async () => {
    await expect(loadConfig({ cwd: join(root, 'ws'), root: join(root, 'ws'), explicitPath: '../elsewhere/.postmortemrc.yml' })).rejects.toThrow(/inside the workspace/)
    await expect(loadConfig({ cwd: join(root, 'via-folder'), root: join(root, 'via-folder'), explicitPath: 'conf/.postmortemrc.yml' })).rejects.toThrow(/linked folder/)
  })
})

describe('quoting invalid values', () => {
  it('an excerpt is short, escaped and says it was cut', () => {
    const out = excerpt(`line one\nline two ${'x'.repeat(200)}`)
    expect(Array.from(out.replace(/ \(cut\)$/, '')).length).toBeLessThanOrEqual(MAX_EXCERPT)
    expect(out).not.toMatch(/[\n\r]/)
    expect(out).toMatch(/\(cut\)$/)
    expect(excerpt(42)).toBe('42')
  })

  it('a ConfigError is one bounded line whatever message it is given', () => {
    const error = new ConfigError(`bad\n::error::x ${'y'.repeat(5000)}`, 'rules.x', 'a.yml')
    expect(error.message).not.toContain('\n')
    expect(error.message.length).toBeLessThan(500)
  })
})
