/**
 * The executor's GitHub side: one planned write -> one GitHub call, and for creates the
 * re-read that finds them by marker. Issue writes need `issues`; review writes need `pullRequest`.
 */
import { GitHubError } from '../github/errors.js'
import type { IssuesGitHub } from '../github/issues.js'
import type { PullRequestGitHub } from '../github/pull-request.js'
import { fillCreatedNumbers } from '../plan/issue-body.js'
import type { IssueRef, PlannedWrite, ResolvedIssue, WriteOutcome, WritePort } from './types.js'

type Resolve = (ref: IssueRef) => ResolvedIssue

export class GitHubWritePort implements WritePort {
  constructor(private readonly github: { issues?: IssuesGitHub; pullRequest?: PullRequestGitHub }) {}

  private get issues(): IssuesGitHub {
    if (this.github.issues === undefined) throw new GitHubError('This run has no issue client', 'other', undefined)
    return this.github.issues
  }

  private get pullRequest(): PullRequestGitHub {
    if (this.github.pullRequest === undefined) throw new GitHubError('This run has no pull request client', 'other', undefined)
    return this.github.pullRequest
  }

  async perform(write: PlannedWrite, resolve: Resolve): Promise<WriteOutcome> {
    switch (write.kind) {
      case 'create-issue': {
        const body = fillCreatedNumbers(write.body, numberOfCreated(resolve))
        const issue = await this.issues.createIssue({ title: write.title, body, labels: write.labels, assignees: write.assignees })
        return { number: issue.number, id: issue.id, url: issue.url }
      }
      case 'update-issue': {
        const { number } = resolve(write.issue)
        const issue = await this.issues.updateIssue(number, {
          ...(write.title === undefined ? {} : { title: write.title }),
          ...(write.body === undefined ? {} : { body: fillCreatedNumbers(write.body, numberOfCreated(resolve)) }),
          ...(write.labels === undefined ? {} : { labels: write.labels }),
          ...(write.assignees === undefined ? {} : { assignees: write.assignees }),
          ...(write.state === undefined ? {} : { state: write.state }),
        })
        return { number: issue.number, id: issue.id, url: issue.url }
      }
      case 'create-comment': {
        const { number } = resolve(write.issue)
        const comment = await this.issues.createComment(number, write.body)
        return { number, id: comment.id, url: comment.url }
      }
      case 'update-comment':
        await this.issues.updateComment(write.commentId, write.body)
        return { id: write.commentId }
      case 'delete-comment':
        await this.issues.deleteComment(write.commentId)
        return { id: write.commentId }
      case 'add-labels': {
        const { number } = resolve(write.issue)
        await this.issues.addLabels(number, write.labels)
        return { number }
      }
      case 'remove-label': {
        const { number } = resolve(write.issue)
        await this.issues.removeLabel(number, write.label)
        return { number }
      }
      case 'create-label': {
        const created = await this.issues.createLabel({ name: write.name, color: write.color, description: write.description })
        return created ? {} : { alreadyThere: true }
      }
      case 'add-sub-issue': {
        const parent = resolve(write.parent)
        const child = resolve(write.child)
        if (child.id === undefined) throw new GitHubError(`No database id known for issue #${child.number}`, 'other', undefined)
        await this.issues.addSubIssue(parent.number, child.id, write.replaceParent === true)
        return { number: parent.number }
      }
      case 'create-review': {
        const review = await this.pullRequest.createReview({ commitId: write.commitId, body: write.body, comments: write.comments })
        return { id: review.id }
      }
      case 'resolve-threads':
        await this.pullRequest.resolveThreads(write.threadIds)
        return {}
      case 'delete-review-comment':
        await this.pullRequest.deleteReviewComment(write.commentId)
        return { id: write.commentId }
    }
  }

  async findCreated(write: PlannedWrite, resolve: Resolve): Promise<WriteOutcome | undefined> {
    switch (write.kind) {
      case 'create-issue': {
        const marker = requireMarker(write)
        const label = write.labels[0]
        if (label === undefined) throw new GitHubError(`Cannot look for "${write.description}" again: it has no label to list by`, 'other', undefined)
        const found = (await this.issues.listIssuesByLabel(label)).find((issue) => issue.body.includes(marker))
        return found === undefined ? undefined : { number: found.number, id: found.id, url: found.url }
      }
      case 'create-comment': {
        const marker = requireMarker(write)
        const { number } = resolve(write.issue)
        const found = (await this.issues.listComments(number)).find((comment) => comment.body.includes(marker))
        return found === undefined ? undefined : { number, id: found.id }
      }
      case 'create-label': {
        const wanted = write.name.toLowerCase()
        return (await this.issues.listLabels()).some((label) => label.name.toLowerCase() === wanted) ? { alreadyThere: true } : undefined
      }
      case 'add-sub-issue': {
        const parent = resolve(write.parent)
        const child = resolve(write.child)
        return (await this.issues.listSubIssueIds(parent.number)).includes(child.id ?? -1) ? { number: parent.number } : undefined
      }
      case 'create-review': {
        const found = await this.pullRequest.findReview(requireMarker(write))
        return found === undefined ? undefined : { id: found.id }
      }
      default:
        return undefined
    }
  }
}

/** The number of an issue created earlier in this run, or undefined when that create did not happen. */
function numberOfCreated(resolve: Resolve): (key: string) => number | undefined {
  return (key) => {
    try {
      return resolve({ createdBy: key }).number
    } catch {
      return undefined
    }
  }
}

function requireMarker(write: PlannedWrite): string {
  if (write.marker === undefined || write.marker === '') throw new GitHubError(`"${write.description}" has no marker to find it by`, 'other', undefined)
  return write.marker
}
