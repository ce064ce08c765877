import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  debug,
  error,
  info,
  notice,
  readInputs,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-FAX6X57A.js";
import {
  compareSeverity,
  countFindings,
  ruleReference,
  severityLabel
} from "./chunks/chunk-5U2HMAFZ.js";
import {
  eventAction,
  isPushToDefaultBranch
} from "./chunks/chunk-6D5SDPER.js";
import "./chunks/chunk-6T2L6R3R.js";
import "./chunks/chunk-G4TJWH5O.js";
import {
  tableCell
} from "./chunks/chunk-YL46HXTP.js";
import {
  loadConfig
} from "./chunks/chunk-AUC2NV6B.js";
import "./chunks/chunk-AP7ZZIRN.js";
import "./chunks/chunk-POANTLKZ.js";
import "./chunks/chunk-3N6BFG3G.js";
import "./chunks/chunk-XBU6CGRD.js";

// src/main.ts
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

// src/clock.ts
var NOW_VARIABLE = "POSTMORTEM_NOW";
var ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;
var ClockError = class extends Error {
  name = "ClockError";
};
function readNow(env = process.env, realClock = () => /* @__PURE__ */ new Date()) {
  const raw = env[NOW_VARIABLE];
  if (raw === void 0 || raw.trim() === "") return realClock();
  const value = raw.trim();
  const parsed = ISO_8601.test(value) ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : void 0;
  if (parsed === void 0 || Number.isNaN(parsed.getTime()) || !sameCalendarDate(value, parsed)) {
    throw new ClockError(
      `${NOW_VARIABLE} is "${value.slice(0, 64)}", expected an ISO 8601 date or date-time such as 2026-03-01 or 2026-03-01T09:30:00Z (a time needs Z or an offset)`
    );
  }
  return parsed;
}
function sameCalendarDate(value, parsed) {
  const [year, month, day] = value.slice(0, 10).split("-").map(Number);
  if (value.length === 10) return parsed.getUTCFullYear() === year && parsed.getUTCMonth() + 1 === month && parsed.getUTCDate() === day;
  return month !== void 0 && day !== void 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year ?? 0, month);
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// src/modes/pick.ts
var REVIEWED_PR_ACTIONS = ["opened", "synchronize", "reopened", "ready_for_review"];
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request"]);
var SYNC_EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch"]);
function pickMode(mode, eventName, action, pushToDefaultBranch = false) {
  if (mode === "nag") return { kind: "nag" };
  if (mode === "sync") {
    if (SYNC_EVENTS.has(eventName)) return { kind: "sync" };
    return { kind: "unavailable", message: `Mode "sync" runs on push or workflow_dispatch, not on "${eventName}" (it needs the pushed commit).` };
  }
  if (PR_EVENTS.has(eventName)) {
    if (action !== void 0 && !REVIEWED_PR_ACTIONS.includes(action)) {
      if (mode === "auto" && action === "closed") {
        return { kind: "skip", reason: 'A merged pull request is synced by the push it makes to the default branch (run the Action on push), not on pull_request "closed".' };
      }
      return { kind: "skip", reason: `Nothing to lint on pull_request "${action}"; the Action lints on ${REVIEWED_PR_ACTIONS.join(", ")}.` };
    }
    return { kind: "lint-pr" };
  }
  if (mode === "auto" && (eventName === "push" && pushToDefaultBranch || eventName === "workflow_dispatch")) return { kind: "sync" };
  if (mode === "lint" || eventName === "push") return { kind: "lint-workspace" };
  if (eventName === "schedule") return { kind: "nag" };
  return { kind: "skip", reason: `Nothing to do on "${eventName}" in mode "auto"; set mode: lint to lint the files.` };
}

// src/report/annotations.ts
var VISIBLE_PER_LEVEL = 10;
var FINDINGS_PER_LEVEL = VISIBLE_PER_LEVEL - 1;
var LEVEL = { error: "error", warning: "warning", info: "notice" };
function toAnnotation(path, finding) {
  const endLine = Math.max(finding.line, finding.endLine);
  const annotation = {
    level: LEVEL[finding.severity],
    message: finding.message,
    title: `postmortem-lint(${finding.ruleId})`,
    file: path,
    startLine: finding.line,
    endLine
  };
  if (endLine === finding.line) {
    annotation.startColumn = finding.column;
    annotation.endColumn = Math.max(finding.column, finding.endColumn);
  }
  return annotation;
}
function planAnnotations(files, perLevel = FINDINGS_PER_LEVEL) {
  const ordered = files.flatMap((file, fileIndex) => file.findings.map((finding) => ({ path: file.path, finding, fileIndex }))).sort(
    (a, b) => compareSeverity(a.finding.severity, b.finding.severity) || a.fileIndex - b.fileIndex || a.finding.line - b.finding.line || a.finding.column - b.finding.column
  );
  const used = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  let omitted = 0;
  for (const { path, finding } of ordered) {
    const level = LEVEL[finding.severity];
    if (used[level] >= perLevel) {
      omitted += 1;
      continue;
    }
    used[level] += 1;
    annotations.push(toAnnotation(path, finding));
  }
  return { annotations, omitted };
}

// src/report/job-summary.ts
var MAX_JOB_SUMMARY_BYTES = 1024 * 1024;
var RESERVED_FOR_NOTE = 512;
function fileSection(file) {
  const heading = `### ${tableCell(file.path)}`;
  if (file.findings.length === 0) return `${heading}

No findings.
`;
  const rows = [...file.findings].sort((a, b) => a.line - b.line || a.column - b.column || compareSeverity(a.severity, b.severity)).map((f) => `| ${f.line}:${f.column} | ${severityLabel(f.severity)} | ${ruleReference(f)} | ${tableCell(f.message)} |`);
  return [heading, "", "| Line | Severity | Rule | Message |", "| ---: | --- | --- | --- |", ...rows, ""].join("\n");
}
function renderJobSummary(input, maxBytes = MAX_JOB_SUMMARY_BYTES) {
  const counts = countFindings(input.files);
  const head = [
    `## ${input.title}`,
    "",
    `${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes in ${input.files.length} files.`,
    "",
    ...(input.notes ?? []).flatMap((note) => [note, ""]),
    ""
  ].join("\n");
  let out = head;
  let bytes = Buffer.byteLength(out);
  for (const [index, file] of input.files.entries()) {
    const section = fileSection(file) + "\n";
    const size = Buffer.byteLength(section);
    if (bytes + size > maxBytes - RESERVED_FOR_NOTE) {
      const left = input.files.length - index;
      out += `
> [!NOTE]
> The job summary reached GitHub's 1 MiB limit: ${left} more file(s) are not listed. Run \`postmortem lint\` locally to see them.
`;
      return out;
    }
    out += section;
    bytes += size;
  }
  return out;
}

// src/report/verdict.ts
function verdict(files, failOn, githubFailures) {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.severity === "error") errors += 1;
      else if (finding.severity === "warning") warnings += 1;
    }
  }
  const reasons = [];
  if (failOn === "error" && errors > 0) reasons.push(`${errors} error(s) in the post-mortems (fail-on: error)`);
  if (failOn === "warning" && errors + warnings > 0) reasons.push(`${errors} error(s) and ${warnings} warning(s) in the post-mortems (fail-on: warning)`);
  if (githubFailures.length > 0) reasons.push(`${githubFailures.length} GitHub request(s) failed; the next run retries them:
- ${githubFailures.join("\n- ")}`);
  if (reasons.length === 0) return { failed: false, message: `${errors} error(s), ${warnings} warning(s) (fail-on: ${failOn})` };
  return { failed: true, message: reasons.join("; ") };
}

// src/main.ts
var log = { info, warning: (message) => warning(message), debug };
var lintFile = async (...args) => (await import("./chunks/files-W4LJUKTF.js")).lintFile(...args);
function readEventPayload() {
  const path = process.env["GITHUB_EVENT_PATH"];
  if (path === void 0 || path === "") return {};
  return JSON.parse(readFileSync(path, "utf8"));
}
function logVerbatim(text) {
  const token = randomUUID();
  info(`::stop-commands::${token}`);
  info(text);
  info(`::${token}::`);
}
async function runMode(inputs, eventName, payload, now) {
  const choice = pickMode(inputs.mode, eventName, eventAction(payload), isPushToDefaultBranch(payload));
  if (choice.kind === "unavailable") throw new Error(choice.message);
  if (choice.kind === "skip") return choice.reason;
  const workspace = process.env["GITHUB_WORKSPACE"] || process.cwd();
  const workspaceConfig = () => loadConfig({ cwd: workspace, root: workspace, ...inputs.config === void 0 ? {} : { explicitPath: inputs.config } });
  switch (choice.kind) {
    case "lint-workspace": {
      const { lintWorkspace } = await import("./chunks/lint-workspace-ZPKQPCVS.js");
      return lintWorkspace({ workspace, paths: inputs.paths, config: await workspaceConfig(), lintFile, log });
    }
    case "nag": {
      const { runScheduleMode } = await import("./chunks/run-schedule-HGEDWZBP.js");
      return runScheduleMode({ inputs, config: await workspaceConfig(), workspace, now, log });
    }
    case "sync": {
      const { runSyncMode } = await import("./chunks/run-sync-QY3WVKMU.js");
      return runSyncMode({ inputs, payload, config: await workspaceConfig(), workspace, now, log });
    }
    case "lint-pr": {
      const { runPullRequestMode } = await import("./chunks/run-pr-QS4GEM5X.js");
      return runPullRequestMode({ inputs, payload, workspace, workspaceConfig, log });
    }
  }
}
async function report(inputs, result) {
  const { annotations, omitted } = planAnnotations(result.files);
  for (const { level, message, ...properties } of annotations) {
    const emit = level === "error" ? error : level === "warning" ? warning : notice;
    emit(message, properties);
  }
  if (omitted > 0) notice(`${omitted} more finding(s) are not annotated (GitHub shows 10 annotations per level); the job summary lists every finding.`);
  for (const note of result.notes) if (inputs.dryRun) logVerbatim(note);
  const summary2 = renderJobSummary({ title: result.summaryTitle ?? "Post-mortem lint", files: result.files, notes: result.notes });
  try {
    await summary.addRaw(summary2, true).write();
  } catch (error2) {
    debug(`No job summary written: ${error2 instanceof Error ? error2.message : String(error2)}`);
  }
  const counts = countFindings(result.files);
  setOutput("errors", counts.error);
  setOutput("warnings", counts.warning);
  setOutput("files", result.files.length);
  for (const [name, value] of Object.entries(result.outputs ?? {})) setOutput(name, value);
}
async function run() {
  try {
    const inputs = readInputs();
    const now = readNow(process.env);
    const outcome = await runMode(inputs, process.env["GITHUB_EVENT_NAME"] ?? "", readEventPayload(), now);
    if (typeof outcome === "string") {
      info(outcome);
      setOutput("errors", 0);
      setOutput("warnings", 0);
      setOutput("files", 0);
      return;
    }
    await report(inputs, outcome);
    const result = verdict(outcome.files, inputs.failOn, outcome.githubFailures);
    if (result.failed) setFailed(result.message);
    else info(result.message);
  } catch (error2) {
    setFailed(error2 instanceof Error ? error2.message : String(error2));
  }
}

// src/index.ts
run();
