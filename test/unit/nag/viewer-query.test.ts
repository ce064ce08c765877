import { validate } from '@octokit/graphql-schema'
import { describe, expect, it } from 'vitest'
import { VIEWER_QUERY } from '../../../src/github/graphql.js'

describe('schedule mode GraphQL', () => {
  it('the viewer query is valid against GitHub’s schema', () => {
    expect(validate(VIEWER_QUERY).map((error) => error.message)).toEqual([])
    expect(validate(VIEWER_QUERY.replace('login', 'loginName')).length).toBeGreaterThan(0)
  })
})
