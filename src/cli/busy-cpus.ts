/**
 * How many CPUs other work keeps busy right now: the share of non-idle CPU time over a short
 * sample, times the CPU count. The 1-minute load average is no guide here: it still counts the
 * previous `postmortem lint` (or a bench's previous run) for a minute after it ended, so on a
 * 2-CPU machine one earlier run was enough to keep every later one on a single thread.
 */
import { cpus } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'

export const SAMPLE_MS = 100

interface CpuTimes {
  busy: number
  total: number
}

function snapshot(): CpuTimes {
  let busy = 0
  let total = 0
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle
    busy += all - times.idle
    total += all
  }
  return { busy, total }
}

export async function sampleBusyCpus(sampleMs = SAMPLE_MS): Promise<number> {
  const before = snapshot()
  await sleep(sampleMs)
  const after = snapshot()
  const total = after.total - before.total
  if (total <= 0) return 0
  return ((after.busy - before.busy) / total) * cpus().length
}
