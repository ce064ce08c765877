// Webhook payloads shaped like the ones GitHub writes to GITHUB_EVENT_PATH.
// The objects are rendered by the same code as the fake REST API, so a payload's
// pull_request equals what GET /repos/{o}/{r}/pulls/{n} would answer.
import { Renderer } from './render.js'
import { Store, makeNodeId, repoKeyOf, type PullRecord } from './store.js'

export type PullRequestAction =
  | 'opened'
  | 'synchronize'
  | 'reopened'
  | 'edited'
  | 'closed'
  | 'ready_for_review'
  | 'labeled'
  | 'unlabeled'
  | (string & {})

export interface PullRequestEventInput {
  action: PullRequestAction
  owner: string
  repo: string
  number: number
  headSha: string
  baseSha: string
  /** `owner/name` of the head repository; a fork when it differs from owner/repo. */
  headRepoFullName?: string
  /** Login of whoever triggered the event; the pull request author unless set. */
  sender?: string
  author?: string
  title?: string
  body?: string
  headRef?: string
  baseRef?: string
  draft?: boolean
  /** For action 'closed': whether the pull request was merged (true unless set). */
  merged?: boolean
  /** For action 'synchronize': the head before the push. */
  before?: string
  labels?: string[]
  defaultBranch?: string
  /** API base the URLs in the payload point at; api.github.com unless set. */
  apiUrl?: string
}

const FIXED_CREATED_AT = new Date('2024-05-01T09:00:00Z')

/** A `pull_request` webhook payload, as GitHub documents it, for GITHUB_EVENT_PATH. */
export function pullRequestEvent(input: PullRequestEventInput): Record<string, unknown> {
  const apiUrl = input.apiUrl ?? 'https://api.github.com'
  const store = new Store()
  const key = repoKeyOf(input.owner, input.repo)
  const defaultBranch = input.defaultBranch ?? 'main'
  const author = input.author ?? 'alice'
  store.ensureUser(input.owner)
  store.ensureUser(author)
  const repoId = store.newId()
  store.repos.set(key, {
    id: repoId,
    nodeId: makeNodeId('R', repoId),
    owner: input.owner,
    name: input.repo,
    private: false,
    defaultBranch,
    collaborators: new Set(),
    actionsCanApprove: false,
    createdAt: FIXED_CREATED_AT,
  })
  const headRepoFullName = input.headRepoFullName ?? `${input.owner}/${input.repo}`
  const isFork = headRepoFullName.toLowerCase() !== `${input.owner}/${input.repo}`.toLowerCase()
  const closed = input.action === 'closed'
  const merged = closed && (input.merged ?? true)
  const issueId = store.newId()
  const pullId = store.newId()
  const nodeId = makeNodeId('PR', pullId)
  for (const name of input.labels ?? []) {
    const id = store.newId()
    store.labels.push({ repoKey: key, id, nodeId: makeNodeId('LA', id), name, color: 'ededed', description: null, isDefault: false })
  }
  store.issues.push({
    repoKey: key,
    id: issueId,
    nodeId,
    number: input.number,
    title: input.title ?? `Add post-mortem ${input.number}`,
    body: input.body ?? null,
    author,
    state: closed ? 'closed' : 'open',
    stateReason: null,
    labels: [...(input.labels ?? [])],
    assignees: [],
    locked: false,
    createdAt: FIXED_CREATED_AT,
    updatedAt: FIXED_CREATED_AT,
    closedAt: closed ? FIXED_CREATED_AT : null,
    closedBy: null,
    isPullRequest: true,
  })
  const pull: PullRecord = {
    repoKey: key,
    number: input.number,
    id: pullId,
    nodeId,
    headSha: input.headSha,
    baseSha: input.baseSha,
    headRef: input.headRef ?? `postmortem-${input.number}`,
    baseRef: input.baseRef ?? defaultBranch,
    headRepoFullName,
    draft: input.draft ?? false,
    merged,
    mergedAt: merged ? FIXED_CREATED_AT : null,
    mergeCommitSha: merged ? input.headSha : null,
    files: [],
    commits: new Map([[input.headSha, []]]),
  }
  store.pulls.set(`${key}#${input.number}`, pull)

  const renderer = new Renderer(store, apiUrl)
  const pullRequest = renderer.pull(pull)
  if (isFork) {
    const head = pullRequest['head'] as { repo: Record<string, unknown> }
    head.repo['fork'] = true
  }
  if (merged) pullRequest['merged_by'] = renderer.user(input.sender ?? input.owner)
  const repository = renderer.repository(store.repos.get(key)!)
  delete repository['permissions']
  return {
    action: input.action,
    number: input.number,
    ...(input.action === 'synchronize' ? { before: input.before ?? '0'.repeat(40), after: input.headSha } : {}),
    pull_request: pullRequest,
    repository,
    sender: renderer.user(input.sender ?? author),
  }
}

interface RepositoryEventInput {
  owner: string
  repo: string
  /** Login of whoever triggered the event; the repository owner unless set. */
  sender?: string
  defaultBranch?: string
  private?: boolean
  apiUrl?: string
}

/** The repository and sender objects every event carries, rendered like the REST API does. */
function repositoryAndSender(input: RepositoryEventInput): {
  repository: Record<string, unknown>
  sender: Record<string, unknown>
  renderer: Renderer
} {
  const store = new Store()
  const key = repoKeyOf(input.owner, input.repo)
  store.ensureUser(input.owner)
  const repoId = store.newId()
  store.repos.set(key, {
    id: repoId,
    nodeId: makeNodeId('R', repoId),
    owner: input.owner,
    name: input.repo,
    private: input.private ?? false,
    defaultBranch: input.defaultBranch ?? 'main',
    collaborators: new Set(),
    actionsCanApprove: false,
    createdAt: FIXED_CREATED_AT,
  })
  const renderer = new Renderer(store, input.apiUrl ?? 'https://api.github.com')
  const repository = renderer.repository(store.repos.get(key)!)
  delete repository['permissions']
  return { repository, sender: renderer.user(input.sender ?? input.owner), renderer }
}

export interface PushCommitInput {
  id: string
  message: string
  added?: string[]
  modified?: string[]
  removed?: string[]
  author?: string
  /** ISO 8601 commit time, 2024-05-01T09:00:00Z unless set. */
  timestamp?: string
}

export interface PushEventInput extends RepositoryEventInput {
  /** Full ref, refs/heads/<default branch> unless set. */
  ref?: string
  before: string
  after: string
  commits?: PushCommitInput[]
  forced?: boolean
}

/** A `push` webhook payload, as GitHub documents it. */
export function pushEvent(input: PushEventInput): Record<string, unknown> {
  const { repository, sender } = repositoryAndSender(input)
  // The push payload's repository differs from the REST one: the owner gains name/email and pushed_at is a number.
  const owner = repository['owner'] as Record<string, unknown>
  repository['owner'] = { ...owner, name: input.owner, email: null }
  repository['pushed_at'] = Math.floor(FIXED_CREATED_AT.getTime() / 1000)
  repository['created_at'] = Math.floor(FIXED_CREATED_AT.getTime() / 1000)
  repository['stargazers'] = 0
  repository['master_branch'] = repository['default_branch']
  const fullName = `${input.owner}/${input.repo}`
  const commits = (input.commits ?? [{ id: input.after, message: 'Update post-mortem' }]).map((commit) => {
    const person = { name: commit.author ?? input.sender ?? input.owner, email: `${commit.author ?? input.sender ?? input.owner}@example.com`, username: commit.author ?? input.sender ?? input.owner }
    return {
      id: commit.id,
      tree_id: commit.id.split('').reverse().join(''),
      distinct: true,
      message: commit.message,
      timestamp: commit.timestamp ?? '2024-05-01T09:00:00Z',
      url: `https://github.com/${fullName}/commit/${commit.id}`,
      author: person,
      committer: person,
      added: commit.added ?? [],
      removed: commit.removed ?? [],
      modified: commit.modified ?? [],
    }
  })
  const login = input.sender ?? input.owner
  return {
    ref: input.ref ?? `refs/heads/${input.defaultBranch ?? 'main'}`,
    before: input.before,
    after: input.after,
    repository,
    pusher: { name: login, email: `${login}@example.com` },
    sender,
    created: /^0+$/.test(input.before),
    deleted: /^0+$/.test(input.after),
    forced: input.forced ?? false,
    base_ref: null,
    compare: `https://github.com/${fullName}/compare/${input.before.slice(0, 12)}...${input.after.slice(0, 12)}`,
    commits,
    head_commit: commits.at(-1) ?? null,
  }
}

export interface WorkflowDispatchEventInput extends RepositoryEventInput {
  inputs?: Record<string, string | boolean | number>
  ref?: string
  /** Path of the workflow file, .github/workflows/postmortem.yml unless set. */
  workflow?: string
}

/** A `workflow_dispatch` payload (a run started by hand or through the API). */
export function workflowDispatchEvent(input: WorkflowDispatchEventInput): Record<string, unknown> {
  const { repository, sender } = repositoryAndSender(input)
  return {
    inputs: input.inputs ?? null,
    ref: input.ref ?? `refs/heads/${input.defaultBranch ?? 'main'}`,
    repository,
    sender,
    workflow: input.workflow ?? '.github/workflows/postmortem.yml',
  }
}

export interface ScheduleEventInput extends RepositoryEventInput {
  /** The cron expression that fired. */
  schedule: string
  workflow?: string
}

/**
 * A `schedule` event payload. It is not a webhook, so GitHub documents no schema; the
 * runner writes the cron that fired and the repository (and, for organisations, the
 * organization), with the default branch as ref.
 */
export function scheduleEvent(input: ScheduleEventInput): Record<string, unknown> {
  const { repository, sender } = repositoryAndSender(input)
  return {
    schedule: input.schedule,
    repository,
    sender,
    workflow: input.workflow ?? '.github/workflows/postmortem.yml',
  }
}
