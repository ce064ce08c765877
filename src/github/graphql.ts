/**
 * Every GraphQL document the Action sends, in one place, so one unit test can validate each
 * against GitHub's published schema (@octokit/graphql-schema).
 */

/**
 * Review threads of a pull request with the first comment of each (our marker and its
 * author live there), plus who the token acts as, in one request per page.
 */
export const REVIEW_THREADS_QUERY = /* GraphQL */ `
  query PostmortemReviewThreads($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
    viewer {
      login
    }
    repository(owner: $owner, name: $repo) {
      pullRequest(number: $number) {
        reviewThreads(first: 100, after: $cursor) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            isResolved
            path
            comments(first: 1) {
              totalCount
              nodes {
                databaseId
                body
                author {
                  login
                }
              }
            }
          }
        }
      }
    }
  }
`

/** Most threads resolved in one mutation document; more are sent in further documents. */
export const MAX_THREADS_PER_MUTATION = 50

/**
 * One mutation resolving `count` threads, each under its own alias (`t0`, `t1`...), with
 * variables `$t0`, `$t1`... for the thread ids: one request instead of one per thread.
 */
export function resolveThreadsMutation(count: number): string {
  if (!Number.isInteger(count) || count < 1 || count > MAX_THREADS_PER_MUTATION) {
    throw new RangeError(`Unexpected thread count ${count}, expected 1 to ${MAX_THREADS_PER_MUTATION}`)
  }
  const indexes = Array.from({ length: count }, (_, index) => index)
  const variables = indexes.map((index) => `$t${index}: ID!`).join(', ')
  const fields = indexes.map((index) => `  t${index}: resolveReviewThread(input: { threadId: $t${index} }) {\n    thread {\n      id\n      isResolved\n    }\n  }`)
  return `mutation PostmortemResolveThreads(${variables}) {\n${fields.join('\n')}\n}\n`
}

/** Most files read in one file-at-commit document. */
export const MAX_FILES_PER_QUERY = 10

/**
 * Files at one commit (`<sha>:<path>`), each under its own alias (`f0`, `f1`...), in one request:
 * the base branch's configuration in pull-request mode (every name it may have), read from GitHub
 * so it does not depend on how deep the checkout is.
 */
export function filesAtCommitQuery(count: number): string {
  if (!Number.isInteger(count) || count < 1 || count > MAX_FILES_PER_QUERY) {
    throw new RangeError(`Unexpected file count ${count}, expected 1 to ${MAX_FILES_PER_QUERY}`)
  }
  const indexes = Array.from({ length: count }, (_, index) => index)
  const variables = indexes.map((index) => `$f${index}: String!`).join(', ')
  const fields = indexes.map((index) => `    f${index}: object(expression: $f${index}) {\n      __typename\n      ... on Blob {\n        text\n        isBinary\n        isTruncated\n      }\n    }`)
  return `query PostmortemFilesAtCommit($owner: String!, $repo: String!, ${variables}) {\n  repository(owner: $owner, name: $repo) {\n${fields.join('\n')}\n  }\n}\n`
}

/** Who the token acts as ("github-actions[bot]" shows as "github-actions"): schedule mode's own comments are its author's. */
export const VIEWER_QUERY = /* GraphQL */ `
  query PostmortemViewer {
    viewer {
      login
    }
  }
`
