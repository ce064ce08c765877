/**
 * Making document text safe to put in generated Markdown. Post-mortems quote chat logs and
 * name people; echoing "@alice" in a bot comment would notify her every push, and a quoted
 * "<!-- postmortem-action:... -->" must never look like one of our markers.
 */

const ZERO_WIDTH_JOINER = '\u200d'

/** "@alice" -> "@\u200dalice": reads the same, notifies nobody (users, teams, orgs). */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_JOINER}`)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A code span: backticks, content, the same number of backticks (CommonMark). */
const CODE_SPAN = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g

/**
 * Text from a document (or a message quoting one), rendered inline in Markdown: mentions
 * neutralised, HTML outside code spans shown as text (so no fake markers or hidden content),
 * code spans kept as written (HTML is not interpreted there, and entities would show
 * literally), one line.
 */
export function inlineText(text: string): string {
  const oneLine = neutraliseMentions(text).replace(/\s*[\r\n]+\s*/g, ' ')
  let out = ''
  let last = 0
  for (const match of oneLine.matchAll(CODE_SPAN)) {
    out += escapeHtml(oneLine.slice(last, match.index))
    // An HTML comment opener cannot act inside a code span, but keep our marker text from ever appearing verbatim.
    out += match[0].replace(/<!--/g, '<\u200d!--')
    last = match.index + match[0].length
  }
  return out + escapeHtml(oneLine.slice(last))
}

/** As `inlineText`, for a table cell: pipes would end the cell. */
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
  const oneLine = text.replace(/[\r\n]+/g, ' ')
  const ticks = '`'.repeat(longestBacktickRun(oneLine) + 1)
  const padding = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : ''
  return `${ticks}${padding}${oneLine}${padding}${ticks}`
}

/** A fenced block whose fence is longer than any backtick run in the content. */
export function fencedBlock(info: string, content: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1))
  return `${fence}${info}\n${content}\n${fence}`
}

/** Shorten to `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`
}
