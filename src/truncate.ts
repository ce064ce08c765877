/**
 * Cutting text short without breaking a character: UTF-16 slicing can split a surrogate pair
 * (half an emoji shows as a replacement character, and some APIs reject lone surrogates).
 * Pure and dependency-free: used by messages, configuration errors and every report.
 */

// Made on first use: building a segmenter loads ICU data (about 20 ms), and most runs never cut text.
let graphemes: Intl.Segmenter | undefined

/**
 * Shorten to at most `max` code points, marking the cut with '…'. The cut falls between
 * graphemes, so an emoji (a surrogate pair, or several code points joined) is never split.
 */
export function truncate(text: string, max: number): string {
  // Cheap exits: UTF-16 length is an upper bound of the code point count.
  if (text.length <= max) return text
  if (codePointLength(text, max + 1) <= max) return text
  const budget = Math.max(0, max - 1)
  let out = ''
  let used = 0
  // Only the head of the text is segmented: a message can be long, the cut is near the start.
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  for (const { segment } of graphemes.segment(text.slice(0, budget * 2 + 16))) {
    const size = codePointLength(segment, Infinity)
    if (used + size > budget) break
    out += segment
    used += size
  }
  return `${out}…`
}

/** Code points in `text`, counting no further than `stopAt`. */
export function codePointLength(text: string, stopAt: number): number {
  let count = 0
  for (let i = 0; i < text.length && count < stopAt; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    count++
  }
  return count
}

/** At most `maxUnits` UTF-16 units (a length limit counted as JavaScript counts), never ending inside a surrogate pair. */
export function sliceWhole(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text
  const cut = text.slice(0, Math.max(0, maxUnits))
  const last = cut.charCodeAt(cut.length - 1)
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut
}
