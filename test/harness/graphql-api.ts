// POST /graphql of the fake GitHub. Every document is parsed and validated against
// GitHub's published schema (@octokit/graphql-schema); a supported subset is executed
// against the in-memory state with graphql-js. Fields we do not model resolve to null.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  GraphQLError,
  buildClientSchema,
  execute,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql'
import type { Permission, ReviewCommentRecord, ReviewThreadRecord, Store } from './store.js'
import { isoSeconds, WEB_URL } from './render.js'

const MAX_PAGE_SIZE = 100

let schemaCache: GraphQLSchema | undefined

/** Finds @octokit/graphql-schema's schema.json without importing the package (its import builds a second schema). */
function schemaJsonPath(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(directory, 'node_modules/@octokit/graphql-schema/schema.json')
    if (existsSync(candidate)) return candidate
    const parent = dirname(directory)
    if (parent === directory) return undefined
    directory = parent
  }
}

/** GitHub's schema, built once per process (about 0.3 s) on the first GraphQL request. */
export async function githubSchema(): Promise<GraphQLSchema> {
  if (schemaCache) return schemaCache
  const path = schemaJsonPath()
  let introspection: { data?: IntrospectionQuery } & Partial<IntrospectionQuery>
  if (path) {
    introspection = JSON.parse(readFileSync(path, 'utf8')) as typeof introspection
  } else {
    const module = (await import('@octokit/graphql-schema')) as { schema: { json: typeof introspection } }
    introspection = module.schema.json
  }
  schemaCache = buildClientSchema((introspection.data ?? introspection) as IntrospectionQuery)
  return schemaCache
}

export interface GraphqlCaller {
  actor: string
  permission: Permission
  remaining: number
  used: number
  resetAt: Date
}

/** An error GitHub reports with a `type` (NOT_FOUND, FORBIDDEN...) during execution. */
class TypedError extends Error {
  constructor(
    message: string,
    readonly githubType: string,
  ) {
    super(message)
  }
}

type Json = Record<string, unknown>

export class GraphqlEndpoint {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly rateLimit: number,
    /** Answer fields the fake does not model with an error instead of null. */
    private readonly strictFields = false,
  ) {}

  async execute(
    body: unknown,
    caller: GraphqlCaller,
  ): Promise<{ body: Json; operationName: string | null; isMutation?: boolean; unmodelledFields?: string[] }> {
    const request = (body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown }
    if (typeof request.query !== 'string' || request.query.trim() === '') {
      return { body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }, operationName: null }
    }
    const schema = await githubSchema()
    let document: DocumentNode
    try {
      document = parse(request.query)
    } catch (error) {
      const syntax = error as GraphQLError
      return { body: { errors: [{ message: syntax.message, locations: syntax.locations ?? [] }] }, operationName: null }
    }
    const operationName = typeof request.operationName === 'string' ? request.operationName : null
    const operation = getOperationAST(document, operationName ?? undefined)
    const named = operation?.name?.value ?? operationName
    const isMutation = operation?.operation === 'mutation'
    const validationErrors = validate(schema, document)
    if (validationErrors.length > 0) {
      return { body: { errors: validationErrors.map(githubValidationError) }, operationName: named, isMutation }
    }
    const unmodelled = new Set<string>()
    const result = (await execute({
      schema,
      document,
      rootValue: this.root(caller),
      variableValues: (request.variables ?? {}) as Json,
      operationName: operationName ?? undefined,
      fieldResolver: (source, args, context, info) => {
        const value = source !== null && typeof source === 'object' ? (source as Json)[info.fieldName] : undefined
        if (value === undefined) {
          // Valid for GitHub but not modelled here: null, and noted so a test can notice.
          unmodelled.add(`${info.parentType.name}.${info.fieldName}`)
          if (this.strictFields) throw new TypedError(`${info.parentType.name}.${info.fieldName} is not modelled by the fake GitHub`, 'UNMODELLED')
          return null
        }
        return typeof value === 'function' ? (value as (...parameters: unknown[]) => unknown)(args, context, info) : value
      },
    })) as ExecutionResult
    const out: Json = { data: result.data ?? null }
    if (result.errors && result.errors.length > 0) out['errors'] = result.errors.map(githubExecutionError)
    return { body: out, operationName: named, isMutation, unmodelledFields: [...unmodelled] }
  }

  // ---- root fields ---------------------------------------------------------------------

  private root(caller: GraphqlCaller): Json {
    return {
      repository: (args: { owner: string; name: string }) => {
        const repo = this.store.repo(args.owner, args.name)
        if (!repo) throw new TypedError(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`, 'NOT_FOUND')
        return this.repositoryNode(repo.owner, repo.name, caller)
      },
      rateLimit: () => ({
        limit: this.rateLimit,
        cost: 1,
        remaining: caller.remaining,
        used: caller.used,
        resetAt: isoSeconds(caller.resetAt),
        nodeCount: 0,
      }),
      viewer: () => this.actorNode(caller.actor),
      node: (args: { id: string }) => this.nodeById(args.id, caller),
      nodes: (args: { ids: string[] }) => args.ids.map((id) => this.nodeById(id, caller)),
      resolveReviewThread: (args: { input: { threadId: string; clientMutationId?: string } }) =>
        this.setResolved(args.input, true, caller),
      unresolveReviewThread: (args: { input: { threadId: string; clientMutationId?: string } }) =>
        this.setResolved(args.input, false, caller),
    }
  }

  private setResolved(input: { threadId: string; clientMutationId?: string }, resolved: boolean, caller: GraphqlCaller): Json {
    if (caller.permission !== 'write') throw new TypedError('Resource not accessible by integration', 'FORBIDDEN')
    const thread = this.store.reviewThreads.find((candidate) => candidate.nodeId === input.threadId)
    if (!thread) throw new TypedError(`Could not resolve to a node with the global id of '${input.threadId}'`, 'NOT_FOUND')
    thread.isResolved = resolved
    thread.resolvedBy = resolved ? caller.actor : null
    return { clientMutationId: input.clientMutationId ?? null, thread: this.threadNode(thread, caller) }
  }

  private nodeById(id: string, caller: GraphqlCaller): Json | null {
    const found = this.store.byNodeId(id)
    if (!found) throw new TypedError(`Could not resolve to a node with the global id of '${id}'`, 'NOT_FOUND')
    if (found.kind === 'PullRequestReviewThread') return this.threadNode(found.record as ReviewThreadRecord, caller)
    if (found.kind === 'PullRequestReviewComment') return this.commentNode(found.record as ReviewCommentRecord)
    return null
  }

  // ---- object nodes --------------------------------------------------------------------

  private actorNode(login: string): Json {
    const user = this.store.ensureUser(login)
    return {
      __typename: user.type,
      id: user.nodeId,
      databaseId: user.id,
      login: user.login,
      url: user.type === 'Bot' ? `${WEB_URL}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${WEB_URL}/${user.login}`,
      avatarUrl: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      resourcePath: `/${user.login}`,
    }
  }

  private repositoryNode(owner: string, name: string, caller: GraphqlCaller): Json {
    const repo = this.store.repo(owner, name)!
    const key = `${repo.owner}/${repo.name}`.toLowerCase()
    return {
      __typename: 'Repository',
      id: repo.nodeId,
      databaseId: repo.id,
      name: repo.name,
      nameWithOwner: `${repo.owner}/${repo.name}`,
      url: `${WEB_URL}/${repo.owner}/${repo.name}`,
      isPrivate: repo.private,
      owner: this.actorNode(repo.owner),
      // A file at a commit; an unknown expression is null, as on GitHub.
      object: (args: { expression: string }) => {
        const text = repo.files?.get(args.expression)
        if (text === undefined) return null
        return { __typename: 'Blob', text, isBinary: false, isTruncated: false, byteSize: Buffer.byteLength(text), oid: '0'.repeat(40) }
      },
      pullRequest: (args: { number: number }) => {
        const pull = this.store.pull(key, args.number)
        if (!pull) {
          throw new TypedError(`Could not resolve to a PullRequest with the number of ${args.number}.`, 'NOT_FOUND')
        }
        const issue = this.store.issue(key, args.number)!
        return {
          __typename: 'PullRequest',
          id: pull.nodeId,
          databaseId: pull.id,
          number: pull.number,
          title: issue.title,
          url: `${WEB_URL}/${repo.owner}/${repo.name}/pull/${pull.number}`,
          state: pull.merged ? 'MERGED' : issue.state === 'open' ? 'OPEN' : 'CLOSED',
          isDraft: pull.draft,
          headRefOid: pull.headSha,
          baseRefOid: pull.baseSha,
          headRefName: pull.headRef,
          baseRefName: pull.baseRef,
          author: this.actorNode(issue.author),
          reviewThreads: (page: PageArgs) =>
            connection(
              'reviewThreads',
              this.store.reviewThreads.filter((thread) => thread.repoKey === key && thread.pullNumber === pull.number && this.threadVisible(thread, caller)),
              page,
              (thread) => this.threadNode(thread, caller),
            ),
        }
      },
    }
  }

  /** Threads whose first comment sits in someone else's pending review are invisible. */
  private threadVisible(thread: ReviewThreadRecord, caller: GraphqlCaller): boolean {
    const first = this.store.reviewComments.find((comment) => comment.id === thread.commentIds[0])
    const review = first ? this.store.reviews.find((candidate) => candidate.id === first.reviewId) : undefined
    return review?.state !== 'PENDING' || review.author === caller.actor
  }

  private threadNode(thread: ReviewThreadRecord, caller: GraphqlCaller): Json {
    const comments = thread.commentIds.flatMap((id) => {
      const comment = this.store.reviewComments.find((candidate) => candidate.id === id)
      return comment ? [comment] : []
    })
    const first = comments[0]
    const canWrite = caller.permission === 'write'
    return {
      __typename: 'PullRequestReviewThread',
      id: thread.nodeId,
      isResolved: thread.isResolved,
      isOutdated: first ? first.position === null : false,
      isCollapsed: thread.isResolved,
      path: thread.path,
      line: first?.line ?? null,
      originalLine: first?.originalLine ?? null,
      startLine: first?.startLine ?? null,
      originalStartLine: first?.originalStartLine ?? null,
      diffSide: first?.side ?? 'RIGHT',
      startDiffSide: first?.startLine != null ? first.startSide : null,
      subjectType: first?.subjectType === 'file' ? 'FILE' : 'LINE',
      resolvedBy: thread.resolvedBy ? this.actorNode(thread.resolvedBy) : null,
      viewerCanResolve: canWrite && !thread.isResolved,
      viewerCanUnresolve: canWrite && thread.isResolved,
      viewerCanReply: canWrite,
      comments: (page: PageArgs) => connection('comments', comments, page, (comment) => this.commentNode(comment)),
    }
  }

  private commentNode(comment: ReviewCommentRecord): Json {
    const repo = this.store.repos.get(comment.repoKey)
    const web = `${WEB_URL}/${repo ? `${repo.owner}/${repo.name}` : comment.repoKey}/pull/${comment.pullNumber}`
    return {
      __typename: 'PullRequestReviewComment',
      id: comment.nodeId,
      databaseId: comment.id,
      fullDatabaseId: String(comment.id),
      body: comment.body,
      bodyText: comment.body,
      author: this.actorNode(comment.author),
      path: comment.path,
      line: comment.line,
      originalLine: comment.originalLine,
      startLine: comment.startLine,
      position: comment.position,
      originalPosition: comment.originalPosition,
      outdated: comment.position === null,
      diffHunk: comment.diffHunk,
      url: `${web}#discussion_r${comment.id}`,
      createdAt: isoSeconds(comment.createdAt),
      updatedAt: isoSeconds(comment.updatedAt),
      publishedAt: isoSeconds(comment.createdAt),
      replyTo: comment.inReplyToId === null ? null : this.commentNode(this.store.reviewComment(comment.repoKey, comment.inReplyToId) ?? comment),
    }
  }
}

interface PageArgs {
  first?: number | null
  after?: string | null
  last?: number | null
  before?: string | null
}

function cursorOf(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64')
}

function indexOfCursor(cursor: string): number {
  const found = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))
  if (!found) throw new TypedError(`\`${cursor}\` does not appear to be a valid cursor.`, 'INVALID_CURSOR_ARGUMENTS')
  return Number(found[1])
}

/** A Relay connection with GitHub's pagination rules: `first` or `last` required, at most 100. */
function connection<T>(name: string, items: readonly T[], page: PageArgs, toNode: (item: T) => Json): Json {
  const { first, last, after, before } = page
  if ((first === undefined || first === null) && (last === undefined || last === null)) {
    throw new TypedError(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
      'MISSING_PAGINATION_BOUNDARIES',
    )
  }
  for (const [argument, value] of [['first', first], ['last', last]] as const) {
    if (typeof value === 'number' && value > MAX_PAGE_SIZE) {
      throw new TypedError(
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${argument}\` limit of ${MAX_PAGE_SIZE} records.`,
        'EXCESSIVE_PAGINATION',
      )
    }
  }
  let start = after ? indexOfCursor(after) + 1 : 0
  let end = before ? indexOfCursor(before) : items.length
  if (typeof first === 'number') end = Math.min(end, start + first)
  if (typeof last === 'number') start = Math.max(start, end - last)
  const slice = items.slice(start, end)
  const edges = slice.map((item, offset) => ({ cursor: cursorOf(start + offset), node: toNode(item) }))
  return {
    totalCount: items.length,
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  }
}

/** graphql-js validation messages reworded the way GitHub (graphql-ruby) answers the common ones. */
function githubValidationError(error: GraphQLError): Json {
  const locations = error.locations ?? []
  const unknownField = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(error.message)
  if (unknownField) {
    const [, fieldName, typeName] = unknownField
    return {
      extensions: { code: 'undefinedField', typeName, fieldName },
      locations,
      message: `Field '${fieldName}' doesn't exist on type '${typeName}'`,
    }
  }
  const unknownArgument = /^Unknown argument "([^"]+)" on field "([^".]+)\.([^"]+)"\./.exec(error.message)
  if (unknownArgument) {
    const [, argumentName, , fieldName] = unknownArgument
    return {
      extensions: { code: 'argumentNotAccepted', name: fieldName, typeName: 'Field', argumentName },
      locations,
      message: `Field '${fieldName}' doesn't accept argument '${argumentName}'`,
    }
  }
  const missingArgument = /^Field "([^"]+)" argument "([^"]+)" of type "[^"]+" is required, but it was not provided\./.exec(
    error.message,
  )
  if (missingArgument) {
    const [, fieldName, argumentName] = missingArgument
    return {
      extensions: { code: 'missingRequiredArguments', className: 'Field', name: fieldName, arguments: argumentName },
      locations,
      message: `Field '${fieldName}' is missing required arguments: ${argumentName}`,
    }
  }
  return { locations, message: error.message }
}

function githubExecutionError(error: GraphQLError): Json {
  const original = error.originalError
  const type = original instanceof TypedError ? original.githubType : undefined
  return {
    ...(type ? { type } : {}),
    path: error.path ?? [],
    locations: error.locations ?? [],
    message: error.message,
  }
}
