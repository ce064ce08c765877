// REST handlers of the fake GitHub, one per operationId of the vendored OpenAPI subset.
// Each receives an already authenticated, authorised and schema-validated request and
// applies GitHub's own business rules (diff anchoring, lengths, assignability...).
import type { DiffSide } from './diff-lines.js'
import {
  GitHubError,
  notFound,
  unprocessable,
  validationFailed,
  type Answer,
  type FieldError,
} from './http-errors.js'
import type { Operation } from './openapi.js'
import type { Renderer } from './render.js'
import { resolveAnchor, threadErrorSentence, type CommentAnchorRequest, type ResolvedAnchor } from './review-comments.js'
import {
  ACTIONS_BOT_LOGIN,
  makeNodeId,
  type IssueRecord,
  type LabelRecord,
  type PullFileRecord,
  type PullRecord,
  type RepoRecord,
  type ReviewCommentRecord,
  type ReviewRecord,
  type ReviewState,
  type Store,
} from './store.js'

export const MAX_BODY_LENGTH = 65_536
export const MAX_TITLE_LENGTH = 256
const MAX_ASSIGNEES = 10
const MAX_LABEL_NAME_LENGTH = 50
const MAX_LABEL_DESCRIPTION_LENGTH = 100
const DEFAULT_LABEL_COLOR = 'ededed'
const REVIEW_STATE_OF_EVENT: Record<string, ReviewState> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
}

export interface RestRequest {
  operation: Operation
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  actor: string
  repo: RepoRecord
  repoKey: string
  /** The request URL as the client sent it, to build Link headers on. */
  url: URL
}

type Handler = (request: RestRequest) => Answer

type JsonObject = Record<string, unknown>

function asObject(body: unknown): JsonObject {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as JsonObject) : {}
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** Labels and assignees may be given as strings or as objects with a name/login. */
function namesOf(values: unknown, key: 'name' | 'login'): string[] {
  if (!Array.isArray(values)) return []
  return values.flatMap((value) => {
    if (typeof value === 'string') return [value]
    const named = asObject(value)[key]
    return typeof named === 'string' ? [named] : []
  })
}

function integerParam(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined
  return Number(value)
}

/** Sub-issues per parent on GitHub. */
const MAX_SUB_ISSUES = 100

export class RestRoutes {
  private readonly handlers: Record<string, Handler>

  constructor(
    private readonly store: Store,
    private readonly render: Renderer,
    private readonly now: () => Date,
  ) {
    this.handlers = {
      'repos/get': (request) => ({ status: 200, body: this.render.repository(request.repo) }),
      'pulls/get': (request) => ({ status: 200, body: this.render.pull(this.pullOf(request)) }),
      'pulls/list-files': (request) => {
        const pull = this.pullOf(request)
        return this.page(request, pull.files.map((file) => this.render.pullFile(pull, file)), 3000)
      },
      'pulls/list-reviews': (request) => this.listReviews(request),
      'pulls/create-review': (request) => this.createReview(request),
      'pulls/list-review-comments': (request) => this.listReviewComments(request),
      'pulls/create-review-comment': (request) => this.createReviewComment(request),
      'pulls/update-review-comment': (request) => this.updateReviewComment(request),
      'pulls/delete-review-comment': (request) => this.deleteReviewComment(request),
      'pulls/create-reply-for-review-comment': (request) => this.createReply(request),
      'issues/list-comments': (request) => this.listIssueComments(request),
      'issues/create-comment': (request) => this.createIssueComment(request),
      'issues/update-comment': (request) => this.updateIssueComment(request),
      'issues/delete-comment': (request) => this.deleteIssueComment(request),
      'issues/list-for-repo': (request) => this.listIssues(request),
      'issues/create': (request) => this.createIssue(request),
      'issues/get': (request) => ({ status: 200, body: this.render.issue(this.issueOf(request)) }),
      'issues/update': (request) => this.updateIssue(request),
      'issues/add-labels': (request) => this.addLabels(request),
      'issues/remove-label': (request) => this.removeLabel(request),
      'issues/add-assignees': (request) => this.addAssignees(request),
      'issues/check-user-can-be-assigned': (request) => this.checkAssignee(request),
      'issues/list-labels-for-repo': (request) =>
        this.page(
          request,
          this.store.labels.filter((label) => label.repoKey === request.repoKey).map((label) => this.render.label(label)),
        ),
      'issues/create-label': (request) => this.createLabel(request),
      'issues/add-sub-issue': (request) => this.addSubIssue(request),
      'issues/list-sub-issues': (request) => {
        const parent = this.issueOf(request)
        const children = this.store.issues.filter((issue) => issue.repoKey === parent.repoKey && issue.parentNumber === parent.number)
        return this.page(request, children.map((child) => this.render.issue(child)))
      },
      'repos/compare-commits-with-basehead': (request) => this.compare(request),
      'issues/get-label': (request) => ({ status: 200, body: this.render.label(this.labelOf(request)) }),
      'issues/update-label': (request) => this.updateLabel(request),
    }
  }

  handle(request: RestRequest): Answer {
    const handler = this.handlers[request.operation.operationId]
    if (!handler) throw notFound()
    return handler(request)
  }

  // ---- lookups -------------------------------------------------------------------------

  private pullOf(request: RestRequest): PullRecord {
    const number = integerParam(request.params['pull_number'])
    const pull = number === undefined ? undefined : this.store.pull(request.repoKey, number)
    if (!pull) throw notFound(request.operation.documentationUrl)
    return pull
  }

  private issueOf(request: RestRequest): IssueRecord {
    const number = integerParam(request.params['issue_number'])
    const issue = number === undefined ? undefined : this.store.issue(request.repoKey, number)
    if (!issue && this.store.deletedIssues.has(`${request.repoKey}#${number}`)) {
      throw new GitHubError(410, {
        message: 'This issue was deleted',
        documentation_url: request.operation.documentationUrl,
        status: '410',
      })
    }
    if (!issue) throw notFound(request.operation.documentationUrl)
    return issue
  }

  private labelOf(request: RestRequest): LabelRecord {
    const label = this.store.label(request.repoKey, request.params['name'] ?? '')
    if (!label) throw notFound(request.operation.documentationUrl)
    return label
  }

  /** Collaborators can be assigned, and the owner when it is a user (an organization cannot). */
  private isAssignable(repo: RepoRecord, login: string): boolean {
    const isOwner = repo.owner.toLowerCase() === login.toLowerCase()
    if (isOwner) return this.store.ensureUser(repo.owner).type === 'User'
    return repo.collaborators.has(login.toLowerCase())
  }

  // ---- pagination ----------------------------------------------------------------------

  /** One page of `items` with GitHub's RFC 5988 Link header (rel next/last/first/prev). */
  private page(request: RestRequest, items: unknown[], maxItems = Infinity): Answer {
    const requestedPerPage = integerParam(request.query.get('per_page') ?? undefined)
    const perPage = Math.min(100, Math.max(1, requestedPerPage ?? 30))
    const page = Math.max(1, integerParam(request.query.get('page') ?? undefined) ?? 1)
    const all = items.slice(0, maxItems)
    const lastPage = Math.max(1, Math.ceil(all.length / perPage))
    const body = all.slice((page - 1) * perPage, page * perPage)
    const linkTo = (target: number): string => {
      const url = new URL(request.url.href)
      url.searchParams.set('per_page', String(perPage))
      url.searchParams.set('page', String(target))
      return url.href
    }
    const links: string[] = []
    if (page > 1) links.push(`<${linkTo(page - 1)}>; rel="prev"`)
    if (page < lastPage) links.push(`<${linkTo(page + 1)}>; rel="next"`)
    if (page < lastPage) links.push(`<${linkTo(lastPage)}>; rel="last"`)
    if (page > 1) links.push(`<${linkTo(1)}>; rel="first"`)
    return { status: 200, body, headers: links.length > 0 ? { link: links.join(', ') } : {} }
  }

  // ---- reviews and review comments ------------------------------------------------------

  private listReviews(request: RestRequest): Answer {
    const pull = this.pullOf(request)
    const reviews = this.store.reviews.filter(
      (review) =>
        review.repoKey === pull.repoKey &&
        review.pullNumber === pull.number &&
        (review.state !== 'PENDING' || review.author === request.actor),
    )
    return this.page(request, reviews.map((review) => this.render.review(review)))
  }

  private resolveCommitId(request: RestRequest, pull: PullRecord, commitId: string | undefined): string {
    if (commitId === undefined) return pull.headSha
    if (!pull.commits.has(commitId)) {
      throw unprocessable(['commit_id is not part of the pull request'], request.operation.documentationUrl)
    }
    return commitId
  }

  private createReview(request: RestRequest): Answer {
    const pull = this.pullOf(request)
    const body = asObject(request.body)
    const event = optionalString(body['event'])
    const text = optionalString(body['body']) ?? ''
    const comments = Array.isArray(body['comments']) ? (body['comments'] as JsonObject[]) : []
    const commitId = this.resolveCommitId(request, pull, optionalString(body['commit_id']))
    this.checkReviewEvent(request, pull, event, text, comments.length)
    // Every comment is checked before anything is stored: GitHub rejects the whole review.
    const anchors = this.anchorsOfReview(request, pull.commits.get(commitId) ?? pull.files, comments)
    const review = this.addReview(pull, request.actor, text, REVIEW_STATE_OF_EVENT[event ?? ''] ?? 'PENDING', commitId)
    anchors.forEach((anchor, index) => {
      this.addReviewComment(pull, review, anchor, optionalString(comments[index]?.['body']) ?? '', request.actor, null)
    })
    return { status: 200, body: this.render.review(review) }
  }

  /** GitHub's rules on who may submit which review event, and when a body is required. */
  private checkReviewEvent(request: RestRequest, pull: PullRecord, event: string | undefined, text: string, commentCount: number): void {
    const docs = request.operation.documentationUrl
    const issue = this.store.issue(pull.repoKey, pull.number)!
    const isOwnPull = issue.author.toLowerCase() === request.actor.toLowerCase()
    if (event === 'APPROVE' && isOwnPull) throw unprocessable(['Can not approve your own pull request'], docs)
    // The repository setting "Allow GitHub Actions to create and approve pull requests" is off by default.
    if (event === 'APPROVE' && request.actor === ACTIONS_BOT_LOGIN && !request.repo.actionsCanApprove) {
      throw unprocessable(['GitHub Actions is not permitted to approve pull requests.'], docs)
    }
    if (event === 'REQUEST_CHANGES' && isOwnPull) {
      throw unprocessable(['Can not request changes on your own pull request'], docs)
    }
    if (event === 'REQUEST_CHANGES' && text.trim() === '') {
      throw unprocessable(['Body is required when using REQUEST_CHANGES'], docs)
    }
    if (event === 'COMMENT' && text.trim() === '' && commentCount === 0) {
      throw unprocessable(['Body is required when using COMMENT'], docs)
    }
    if (text.length > MAX_BODY_LENGTH) {
      throw unprocessable([`Body is too long (maximum is ${MAX_BODY_LENGTH} characters)`], docs)
    }
    const hasPending = this.store.reviews.some(
      (review) =>
        review.repoKey === pull.repoKey &&
        review.pullNumber === pull.number &&
        review.author === request.actor &&
        review.state === 'PENDING',
    )
    if (event === undefined && hasPending) {
      throw unprocessable(['User can only have one pending review per pull request'], docs)
    }
  }

  private anchorsOfReview(request: RestRequest, files: readonly PullFileRecord[], comments: JsonObject[]): ResolvedAnchor[] {
    const docs = request.operation.documentationUrl
    return comments.map((comment) => {
      const anchor = resolveAnchor(files, anchorRequestOf(comment))
      if (anchor.kind === 'path') throw unprocessable(['Path could not be resolved'], docs)
      if (anchor.kind === 'position') throw unprocessable(['Line could not be resolved'], docs)
      if (anchor.kind === 'thread') throw unprocessable([threadErrorSentence(anchor.messages)], docs)
      if ((optionalString(comment['body']) ?? '').length > MAX_BODY_LENGTH) {
        throw unprocessable([`Body is too long (maximum is ${MAX_BODY_LENGTH} characters)`], docs)
      }
      return anchor
    })
  }

  private addReview(pull: PullRecord, author: string, body: string, state: ReviewState, commitId: string): ReviewRecord {
    const id = this.store.newId()
    const review: ReviewRecord = {
      repoKey: pull.repoKey,
      id,
      nodeId: makeNodeId('PRR', id),
      pullNumber: pull.number,
      author,
      body,
      state,
      commitId,
      submittedAt: state === 'PENDING' ? null : this.now(),
    }
    this.store.reviews.push(review)
    this.touchIssue(pull.repoKey, pull.number)
    return review
  }

  private addReviewComment(
    pull: PullRecord,
    review: ReviewRecord,
    anchor: ResolvedAnchor,
    body: string,
    author: string,
    replyTo: ReviewCommentRecord | null,
    subjectType: 'line' | 'file' = 'line',
  ): ReviewCommentRecord {
    const id = this.store.newId()
    const createdAt = this.now()
    let threadId = replyTo?.threadId
    if (threadId === undefined) {
      threadId = this.store.newId()
      this.store.reviewThreads.push({
        repoKey: pull.repoKey,
        id: threadId,
        nodeId: makeNodeId('PRRT', threadId),
        pullNumber: pull.number,
        path: anchor.path,
        isResolved: false,
        resolvedBy: null,
        commentIds: [],
      })
    }
    const comment: ReviewCommentRecord = {
      repoKey: pull.repoKey,
      id,
      nodeId: makeNodeId('PRRC', id),
      pullNumber: pull.number,
      reviewId: review.id,
      threadId,
      inReplyToId: replyTo ? (this.store.thread(replyTo.threadId)?.commentIds[0] ?? replyTo.id) : null,
      path: anchor.path,
      side: anchor.side,
      startSide: anchor.startSide,
      line: anchor.line,
      startLine: anchor.startLine,
      position: anchor.position,
      originalLine: anchor.line ?? 1,
      originalStartLine: anchor.startLine,
      originalPosition: anchor.position,
      commitId: review.commitId,
      originalCommitId: review.commitId,
      diffHunk: anchor.diffHunk,
      subjectType,
      anchoredText: anchor.anchoredText,
      body,
      author,
      createdAt,
      updatedAt: createdAt,
    }
    this.store.reviewComments.push(comment)
    this.store.thread(threadId)?.commentIds.push(id)
    return comment
  }

  /** Review comments of a pending review are visible to nobody else, so they are left out of lists and threads. */
  private isVisible(comment: ReviewCommentRecord, actor: string): boolean {
    const review = this.store.reviews.find((candidate) => candidate.id === comment.reviewId)
    return review?.state !== 'PENDING' || review.author === actor
  }

  private listReviewComments(request: RestRequest): Answer {
    const pull = this.pullOf(request)
    const since = request.query.get('since')
    const sinceDate = since ? new Date(since) : undefined
    let comments = this.store.reviewComments.filter(
      (comment) =>
        comment.repoKey === pull.repoKey &&
        comment.pullNumber === pull.number &&
        this.isVisible(comment, request.actor) &&
        (!sinceDate || comment.updatedAt >= sinceDate),
    )
    comments = sortRecords(comments, request.query.get('sort') ?? 'created', request.query.get('direction') ?? 'asc')
    return this.page(request, comments.map((comment) => this.render.reviewComment(comment)))
  }

  private createReviewComment(request: RestRequest): Answer {
    const pull = this.pullOf(request)
    const docs = request.operation.documentationUrl
    const body = asObject(request.body)
    const text = optionalString(body['body']) ?? ''
    if (text.length > MAX_BODY_LENGTH) throw this.bodyTooLong('PullRequestReviewComment', docs)

    const inReplyTo = typeof body['in_reply_to'] === 'number' ? body['in_reply_to'] : undefined
    if (inReplyTo !== undefined) return this.reply(request, pull, inReplyTo, text)

    const commitId = optionalString(body['commit_id']) ?? pull.headSha
    if (!pull.commits.has(commitId)) {
      throw validationFailed(
        [
          {
            resource: 'PullRequestReviewComment',
            code: 'custom',
            field: 'commit_id',
            message: 'commit_id is not part of the pull request',
          },
        ],
        docs,
      )
    }
    const subjectType = body['subject_type'] === 'file' ? 'file' : 'line'
    const anchor = resolveAnchor(pull.commits.get(commitId) ?? pull.files, anchorRequestOf(body))
    if (anchor.kind === 'path') throw unprocessable(['Path could not be resolved'], docs)
    if (anchor.kind === 'position') throw unprocessable(['Line could not be resolved'], docs)
    if (anchor.kind === 'thread') {
      const errors: FieldError[] = anchor.messages.map((message) => threadFieldError(message))
      throw validationFailed(errors, docs)
    }
    // A single comment arrives inside a review of its own, as on GitHub.
    const review = this.addReview(pull, request.actor, '', 'COMMENTED', commitId)
    const comment = this.addReviewComment(pull, review, anchor, text, request.actor, null, subjectType)
    return { status: 201, body: this.render.reviewComment(comment) }
  }

  private reply(request: RestRequest, pull: PullRecord, commentId: number, text: string): Answer {
    const parent = this.store.reviewComment(pull.repoKey, commentId)
    if (!parent || parent.pullNumber !== pull.number) throw notFound(request.operation.documentationUrl)
    const review = this.addReview(pull, request.actor, '', 'COMMENTED', pull.headSha)
    const anchor: ResolvedAnchor = {
      kind: 'ok',
      path: parent.path,
      side: parent.side,
      startSide: parent.startSide,
      line: parent.line,
      startLine: parent.startLine,
      position: parent.position ?? parent.originalPosition,
      diffHunk: parent.diffHunk,
      anchoredText: parent.anchoredText,
    }
    const comment = this.addReviewComment(pull, review, anchor, text, request.actor, parent, parent.subjectType)
    comment.commitId = parent.commitId
    comment.originalCommitId = parent.originalCommitId
    comment.originalLine = parent.originalLine
    comment.originalPosition = parent.originalPosition
    return { status: 201, body: this.render.reviewComment(comment) }
  }

  private createReply(request: RestRequest): Answer {
    const pull = this.pullOf(request)
    const text = optionalString(asObject(request.body)['body']) ?? ''
    if (text.length > MAX_BODY_LENGTH) {
      throw this.bodyTooLong('PullRequestReviewComment', request.operation.documentationUrl)
    }
    const commentId = integerParam(request.params['comment_id'])
    if (commentId === undefined) throw notFound(request.operation.documentationUrl)
    return this.reply(request, pull, commentId, text)
  }

  private reviewCommentOf(request: RestRequest): ReviewCommentRecord {
    const id = integerParam(request.params['comment_id'])
    const comment = id === undefined ? undefined : this.store.reviewComment(request.repoKey, id)
    if (!comment) throw notFound(request.operation.documentationUrl)
    return comment
  }

  private updateReviewComment(request: RestRequest): Answer {
    const comment = this.reviewCommentOf(request)
    const text = optionalString(asObject(request.body)['body']) ?? ''
    if (text.length > MAX_BODY_LENGTH) {
      throw this.bodyTooLong('PullRequestReviewComment', request.operation.documentationUrl)
    }
    comment.body = text
    comment.updatedAt = this.now()
    return { status: 200, body: this.render.reviewComment(comment) }
  }

  private deleteReviewComment(request: RestRequest): Answer {
    const comment = this.reviewCommentOf(request)
    this.store.reviewComments.splice(this.store.reviewComments.indexOf(comment), 1)
    const thread = this.store.thread(comment.threadId)
    if (thread) {
      thread.commentIds = thread.commentIds.filter((id) => id !== comment.id)
      if (thread.commentIds.length === 0) this.store.reviewThreads.splice(this.store.reviewThreads.indexOf(thread), 1)
    }
    return { status: 204 }
  }

  // ---- issue comments ------------------------------------------------------------------

  private bodyTooLong(resource: string, docs: string): GitHubError {
    return validationFailed(
      [{ resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)` }],
      docs,
    )
  }

  private listIssueComments(request: RestRequest): Answer {
    const issue = this.issueOf(request)
    const since = request.query.get('since')
    const sinceDate = since ? new Date(since) : undefined
    const comments = this.store.issueComments.filter(
      (comment) =>
        comment.repoKey === issue.repoKey &&
        comment.issueNumber === issue.number &&
        (!sinceDate || comment.updatedAt >= sinceDate),
    )
    return this.page(request, comments.map((comment) => this.render.issueComment(comment)))
  }

  private createIssueComment(request: RestRequest): Answer {
    const issue = this.issueOf(request)
    const docs = request.operation.documentationUrl
    const text = optionalString(asObject(request.body)['body']) ?? ''
    if (text.length > MAX_BODY_LENGTH) throw this.bodyTooLong('IssueComment', docs)
    if (text.trim() === '') {
      throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }], docs)
    }
    const id = this.store.newId()
    const createdAt = this.now()
    const comment = {
      repoKey: issue.repoKey,
      id,
      nodeId: makeNodeId('IC', id),
      issueNumber: issue.number,
      body: text,
      author: request.actor,
      createdAt,
      updatedAt: createdAt,
    }
    this.store.issueComments.push(comment)
    issue.updatedAt = createdAt
    return { status: 201, body: this.render.issueComment(comment) }
  }

  private issueCommentOf(request: RestRequest) {
    const id = integerParam(request.params['comment_id'])
    const comment = this.store.issueComments.find((candidate) => candidate.repoKey === request.repoKey && candidate.id === id)
    if (!comment) throw notFound(request.operation.documentationUrl)
    return comment
  }

  private updateIssueComment(request: RestRequest): Answer {
    const comment = this.issueCommentOf(request)
    const docs = request.operation.documentationUrl
    const text = optionalString(asObject(request.body)['body']) ?? ''
    if (text.length > MAX_BODY_LENGTH) throw this.bodyTooLong('IssueComment', docs)
    comment.body = text
    comment.updatedAt = this.now()
    return { status: 200, body: this.render.issueComment(comment) }
  }

  private deleteIssueComment(request: RestRequest): Answer {
    const comment = this.issueCommentOf(request)
    this.store.issueComments.splice(this.store.issueComments.indexOf(comment), 1)
    return { status: 204 }
  }

  // ---- issues --------------------------------------------------------------------------

  private listIssues(request: RestRequest): Answer {
    const query = request.query
    const state = query.get('state') ?? 'open'
    const wantedLabels = (query.get('labels') ?? '')
      .split(',')
      .map((label) => label.trim().toLowerCase())
      .filter(Boolean)
    const creator = query.get('creator')?.toLowerCase()
    const assignee = query.get('assignee')
    const since = query.get('since')
    const sinceDate = since ? new Date(since) : undefined
    let issues = this.store.issues.filter((issue) => {
      if (issue.repoKey !== request.repoKey) return false
      if (state !== 'all' && issue.state !== state) return false
      const labels = issue.labels.map((label) => label.toLowerCase())
      if (!wantedLabels.every((label) => labels.includes(label))) return false
      if (creator && issue.author.toLowerCase() !== creator) return false
      if (assignee === 'none' && issue.assignees.length > 0) return false
      if (assignee === '*' && issue.assignees.length === 0) return false
      if (
        assignee &&
        assignee !== 'none' &&
        assignee !== '*' &&
        !issue.assignees.some((login) => login.toLowerCase() === assignee.toLowerCase())
      ) {
        return false
      }
      if (sinceDate && issue.updatedAt < sinceDate) return false
      return true
    })
    issues = sortRecords(issues, query.get('sort') ?? 'created', query.get('direction') ?? 'desc', (issue) =>
      this.store.issueComments.filter((comment) => comment.repoKey === issue.repoKey && comment.issueNumber === issue.number)
        .length,
    )
    return this.page(request, issues.map((issue) => this.render.issue(issue)))
  }

  private checkIssueText(resource: string, title: string | undefined, body: string | null | undefined, docs: string): void {
    const errors: FieldError[] = []
    if (title !== undefined && title.trim() === '') errors.push({ resource, code: 'missing_field', field: 'title' })
    if (title !== undefined && title.length > MAX_TITLE_LENGTH) {
      errors.push({
        resource,
        code: 'custom',
        field: 'title',
        message: `title is too long (maximum is ${MAX_TITLE_LENGTH} characters)`,
      })
    }
    if (typeof body === 'string' && body.length > MAX_BODY_LENGTH) {
      errors.push({
        resource,
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)`,
      })
    }
    if (errors.length > 0) throw validationFailed(errors, docs)
  }

  /**
   * Non-assignable logins make GitHub reject an issue create/update. Today's answer is one
   * error naming them all (value is the list); older GitHub sent one error per login with
   * `value: "<login>"` and no message, so clients should read both.
   */
  private checkAssignees(repo: RepoRecord, logins: string[], docs: string): void {
    const refused = logins.filter((login) => !this.isAssignable(repo, login))
    if (refused.length === 0) return
    throw validationFailed(
      [
        {
          message: `assignees ${refused.join(', ')} cannot be assigned to this issue`,
          value: refused,
          resource: 'Issue',
          field: 'assignees',
          code: 'invalid',
        },
      ],
      docs,
    )
  }

  /** Labels named in an issue write are created when missing, as GitHub does; their names obey the label limits. */
  private ensureLabels(repoKey: string, names: string[], docs: string): string[] {
    for (const name of names) if (!this.store.label(repoKey, name)) this.checkLabelText(name, undefined, docs)
    return names.map((name) => (this.store.label(repoKey, name) ?? this.addLabelRecord(repoKey, name, DEFAULT_LABEL_COLOR, null)).name)
  }

  private checkLabelText(name: string | undefined, description: string | undefined, docs: string): void {
    const errors: FieldError[] = []
    if (name !== undefined && name.length > MAX_LABEL_NAME_LENGTH) {
      errors.push({ resource: 'Label', code: 'custom', field: 'name', message: `name is too long (maximum is ${MAX_LABEL_NAME_LENGTH} characters)` })
    }
    if (description !== undefined && description.length > MAX_LABEL_DESCRIPTION_LENGTH) {
      errors.push({
        resource: 'Label',
        code: 'custom',
        field: 'description',
        message: `description is too long (maximum is ${MAX_LABEL_DESCRIPTION_LENGTH} characters)`,
      })
    }
    if (errors.length > 0) throw validationFailed(errors, docs)
  }

  private createIssue(request: RestRequest): Answer {
    const docs = request.operation.documentationUrl
    const body = asObject(request.body)
    const title = typeof body['title'] === 'number' ? String(body['title']) : (optionalString(body['title']) ?? '')
    const text = optionalString(body['body']) ?? null
    this.checkIssueText('Issue', title, text, docs)
    const assignees = [...namesOf(body['assignees'], 'login'), ...(optionalString(body['assignee']) ? [String(body['assignee'])] : [])]
    this.checkAssignees(request.repo, assignees, docs)
    const createdAt = this.now()
    const id = this.store.newId()
    const issue: IssueRecord = {
      repoKey: request.repoKey,
      id,
      nodeId: makeNodeId('I', id),
      number: this.store.nextIssueNumber(request.repoKey),
      title,
      body: text,
      author: request.actor,
      state: 'open',
      stateReason: null,
      labels: this.ensureLabels(request.repoKey, namesOf(body['labels'], 'name'), docs),
      assignees: uniqueLogins(assignees).slice(0, MAX_ASSIGNEES),
      locked: false,
      createdAt,
      updatedAt: createdAt,
      closedAt: null,
      closedBy: null,
      isPullRequest: false,
    }
    this.store.issues.push(issue)
    return { status: 201, body: this.render.issue(issue) }
  }

  private updateIssue(request: RestRequest): Answer {
    const issue = this.issueOf(request)
    const docs = request.operation.documentationUrl
    const body = asObject(request.body)
    const title = typeof body['title'] === 'number' ? String(body['title']) : optionalString(body['title'])
    const text = body['body'] === null ? null : optionalString(body['body'])
    this.checkIssueText('Issue', title, text, docs)
    if (body['assignees'] !== undefined) this.checkAssignees(request.repo, namesOf(body['assignees'], 'login'), docs)
    if (title !== undefined) issue.title = title
    if (text !== undefined) issue.body = text
    if (Array.isArray(body['labels'])) issue.labels = this.ensureLabels(issue.repoKey, namesOf(body['labels'], 'name'), docs)
    if (Array.isArray(body['assignees'])) issue.assignees = uniqueLogins(namesOf(body['assignees'], 'login')).slice(0, MAX_ASSIGNEES)
    const state = optionalString(body['state'])
    const reason = optionalString(body['state_reason'])
    if (state === 'closed' && issue.state !== 'closed') {
      issue.state = 'closed'
      issue.closedAt = this.now()
      issue.closedBy = request.actor
      issue.stateReason = reason === 'not_planned' || reason === 'duplicate' ? reason : 'completed'
    } else if (state === 'open' && issue.state !== 'open') {
      issue.state = 'open'
      issue.closedAt = null
      issue.closedBy = null
      issue.stateReason = 'reopened'
    } else if (state === 'closed' && (reason === 'not_planned' || reason === 'completed' || reason === 'duplicate')) {
      issue.stateReason = reason
    }
    issue.updatedAt = this.now()
    return { status: 200, body: this.render.issue(issue) }
  }

  private addLabels(request: RestRequest): Answer {
    const issue = this.issueOf(request)
    const body = request.body
    const names = Array.isArray(body) ? namesOf(body, 'name') : namesOf(asObject(body)['labels'], 'name')
    for (const name of this.ensureLabels(issue.repoKey, names, request.operation.documentationUrl)) {
      if (!issue.labels.some((existing) => existing.toLowerCase() === name.toLowerCase())) issue.labels.push(name)
    }
    issue.updatedAt = this.now()
    return { status: 200, body: this.labelsOfIssue(issue) }
  }

  private labelsOfIssue(issue: IssueRecord): unknown[] {
    return issue.labels.flatMap((name) => {
      const label = this.store.label(issue.repoKey, name)
      return label ? [this.render.label(label)] : []
    })
  }

  private removeLabel(request: RestRequest): Answer {
    const issue = this.issueOf(request)
    const wanted = (request.params['name'] ?? '').toLowerCase()
    const index = issue.labels.findIndex((name) => name.toLowerCase() === wanted)
    if (index < 0) {
      throw new GitHubError(404, {
        message: 'Label does not exist',
        documentation_url: request.operation.documentationUrl,
        status: '404',
      })
    }
    issue.labels.splice(index, 1)
    issue.updatedAt = this.now()
    return { status: 200, body: this.labelsOfIssue(issue) }
  }

  private addAssignees(request: RestRequest): Answer {
    const issue = this.issueOf(request)
    // GitHub silently drops logins that cannot be assigned here (unlike on issue create).
    const logins = namesOf(asObject(request.body)['assignees'], 'login').filter((login) => this.isAssignable(request.repo, login))
    issue.assignees = uniqueLogins([...issue.assignees, ...logins]).slice(0, MAX_ASSIGNEES)
    issue.updatedAt = this.now()
    return { status: 201, body: this.render.issue(issue) }
  }

  private checkAssignee(request: RestRequest): Answer {
    const login = request.params['assignee'] ?? ''
    if (!this.isAssignable(request.repo, login)) throw notFound(request.operation.documentationUrl)
    return { status: 204 }
  }

  private touchIssue(repoKey: string, number: number): void {
    const issue = this.store.issue(repoKey, number)
    if (issue) issue.updatedAt = this.now()
  }

  // ---- sub-issues and compare --------------------------------------------------------------

  /** GitHub's limits: a child has one parent, a parent at most 100 sub-issues, and the child is named by database id. */
  private addSubIssue(request: RestRequest): Answer {
    const parent = this.issueOf(request)
    const docs = request.operation.documentationUrl
    const body = asObject(request.body)
    const childId = body['sub_issue_id']
    const child = this.store.issues.find((issue) => issue.repoKey === parent.repoKey && issue.id === childId && !issue.isPullRequest)
    if (child === undefined) throw notFound(docs)
    const invalid = (message: string) => validationFailed([{ resource: 'Issue', code: 'custom', field: 'sub_issue_id', message }], docs)
    if (child.number === parent.number) throw invalid('An issue cannot be a sub-issue of itself')
    if (child.parentNumber !== undefined && body['replace_parent'] !== true) throw invalid('Issue may not contain duplicate sub-issues and Sub issue may only have one parent')
    const siblings = this.store.issues.filter((issue) => issue.repoKey === parent.repoKey && issue.parentNumber === parent.number)
    if (siblings.length >= MAX_SUB_ISSUES) throw invalid(`Parent issue cannot have more than ${MAX_SUB_ISSUES} sub-issues`)
    child.parentNumber = parent.number
    return { status: 201, body: this.render.issue(parent) }
  }

  private compare(request: RestRequest): Answer {
    const [base, head] = (request.params['basehead'] ?? '').split('...')
    const found = this.store.comparisons.find((entry) => entry.repoKey === request.repoKey && entry.base === base && entry.head === head)
    if (found === undefined || base === undefined || head === undefined) throw notFound(request.operation.documentationUrl)
    return { status: 200, body: this.render.comparison(found) }
  }

  // ---- labels --------------------------------------------------------------------------

  addLabelRecord(repoKey: string, name: string, color: string, description: string | null): LabelRecord {
    const id = this.store.newId()
    const label: LabelRecord = { repoKey, id, nodeId: makeNodeId('LA', id), name, color, description, isDefault: false }
    this.store.labels.push(label)
    return label
  }

  private checkColor(color: string | undefined, docs: string): void {
    if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) {
      throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }], docs)
    }
  }

  private createLabel(request: RestRequest): Answer {
    const docs = request.operation.documentationUrl
    const body = asObject(request.body)
    const name = optionalString(body['name']) ?? ''
    const color = optionalString(body['color'])?.replace(/^#/, '')
    if (name.trim() === '') throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }], docs)
    this.checkColor(color, docs)
    this.checkLabelText(name, optionalString(body['description']), docs)
    if (this.store.label(request.repoKey, name)) {
      throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }], docs)
    }
    const label = this.addLabelRecord(request.repoKey, name, (color ?? DEFAULT_LABEL_COLOR).toLowerCase(), optionalString(body['description']) ?? null)
    return { status: 201, body: this.render.label(label) }
  }

  private updateLabel(request: RestRequest): Answer {
    const label = this.labelOf(request)
    const docs = request.operation.documentationUrl
    const body = asObject(request.body)
    const newName = optionalString(body['new_name'])
    const color = optionalString(body['color'])?.replace(/^#/, '')
    this.checkColor(color, docs)
    this.checkLabelText(newName, optionalString(body['description']), docs)
    if (newName !== undefined && newName.toLowerCase() !== label.name.toLowerCase() && this.store.label(label.repoKey, newName)) {
      throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }], docs)
    }
    if (newName !== undefined) {
      for (const issue of this.store.issues) {
        if (issue.repoKey !== label.repoKey) continue
        issue.labels = issue.labels.map((name) => (name.toLowerCase() === label.name.toLowerCase() ? newName : name))
      }
      label.name = newName
    }
    if (color !== undefined) label.color = color.toLowerCase()
    if (body['description'] !== undefined) label.description = optionalString(body['description']) ?? null
    return { status: 200, body: this.render.label(label) }
  }
}

function anchorRequestOf(comment: JsonObject): CommentAnchorRequest {
  const side = (value: unknown): DiffSide | undefined => (value === 'LEFT' || value === 'RIGHT' ? value : undefined)
  const request: CommentAnchorRequest = { path: optionalString(comment['path']) ?? '' }
  if (typeof comment['line'] === 'number') request.line = comment['line']
  if (typeof comment['start_line'] === 'number') request.start_line = comment['start_line']
  if (typeof comment['position'] === 'number') request.position = comment['position']
  const chosenSide = side(comment['side'])
  if (chosenSide) request.side = chosenSide
  const startSide = side(comment['start_side'])
  if (startSide) request.start_side = startSide
  if (comment['subject_type'] === 'file') request.subject_type = 'file'
  return request
}

/** The single-comment endpoint reports thread problems as field errors of a "Validation Failed". */
function threadFieldError(message: string): FieldError {
  if (message.includes('diff hunk')) {
    return { resource: 'PullRequestReviewComment', code: 'missing_field', field: 'pull_request_review_thread.diff_hunk' }
  }
  const field = message.includes('start line') ? 'pull_request_review_thread.start_line' : 'pull_request_review_thread.line'
  const lowered = message.replace('Pull request review thread start line', `${field}`).replace('Pull request review thread line', `${field}`)
  return { resource: 'PullRequestReviewComment', code: 'custom', field, message: lowered }
}

function uniqueLogins(logins: string[]): string[] {
  const seen = new Set<string>()
  return logins.filter((login) => {
    const key = login.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function sortRecords<T extends { id: number; createdAt: Date; updatedAt: Date }>(
  records: T[],
  sort: string,
  direction: string,
  commentCount?: (record: T) => number,
): T[] {
  const key = (record: T): number =>
    sort === 'updated' ? record.updatedAt.getTime() : sort === 'comments' && commentCount ? commentCount(record) : record.createdAt.getTime()
  const sign = direction === 'asc' ? 1 : -1
  // Ties are broken by id, which grows with creation, as GitHub does.
  return [...records].sort((a, b) => sign * (key(a) - key(b) || a.id - b.id))
}
