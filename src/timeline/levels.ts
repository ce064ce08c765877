/** Which log lines are worth a row: error level and above, however the logger spells it. */

const LEVEL_WORDS: Record<string, 'error' | 'fatal'> = {
  error: 'error', err: 'error', eror: 'error', severe: 'error', crit: 'fatal', critical: 'fatal',
  fatal: 'fatal', panic: 'fatal', alert: 'fatal', emerg: 'fatal', emergency: 'fatal', dpanic: 'fatal',
}

/** A level field's value (`"error"`, `"ERROR"`, pino's 50/60) -> `error`/`fatal`, or undefined below error. */
export function levelOf(value: unknown): 'error' | 'fatal' | undefined {
  if (typeof value === 'number') return value >= 60 ? 'fatal' : value >= 50 ? 'error' : undefined
  if (typeof value !== 'string' || value.length < 3 || value.length > 9) return undefined
  // Most lines are info or debug: decide on the first letter before lower-casing anything.
  const first = value.charCodeAt(0) | 0x20
  if (first !== 101 /* e */ && first !== 102 /* f */ && first !== 112 /* p */ && first !== 99 /* c */ && first !== 97 /* a */ && first !== 115 /* s */ && first !== 100 /* d */) return undefined
  return LEVEL_WORDS[value.toLowerCase()]
}

/** Level words in free text: `ERROR`, `[error]`, `level=error`, `panic:`, klog's `E0209`/`F0209` prefix. */
const TEXT_LEVEL = /(?:^|[\s[(|<])(ERROR|ERR|FATAL|PANIC|CRIT(?:ICAL)?|SEVERE|EMERG)(?=[\s\]):|>,]|$)|^\[?(error|fatal|panic|critical)\]?[:\s]|\blevel=(error|err|fatal|panic|crit(?:ical)?)\b|^([EF])\d{4} \d{2}:/

export function textLevel(text: string): 'error' | 'fatal' | undefined {
  const match = TEXT_LEVEL.exec(text)
  if (!match) return undefined
  const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').toLowerCase()
  if (word === 'e') return 'error'
  if (word === 'f') return 'fatal'
  return LEVEL_WORDS[word]
}
