import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);

// src/truncate.ts
var graphemes;
function truncate(text, max) {
  if (text.length <= max) return text;
  if (codePointLength(text, max + 1) <= max) return text;
  const budget = Math.max(0, max - 1);
  let out = "";
  let used = 0;
  graphemes ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  for (const { segment } of graphemes.segment(text.slice(0, budget * 2 + 16))) {
    const size = codePointLength(segment, Infinity);
    if (used + size > budget) break;
    out += segment;
    used += size;
  }
  return `${out}\u2026`;
}
function codePointLength(text, stopAt) {
  let count = 0;
  for (let i = 0; i < text.length && count < stopAt; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 55296 && unit <= 56319 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) i++;
    }
    count++;
  }
  return count;
}
function sliceWhole(text, maxUnits) {
  if (text.length <= maxUnits) return text;
  const cut = text.slice(0, Math.max(0, maxUnits));
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 55296 && last <= 56319 ? cut.slice(0, -1) : cut;
}

export {
  truncate,
  sliceWhole
};
