import { describe, expect, it } from 'vitest'
import { anchorFinding, lastCoveredLine } from '../../../src/plan/anchor.js'
import { commentableLines, isAddedLine, parsePatch } from '../../../src/plan/diff.js'
import { finding } from './helpers.js'

// Shaped like GitHub's `files[].patch`: hunks only, no file header.
const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' # Post-Mortem: Disk full',
  '-**Date**: 2024-01-01',
  '+**Date**: 2024-01-02',
  '+**Severity**: P2',
  ' ',
  ' ## Summary',
  '@@ -20,3 +21,4 @@ ## Timeline',
  ' | 10:00 | alert |',
  '+| 10:05 | page |',
  ' | 10:10 | fix |',
  '',
  ' | 10:20 | done |',
  '\\ No newline at end of file',
].join('\n')

describe('parsePatch', () => {
  const diff = parsePatch(PATCH)

  it('reads the RIGHT-side range of every hunk', () => {
    expect(diff.hunks.map((hunk) => [hunk.start, hunk.end])).toEqual([
      [1, 5],
      [21, 24],
    ])
  })

  it('marks only + lines as added, counting context and skipping - lines', () => {
    expect([...diff.hunks[0]!.added]).toEqual([2, 3])
    expect([...diff.hunks[1]!.added]).toEqual([22])
    expect(isAddedLine(diff, 1)).toBe(false)
    expect(isAddedLine(diff, 22)).toBe(true)
  })

  it('treats an empty line inside a hunk as context (trimmed leading space)', () => {
    expect(commentableLines(diff)).toEqual(new Set([1, 2, 3, 4, 5, 21, 22, 23, 24]))
  })

  it('has no commentable line without a patch (binary, too large, pure rename)', () => {
    expect(parsePatch(undefined).hunks).toEqual([])
    expect(commentableLines(parsePatch(''))).toEqual(new Set())
  })

  it('reads a hunk header without counts as one line', () => {
    const single = parsePatch('@@ -3 +3 @@\n-old\n+new')
    expect(single.hunks).toEqual([{ start: 3, end: 3, added: new Set([3]) }])
  })

  it('reads a new file as one hunk of added lines', () => {
    const created = parsePatch('@@ -0,0 +1,3 @@\n+a\n+b\n+c')
    expect([...created.hunks[0]!.added]).toEqual([1, 2, 3])
  })
})

describe('anchorFinding', () => {
  const diff = parsePatch(PATCH)

  it('anchors a single-line finding on an added line', () => {
    expect(anchorFinding(diff, finding({ line: 22 }))).toEqual({ line: 22 })
  })

  it('leaves a finding on an unchanged line out of the diff, even inside a hunk', () => {
    expect(anchorFinding(diff, finding({ line: 23 }))).toBeUndefined()
    expect(anchorFinding(diff, finding({ line: 40 }))).toBeUndefined()
  })

  it('spans start_line..line when a multi-line finding lies in one hunk', () => {
    expect(anchorFinding(diff, finding({ line: 1, endLine: 4, endColumn: 5 }))).toEqual({ startLine: 1, line: 4 })
  })

  it('clips a multi-line finding to the hunk that holds its added line', () => {
    expect(anchorFinding(diff, finding({ line: 18, endLine: 22, endColumn: 3 }))).toEqual({ startLine: 21, line: 22 })
  })

  it('does not count the line a range ends on at column 1', () => {
    expect(lastCoveredLine(finding({ line: 3, endLine: 5, endColumn: 1 }))).toBe(4)
    expect(anchorFinding(diff, finding({ line: 4, endLine: 6, endColumn: 1 }))).toBeUndefined()
  })
})
