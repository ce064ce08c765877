/**
 * Issue #11, "the configuration file can leak runner files": the configuration is part of the
 * checkout, so a pull request controls it. Through the built Action: a linked configuration is
 * refused (never read), an invalid value is echoed only as a short excerpt, and no
 * configuration is looked for above the workspace.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../harness/run-action.js'
import { SEARCH_PATH, searchV1 } from './fixtures/documents.js'
import { assertBuilt, inputs, E2E_TIMEOUT_MS } from './helpers.js'

const pushEvent = { ref: 'refs/heads/main', after: 'c'.repeat(40), repository: { full_name: 'acme/ops', owner: { login: 'acme' }, default_branch: 'main' } }
/** Stands in for a runner's credentials file: what must never reach a log. */
const SECRET = 'ghp_' + 'Q7x'.repeat(12)
let scratch: string

beforeAll(async () => {
  assertBuilt()
  scratch = await mkdtemp(join(tmpdir(), 'pm-security-'))
  await writeFile(join(scratch, 'credentials'), `TOKEN=${SECRET}\nOTHER=${SECRET.toLowerCase()}\n`)
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function workspace(name: string): Promise<string> {
  const root = join(scratch, name, 'workspace')
  await mkdir(join(root, 'postmortems'), { recursive: true })
  await writeFile(join(root, SEARCH_PATH), searchV1)
  return root
}

/** Everything the run printed where people (or the runner) read it. */
function everythingPrinted(result: Awaited<ReturnType<typeof runAction>>): string {
  return [result.stdout, result.stderr, result.summary, ...result.annotations.map((annotation) => annotation.message)].join('\n')
}

describe('the configuration file in hostile hands', { timeout: E2E_TIMEOUT_MS }, () => {
  it('a .postmortemrc.yml that links to a file outside the workspace is refused by name, its target never printed', async () => {
    const root = await workspace('linked')
    await symlink(join(scratch, 'credentials'), join(root, '.postmortemrc.yml'))
    const result = await runAction({ eventName: 'push', event: pushEvent, workspace: root, inputs: inputs({ mode: 'lint' }) })
    expect(result.code).toBe(1)
    const printed = everythingPrinted(result)
    expect(printed).not.toContain(SECRET)
    expect(printed).not.toContain(SECRET.toLowerCase())
    expect(result.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(/\.postmortemrc\.yml: .*symbolic link; links are not followed/)
  })

  it('a configuration given by path that leaves the workspace is not read', async () => {
    const root = await workspace('outside')
    const result = await runAction({ eventName: 'push', event: pushEvent, workspace: root, inputs: inputs({ mode: 'lint', config: '../../credentials' }) })
    expect(result.code).toBe(1)
    expect(everythingPrinted(result)).not.toContain(SECRET)
    expect(result.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(/inside the workspace/)
  })

  it('an invalid value is quoted as a short excerpt, not whole', async () => {
    const root = await workspace('invalid')
    const long = `${SECRET}-${'z'.repeat(500)}`
    await writeFile(join(root, '.postmortemrc.yml'), `rules:\n  metadata: "${long}"\n`)
    const result = await runAction({ eventName: 'push', event: pushEvent, workspace: root, inputs: inputs({ mode: 'lint' }) })
    expect(result.code).toBe(1)
    const message = result.annotations.find((annotation) => annotation.level === 'error')?.message ?? ''
    expect(message).toMatch(/rules\.metadata|invalid level/)
    expect(message).toContain(SECRET.slice(0, 20))
    expect(everythingPrinted(result)).not.toContain(long.slice(0, 60))
    expect(message.length).toBeLessThan(500)
  })

  it('a configuration above the workspace is not used: a parent folder cannot switch the check off', async () => {
    const root = await workspace('above')
    await writeFile(join(root, '..', '.postmortemrc.yml'), "ignore: ['postmortems/**']\n")
    const result = await runAction({ eventName: 'push', event: pushEvent, workspace: root, inputs: inputs({ mode: 'lint' }) })
    expect(result.outputs['files']).toBe('1')
    expect(result.code).toBe(1)
  })
})
