/** Source text with offset <-> line/column conversion, so values cut out of a node keep exact positions. */
import type { Node } from 'unist'
import type { Located, Point, Span } from './types.js'

export class SourceText {
  private readonly lineStarts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
    // Old Mac files end lines with a lone CR; remark counts those as lines too.
    if (text.includes('\r')) {
      for (const match of text.matchAll(/\r(?!\n)/g)) this.lineStarts.push(match.index + 1)
      this.lineStarts.sort((a, b) => a - b)
    }
  }

  point(offset: number): Point {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.lineStarts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] as number) + 1, offset }
  }

  span(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) }
  }

  /** A value located at [start, end) of the source, with surrounding whitespace trimmed from the span. */
  located<T>(value: T, start: number, end: number): Located<T> {
    const raw = this.text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const trail = raw.length - raw.trimEnd().length
    return { value, raw: raw.trim(), span: this.span(start + lead, end - trail) }
  }

  /** The offsets of a node; nodes built by remark always carry them. */
  range(node: Node): [number, number] {
    return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]
  }

  slice(node: Node): string {
    const [start, end] = this.range(node)
    return this.text.slice(start, end)
  }

  nodeSpan(node: Node): Span {
    const [start, end] = this.range(node)
    return this.span(start, end)
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' }

/** Decodes the HTML character references people write in Markdown (`&amp;`, `&lt;`, `&#39;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** Removes inline Markdown emphasis/code markers, decodes entities and collapses whitespace, for values shown to users. */
export function plainText(markdown: string): string {
  return decodeEntities(markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1'))
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|\s)[*_](\S[^*_]*?)[*_](?=\s|$|[.,;:!?])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
}
