/**
 * Collapsing bursts of the same log error into one row. A burst is a maximal run of lines with
 * one signature where each line is within `gap` of the one before it in time. The definition
 * does not depend on the order the lines arrive in, so ten files give the same bursts as their
 * concatenation, in any order.
 */
import { codeSpan, truncate } from '../report/text.js'
import { thousands } from './render.js'
import type { LogHit, TimelineRow } from './types.js'

interface Burst {
  first: number
  last: number
  count: number
  /** The earliest line: its message, source and actor describe the burst. */
  firstHit: LogHit
}

const OTHER_SIGNATURE = '\u0000other'
const MESSAGE_SHOWN = 160

/** Numbers, ids, addresses and quoted values removed, so "timeout after 3012ms" and "... 2987ms" match. */
export function signatureOf(message: string): string {
  return message
    .slice(0, 400)
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/"[^"]*"|'[^']*'/g, '<str>')
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, '<ip>')
    .replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{4,}\b/gi, '<hex>')
    .replace(/\d+(?:\.\d+)?/g, '<n>')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

export class BurstCollector {
  /** Per signature, bursts sorted by `first`, never overlapping or within `gap` of each other. */
  private readonly bursts = new Map<string, Burst[]>()

  constructor(
    private readonly gap: number,
    private readonly maxSignatures: number,
  ) {}

  add(hit: LogHit): void {
    let key = `${hit.level}\u0000${hit.signature}`
    let list = this.bursts.get(key)
    if (list === undefined) {
      if (this.bursts.size >= this.maxSignatures) {
        key = `${hit.level}\u0000${OTHER_SIGNATURE}`
        list = this.bursts.get(key)
      }
      if (list === undefined) {
        list = []
        // A fresh copy: a key cut out of a 1 MiB chunk would keep the whole chunk alive.
        this.bursts.set(detached(key), list)
      }
      if (key.endsWith(OTHER_SIGNATURE)) hit = { ...hit, message: '', signature: OTHER_SIGNATURE }
    }
    insert(list, hit, this.gap)
  }

  /** Distinct signatures seen (bounded by maxSignatures + one "other" per level). */
  get size(): number {
    return this.bursts.size
  }

  rows(): TimelineRow[] {
    const rows: TimelineRow[] = []
    for (const list of this.bursts.values()) {
      for (const burst of list) rows.push(burstRow(burst))
    }
    return rows
  }
}

/**
 * V8 keeps a substring as a view of its parent: a message cut from a 1 MiB chunk of log would
 * keep the chunk alive as long as the burst. Kept strings are copied so memory stays bounded.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8')
}

function detachedHit(hit: LogHit): LogHit {
  return { ...hit, message: detached(hit.message), signature: detached(hit.signature), actor: detached(hit.actor) }
}

function insert(list: Burst[], hit: LogHit, gap: number): void {
  const at = hit.at
  const lastBurst = list[list.length - 1]
  // Logs arrive mostly in time order: the newest burst is almost always the one.
  if (lastBurst === undefined || at > lastBurst.last + gap) {
    list.push({ first: at, last: at, count: 1, firstHit: detachedHit(hit) })
    return
  }
  if (at > lastBurst.first) {
    lastBurst.last = Math.max(lastBurst.last, at)
    lastBurst.count += 1
    return
  }
  // Index of the last burst starting at or before `at`.
  let low = 0
  let high = list.length - 1
  let index = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (list[mid]!.first <= at) {
      index = mid
      low = mid + 1
    } else high = mid - 1
  }
  const before = index >= 0 ? list[index] : undefined
  const after = list[index + 1]
  const joinsBefore = before !== undefined && at <= before.last + gap
  const joinsAfter = after !== undefined && at >= after.first - gap
  if (joinsBefore && joinsAfter) {
    before.last = Math.max(after.last, at)
    before.count += after.count + 1
    list.splice(index + 1, 1)
  } else if (joinsBefore) {
    before.last = Math.max(before.last, at)
    before.count += 1
    if (at === before.first && earlierSource(hit, before.firstHit)) before.firstHit = detachedHit(hit)
  } else if (joinsAfter) {
    after.first = at
    after.count += 1
    after.firstHit = detachedHit(hit)
  } else {
    list.splice(index + 1, 0, { first: at, last: at, count: 1, firstHit: detachedHit(hit) })
  }
}

/** Between lines at the same instant, the one earlier in its file describes the burst. */
function earlierSource(a: LogHit, b: LogHit): boolean {
  return a.source < b.source
}

function burstRow(burst: Burst): TimelineRow {
  const hit = burst.firstHit
  const message = hit.signature === OTHER_SIGNATURE ? undefined : codeSpan(truncate(hit.message, MESSAGE_SHOWN))
  const many = burst.count > 1
  const tail = many ? `; ${thousands(burst.count)} in ${spanText(burst.last - burst.first)}` : ''
  let event: string
  if (hit.level.startsWith('HTTP')) {
    event = many ? `First ${hit.level} responses (first to ${message})${tail}` : `Served ${hit.level} to ${message}`
  } else if (message === undefined) {
    event = `${many ? 'First ' : 'Logged '}${hit.level} lines with other messages (past the distinct-message limit)${tail}`
  } else {
    event = `${many ? 'First' : 'Logged'} ${hit.level} ${message}${tail}`
  }
  return { at: burst.first, event, source: hit.source, actor: hit.actor }
}

/** "40 s", "6 min", "1 h 20 min": how long a burst lasted, rounded up to its unit. */
export function spanText(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`
}
