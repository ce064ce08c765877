/**
 * template-placeholders on the real post-mortems: no text of ours is a placeholder there, so every
 * finding must be an empty section, and each one is labelled here (file, line, heading, verdict).
 * A new finding, or a labelled one that disappears, fails the test and needs a look.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import { SHARED_CORPUS } from '../corpus-location.js'

type Verdict = 'right' | 'arguable'

/** Findings read one by one: the heading has nothing under it up to the next heading. */
const LABELLED: Array<[file: string, line: number, heading: string, verdict: Verdict]> = [
  ['real-postmortems-2/carbon-broken-patch-release.md', 93, 'Supporting information', 'right'],
  ['real-postmortems-2/carbon-icons-angular-broken-build.md', 78, 'Supporting information', 'right'],
  ['real-postmortems-2/govuk-one-login-deletion-processor-errors.md', 30, 'Where we got lucky', 'right'],
  ['real-postmortems-2/hachyderm-redis-cache-exposed.md', 45, 'Analysis', 'right'],
  ['real-postmortems-2/va-facility-locator-ppms-outage.md', 53, 'What went well', 'right'],
  ['real-postmortems-2/va-facility-locator-ppms-outage.md', 55, 'What went wrong', 'right'],
  ['real-postmortems-2/va-facility-locator-ppms-outage.md', 57, 'Where we got lucky', 'right'],
  ['real-postmortems-2/va-facility-locator-ppms-outage.md', 59, 'Takeaways', 'right'],
  // A `###` heading used as the value of `# Title:`: empty as a section, but it is the title.
  ['real-postmortems/learningequality-buildkite-failing-build.md', 2, 'Buildkite kolibri builds failing due to upgraded docker ima', 'arguable'],
  ['real-postmortems/learningequality-sushibar-cert-expired.md', 71, 'Supporting information', 'right'],
]

const FOLDERS = ['real-postmortems', 'real-postmortems-2']

describe('template-placeholders on the real corpus', async () => {
  const found: Array<[string, number, string]> = []
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(SHARED_CORPUS, folder)).filter((file) => file.endsWith('.md') && file !== 'SOURCES.md').sort()) {
      const file = `${folder}/${name}`
      const linted = await lintText(file, readFileSync(join(SHARED_CORPUS, file), 'utf8'), defaultConfig())
      for (const finding of linted.findings.filter((candidate) => candidate.ruleId === 'template-placeholders')) {
        found.push([file, finding.line, finding.message])
      }
    }
  }

  it('reports no placeholder in text the template did not write', () => {
    expect(found.filter(([, , message]) => !message.startsWith('Unexpected empty section'))).toEqual([])
  })

  it('reports exactly the labelled empty sections', () => {
    const labelled = LABELLED.map(([file, line]) => `${file}:${line}`)
    expect(found.map(([file, line]) => `${file}:${line}`).sort()).toEqual(labelled.sort())
    for (const [file, line, heading] of LABELLED) {
      const message = found.find(([candidate, at]) => candidate === file && at === line)?.[2] ?? ''
      expect(message, `${file}:${line}`).toContain(heading)
    }
  })
})
