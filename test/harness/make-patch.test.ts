// makePatch must produce what git (and so GitHub's `files[].patch`) produces.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parsePatch } from './diff-lines.js'
import { makePatch } from './make-patch.js'

const scratch = mkdtempSync(join(tmpdir(), 'make-patch-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** `git diff --no-index` between two texts, without the diff/index/---/+++ header lines. */
function gitPatch(oldText: string | undefined, newText: string): string {
  const oldPath = join(scratch, 'old')
  const newPath = join(scratch, 'new')
  writeFileSync(oldPath, oldText ?? '')
  writeFileSync(newPath, newText)
  let output = ''
  try {
    // Default settings, as GitHub runs git diff (Myers with the indent heuristic).
    const from = oldText === undefined ? '/dev/null' : oldPath
    execFileSync('git', ['diff', '--no-index', '--no-color', from, newPath], { encoding: 'utf8' })
  } catch (error) {
    // git diff exits 1 when the files differ.
    output = (error as { stdout: string }).stdout
  }
  const lines = output.split('\n')
  const firstHunk = lines.findIndex((line) => line.startsWith('@@'))
  return firstHunk < 0 ? '' : lines.slice(firstHunk).join('\n').replace(/\n$/, '')
}

/** Applies a hunks-only patch to a text; the inverse check of makePatch. */
function applyPatch(oldText: string, patch: string): string {
  const oldLines = oldText === '' ? [] : oldText.replace(/\n$/, '').split('\n')
  const parsed = parsePatch(patch)
  const result: string[] = []
  let nextOld = 1
  for (const line of parsed.lines) {
    if (line.oldLine !== null) {
      while (nextOld < line.oldLine) result.push(oldLines[nextOld++ - 1]!)
      nextOld = line.oldLine + 1
    }
    if (line.kind !== 'removed') result.push(line.text)
  }
  while (nextOld <= oldLines.length) result.push(oldLines[nextOld++ - 1]!)
  return result.length === 0 ? '' : `${result.join('\n')}\n`
}

const POSTMORTEM = `# Post-Mortem: Database failover (2024-05-01)

**Date**: 2024-05-01
**Severity**: P1

## Summary

Writes failed for 35 minutes after a failover.

## Timeline (all times UTC)

| Time | Event |
|---|---|
| 10:05 | Alert fired |
| 10:12 | Failover started |
| 10:40 | Writes recovered |

## Action Items

| ID | Action | Owner | Deadline | Priority |
|---|---|---|---|---|
| AI-1 | Add replica lag alert | @alice | 2024-05-15 | P1 |
`

describe('makePatch matches git diff', () => {
  const cases: Array<[string, string | undefined, string]> = [
    ['a new file', undefined, POSTMORTEM],
    ['an edited timeline row', POSTMORTEM, POSTMORTEM.replace('| 10:12 | Failover started |', '| 10:13 | Failover started by automation |')],
    ['an appended action item', POSTMORTEM, `${POSTMORTEM}| AI-2 | Document failover runbook | @bob | 2024-06-01 | P2 |\n`],
    ['a removed section', POSTMORTEM, POSTMORTEM.replace('## Summary\n\nWrites failed for 35 minutes after a failover.\n\n', '')],
    ['edits far apart (two hunks)', POSTMORTEM, POSTMORTEM.replace('P1\n\n## Summary', 'P2\n\n## Summary').replace('@alice', '@carol')],
    ['a file that loses its final newline', POSTMORTEM, POSTMORTEM.replace(/\n$/, '')],
    ['a file that gains its final newline', 'one\ntwo', 'one\ntwo\n'],
    ['a removed file', POSTMORTEM, ''],
    ['an edit on the first line', POSTMORTEM, POSTMORTEM.replace('Database failover', 'Database fail-over')],
    ['a one-line file replaced', 'x\n', 'y\n'],
    ['a long function-context line', `${'Intro '.repeat(30)}\n\n1\n2\n3\n4\n5\n6\n`, `${'Intro '.repeat(30)}\n\n1\n2\n3\n4\n5\nsix\n`],
  ]
  it.each(cases)('for %s', (_name, oldText, newText) => {
    expect(makePatch(newText, oldText)).toBe(gitPatch(oldText, newText))
  })

  it('gives an empty patch for identical texts', () => {
    expect(makePatch(POSTMORTEM, POSTMORTEM)).toBe('')
  })

  it('can leave out the function context', () => {
    const patch = makePatch(POSTMORTEM.replace('@alice', '@carol'), POSTMORTEM, { functionContext: false })
    expect(patch.split('\n')[0]).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/)
  })
})

describe('makePatch round-trips', () => {
  it('applies back to the new text for many generated edits', () => {
    // A small deterministic generator: insertions, deletions and replacements of short lines.
    let seed = 42
    const random = (limit: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % limit
    }
    for (let round = 0; round < 200; round++) {
      const oldLines = Array.from({ length: random(40) }, () => `l${random(8)}`)
      const newLines = [...oldLines]
      for (let edit = 0; edit < 1 + random(6); edit++) {
        const at = random(newLines.length + 1)
        const kind = random(3)
        if (kind === 0) newLines.splice(at, 0, `n${random(8)}`)
        else if (kind === 1) newLines.splice(at, 1)
        else newLines.splice(at, 1, `r${random(8)}`)
      }
      const oldText = oldLines.length ? `${oldLines.join('\n')}\n` : ''
      const newText = newLines.length ? `${newLines.join('\n')}\n` : ''
      const patch = makePatch(newText, oldText)
      expect(applyPatch(oldText, patch), `round ${round}:\n${patch}`).toBe(newText)
    }
  })
})
