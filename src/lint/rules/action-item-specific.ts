/**
 * action-item-specific: actions say what will change, not a direction ("Improve monitoring").
 * The vague wordings are data (src/lint/vague-actions.yml).
 */
import { data as vagueData } from '../vague-actions.yml.generated.js'
import { postmortemRule, quote, unexpected } from '../rule.js'

export interface VagueWording {
  id: string
  pattern: RegExp
  always: boolean
  note: string
}

/** Validates the vocabulary: every entry needs an id, a compilable pattern and a note. */
export function vagueWordingsFromData(data: unknown, source: string): VagueWording[] {
  if (!Array.isArray(data)) throw new Error(`${source}: expected a list of entries`)
  return data.map((entry: unknown, index) => {
    const where = `${source}: entry ${index + 1}`
    if (!entry || typeof entry !== 'object') throw new Error(`${where}: expected a mapping with id, pattern, note`)
    const { id, pattern, always, note } = entry as Record<string, unknown>
    if (typeof id !== 'string' || !id) throw new Error(`${where}: \`id\` must be a non-empty string`)
    if (typeof pattern !== 'string') throw new Error(`${where} (${id}): \`pattern\` must be a string`)
    if (typeof note !== 'string' || !note) throw new Error(`${where} (${id}): \`note\` must be a non-empty string`)
    if (always !== undefined && typeof always !== 'boolean') throw new Error(`${where} (${id}): \`always\` must be true or false`)
    let compiled: RegExp
    try {
      compiled = new RegExp(pattern, 'i')
    } catch (error) {
      throw new Error(`${where} (${id}): \`pattern\` is not a valid regular expression: ${(error as Error).message}`)
    }
    return { id, pattern: compiled, always: always ?? false, note }
  })
}

let wordings: VagueWording[] | undefined

/**
 * Something a reader could point at: a number, code, a path or link, a ticket, an identifier
 * (snake_case, dotted, camelCase), an acronym, a quoted term, or a capitalised name (PgBouncer).
 */
const CONCRETE = /\d|`|\/|https?:|#\w|\b\w+[_.]\w+|\b[a-z]+[A-Z]\w*|\b[A-Z][a-z]+[A-Z]\w*|\b[A-Z]{2,}\b|["“'‘][^"”'’]+["”'’]/
/** Hyphenated names count as concrete ("payments-worker"), everyday hyphenated words do not. */
const COMMON_HYPHENATED = new Set(['on-call', 'follow-up', 'follow-ups', 're-run', 'end-to-end', 'real-time', 'long-term', 'short-term', 'built-in', 'opt-in', 'self-service', 'up-to-date', 'well-known', 'post-mortem', 'post-mortems', 'sign-off', 'roll-out', 'set-up', 'check-in', 'e-mail', 'day-to-day', 'so-called', 'high-level', 'low-level'])

function isConcrete(text: string): boolean {
  if (CONCRETE.test(text)) return true
  // A capitalised word names something (Kafka, Grafana), unless every word is capitalised (Title Case).
  const words = text.split(/\s+/).filter((word) => /^[A-Za-z]/.test(word))
  const capitalised = words.filter((word) => /^[A-Z][a-z]/.test(word))
  if (capitalised.length > 0 && capitalised.length < words.length) return true
  return (text.match(/\b[A-Za-z]+(?:-[A-Za-z]+)+\b/g) ?? []).some((word) => !COMMON_HYPHENATED.has(word.toLowerCase()))
}
const MAX_VAGUE_WORDS = 6

export function vagueWording(action: string): VagueWording | undefined {
  wordings ??= vagueWordingsFromData(vagueData, 'vague-actions.yml')
  const text = action.trim().replace(/[.!]+$/, '')
  for (const wording of wordings) {
    const match = wording.pattern.exec(text)
    if (!match) continue
    if (wording.always) return wording
    const rest = text.slice(match.index + match[0].length)
    const words = rest.split(/\s+/).filter(Boolean).length
    if (!isConcrete(rest) && words <= MAX_VAGUE_WORDS) return wording
  }
  return undefined
}

export default postmortemRule({
  id: 'action-item-specific',
  check({ postmortem, report }) {
    for (const item of postmortem.actionItems) {
      if (!item.action) continue
      const wording = vagueWording(item.action.value)
      if (!wording) continue
      report(
        unexpected(
          `vague action ${quote(item.action.value)} (${wording.note})`,
          'a specific change that names what and where: the metric and threshold, the alert, the dashboard, the check, the runbook step (e.g. `Alert when queue depth > 1000 for 5 min`)',
        ),
        item.action.span,
        { actual: item.action.raw },
      )
    }
  },
})
