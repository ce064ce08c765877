// makePatch: the unified diff GitHub returns in `files[].patch` of
// GET /repos/{o}/{r}/pulls/{n}/files: hunks only (no ---/+++ header), three lines of
// context, hunks closer than 2 × context merged, counts of 1 omitted like git does.
// The line diff is Myers' O((N+M)·D) algorithm after trimming the common prefix and suffix.

const CONTEXT_LINES = 3
const NO_NEWLINE_MARKER = '\\ No newline at end of file'

type Edit = { kind: 'equal' | 'delete' | 'insert'; oldIndex: number; newIndex: number }

/** Lines keep their terminator so that "last line without newline" differs from "last line with newline", as in git. */
function splitKeepingNewlines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/(?<=\n)/)
  return lines
}

function myersEdits(a: readonly string[], b: readonly string[]): Edit[] {
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++
  }
  const middleA = a.slice(prefix, a.length - suffix)
  const middleB = b.slice(prefix, b.length - suffix)
  const edits: Edit[] = []
  for (let i = 0; i < prefix; i++) edits.push({ kind: 'equal', oldIndex: i, newIndex: i })
  for (const edit of myersMiddle(middleA, middleB)) {
    edits.push({ kind: edit.kind, oldIndex: edit.oldIndex + prefix, newIndex: edit.newIndex + prefix })
  }
  for (let i = 0; i < suffix; i++) {
    edits.push({ kind: 'equal', oldIndex: a.length - suffix + i, newIndex: b.length - suffix + i })
  }
  return edits
}

function myersMiddle(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length
  const m = b.length
  if (n === 0 && m === 0) return []
  const max = n + m
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  // trace[d] holds v[offset-d .. offset+d] as it was before round d.
  const trace: Int32Array[] = []
  let found = false
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x: number
      if (k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)) x = v[offset + k + 1]!
      else x = v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = true
        break
      }
    }
  }
  const edits: Edit[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d--) {
    const saved = trace[d]!
    const at = (k: number): number => saved[k + d + 1]!
    const k = x - y
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
    const prevX = d === 0 ? 0 : at(prevK)
    const prevY = d === 0 ? 0 : prevX - prevK
    while (x > prevX && y > prevY) {
      x--
      y--
      edits.push({ kind: 'equal', oldIndex: x, newIndex: y })
    }
    if (d > 0) {
      if (x === prevX) edits.push({ kind: 'insert', oldIndex: x, newIndex: y - 1 })
      else edits.push({ kind: 'delete', oldIndex: x - 1, newIndex: y })
    }
    x = prevX
    y = prevY
  }
  return edits.reverse()
}

function rangeHeader(start: number, count: number): string {
  // git prints the line before the hunk when it is empty, and omits a count of 1.
  if (count === 0) return `${start - 1},0`
  if (count === 1) return `${start}`
  return `${start},${count}`
}

function renderLine(prefix: string, line: string): string[] {
  if (line.endsWith('\n')) return [prefix + line.slice(0, -1)]
  return [prefix + line, NO_NEWLINE_MARKER]
}

/** Git's default "function name" rule: the nearest earlier base line starting with a letter, `_` or `$`. */
const FUNCTION_LINE = /^[A-Za-z_$]/
const FUNCTION_CONTEXT_MAX = 80

function functionContext(oldLines: readonly string[], hunkStart: number): string {
  for (let index = hunkStart - 1; index >= 0; index--) {
    const line = oldLines[index]!
    if (FUNCTION_LINE.test(line)) return ` ${line.replace(/\s+$/, '').slice(0, FUNCTION_CONTEXT_MAX)}`
  }
  return ''
}

export interface MakePatchOptions {
  /**
   * Append git's function context to each @@ header (`@@ -3,7 +3,7 @@ Some text`), as
   * GitHub's patches do; true unless set.
   */
  functionContext?: boolean
}

/**
 * A unified-diff patch from oldFileText to newFileText, shaped like GitHub's `patch`
 * field. Without oldFileText the file is new (`@@ -0,0 +1,N @@`); pass '' as
 * newFileText to describe a removed file. Identical texts give ''.
 */
export function makePatch(newFileText: string, oldFileText?: string, options: MakePatchOptions = {}): string {
  const oldLines = splitKeepingNewlines(oldFileText ?? '')
  const newLines = splitKeepingNewlines(newFileText)
  const edits = myersEdits(oldLines, newLines)
  const changeIndexes = edits.flatMap((edit, index) => (edit.kind === 'equal' ? [] : [index]))
  if (changeIndexes.length === 0) return ''

  // Group changes whose surrounding context would touch or overlap.
  const groups: Array<{ from: number; to: number }> = []
  for (const index of changeIndexes) {
    const from = Math.max(0, index - CONTEXT_LINES)
    const to = Math.min(edits.length - 1, index + CONTEXT_LINES)
    const last = groups[groups.length - 1]
    if (last && from <= last.to + 1) last.to = to
    else groups.push({ from, to })
  }

  const output: string[] = []
  for (const group of groups) {
    const slice = edits.slice(group.from, group.to + 1)
    const first = slice[0]!
    const oldCount = slice.filter((edit) => edit.kind !== 'insert').length
    const newCount = slice.filter((edit) => edit.kind !== 'delete').length
    const context = options.functionContext === false ? '' : functionContext(oldLines, first.oldIndex)
    output.push(`@@ -${rangeHeader(first.oldIndex + 1, oldCount)} +${rangeHeader(first.newIndex + 1, newCount)} @@${context}`)
    for (const edit of slice) {
      if (edit.kind === 'equal') output.push(...renderLine(' ', oldLines[edit.oldIndex]!))
      else if (edit.kind === 'delete') output.push(...renderLine('-', oldLines[edit.oldIndex]!))
      else output.push(...renderLine('+', newLines[edit.newIndex]!))
    }
  }
  return output.join('\n')
}

/**
 * For each line of oldText that survives unchanged into newText, its new line number
 * (both 1-based). Used to carry review comments across pushes, as GitHub does.
 */
export function mapUnchangedLines(oldText: string, newText: string): Map<number, number> {
  const mapping = new Map<number, number>()
  for (const edit of myersEdits(splitKeepingNewlines(oldText), splitKeepingNewlines(newText))) {
    if (edit.kind === 'equal') mapping.set(edit.oldIndex + 1, edit.newIndex + 1)
  }
  return mapping
}
