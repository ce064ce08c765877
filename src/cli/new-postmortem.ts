/** Pure parts of `postmortem new`: dates, slugs, file names and filling the template. */

const MAX_SLUG_LENGTH = 60
const FALLBACK_SLUG = 'incident'

/** `YYYY-MM-DD` when `text` is a real calendar date (no 2025-02-30), else undefined. */
export function parseIsoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real ? text : undefined
}

/** The UTC calendar date of an instant, as `YYYY-MM-DD`. */
export function isoDateOf(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/**
 * Lower-case ASCII words joined by dashes, at most 60 characters, cut at a word boundary
 * when possible. Accents are folded ("Café" -> "cafe"); a title with no ASCII letters or
 * digits gets a neutral slug rather than an empty file name.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
  if (words === '') return FALLBACK_SLUG
  const slug = words.replace(/ /g, '-')
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '')
}

export function postmortemFileName(date: string, title: string): string {
  return `${date}-${slugify(title)}.md`
}

/**
 * Fill the template: the title goes where `<title>` stands (or replaces the first H1's text
 * when a custom template has no placeholder), and the date goes into the H1 and the `Date`
 * field. Other `YYYY-MM-DD` placeholders (deadlines, review date) are left for the author.
 */
export function fillTemplate(template: string, title: string, date: string): string {
  const lines = template.split('\n')
  const headingIndex = lines.findIndex((line) => /^#\s/.test(line))
  const dateFieldIndex = lines.findIndex((line) => /^\s*\*\*Date\*\*\s*:/i.test(line))
  return lines
    .map((line, index) => {
      if (index === headingIndex) return fillHeading(line, title, date)
      if (index === dateFieldIndex) return line.replace(/YYYY-MM-DD/, date)
      return line
    })
    .join('\n')
}

function fillHeading(line: string, title: string, date: string): string {
  // Replacer functions, so `$&` or `$1` in a title stay literal.
  const withDate = line.replace(/YYYY-MM-DD/, () => date)
  if (withDate.includes('<title>')) return withDate.replace('<title>', () => title)
  return `# Post-Mortem: ${title} (${date})`
}

/** "1h 35min (10:05 - 11:40 UTC)" for an incident window in epoch ms (minutes rounded down). */
export function durationText(startMs: number, endMs: number): string {
  const minutes = Math.max(0, Math.floor(endMs / 60_000) - Math.floor(startMs / 60_000))
  const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16)
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}min (${clock(startMs)} - ${clock(endMs)} UTC)`
}

/** Puts the incident window into the first `**Duration**:` field (the template's placeholder or any value). */
export function fillDuration(text: string, startMs: number, endMs: number): string {
  return text.replace(/^(\s*\*\*Duration\*\*\s*:[ \t]*)[^\r\n]*/im, (_, label: string) => `${label}${durationText(startMs, endMs)}`)
}
