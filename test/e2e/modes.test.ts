/** Mode selection and input errors, through the built Action. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../harness/run-action.js'
import { LEGACY_PATH, SEARCH_PATH, legacyAfter, searchV1 } from './fixtures/documents.js'
import { assertBuilt, findingsOf, inputs, makeWorkspace, removeWorkspace, E2E_TIMEOUT_MS } from './helpers.js'

let workspace: string
// A push to a branch other than the default one: mode auto lints the files (a push to the default branch syncs, see sync.test.ts).
const pushEvent = { ref: 'refs/heads/docs-update', after: 'c'.repeat(40), repository: { full_name: 'acme/ops', owner: { login: 'acme' }, default_branch: 'main' } }

beforeAll(async () => {
  assertBuilt()
  workspace = await makeWorkspace({ [SEARCH_PATH]: searchV1, [LEGACY_PATH]: legacyAfter, 'postmortems/TEMPLATE.md': '# Post-Mortem: <title>\n', 'docs/notes.md': '# Notes\n' })
})

afterAll(async () => {
  if (workspace) await removeWorkspace(workspace)
})

describe('modes', { timeout: E2E_TIMEOUT_MS }, () => {
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

  it('annotates the most important findings within what a step shows, and points to the job summary for the rest', async () => {
    // Eleven action items without owner nor real deadline: 22 errors in one file.
    const rows = Array.from({ length: 11 }, (_, index) => `| AI-${index + 1} | Page the on-call engineer when consumer lag exceeds 5000 on group ${index} | | soon | High |`)
    const crowded = searchV1.replace(/\| AI-1 \|[\s\S]*?\n\n## What Went Well/, `${rows.join('\n')}\n\n## What Went Well`)
    const findings = await findingsOf('postmortems/crowded.md', crowded)
    const errors = findings.filter((finding) => finding.severity === 'error').length
    expect(errors).toBeGreaterThan(20)
    const root = await makeWorkspace({ 'postmortems/crowded.md': crowded })
    try {
      const result = await runAction({ eventName: 'push', event: pushEvent, workspace: root, inputs: inputs() })
      expect(result.code).toBe(1)
      const errorAnnotations = result.annotations.filter((annotation) => annotation.level === 'error')
      // 9 findings + the failure reason = the 10 a step shows.
      expect(errorAnnotations).toHaveLength(10)
      expect(errorAnnotations.filter((annotation) => annotation.file === 'postmortems/crowded.md')).toHaveLength(9)
      const warnings = findings.filter((finding) => finding.severity === 'warning').length
      const omitted = errors - 9 + Math.max(0, warnings - 9)
      expect(result.annotations.filter((annotation) => annotation.level === 'notice').map((annotation) => annotation.message)).toContain(
        `${omitted} more finding(s) are not annotated (GitHub shows 10 annotations per level); the job summary lists every finding.`,
      )
      for (const finding of findings) expect(result.summary).toContain(`| ${finding.line}:${finding.column} |`)
    } finally {
      await removeWorkspace(root)
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
