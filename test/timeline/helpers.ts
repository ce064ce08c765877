import { recognise, TimelineDraft, type AssumedZone, type DraftOptions } from '../../src/timeline/index.js'
import { renderMarkdown } from '../../src/timeline/render.js'

export interface EvidenceFile {
  name: string
  text: string
}

/**
 * Drafts from in-memory files as the CLI does from disk: recognised from the head, line-based
 * files pushed in chunks of `chunk` characters (so lines cut between chunks are exercised).
 */
export function draft(files: readonly EvidenceFile[], options: Partial<DraftOptions> = {}, zone?: AssumedZone, chunk = 37, bytes = false) {
  const timeline = new TimelineDraft(options, zone)
  for (const file of files) {
    const recognised = recognise(file.text.slice(0, 65536))
    if (recognised.kind === 'document') timeline.document(file.name, file.text)
    else if (recognised.kind === 'lines') {
      const feed = timeline.lines(file.name, recognised.format, { bytes })
      if (bytes) {
        // As the CLI reads: raw bytes, cut anywhere.
        const raw = Buffer.from(file.text, 'utf8')
        for (let i = 0; i < raw.length; i += chunk) feed.pushBytes(raw.subarray(i, i + chunk))
      } else {
        for (let i = 0; i < file.text.length; i += chunk) feed.push(file.text.slice(i, i + chunk))
      }
      feed.end()
    } else timeline.problem({ file: file.name, message: recognised.kind, fatal: recognised.kind === 'unknown' })
  }
  const result = timeline.finish()
  return { ...result, problems: timeline.problems, markdown: renderMarkdown(result) }
}

export const utc = (text: string) => Date.parse(text)
