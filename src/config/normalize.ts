/** How labels are compared against vocabularies: case, surrounding punctuation and spacing do not matter. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:.\-–—#]+|[\s:.\-–—]+$/g, '')
    .trim()
}

/** Builds a lookup from normalised alias (and the canonical key itself) to the canonical key. */
export function aliasIndex(vocabulary: Record<string, string[]>): Map<string, string> {
  const index = new Map<string, string>()
  for (const [canonical, aliases] of Object.entries(vocabulary)) {
    for (const alias of [canonical, ...aliases]) {
      const key = normalizeLabel(alias)
      if (!index.has(key)) index.set(key, canonical)
    }
  }
  return index
}
