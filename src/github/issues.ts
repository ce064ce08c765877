/**
 * Issues, labels, assignees, sub-issues and the compare API of one repository: what the
 * merge and schedule modes read and write. Every method returns our own types. Creates opt
 * out of blind retries (the executor reconciles them); reads and edits keep the retries.
 */
import type { Octokit } from './client.js'
import { toGitHubError } from './errors.js'
import type { ChangedFile, ChangedFileStatus, ComparedFiles, CreatedComment, IssueComment, IssueFields, IssueSummary, RepoLabel, RepoRef } from './types.js'

/** Writes that are not idempotent opt out of the retry plugin; the executor reconciles them instead. */
export const NO_BLIND_RETRY = { request: { retries: 0 } }

/** GitHub's compare API lists at most this many files. */
export const COMPARE_FILE_CAP = 300

/** GitHub refuses more sub-issues than this under one parent. */
export const MAX_SUB_ISSUES = 100

async function attempt<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw toGitHubError(error, what)
  }
}

interface RawIssue {
  number: number
  id: number
  title: string
  body?: string | null
  state: string
  html_url: string
  created_at: string
  closed_at?: string | null
  comments?: number
  pull_request?: unknown
  user?: { login?: string } | null
  labels: Array<string | { name?: string }>
  assignees?: Array<{ login: string }> | null
  parent_issue_url?: string | null
}

function toIssue(raw: RawIssue): IssueSummary {
  return {
    number: raw.number,
    id: raw.id,
    title: raw.title,
    body: raw.body ?? '',
    state: raw.state === 'closed' ? 'closed' : 'open',
    labels: raw.labels.map((label) => (typeof label === 'string' ? label : label.name ?? '')).filter((name) => name !== ''),
    assignees: (raw.assignees ?? []).map((assignee) => assignee.login),
    url: raw.html_url,
    ...(raw.user?.login === undefined ? {} : { authorLogin: raw.user.login }),
    createdAt: raw.created_at,
    ...(typeof raw.comments === 'number' ? { commentCount: raw.comments } : {}),
    ...(raw.closed_at === undefined || raw.closed_at === null ? {} : { closedAt: raw.closed_at }),
    ...parentOf(raw.parent_issue_url),
  }
}

function parentOf(url: string | null | undefined): { parentNumber?: number } {
  const number = Number(/\/issues\/(\d+)$/.exec(url ?? '')?.[1])
  return Number.isInteger(number) && number > 0 ? { parentNumber: number } : {}
}

function fieldsToParams(fields: IssueFields): Record<string, unknown> {
  return {
    ...(fields.title === undefined ? {} : { title: fields.title }),
    ...(fields.body === undefined ? {} : { body: fields.body }),
    ...(fields.labels === undefined ? {} : { labels: [...fields.labels] }),
    ...(fields.assignees === undefined ? {} : { assignees: [...fields.assignees] }),
    ...(fields.state === undefined ? {} : { state: fields.state }),
  }
}

export class IssuesGitHub {
  constructor(
    private readonly octokit: Octokit,
    readonly repository: RepoRef,
  ) {}

  private get route() {
    return { owner: this.repository.owner, repo: this.repository.repo }
  }

  /** Every issue (open and closed, no pull requests) carrying `label`, with bodies, all pages. */
  async listIssuesByLabel(label: string): Promise<IssueSummary[]> {
    const raw = await attempt(`Listing issues labelled "${label}"`, () =>
      this.octokit.paginate(this.octokit.rest.issues.listForRepo, { ...this.route, labels: label, state: 'all', per_page: 100, sort: 'created', direction: 'asc' }),
    )
    return (raw as RawIssue[]).filter((issue) => issue.pull_request === undefined).map(toIssue)
  }

  async getIssue(number: number): Promise<IssueSummary> {
    const response = await attempt(`Reading issue #${number}`, () => this.octokit.rest.issues.get({ ...this.route, issue_number: number }))
    return toIssue(response.data as RawIssue)
  }

  /** Sent once: after an uncertain failure the caller looks for its marker before repeating it. */
  async createIssue(fields: Required<Pick<IssueFields, 'title' | 'body'>> & IssueFields): Promise<IssueSummary> {
    const response = await attempt(`Creating issue "${fields.title.slice(0, 80)}"`, () =>
      this.octokit.rest.issues.create({ ...this.route, ...(fieldsToParams(fields) as { title: string }), ...NO_BLIND_RETRY }),
    )
    return toIssue(response.data as RawIssue)
  }

  async updateIssue(number: number, fields: IssueFields): Promise<IssueSummary> {
    const response = await attempt(`Updating issue #${number}`, () => this.octokit.rest.issues.update({ ...this.route, issue_number: number, ...fieldsToParams(fields) }))
    return toIssue(response.data as RawIssue)
  }

  async listComments(number: number): Promise<IssueComment[]> {
    const comments = await attempt(`Listing the comments of #${number}`, () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.route, issue_number: number, per_page: 100 }),
    )
    return comments.map((comment) => ({
      id: comment.id,
      body: comment.body ?? '',
      ...(comment.user?.login === undefined ? {} : { authorLogin: comment.user.login }),
    }))
  }

  /** Sent once (see createIssue). */
  async createComment(number: number, body: string): Promise<CreatedComment> {
    const response = await attempt(`Commenting on #${number}`, () =>
      this.octokit.rest.issues.createComment({ ...this.route, issue_number: number, body, ...NO_BLIND_RETRY }),
    )
    return { id: response.data.id, url: response.data.html_url }
  }

  async updateComment(commentId: number, body: string): Promise<void> {
    await attempt(`Updating comment ${commentId}`, () => this.octokit.rest.issues.updateComment({ ...this.route, comment_id: commentId, body }))
  }

  async deleteComment(commentId: number): Promise<void> {
    try {
      await this.octokit.rest.issues.deleteComment({ ...this.route, comment_id: commentId })
    } catch (error) {
      const failure = toGitHubError(error, `Deleting comment ${commentId}`)
      if (failure.status === 404) return // already gone: another run removed the same duplicate
      throw failure
    }
  }

  async addLabels(number: number, labels: readonly string[]): Promise<void> {
    await attempt(`Labelling #${number}`, () => this.octokit.rest.issues.addLabels({ ...this.route, issue_number: number, labels: [...labels] }))
  }

  /** Removing a label the issue does not have is not an error (404 from GitHub). */
  async removeLabel(number: number, label: string): Promise<void> {
    try {
      await this.octokit.rest.issues.removeLabel({ ...this.route, issue_number: number, name: label })
    } catch (error) {
      const failure = toGitHubError(error, `Removing label "${label}" from #${number}`)
      if (failure.status === 404) return
      throw failure
    }
  }

  async listLabels(): Promise<RepoLabel[]> {
    const labels = await attempt('Listing the repository labels', () => this.octokit.paginate(this.octokit.rest.issues.listLabelsForRepo, { ...this.route, per_page: 100 }))
    return labels.map((label) => ({ name: label.name, color: label.color, description: label.description ?? '' }))
  }

  /** Creates a label; one that exists already (422 already_exists, e.g. made by a run at the same time) is fine. Returns false then. */
  async createLabel(label: RepoLabel): Promise<boolean> {
    try {
      await this.octokit.rest.issues.createLabel({ ...this.route, name: label.name, color: label.color, description: label.description, ...NO_BLIND_RETRY })
      return true
    } catch (error) {
      const failure = toGitHubError(error, `Creating label "${label.name}"`)
      if (failure.status === 422 && /already_exists|already exists/i.test(failure.message)) return false
      throw failure
    }
  }

  /** `GET /assignees/{login}`: 204 when the login can be assigned here, 404 when not. */
  async canBeAssigned(login: string): Promise<boolean> {
    try {
      await this.octokit.rest.issues.checkUserCanBeAssigned({ ...this.route, assignee: login })
      return true
    } catch (error) {
      const failure = toGitHubError(error, `Checking whether @${login} can be assigned`)
      if (failure.status === 404) return false
      throw failure
    }
  }

  /** Database ids of the sub-issues of `parent` (all pages). */
  async listSubIssueIds(parent: number): Promise<number[]> {
    const children = await attempt(`Listing the sub-issues of #${parent}`, () =>
      this.octokit.paginate(this.octokit.rest.issues.listSubIssues, { ...this.route, issue_number: parent, per_page: 100 }),
    )
    return children.map((child) => child.id)
  }

  /** Sent once (see createIssue); `childId` is the child's database id, not its number. */
  async addSubIssue(parent: number, childId: number, replaceParent = false): Promise<void> {
    await attempt(`Adding a sub-issue to #${parent}`, () =>
      this.octokit.rest.issues.addSubIssue({ ...this.route, issue_number: parent, sub_issue_id: childId, ...(replaceParent ? { replace_parent: true } : {}), ...NO_BLIND_RETRY }),
    )
  }

  /** Files changed between two commits (at most 300, see `capped`). */
  async compare(base: string, head: string): Promise<ComparedFiles> {
    const response = await attempt(`Comparing ${base.slice(0, 7)}...${head.slice(0, 7)}`, () =>
      this.octokit.rest.repos.compareCommitsWithBasehead({ ...this.route, basehead: `${base}...${head}` }),
    )
    const files: ChangedFile[] = (response.data.files ?? []).map((file) => ({
      path: file.filename,
      status: file.status as ChangedFileStatus,
      ...(file.previous_filename === undefined ? {} : { previousPath: file.previous_filename }),
    }))
    return { files, capped: files.length >= COMPARE_FILE_CAP }
  }
}
