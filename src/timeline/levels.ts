/** Which log lines are worth a row: error level and above, however the logger spells it. */

const LEVEL_WORDS: Record<string, 'error' | 'fatal'> = {
  error: 'error', err: 'error', eror: 'error', severe: 'error', crit: 'fatal', critical: 'fatal',
  fatal: 'fatal', panic: 'fatal', alert: 'fatal', emerg: 'fatal', emergency: 'fatal', dpanic: 'fatal',
}

/** Character codes (lower case) that the words levelOf reads as error or fatal begin with. */
export const LEVEL_INITIALS: ReadonlySet<number> = new Set(Object.keys(LEVEL_WORDS).map((word) => word.charCodeAt(0)))

/** A level field's value (`"error"`, `"ERROR"`, pino's 50/60) -> `error`/`fatal`, or undefined below error. */
export function levelOf(value: unknown): 'error' | 'fatal' | undefined {
  if (typeof value === 'number') return value >= 60 ? 'fatal' : value >= 50 ? 'error' : undefined
  if (typeof value !== 'string' || value.length < 3 || value.length > 9) return undefined
  // Most lines are info or debug: decide on the first letter before lower-casing anything.
  if (!LEVEL_INITIALS.has(value.charCodeAt(0) | 0x20)) return undefined
  return LEVEL_WORDS[value.toLowerCase()]
}

/** Level words in free text: `ERROR`, `[error]`, `level=error`, `panic:`, klog's `E0209`/`F0209` prefix, nginx's `[crit]`. */
const TEXT_LEVEL = /(?:^|[\s[(|<])(ERROR|ERR|FATAL|PANIC|CRIT(?:ICAL)?|SEVERE|EMERG)(?=[\s\]):|>,]|$)|^\[?(error|fatal|panic|critical)\]?[:\s]|\blevel=(error|err|fatal|panic|crit(?:ical)?)\b|^([EF])\d{4} \d{2}:|\[(error|crit|alert|emerg)\]/

const LOWER_LEVELS = new Set(['info', 'debug', 'trace', 'warn', 'warning', 'notice', 'verbose', 'dbug', 'inf', 'dbg', 'wrn'])

export function textLevel(text: string): 'error' | 'fatal' | undefined {
  // Most loggers start the line with the level: a lower one settles it without the full search.
  let end = 0
  while (end < 10 && end < text.length) {
    const code = text.charCodeAt(end) | 0x20
    if (code < 97 || code > 122) break
    end++
  }
  const next = text.charCodeAt(end)
  if (end >= 4 && (next === 32 || next === 58 || next === 93 || next === 9) && LOWER_LEVELS.has(text.slice(0, end).toLowerCase())) return undefined
  const first = text.charCodeAt(0)
  // klog: I0209 / W0209 (info, warning).
  if ((first === 73 || first === 87) && end === 1 && next >= 48 && next <= 57) return undefined
  const match = TEXT_LEVEL.exec(text)
  if (!match) return undefined
  const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').toLowerCase()
  if (word === 'e') return 'error'
  if (word === 'f') return 'fatal'
  return LEVEL_WORDS[word]
}

const LEADING_WORDS = new Map<string, 'error' | 'fatal' | 'lower'>()
for (const word of ['info', 'debug', 'trace', 'warn', 'warning', 'notice', 'verbose', 'dbug', 'inf', 'dbg', 'wrn']) {
  LEADING_WORDS.set(word, 'lower')
}
for (const [word, level] of Object.entries(LEVEL_WORDS)) LEADING_WORDS.set(word, level)
for (const [word, level] of [...LEADING_WORDS]) {
  LEADING_WORDS.set(word.toUpperCase(), level)
  LEADING_WORDS.set(word[0]!.toUpperCase() + word.slice(1), level)
}

/** Every spelling leadingLevel reads as a level below error ("info", "INFO", "Info", ...). */
export function lowerLevelSpellings(): string[] {
  return [...LEADING_WORDS].filter(([, level]) => level === 'lower').map(([word]) => word)
}

/**
 * The level word a text line opens with at `start` ("INFO", "Error:", "[warn]"), without
 * allocating for the common case: `lower` for info/debug/warn, `error`/`fatal`, or undefined
 * when the line does not open with a level word (the caller searches further).
 */
export function leadingLevel(line: string, start: number): 'error' | 'fatal' | 'lower' | undefined {
  let from = start
  if (line.charCodeAt(from) === 91 /* [ */) from++
  let end = from
  while (end - from < 9) {
    const code = line.charCodeAt(end)
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) break
    end++
  }
  const next = line.charCodeAt(end)
  if (end - from < 3 || !(next === 32 || next === 58 || next === 93 || next === 9 || Number.isNaN(next))) return undefined
  return LEADING_WORDS.get(line.slice(from, end))
}
