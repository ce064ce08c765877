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
