import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  expandPatterns
} from "./chunk-ZN47PCR4.js";
import {
  toReport
} from "./chunk-YXBZVYMP.js";
import {
  LINT_WORKER_ROLE,
  formatters,
  version
} from "./chunk-DSSLXELD.js";
import {
  ExitCode,
  displayPath
} from "./chunk-VVUOMVBW.js";
import "./chunk-YL46HXTP.js";
import {
  findConfig,
  loadConfig
} from "./chunk-AUC2NV6B.js";
import {
  ENGINE_FINDINGS,
  lintFile
} from "./chunk-NVM2UE25.js";
import {
  ruleDocsUrl
} from "./chunk-4R6OAHEB.js";
import "./chunk-5P76JHEA.js";
import "./chunk-AP7ZZIRN.js";
import "./chunk-POANTLKZ.js";
import {
  KNOWN_RULES
} from "./chunk-3N6BFG3G.js";
import "./chunk-76WKF4H2.js";
import "./chunk-XBU6CGRD.js";

// src/cli/lint-command.ts
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";

// src/cli/rule-catalog.ts
var descriptions = {
  "required-sections": "The post-mortem has every required section (Summary, Impact, Root Cause, Timeline, Contributing Factors, Action Items, What Went Well, Lessons Learned).",
  metadata: "The header states Date, Duration, Severity and Authors in the expected form.",
  "timeline-utc": "Timeline times are stated in UTC.",
  "timeline-order": "Timeline entries are in chronological order.",
  "timeline-complete": "The timeline covers the incident window, and each entry has an event and a source.",
  "contributing-factors": "Several contributing factors are listed, not a single root cause.",
  "action-item-id": "Each action item has a unique ID such as AI-1.",
  "action-item-owner": "Each action item has an owner written as @user or @org/team.",
  "action-item-deadline": "Each action item has a real deadline date, not before the incident.",
  "action-item-priority": "Each action item has a priority from the configured scale.",
  "action-item-specific": "Action items name a concrete change, not a vague intention.",
  "blameless-language": "The text describes systems and conditions, not blame on people.",
  "template-placeholders": "No text is left from the template and no section is left empty."
};
var engineDescriptions = {
  "front-matter": "The YAML front matter could not be read.",
  "too-large": "The file is too large to lint.",
  "too-deep": "The document nests too deeply to lint safely.",
  "too-complex": "The document has a shape the Markdown parser would take too long on (thousands of lists, a paragraph packed with marks).",
  empty: "The file is empty.",
  binary: "The file is binary, not Markdown text.",
  encoding: "The file is not valid UTF-8.",
  unreadable: "The file could not be read (permissions, a symbolic link, or a path outside the workspace).",
  comment: "A postmortem-lint comment has an unknown keyword or rule id, or a comment splits a table."
};
function ruleCatalog() {
  const rules = KNOWN_RULES.map((id) => ({ id, description: descriptions[id] ?? id, helpUri: ruleDocsUrl(id) }));
  const engine = ENGINE_FINDINGS.map((id) => ({ id, description: engineDescriptions[id], helpUri: ruleDocsUrl("parse-errors") }));
  return [...rules, ...engine];
}

// src/cli/lint-pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var FILES_PER_THREAD = 50;
var MAX_THREADS = 8;
var IN_FLIGHT_PER_THREAD = 2;
function threadsFor(files, requested, cpus = availableParallelism(), busy = 0) {
  if (requested !== void 0) return Math.max(1, Math.min(requested, files));
  const idleCpus = Math.floor(cpus - busy + 0.5);
  return Math.max(1, Math.min(idleCpus, MAX_THREADS, Math.floor(files / FILES_PER_THREAD)));
}
async function lintAll(jobs, options) {
  const threads = options.workerScript === void 0 ? 1 : await threadCount(jobs.length, options);
  const workers = Array.from({ length: threads - 1 }, () => new LintWorker(options.workerScript));
  const outcomes = new Array(jobs.length);
  let next = 0;
  const lane = async (lint) => {
    while (next < jobs.length) {
      const index = next++;
      outcomes[index] = await lint(jobs[index]);
    }
  };
  const lanes = [localLint, ...workers.map((worker) => (job) => worker.lint(job))].flatMap(
    (lint) => Array.from({ length: IN_FLIGHT_PER_THREAD }, () => lane(lint))
  );
  try {
    await Promise.all(lanes);
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
  return outcomes;
}
async function threadCount(files, options) {
  if (options.threads !== void 0 || files < 2 * FILES_PER_THREAD || options.busyCpus === void 0) {
    return threadsFor(files, options.threads);
  }
  return threadsFor(files, void 0, availableParallelism(), await options.busyCpus());
}
async function localLint(job) {
  try {
    const linted = await lintFile(job.workspace, job.relativePath, job.config);
    return { report: { ...toReport(linted), path: job.path } };
  } catch (error) {
    return crashed(job, error instanceof Error ? error.stack ?? error.message : String(error));
  }
}
function crashed(job, reason) {
  return { report: { path: job.path, findings: [], skipped: true }, crash: `unexpected failure while linting, please report it: ${reason}` };
}
var LintWorker = class {
  worker;
  pending = /* @__PURE__ */ new Map();
  configIds = /* @__PURE__ */ new Map();
  nextTaskId = 0;
  /** Once the worker fails, every file it would have linted is linted on the main thread. */
  broken = false;
  constructor(script) {
    this.worker = new Worker(script, { workerData: { role: LINT_WORKER_ROLE }, stdout: false, stderr: false });
    this.worker.on("message", (reply) => this.settle(reply.taskId, reply));
    this.worker.on("error", () => this.abandon());
    this.worker.on("exit", () => this.abandon());
  }
  async lint(job) {
    if (this.broken) return localLint(job);
    const taskId = this.nextTaskId++;
    const reply = await new Promise((resolve2) => {
      this.pending.set(taskId, resolve2);
      this.worker.postMessage(this.task(taskId, job));
    });
    if (reply === void 0) return localLint(job);
    if ("crash" in reply) return crashed(job, reply.crash);
    return { report: { ...reply.report, path: job.path } };
  }
  async close() {
    this.broken = true;
    await this.worker.terminate();
  }
  task(taskId, job) {
    const known = this.configIds.get(job.config);
    const configId = known ?? this.configIds.size;
    if (known === void 0) this.configIds.set(job.config, configId);
    const base = { taskId, workspace: job.workspace, relativePath: job.relativePath, configId };
    return known === void 0 ? { ...base, config: job.config } : base;
  }
  settle(taskId, reply) {
    const resolve2 = this.pending.get(taskId);
    this.pending.delete(taskId);
    resolve2?.(reply);
  }
  abandon() {
    this.broken = true;
    for (const taskId of [...this.pending.keys()]) this.settle(taskId, void 0);
  }
};

// src/cli/lint-command.ts
var INFORMATION_URI = "https://github.com/postmortem-action/postmortem-action";
async function runLint(commandLine, io) {
  const configFor = configResolver(io.cwd, commandLine.configPath);
  const { files, problems } = await expandPatterns(commandLine.patterns, io.cwd, configFor);
  const jobs = [];
  for (const file of files) {
    jobs.push({ path: displayPath(file, io.cwd), config: await configFor(file), ...workspaceFor(file, io.cwd) });
  }
  const outcomes = await lintAll(jobs, { workerScript: io.workerScript, threads: commandLine.threads, ...io.busyCpus === void 0 ? {} : { busyCpus: io.busyCpus } });
  const linted = outcomes.map((outcome) => outcome.report);
  const reports = [...problems.map(problemReport), ...linted];
  const shown = commandLine.quiet ? reports.map(errorsOnly) : reports;
  io.stdout(formatters[commandLine.format](shown, formatContext(io)));
  if (commandLine.format !== "stylish") for (const problem of problems) io.stderr(`postmortem: ${problem.path}: ${problem.message}`);
  const crashed2 = outcomes.filter((outcome) => outcome.crash !== void 0);
  for (const outcome of crashed2) io.stderr(`postmortem: ${outcome.report.path}: ${outcome.crash}`);
  if (problems.length > 0 || crashed2.length > 0) return ExitCode.failure;
  return linted.some((file) => file.findings.some((finding) => finding.severity === "error")) ? ExitCode.findings : ExitCode.ok;
}
function configResolver(cwd, explicitPath) {
  if (explicitPath !== void 0) {
    const shared = loadConfig({ cwd, explicitPath });
    shared.catch(() => void 0);
    return () => shared;
  }
  const byFolder = /* @__PURE__ */ new Map();
  const byConfigFile = /* @__PURE__ */ new Map();
  return (absolutePath) => {
    const folder = dirname(absolutePath);
    let config = byFolder.get(folder);
    if (config === void 0) {
      const found = findConfig({ cwd, file: absolutePath });
      const key = found ?? "";
      config = byConfigFile.get(key) ?? loadConfig(found === void 0 ? { cwd, file: absolutePath } : { cwd, explicitPath: found });
      byConfigFile.set(key, config);
      byFolder.set(folder, config);
    }
    return config;
  };
}
function workspaceFor(absolutePath, cwd) {
  const fromCwd = relative(cwd, absolutePath);
  if (fromCwd === "" || fromCwd.startsWith("..") || isAbsolute(fromCwd)) {
    return { workspace: dirname(absolutePath), relativePath: basename(absolutePath) };
  }
  return { workspace: resolve(cwd), relativePath: fromCwd };
}
function formatContext(io) {
  return { color: io.color, toolName: "postmortem-lint", toolVersion: version, informationUri: INFORMATION_URI, rules: ruleCatalog() };
}
function problemReport(problem) {
  const finding = { ruleId: "unreadable", severity: "error", message: problem.message, line: 1, column: 1, endLine: 1, endColumn: 1, url: ruleDocsUrl("parse-errors") };
  return { path: problem.path, findings: [finding], skipped: true };
}
function errorsOnly(file) {
  return { ...file, findings: file.findings.filter((finding) => finding.severity === "error") };
}
export {
  runLint,
  workspaceFor
};
