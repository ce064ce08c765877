import { validate } from '@octokit/graphql-schema'
import { describe, expect, it } from 'vitest'
import { filesAtCommitQuery, MAX_FILES_PER_QUERY, MAX_THREADS_PER_MUTATION, REVIEW_THREADS_QUERY, resolveThreadsMutation } from '../../../src/github/graphql.js'

function errorsOf(document: string): string[] {
  return validate(document).map((error) => error.message)
}

describe('GraphQL documents against GitHub’s schema', () => {
  it('the review threads query is valid', () => {
    expect(errorsOf(REVIEW_THREADS_QUERY)).toEqual([])
  })

  it('the files-at-commit query (base configuration) is valid for 1 to MAX_FILES_PER_QUERY files', () => {
    for (const count of [1, 3, MAX_FILES_PER_QUERY]) expect(errorsOf(filesAtCommitQuery(count))).toEqual([])
    expect(() => filesAtCommitQuery(0)).toThrow(RangeError)
  })

  it.each([1, 3, MAX_THREADS_PER_MUTATION])('the aliased resolve mutation for %i thread(s) is valid', (count) => {
    const document = resolveThreadsMutation(count)
    expect(errorsOf(document)).toEqual([])
    expect(document.match(/resolveReviewThread/g)).toHaveLength(count)
  })

  it('a document the schema rejects is caught (the check is real)', () => {
    expect(errorsOf('query { repository(owner: "a", name: "b") { pullRequest(number: 1) { reviewThreadz { totalCount } } } }')).not.toEqual([])
  })

  it('refuses an empty or oversized batch', () => {
    expect(() => resolveThreadsMutation(0)).toThrow(RangeError)
    expect(() => resolveThreadsMutation(MAX_THREADS_PER_MUTATION + 1)).toThrow(RangeError)
  })
})
