/**
 * Stable identity of a finding across pushes. It deliberately leaves out the line number:
 * a finding that moves (lines inserted above it, a rebase, a force-push) keeps its
 * fingerprint, so it is not commented twice; a finding that is fixed loses it, so its
 * thread can be resolved.
 */
import { createHash } from 'node:crypto'
import type { Finding } from '../lint/types.js'

export interface FingerprintedFinding {
  path: string
  finding: Finding
  fingerprint: string
}

/** Whitespace differences (re-indentation, trailing spaces) do not make a new finding. */
export function normaliseSourceLine(line: string): string {
  return line.trim().replace(/\s+/g, ' ')
}

export function fingerprint(path: string, finding: Finding, sourceLine: string): string {
  const subject = finding.actual ?? finding.message
  const key = [path, finding.ruleId, subject, normaliseSourceLine(sourceLine)].join('\u0000')
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}

/**
 * Fingerprint every finding of one file. Identical findings on identical lines (the same
 * phrase twice) are told apart by their order, so each still gets its own comment.
 * `identityPath` is the path the fingerprints are computed with: a renamed file passes its
 * previous name, so its findings keep the fingerprints (and threads) they had before the rename.
 */
export function fingerprintFindings(path: string, findings: readonly Finding[], text: string | undefined, identityPath = path): FingerprintedFinding[] {
  const lines = text === undefined ? [] : text.split(/\r?\n/)
  const seen = new Map<string, number>()
  return findings.map((finding) => {
    const base = fingerprint(identityPath, finding, lines[finding.line - 1] ?? '')
    const occurrence = seen.get(base) ?? 0
    seen.set(base, occurrence + 1)
    return { path, finding, fingerprint: occurrence === 0 ? base : `${base}-${occurrence}` }
  })
}
