// Reads a GitHub `patch` (hunks only) to answer the questions GitHub asks before it
// accepts a review comment: is this line on this side inside a hunk, are two lines in
// the same hunk, what is the legacy `position`, and what text does the line hold.

export type DiffSide = 'LEFT' | 'RIGHT'

export interface DiffLine {
  kind: 'context' | 'added' | 'removed'
  /** Line number in the base file (context and removed lines). */
  oldLine: number | null
  /** Line number in the head file (context and added lines). */
  newLine: number | null
  /** Lines below the first @@ header, counting later @@ headers too (GitHub's `position`). */
  position: number
  hunkIndex: number
  text: string
}

export interface ParsedPatch {
  lines: DiffLine[]
  /** Each hunk's header and body, for the `diff_hunk` field of review comments. */
  hunks: Array<{ header: string; body: string[] }>
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

export function parsePatch(patch: string | undefined): ParsedPatch {
  const parsed: ParsedPatch = { lines: [], hunks: [] }
  if (!patch) return parsed
  let oldLine = 0
  let newLine = 0
  let position = 0
  for (const raw of patch.split('\n')) {
    const header = HUNK_HEADER.exec(raw)
    if (header) {
      if (parsed.hunks.length > 0) position++
      oldLine = Number(header[1])
      newLine = Number(header[3])
      parsed.hunks.push({ header: raw, body: [] })
      continue
    }
    const hunk = parsed.hunks[parsed.hunks.length - 1]
    if (!hunk) continue
    if (raw.startsWith('\\')) {
      // "\ No newline at end of file" belongs to the previous line; it has a position of its own.
      position++
      hunk.body.push(raw)
      continue
    }
    position++
    hunk.body.push(raw)
    const marker = raw[0]
    const text = raw.slice(1)
    const hunkIndex = parsed.hunks.length - 1
    if (marker === '+') {
      parsed.lines.push({ kind: 'added', oldLine: null, newLine: newLine++, position, hunkIndex, text })
    } else if (marker === '-') {
      parsed.lines.push({ kind: 'removed', oldLine: oldLine++, newLine: null, position, hunkIndex, text })
    } else {
      parsed.lines.push({ kind: 'context', oldLine: oldLine++, newLine: newLine++, position, hunkIndex, text })
    }
  }
  return parsed
}

export function findLine(parsed: ParsedPatch, side: DiffSide, line: number): DiffLine | undefined {
  return parsed.lines.find((candidate) => (side === 'RIGHT' ? candidate.newLine : candidate.oldLine) === line)
}

export function findPosition(parsed: ParsedPatch, position: number): DiffLine | undefined {
  return parsed.lines.find((candidate) => candidate.position === position)
}

/** The `diff_hunk` GitHub stores on a review comment: the hunk header and body up to the commented line. */
export function diffHunkUpTo(parsed: ParsedPatch, target: DiffLine): string {
  const hunk = parsed.hunks[target.hunkIndex]
  if (!hunk) return ''
  const firstPositionOfHunk = parsed.lines.find((line) => line.hunkIndex === target.hunkIndex)?.position ?? target.position
  const bodyLines = hunk.body.slice(0, target.position - firstPositionOfHunk + 1)
  return [hunk.header, ...bodyLines].join('\n')
}
