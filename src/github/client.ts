/**
 * The one Octokit this Action uses: the runner's proxy-aware client from @actions/github,
 * plus retries for transient failures and throttling that paces writes and honours
 * `retry-after`. Only code under src/github/ sees it.
 */
import { getOctokit } from '@actions/github'
import { defaults as runnerDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof getOctokit>

export interface ClientLog {
  warning(message: string): void
  debug(message: string): void
}

export interface ClientOptions {
  token: string
  log: ClientLog
  /** Give up on one HTTP request after this long (it is then retried or reconciled). */
  requestTimeoutMs?: number
  /** Retry a rate-limited request at most this many times... */
  maxRateLimitRetries?: number
  /** ...and only when GitHub asks to wait at most this long; a longer wait fails the run instead of hanging it. */
  maxRetryAfterSeconds?: number
}

const DEFAULTS = { requestTimeoutMs: 30_000, maxRateLimitRetries: 3, maxRetryAfterSeconds: 120 }

export function createOctokit(options: ClientOptions): Octokit {
  const settings = { ...DEFAULTS, ...options }
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const retrying = retryCount < settings.maxRateLimitRetries && retryAfter <= settings.maxRetryAfterSeconds
      settings.log.warning(
        `GitHub ${kind} on ${request.method} ${request.url}: ${retrying ? `retrying after ${retryAfter}s (attempt ${retryCount + 1} of ${settings.maxRateLimitRetries})` : 'giving up'}`,
      )
      return retrying
    }
  return getOctokit(
    options.token,
    {
      log: { debug: settings.log.debug, info: settings.log.debug, warn: settings.log.warning, error: settings.log.warning },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        // The write executor paces writes (src/write/executor.ts), with intervals a test can shorten;
        // the plugin keeps what only it can do: waiting out `retry-after` and rate-limit resets.
        write: UNPACED,
        notifications: UNPACED,
      },
      // 4xx answers are final; 5xx and dropped connections are retried (writes opt out per request, see pull-request.ts).
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries: 3 },
      request: { ...runnerDefaults.request, fetch: withDeadline(runnerFetch(), settings.requestTimeoutMs) },
    },
    retry,
    throttling,
  )
}

type Fetch = typeof fetch

/**
 * A stand-in for the plugin's Bottleneck group that runs each job at once (the plugin only
 * calls `key(id).schedule(options, job, ...args)`; typed as never because Bottleneck's
 * Group type is not exported by the plugin).
 */
const UNPACED = {
  key: () => ({ schedule: (_options: unknown, job: (...args: unknown[]) => Promise<unknown>, ...args: unknown[]): Promise<unknown> => job(...args) }),
} as never

/** The runner's proxy-aware fetch when @actions/github provides one, else the global fetch. */
function runnerFetch(): Fetch {
  const provided: unknown = runnerDefaults.request?.fetch
  return typeof provided === 'function' ? (provided as Fetch) : fetch
}

/**
 * A deadline per HTTP attempt (not per call: retries and rate-limit waits happen above
 * fetch), so a connection that hangs cannot hang the job. It surfaces as a 500-like error,
 * which reads retry and writes reconcile.
 */
function withDeadline(inner: Fetch, timeoutMs: number): Fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    return inner(input, { ...init, signal })
  }
}
