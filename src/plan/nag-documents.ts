/**
 * A parsed post-mortem as schedule mode reads it (pure): the post-mortem's key, its incident
 * date and start, and each action item's ID, action, owner, deadline and canonical priority.
 */
import { aliasIndex, normalizeLabel } from '../config/normalize.js'
import type { Config } from '../config/types.js'
import type { LintText } from '../lint/api.js'
import { guardText } from '../lint/engine.js'
import { parsePostmortem } from '../model/parse.js'
import type { Postmortem } from '../model/types.js'
import type { DocumentItem, DocumentPostmortem } from './nag.js'

const UTC_ZONES = new Set(['utc', 'z', 'gmt', '+00:00', '+0000'])

/** The post-mortem's key as merge mode uses it: front-matter `id`, else the file name without extension. */
export function postmortemKey(path: string, postmortem: Postmortem): string {
  const id = postmortem.meta.id?.value.trim()
  if (id !== undefined && id !== '') return id
  const name = path.split('/').pop() ?? path
  return name.replace(/\.[^.]+$/, '')
}

function incidentStart(postmortem: Postmortem): string | undefined {
  const date = postmortem.meta.date?.value
  const duration = postmortem.meta.duration?.value
  if (date === undefined || duration?.startMinutes === undefined) return undefined
  if (duration.zone !== undefined && !UTC_ZONES.has(duration.zone.toLowerCase())) return undefined
  const hours = String(Math.floor(duration.startMinutes / 60)).padStart(2, '0')
  const minutes = String(duration.startMinutes % 60).padStart(2, '0')
  return `${date}T${hours}:${minutes}:00Z`
}

export function documentPostmortem(path: string, postmortem: Postmortem, config: Config): DocumentPostmortem {
  const priorities = aliasIndex(config.priorities)
  const items: DocumentItem[] = postmortem.actionItems.map((item) => {
    const id = item.id?.value.trim()
    const priority = item.priority === undefined ? undefined : priorities.get(normalizeLabel(item.priority.value))
    const owner = item.owner?.value.trim()
    return {
      ...(id === undefined || id === '' ? {} : { id }),
      action: item.action?.value ?? '',
      ...(owner === undefined || owner === '' ? {} : { owner }),
      ...(item.deadlineDate === undefined ? {} : { deadline: item.deadlineDate }),
      ...(item.deadline === undefined ? {} : { deadlineText: item.deadline.value }),
      ...(priority === undefined ? {} : { priority }),
      ...(item.done ? { done: true } : {}),
      line: item.span.start.line,
    }
  })
  const start = incidentStart(postmortem)
  const date = postmortem.meta.date?.value
  return {
    id: postmortemKey(path, postmortem),
    path,
    title: postmortem.meta.title?.value ?? path,
    ...(date === undefined ? {} : { incidentDate: date }),
    ...(start === undefined ? {} : { incidentStart: start }),
    items,
  }
}

/**
 * Schedule mode only needs the model, not the findings (the pull request judged the text):
 * the same guards as the linter (size, nesting, complexity), then the parse, no rules.
 */
export const parseText: LintText = async (path, input, config) => {
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r(?!\n)/g, '\n')
  const guard = guardText(text)
  if (guard) return { path, findings: [guard], skipped: true, text }
  return { path, findings: [], postmortem: parsePostmortem(text, config), text }
}
