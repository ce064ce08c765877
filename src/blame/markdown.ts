/**
 * The texts of a Markdown document the blame check reads: every paragraph, heading and table
 * cell (remark-retext would skip the cells), as source slices with their file offset, so a hit's
 * offset plus the unit's offset is the hit's offset in the file. Code, HTML and front matter are
 * not prose; blockquotes that hold a chat transcript are quotes of what people said at the time.
 */
import type { Heading, Nodes, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'

export interface TextUnit {
  /** The source slice, with blockquote markers on continuation lines blanked (same length). */
  text: string
  /** Offset of `text[0]` in the document. */
  offset: number
  kind: 'paragraph' | 'heading' | 'tableCell'
}

/** Headings under which blockquotes are transcripts. */
const CHAT_HEADING = /\b(?:chat|slack|irc|transcripts?|conversations?|discussion|logs?)\b/i
/** A transcript line: "[08:47] ...", "<alice> ...", "alice [8:27 AM]", "alice: ...". */
const CHAT_LINE = /^\s*(?:\[\d{1,2}:\d{2}[^\]]*\]|<[^<>\s]+>|[\p{L}\p{N}._@-]+\s*\[\d{1,2}:\d{2}[^\]]*\]|[\p{L}\p{N}._@-]{2,30}:\s)/u

export function textUnits(tree: Root, source: string): TextUnit[] {
  const units: TextUnit[] = []
  /** Depth of the chat-log heading we are under, if any (its subheadings stay in it). */
  let chatDepth: number | undefined
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
        return
      case 'heading': {
        const heading = node as Heading
        if (chatDepth !== undefined && heading.depth <= chatDepth) chatDepth = undefined
        if (chatDepth === undefined && CHAT_HEADING.test(toString(heading))) chatDepth = heading.depth
        push(node, 'heading')
        return
      }
      case 'paragraph':
        push(node, 'paragraph')
        return
      case 'tableCell':
        push(node, 'tableCell')
        return
      case 'blockquote':
        if (chatDepth !== undefined || isTranscript(node, source)) return
        break
      default:
        break
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  const push = (node: Nodes, kind: TextUnit['kind']): void => {
    // A cell's position includes its pipes and padding: read from its first to its last child.
    const children = kind === 'tableCell' && 'children' in node ? (node.children as Nodes[]) : undefined
    if (children && children.length === 0) return
    const start = (children ? children[0] : node)?.position?.start.offset
    const end = (children ? children[children.length - 1] : node)?.position?.end.offset
    if (start === undefined || end === undefined || end <= start) return
    units.push({ text: blankQuoteMarkers(source.slice(start, end)), offset: start, kind })
  }
  visit(tree)
  return units
}

function isTranscript(node: Nodes, source: string): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return false
  const lines = source.slice(start, end).split('\n').map((line) => line.replace(/^\s*(?:>\s?)+/, '')).filter((line) => line.trim() !== '')
  const chatLines = lines.filter((line) => CHAT_LINE.test(line)).length
  return chatLines > 0 && chatLines * 4 >= lines.length
}

/** "> a\n> b" -> "> a\n  b": continuation markers become spaces, offsets unchanged. */
function blankQuoteMarkers(text: string): string {
  return text.replace(/\n([ \t]*(?:>[ \t]?)+)/g, (_match, markers: string) => `\n${' '.repeat(markers.length)}`)
}
