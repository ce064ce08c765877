/**
 * Kept for the modules that import from here: every escaping function lives in `escape.ts`,
 * the one place that knows each context (HTML, Markdown, table cell, Mermaid, workflow command).
 */
export { codeSpan, fencedBlock, htmlText, inlineText, neutraliseMentions, tableCell, truncate } from './escape.js'
