/**
 * Reads the `patch` GitHub gives for each changed file (hunks only, no file headers) and
 * answers the one question review comments depend on: which RIGHT-side lines can carry a
 * comment, and which of them the pull request added. GitHub rejects a review (422) that
 * anchors a comment outside its hunks, so this must agree with GitHub's own notion.
 */

/** One hunk's RIGHT side: the contiguous new-file lines it shows, and those it added. */
export interface Hunk {
  /** First new-file line shown by the hunk (1-based). */
  start: number
  /** Last new-file line shown by the hunk, inclusive. `end < start` for a hunk that only deletes. */
  end: number
  /** New-file lines marked `+` in this hunk. */
  added: Set<number>
}

export interface FileDiff {
  hunks: Hunk[]
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

/** Parse a GitHub file patch. An absent patch (binary, too large, pure rename) has no hunks. */
export function parsePatch(patch: string | undefined): FileDiff {
  const hunks: Hunk[] = []
  if (patch === undefined || patch === '') return { hunks }
  let current: Hunk | undefined
  let nextLine = 0
  for (const raw of patch.split('\n')) {
    const header = HUNK_HEADER.exec(raw)
    if (header) {
      const start = Number(header[1])
      const count = header[2] === undefined ? 1 : Number(header[2])
      current = { start, end: start + count - 1, added: new Set() }
      hunks.push(current)
      nextLine = start
      continue
    }
    if (current === undefined) continue
    const marker = raw[0]
    if (marker === '+') {
      current.added.add(nextLine)
      nextLine += 1
    } else if (marker === ' ' || (marker === undefined && nextLine <= current.end)) {
      // An empty line inside a hunk is a context line whose leading space was trimmed.
      nextLine += 1
    }
    // '-' lines and "\ No newline at end of file" do not exist on the RIGHT side.
  }
  return { hunks }
}

/** The hunk showing `line` on the RIGHT side, if any. */
export function hunkContaining(diff: FileDiff, line: number): Hunk | undefined {
  return diff.hunks.find((hunk) => line >= hunk.start && line <= hunk.end)
}

/** True when the pull request added or changed this RIGHT-side line. */
export function isAddedLine(diff: FileDiff, line: number): boolean {
  return diff.hunks.some((hunk) => hunk.added.has(line))
}

/** Every RIGHT-side line GitHub accepts a comment on (added or context). */
export function commentableLines(diff: FileDiff): Set<number> {
  const lines = new Set<number>()
  for (const hunk of diff.hunks) {
    for (let line = hunk.start; line <= hunk.end; line += 1) lines.add(line)
  }
  return lines
}
