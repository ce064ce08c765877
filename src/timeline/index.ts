/** The timeline drafter's public surface (src/cli/timeline-command.ts is its I/O edge). */
export { recognise, TimelineDraft, LineFeed, KNOWN_FORMATS, unknownFormatMessage, compareRows } from './draft.js'
export { mergeTimeline, type MergeResult } from './merge.js'
export { renderJson, renderMarkdown } from './render.js'
export { parseZone, readIsoTimestamp, ZonelessTimestamp, type AssumedZone } from './time.js'
export { DEFAULT_DRAFT_OPTIONS, type DraftedTimeline, type DraftOptions, type InputProblem, type TimelineRow } from './types.js'
