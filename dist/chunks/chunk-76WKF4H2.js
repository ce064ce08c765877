import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);

// src/config/normalize.ts
function normalizeLabel(text) {
  return text.normalize("NFKC").toLowerCase().replace(/[*_`]/g, "").replace(/\s+/g, " ").replace(/^[\s:.\-–—#]+|[\s:.\-–—]+$/g, "").trim();
}
var indexes = /* @__PURE__ */ new WeakMap();
function aliasIndex(vocabulary) {
  let index = indexes.get(vocabulary);
  if (!index) {
    index = buildAliasIndex(vocabulary);
    indexes.set(vocabulary, index);
  }
  return index;
}
function buildAliasIndex(vocabulary) {
  const index = /* @__PURE__ */ new Map();
  for (const [canonical, aliases] of Object.entries(vocabulary)) {
    for (const alias of [canonical, ...aliases]) {
      const key = normalizeLabel(alias);
      if (!index.has(key)) index.set(key, canonical);
    }
  }
  return index;
}
var subsetIndexes = /* @__PURE__ */ new WeakMap();
function aliasIndexFor(vocabulary, keys) {
  let byKeys = subsetIndexes.get(vocabulary);
  if (!byKeys) subsetIndexes.set(vocabulary, byKeys = /* @__PURE__ */ new Map());
  const cacheKey = keys.join("\n");
  let index = byKeys.get(cacheKey);
  if (!index) {
    index = buildAliasIndex(Object.fromEntries(keys.map((key) => [key, vocabulary[key] ?? []])));
    byKeys.set(cacheKey, index);
  }
  return index;
}

export {
  normalizeLabel,
  aliasIndex,
  aliasIndexFor
};
