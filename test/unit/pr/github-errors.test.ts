import { describe, expect, it } from 'vitest'
import { GitHubError, toGitHubError } from '../../../src/github/errors.js'

describe('toGitHubError', () => {
  it('recognises a read-only token over REST (403) and over GraphQL (200 with FORBIDDEN)', () => {
    expect(toGitHubError({ status: 403, message: 'Resource not accessible by integration' }, 'Creating the review').kind).toBe('read-only')
    const graphql = { message: 'Request failed due to following response errors:\n - Resource not accessible by integration', errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] }
    expect(toGitHubError(graphql, 'Resolving').kind).toBe('read-only')
  })

  it('does not mistake a rate limit for a read-only token', () => {
    expect(toGitHubError({ status: 403, message: 'API rate limit exceeded for installation' }, 'x').kind).toBe('other')
    expect(toGitHubError({ status: 403, message: 'You have exceeded a secondary rate limit' }, 'x').kind).toBe('other')
  })

  it('marks 5xx and network failures as uncertain (the write may have happened)', () => {
    expect(toGitHubError({ status: 502, message: 'Server Error' }, 'x').kind).toBe('uncertain')
    expect(toGitHubError({ status: 500, message: 'other side closed' }, 'x').kind).toBe('uncertain')
    expect(toGitHubError(new TypeError('fetch failed'), 'x').kind).toBe('uncertain')
  })

  it('marks 422 as refused content and names what was attempted', () => {
    const error = toGitHubError({ status: 422, message: 'Unprocessable Entity' }, 'Creating the review')
    expect(error).toBeInstanceOf(GitHubError)
    expect(error.kind).toBe('unprocessable')
    expect(error.message).toBe('Creating the review failed (HTTP 422): Unprocessable Entity')
  })
})
