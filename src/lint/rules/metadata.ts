/** metadata: Date, Duration, Severity (from the configured scale) and Authors are present and valid. */
import { displayName, postmortemRule, quote, unexpected } from '../rule.js'
import { listOption, onlyKnownOptions } from '../options.js'

const FIELD_HINTS: Record<string, string> = {
  date: '`**Date**: YYYY-MM-DD`',
  duration: '`**Duration**: 1h 35min (10:05 - 11:40 UTC)`',
  severity: '`**Severity**: P1`',
  authors: '`**Authors**: @alice, @bob`',
  reviewed: '`**Reviewed**: YYYY-MM-DD`',
  id: '`**ID**: INC-123`',
}

export default postmortemRule<{ required: string[] }>({
  id: 'metadata',
  options(raw) {
    onlyKnownOptions(raw, ['required'], 'metadata')
    const required = listOption(raw, 'required', ['date', 'duration', 'severity', 'authors'], 'metadata')
    const unknown = required.filter((key) => !(key in FIELD_HINTS))
    if (unknown.length > 0) throw new Error(`rules.metadata.required: unknown field ${unknown.join(', ')}, expected some of: ${Object.keys(FIELD_HINTS).join(', ')}`)
    return { required }
  },
  check({ postmortem, options, config, report, documentSpan }) {
    const { meta } = postmortem
    const present = new Set(meta.fields.map((field) => field.key))
    for (const key of options.required) {
      if (!present.has(key) && !(key === 'date' && meta.date)) {
        report(unexpected(`missing \`${displayName(key)}\` field`, `${FIELD_HINTS[key]} near the title or \`${key}:\` in the front matter`), documentSpan())
      }
    }
    for (const key of ['date', 'reviewed'] as const) {
      const field = meta[key]
      if (field && !field.value && present.has(key)) report(unexpected(`${key} ${quote(field.raw)}`, 'a real calendar date as YYYY-MM-DD'), field.span, { actual: field.raw })
    }
    if (meta.duration && meta.duration.value.minutes === undefined && meta.duration.value.startMinutes === undefined) {
      report(unexpected(`duration ${quote(meta.duration.raw)}`, 'a length and window such as `1h 35min (10:05 - 11:40 UTC)`'), meta.duration.span, { actual: meta.duration.raw })
    }
    if (meta.severity && !(meta.severity.value in config.severities)) {
      report(unexpected(`severity ${quote(meta.severity.raw)}`, `one of ${Object.keys(config.severities).join(', ')} (aliases such as ${(config.severities[Object.keys(config.severities)[1] ?? ''] ?? []).slice(1, 3).join(', ')} are accepted)`), meta.severity.span, { actual: meta.severity.raw })
    }
    if (meta.authors && meta.authors.value.length === 0) report(unexpected('empty `Authors` field', 'the people who wrote the post-mortem, such as `@alice, @bob`'), meta.authors.span)
  },
})
