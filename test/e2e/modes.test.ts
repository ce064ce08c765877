/** Mode selection and input errors, through the built Action. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../harness/run-action.js'
import { LEGACY_PATH, SEARCH_PATH, legacyAfter, searchV1 } from './fixtures/documents.js'
import { assertBuilt, findingsOf, inputs, makeWorkspace, removeWorkspace } from './helpers.js'

let workspace: string
const pushEvent = { ref: 'refs/heads/main', after: 'c'.repeat(40), repository: { full_name: 'acme/ops', owner: { login: 'acme' }, default_branch: 'main' } }

beforeAll(async () => {
  assertBuilt()
  workspace = await makeWorkspace({ [SEARCH_PATH]: searchV1, [LEGACY_PATH]: legacyAfter, 'postmortems/TEMPLATE.md': '# Post-Mortem: <title>\n', 'docs/notes.md': '# Notes\n' })
})

afterAll(async () => {
  if (workspace) await removeWorkspace(workspace)
})

describe('modes', () => {
  it('on push, lints every post-mortem of the workspace without calling GitHub', async () => {
    // No github server: any API call would fail the run.
    const result = await runAction({ eventName: 'push', event: pushEvent, workspace, inputs: inputs(), env: { GITHUB_API_URL: 'http://127.0.0.1:9' } })
    const expected = [...(await findingsOf(SEARCH_PATH, searchV1)), ...(await findingsOf(LEGACY_PATH, legacyAfter))]
    expect(result.code, result.stdout).toBe(1)
    // TEMPLATE.md is ignored by the default config; docs/ does not match `paths`.
    expect(result.outputs['files']).toBe('2')
    expect(result.outputs['errors']).toBe(String(expected.filter((finding) => finding.severity === 'error').length))
    expect(result.summary).toContain(`### ${SEARCH_PATH}`)
    expect(result.summary).not.toContain('TEMPLATE.md')
  })

  it('fail-on: never keeps the job green whatever the findings', async () => {
    const result = await runAction({ eventName: 'push', event: pushEvent, workspace, inputs: inputs({ 'fail-on': 'never' }) })
    expect(result.code).toBe(0)
    expect(Number(result.outputs['errors'])).toBeGreaterThan(0)
  })

  it('sync and nag say they are not available yet instead of pretending', async () => {
    for (const mode of ['sync', 'nag']) {
      const result = await runAction({ eventName: 'push', event: pushEvent, workspace, inputs: inputs({ mode }) })
      expect(result.code).toBe(1)
      expect(result.annotations.map((annotation) => annotation.message)).toContain(
        `Mode "${mode}" is not available in this version yet; available now: lint (mode "auto" or "lint").`,
      )
    }
  })

  it('an invalid input fails with the valid values named', async () => {
    const result = await runAction({ eventName: 'push', event: pushEvent, workspace, inputs: inputs({ 'fail-on': 'sometimes' }) })
    expect(result.code).toBe(1)
    expect(result.annotations.map((annotation) => annotation.message)).toContain('Input "fail-on" is "sometimes", expected one of: error, warning, never')
  })

  it('a config file that does not exist is named in the failure', async () => {
    const result = await runAction({ eventName: 'push', event: pushEvent, workspace, inputs: inputs({ config: 'missing.yml' }) })
    expect(result.code).toBe(1)
    expect(result.annotations[0]?.message).toMatch(/missing\.yml/)
  })
})
