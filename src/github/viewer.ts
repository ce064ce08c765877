/** Who the token acts as, over GraphQL (`GET /user` answers 403 to an installation token). */
import type { Octokit } from './client.js'
import { toGitHubError } from './errors.js'
import { VIEWER_QUERY } from './graphql.js'

export async function readViewerLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    const response = await octokit.graphql<{ viewer?: { login?: string } | null }>(VIEWER_QUERY)
    return response.viewer?.login ?? undefined
  } catch (error) {
    throw toGitHubError(error, 'Reading who the token acts as')
  }
}
