/**
 * Reading post-mortems from disk, safely: the only file I/O of the linter. Anything that cannot be
 * linted comes back as a skipped file with one finding that says why; nothing throws.
 */
import { lstat, open, realpath } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { LintedFile, LintFile, LintText } from './lint/api.js'
import { engineFinding, lintText, MAX_DOCUMENT_CHARS } from './lint/engine.js'

/** Bytes read at most: a little over the character cap so an oversize file is still recognised. */
const MAX_READ_BYTES = MAX_DOCUMENT_CHARS * 4 + 4

/** Reads a workspace file safely, then hands its text to `finish` (the linter, or a parse only). */
export function readingFile(finish: LintText): LintFile {
  return async (workspace, relativePath, config) => {
    const skipped = (ruleId: string, message: string, line = 1): LintedFile => ({
      path: relativePath,
      findings: [engineFinding(ruleId, message, line)],
      skipped: true,
    })
    const root = resolve(workspace)
    const absolute = resolve(root, relativePath)
    if (isAbsolute(relative(root, absolute)) || relative(root, absolute).split(sep)[0] === '..') {
      return skipped('unreadable', 'Unexpected path outside the workspace, expected a file inside it; the file was not read')
    }
    let bytes: Buffer
    try {
      const stat = await lstat(absolute)
      if (stat.isSymbolicLink()) return skipped('unreadable', 'Unexpected symbolic link, expected a regular file; links are not followed')
      if (!stat.isFile()) return skipped('unreadable', 'Unexpected directory or special file, expected a regular Markdown file')
      // A parent folder may itself be a link pointing outside the workspace.
      const real = await realpath(absolute)
      const realRoot = await realpath(root)
      if (relative(realRoot, real).split(sep)[0] === '..') return skipped('unreadable', 'Unexpected path that leaves the workspace through a link, expected a file inside the workspace; the file was not read')
      bytes = await readAtMost(absolute, MAX_READ_BYTES)
    } catch (error) {
      return skipped('unreadable', `Unexpected error reading the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}), expected a readable file`)
    }
    if (bytes.length >= MAX_READ_BYTES) return skipped('too-large', `Unexpected file larger than ${MAX_DOCUMENT_CHARS} characters, expected at most that; the file was not linted`)
    const decoded = decode(bytes)
    if ('problem' in decoded) return skipped(decoded.problem, decoded.message, decoded.line)
    return finish(relativePath, decoded.text, config)
  }
}

export const lintFile: LintFile = readingFile(lintText)

/** Reads at most `limit` bytes, into a buffer sized from the file (a post-mortem is a few KB). */
async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    // One byte more than the file claims, so a file that grew while we read is still noticed.
    const buffer = Buffer.allocUnsafe(Math.min(limit, size + 1))
    let total = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total)
      total += bytesRead
      if (bytesRead === 0 || total >= buffer.length) return buffer.subarray(0, total)
    }
  } finally {
    await handle.close()
  }
}

type Decoded = { text: string } | { problem: 'binary' | 'encoding'; message: string; line: number }

/** UTF-8 only, strictly: a NUL byte means binary; an invalid sequence is reported at its line. */
export function decode(bytes: Buffer): Decoded {
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    return { problem: 'binary', message: `Unexpected binary content (a NUL byte at offset ${nul}), expected a UTF-8 Markdown file`, line: lineAt(bytes, nul) }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) }
  } catch {
    const offset = firstInvalidUtf8(bytes)
    return { problem: 'encoding', message: `Unexpected invalid UTF-8 at byte ${offset}, expected a UTF-8 text file (re-save it as UTF-8)`, line: lineAt(bytes, offset) }
  }
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++
  return line
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let low = 0
  let high = bytes.length
  // Binary search for the shortest prefix that fails to decode (a cut in mid-sequence is fine with stream: true).
  while (low < high) {
    const mid = (low + high) >> 1
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true })
      decoder.decode()
      low = mid + 1
    } catch {
      high = mid
    }
  }
  return low
}
