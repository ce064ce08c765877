/** How many threads `postmortem lint` uses: decided from the CPUs busy now, sampled only when it matters. */
import { describe, expect, it } from 'vitest'
import { threadsFor } from '../../src/cli/lint-pool.js'
import { sampleBusyCpus } from '../../src/cli/busy-cpus.js'

describe('threadsFor with the CPUs busy now', () => {
  it('uses both CPUs of a 2-CPU machine while less than half of one is busy', () => {
    expect(threadsFor(1000, undefined, 2, 0)).toBe(2)
    expect(threadsFor(1000, undefined, 2, 0.49)).toBe(2)
    expect(threadsFor(1000, undefined, 2, 0.6)).toBe(1)
  })

  it('never uses more threads than one per 50 files, nor fewer than one', () => {
    expect(threadsFor(120, undefined, 8, 0)).toBe(2)
    expect(threadsFor(1000, undefined, 2, 5)).toBe(1)
  })
})

describe('sampleBusyCpus', () => {
  it('measures a share of the machine between none and all of its CPUs', async () => {
    const { availableParallelism } = await import('node:os')
    const busy = await sampleBusyCpus(20)
    expect(busy).toBeGreaterThanOrEqual(0)
    expect(busy).toBeLessThanOrEqual(availableParallelism() + 0.01)
  })
})
