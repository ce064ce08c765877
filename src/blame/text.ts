/**
 * Text to tokens for the blame analysis: masks what is not the author's own prose (code, quotes,
 * links, HTML), splits words (keeping offsets into the original text) and groups them into sentences.
 */

export type TokenKind = 'word' | 'handle' | 'number' | 'punct' | 'masked' | 'break'
type RangeKind = 'masked' | 'break' | 'hidden'

export interface Token {
  kind: TokenKind
  /** The text as written. */
  text: string
  /** Lower case, curly apostrophes straightened; contractions expanded ("n't" -> "not"). */
  lower: string
  start: number
  end: number
  /** Starts with a capital letter (names, sentence starts). */
  capital: boolean
  /** Whitespace (or the start of the text) comes right before it. */
  spaceBefore: boolean
}

interface Range {
  start: number
  end: number
  kind: RangeKind
}

/**
 * Regions that are not the author's assertion: code, quoted speech, URLs, link targets, HTML.
 * `masked` regions stay as one opaque token (a quote or code is still a thing in the sentence);
 * `hidden` ones (markup) disappear. Straight single quotes count only when they open after a
 * non-letter and close before one, so apostrophes ("Greg's", "engineers'") never start a quote.
 * Each pattern is listed with a string that must occur for it to match (a cheap pre-check).
 */
const MASKS: Array<[string, RegExp, RangeKind]> = [
  ['`', /```[\s\S]*?(?:```|$)/g, 'masked'],
  ['`', /(`+)[^`]*?\1/g, 'masked'],
  ['<', /<!--[\s\S]*?(?:-->|$)/g, 'hidden'],
  ['<', /<br\s*\/?>/gi, 'break'],
  ['<', /<\/?[A-Za-z][^<>]{0,200}>/g, 'hidden'],
  ['://', /\bhttps?:\/\/[^\s)>\]]+/g, 'masked'],
  ['](', /\]\([^)\s]*(?:\s+"[^"]*")?\)/g, 'hidden'],
  ['][', /\]\[[^\]]*\]/g, 'hidden'],
  ['[^', /\[\^[^\]]+\]/g, 'hidden'],
  ['"', /"[^"\n]{1,300}"/g, 'masked'],
  ['“', /“[^”\n]{1,300}”/g, 'masked'],
  ['‘', /(?<![\p{L}\p{N}])‘[^’\n]{1,120}’(?![\p{L}])/gu, 'masked'],
  ["'", /(?<![\p{L}\p{N}'])'[^'\n]{1,120}'(?![\p{L}\p{N}])/gu, 'masked'],
  ['\n', /\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])\s)/g, 'break'],
]

function maskRanges(text: string): Range[] {
  const ranges: Range[] = []
  for (const [needle, pattern, kind] of MASKS) {
    if (!text.includes(needle)) continue
    for (const match of text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length, kind })
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  // Keep the outermost of overlapping ranges: a quote inside code is still code.
  const merged: Range[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range.start < last.end) continue
    merged.push(range)
  }
  return merged
}

const WORD = /@[\p{L}\p{N}][\p{L}\p{N}_-]*(?:\/[\p{L}\p{N}_-]+)?(?:['’]s(?![\p{L}\p{N}]))?|\p{L}[\p{L}\p{N}]*(?:[-'’.][\p{L}\p{N}]+)*|\p{N}+(?:[.:,/-]\p{N}+)*|\S/gu
/** Emphasis and link brackets are markup, not punctuation: "**@bob** forgot" keeps its subject. */
const MARKUP = '*_~[]'
const CONTRACTION = /^(.*?)(n't|'(?:s|ve|re|d|ll|m))$/
const EXPANSIONS: Record<string, string> = { "n't": 'not', "'ve": 'have', "'re": 'are', "'ll": 'will', "'m": 'am', "'d": 'had' }
const CONTRACTED_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' }

function pushWord(tokens: Token[], text: string, start: number, spaceBefore: boolean): void {
  // "@eve's": the handle and its possessive, as for any name.
  if (text.startsWith('@') && /['’]s$/.test(text)) {
    tokens.push(makeToken('handle', text.slice(0, -2), text.slice(0, -2).toLowerCase(), start, spaceBefore))
    tokens.push(makeToken('word', text.slice(-2), "'s", start + text.length - 2, false))
    return
  }
  let lower = text.toLowerCase()
  if (lower.includes('’')) lower = lower.replace(/’/g, "'")
  // Words with a dot inside are abbreviations or names (e.g, v2.1, node.js): one token.
  const contraction = lower.includes("'") && !lower.includes('.') ? CONTRACTION.exec(lower) : null
  const base = contraction?.[1]
  const suffix = contraction?.[2]
  if (base && suffix) {
    const baseLower = CONTRACTED_BASES[base] ?? base
    tokens.push(makeToken('word', text.slice(0, base.length), baseLower, start, spaceBefore))
    tokens.push(makeToken('word', text.slice(base.length), EXPANSIONS[suffix] ?? suffix, start + base.length, false))
    return
  }
  tokens.push(makeToken(kindOf(text), text, lower, start, spaceBefore))
}

function kindOf(text: string): TokenKind {
  const code = text.charCodeAt(0)
  if (code === 64 && text.length > 1) return 'handle'
  if (code >= 48 && code <= 57) return 'number'
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'word'
  if (code < 128) return 'punct'
  return /^\p{N}/u.test(text) ? 'number' : /^\p{L}/u.test(text) ? 'word' : 'punct'
}

function makeToken(kind: TokenKind, text: string, lower: string, start: number, spaceBefore: boolean): Token {
  const code = text.charCodeAt(0)
  const capital = code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(text)
  return { kind, text, lower, start, end: start + text.length, capital, spaceBefore }
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r'
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const scan = (from: number, to: number): void => {
    WORD.lastIndex = from
    let match: RegExpExecArray | null
    while ((match = WORD.exec(text)) !== null && match.index < to) {
      const word = match.index + match[0].length > to ? match[0].slice(0, to - match.index) : match[0]
      if (word.length === 1 && MARKUP.includes(word)) continue
      pushWord(tokens, word, match.index, match.index === 0 || match.index === from || isSpace(text.charAt(match.index - 1)))
    }
  }
  let position = 0
  for (const range of maskRanges(text)) {
    scan(position, range.start)
    position = range.end
    if (range.kind === 'hidden') continue
    const raw = text.slice(range.start, range.end)
    tokens.push({ kind: range.kind, text: raw, lower: range.kind === 'break' ? '' : '\u0000', start: range.start, end: range.end, capital: false, spaceBefore: true })
  }
  scan(position, text.length)
  return tokens
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'approx', 'no', 'fig', 'cf', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])

/**
 * Longer "sentences" are cut into pieces of this many tokens. Real sentences are far shorter; the
 * cap keeps every per-sentence walk bounded, so a hostile paragraph costs linear time.
 */
export const MAX_SENTENCE_TOKENS = 150

/** Splits tokens into sentences: [start, end) index pairs. */
export function sentences(tokens: Token[]): Array<[number, number]> {
  const result: Array<[number, number]> = []
  const push = (from: number, to: number): void => {
    for (let start = from; start < to; start += MAX_SENTENCE_TOKENS) result.push([start, Math.min(to, start + MAX_SENTENCE_TOKENS)])
  }
  let start = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.kind === 'break') {
      if (index > start) push(start, index)
      start = index + 1
      continue
    }
    if (token.kind !== 'punct' || (token.text !== '.' && token.text !== '!' && token.text !== '?')) continue
    const next = tokens[index + 1]
    if (next && !next.spaceBefore) continue
    const previous = tokens[index - 1]
    if (token.text === '.' && previous && (ABBREVIATIONS.has(previous.lower) || /^\p{Lu}$/u.test(previous.text))) continue
    push(start, index + 1)
    start = index + 1
  }
  if (start < tokens.length) push(start, tokens.length)
  return result
}
