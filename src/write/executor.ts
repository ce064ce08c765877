/**
 * The one write executor: every mode hands it planned writes, in order. It paces them for
 * GitHub's content-creation limits, stops at the per-run write budget (the rest is deferred
 * to the next run, which plans it again), and never repeats a create whose outcome is unknown
 * until a re-read, after a wait long enough to see a late commit, shows its marker absent.
 */
import { GitHubError, toGitHubError } from '../github/errors.js'
import {
  CONTENT_CREATING_KINDS,
  CREATE_KINDS,
  type DeferredWrite,
  type DoneWrite,
  type FailedWrite,
  type IssueRef,
  type PlannedWrite,
  type ResolvedIssue,
  type WriteOutcome,
  type WritePort,
  type WriteReport,
} from './types.js'

export interface ExecutorLog {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export interface ExecutorOptions {
  /** Most write requests this run makes (Infinity: no budget). */
  maxWrites: number
  /** Least time between two content-creating writes (issue, comment, label, review). */
  createIntervalMs: number
  /** Least time between two other writes (edits, labels on an issue, links). */
  writeIntervalMs: number
  /** After an uncertain failure of a create, wait this long before re-reading (GitHub may commit late). */
  lateCommitWaitMs: number
  log: ExecutorLog
  /** Injected for unit tests; setTimeout otherwise. */
  sleep?: (ms: number) => Promise<void>
  /** Injected for unit tests; performance.now otherwise (pacing only, never a date). */
  monotonicNow?: () => number
}

/** A create is tried at most this many times, each retry only after its marker was seen absent. */
const CREATE_ATTEMPTS = 2

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export class WriteExecutor {
  private readonly done: DoneWrite[] = []
  private readonly deferred: DeferredWrite[] = []
  private readonly failed: FailedWrite[] = []
  private readonly outcomes = new Map<string, WriteOutcome>()
  /** Keys that did not happen this run (failed or deferred): what depends on them waits too. */
  private readonly missing = new Map<string, string>()
  private readOnly = false
  private writesUsed = 0
  private lastWriteAt: number | undefined
  private lastCreateAt: number | undefined
  private readonly sleep: (ms: number) => Promise<void>
  private readonly monotonicNow: () => number

  constructor(
    private readonly port: WritePort,
    private readonly options: ExecutorOptions,
  ) {
    this.sleep = options.sleep ?? defaultSleep
    this.monotonicNow = options.monotonicNow ?? (() => performance.now())
  }

  /** Perform `writes` in order; may be called several times (budget and pacing carry over). Returns the report so far. */
  async run(writes: readonly PlannedWrite[]): Promise<WriteReport> {
    for (const write of writes) await this.runOne(write)
    return this.report()
  }

  report(): WriteReport {
    return { done: [...this.done], deferred: [...this.deferred], failed: [...this.failed], readOnly: this.readOnly, writesUsed: this.writesUsed }
  }

  /** The outcome of a write done by this executor (e.g. the number of an issue it created). */
  outcomeOf(key: string): WriteOutcome | undefined {
    return this.outcomes.get(key)
  }

  private async runOne(write: PlannedWrite): Promise<void> {
    const waitingFor = this.unmetDependency(write)
    if (this.readOnly) return this.defer(write, 'the token is read-only')
    if (waitingFor !== undefined) return this.defer(write, `it waits for "${waitingFor}", which did not happen this run`)
    if (this.writesUsed >= this.options.maxWrites) return this.defer(write, `the write budget (max-writes: ${this.options.maxWrites}) is spent`)
    try {
      const outcome = CREATE_KINDS.has(write.kind) ? await this.createOnce(write) : await this.attempt(write)
      this.outcomes.set(write.key, outcome)
      this.done.push({ write, outcome })
    } catch (error) {
      const failure = toGitHubError(error, capitalise(write.description))
      if (failure.kind === 'read-only') {
        this.readOnly = true
        return this.defer(write, 'the token is read-only')
      }
      const message = `Could not ${write.description}: ${failure.message}`
      this.options.log.warning(message)
      this.missing.set(write.key, write.description)
      this.failed.push({ write, message, kind: failure.kind })
    }
  }

  private defer(write: PlannedWrite, reason: string): void {
    this.missing.set(write.key, write.description)
    this.deferred.push({ write, reason })
  }

  private unmetDependency(write: PlannedWrite): string | undefined {
    for (const key of dependencies(write)) {
      const description = this.missing.get(key)
      if (description !== undefined) return description
      if (!this.outcomes.has(key)) return key
    }
    return undefined
  }

  private resolve = (ref: IssueRef): ResolvedIssue => {
    if ('number' in ref) return ref.id === undefined ? { number: ref.number } : { number: ref.number, id: ref.id }
    const outcome = this.outcomes.get(ref.createdBy)
    if (outcome?.number === undefined) throw new GitHubError(`No issue was created for "${ref.createdBy}" in this run`, 'other', undefined)
    return outcome.id === undefined ? { number: outcome.number } : { number: outcome.number, id: outcome.id }
  }

  /** One request, paced and counted. */
  private async attempt(write: PlannedWrite): Promise<WriteOutcome> {
    await this.pace(CONTENT_CREATING_KINDS.has(write.kind))
    this.writesUsed += 1
    return this.port.perform(write, this.resolve)
  }

  private async createOnce(write: PlannedWrite): Promise<WriteOutcome> {
    let lastError: GitHubError | undefined
    for (let round = 0; round < CREATE_ATTEMPTS; round += 1) {
      if (round > 0 && this.writesUsed >= this.options.maxWrites) break
      try {
        return await this.attempt(write)
      } catch (error) {
        lastError = toGitHubError(error, capitalise(write.description))
        if (lastError.kind !== 'uncertain') throw lastError
        this.options.log.info(
          `${lastError.message}; waiting ${Math.round(this.options.lateCommitWaitMs / 1000)}s, then checking whether GitHub made it anyway before trying again.`,
        )
        await this.sleep(this.options.lateCommitWaitMs)
        const found = await this.findCreated(write)
        if (found !== undefined) return { ...found, reconciled: true }
      }
    }
    throw lastError ?? new GitHubError(`${capitalise(write.description)} failed`, 'other', undefined)
  }

  private async findCreated(write: PlannedWrite): Promise<WriteOutcome | undefined> {
    try {
      return await this.port.findCreated(write, this.resolve)
    } catch (error) {
      // Not knowing whether it exists, repeating it could double it: fail this write and let the next run reconcile.
      const failure = toGitHubError(error, `Checking whether GitHub made "${write.description}"`)
      throw new GitHubError(failure.message, failure.kind === 'read-only' ? 'read-only' : 'other', failure.status, { cause: error })
    }
  }

  private async pace(contentCreating: boolean): Promise<void> {
    const now = this.monotonicNow()
    const waits = [this.lastWriteAt === undefined ? 0 : this.lastWriteAt + this.options.writeIntervalMs - now]
    if (contentCreating && this.lastCreateAt !== undefined) waits.push(this.lastCreateAt + this.options.createIntervalMs - now)
    const wait = Math.max(0, ...waits)
    if (wait > 0) await this.sleep(wait)
    this.lastWriteAt = this.monotonicNow()
    if (contentCreating) this.lastCreateAt = this.lastWriteAt
  }
}

/** Keys a write needs done first: its `after` list and every create its IssueRefs name. */
export function dependencies(write: PlannedWrite): string[] {
  const keys = [...(write.after ?? [])]
  for (const ref of issueRefs(write)) if ('createdBy' in ref) keys.push(ref.createdBy)
  return keys
}

function issueRefs(write: PlannedWrite): IssueRef[] {
  switch (write.kind) {
    case 'update-issue':
    case 'create-comment':
    case 'add-labels':
    case 'remove-label':
      return [write.issue]
    case 'add-sub-issue':
      return [write.parent, write.child]
    default:
      return []
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
