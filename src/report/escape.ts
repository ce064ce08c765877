/**
 * The one place where text from a document, a path or a configuration is made safe for the
 * context it lands in. A pull request's author controls file names and document text, and all
 * of it ends up in comments, the job summary, annotations and logs that others read:
 *
 * | context                         | function            |
 * | ------------------------------- | ------------------- |
 * | HTML element or attribute       | `htmlText`          |
 * | Markdown, inline                | `inlineText`        |
 * | Markdown table cell             | `tableCell`         |
 * | Markdown code span / fence      | `codeSpan`, `fencedBlock` |
 * | Mermaid diagram label           | `mermaidText`       |
 * | workflow command (message/prop) | `commandData`, `commandProperty` |
 * | a line a runner reads (CLI)     | `runnerText`, `runnerPath` |
 * | cutting any of them short       | `truncate` (on graphemes, never inside a surrogate pair) |
 *
 * Besides, mentions never notify ("@alice" would ping her every push) and a quoted
 * "<!-- postmortem-action:... -->" never looks like one of our markers.
 */

import { truncate } from '../truncate.js'

export { codePointLength, sliceWhole, truncate } from '../truncate.js'

const ZERO_WIDTH_JOINER = '\u200d'
const WORD_JOINER = '\u2060'

/** "@alice" -> "@\u200dalice": reads the same, notifies nobody (users, teams, orgs). */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_JOINER}`)
}

/** Characters that are markup in HTML text and in quoted attribute values. */
function escapeHtmlCharacters(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/**
 * Text inside an HTML element (`<summary>`, `<code>`, `<td>`) or a quoted attribute, where
 * GitHub does not render Markdown: everything is escaped, code spans included, on one line.
 * Backticks become entities too, so the text cannot close or open a Markdown code span
 * around the element either.
 */
export function htmlText(text: string): string {
  return escapeHtmlCharacters(neutraliseMentions(oneLine(text))).replace(/`/g, '&#96;').replace(/\|/g, '&#124;')
}

/** A code span: backticks, content, the same number of backticks (CommonMark). */
const CODE_SPAN = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g

/**
 * Text from a document (or a message quoting one), rendered inline in Markdown: mentions
 * neutralised, HTML outside code spans shown as text (so no fake markers or hidden content),
 * code spans kept as written (HTML is not interpreted there, and entities would show
 * literally), one line. Never use it inside an HTML element: use `htmlText` there.
 */
export function inlineText(text: string): string {
  const line = neutraliseMentions(oneLine(text))
  let out = ''
  let last = 0
  for (const match of line.matchAll(CODE_SPAN)) {
    out += escapeInlineHtml(line.slice(last, match.index))
    // An HTML comment opener cannot act inside a code span, but keep our marker text from ever appearing verbatim.
    out += match[0].replace(/<!--/g, `<${ZERO_WIDTH_JOINER}!--`)
    last = match.index + match[0].length
  }
  return out + escapeInlineHtml(line.slice(last))
}

function escapeInlineHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** As `inlineText`, for a Markdown table cell: pipes would end the cell (also inside code spans, in GFM). */
export function tableCell(text: string): string {
  return inlineText(text).replace(/\|/g, '\\|')
}

function longestBacktickRun(text: string): number {
  let longest = 0
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  return longest
}

/** A code span that survives backticks inside the text. Mentions in code never notify. */
export function codeSpan(text: string): string {
  const line = text.replace(/[\r\n]+/g, ' ')
  const ticks = '`'.repeat(longestBacktickRun(line) + 1)
  const padding = line.startsWith('`') || line.endsWith('`') ? ' ' : ''
  return `${ticks}${padding}${line}${padding}${ticks}`
}

/** A fenced block whose fence is longer than any backtick run in the content. */
export function fencedBlock(info: string, content: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1))
  return `${fence}${info}\n${content}\n${fence}`
}

/**
 * Mermaid's timeline grammar ends a period at ':' and treats '#', ';' and '%%' as syntax, and
 * GitHub's renderer reads HTML in labels; the grammar has no escape for them, so they become
 * look-alike characters.
 */
const MERMAID_LOOKALIKES: Record<string, string> = {
  ':': '\u2236', // RATIO
  '#': '\uff03', // FULLWIDTH NUMBER SIGN
  ';': '\uff1b', // FULLWIDTH SEMICOLON
  '%': '\uff05', // FULLWIDTH PERCENT SIGN
  '<': '\u2039', // SINGLE LEFT-POINTING ANGLE QUOTATION MARK
  '>': '\u203a', // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
  '`': '\u02bc', // MODIFIER LETTER APOSTROPHE
  '&': '\uff06', // FULLWIDTH AMPERSAND
  '"': '\u201d', // RIGHT DOUBLE QUOTATION MARK
  '{': '(',
  '}': ')',
}

/** The look-alike Mermaid shows for a character it would read as syntax. */
export function mermaidLookalike(character: string): string {
  return MERMAID_LOOKALIKES[character] ?? character
}

/** Text that Mermaid's timeline grammar reads as plain text, on one line, at most `max` characters. */
export function mermaidText(text: string, max = Infinity): string {
  // Mentions do not notify from a diagram, but a reader copying the text should not get one either.
  const plain = neutraliseMentions(text)
    .replace(/[:#;%<>`&"{}]/g, (character) => MERMAID_LOOKALIKES[character] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return truncate(plain, max)
}

/** The message of a workflow command (`::error ...::message`), escaped as @actions/core does. */
export function commandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property of a workflow command (`file=`, `title=`), escaped as @actions/core does. */
export function commandProperty(text: string): string {
  return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * Text printed on a line that the Actions runner reads (CLI output in a workflow): it must
 * never be a workflow command. Control characters (a newline would start a line of the
 * text's choosing, escapes drive the terminal) become spaces; `::` at the start and the
 * legacy `##[` anywhere are broken with a word joiner, which reads the same.
 */
export function runnerText(text: string): string {
  const visible = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
  return visible.replace(/^(\s*):(?=:)/, `$1:${WORD_JOINER}`).replace(/##\[/g, `#${WORD_JOINER}#[`)
}

/**
 * A relative path printed at the start of a line the runner reads: as `runnerText`, and a
 * path that starts with ':' is shown as `./:...`, which names the same file and is no command.
 */
export function runnerPath(path: string): string {
  return runnerText(path.startsWith(':') ? `./${path}` : path)
}

/** One line: line breaks (and the spaces around them) become one space. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
}
