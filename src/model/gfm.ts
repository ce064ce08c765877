/**
 * The GitHub-flavoured Markdown that post-mortems use: tables (timelines, action items), task lists,
 * strikethrough (done items) and footnotes. Unlike remark-gfm it leaves out autolink literals (bare
 * `https://…` and `www.…` turned into links): no rule reads them, and finding them means scanning
 * every character at tokenisation and every text node afterwards. The bench measures the saving and
 * a corpus test checks that the findings are the same as with remark-gfm.
 */
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { combineExtensions } from 'micromark-util-combine-extensions'
import type { Processor } from 'unified'

export function remarkPostmortemGfm(this: Processor): undefined {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(combineExtensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()]))
  ;(data.fromMarkdownExtensions ??= []).push([
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  ])
}
