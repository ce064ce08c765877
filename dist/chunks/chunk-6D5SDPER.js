import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);

// src/modes/event.ts
var EventError = class extends Error {
  name = "EventError";
};
function eventAction(payload) {
  const action = payload?.action;
  return typeof action === "string" ? action : void 0;
}
function text(value, what) {
  if (typeof value !== "string" || value === "") throw new EventError(`The pull_request event has no ${what}`);
  return value;
}
function readPullRequestEvent(payload, repository) {
  const event = payload ?? {};
  const pull = event.pull_request;
  if (pull === void 0) throw new EventError("The pull_request event has no pull_request object");
  if (typeof pull.number !== "number") throw new EventError("The pull_request event has no pull_request.number");
  const baseFullName = typeof pull.base?.repo?.full_name === "string" ? pull.base.repo.full_name : repository;
  const [owner, repo] = text(baseFullName, "base repository (pull_request.base.repo.full_name or GITHUB_REPOSITORY)").split("/");
  if (owner === void 0 || repo === void 0 || owner === "" || repo === "") throw new EventError(`Unexpected repository "${baseFullName}", expected owner/name`);
  const headFullName = pull.head?.repo?.full_name;
  return {
    ref: { owner, repo, number: pull.number },
    info: {
      number: pull.number,
      headSha: text(pull.head?.sha, "pull_request.head.sha"),
      // A deleted fork has no head repository: treat it as a fork too.
      fromFork: typeof headFullName !== "string" || headFullName.toLowerCase() !== String(baseFullName).toLowerCase(),
      // Dependabot's pull requests run with a read-only token by GitHub's design, like a fork's.
      fromDependabot: pull.user?.login === "dependabot[bot]",
      ...typeof pull.base?.sha === "string" && pull.base.sha !== "" ? { baseSha: pull.base.sha } : {},
      ...typeof pull.changed_files === "number" ? { changedFiles: pull.changed_files } : {}
    }
  };
}
var SHA = /^[0-9a-f]{40}$/i;
function readPushEvent(payload, fallbackSha) {
  const event = payload ?? {};
  const ref = typeof event.ref === "string" ? event.ref : void 0;
  const after = typeof event.after === "string" && SHA.test(event.after) ? event.after : fallbackSha;
  if (after === void 0 || !SHA.test(after)) throw new EventError('The event has no commit to sync (push "after" or GITHUB_SHA, 40 hex digits)');
  const before = typeof event.before === "string" && SHA.test(event.before) && !/^0+$/.test(event.before) ? event.before : void 0;
  const timestamp = event.head_commit?.timestamp;
  const defaultBranch = event.repository?.default_branch ?? event.repository?.master_branch;
  return {
    ...before === void 0 ? {} : { before },
    after,
    ...typeof timestamp === "string" ? { headTimestamp: timestamp } : {},
    ...ref?.startsWith("refs/heads/") ? { branch: ref.slice("refs/heads/".length) } : {},
    ...typeof defaultBranch === "string" ? { defaultBranch } : {}
  };
}
function isPushToDefaultBranch(payload) {
  const event = payload ?? {};
  const defaultBranch = event.repository?.default_branch;
  return typeof event.ref === "string" && typeof defaultBranch === "string" && event.ref === `refs/heads/${defaultBranch}`;
}

export {
  eventAction,
  readPullRequestEvent,
  readPushEvent,
  isPushToDefaultBranch
};
