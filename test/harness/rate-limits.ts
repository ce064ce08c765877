// GitHub's rate limits as the fake applies them: a primary budget per token and
// resource (core, graphql) reported in x-ratelimit-* headers, and the secondary
// content-creation limits (per minute and per hour).
import { randomUUID } from 'node:crypto'
import { GitHubError } from './http-errors.js'

export type RateResource = 'core' | 'graphql'

/** Requests per hour GitHub grants without a token. */
const UNAUTHENTICATED_LIMIT = 60
const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api'
const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID '

export interface RateBucket {
  used: number
  /** Epoch seconds when the window restarts. */
  resetAt: number
}

export interface ContentCreationLimits {
  perMinute: number
  perHour: number
}

/** GitHub's secondary rate limit answer: 403, `retry-after`, and the message @octokit/plugin-throttling looks for. */
export function secondaryRateLimit(retryAfterSeconds: number, status: 403 | 429 = 403): GitHubError {
  return new GitHubError(
    status,
    {
      message: `${SECONDARY_RATE_LIMIT_MESSAGE}${randomUUID().toUpperCase()}.`,
      documentation_url: SECONDARY_RATE_LIMIT_DOCS,
      status: String(status),
    },
    { 'retry-after': String(retryAfterSeconds) },
  )
}

export class RateLimits {
  private readonly buckets = new Map<string, RateBucket>()
  /** Times (ms) of successful content creations, per token. */
  private readonly creations = new Map<string, number[]>()

  constructor(
    private readonly now: () => Date,
    /** Requests per hour and resource for a known token. */
    private readonly limit: number,
    private readonly isKnownToken: (token: string) => boolean,
    private readonly contentLimits: ContentCreationLimits | undefined,
  ) {}

  limitFor(token: string): number {
    return this.isKnownToken(token) ? this.limit : UNAUTHENTICATED_LIMIT
  }

  bucket(token: string, resource: RateResource): RateBucket {
    const key = `${resource}:${token}`
    let bucket = this.buckets.get(key)
    const nowSeconds = Math.floor(this.now().getTime() / 1000)
    if (!bucket || bucket.resetAt <= nowSeconds) {
      bucket = { used: 0, resetAt: nowSeconds + 3600 }
      this.buckets.set(key, bucket)
    }
    return bucket
  }

  /** Counts one request, or throws GitHub's primary rate-limit 403 when the budget is spent. */
  spend(token: string, resource: RateResource): RateBucket {
    const bucket = this.bucket(token, resource)
    if (bucket.used >= this.limitFor(token)) {
      throw new GitHubError(403, {
        message: 'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url: RATE_LIMIT_DOCS,
        status: '403',
      })
    }
    bucket.used++
    return bucket
  }

  setRemaining(token: string, resource: RateResource, remaining: number): void {
    this.bucket(token, resource).used = Math.max(0, this.limitFor(token) - remaining)
  }

  headers(token: string, resource: RateResource): Record<string, string> {
    const bucket = this.bucket(token, resource)
    const limit = this.limitFor(token)
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - bucket.used)),
      'x-ratelimit-reset': String(bucket.resetAt),
      'x-ratelimit-used': String(bucket.used),
      'x-ratelimit-resource': resource,
    }
  }

  /** Throws the secondary-rate-limit 403 when the token created too much content lately. */
  checkContentCreation(token: string): void {
    if (!this.contentLimits) return
    const now = this.now().getTime()
    const recent = (this.creations.get(token) ?? []).filter((time) => time > now - 3_600_000)
    this.creations.set(token, recent)
    const lastMinute = recent.filter((time) => time > now - 60_000)
    const overMinute = lastMinute.length >= this.contentLimits.perMinute
    const overHour = recent.length >= this.contentLimits.perHour
    if (!overMinute && !overHour) return
    // Wait until the oldest creation that counts leaves its window.
    const freedAt = overHour ? recent[0]! + 3_600_000 : lastMinute[0]! + 60_000
    throw secondaryRateLimit(Math.max(1, Math.ceil((freedAt - now) / 1000)))
  }

  recordContentCreation(token: string): void {
    const list = this.creations.get(token) ?? []
    list.push(this.now().getTime())
    this.creations.set(token, list)
  }
}
