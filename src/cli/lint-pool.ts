/**
 * Lints many files on several threads. The main thread lints too; worker threads are added only
 * when there are enough files to repay their start-up (each loads the whole linter). If a worker
 * dies, its files are linted on the main thread: one failure never stops the others.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Config } from '../config/types.js'
import { lintFile } from '../files.js'
import type { FileReport } from '../lint/types.js'
import { toReport, type LintReply, type LintTask } from './lint-worker.js'
import { LINT_WORKER_ROLE } from './worker-role.js'

/**
 * A worker thread loads the whole linter and warms up its JIT again (measured: 1 to 2 s of CPU on
 * a busy 2-CPU machine), so a worker is only added for at least this many files.
 */
const FILES_PER_THREAD = 50
const MAX_THREADS = 8
/** Files in flight per thread: overlaps reading one file with linting another. */
const IN_FLIGHT_PER_THREAD = 2

export interface LintJob {
  /** How the file is reported (relative to cwd, forward slashes). */
  path: string
  workspace: string
  relativePath: string
  config: Config
}

export interface LintOutcome {
  report: FileReport
  /** Set when linting threw (a bug): reported on stderr, exit code 2. */
  crash?: string
}

export interface PoolOptions {
  /** The script to start as a worker (the CLI bundle itself); without it everything runs here. */
  workerScript?: URL
  /** Threads to use including this one; undefined: decided from the idle CPUs and the file count. */
  threads?: number
  /** CPUs busy with other work right now, measured at the edge (see busy-cpus.ts); asked only when workers could help. */
  busyCpus?: () => Promise<number>
}

/**
 * Threads worth using: as many as there are idle CPUs (a CPU at least half idle counts; on a
 * machine already busy, more threads only compete with each other), at most one per
 * FILES_PER_THREAD files. `busy`: CPUs kept busy by other work now.
 */
export function threadsFor(files: number, requested: number | undefined, cpus = availableParallelism(), busy = 0): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files))
  const idleCpus = Math.floor(cpus - busy + 0.5)
  return Math.max(1, Math.min(idleCpus, MAX_THREADS, Math.floor(files / FILES_PER_THREAD)))
}

export async function lintAll(jobs: readonly LintJob[], options: PoolOptions): Promise<LintOutcome[]> {
  const threads = options.workerScript === undefined ? 1 : await threadCount(jobs.length, options)
  const workers = Array.from({ length: threads - 1 }, () => new LintWorker(options.workerScript as URL))
  const outcomes = new Array<LintOutcome>(jobs.length)
  let next = 0
  const lane = async (lint: (job: LintJob) => Promise<LintOutcome>): Promise<void> => {
    while (next < jobs.length) {
      const index = next++
      outcomes[index] = await lint(jobs[index] as LintJob)
    }
  }
  const lanes = [localLint, ...workers.map((worker) => (job: LintJob) => worker.lint(job))].flatMap((lint) =>
    Array.from({ length: IN_FLIGHT_PER_THREAD }, () => lane(lint)),
  )
  try {
    await Promise.all(lanes)
  } finally {
    await Promise.all(workers.map((worker) => worker.close()))
  }
  return outcomes
}

async function threadCount(files: number, options: PoolOptions): Promise<number> {
  // Fewer files than two threads' worth: one thread whatever the machine does, and no sample taken.
  if (options.threads !== undefined || files < 2 * FILES_PER_THREAD || options.busyCpus === undefined) {
    return threadsFor(files, options.threads)
  }
  return threadsFor(files, undefined, availableParallelism(), await options.busyCpus())
}

async function localLint(job: LintJob): Promise<LintOutcome> {
  try {
    const linted = await lintFile(job.workspace, job.relativePath, job.config)
    return { report: { ...toReport(linted), path: job.path } }
  } catch (error) {
    return crashed(job, error instanceof Error ? (error.stack ?? error.message) : String(error))
  }
}

function crashed(job: LintJob, reason: string): LintOutcome {
  return { report: { path: job.path, findings: [], skipped: true }, crash: `unexpected failure while linting, please report it: ${reason}` }
}

class LintWorker {
  private readonly worker: Worker
  private readonly pending = new Map<number, (reply: LintReply | undefined) => void>()
  private readonly configIds = new Map<Config, number>()
  private nextTaskId = 0
  /** Once the worker fails, every file it would have linted is linted on the main thread. */
  private broken = false

  constructor(script: URL) {
    this.worker = new Worker(script, { workerData: { role: LINT_WORKER_ROLE }, stdout: false, stderr: false })
    this.worker.on('message', (reply: LintReply) => this.settle(reply.taskId, reply))
    this.worker.on('error', () => this.abandon())
    this.worker.on('exit', () => this.abandon())
  }

  async lint(job: LintJob): Promise<LintOutcome> {
    if (this.broken) return localLint(job)
    const taskId = this.nextTaskId++
    const reply = await new Promise<LintReply | undefined>((resolve) => {
      this.pending.set(taskId, resolve)
      this.worker.postMessage(this.task(taskId, job))
    })
    if (reply === undefined) return localLint(job)
    if ('crash' in reply) return crashed(job, reply.crash)
    return { report: { ...reply.report, path: job.path } }
  }

  async close(): Promise<void> {
    this.broken = true
    await this.worker.terminate()
  }

  private task(taskId: number, job: LintJob): LintTask {
    const known = this.configIds.get(job.config)
    const configId = known ?? this.configIds.size
    if (known === undefined) this.configIds.set(job.config, configId)
    const base = { taskId, workspace: job.workspace, relativePath: job.relativePath, configId }
    return known === undefined ? { ...base, config: job.config } : base
  }

  private settle(taskId: number, reply: LintReply | undefined): void {
    const resolve = this.pending.get(taskId)
    this.pending.delete(taskId)
    resolve?.(reply)
  }

  private abandon(): void {
    this.broken = true
    for (const taskId of [...this.pending.keys()]) this.settle(taskId, undefined)
  }
}
