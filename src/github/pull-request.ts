/**
 * Reads and writes on one pull request. Every method returns our own types. Creates are
 * never retried blindly: after an uncertain failure (5xx, timeout) the pull request is
 * re-read and the create is repeated only if its marker is not there.
 */
import type { Octokit } from './client.js'
import { GitHubError, toGitHubError } from './errors.js'
import { MAX_THREADS_PER_MUTATION, REVIEW_THREADS_QUERY, resolveThreadsMutation } from './graphql.js'
import type { ChangedFile, ChangedFileStatus, IssueComment, NewReviewComment, PullRequestRef, ReviewThread, ReviewThreadsPage } from './types.js'

/** Writes that are not idempotent opt out of the retry plugin; reconciliation replaces it. */
const NO_BLIND_RETRY = { request: { retries: 0 } }
const CREATE_ATTEMPTS = 2

interface ThreadsResponse {
  viewer?: { login?: string } | null
  repository?: {
    pullRequest?: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
        nodes: Array<{
          id: string
          isResolved: boolean
          path: string
          comments: { nodes: Array<{ body: string; author: { login: string } | null } | null> }
        } | null>
      }
    } | null
  } | null
}

async function attempt<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw toGitHubError(error, what)
  }
}

/**
 * Create something at most once: on an uncertain failure, look for it (by marker) before
 * trying again, so a request that GitHub committed but whose answer was lost is not doubled.
 */
async function createOnce<T>(what: string, create: () => Promise<T>, findExisting: () => Promise<T | undefined>): Promise<T> {
  let lastError: GitHubError | undefined
  for (let round = 0; round < CREATE_ATTEMPTS; round += 1) {
    try {
      return await create()
    } catch (error) {
      lastError = toGitHubError(error, what)
      if (lastError.kind !== 'uncertain') throw lastError
      const existing = await attempt(`${what} (checking whether it was created)`, findExisting)
      if (existing !== undefined) return existing
    }
  }
  throw lastError ?? new GitHubError(`${what} failed`, 'other', undefined)
}

export class PullRequestGitHub {
  constructor(
    private readonly octokit: Octokit,
    private readonly pr: PullRequestRef,
  ) {}

  private get route() {
    return { owner: this.pr.owner, repo: this.pr.repo }
  }

  async listChangedFiles(): Promise<ChangedFile[]> {
    const files = await attempt('Listing the pull request files', () =>
      this.octokit.paginate(this.octokit.rest.pulls.listFiles, { ...this.route, pull_number: this.pr.number, per_page: 100 }),
    )
    return files.map((file) => ({
      path: file.filename,
      status: file.status as ChangedFileStatus,
      ...(file.previous_filename === undefined ? {} : { previousPath: file.previous_filename }),
      ...(file.patch === undefined ? {} : { patch: file.patch }),
    }))
  }

  /** All review threads (paginated) and who the token acts as. */
  async listReviewThreads(): Promise<ReviewThreadsPage> {
    const threads: ReviewThread[] = []
    let viewerLogin: string | undefined
    let cursor: string | null = null
    do {
      const page: ThreadsResponse = await attempt('Reading review threads', () =>
        this.octokit.graphql<ThreadsResponse>(REVIEW_THREADS_QUERY, { ...this.route, number: this.pr.number, cursor }),
      )
      viewerLogin ??= page.viewer?.login ?? undefined
      const connection = page.repository?.pullRequest?.reviewThreads
      if (connection === undefined) break
      for (const node of connection.nodes) {
        if (node === null) continue
        const first = node.comments.nodes[0]
        threads.push({
          id: node.id,
          isResolved: node.isResolved,
          path: node.path,
          firstCommentBody: first?.body ?? '',
          ...(first?.author?.login === undefined ? {} : { authorLogin: first.author.login }),
        })
      }
      cursor = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null
    } while (cursor !== null)
    return { ...(viewerLogin === undefined ? {} : { viewerLogin }), threads }
  }

  async listIssueComments(): Promise<IssueComment[]> {
    const comments = await attempt('Listing the pull request comments', () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.route, issue_number: this.pr.number, per_page: 100 }),
    )
    return comments.map((comment) => ({
      id: comment.id,
      body: comment.body ?? '',
      ...(comment.user?.login === undefined ? {} : { authorLogin: comment.user.login }),
    }))
  }

  /** One review carrying every comment; `marker` (in `body`) finds it again after an uncertain failure. */
  async createReview(review: { commitId: string; body: string; marker: string; comments: readonly NewReviewComment[] }): Promise<{ id: number }> {
    const comments = review.comments.map((comment) => ({
      path: comment.path,
      body: comment.body,
      line: comment.line,
      side: 'RIGHT' as const,
      ...(comment.startLine === undefined ? {} : { start_line: comment.startLine, start_side: 'RIGHT' as const }),
    }))
    return createOnce(
      'Creating the review',
      async () => {
        const response = await this.octokit.rest.pulls.createReview({
          ...this.route,
          pull_number: this.pr.number,
          commit_id: review.commitId,
          event: 'COMMENT',
          body: review.body,
          comments,
          ...NO_BLIND_RETRY,
        })
        return { id: response.data.id }
      },
      async () => {
        const reviews = await this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...this.route, pull_number: this.pr.number, per_page: 100 })
        const found = reviews.find((existing) => (existing.body ?? '').includes(review.marker))
        return found === undefined ? undefined : { id: found.id }
      },
    )
  }

  async createComment(body: string, marker: string): Promise<{ id: number }> {
    return createOnce(
      'Creating the summary comment',
      async () => {
        const response = await this.octokit.rest.issues.createComment({ ...this.route, issue_number: this.pr.number, body, ...NO_BLIND_RETRY })
        return { id: response.data.id }
      },
      async () => {
        const comments = await this.listIssueComments()
        const found = comments.find((comment) => comment.body.includes(marker) && comment.body.trim() === body.trim())
        return found === undefined ? undefined : { id: found.id }
      },
    )
  }

  /** Editing is idempotent, so the ordinary retries apply. */
  async updateComment(commentId: number, body: string): Promise<void> {
    await attempt('Updating the summary comment', () => this.octokit.rest.issues.updateComment({ ...this.route, comment_id: commentId, body }))
  }

  /** Resolve threads with one aliased mutation per batch of MAX_THREADS_PER_MUTATION (resolving is idempotent). */
  async resolveThreads(threadIds: readonly string[]): Promise<void> {
    for (let start = 0; start < threadIds.length; start += MAX_THREADS_PER_MUTATION) {
      const batch = threadIds.slice(start, start + MAX_THREADS_PER_MUTATION)
      const variables = Object.fromEntries(batch.map((id, index) => [`t${index}`, id]))
      await attempt(`Resolving ${batch.length} review thread(s)`, () => this.octokit.graphql(resolveThreadsMutation(batch.length), variables))
    }
  }
}
