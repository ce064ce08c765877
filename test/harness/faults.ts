// Fault injection: the failures a GitHub client must survive, switched on per test.

export type FaultKind =
  | '502'
  | 'secondary-rate-limit'
  | 'drop'
  | 'timeout-then-commit'
  | '502-after-commit'
  | 'slow'
  /** Answers 502 at once, then performs the request `commitAfterMs` later (GitHub committing a slow write after the gateway gave up). */
  | '502-then-late-commit'
  /** Never answers (the client's own timeout ends it, or the server drops it at `dropAfterMs`), performs the request `commitAfterMs` after it arrived. */
  | 'hang-then-late-commit'

export interface FaultSpec {
  /** Only requests with this method (any case); all methods when absent. */
  method?: string
  /** Only requests whose path (without query) equals this string or matches this RegExp. */
  path?: RegExp | string
  /** How many matching requests fail; 1 when absent, Infinity for "until cleared". */
  times?: number
  kind: FaultKind
  /** Wait this long before failing (or, for timeout-then-commit, before dropping; for slow, before answering normally). */
  delayMs?: number
  /** For the late-commit kinds: when the request is performed, after it arrived (default 1500 ms). */
  commitAfterMs?: number
  /** For hang-then-late-commit: drop the connection this long after the request arrived (as a client that gave up would). */
  dropAfterMs?: number
  /** For secondary-rate-limit: 403 (default) or 429, both of which GitHub uses. */
  status?: 403 | 429
}

interface ActiveFault extends FaultSpec {
  remaining: number
}

export class Faults {
  private readonly active: ActiveFault[] = []

  add(spec: FaultSpec): void {
    this.active.push({ ...spec, remaining: spec.times ?? 1 })
  }

  clear(): void {
    this.active.length = 0
  }

  /** Faults that have not fired all their times yet. */
  get pending(): readonly FaultSpec[] {
    return this.active.filter((fault) => fault.remaining > 0)
  }

  /** The first matching fault, counted as fired. */
  take(method: string, path: string): FaultSpec | undefined {
    const fault = this.active.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (candidate.method === undefined || candidate.method.toUpperCase() === method.toUpperCase()) &&
        (candidate.path === undefined ||
          (typeof candidate.path === 'string' ? candidate.path === path : candidate.path.test(path))),
    )
    if (fault) fault.remaining--
    return fault
  }
}
