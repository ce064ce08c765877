import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  MAX_THREADS_PER_MUTATION,
  REVIEW_THREADS_QUERY,
  filesAtCommitQuery,
  planReview,
  planSummary,
  resolveThreadsMutation,
  sameAuthor
} from "./chunk-3MIZHD25.js";
import {
  GitHubError,
  NO_BLIND_RETRY,
  octokitFor,
  toGitHubError,
  writeExecutor
} from "./chunk-E2I4XZGK.js";
import "./chunk-T3DKHINJ.js";
import {
  lintAll,
  postmortemMatcher
} from "./chunk-CI5LYMJT.js";
import {
  glob
} from "./chunk-B5LY7VPP.js";
import {
  changedConfigFiles,
  findingSentence,
  loadBaseConfig
} from "./chunk-5U2HMAFZ.js";
import {
  readPullRequestEvent
} from "./chunk-6D5SDPER.js";
import {
  hasSummaryMarker,
  readFindingMarker,
  reviewMarker
} from "./chunk-6T2L6R3R.js";
import "./chunk-G4TJWH5O.js";
import {
  codeSpan,
  fencedBlock
} from "./chunk-YL46HXTP.js";
import "./chunk-AUC2NV6B.js";
import {
  lintFile
} from "./chunk-NVM2UE25.js";
import "./chunk-4R6OAHEB.js";
import "./chunk-5P76JHEA.js";
import "./chunk-AP7ZZIRN.js";
import "./chunk-POANTLKZ.js";
import "./chunk-3N6BFG3G.js";
import "./chunk-76WKF4H2.js";
import "./chunk-SKHKKAY7.js";
import "./chunk-XBU6CGRD.js";

// src/github/contents.ts
async function readFilesAtCommit(octokit, repository, sha, paths) {
  const variables = Object.fromEntries(paths.map((path, index) => [`f${index}`, `${sha}:${path}`]));
  let answer;
  try {
    answer = await octokit.graphql(filesAtCommitQuery(paths.length), { owner: repository.owner, repo: repository.repo, ...variables });
  } catch (error) {
    throw toGitHubError(error, `Reading ${paths.join(", ")} at the base commit ${sha.slice(0, 7)}`);
  }
  return paths.map((path, index) => {
    const object = answer.repository?.[`f${index}`];
    if (object === void 0 || object === null || object.__typename !== "Blob") return void 0;
    if (object.isBinary === true || object.isTruncated === true || typeof object.text !== "string") {
      throw new GitHubError(`${path} at the base commit ${sha.slice(0, 7)} is binary or too large to read, expected a YAML configuration`, "other", void 0);
    }
    return object.text;
  });
}

// src/github/pull-request.ts
async function attempt(what, call) {
  try {
    return await call();
  } catch (error) {
    throw toGitHubError(error, what);
  }
}
var PullRequestGitHub = class {
  constructor(octokit, pr) {
    this.octokit = octokit;
    this.pr = pr;
  }
  octokit;
  pr;
  get route() {
    return { owner: this.pr.owner, repo: this.pr.repo };
  }
  async listChangedFiles() {
    const files = await attempt(
      "Listing the pull request files",
      () => this.octokit.paginate(this.octokit.rest.pulls.listFiles, { ...this.route, pull_number: this.pr.number, per_page: 100 })
    );
    return files.map((file) => ({
      path: file.filename,
      status: file.status,
      ...file.previous_filename === void 0 ? {} : { previousPath: file.previous_filename },
      ...file.patch === void 0 ? {} : { patch: file.patch }
    }));
  }
  /** All review threads (paginated) and who the token acts as. */
  async listReviewThreads() {
    const threads = [];
    let viewerLogin;
    let cursor = null;
    do {
      const page = await attempt(
        "Reading review threads",
        () => this.octokit.graphql(REVIEW_THREADS_QUERY, { ...this.route, number: this.pr.number, cursor })
      );
      viewerLogin ??= page.viewer?.login ?? void 0;
      const connection = page.repository?.pullRequest?.reviewThreads;
      if (connection === void 0) break;
      for (const node of connection.nodes) {
        if (node === null) continue;
        const first = node.comments.nodes[0];
        threads.push({
          id: node.id,
          isResolved: node.isResolved,
          path: node.path,
          firstCommentBody: first?.body ?? "",
          ...first?.author?.login === void 0 ? {} : { authorLogin: first.author.login },
          ...typeof first?.databaseId === "number" ? { firstCommentId: first.databaseId } : {},
          ...node.comments.totalCount === void 0 ? {} : { commentCount: node.comments.totalCount }
        });
      }
      cursor = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (cursor !== null);
    return { ...viewerLogin === void 0 ? {} : { viewerLogin }, threads };
  }
  async listIssueComments() {
    const comments = await attempt(
      "Listing the pull request comments",
      () => this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.route, issue_number: this.pr.number, per_page: 100 })
    );
    return comments.map((comment) => ({
      id: comment.id,
      body: comment.body ?? "",
      ...comment.user?.login === void 0 ? {} : { authorLogin: comment.user.login }
    }));
  }
  /** One review carrying every comment, sent once; its body's marker finds it again (findReview). */
  async createReview(review2) {
    const comments = review2.comments.map((comment) => ({
      path: comment.path,
      body: comment.body,
      line: comment.line,
      side: "RIGHT",
      ...comment.startLine === void 0 ? {} : { start_line: comment.startLine, start_side: "RIGHT" }
    }));
    const response = await attempt(
      "Creating the review",
      () => this.octokit.rest.pulls.createReview({
        ...this.route,
        pull_number: this.pr.number,
        commit_id: review2.commitId,
        event: "COMMENT",
        body: review2.body,
        comments,
        ...NO_BLIND_RETRY
      })
    );
    return { id: response.data.id };
  }
  /** The review whose body holds `marker`, if any (all pages). */
  async findReview(marker) {
    const reviews = await attempt(
      "Listing the reviews",
      () => this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...this.route, pull_number: this.pr.number, per_page: 100 })
    );
    const found = reviews.find((existing) => (existing.body ?? "").includes(marker));
    return found === void 0 ? void 0 : { id: found.id };
  }
  /** Deletes one of our review comments (a duplicate); one already gone is fine. */
  async deleteReviewComment(commentId) {
    try {
      await this.octokit.rest.pulls.deleteReviewComment({ ...this.route, comment_id: commentId });
    } catch (error) {
      const failure = toGitHubError(error, `Deleting review comment ${commentId}`);
      if (failure.status === 404) return;
      throw failure;
    }
  }
  /** Resolve threads with one aliased mutation per batch of MAX_THREADS_PER_MUTATION (resolving is idempotent). */
  async resolveThreads(threadIds) {
    for (let start = 0; start < threadIds.length; start += MAX_THREADS_PER_MUTATION) {
      const batch = threadIds.slice(start, start + MAX_THREADS_PER_MUTATION);
      const variables = Object.fromEntries(batch.map((id, index) => [`t${index}`, id]));
      await attempt(`Resolving ${batch.length} review thread(s)`, () => this.octokit.graphql(resolveThreadsMutation(batch.length), variables));
    }
  }
};

// src/github/forbidden.ts
var NOT_ACCESSIBLE = /resource not accessible by (integration|personal access token)/i;
var SAML = /SAML enforcement|SAML SSO|single sign-on/i;
var IP_ALLOW_LIST = /IP allow list/i;
var LOCKED = /\blocked\b/i;
function asWorkflowPermissions(accepted, fallback) {
  const pairs = (accepted ?? "").split(/[;,]/).map((pair) => pair.trim()).filter((pair) => /^[a-z_]+=(read|write)$/.test(pair)).map((pair) => pair.replace(/_/g, "-").replace("=", ": "));
  return pairs.length > 0 ? pairs.join(", ") : fallback;
}
function classifyForbidden(answer, context, attempted = "This write") {
  const { message } = answer;
  if (SAML.test(message)) {
    return {
      reason: "saml",
      expected: false,
      explanation: `${attempted} was refused by the organisation's SAML single sign-on enforcement: authorise the token for the organisation (a personal access token: "Configure SSO" in its settings), or use the workflow's GITHUB_TOKEN.`
    };
  }
  if (IP_ALLOW_LIST.test(message)) {
    return {
      reason: "ip-allow-list",
      expected: false,
      explanation: `${attempted} was refused by the organisation's IP allow list: allow the runner's addresses, or run the job on a runner inside the list.`
    };
  }
  if (LOCKED.test(message)) {
    return {
      reason: "locked",
      expected: false,
      explanation: `${attempted} was refused because the pull request's conversation is locked: unlock it (or let the job's token comment on locked conversations) to get the review comments.`
    };
  }
  if (NOT_ACCESSIBLE.test(message)) {
    if (context.fromFork || context.fromDependabot === true) {
      return { reason: "fork-read-only", expected: true, explanation: "read-only token, as for pull requests from forks" };
    }
    const needed = asWorkflowPermissions(answer.acceptedPermissions, "pull-requests: write");
    return {
      reason: "missing-permission",
      expected: false,
      explanation: `${attempted} was refused: the token lacks the permission \`${needed}\`, and this pull request is not from a fork. Add \`permissions: { contents: read, ${needed} }\` to the job (or allow "Read and write permissions" for workflows in the repository's Actions settings).`
    };
  }
  return { reason: "other", expected: false, explanation: `${attempted} was refused by GitHub (403): ${message}` };
}

// src/plan/duplicates.ts
function planDuplicateCleanup(threads, comments, selfLogin) {
  const writes = [];
  const summaries = comments.filter((comment) => hasSummaryMarker(comment.body) && sameAuthor(comment.authorLogin, selfLogin)).sort((a, b) => a.id - b.id);
  for (const extra of summaries.slice(1)) {
    writes.push({ kind: "delete-comment", commentId: extra.id, key: `delete-summary-${extra.id}`, description: `delete duplicate summary comment ${extra.id}` });
  }
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const thread of threads) {
    const fingerprint = readFindingMarker(thread.firstCommentBody);
    if (fingerprint === void 0 || !sameAuthor(thread.authorLogin, selfLogin) || thread.firstCommentId === void 0) continue;
    const key = `${thread.path}\0${fingerprint}`;
    byFingerprint.set(key, [...byFingerprint.get(key) ?? [], thread]);
  }
  for (const group of byFingerprint.values()) {
    const sorted = [...group].sort((a, b) => (a.firstCommentId ?? 0) - (b.firstCommentId ?? 0));
    for (const extra of sorted.slice(1)) {
      if ((extra.commentCount ?? 1) > 1 || extra.firstCommentId === void 0) continue;
      writes.push({
        kind: "delete-review-comment",
        commentId: extra.firstCommentId,
        key: `delete-review-comment-${extra.firstCommentId}`,
        description: `delete duplicate finding comment ${extra.firstCommentId} on ${extra.path}`
      });
    }
  }
  return { writes, ...summaries[0] === void 0 ? {} : { keptSummary: summaries[0] }, ...selfLogin === void 0 ? {} : { selfLogin } };
}
function withoutDeleted(threads, cleanup) {
  const deleted = new Set(cleanup.writes.flatMap((write) => write.kind === "delete-review-comment" ? [write.commentId] : []));
  return threads.filter((thread) => thread.firstCommentId === void 0 || !deleted.has(thread.firstCommentId));
}
function commentsWithoutDeleted(comments, cleanup) {
  const deleted = new Set(cleanup.writes.flatMap((write) => write.kind === "delete-comment" ? [write.commentId] : []));
  return comments.filter((comment) => !deleted.has(comment.id));
}

// src/report/plan-text.ts
function renderPlan(plan) {
  const lines = ["### Dry run: what this run would write", ""];
  if (plan.newComments.length === 0) lines.push("- No new review.");
  else {
    lines.push(`- One review with ${plan.newComments.length} comment(s):`);
    for (const comment of plan.newComments) {
      const where = comment.startLine === void 0 ? `${comment.line}` : `${comment.startLine}-${comment.line}`;
      const place = codeSpan(`${comment.path}:${where}`);
      const members = comment.members ?? [];
      if (members.length < 2) lines.push(`  - ${place} ${findingSentence(comment.finding)}`);
      else {
        lines.push(`  - ${place}, one comment for ${members.length} findings:`);
        for (const member of members) lines.push(`    - ${findingSentence(member.finding)}`);
      }
    }
  }
  if (plan.threadsToResolve.length === 0) lines.push("- No thread to resolve.");
  else lines.push(`- Resolve ${plan.threadsToResolve.length} thread(s) whose finding is fixed: ${plan.threadsToResolve.map((thread) => codeSpan(thread.path)).join(", ")}`);
  const summaryAction = { create: "Create the summary comment", update: `Edit summary comment ${plan.summary.commentId ?? ""}`, none: "Leave the summary comment as it is" };
  lines.push(`- ${summaryAction[plan.summary.action]}.`);
  if (plan.summary.action !== "none") {
    lines.push("", "<details><summary>Summary comment body</summary>", "", fencedBlock("markdown", plan.summary.body), "", "</details>");
  }
  return lines.join("\n");
}

// src/modes/lint-pr.ts
var GITHUB_FILES_CAP = 3e3;
var LINTED_STATUSES = /* @__PURE__ */ new Set(["added", "modified", "renamed", "changed", "copied"]);
var READ_ONLY_NOTE = "This run cannot comment on the pull request (read-only token, as for pull requests from forks): every finding is in the annotations and below.";
function plannedFiles(linted, changed, crashed) {
  return linted.map((file) => ({
    path: file.path,
    findings: file.findings,
    ...file.text === void 0 ? {} : { text: file.text },
    ...file.postmortem === void 0 ? {} : { postmortem: file.postmortem },
    ...changed.get(file.path)?.patch === void 0 ? {} : { patch: changed.get(file.path)?.patch },
    ...changed.get(file.path)?.previousPath === void 0 ? {} : { previousPath: changed.get(file.path)?.previousPath },
    incomplete: crashed.has(file.path) || file.skipped === true
  }));
}
async function lintPullRequest(options) {
  const { github, log } = options;
  const changed = await github.listChangedFiles();
  const isPostmortem = postmortemMatcher(options.paths, options.config.ignore);
  const selected = changed.filter((file) => LINTED_STATUSES.has(file.status) && isPostmortem(file.path));
  log.info(`Pull request #${options.pullRequest.number}: ${selected.length} of ${changed.length} changed file(s) are post-mortems`);
  const summaryNotes = [];
  const paths = selected.map((file) => file.path);
  const total = options.pullRequest.changedFiles;
  if (total === void 0 ? changed.length >= GITHUB_FILES_CAP : changed.length < total) {
    const everyPostmortem = await postmortemsInCheckout(options.workspace, options.paths, isPostmortem);
    for (const path of everyPostmortem) if (!paths.includes(path)) paths.push(path);
    const listed = total === void 0 ? `GitHub listed ${changed.length} files of this pull request, its limit (3,000)` : `GitHub listed ${changed.length} of the ${total} files this pull request changes (it lists at most 3,000)`;
    const note = `${listed}, so every post-mortem in the checkout was linted (${everyPostmortem.length}); findings on files it did not list are in this comment, not inline.`;
    log.warning(note);
    summaryNotes.push(note);
  }
  summaryNotes.push(...configurationNotes(options, changed));
  const { files, crashed } = await lintAll(options.workspace, paths, options.config, options.lintFile);
  const result = { files, notes: [...summaryNotes], githubFailures: options.configFailure === void 0 ? [] : [options.configFailure] };
  if (options.pullRequest.fromFork && !options.dryRun) {
    noteReadOnly(log, result);
    return result;
  }
  try {
    await review(options, changed, files, crashed, result, summaryNotes);
  } catch (error) {
    if (error instanceof GitHubError && error.kind === "read-only") refused(options, result, { description: "reading the pull request", message: error.forbidden?.message ?? error.message, ...error.forbidden?.acceptedPermissions === void 0 ? {} : { acceptedPermissions: error.forbidden.acceptedPermissions } });
    else if (error instanceof GitHubError) {
      log.warning(error.message);
      result.githubFailures.push(error.message);
    } else throw error;
  }
  return result;
}
function noteReadOnly(log, result) {
  log.warning(READ_ONLY_NOTE);
  result.notes.push(READ_ONLY_NOTE);
}
function refused(options, result, refusal) {
  const context = { fromFork: options.pullRequest.fromFork, fromDependabot: options.pullRequest.fromDependabot === true };
  const verdict = classifyForbidden(refusal, context, capitalise(refusal.description));
  if (verdict.expected) return noteReadOnly(options.log, result);
  options.log.warning(verdict.explanation);
  result.githubFailures.push(verdict.explanation);
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
async function postmortemsInCheckout(workspace, globs, isPostmortem) {
  const found = await glob([...globs], { cwd: workspace, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
  return found.filter(isPostmortem).sort();
}
function configurationNotes(options, changed) {
  const touched = changedConfigFiles(changed, options.configPath);
  if (touched.length === 0) return [];
  const files = touched.map((path) => `\`${path}\``).join(", ");
  return options.configFrom === "head" ? [`This pull request changes the configuration (${files}), and this run judged it by that changed configuration (config-from: head).`] : [`This pull request changes the configuration (${files}); it was judged by the base branch's configuration (config-from: base), so the change takes effect once it is merged.`];
}
async function review(options, changed, files, crashed, result, notes) {
  const { github, log } = options;
  const [threads, comments] = [await github.listReviewThreads(), await github.listIssueComments()];
  if (threads.viewerLogin === void 0 && !options.dryRun) {
    const note = "GitHub did not say which account this token acts as, so this run does not comment (it could not recognise its earlier comments); every finding is in the annotations and below.";
    log.warning(note);
    result.notes.push(note);
    return;
  }
  const cleanup = planDuplicateCleanup(threads.threads, comments, threads.viewerLogin);
  const planInput = {
    headSha: options.pullRequest.headSha,
    files: plannedFiles(files, new Map(changed.map((file) => [file.path, file])), crashed),
    threads: withoutDeleted(threads.threads, cleanup),
    comments: commentsWithoutDeleted(comments, cleanup),
    selfLogin: threads.viewerLogin,
    notes
  };
  const plan = planReview(planInput);
  if (options.dryRun) {
    const cleanupLines = cleanup.writes.map((write) => `- would ${write.description}`);
    result.notes.push(cleanupLines.length === 0 ? renderPlan(plan) : `${renderPlan(plan)}

${cleanupLines.join("\n")}`);
    return;
  }
  await applyPlan(options, plan, cleanup, (notInline) => planSummary(planInput, notInline), result);
}
function summaryWrite(pullNumber, summary) {
  if (summary.action === "create") {
    return { kind: "create-comment", issue: { number: pullNumber }, body: summary.body, marker: summary.body.trim(), key: "summary-comment", description: "create the summary comment" };
  }
  if (summary.action === "update" && summary.commentId !== void 0) {
    return { kind: "update-comment", commentId: summary.commentId, body: summary.body, key: "summary-comment", description: "update the summary comment" };
  }
  return void 0;
}
async function applyPlan(options, plan, cleanup, replanSummary, result) {
  const { executor, log } = options;
  const done = [];
  await executor.run(cleanup.writes);
  let summary = plan.summary;
  if (plan.review !== void 0) {
    const write = {
      kind: "create-review",
      pullNumber: options.pullRequest.number,
      commitId: options.pullRequest.headSha,
      body: plan.review.body,
      comments: plan.newComments,
      marker: reviewMarker(plan.review.key),
      key: `review-${plan.review.key}`,
      description: `create a review with ${plan.newComments.length} comment(s)`
    };
    const report = await executor.run([write]);
    const refused2 = report.failed.find((failure) => failure.write.key === write.key && failure.kind === "unprocessable");
    if (refused2 !== void 0) {
      log.warning(`GitHub refused the review (${refused2.message}); its findings go to the summary comment instead.`);
      summary = replanSummary([...plan.notInline, ...plan.newComments]);
    } else if (executor.outcomeOf(write.key) !== void 0) done.push(`posted a review with ${plan.newComments.length} comment(s)`);
  }
  const resolve = plan.threadsToResolve.length === 0 ? [] : [{ kind: "resolve-threads", threadIds: plan.threadsToResolve.map((thread) => thread.id), key: "resolve-threads", description: `resolve ${plan.threadsToResolve.length} review thread(s)` }];
  await executor.run(resolve);
  if (resolve.length > 0 && executor.outcomeOf("resolve-threads") !== void 0) done.push(`resolved ${plan.threadsToResolve.length} thread(s) whose finding is fixed`);
  const summaryChange = summaryWrite(options.pullRequest.number, summary);
  if (summaryChange !== void 0) await executor.run([summaryChange]);
  if (summaryChange === void 0) done.push("left the summary comment unchanged");
  else if (executor.outcomeOf(summaryChange.key) !== void 0) done.push(summary.action === "create" ? "created the summary comment" : "updated the summary comment");
  const created = new Set(executor.report().done.map((entry) => entry.write.kind));
  if (created.has("create-review") || created.has("create-comment")) await converge(options, summary, created, cleanup, done);
  recordReport(options, executor.report(), result, refusedReviewKey(executor.report()));
  const line = `On the pull request, this run ${done.length === 0 ? "changed nothing" : done.join("; ")}.`;
  log.info(line);
  result.notes.push(line);
}
async function converge(options, summary, created, before, done) {
  const { github, executor } = options;
  const threads = created.has("create-review") ? await github.listReviewThreads() : void 0;
  const comments = created.has("create-comment") ? await github.listIssueComments() : void 0;
  const selfLogin = threads?.viewerLogin ?? before.selfLogin;
  const cleanup = planDuplicateCleanup(threads?.threads ?? [], comments ?? [], selfLogin);
  if (cleanup.writes.length === 0) return;
  const writes = [...cleanup.writes];
  const kept = cleanup.keptSummary;
  if (kept !== void 0 && kept.body.trim() !== summary.body.trim()) {
    writes.push({ kind: "update-comment", commentId: kept.id, body: summary.body, key: `converge-summary-${kept.id}`, description: "update the summary comment" });
  }
  await executor.run(writes);
  done.push(`removed ${cleanup.writes.length} duplicate(s) left by a run at the same time`);
}
function refusedReviewKey(report) {
  return report.failed.find((failure) => failure.write.kind === "create-review" && failure.kind === "unprocessable")?.write.key;
}
function recordReport(options, report, result, handledKey) {
  if (report.readOnly) refused(options, result, report.refusal ?? { description: "write to the pull request", message: "Resource not accessible by integration" });
  for (const failure of report.failed) if (failure.write.key !== handledKey) result.githubFailures.push(failure.message);
  const budget = report.deferred.filter((entry) => entry.reason.includes("budget"));
  if (budget.length > 0) result.notes.push(`Deferred to the next run (write budget spent): ${budget.map((entry) => entry.write.description).join("; ")}.`);
}

// src/modes/run-pr.ts
async function runPullRequestMode({ inputs, payload, workspace, workspaceConfig, log }) {
  const { ref, info } = readPullRequestEvent(payload, process.env["GITHUB_REPOSITORY"]);
  const octokit = octokitFor(inputs, log);
  const pullRequest = new PullRequestGitHub(octokit, ref);
  const baseSha = info.baseSha;
  let config;
  let configFailure;
  if (inputs.configFrom === "base" && baseSha !== void 0) {
    try {
      config = await loadBaseConfig((paths) => readFilesAtCommit(octokit, ref, baseSha, paths), baseSha, inputs.config);
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      configFailure = `${error.message}; this run used the pull request's own configuration instead, and fails so that is not missed`;
      config = await workspaceConfig();
    }
  } else config = await workspaceConfig();
  return lintPullRequest({
    ...configFailure === void 0 ? {} : { configFailure },
    workspace,
    paths: inputs.paths,
    configFrom: inputs.configFrom,
    ...inputs.config === void 0 ? {} : { configPath: inputs.config },
    config,
    lintFile,
    github: pullRequest,
    executor: writeExecutor(inputs, log, octokit, ref, pullRequest),
    pullRequest: info,
    dryRun: inputs.dryRun,
    log
  });
}
export {
  runPullRequestMode
};
