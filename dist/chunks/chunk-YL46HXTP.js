import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  truncate
} from "./chunk-POANTLKZ.js";

// src/report/escape.ts
var ZERO_WIDTH_JOINER = "\u200D";
var WORD_JOINER = "\u2060";
function neutraliseMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_JOINER}`);
}
function escapeHtmlCharacters(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function htmlText(text) {
  return escapeHtmlCharacters(neutraliseMentions(oneLine(text))).replace(/`/g, "&#96;").replace(/\|/g, "&#124;");
}
var CODE_SPAN = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
function inlineText(text) {
  const line = neutraliseMentions(oneLine(text));
  let out = "";
  let last = 0;
  for (const match of line.matchAll(CODE_SPAN)) {
    out += escapeInlineHtml(line.slice(last, match.index));
    out += match[0].replace(/<!--/g, `<${ZERO_WIDTH_JOINER}!--`);
    last = match.index + match[0].length;
  }
  return out + escapeInlineHtml(line.slice(last));
}
function escapeInlineHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function tableCell(text) {
  return inlineText(text).replace(/\|/g, "\\|");
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
function codeSpan(text) {
  const line = text.replace(/[\r\n]+/g, " ");
  const ticks = "`".repeat(longestBacktickRun(line) + 1);
  const padding = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${ticks}${padding}${line}${padding}${ticks}`;
}
function fencedBlock(info, content) {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
  return `${fence}${info}
${content}
${fence}`;
}
var MERMAID_LOOKALIKES = {
  ":": "\u2236",
  // RATIO
  "#": "\uFF03",
  // FULLWIDTH NUMBER SIGN
  ";": "\uFF1B",
  // FULLWIDTH SEMICOLON
  "%": "\uFF05",
  // FULLWIDTH PERCENT SIGN
  "<": "\u2039",
  // SINGLE LEFT-POINTING ANGLE QUOTATION MARK
  ">": "\u203A",
  // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
  "`": "\u02BC",
  // MODIFIER LETTER APOSTROPHE
  "&": "\uFF06",
  // FULLWIDTH AMPERSAND
  '"': "\u201D",
  // RIGHT DOUBLE QUOTATION MARK
  "{": "(",
  "}": ")"
};
function mermaidLookalike(character) {
  return MERMAID_LOOKALIKES[character] ?? character;
}
function mermaidText(text, max = Infinity) {
  const plain = neutraliseMentions(text).replace(/[:#;%<>`&"{}]/g, (character) => MERMAID_LOOKALIKES[character] ?? " ").replace(/\s+/g, " ").trim();
  return truncate(plain, max);
}
function commandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function commandProperty(text) {
  return commandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function runnerText(text) {
  const visible = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
  return visible.replace(/^(\s*):(?=:)/, `$1:${WORD_JOINER}`).replace(/##\[/g, `#${WORD_JOINER}#[`);
}
function runnerPath(path) {
  return runnerText(path.startsWith(":") ? `./${path}` : path);
}
function oneLine(text) {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ");
}

export {
  neutraliseMentions,
  htmlText,
  inlineText,
  tableCell,
  codeSpan,
  fencedBlock,
  mermaidLookalike,
  mermaidText,
  commandData,
  commandProperty,
  runnerText,
  runnerPath
};
