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

const indexes = new WeakMap<Record<string, string[]>, Map<string, string>>()

/**
 * A lookup from normalised alias (and the canonical key itself) to the canonical key.
 * Cached per vocabulary object: a config's vocabularies do not change once validated.
 */
export function aliasIndex(vocabulary: Record<string, string[]>): Map<string, string> {
  let index = indexes.get(vocabulary)
  if (!index) {
    index = buildAliasIndex(vocabulary)
    indexes.set(vocabulary, index)
  }
  return index
}

function buildAliasIndex(vocabulary: Record<string, string[]>): Map<string, string> {
  const index = new Map<string, string>()
  for (const [canonical, aliases] of Object.entries(vocabulary)) {
    for (const alias of [canonical, ...aliases]) {
      const key = normalizeLabel(alias)
      if (!index.has(key)) index.set(key, canonical)
    }
  }
  return index
}

const subsetIndexes = new WeakMap<Record<string, string[]>, Map<string, Map<string, string>>>()

/** The alias index of some keys of a vocabulary only (the timeline's columns, the action items' columns). */
export function aliasIndexFor(vocabulary: Record<string, string[]>, keys: readonly string[]): Map<string, string> {
  let byKeys = subsetIndexes.get(vocabulary)
  if (!byKeys) subsetIndexes.set(vocabulary, (byKeys = new Map()))
  const cacheKey = keys.join('\n')
  let index = byKeys.get(cacheKey)
  if (!index) {
    index = buildAliasIndex(Object.fromEntries(keys.map((key) => [key, vocabulary[key] ?? []])))
    byKeys.set(cacheKey, index)
  }
  return index
}
