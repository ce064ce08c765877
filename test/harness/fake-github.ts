// A local HTTP server that plays GitHub for end-to-end tests: REST + GraphQL on
// 127.0.0.1, in-memory state, GitHub's contract enforced (OpenAPI bodies, GraphQL
// schema, diff anchoring, permissions, rate-limit headers), and fault injection.
// Usage and behaviour: test/harness/README.md.
import { randomUUID } from 'node:crypto'
import type { components } from '@octokit/openapi-types'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { Faults, type FaultKind, type FaultSpec } from './faults.js'
import { GraphqlEndpoint } from './graphql-api.js'
import {
  GitHubError,
  badCredentials,
  invalidRequest,
  notAccessibleByIntegration,
  notFound,
  problemsParsingJson,
  validationFailed,
  type Answer,
} from './http-errors.js'
import { githubContract, type OpenApiContract, type Operation } from './openapi.js'
import { Renderer, isoSeconds } from './render.js'
import { RestRoutes } from './rest-routes.js'
import { RateLimits, secondaryRateLimit } from './rate-limits.js'
import { reanchorAfterPush } from './review-comments.js'
import {
  ACTIONS_BOT_LOGIN,
  Store,
  makeNodeId,
  repoKeyOf,
  type FileStatus,
  type IssueCommentRecord,
  type IssueRecord,
  type LabelRecord,
  type Permission,
  type PullFileRecord,
  type PullRecord,
  type ReviewCommentRecord,
  type ReviewRecord,
  type ReviewThreadRecord,
  type UserType,
  type ComparisonRecord,
} from './store.js'

export { makePatch } from './make-patch.js'
export { pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent } from './events.js'
export type { FaultKind, FaultSpec } from './faults.js'
export type { Permission } from './store.js'
export { ACTIONS_BOT_LOGIN } from './store.js'

const DEFAULT_RATE_LIMIT = 5000

export interface StartOptions {
  /** Requests per token per hour for each resource (core, graphql); 5000 unless set. */
  rateLimit?: number
  /** The server clock; the real clock unless set (for `since` filters and timestamps). */
  now?: () => Date
  /** Check every 2xx REST answer against GitHub's response schemas and answer 500 on a mismatch (default true). */
  checkResponses?: boolean
  /**
   * GitHub's secondary limit on content creation per token: 80 per minute and 500 per
   * hour unless set; `false` turns it off. Past it, creates get the secondary-rate-limit 403.
   */
  contentCreationLimits?: { perMinute?: number; perHour?: number } | false
  /**
   * GraphQL fields that are valid for GitHub but not modelled by the fake resolve to null
   * (and are listed in the request log's `unmodelledFields`); true answers them with an error.
   */
  strictGraphqlFields?: boolean
}

/**
 * What GitHub lists in `x-accepted-github-permissions` for each operation (the GitHub App
 * permissions that allow it): the hint a client can show when it gets a 403.
 */
const ACCEPTED_PERMISSIONS: Record<string, string> = {
  'repos/get': 'metadata=read',
  'pulls/get': 'pull_requests=read',
  'pulls/list-files': 'pull_requests=read',
  'pulls/list-reviews': 'pull_requests=read',
  'pulls/create-review': 'pull_requests=write',
  'pulls/list-review-comments': 'pull_requests=read',
  'pulls/create-review-comment': 'pull_requests=write',
  'pulls/update-review-comment': 'pull_requests=write',
  'pulls/delete-review-comment': 'pull_requests=write',
  'pulls/create-reply-for-review-comment': 'pull_requests=write',
  'issues/list-comments': 'issues=read; pull_requests=read',
  'issues/create-comment': 'issues=write; pull_requests=write',
  'issues/update-comment': 'issues=write; pull_requests=write',
  'issues/delete-comment': 'issues=write; pull_requests=write',
  'issues/list-for-repo': 'issues=read',
  'issues/create': 'issues=write',
  'issues/get': 'issues=read',
  'issues/update': 'issues=write; pull_requests=write',
  'issues/add-labels': 'issues=write; pull_requests=write',
  'issues/remove-label': 'issues=write; pull_requests=write',
  'issues/add-assignees': 'issues=write; pull_requests=write',
  'issues/check-user-can-be-assigned': 'issues=read; pull_requests=read',
  'issues/list-labels-for-repo': 'issues=read; pull_requests=read',
  'issues/create-label': 'issues=write; pull_requests=write',
  'issues/get-label': 'issues=read; pull_requests=read',
  'issues/update-label': 'issues=write; pull_requests=write',
}

/** Operations that create content, which GitHub's content-creation limits count. */
const CONTENT_CREATING_OPERATIONS = new Set([
  'issues/create',
  'issues/create-comment',
  'issues/create-label',
  'pulls/create-review',
  'pulls/create-review-comment',
  'pulls/create-reply-for-review-comment',
])

export interface PullFileInput {
  filename: string
  status: FileStatus
  patch?: string
  previous_filename?: string
  /**
   * The file's full text at this head (optional). With it, pushes move review comments
   * with their line exactly; without it, the nearest diff line with the same text is used.
   */
  content?: string
}

export interface AddPullRequestInput {
  owner: string
  repo: string
  number: number
  title?: string
  body?: string
  author?: string
  headSha: string
  baseSha?: string
  headRef?: string
  baseRef?: string
  /** `owner/name` of the head repository; a fork when it differs from the base repository. */
  headRepoFullName?: string
  draft?: boolean
  labels?: string[]
  files: PullFileInput[]
}

export interface PushInput {
  owner: string
  repo: string
  number: number
  headSha: string
  files: PullFileInput[]
  /** A force-push forgets the replaced heads: their SHAs are no longer valid `commit_id`s. */
  force?: boolean
}

export interface RequestLogEntry {
  method: string
  /** Path without the query string, e.g. /repos/acme/ops/issues. */
  path: string
  query: Record<string, string>
  /** Answer status; 0 when the connection was dropped without an answer. */
  status: number
  /** Parsed JSON body (undefined when none). */
  body: unknown
  /** Permission of the token used, null when missing or unknown. */
  permission: Permission | null
  /** OpenAPI operationId for REST, `graphql` for GraphQL. */
  operationId: string | null
  /** True for REST writes and GraphQL mutations. */
  isWrite: boolean
  fault: FaultKind | null
  /** For GraphQL, the operation name if the document named one. */
  graphqlOperationName?: string | null
  /** For GraphQL, fields that GitHub would answer but the fake resolved to null (`Type.field`). */
  unmodelledFields?: string[]
  /** Request headers, lower-cased; the credential in `authorization` is masked. */
  headers: Record<string, string>
}

type Schemas = components['schemas']

/** Snapshots in the shapes GitHub's REST API answers (typed with GitHub's own OpenAPI types). */
export interface FakeGitHubState {
  readonly issues: Schemas['issue'][]
  readonly issueComments: Schemas['issue-comment'][]
  readonly reviews: Schemas['pull-request-review'][]
  readonly reviewComments: Schemas['pull-request-review-comment'][]
  readonly reviewThreads: ReviewThreadView[]
  readonly labels: Schemas['label'][]
  /** The raw records, for assertions the API shapes cannot express. */
  readonly records: {
    issues: readonly IssueRecord[]
    issueComments: readonly IssueCommentRecord[]
    reviews: readonly ReviewRecord[]
    reviewComments: readonly ReviewCommentRecord[]
    reviewThreads: readonly ReviewThreadRecord[]
    labels: readonly LabelRecord[]
  }
}

export interface ReviewThreadView {
  id: string
  databaseId: number
  repository: string
  pullNumber: number
  path: string
  line: number | null
  isResolved: boolean
  isOutdated: boolean
  commentIds: number[]
  comments: Array<{ id: number; body: string; author: string }>
}

export class FakeGitHub {
  readonly url: string
  readonly graphqlUrl: string
  readonly faults = new Faults()
  readonly requests: RequestLogEntry[] = []
  private readonly store = new Store()
  private readonly tokens = new Map<string, { permission: Permission; login: string }>()
  private readonly rateLimits: RateLimits
  private readonly renderer: Renderer
  private readonly routes: RestRoutes
  private readonly graphql: GraphqlEndpoint
  /** Compiled on the first REST request (shared by all servers of the process), so starting stays cheap. */
  private get contract(): OpenApiContract {
    return githubContract()
  }
  private readonly now: () => Date
  private readonly checkResponses: boolean
  private readonly sockets = new Set<Socket>()

  constructor(
    private readonly server: Server,
    port: number,
    options: StartOptions,
  ) {
    this.url = `http://127.0.0.1:${port}`
    this.graphqlUrl = `${this.url}/graphql`
    this.now = options.now ?? (() => new Date())
    const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT
    this.checkResponses = options.checkResponses ?? true
    const contentLimits =
      options.contentCreationLimits === false
        ? undefined
        : { perMinute: options.contentCreationLimits?.perMinute ?? 80, perHour: options.contentCreationLimits?.perHour ?? 500 }
    this.rateLimits = new RateLimits(this.now, rateLimit, (token) => this.tokens.has(token), contentLimits)
    this.renderer = new Renderer(this.store, this.url)
    this.routes = new RestRoutes(this.store, this.renderer, this.now)
    this.graphql = new GraphqlEndpoint(this.store, this.now, rateLimit, options.strictGraphqlFields ?? false)
    server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  // ---- set-up API ----------------------------------------------------------------------

  addToken(token: string, permission: Permission, login: string = ACTIONS_BOT_LOGIN): void {
    this.store.ensureUser(login)
    this.tokens.set(token, { permission, login })
  }

  addUser(input: { login: string; type?: UserType }): void {
    this.store.ensureUser(input.login, input.type ?? 'User')
  }

  addRepo(input: {
    owner: string
    name: string
    private?: boolean
    collaborators?: string[]
    defaultBranch?: string
    /** "Allow GitHub Actions to create and approve pull requests" (off unless set, as on GitHub). */
    actionsCanApprove?: boolean
    /** An organization owner cannot be assigned; a user owner can. 'User' unless set. */
    ownerType?: 'User' | 'Organization'
  }): void {
    const key = repoKeyOf(input.owner, input.name)
    this.store.ensureUser(input.owner, input.ownerType ?? 'User')
    for (const login of input.collaborators ?? []) this.store.ensureUser(login)
    const id = this.store.newId()
    this.store.repos.set(key, {
      id,
      nodeId: makeNodeId('R', id),
      owner: input.owner,
      name: input.name,
      private: input.private ?? false,
      defaultBranch: input.defaultBranch ?? 'main',
      collaborators: new Set((input.collaborators ?? []).map((login) => login.toLowerCase())),
      actionsCanApprove: input.actionsCanApprove ?? false,
      createdAt: this.now(),
    })
  }

  /** Replaces who can be assigned (e.g. an owner who left the team since the post-mortem was written). */
  setCollaborators(input: { owner: string; repo: string; collaborators: string[] }): void {
    const repo = this.store.repos.get(this.requireRepo(input.owner, input.repo))!
    for (const login of input.collaborators) this.store.ensureUser(login)
    repo.collaborators = new Set(input.collaborators.map((login) => login.toLowerCase()))
  }

  /** Deletes an issue as an admin would: GitHub then answers 410 Gone for it and never reuses its number. */
  deleteIssue(input: { owner: string; repo: string; number: number }): void {
    const key = this.requireRepo(input.owner, input.repo)
    const issue = this.store.issue(key, input.number)
    if (!issue || issue.isPullRequest) throw new Error(`no issue ${key}#${input.number} to delete`)
    this.store.issues.splice(this.store.issues.indexOf(issue), 1)
    for (let index = this.store.issueComments.length - 1; index >= 0; index--) {
      const comment = this.store.issueComments[index]!
      if (comment.repoKey === key && comment.issueNumber === input.number) this.store.issueComments.splice(index, 1)
    }
    this.store.deletedIssues.add(`${key}#${input.number}`)
  }

  /** Adds a label to a repository, as if created in the UI. */
  addLabel(input: { owner: string; repo: string; name: string; color?: string; description?: string }): void {
    const key = this.requireRepo(input.owner, input.repo)
    if (this.store.label(key, input.name)) throw new Error(`label ${input.name} already exists in ${key}`)
    this.routes.addLabelRecord(key, input.name, input.color ?? 'ededed', input.description ?? null)
  }

  /** Adds an existing issue, as if opened in the UI (e.g. to test re-runs and reconciliation). */
  addIssue(input: {
    owner: string
    repo: string
    title: string
    body?: string
    author?: string
    labels?: string[]
    assignees?: string[]
    state?: 'open' | 'closed'
    createdAt?: Date
  }): Record<string, unknown> {
    const key = this.requireRepo(input.owner, input.repo)
    const id = this.store.newId()
    const createdAt = input.createdAt ?? this.now()
    for (const name of input.labels ?? []) {
      if (!this.store.label(key, name)) this.routes.addLabelRecord(key, name, 'ededed', null)
    }
    const issue: IssueRecord = {
      repoKey: key,
      id,
      nodeId: makeNodeId('I', id),
      number: this.store.nextIssueNumber(key),
      title: input.title,
      body: input.body ?? null,
      author: this.store.ensureUser(input.author ?? 'alice').login,
      state: input.state ?? 'open',
      stateReason: input.state === 'closed' ? 'completed' : null,
      labels: [...(input.labels ?? [])],
      assignees: [...(input.assignees ?? [])],
      locked: false,
      createdAt,
      updatedAt: createdAt,
      closedAt: input.state === 'closed' ? createdAt : null,
      closedBy: null,
      isPullRequest: false,
    }
    this.store.issues.push(issue)
    return this.renderer.issue(issue)
  }

  addPullRequest(input: AddPullRequestInput): Record<string, unknown> {
    const key = this.requireRepo(input.owner, input.repo)
    if (this.store.issue(key, input.number)) throw new Error(`${key}#${input.number} already exists`)
    const repo = this.store.repos.get(key)!
    const author = this.store.ensureUser(input.author ?? 'alice').login
    const createdAt = this.now()
    const issueId = this.store.newId()
    const pullId = this.store.newId()
    const nodeId = makeNodeId('PR', pullId)
    const files = input.files.map(toFileRecord)
    for (const name of input.labels ?? []) {
      if (!this.store.label(key, name)) this.routes.addLabelRecord(key, name, 'ededed', null)
    }
    this.store.issues.push({
      repoKey: key,
      id: issueId,
      nodeId,
      number: input.number,
      title: input.title ?? `Pull request ${input.number}`,
      body: input.body ?? null,
      author,
      state: 'open',
      stateReason: null,
      labels: [...(input.labels ?? [])],
      assignees: [],
      locked: false,
      createdAt,
      updatedAt: createdAt,
      closedAt: null,
      closedBy: null,
      isPullRequest: true,
    })
    const pull: PullRecord = {
      repoKey: key,
      number: input.number,
      id: pullId,
      nodeId,
      headSha: input.headSha,
      baseSha: input.baseSha ?? fakeSha(`${key}:base:${input.number}`),
      headRef: input.headRef ?? `postmortem-${input.number}`,
      baseRef: input.baseRef ?? repo.defaultBranch,
      headRepoFullName: input.headRepoFullName ?? `${repo.owner}/${repo.name}`,
      draft: input.draft ?? false,
      merged: false,
      mergedAt: null,
      mergeCommitSha: null,
      files,
      commits: new Map([[input.headSha, files]]),
    }
    this.store.pulls.set(`${key}#${input.number}`, pull)
    return this.renderer.pull(pull)
  }

  /** A new head for the pull request: files and patches replaced, existing comments re-anchored or outdated. */
  pushToPullRequest(input: PushInput): void {
    const key = this.requireRepo(input.owner, input.repo)
    const pull = this.store.pull(key, input.number)
    if (!pull) throw new Error(`no pull request ${key}#${input.number}`)
    const files = input.files.map(toFileRecord)
    const previousFiles = pull.files
    if (input.force) pull.commits.clear()
    pull.commits.set(input.headSha, files)
    pull.headSha = input.headSha
    pull.files = files
    for (const comment of this.store.reviewComments) {
      if (comment.repoKey === key && comment.pullNumber === pull.number) reanchorAfterPush(comment, previousFiles, files, input.headSha)
    }
    const issue = this.store.issue(key, pull.number)
    if (issue) issue.updatedAt = this.now()
  }

  /** Marks a pull request merged and closed (what the `closed` event with merged=true describes). */
  mergePullRequest(input: { owner: string; repo: string; number: number; mergeCommitSha?: string }): void {
    const key = this.requireRepo(input.owner, input.repo)
    const pull = this.store.pull(key, input.number)
    const issue = this.store.issue(key, input.number)
    if (!pull || !issue) throw new Error(`no pull request ${key}#${input.number}`)
    pull.merged = true
    pull.mergedAt = this.now()
    pull.mergeCommitSha = input.mergeCommitSha ?? fakeSha(`${key}:merge:${input.number}`)
    issue.state = 'closed'
    issue.closedAt = pull.mergedAt
    issue.updatedAt = pull.mergedAt
  }

  private requireRepo(owner: string, name: string): string {
    const key = repoKeyOf(owner, name)
    if (!this.store.repos.has(key)) throw new Error(`unknown repository ${owner}/${name}: call addRepo first`)
    return key
  }

  // ---- assertions API ------------------------------------------------------------------

  /**
   * What the compare API answers for `base...head` (a push's before/after). `files` may hold
   * more than 300 entries: GitHub lists only the first 300, as the fake does.
   */
  addComparison(input: { owner: string; repo: string; base: string; head: string; files: ComparisonRecord['files']; headDate?: Date }): void {
    const repoKey = repoKeyOf(input.owner, input.repo)
    if (!this.store.repos.has(repoKey)) throw new Error(`addComparison: unknown repository ${input.owner}/${input.repo}`)
    this.store.comparisons.push({ repoKey, base: input.base, head: input.head, files: input.files, headDate: input.headDate ?? new Date('2026-01-05T10:00:00Z') })
  }

  /** Numbers of the sub-issues of an issue, in creation order. */
  subIssuesOf(input: { owner: string; repo: string; number: number }): number[] {
    const repoKey = repoKeyOf(input.owner, input.repo)
    return this.store.issues.filter((issue) => issue.repoKey === repoKey && issue.parentNumber === input.number).map((issue) => issue.number)
  }

  get state(): FakeGitHubState {
    const store = this.store
    const renderer = this.renderer
    return {
      // The renderer's output is checked against these schemas by the harness tests (checkResponses).
      get issues() {
        return store.issues.map((issue) => renderer.issue(issue) as unknown as Schemas['issue'])
      },
      get issueComments() {
        return store.issueComments.map((comment) => renderer.issueComment(comment) as unknown as Schemas['issue-comment'])
      },
      get reviews() {
        return store.reviews.map((review) => renderer.review(review) as unknown as Schemas['pull-request-review'])
      },
      get reviewComments() {
        return store.reviewComments.map(
          (comment) => renderer.reviewComment(comment) as unknown as Schemas['pull-request-review-comment'],
        )
      },
      get reviewThreads() {
        return store.reviewThreads.map((thread) => threadView(store, thread))
      },
      get labels() {
        return store.labels.map((label) => renderer.label(label) as unknown as Schemas['label'])
      },
      records: {
        issues: store.issues,
        issueComments: store.issueComments,
        reviews: store.reviews,
        reviewComments: store.reviewComments,
        reviewThreads: store.reviewThreads,
        labels: store.labels,
      },
    }
  }

  clearRequests(): void {
    this.requests.length = 0
  }

  /** Sets how many requests the token has left in this window (e.g. 0 to test the primary rate limit). */
  setRateLimitRemaining(remaining: number, resource: 'core' | 'graphql' = 'core', token?: string): void {
    const tokens = token === undefined ? [...this.tokens.keys(), ''] : [token]
    for (const candidate of tokens) this.rateLimits.setRemaining(candidate, resource, remaining)
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())))
  }

  // ---- HTTP ----------------------------------------------------------------------------

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    const method = (request.method ?? 'GET').toUpperCase()
    const rawBody = await readBody(request)
    const token = tokenOf(request.headers.authorization)
    const identity = token === undefined ? undefined : this.tokens.get(token)
    const isGraphql = url.pathname === '/graphql'
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      body: parseJsonOrUndefined(rawBody),
      permission: identity?.permission ?? null,
      operationId: null,
      isWrite: isGraphql ? isMutationText(rawBody) : method !== 'GET' && method !== 'HEAD',
      fault: null,
      headers: maskedHeaders(request.headers),
    }
    this.requests.push(entry)

    const fault = this.faults.take(method, url.pathname)
    if (fault) {
      entry.fault = fault.kind
      if (fault.delayMs) await sleep(fault.delayMs)
      if (this.failBeforeAnswering(fault, request, response, entry, token, isGraphql)) return
      if (fault.kind === '502-then-late-commit' || fault.kind === 'hang-then-late-commit') {
        this.commitLate(fault, method, url, rawBody, token, isGraphql, request, response, entry)
        return
      }
    }

    let answer: Answer
    try {
      answer = isGraphql ? await this.answerGraphql(method, rawBody, token, entry) : this.answerRest(method, url, rawBody, token, entry)
    } catch (error) {
      answer = error instanceof GitHubError ? { status: error.status, body: error.body, headers: error.headers } : internalError(error)
    }
    entry.status = answer.status
    if (fault?.kind === 'timeout-then-commit') {
      // The write happened; the client never hears about it.
      entry.status = 0
      request.socket.destroy()
      return
    }
    if (fault?.kind === '502-after-commit') {
      // The write happened, but the gateway answers as if it failed (GitHub does this on slow writes).
      entry.status = 502
      this.send(response, { status: 502, body: { message: 'Server Error' } }, token, isGraphql)
      return
    }
    const accepted = entry.operationId ? ACCEPTED_PERMISSIONS[entry.operationId] : undefined
    if (accepted) answer.headers = { 'x-accepted-github-permissions': accepted, ...(answer.headers ?? {}) }
    this.send(response, answer, token, isGraphql)
  }

  /** The late-commit faults: the client hears a failure (or nothing), and the write lands afterwards. */
  private commitLate(
    fault: FaultSpec,
    method: string,
    url: URL,
    rawBody: string,
    token: string | undefined,
    isGraphql: boolean,
    request: IncomingMessage,
    response: ServerResponse,
    entry: RequestLogEntry,
  ): void {
    if (fault.kind === '502-then-late-commit') {
      entry.status = 502
      this.send(response, { status: 502, body: { message: 'Server Error' } }, token, isGraphql)
    }
    if (fault.kind === 'hang-then-late-commit' && fault.dropAfterMs !== undefined) {
      const drop = fault.dropAfterMs
      void sleep(drop).then(() => request.socket.destroy())
    }
    const perform = async (): Promise<void> => {
      await sleep(fault.commitAfterMs ?? 1500)
      try {
        if (isGraphql) await this.answerGraphql(method, rawBody, token, entry)
        else this.answerRest(method, url, rawBody, token, entry)
      } catch {
        // What GitHub refuses is simply not stored; the client never hears either way.
      }
      if (fault.kind === 'hang-then-late-commit') {
        entry.status = 0
        request.socket.destroy()
      } else entry.status = 502
    }
    void perform()
  }

  /** Faults that fail the request without doing it; true when the request is finished. */
  private failBeforeAnswering(
    fault: FaultSpec,
    request: IncomingMessage,
    response: ServerResponse,
    entry: RequestLogEntry,
    token: string | undefined,
    isGraphql: boolean,
  ): boolean {
    const kind = fault.kind
    if (kind === 'drop') {
      request.socket.destroy()
      return true
    }
    if (kind === '502') {
      entry.status = 502
      this.send(response, { status: 502, body: { message: 'Server Error' } }, token, isGraphql)
      return true
    }
    if (kind === 'secondary-rate-limit') {
      const limited = secondaryRateLimit(1, fault.status)
      entry.status = limited.status
      this.send(response, { status: limited.status, body: limited.body, headers: limited.headers }, token, isGraphql)
      return true
    }
    return false
  }

  private answerRest(method: string, url: URL, rawBody: string, token: string | undefined, entry: RequestLogEntry): Answer {
    const identity = token === undefined ? undefined : this.tokens.get(token)
    if (!identity) throw badCredentials()
    this.rateLimits.spend(token ?? '', 'core')
    const match = this.contract.match(method, url.pathname)
    if (match.kind !== 'operation') throw notFound()
    const { operation, params } = match
    entry.operationId = operation.operationId
    if (operation.operationId === 'users/get-authenticated') return this.authenticatedUser(identity.login, operation.documentationUrl)
    const repo = this.store.repo(params['owner'] ?? '', params['repo'] ?? '')
    if (!repo) throw notFound(operation.documentationUrl)
    if (entry.isWrite && identity.permission !== 'write') throw notAccessibleByIntegration(operation.documentationUrl)

    const body = this.validRequestBody(operation, rawBody)
    this.checkQuery(operation, url.searchParams)
    const creates = CONTENT_CREATING_OPERATIONS.has(operation.operationId)
    if (creates) this.rateLimits.checkContentCreation(token ?? '')
    const answer = this.routes.handle({
      operation,
      params,
      query: url.searchParams,
      body,
      actor: identity.login,
      repo,
      repoKey: repoKeyOf(repo.owner, repo.name),
      url,
    })
    if (creates && answer.status < 300) this.rateLimits.recordContentCreation(token ?? '')
    return this.checkResponses ? this.checkedResponse(operation, answer) : answer
  }

  /** The JSON body, validated against the operation's OpenAPI schema (undefined for operations without one). */
  private validRequestBody(operation: Operation, rawBody: string): unknown {
    if (!operation.hasRequestBody) return undefined
    let body: unknown = {}
    // GitHub reads a missing body as {}, so a required field is then reported as not supplied.
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody)
      } catch {
        throw problemsParsingJson(operation.documentationUrl)
      }
    }
    const problems = this.contract.validateBody(operation, body)
    if (problems.length > 0) throw invalidRequest(problems, operation.documentationUrl)
    return body
  }

  private checkQuery(operation: Operation, query: URLSearchParams): void {
    const problems = this.contract.validateQuery(operation, query)
    if (problems.length === 0) return
    const resource = operation.operationId.startsWith('pulls/') ? 'PullRequest' : 'Issue'
    throw validationFailed(
      problems.map((problem) => ({ value: problem.value, resource, field: problem.field, code: 'invalid' })),
      operation.documentationUrl,
    )
  }

  /** A 2xx answer whose shape differs from GitHub's documented response is a harness bug: answer 500 to make it loud. */
  private checkedResponse(operation: Operation, answer: Answer): Answer {
    if (answer.status >= 300 || answer.body === undefined) return answer
    const mismatches = this.contract.validateResponse(operation, answer.status, answer.body)
    if (mismatches.length === 0) return answer
    return internalError(new Error(`fake response does not match GitHub's ${operation.operationId} schema: ${mismatches.join('; ')}`))
  }

  /** GET /user: GitHub App installation tokens (bots) may not call it; users get their public profile. */
  private authenticatedUser(login: string, documentationUrl: string): Answer {
    const user = this.store.ensureUser(login)
    if (user.type === 'Bot') throw notAccessibleByIntegration(documentationUrl)
    const created = '2020-01-01T00:00:00Z'
    return {
      status: 200,
      body: {
        ...this.renderer.user(login),
        name: null,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: created,
        updated_at: created,
      },
    }
  }

  private async answerGraphql(method: string, rawBody: string, token: string | undefined, entry: RequestLogEntry): Promise<Answer> {
    entry.operationId = 'graphql'
    if (method !== 'POST') throw notFound()
    const identity = token === undefined ? undefined : this.tokens.get(token)
    if (!identity) {
      if (token === undefined) {
        throw new GitHubError(401, {
          message: 'This endpoint requires you to be authenticated.',
          documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
          status: '401',
        })
      }
      throw badCredentials()
    }
    const bucket = this.rateLimits.spend(token ?? '', 'graphql')
    let body: unknown
    try {
      body = JSON.parse(rawBody)
    } catch {
      throw problemsParsingJson('https://docs.github.com/graphql')
    }
    const result = await this.graphql.execute(body, {
      actor: identity.login,
      permission: identity.permission,
      remaining: this.rateLimits.limitFor(token ?? '') - bucket.used,
      resetAt: new Date(bucket.resetAt * 1000),
      used: bucket.used,
    })
    entry.graphqlOperationName = result.operationName
    // The parsed document is the authority on whether this was a mutation (the log guessed from the text).
    if (result.isMutation !== undefined) entry.isWrite = result.isMutation
    if (result.unmodelledFields && result.unmodelledFields.length > 0) entry.unmodelledFields = result.unmodelledFields
    return { status: 200, body: result.body }
  }

  private send(response: ServerResponse, answer: Answer, token: string | undefined, isGraphql: boolean): void {
    const headers: Record<string, string> = {
      ...this.rateLimits.headers(token ?? '', isGraphql ? 'graphql' : 'core'),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomUUID().toUpperCase(),
      date: this.now().toUTCString(),
      ...(answer.headers ?? {}),
    }
    if (answer.body === undefined) {
      response.writeHead(answer.status, headers)
      response.end()
      return
    }
    const text = JSON.stringify(answer.body)
    headers['content-type'] = 'application/json; charset=utf-8'
    headers['content-length'] = String(Buffer.byteLength(text))
    response.writeHead(answer.status, headers)
    response.end(text)
  }
}

function threadView(store: Store, thread: ReviewThreadRecord): ReviewThreadView {
  const comments = thread.commentIds.flatMap((id) => {
    const comment = store.reviewComments.find((candidate) => candidate.id === id)
    return comment ? [comment] : []
  })
  const first = comments[0]
  const repo = store.repos.get(thread.repoKey)
  return {
    id: thread.nodeId,
    databaseId: thread.id,
    repository: repo ? `${repo.owner}/${repo.name}` : thread.repoKey,
    pullNumber: thread.pullNumber,
    path: thread.path,
    line: first?.line ?? null,
    isResolved: thread.isResolved,
    isOutdated: first ? first.position === null : false,
    commentIds: [...thread.commentIds],
    comments: comments.map((comment) => ({ id: comment.id, body: comment.body, author: comment.author })),
  }
}

function toFileRecord(file: PullFileInput): PullFileRecord {
  const lines = (file.patch ?? '').split('\n')
  const additions = lines.filter((line) => line.startsWith('+')).length
  const deletions = lines.filter((line) => line.startsWith('-')).length
  return {
    filename: file.filename,
    status: file.status,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
    ...(file.content !== undefined ? { content: file.content } : {}),
    additions,
    deletions,
    changes: additions + deletions,
    sha: fakeSha(`${file.filename}\n${file.patch ?? ''}`),
  }
}

/** A stable 40-hex SHA for made-up git objects. */
export function fakeSha(seed: string): string {
  let hash = 0x811c9dc5
  let out = ''
  for (let round = 0; out.length < 40; round++) {
    for (const char of `${round}:${seed}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
    out += hash.toString(16).padStart(8, '0')
  }
  return out.slice(0, 40)
}

function maskedHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    const text = Array.isArray(value) ? value.join(', ') : value
    out[name] = name === 'authorization' ? text.replace(/^(\S+\s+).*/, '$1***') : text
  }
  return out
}

function tokenOf(header: string | undefined): string | undefined {
  if (!header) return undefined
  const found = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())
  return found ? found[1] : undefined
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function parseJsonOrUndefined(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function isMutationText(rawBody: string): boolean {
  const body = parseJsonOrUndefined(rawBody)
  const query = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)['query'] : undefined
  return typeof query === 'string' && /^\s*(#[^\n]*\n\s*)*mutation\b/.test(query)
}

function internalError(error: unknown): Answer {
  const message = error instanceof Error ? error.message : String(error)
  return { status: 500, body: { message: `fake GitHub internal error: ${message}` } }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Starts a fake GitHub on 127.0.0.1 with a random port. Close it with `await gh.close()`. */
export async function startFakeGitHub(options: StartOptions = {}): Promise<FakeGitHub> {
  let instance: FakeGitHub | undefined
  const server = createServer((request, response) => {
    instance?.handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ message: String(error) }))
      }
    })
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  instance = new FakeGitHub(server, port, options)
  return instance
}

/** Time stamp formatting used by the fake, exported for tests that compare timestamps. */
export { isoSeconds }
