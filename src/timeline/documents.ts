/**
 * Whole-JSON exports: Prometheus query results, Alertmanager alerts, PagerDuty log entries and
 * Slack channel exports. Recognised from their shape, never from the file name.
 */
import { codeSpan, inlineText, truncate } from '../report/text.js'
import { changePoints, formatNumber, type Sample } from './change-points.js'
import { readTimeValue } from './time.js'
import type { EvidenceSink } from './types.js'

export type DocumentFormatId = 'prometheus-range' | 'prometheus-instant' | 'alertmanager' | 'pagerduty' | 'slack'

export const DOCUMENT_FORMAT_NAMES: Record<DocumentFormatId, string> = {
  'prometheus-range': 'Prometheus query_range JSON (resultType matrix)',
  'prometheus-instant': 'Prometheus instant-query JSON (resultType vector or scalar)',
  alertmanager: 'Alertmanager alerts (amtool --output json, /api/v2/alerts, or a webhook payload)',
  pagerduty: 'PagerDuty incident log entries (/incidents/{id}/log_entries)',
  slack: 'Slack channel export (one day of messages)',
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value)

export function recogniseDocument(value: unknown): DocumentFormatId | undefined {
  if (isObject(value)) {
    const data = value.data
    if (isObject(data) && typeof data.resultType === 'string' && 'result' in data) {
      return data.resultType === 'matrix' ? 'prometheus-range' : 'prometheus-instant'
    }
    if (Array.isArray(value.log_entries)) return 'pagerduty'
    if (Array.isArray(value.alerts) && value.alerts.some(isAlert)) return 'alertmanager'
    if (Array.isArray(data) && data.some(isAlert)) return 'alertmanager'
    return undefined
  }
  if (!Array.isArray(value) || value.length === 0) return undefined
  if (value.some(isAlert)) return 'alertmanager'
  if (value.some((item) => isObject(item) && typeof item.type === 'string' && item.type.endsWith('_log_entry'))) return 'pagerduty'
  if (value.some((item) => isObject(item) && item.type === 'message' && typeof item.ts === 'string')) return 'slack'
  return undefined
}

function isAlert(item: unknown): boolean {
  return isObject(item) && isObject(item.labels) && typeof item.startsAt === 'string'
}

export interface DocumentContext {
  file: string
  sink: EvidenceSink
  threshold: number
  persistence: number
  /** Items that could not be read: counted and described by the first reason. */
  skip(reason: string): void
}

export function readDocument(format: DocumentFormatId, value: unknown, context: DocumentContext): void {
  switch (format) {
    case 'prometheus-range':
      return readRange(value as Json, context)
    case 'prometheus-instant':
      return readInstant(value as Json, context)
    case 'alertmanager':
      return readAlerts(value, context)
    case 'pagerduty':
      return readPages(value, context)
    case 'slack':
      return readSlack(value as unknown[], context)
  }
}

// ---- Prometheus ----

/** `http_requests:rate5m{code="5xx",service="api"}`, labels sorted, as PromQL writes a selector. */
export function seriesName(metric: unknown): string {
  const labels = isObject(metric) ? metric : {}
  const name = typeof labels.__name__ === 'string' ? labels.__name__ : ''
  const pairs = Object.keys(labels)
    .filter((key) => key !== '__name__')
    .sort()
    .map((key) => `${key}=${JSON.stringify(String(labels[key]))}`)
  const selector = pairs.length > 0 ? `{${pairs.join(',')}}` : ''
  return name + selector || '{}'
}

function sampleOf(pair: unknown): Sample | undefined {
  if (!Array.isArray(pair) || pair.length !== 2) return undefined
  const at = readTimeValue(pair[0])
  const value = typeof pair[1] === 'string' ? Number(pair[1]) : NaN
  return at === undefined ? undefined : { at, value }
}

function readRange(document: Json, context: DocumentContext): void {
  const result = (document.data as Json).result
  if (!Array.isArray(result)) return context.skip('data.result is not a list')
  for (const series of result) {
    if (!isObject(series) || !Array.isArray(series.values)) {
      context.skip('a series without `values`')
      continue
    }
    const samples: Sample[] = []
    for (const pair of series.values) {
      const sample = sampleOf(pair)
      if (sample === undefined) context.skip('a sample that is not [time, "value"]')
      else samples.push(sample)
    }
    if (samples.length === 0) continue
    context.sink.time(samples[0]!.at)
    context.sink.time(samples[samples.length - 1]!.at)
    const name = seriesName(series.metric)
    const source = `${context.file}: ${truncate(name, 120)}`
    const { baseline, points } = changePoints(samples, context.threshold, context.persistence)
    const level = formatNumber(baseline.median)
    for (const point of points) {
      const event =
        point.kind === 'departure'
          ? `${codeSpan(truncate(name, 120))} ${point.direction === 'above' ? 'rose above' : 'fell below'} its baseline (median ${level}): ${formatNumber(point.value)}, ${point.direction === 'above' ? 'peak' : 'low'} ${formatNumber(point.peak ?? point.value)}`
          : `${codeSpan(truncate(name, 120))} back to its baseline (median ${level}): ${formatNumber(point.value)}`
      context.sink.row({ at: point.at, event, source, actor: '' })
    }
  }
}

function readInstant(document: Json, context: DocumentContext): void {
  const data = document.data as Json
  if (data.resultType === 'scalar' || data.resultType === 'string') {
    const sample = sampleOf(data.result)
    if (!sample) return context.skip('a scalar that is not [time, "value"]')
    context.sink.time(sample.at)
    context.sink.row({ at: sample.at, event: `Query result: ${formatNumber(sample.value)}`, source: context.file, actor: '' })
    return
  }
  if (!Array.isArray(data.result)) return context.skip('data.result is not a list')
  for (const series of data.result) {
    const sample = isObject(series) ? sampleOf(series.value) : undefined
    if (!sample) {
      context.skip('a series without `value: [time, "value"]`')
      continue
    }
    const name = truncate(seriesName((series as Json).metric), 120)
    context.sink.time(sample.at)
    context.sink.row({ at: sample.at, event: `${codeSpan(name)} = ${formatNumber(sample.value)}`, source: `${context.file}: ${name}`, actor: '' })
  }
}

// ---- Alertmanager ----

function alertsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (isObject(value)) return Array.isArray(value.alerts) ? value.alerts : Array.isArray(value.data) ? value.data : []
  return []
}

/**
 * Firing at `startsAt`; resolved at `endsAt` when the alert is resolved. An alert still active
 * when it was exported carries Alertmanager's expiry estimate in `endsAt` (after `updatedAt`),
 * which is no resolution: it gives no resolved row.
 */
function readAlerts(value: unknown, context: DocumentContext): void {
  const seen = new Set<string>()
  for (const alert of alertsOf(value)) {
    if (!isObject(alert) || !isObject(alert.labels)) {
      context.skip('an alert without `labels`')
      continue
    }
    const startsAt = readTimeValue(alert.startsAt)
    if (startsAt === undefined) {
      context.skip('an alert without a valid `startsAt`')
      continue
    }
    const key = `${typeof alert.fingerprint === 'string' ? alert.fingerprint : JSON.stringify(alert.labels)}@${startsAt}`
    if (seen.has(key)) continue
    seen.add(key)
    const labels = alert.labels as Json
    const name = typeof labels.alertname === 'string' ? labels.alertname : seriesName(labels)
    const severity = typeof labels.severity === 'string' ? ` (severity ${inlineText(labels.severity)})` : ''
    const annotations = isObject(alert.annotations) ? alert.annotations : {}
    const summary = [annotations.summary, annotations.description, annotations.message].find((text) => typeof text === 'string' && text.trim() !== '') as string | undefined
    const scope = ['service', 'job', 'instance', 'namespace'].map((label) => labels[label]).find((text) => typeof text === 'string') as string | undefined
    const source = `alert ${truncate(name, 80)}${scope ? ` (${truncate(scope, 60)})` : ''}, ${context.file}`
    context.sink.time(startsAt)
    context.sink.row({
      at: startsAt,
      event: `Alert ${codeSpan(truncate(name, 80))} firing${severity}${summary ? `: ${inlineText(truncate(summary.trim(), 160))}` : ''}`,
      source,
      actor: 'Alertmanager',
    })
    const endsAt = readTimeValue(alert.endsAt)
    if (endsAt !== undefined && endsAt > startsAt && isResolved(alert, endsAt)) {
      context.sink.time(endsAt)
      context.sink.row({ at: endsAt, event: `Alert ${codeSpan(truncate(name, 80))} resolved`, source, actor: 'Alertmanager' })
    }
  }
}

function isResolved(alert: Json, endsAt: number): boolean {
  if (typeof alert.status === 'string') return alert.status === 'resolved'
  const state = isObject(alert.status) ? alert.status.state : undefined
  const updatedAt = readTimeValue(alert.updatedAt)
  if ((state === 'active' || state === 'suppressed') && updatedAt !== undefined && endsAt > updatedAt) return false
  return true
}

// ---- PagerDuty ----

function summaryOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.summary === 'string' && value.summary.trim() !== '' ? value.summary.trim() : undefined
}

/** At the same instant, the lifecycle order: triggered, assigned, paged, acknowledged, escalated, resolved. */
const PAGE_RANK: Record<string, number> = { trigger_log_entry: 0, assign_log_entry: 1, notify_log_entry: 2, acknowledge_log_entry: 3, escalate_log_entry: 4, annotate_log_entry: 5, resolve_log_entry: 6 }

const PAGE_EVENTS: Record<string, (entry: Json) => { event: string; actor?: string } | undefined> = {
  trigger_log_entry: (entry) => ({ event: `Incident triggered${summaryOf(entry.incident) ? `: ${inlineText(truncate(summaryOf(entry.incident)!, 160))}` : ''}`, actor: summaryOf(entry.agent) }),
  notify_log_entry: (entry) => {
    const channel = isObject(entry.channel) && typeof entry.channel.type === 'string' ? ` by ${entry.channel.type.replace(/_/g, ' ')}` : ''
    return { event: `Paged${channel}`, actor: summaryOf(entry.user) }
  },
  acknowledge_log_entry: (entry) => ({ event: 'Page acknowledged', actor: summaryOf(entry.agent) }),
  escalate_log_entry: (entry) => ({ event: 'Incident escalated to the next level', actor: summaryOf(entry.agent) }),
  assign_log_entry: (entry) => {
    const assignees = Array.isArray(entry.assignees) ? entry.assignees.map(summaryOf).filter(Boolean).join(', ') : ''
    return { event: 'Incident assigned', actor: assignees || summaryOf(entry.agent) }
  },
  annotate_log_entry: (entry) => ({ event: 'Note added to the incident', actor: summaryOf(entry.agent) }),
  resolve_log_entry: (entry) => ({ event: 'Incident resolved', actor: summaryOf(entry.agent) }),
}

function readPages(value: unknown, context: DocumentContext): void {
  const entries = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.log_entries) ? value.log_entries : []
  entries.forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.type !== 'string') return context.skip('a log entry without `type`')
    const at = readTimeValue(entry.created_at)
    if (at === undefined) return context.skip('a log entry without a valid `created_at`')
    context.sink.time(at)
    const describe = PAGE_EVENTS[entry.type]
    const described = describe?.(entry)
    if (!described) return
    const incident = isObject(entry.incident) && typeof entry.incident.id === 'string' ? `incident ${entry.incident.id}, ` : ''
    const id = typeof entry.id === 'string' ? entry.id : `#${index + 1}`
    context.sink.row({ at, event: described.event, source: `PagerDuty ${incident}log entry ${truncate(id, 40)}, ${context.file}`, actor: truncate(described.actor ?? '', 80), rank: PAGE_RANK[entry.type] ?? 0 })
  })
}

// ---- Slack ----

const SKIPPED_SUBTYPES = new Set(['channel_join', 'channel_leave', 'channel_topic', 'channel_purpose', 'channel_name', 'bot_add', 'bot_remove', 'pinned_item', 'unpinned_item'])

/** Slack's markup -> plain text: `<@U1>` -> `@name`, `<#C1|ops>` -> `#ops`, `<https://x|label>` -> `label`. */
function slackText(text: string, names: Map<string, string>): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|([^>]+))?>/g, (_, id: string, label?: string) => `@${label ?? names.get(id) ?? id}`)
    .replace(/<#[A-Z0-9]+\|([^>]+)>/g, '#$1')
    .replace(/<!(here|channel|everyone)>/g, '@$1')
    .replace(/<([^>|]+)\|([^>]+)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}

function slackAuthor(message: Json): string {
  const profile = isObject(message.user_profile) ? message.user_profile : {}
  for (const candidate of [profile.display_name, profile.real_name, profile.name, message.username, message.user]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim()
  }
  return ''
}

function readSlack(messages: unknown[], context: DocumentContext): void {
  const names = new Map<string, string>()
  for (const message of messages) {
    if (isObject(message) && typeof message.user === 'string' && isObject(message.user_profile)) names.set(message.user, slackAuthor(message))
  }
  // A Slack export keeps each channel in a folder of its name: `incident-42/2025-02-09.json`.
  const folder = /([^/\\]+)[/\\][^/\\]+$/.exec(context.file)?.[1]
  const where = folder ? ` in #${folder}` : ''
  messages.forEach((message, index) => {
    if (!isObject(message) || message.type !== 'message') return context.skip(`message ${index + 1} is not a Slack message`)
    if (typeof message.subtype === 'string' && SKIPPED_SUBTYPES.has(message.subtype)) return
    const at = readTimeValue(message.ts)
    if (at === undefined) return context.skip(`message ${index + 1} has no valid \`ts\``)
    context.sink.time(at)
    const text = slackText(typeof message.text === 'string' ? message.text : '', names).replace(/\s+/g, ' ').trim()
    if (text === '') return
    context.sink.row({
      at,
      event: `Message${where}: “${inlineText(truncate(text, 200))}”`,
      source: `Slack${where}, ${context.file} message ${index + 1}`,
      actor: truncate(slackAuthor(message), 80),
    })
  })
}
