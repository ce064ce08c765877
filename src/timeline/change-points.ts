/**
 * Where a metric series departs from its own baseline and where it returns.
 *
 * Method (robust baseline + persistence):
 * 1. Baseline: the first quarter of the samples (at least 5, at most 30). Its median is the
 *    level, 1.4826 x its median absolute deviation the spread (a robust standard deviation),
 *    floored at 5% of |median| and 1e-9 so a perfectly flat baseline still has a scale.
 * 2. A sample deviates when |value - median| > threshold x spread (threshold 4 by default,
 *    `--threshold` overrides it).
 * 3. A departure is `persistence` (3) deviating samples in a row; it is placed at the first
 *    of them. A return is `persistence` non-deviating samples in a row, placed at the first.
 *    A single spike shorter than `persistence` is noise, not an event.
 */

import { thousands } from './render.js'

export interface Sample {
  at: number
  value: number
}

export interface ChangePoint {
  kind: 'departure' | 'return'
  at: number
  value: number
  /** For a departure: the most extreme value until the return (or the end). */
  peak?: number
  /** 'above' or 'below' the baseline, for a departure. */
  direction?: 'above' | 'below'
}

export interface Baseline {
  median: number
  spread: number
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function baselineOf(samples: readonly Sample[]): Baseline {
  const size = Math.min(30, Math.max(5, Math.floor(samples.length / 4)))
  const values = samples.slice(0, size).map((sample) => sample.value)
  const level = median(values)
  const mad = median(values.map((value) => Math.abs(value - level)))
  return { median: level, spread: Math.max(1.4826 * mad, 0.05 * Math.abs(level), 1e-9) }
}

export function changePoints(samples: readonly Sample[], threshold: number, persistence: number): { baseline: Baseline; points: ChangePoint[] } {
  const clean = samples.filter((sample) => Number.isFinite(sample.value))
  const baseline = baselineOf(clean)
  const points: ChangePoint[] = []
  if (clean.length < 5) return { baseline, points }
  const deviates = (value: number) => Math.abs(value - baseline.median) > threshold * baseline.spread
  let departed = false
  let run = 0
  let runStart = 0
  let current: ChangePoint | undefined
  for (let i = 0; i < clean.length; i++) {
    const sample = clean[i]!
    if (departed && current) {
      const further = current.direction === 'above' ? sample.value > current.peak! : sample.value < current.peak!
      if (further && deviates(sample.value)) current.peak = sample.value
    }
    if (deviates(sample.value) !== departed) {
      if (run === 0) runStart = i
      run += 1
    } else run = 0
    if (run >= persistence) {
      const first = clean[runStart]!
      departed = !departed
      run = 0
      if (departed) {
        const direction = first.value > baseline.median ? 'above' : 'below'
        let peak = first.value
        for (let j = runStart; j <= i; j++) {
          const value = clean[j]!.value
          if (direction === 'above' ? value > peak : value < peak) peak = value
        }
        current = { kind: 'departure', at: first.at, value: first.value, peak, direction }
        points.push(current)
      } else {
        points.push({ kind: 'return', at: first.at, value: first.value })
        current = undefined
      }
    }
  }
  return { baseline, points }
}

/** Short, readable numbers: 0.0123, 4.56, 1,284, 1.2e+9. */
export function formatNumber(value: number): string {
  if (value === 0) return '0'
  const magnitude = Math.abs(value)
  if (magnitude >= 1e7 || magnitude < 1e-4) return value.toExponential(2)
  if (magnitude >= 1000) return thousands(value)
  return String(Number(value.toPrecision(3)))
}
