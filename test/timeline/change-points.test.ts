// Metric change points on synthetic series with known answers.
import { describe, expect, it } from 'vitest'
import { baselineOf, changePoints, formatNumber, type Sample } from '../../src/timeline/change-points.js'

let seed = 11
const noise = () => ((seed = (seed * 48271) % 2147483647) / 2147483647 - 0.5)
const series = (values: number[]): Sample[] => values.map((value, i) => ({ at: i * 15_000, value }))
const steps = (...parts: [length: number, level: number, jitter: number][]) => parts.flatMap(([length, level, jitter]) => Array.from({ length }, () => level + noise() * jitter))

describe('change points', () => {
  it('a step up and back: departure at the first high sample, return at the first normal one', () => {
    const { points } = changePoints(series(steps([60, 1, 0.2], [25, 8, 1], [40, 1, 0.2])), 4, 3)
    expect(points.map((point) => [point.kind, point.at / 15_000, point.direction])).toEqual([
      ['departure', 60, 'above'],
      ['return', 85, undefined],
    ])
    expect(points[0]!.peak).toBeGreaterThan(8)
  })

  it('a drop (throughput falling to zero) is a departure below', () => {
    const { points } = changePoints(series(steps([40, 500, 40], [20, 0, 0], [20, 500, 40])), 4, 3)
    expect(points.map((point) => [point.kind, point.at / 15_000, point.direction])).toEqual([
      ['departure', 40, 'below'],
      ['return', 60, undefined],
    ])
  })

  it('a spike shorter than the persistence is noise; noise alone is no change', () => {
    const spiky = steps([50, 10, 1])
    spiky[30] = 90
    spiky[31] = 95
    expect(changePoints(series(spiky), 4, 3).points).toEqual([])
    expect(changePoints(series(steps([200, 10, 2])), 4, 3).points).toEqual([])
  })

  it('a series that never returns has a departure only', () => {
    const { points } = changePoints(series(steps([30, 0, 0], [10, 3, 0])), 4, 3)
    expect(points).toEqual([{ kind: 'departure', at: 30 * 15_000, value: 3, peak: 3, direction: 'above' }])
  })

  it('the threshold decides how far is far: a 30% shift passes 4 spreads only when the baseline is calm', () => {
    const shifted = series(steps([40, 100, 4], [40, 130, 4]))
    expect(changePoints(shifted, 4, 3).points.map((point) => point.at / 15_000)).toEqual([40])
    expect(changePoints(shifted, 40, 3).points).toEqual([])
  })

  it('baseline: median and a robust spread, floored so a flat line still has a scale', () => {
    expect(baselineOf(series([5, 5, 5, 5, 5, 5, 5, 5]))).toEqual({ median: 5, spread: 0.25 })
    expect(baselineOf(series([0, 0, 0, 0, 0, 0])).spread).toBe(1e-9)
  })

  it('NaN samples (Prometheus writes "NaN") are skipped', () => {
    const values = steps([30, 1, 0.1], [10, 9, 0.1])
    values[35] = NaN
    expect(changePoints(series(values), 4, 3).points.map((point) => point.at / 15_000)).toEqual([30])
  })

  it('numbers read short', () => {
    expect([0, 0.012345, 4.567, 1284.4, 12345678, 0.00001].map(formatNumber)).toEqual(['0', '0.0123', '4.57', '1,284', '1.23e+7', '1.00e-5'])
  })
})
