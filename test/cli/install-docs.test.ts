/**
 * What the READMEs tell a newcomer to type must work as written: the template workflow's pin of
 * our action agrees with the setup step of the template README, and every npx command names our
 * package (a bare `npx postmortem` runs an unrelated package from the registry).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './run-cli.js'

const WORKFLOWS = join(repoRoot, 'postmortems-template/.github/workflows')
const OUR_ACTION = /^\s*(?:-\s+)?uses:\s*postmortem-action\/postmortem-action@(\S+)(.*)$/
const PLACEHOLDER_SHA = '0'.repeat(40)

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8')
const templateReadme = read('postmortems-template/README.md')

/** Every `uses: postmortem-action/postmortem-action@...` line of the template's workflows, with the comment line above it. */
function ourPins(): Array<{ file: string; ref: string; comment: string; above: string }> {
  return readdirSync(WORKFLOWS)
    .filter((name) => /\.ya?ml$/.test(name))
    .flatMap((name) => {
      const lines = readFileSync(join(WORKFLOWS, name), 'utf8').split('\n')
      return lines.flatMap((line, index) => {
        const match = OUR_ACTION.exec(line)
        return match ? [{ file: name, ref: match[1] as string, comment: (match[2] ?? '').trim(), above: lines.slice(Math.max(0, index - 3), index).join('\n') }] : []
      })
    })
}

describe("the template workflow's pin of postmortem-action", () => {
  const pins = ourPins()

  it('is one commit SHA, the same in every job', () => {
    expect(pins.length).toBeGreaterThanOrEqual(1)
    for (const pin of pins) expect(pin.ref, `${pin.file}: a full 40-character SHA, not a tag`).toMatch(/^[0-9a-f]{40}$/)
    expect(new Set(pins.map((pin) => pin.ref)).size, 'one version for every job').toBe(1)
  })

  it('is shown, exactly, in the first setup step of the template README', () => {
    const firstStep = templateReadme.slice(templateReadme.indexOf('## Setting up'), templateReadme.indexOf('\n2. '))
    expect(firstStep, 'the README has a setup section whose first step is about the pin').toContain('.github/workflows/postmortems.yml')
    const [pin] = pins
    expect(firstStep).toContain(`uses: postmortem-action/postmortem-action@${pin?.ref} ${pin?.comment}`)
  })

  it('says it is a placeholder, in the workflow and in the README, while it is all zeros', () => {
    for (const pin of pins.filter((candidate) => candidate.ref === PLACEHOLDER_SHA)) {
      expect(pin.above, `${pin.file}: a comment above the line says it must be replaced`).toMatch(/PLACEHOLDER/)
      expect(templateReadme).toContain('Replace the 40 zeros with the full 40-character commit SHA')
    }
  })
})

describe('npx commands in the documentation', () => {
  const pages = ['README.md', 'postmortems-template/README.md', 'postmortems-template/postmortems/TEMPLATE.md']

  it.each(pages)('%s names our package in every npx command', (page) => {
    const runs = [...read(page).matchAll(/npx((?:\s+-\S+)*)\s+postmortem\b(.?)/g)]
    expect(runs.length, 'the page shows how to run the command').toBeGreaterThanOrEqual(1)
    // The one bare `npx postmortem` allowed is quoted in the sentence that warns against it.
    const unwarned = runs.filter((run) => !/--package=postmortem-action\b/.test(run[1] ?? '') && run[2] !== '`').map((run) => run[0])
    expect(unwarned).toEqual([])
  })

  it('installs from a source that exists today, not the unpublished registry name', () => {
    for (const page of ['README.md', 'postmortems-template/README.md']) {
      expect(read(page), page).not.toMatch(/npm install (--save-dev |-D )?postmortem-action\b/)
      expect(read(page), page).toContain('npm install --save-dev github:postmortem-action/postmortem-action')
    }
  })
})

describe('the template repository', () => {
  it('keeps node_modules/ out of git', () => {
    expect(read('postmortems-template/.gitignore').split('\n')).toContain('node_modules/')
  })
})
