/** Reading files at a commit (the base branch's configuration), returning our own types. */
import type { Octokit } from './client.js'
import { GitHubError, toGitHubError } from './errors.js'
import { filesAtCommitQuery } from './graphql.js'
import type { RepoRef } from './types.js'

type BlobAnswer = { __typename?: string; text?: string | null; isBinary?: boolean | null; isTruncated?: boolean } | null

/** Each file's text at `sha` (one request), or undefined where the commit has no such file (or a folder). */
export async function readFilesAtCommit(octokit: Octokit, repository: RepoRef, sha: string, paths: readonly string[]): Promise<Array<string | undefined>> {
  const variables = Object.fromEntries(paths.map((path, index) => [`f${index}`, `${sha}:${path}`]))
  let answer: { repository?: Record<string, BlobAnswer> | null }
  try {
    answer = await octokit.graphql(filesAtCommitQuery(paths.length), { owner: repository.owner, repo: repository.repo, ...variables })
  } catch (error) {
    throw toGitHubError(error, `Reading ${paths.join(', ')} at the base commit ${sha.slice(0, 7)}`)
  }
  return paths.map((path, index) => {
    const object = answer.repository?.[`f${index}`]
    if (object === undefined || object === null || object.__typename !== 'Blob') return undefined
    if (object.isBinary === true || object.isTruncated === true || typeof object.text !== 'string') {
      throw new GitHubError(`${path} at the base commit ${sha.slice(0, 7)} is binary or too large to read, expected a YAML configuration`, 'other', undefined)
    }
    return object.text
  })
}
