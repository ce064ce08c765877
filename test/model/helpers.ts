/** Shared helpers for model tests: parse with the built-in config, and locate text independently of the parser. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defaultConfig } from '../../src/config/defaults.js'
import type { Config } from '../../src/config/types.js'
import { parsePostmortem } from '../../src/model/parse.js'
import type { Postmortem, Span } from '../../src/model/types.js'

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/documents')

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8')
}

export function parse(text: string, config: Config = defaultConfig()): Postmortem {
  return parsePostmortem(text, config)
}

/** Joins lines with LF, so a test can count line numbers from its own source. */
export function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`
}

/**
 * Where the `occurrence`-th `needle` sits in `text`, as "line:column-line:column" (end exclusive),
 * computed by plain string search: the expected position never comes from the parser itself.
 */
export function where(text: string, needle: string, occurrence = 1): string {
  let index = -1
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1)
    if (index < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence} times`)
  }
  return `${pointAt(text, index)}-${pointAt(text, index + needle.length)}`
}

function pointAt(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - (before.lastIndexOf('\n') + 1) + 1
  return `${line}:${column}`
}

/** A span in the same "line:column-line:column" notation as `where`. */
export function at(span: Span | undefined): string | undefined {
  return span ? `${span.start.line}:${span.start.column}-${span.end.line}:${span.end.column}` : undefined
}

/** The span's offsets cut the same text out of the document as the line/column says. */
export function sliceOf(text: string, span: Span | undefined): string | undefined {
  return span ? text.slice(span.start.offset, span.end.offset) : undefined
}

/** Like `where`, for the first `needle` on a given 1-based line. */
export function whereOnLine(text: string, line: number, needle: string): string {
  const row = text.split('\n')[line - 1] ?? ''
  const column = row.indexOf(needle)
  if (column < 0) throw new Error(`${JSON.stringify(needle)} is not on line ${line}`)
  return `${line}:${column + 1}-${line}:${column + 1 + needle.length}`
}
