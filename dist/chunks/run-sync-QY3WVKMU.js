import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  planSync
} from "./chunk-AZ247UVB.js";
import {
  POSTMORTEM_LABEL
} from "./chunk-5FV3W5A3.js";
import {
  IssuesGitHub,
  octokitFor,
  repositoryOf,
  serverUrl,
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
  readPushEvent
} from "./chunk-6D5SDPER.js";
import "./chunk-6T2L6R3R.js";
import "./chunk-G4TJWH5O.js";
import {
  tableCell
} from "./chunk-YL46HXTP.js";
import {
  lintFile
} from "./chunk-NVM2UE25.js";
import "./chunk-4R6OAHEB.js";
import "./chunk-5P76JHEA.js";
import "./chunk-AP7ZZIRN.js";
import {
  truncate
} from "./chunk-POANTLKZ.js";
import "./chunk-3N6BFG3G.js";
import "./chunk-76WKF4H2.js";
import "./chunk-SKHKKAY7.js";
import "./chunk-XBU6CGRD.js";

// src/report/sync-summary.ts
function issueLink(number, url) {
  if (number === void 0) return "\u2014";
  return url === void 0 ? `#${number}` : `[#${number}](${url})`;
}
function cell(text) {
  return tableCell(truncate(text, 120));
}
function table(heading, rows) {
  if (rows.length === 0) return [];
  return [`#### ${heading} (${rows.length})`, "", "| Item | Issue | Title |", "| --- | --- | --- |", ...rows.map((row) => `| ${row.what} | ${row.issue} | ${row.title} |`), ""];
}
function itemName(item) {
  return "itemId" in item ? `${cell(item.postmortemId)} ${cell(item.itemId)}` : `${cell(item.postmortemId)} follow-up (due ${item.due})`;
}
function renderSyncReport(plan, report, issueUrl) {
  const outcome = new Map(report.done.map((entry) => [entry.write.key, entry.outcome]));
  const deferredKeys = new Set(report.deferred.map((entry) => entry.write.key));
  const failedKeys = new Set(report.failed.map((entry) => entry.write.key));
  const created = [];
  const updated = [];
  for (const entry of [...plan.items, ...plan.followUps]) {
    if (entry.writeKey === void 0) continue;
    const done = outcome.get(entry.writeKey);
    if (done === void 0 || deferredKeys.has(entry.writeKey) || failedKeys.has(entry.writeKey)) continue;
    const number = done.number ?? entry.issueNumber;
    const row = { what: itemName(entry), issue: issueLink(number, done.url ?? (number === void 0 ? void 0 : issueUrl?.(number))), title: cell(entry.title) };
    if (entry.outcome === "create") created.push(row);
    else updated.push(row);
  }
  const unchanged = [...plan.items, ...plan.followUps].filter((entry) => entry.outcome === "unchanged").length;
  const lines = [
    "### Action items synced to issues",
    "",
    `${created.length} created, ${updated.length} updated, ${unchanged} unchanged, ${report.deferred.length} write(s) deferred, ${report.failed.length} failed (${report.writesUsed} write request(s)).`,
    "",
    ...table("Created", created),
    ...table("Updated", updated)
  ];
  if (report.deferred.length > 0) {
    lines.push(`#### Deferred to the next run (${report.deferred.length})`, "", ...report.deferred.map((entry) => `- ${cell(entry.write.description)}: ${cell(entry.reason)}`), "");
  }
  if (report.failed.length > 0) {
    lines.push(`#### Failed (${report.failed.length}) \u2014 the next run retries them`, "", ...report.failed.map((entry) => `- ${cell(entry.message)}`), "");
  }
  if (plan.warnings.length > 0) lines.push("#### Warnings", "", ...plan.warnings.map((warning) => `- ${cell(warning)}`), "");
  return lines.join("\n");
}
function renderSyncPlan(plan) {
  const items = plan.items.map(
    (item) => `| ${cell(item.postmortemId)} | ${cell(item.itemId)} | ${item.outcome} | ${issueLink(item.issueNumber, void 0)} | ${cell(item.title)} | ${cell(item.labels.join(", "))} | ${cell(item.assignees.join(", ") || "\u2014")} | ${cell(item.deadline || "\u2014")} |`
  );
  const followUps = plan.followUps.map((followUp) => `| ${cell(followUp.postmortemId)} | ${followUp.outcome} | ${issueLink(followUp.issueNumber, void 0)} | ${cell(followUp.title)} | ${followUp.due} | ${cell(followUp.assignees.join(", ") || "\u2014")} |`);
  return [
    "### Dry run: what a sync would write",
    "",
    `${plan.writes.length} write(s) planned; nothing was written.`,
    "",
    "| Post-mortem | Item | Plan | Issue | Title | Labels | Assignees | Deadline |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...items,
    "",
    "| Post-mortem | Follow-up | Issue | Title | Due | Assignees |",
    "| --- | --- | --- | --- | --- | --- |",
    ...followUps,
    "",
    ...plan.writes.map((write) => `- would ${cell(write.description)}`),
    "",
    ...plan.warnings.length === 0 ? [] : ["#### Warnings", "", ...plan.warnings.map((warning) => `- ${cell(warning)}`), ""]
  ].join("\n");
}
function syncOutput(plan, report) {
  const created = /* @__PURE__ */ new Set();
  const updated = /* @__PURE__ */ new Set();
  if (plan !== void 0 && report !== void 0) {
    const outcome = new Map(report.done.map((entry) => [entry.write.key, entry.outcome]));
    for (const entry of [...plan.items, ...plan.followUps]) {
      const done = entry.writeKey === void 0 ? void 0 : outcome.get(entry.writeKey);
      const number = done?.number ?? entry.issueNumber;
      if (done === void 0 || number === void 0) continue;
      if (entry.outcome === "create") created.add(number);
      else updated.add(number);
    }
  }
  return JSON.stringify({ created: [...created].sort((a, b) => a - b), updated: [...updated].sort((a, b) => a - b) });
}

// src/modes/sync.ts
var SYNCED_STATUSES = /* @__PURE__ */ new Set(["added", "modified", "renamed", "changed", "copied"]);
async function everyPostmortem(options, isPostmortem) {
  const found = await glob([...options.paths], { cwd: options.workspace, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
  return found.filter(isPostmortem).sort();
}
async function selectFiles(options) {
  const isPostmortem = postmortemMatcher(options.paths, options.config.ignore);
  if (options.scope === "all") return { paths: await everyPostmortem(options, isPostmortem), previousPaths: /* @__PURE__ */ new Map(), note: "Scope `all`: every post-mortem was reconciled." };
  if (options.push.before === void 0) {
    return { paths: await everyPostmortem(options, isPostmortem), previousPaths: /* @__PURE__ */ new Map(), note: "The push has no earlier commit to compare with (a new branch, or a run started by hand): every post-mortem was reconciled." };
  }
  const compared = await options.issues.compare(options.push.before, options.push.after);
  if (compared.capped) {
    return { paths: await everyPostmortem(options, isPostmortem), previousPaths: /* @__PURE__ */ new Map(), note: `GitHub lists at most ${compared.files.length} changed files and this push changed more: every post-mortem was reconciled.` };
  }
  const selected = compared.files.filter((file) => SYNCED_STATUSES.has(file.status) && isPostmortem(file.path));
  const previousPaths = /* @__PURE__ */ new Map();
  for (const file of selected) if (file.previousPath !== void 0) previousPaths.set(file.path, [file.previousPath]);
  return { paths: selected.map((file) => file.path).sort(), previousPaths };
}
async function syncPostmortems(options) {
  const { log } = options;
  const selection = await selectFiles(options);
  log.info(`Sync: ${selection.paths.length} post-mortem(s) to reconcile${selection.note === void 0 ? "" : ` (${selection.note})`}`);
  const { files } = await lintAll(options.workspace, selection.paths, options.config, options.lintFile);
  const notes = selection.note === void 0 ? [] : [selection.note];
  const documents = [];
  for (const file of files) {
    if (file.postmortem === void 0 || file.skipped === true) {
      const warning = `${file.path}: not synced, the file could not be read as a post-mortem (see its findings).`;
      log.warning(warning);
      notes.push(warning);
      continue;
    }
    documents.push({ path: file.path, postmortem: file.postmortem, ...selection.previousPaths.has(file.path) ? { previousPaths: selection.previousPaths.get(file.path) } : {} });
  }
  const result = { files, notes, githubFailures: [] };
  if (documents.length === 0) {
    notes.push("No post-mortem to sync in this push.");
    result.outputs = { issues: syncOutput(void 0, void 0) };
    return result;
  }
  const plan = await planWithOwners(options, documents);
  for (const warning of plan.warnings) log.warning(warning);
  if (options.dryRun) {
    notes.push(renderSyncPlan(plan));
    result.outputs = { issues: syncOutput(plan, void 0) };
    return result;
  }
  const report = await options.executor.run(plan.writes);
  const { owner, repo } = options.issues.repository;
  notes.push(renderSyncReport(plan, report, (number) => `${options.serverUrl}/${owner}/${repo}/issues/${number}`));
  result.outputs = { issues: syncOutput(plan, report) };
  if (report.readOnly) result.githubFailures.push("The token cannot write issues here: the sync job needs `permissions: issues: write`.");
  for (const failure of report.failed) result.githubFailures.push(failure.message);
  const budget = report.deferred.filter((entry) => entry.reason.includes("budget"));
  if (budget.length > 0) log.warning(`${budget.length} write(s) deferred to the next run: the write budget (max-writes) is spent.`);
  return result;
}
async function planWithOwners(options, documents) {
  const [existing, labels] = [await options.issues.listIssuesByLabel(POSTMORTEM_LABEL), await options.issues.listLabels()];
  const input = {
    documents,
    existing,
    existingLabels: labels.map((label) => label.name),
    assignable: /* @__PURE__ */ new Map(),
    context: {
      owner: options.issues.repository.owner,
      repo: options.issues.repository.repo,
      serverUrl: options.serverUrl,
      sha: options.push.after,
      headDate: options.headDate,
      followUpDays: options.followUpDays,
      extraLabels: options.labels,
      issueTitle: options.issueTitle,
      priorities: options.config.priorities
    }
  };
  const first = planSync(input);
  if (first.uncheckedLogins.length === 0) return first;
  for (const login of first.uncheckedLogins) input.assignable.set(login.toLowerCase(), await options.issues.canBeAssigned(login));
  return planSync(input);
}

// src/modes/run-sync.ts
function utcDate(timestamp) {
  if (timestamp === void 0) return void 0;
  const time = new Date(timestamp);
  return Number.isNaN(time.getTime()) ? void 0 : time.toISOString().slice(0, 10);
}
async function runSyncMode({ inputs, payload, config, workspace, now, log }) {
  const push = readPushEvent(payload, process.env["GITHUB_SHA"]);
  const repository = repositoryOf();
  const octokit = octokitFor(inputs, log);
  const result = await syncPostmortems({
    workspace,
    paths: inputs.paths,
    config,
    lintFile,
    issues: new IssuesGitHub(octokit, repository),
    executor: writeExecutor(inputs, log, octokit, repository),
    push,
    scope: inputs.scope,
    // The follow-up counts from the head commit (UTC); a run started by hand has none, so from today.
    headDate: utcDate(push.headTimestamp) ?? now.toISOString().slice(0, 10),
    followUpDays: inputs.followUpDays,
    labels: inputs.labels,
    issueTitle: inputs.issueTitle,
    serverUrl: serverUrl(),
    dryRun: inputs.dryRun,
    log
  });
  return { ...result, summaryTitle: "Post-mortem sync" };
}
export {
  runSyncMode
};
