import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  glob,
  isDynamicPattern,
  require_picomatch
} from "./chunk-2KLQZR3L.js";
import {
  ExitCode,
  LINT_WORKER_ROLE,
  displayPath,
  formatters,
  toPosix,
  version
} from "./chunk-NH2DHHYK.js";
import {
  findConfig,
  loadConfig
} from "./chunk-KIZHUND3.js";
import {
  toReport
} from "./chunk-53DRLV4F.js";
import {
  lintFile
} from "./chunk-53JWTDZD.js";
import {
  ENGINE_FINDINGS
} from "./chunk-JRY6FC42.js";
import {
  KNOWN_RULES,
  ruleDocsUrl
} from "./chunk-ZFX5STGA.js";
import {
  __toESM
} from "./chunk-ZSLOR7M4.js";

// src/cli/lint-command.ts
import { basename, dirname as dirname2, isAbsolute, relative as relative2, resolve as resolve2 } from "node:path";

// src/cli/expand.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { stat } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
var MARKDOWN_UNDER_DIRECTORY = ["**/*.md", "**/*.markdown"];
var NEVER_WALKED = ["**/node_modules/**", "**/.git/**"];
async function expandPatterns(patterns, cwd, configFor) {
  const files = /* @__PURE__ */ new Set();
  const problems = [];
  if (patterns.length === 0) {
    const found = await filesFromInclude(cwd, configFor);
    if (found.length === 0) problems.push("No post-mortems found: nothing under the current folder matches `include` in the configuration.");
    found.forEach((file) => files.add(file));
  }
  for (const pattern of patterns) {
    const found = await expandOne(pattern, cwd, configFor);
    if (typeof found === "string") problems.push(found);
    else found.forEach((file) => files.add(file));
  }
  return { files: [...files].sort(), problems };
}
async function expandOne(pattern, cwd, configFor) {
  const absolute = resolve(cwd, pattern);
  const kind = await pathKind(absolute);
  if (kind === "file") return [absolute];
  if (kind === "directory") {
    const found = await keepNotIgnored(await globFrom(absolute, MARKDOWN_UNDER_DIRECTORY), cwd, configFor);
    return found.length > 0 ? found : `No Markdown files to lint in directory \`${pattern}\`.`;
  }
  if (isDynamicPattern(pattern)) {
    const found = await keepNotIgnored(await globFrom(cwd, [pattern]), cwd, configFor);
    return found.length > 0 ? found : `No files match \`${pattern}\`.`;
  }
  return `No such file or directory: \`${pattern}\`.`;
}
async function filesFromInclude(cwd, configFor) {
  const config = await configFor(resolve(cwd, "postmortem.md"));
  const base = configBase(config, cwd);
  return keepNotIgnored(await globFrom(base, config.include), cwd, configFor);
}
async function globFrom(directory, patterns) {
  return glob([...patterns], {
    cwd: directory,
    absolute: true,
    dot: false,
    followSymbolicLinks: false,
    ignore: NEVER_WALKED,
    expandDirectories: false
  });
}
async function keepNotIgnored(files, cwd, configFor) {
  const kept = [];
  for (const file of files) {
    const config = await configFor(file);
    if (!isIgnored(file, config, cwd)) kept.push(resolve(file));
  }
  return kept;
}
var matcherCache = /* @__PURE__ */ new WeakMap();
function isIgnored(absolutePath, config, cwd) {
  if (config.ignore.length === 0) return false;
  let matcher = matcherCache.get(config);
  if (matcher === void 0) {
    matcher = (0, import_picomatch.default)(config.ignore, { dot: true });
    matcherCache.set(config, matcher);
  }
  return matcher(toPosix(relative(configBase(config, cwd), absolutePath)));
}
function configBase(config, cwd) {
  return config.source === void 0 ? cwd : dirname(resolve(cwd, config.source));
}
async function pathKind(path) {
  try {
    const info = await stat(path);
    return info.isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}

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
  "blameless-language": "The text describes systems and conditions, not blame on people."
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
  comment: "A postmortem-lint comment has an unknown keyword or rule id."
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
function threadsFor(files, requested, cpus = availableParallelism(), load = 0) {
  if (requested !== void 0) return Math.max(1, Math.min(requested, files));
  const idleCpus = Math.floor(cpus - load + 0.5);
  return Math.max(1, Math.min(idleCpus, MAX_THREADS, Math.floor(files / FILES_PER_THREAD)));
}
async function lintAll(jobs, options) {
  const threads = options.workerScript === void 0 ? 1 : threadsFor(jobs.length, options.threads, availableParallelism(), options.load);
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
    const reply = await new Promise((resolve3) => {
      this.pending.set(taskId, resolve3);
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
    const resolve3 = this.pending.get(taskId);
    this.pending.delete(taskId);
    resolve3?.(reply);
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
  const outcomes = await lintAll(jobs, { workerScript: io.workerScript, threads: commandLine.threads, load: io.load });
  const linted = outcomes.map((outcome) => outcome.report);
  const shown = commandLine.quiet ? linted.map(errorsOnly) : linted;
  io.stdout(formatters[commandLine.format](shown, formatContext(io)));
  for (const problem of problems) io.stderr(`postmortem: ${problem}`);
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
    const folder = dirname2(absolutePath);
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
  const fromCwd = relative2(cwd, absolutePath);
  if (fromCwd === "" || fromCwd.startsWith("..") || isAbsolute(fromCwd)) {
    return { workspace: dirname2(absolutePath), relativePath: basename(absolutePath) };
  }
  return { workspace: resolve2(cwd), relativePath: fromCwd };
}
function formatContext(io) {
  return { color: io.color, toolName: "postmortem-lint", toolVersion: version, informationUri: INFORMATION_URI, rules: ruleCatalog() };
}
function errorsOnly(file) {
  return { ...file, findings: file.findings.filter((finding) => finding.severity === "error") };
}
export {
  runLint,
  workspaceFor
};
