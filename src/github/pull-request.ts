/**
 * Reads and writes on one pull request. Every method returns our own types. Creates are
 * sent once: the write executor (src/write/executor.ts) reconciles an uncertain failure by
 * re-reading (findReview) before it repeats anything.
 */
import type { Octokit } from './client.js'
import { toGitHubError } from './errors.js'
import { MAX_THREADS_PER_MUTATION, REVIEW_THREADS_QUERY, resolveThreadsMutation } from './graphql.js'
import type { ChangedFile, ChangedFileStatus, IssueComment, NewReviewComment, PullRequestRef, ReviewThread, ReviewThreadsPage } from './types.js'

import { NO_BLIND_RETRY } from './issues.js'

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
          comments: { totalCount?: number; nodes: Array<{ databaseId?: number | null; body: string; author: { login: string } | null } | null> }
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
          ...(typeof first?.databaseId === 'number' ? { firstCommentId: first.databaseId } : {}),
          ...(node.comments.totalCount === undefined ? {} : { commentCount: node.comments.totalCount }),
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

  /** One review carrying every comment, sent once; its body's marker finds it again (findReview). */
  async createReview(review: { commitId: string; body: string; comments: readonly NewReviewComment[] }): Promise<{ id: number }> {
    const comments = review.comments.map((comment) => ({
      path: comment.path,
      body: comment.body,
      line: comment.line,
      side: 'RIGHT' as const,
      ...(comment.startLine === undefined ? {} : { start_line: comment.startLine, start_side: 'RIGHT' as const }),
    }))
    const response = await attempt('Creating the review', () =>
      this.octokit.rest.pulls.createReview({
        ...this.route,
        pull_number: this.pr.number,
        commit_id: review.commitId,
        event: 'COMMENT',
        body: review.body,
        comments,
        ...NO_BLIND_RETRY,
      }),
    )
    return { id: response.data.id }
  }

  /** The review whose body holds `marker`, if any (all pages). */
  async findReview(marker: string): Promise<{ id: number } | undefined> {
    const reviews = await attempt('Listing the reviews', () =>
      this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...this.route, pull_number: this.pr.number, per_page: 100 }),
    )
    const found = reviews.find((existing) => (existing.body ?? '').includes(marker))
    return found === undefined ? undefined : { id: found.id }
  }

  /** Deletes one of our review comments (a duplicate); one already gone is fine. */
  async deleteReviewComment(commentId: number): Promise<void> {
    try {
      await this.octokit.rest.pulls.deleteReviewComment({ ...this.route, comment_id: commentId })
    } catch (error) {
      const failure = toGitHubError(error, `Deleting review comment ${commentId}`)
      if (failure.status === 404) return
      throw failure
    }
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
