// Records -> the JSON GitHub's REST API answers (field names and URL patterns of
// api.github.com; API URLs point at the fake server, html URLs at https://github.com).
// The shapes are checked against the vendored OpenAPI response schemas on every answer.
import {
  repoKeyOf,
  type IssueCommentRecord,
  type IssueRecord,
  type LabelRecord,
  type PullFileRecord,
  type PullRecord,
  type RepoRecord,
  type ReviewCommentRecord,
  type ReviewRecord,
  type Store,
  type UserRecord,
} from './store.js'

export const WEB_URL = 'https://github.com'

/** GitHub timestamps have second precision: 2024-05-01T10:00:00Z. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function isoOrNull(date: Date | null): string | null {
  return date ? isoSeconds(date) : null
}

export class Renderer {
  constructor(
    private readonly store: Store,
    private readonly apiUrl: string,
  ) {}

  user(login: string): Record<string, unknown> {
    const user: UserRecord = this.store.ensureUser(login)
    const url = `${this.apiUrl}/users/${encodeURIComponent(user.login)}`
    return {
      login: user.login,
      id: user.id,
      node_id: user.nodeId,
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url,
      html_url: user.type === 'Bot' ? `${WEB_URL}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${WEB_URL}/${user.login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false,
    }
  }

  /** How GitHub relates the author to the repository. */
  private association(repoKey: string, login: string): string {
    const repo = this.store.repos.get(repoKey)
    if (!repo) return 'NONE'
    if (repo.owner.toLowerCase() === login.toLowerCase()) return 'OWNER'
    if (repo.collaborators.has(login.toLowerCase())) return 'COLLABORATOR'
    return this.store.ensureUser(login).type === 'Bot' ? 'NONE' : 'CONTRIBUTOR'
  }

  /** A commit as the compare API shows it (no author account: the committer is a plain git identity). */
  commit(repoKey: string, sha: string, date: Date): Record<string, unknown> {
    const api = this.repoApiUrl(repoKey)
    const identity = { name: 'A Person', email: 'person@example.com', date: date.toISOString().replace(/\.\d{3}Z$/, 'Z') }
    return {
      url: `${api}/commits/${sha}`,
      sha,
      node_id: `C_${Buffer.from(sha).toString('base64url').slice(0, 20)}`,
      html_url: `${this.repoWebUrl(repoKey)}/commit/${sha}`,
      comments_url: `${api}/commits/${sha}/comments`,
      commit: {
        url: `${api}/git/commits/${sha}`,
        author: identity,
        committer: identity,
        message: 'A commit',
        comment_count: 0,
        tree: { sha: sha.split('').reverse().join(''), url: `${api}/git/trees/${sha}` },
        verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
      },
      author: null,
      committer: null,
      parents: [],
    }
  }

  comparison(entry: { repoKey: string; base: string; head: string; files: Array<{ filename: string; status: string; previous_filename?: string }>; headDate: Date }): Record<string, unknown> {
    const web = this.repoWebUrl(entry.repoKey)
    const api = this.repoApiUrl(entry.repoKey)
    const range = `${entry.base}...${entry.head}`
    // GitHub lists at most 300 files, whatever the push changed.
    const files = entry.files.slice(0, 300).map((file, index) => ({
      sha: index.toString(16).padStart(40, '0'),
      filename: file.filename,
      status: file.status,
      additions: 1,
      deletions: 0,
      changes: 1,
      blob_url: `${web}/blob/${entry.head}/${file.filename}`,
      raw_url: `${web}/raw/${entry.head}/${file.filename}`,
      contents_url: `${api}/contents/${file.filename}?ref=${entry.head}`,
      ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename }),
    }))
    return {
      url: `${api}/compare/${range}`,
      html_url: `${web}/compare/${range}`,
      permalink_url: `${web}/compare/${range}`,
      diff_url: `${web}/compare/${range}.diff`,
      patch_url: `${web}/compare/${range}.patch`,
      base_commit: this.commit(entry.repoKey, entry.base, entry.headDate),
      merge_base_commit: this.commit(entry.repoKey, entry.base, entry.headDate),
      status: 'ahead',
      ahead_by: 1,
      behind_by: 0,
      total_commits: 1,
      commits: [this.commit(entry.repoKey, entry.head, entry.headDate)],
      files,
    }
  }

  repoApiUrl(repoKey: string): string {
    const repo = this.store.repos.get(repoKey)
    return `${this.apiUrl}/repos/${repo ? `${repo.owner}/${repo.name}` : repoKey}`
  }

  repoWebUrl(repoKey: string): string {
    const repo = this.store.repos.get(repoKey)
    return `${WEB_URL}/${repo ? `${repo.owner}/${repo.name}` : repoKey}`
  }

  repository(repo: RepoRecord): Record<string, unknown> {
    const fullName = `${repo.owner}/${repo.name}`
    const url = `${this.apiUrl}/repos/${fullName}`
    const openIssues = this.store.issues.filter((issue) => issue.repoKey === repoKeyOf(repo.owner, repo.name) && issue.state === 'open').length
    const created = isoSeconds(repo.createdAt)
    return {
      id: repo.id,
      node_id: repo.nodeId,
      name: repo.name,
      full_name: fullName,
      private: repo.private,
      owner: this.user(repo.owner),
      html_url: `${WEB_URL}/${fullName}`,
      description: null,
      fork: false,
      url,
      archive_url: `${url}/{archive_format}{/ref}`,
      assignees_url: `${url}/assignees{/user}`,
      blobs_url: `${url}/git/blobs{/sha}`,
      branches_url: `${url}/branches{/branch}`,
      collaborators_url: `${url}/collaborators{/collaborator}`,
      comments_url: `${url}/comments{/number}`,
      commits_url: `${url}/commits{/sha}`,
      compare_url: `${url}/compare/{base}...{head}`,
      contents_url: `${url}/contents/{+path}`,
      contributors_url: `${url}/contributors`,
      deployments_url: `${url}/deployments`,
      downloads_url: `${url}/downloads`,
      events_url: `${url}/events`,
      forks_url: `${url}/forks`,
      git_commits_url: `${url}/git/commits{/sha}`,
      git_refs_url: `${url}/git/refs{/sha}`,
      git_tags_url: `${url}/git/tags{/sha}`,
      git_url: `git://github.com/${fullName}.git`,
      issue_comment_url: `${url}/issues/comments{/number}`,
      issue_events_url: `${url}/issues/events{/number}`,
      issues_url: `${url}/issues{/number}`,
      keys_url: `${url}/keys{/key_id}`,
      labels_url: `${url}/labels{/name}`,
      languages_url: `${url}/languages`,
      merges_url: `${url}/merges`,
      milestones_url: `${url}/milestones{/number}`,
      notifications_url: `${url}/notifications{?since,all,participating}`,
      pulls_url: `${url}/pulls{/number}`,
      releases_url: `${url}/releases{/id}`,
      ssh_url: `git@github.com:${fullName}.git`,
      stargazers_url: `${url}/stargazers`,
      statuses_url: `${url}/statuses/{sha}`,
      subscribers_url: `${url}/subscribers`,
      subscription_url: `${url}/subscription`,
      tags_url: `${url}/tags`,
      teams_url: `${url}/teams`,
      trees_url: `${url}/git/trees{/sha}`,
      clone_url: `${WEB_URL}/${fullName}.git`,
      mirror_url: null,
      hooks_url: `${url}/hooks`,
      svn_url: `${WEB_URL}/${fullName}`,
      homepage: null,
      language: null,
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 0,
      default_branch: repo.defaultBranch,
      open_issues_count: openIssues,
      open_issues: openIssues,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: repo.private ? 'private' : 'public',
      pushed_at: created,
      created_at: created,
      updated_at: created,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
      allow_forking: true,
      web_commit_signoff_required: false,
      license: null,
      network_count: 0,
      subscribers_count: 0,
    }
  }

  label(label: LabelRecord): Record<string, unknown> {
    return {
      id: label.id,
      node_id: label.nodeId,
      url: `${this.repoApiUrl(label.repoKey)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      default: label.isDefault,
      description: label.description,
    }
  }

  private labelsOf(repoKey: string, names: readonly string[]): Record<string, unknown>[] {
    return names.flatMap((name) => {
      const label = this.store.label(repoKey, name)
      return label ? [this.label(label)] : []
    })
  }

  issue(issue: IssueRecord): Record<string, unknown> {
    const repoUrl = this.repoApiUrl(issue.repoKey)
    const url = `${repoUrl}/issues/${issue.number}`
    const webKind = issue.isPullRequest ? 'pull' : 'issues'
    const assignees = issue.assignees.map((login) => this.user(login))
    const comments = this.store.issueComments.filter(
      (comment) => comment.repoKey === issue.repoKey && comment.issueNumber === issue.number,
    ).length
    const pull = issue.isPullRequest ? this.store.pull(issue.repoKey, issue.number) : undefined
    return {
      url,
      repository_url: repoUrl,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.repoWebUrl(issue.repoKey)}/${webKind}/${issue.number}`,
      id: issue.id,
      node_id: issue.nodeId,
      number: issue.number,
      title: issue.title,
      user: this.user(issue.author),
      labels: this.labelsOf(issue.repoKey, issue.labels),
      state: issue.state,
      locked: issue.locked,
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      comments,
      created_at: isoSeconds(issue.createdAt),
      updated_at: isoSeconds(issue.updatedAt),
      closed_at: isoOrNull(issue.closedAt),
      author_association: this.association(issue.repoKey, issue.author),
      active_lock_reason: null,
      ...(pull
        ? {
            draft: pull.draft,
            pull_request: {
              url: `${repoUrl}/pulls/${issue.number}`,
              html_url: `${this.repoWebUrl(issue.repoKey)}/pull/${issue.number}`,
              diff_url: `${this.repoWebUrl(issue.repoKey)}/pull/${issue.number}.diff`,
              patch_url: `${this.repoWebUrl(issue.repoKey)}/pull/${issue.number}.patch`,
              merged_at: isoOrNull(pull.mergedAt),
            },
          }
        : {}),
      body: issue.body,
      closed_by: issue.closedBy ? this.user(issue.closedBy) : null,
      reactions: this.reactions(`${url}/reactions`),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: issue.stateReason,
      ...(issue.isPullRequest ? {} : this.subIssueFields(issue, repoUrl)),
    }
  }

  /** Sub-issue fields GitHub adds to an issue: its parent's API URL, and counts of its own sub-issues. */
  private subIssueFields(issue: IssueRecord, repoUrl: string): Record<string, unknown> {
    const children = this.store.issues.filter((candidate) => candidate.repoKey === issue.repoKey && candidate.parentNumber === issue.number)
    const completed = children.filter((child) => child.state === 'closed').length
    return {
      parent_issue_url: issue.parentNumber === undefined ? null : `${repoUrl}/issues/${issue.parentNumber}`,
      sub_issues_summary: { total: children.length, completed, percent_completed: children.length === 0 ? 0 : Math.floor((completed * 100) / children.length) },
    }
  }

  private reactions(url: string): Record<string, unknown> {
    return {
      url,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    }
  }

  issueComment(comment: IssueCommentRecord): Record<string, unknown> {
    const repoUrl = this.repoApiUrl(comment.repoKey)
    const issue = this.store.issue(comment.repoKey, comment.issueNumber)
    const webKind = issue?.isPullRequest ? 'pull' : 'issues'
    return {
      url: `${repoUrl}/issues/comments/${comment.id}`,
      html_url: `${this.repoWebUrl(comment.repoKey)}/${webKind}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: comment.nodeId,
      user: this.user(comment.author),
      created_at: isoSeconds(comment.createdAt),
      updated_at: isoSeconds(comment.updatedAt),
      author_association: this.association(comment.repoKey, comment.author),
      body: comment.body,
      reactions: this.reactions(`${repoUrl}/issues/comments/${comment.id}/reactions`),
      performed_via_github_app: null,
    }
  }

  private branch(pull: PullRecord, side: 'head' | 'base'): Record<string, unknown> {
    const repoKey = side === 'base' ? pull.repoKey : pull.headRepoFullName.toLowerCase()
    const baseRepo = this.store.repos.get(pull.repoKey)!
    const repo = this.store.repos.get(repoKey) ?? this.forkRepository(pull.headRepoFullName, baseRepo)
    const ref = side === 'head' ? pull.headRef : pull.baseRef
    return {
      label: `${repo.owner}:${ref}`,
      ref,
      sha: side === 'head' ? pull.headSha : pull.baseSha,
      user: this.user(repo.owner),
      repo: this.repository(repo),
    }
  }

  /** A head repository we were not told about (a fork): rendered but not stored as a repo of the fake. */
  private forkRepository(fullName: string, base: RepoRecord): RepoRecord {
    const [owner = 'fork', name = base.name] = fullName.split('/')
    this.store.ensureUser(owner)
    return {
      id: base.id + 500_000,
      nodeId: `R_fork_${Buffer.from(fullName).toString('base64url')}`,
      owner,
      name,
      private: base.private,
      defaultBranch: base.defaultBranch,
      collaborators: new Set(),
      actionsCanApprove: false,
      createdAt: base.createdAt,
    }
  }

  pull(pull: PullRecord): Record<string, unknown> {
    const issue = this.store.issue(pull.repoKey, pull.number)!
    const repoUrl = this.repoApiUrl(pull.repoKey)
    const web = `${this.repoWebUrl(pull.repoKey)}/pull/${pull.number}`
    const url = `${repoUrl}/pulls/${pull.number}`
    const issueJson = this.issue(issue)
    const reviewComments = this.store.reviewComments.filter(
      (comment) => comment.repoKey === pull.repoKey && comment.pullNumber === pull.number,
    ).length
    const additions = pull.files.reduce((sum, file) => sum + file.additions, 0)
    const deletions = pull.files.reduce((sum, file) => sum + file.deletions, 0)
    return {
      url,
      id: pull.id,
      node_id: pull.nodeId,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      issue_url: `${repoUrl}/issues/${pull.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${repoUrl}/pulls/comments{/number}`,
      comments_url: `${repoUrl}/issues/${pull.number}/comments`,
      statuses_url: `${repoUrl}/statuses/${pull.headSha}`,
      number: pull.number,
      state: issue.state,
      locked: issue.locked,
      title: issue.title,
      user: issueJson['user'],
      body: issue.body,
      labels: issueJson['labels'],
      milestone: null,
      active_lock_reason: null,
      created_at: issueJson['created_at'],
      updated_at: issueJson['updated_at'],
      closed_at: issueJson['closed_at'],
      merged_at: isoOrNull(pull.mergedAt),
      merge_commit_sha: pull.mergeCommitSha,
      assignee: issueJson['assignee'],
      assignees: issueJson['assignees'],
      requested_reviewers: [],
      requested_teams: [],
      head: this.branch(pull, 'head'),
      base: this.branch(pull, 'base'),
      _links: {
        self: { href: url },
        html: { href: web },
        issue: { href: `${repoUrl}/issues/${pull.number}` },
        comments: { href: `${repoUrl}/issues/${pull.number}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${repoUrl}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${repoUrl}/statuses/${pull.headSha}` },
      },
      author_association: issueJson['author_association'],
      auto_merge: null,
      draft: pull.draft,
      merged: pull.merged,
      mergeable: pull.merged ? null : true,
      rebaseable: pull.merged ? null : true,
      mergeable_state: pull.merged ? 'unknown' : 'clean',
      merged_by: null,
      comments: issueJson['comments'],
      review_comments: reviewComments,
      maintainer_can_modify: false,
      commits: pull.commits.size,
      additions,
      deletions,
      changed_files: pull.files.length,
    }
  }

  pullFile(pull: PullRecord, file: PullFileRecord): Record<string, unknown> {
    const headFullName = pull.headRepoFullName
    const encodedPath = file.filename.split('/').map(encodeURIComponent).join('/')
    return {
      sha: file.sha,
      filename: file.filename,
      status: file.status,
      additions: file.additions,
      deletions: file.deletions,
      changes: file.changes,
      blob_url: `${WEB_URL}/${headFullName}/blob/${pull.headSha}/${encodedPath}`,
      raw_url: `${WEB_URL}/${headFullName}/raw/${pull.headSha}/${encodedPath}`,
      contents_url: `${this.apiUrl}/repos/${headFullName}/contents/${encodedPath}?ref=${pull.headSha}`,
      ...(file.patch !== undefined ? { patch: file.patch } : {}),
      ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
    }
  }

  review(review: ReviewRecord): Record<string, unknown> {
    const repoUrl = this.repoApiUrl(review.repoKey)
    const web = `${this.repoWebUrl(review.repoKey)}/pull/${review.pullNumber}`
    return {
      id: review.id,
      node_id: review.nodeId,
      user: this.user(review.author),
      body: review.body,
      state: review.state,
      html_url: `${web}#pullrequestreview-${review.id}`,
      pull_request_url: `${repoUrl}/pulls/${review.pullNumber}`,
      author_association: this.association(review.repoKey, review.author),
      _links: {
        html: { href: `${web}#pullrequestreview-${review.id}` },
        pull_request: { href: `${repoUrl}/pulls/${review.pullNumber}` },
      },
      ...(review.submittedAt ? { submitted_at: isoSeconds(review.submittedAt) } : {}),
      commit_id: review.commitId,
    }
  }

  reviewComment(comment: ReviewCommentRecord): Record<string, unknown> {
    const repoUrl = this.repoApiUrl(comment.repoKey)
    const web = `${this.repoWebUrl(comment.repoKey)}/pull/${comment.pullNumber}`
    const url = `${repoUrl}/pulls/comments/${comment.id}`
    return {
      url,
      pull_request_review_id: comment.reviewId,
      id: comment.id,
      node_id: comment.nodeId,
      diff_hunk: comment.diffHunk,
      path: comment.path,
      position: comment.position,
      original_position: comment.originalPosition,
      commit_id: comment.commitId,
      original_commit_id: comment.originalCommitId,
      ...(comment.inReplyToId !== null ? { in_reply_to_id: comment.inReplyToId } : {}),
      user: this.user(comment.author),
      body: comment.body,
      created_at: isoSeconds(comment.createdAt),
      updated_at: isoSeconds(comment.updatedAt),
      html_url: `${web}#discussion_r${comment.id}`,
      pull_request_url: `${repoUrl}/pulls/${comment.pullNumber}`,
      author_association: this.association(comment.repoKey, comment.author),
      _links: {
        self: { href: url },
        html: { href: `${web}#discussion_r${comment.id}` },
        pull_request: { href: `${repoUrl}/pulls/${comment.pullNumber}` },
      },
      reactions: this.reactions(`${url}/reactions`),
      start_line: comment.startLine,
      original_start_line: comment.originalStartLine,
      start_side: comment.startLine !== null ? comment.startSide : null,
      line: comment.line,
      original_line: comment.originalLine,
      side: comment.side,
      subject_type: comment.subjectType,
    }
  }
}
