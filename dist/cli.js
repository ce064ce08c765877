import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  LINT_WORKER_ROLE,
  formatNames,
  isFormatName,
  version
} from "./chunks/chunk-DSSLXELD.js";
import {
  ExitCode,
  displayPath
} from "./chunks/chunk-VVUOMVBW.js";
import {
  ZoneReader,
  ZonelessTimestamp,
  parseZone,
  readIsoTimestamp
} from "./chunks/chunk-K4JW75WR.js";
import "./chunks/chunk-YL46HXTP.js";
import {
  ConfigError
} from "./chunks/chunk-AP7ZZIRN.js";
import "./chunks/chunk-POANTLKZ.js";
import "./chunks/chunk-XBU6CGRD.js";

// src/cli/compile-cache.ts
import * as nodeModule from "node:module";
function enableCompileCache2() {
  const enable = nodeModule.enableCompileCache;
  try {
    enable?.();
  } catch {
  }
}

// src/cli.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";

// src/cli/busy-cpus.ts
import { cpus } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
var SAMPLE_MS = 100;
function snapshot() {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    busy += all - times.idle;
    total += all;
  }
  return { busy, total };
}
async function sampleBusyCpus(sampleMs = SAMPLE_MS) {
  const before = snapshot();
  await sleep(sampleMs);
  const after = snapshot();
  const total = after.total - before.total;
  if (total <= 0) return 0;
  return (after.busy - before.busy) / total * cpus().length;
}

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/new-postmortem.ts
var MAX_SLUG_LENGTH = 60;
var FALLBACK_SLUG = "incident";
function parseIsoDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? text : void 0;
}
function isoDateOf(now) {
  return now.toISOString().slice(0, 10);
}
function slugify(title) {
  const words = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  if (words === "") return FALLBACK_SLUG;
  const slug = words.replace(/ /g, "-");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
}
function postmortemFileName(date, title) {
  return `${date}-${slugify(title)}.md`;
}
function fillTemplate(template, title, date) {
  const lines = template.split("\n");
  const headingIndex = lines.findIndex((line) => /^#\s/.test(line));
  const dateFieldIndex = lines.findIndex((line) => /^\s*\*\*Date\*\*\s*:/i.test(line));
  return lines.map((line, index) => {
    if (index === headingIndex) return fillHeading(line, title, date);
    if (index === dateFieldIndex) return line.replace(/YYYY-MM-DD/, date);
    return line;
  }).join("\n");
}
function fillHeading(line, title, date) {
  const withDate = line.replace(/YYYY-MM-DD/, () => date);
  if (withDate.includes("<title>")) return withDate.replace("<title>", () => title);
  return `# Post-Mortem: ${title} (${date})`;
}
function durationText(startMs, endMs) {
  const minutes = Math.max(0, Math.floor(endMs / 6e4) - Math.floor(startMs / 6e4));
  const clock = (ms) => new Date(ms).toISOString().slice(11, 16);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, "0")}min (${clock(startMs)} - ${clock(endMs)} UTC)`;
}
function fillDuration(text, startMs, endMs) {
  return text.replace(/^(\s*\*\*Duration\*\*\s*:[ \t]*)[^\r\n]*/im, (_, label) => `${label}${durationText(startMs, endMs)}`);
}

// src/cli/args.ts
var UsageError = class extends Error {
  constructor(message, help = "postmortem --help") {
    super(message);
    this.help = help;
  }
  help;
  name = "UsageError";
};
var usage = `Usage: postmortem <command> [options]

Commands:
  lint [paths...]        Lint post-mortems. Paths may be files, directories (the Markdown
                         files under them) or globs. Without paths: the files matched by
                         \`include\` in .postmortemrc.yml. Files matched by \`ignore\` are
                         skipped, unless named explicitly.
  new "<title>"          Create postmortems/YYYY-MM-DD-<slug>.md from the template.
  plan [paths...]        Print, offline, the issues and follow-up review a merge would create.
  timeline [files...]    Draft a UTC timeline table from logs, metrics, alerts, pages and chat
                         exports (formats recognised from the content; see docs/timeline.md).

Options for lint:
  -f, --format <name>    ${formatNames.join(" | ")} (default: stylish)
  -c, --config <path>    Use this configuration file instead of finding .postmortemrc.yml
  -q, --quiet            Report errors only
      --threads <n>      Lint on n threads (default: from the idle CPUs and the number of files)

Options for plan:
      --format <name>    text | json (default: text)
  -c, --config <path>    Use this configuration file
      --follow-up-days <n>  Days to the follow-up review (default: 28)

Options for new:
      --date YYYY-MM-DD  Incident date (default: today, UTC)
      --dir <folder>     Where to create the file (default: postmortems/ in the folder of
                         .postmortemrc.yml, or of the current folder when there is none)
      --timeline-from <file>  Fill the Timeline and Duration from evidence files (repeat the
                         option or separate files with commas); --date defaults to the incident's
      --assume-zone <zone>    As for timeline

Options for timeline:
      --since <time>     Start of the window: ISO 8601 with a zone, or epoch seconds
      --until <time>     End of the window (default: the files' own span)
      --format <name>    markdown | json (default: markdown)
      --into <file>      Merge the rows into this post-mortem's Timeline table (rows kept, new
                         rows inserted in order, nothing already there added twice)
      --assume-zone <zone>  Zone of timestamps that state none: an IANA name (Europe/Berlin),
                         UTC or +02:00; without it such timestamps are an error
      --threshold <x>    Metric change-point threshold, a robust z-score (default: 4)

  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 no errors, 1 errors found, 2 usage, configuration or I/O error.`;
var lintOptions = {
  format: { type: "string", short: "f", default: "stylish" },
  config: { type: "string", short: "c" },
  quiet: { type: "boolean", short: "q", default: false },
  threads: { type: "string" },
  help: { type: "boolean", short: "h", default: false }
};
var newOptions = {
  date: { type: "string" },
  dir: { type: "string" },
  "timeline-from": { type: "string", multiple: true },
  "assume-zone": { type: "string" },
  help: { type: "boolean", short: "h", default: false }
};
var timelineOptions = {
  since: { type: "string" },
  until: { type: "string" },
  format: { type: "string", default: "markdown" },
  into: { type: "string" },
  "assume-zone": { type: "string" },
  threshold: { type: "string" },
  help: { type: "boolean", short: "h", default: false }
};
var planOptions = {
  format: { type: "string", default: "text" },
  config: { type: "string", short: "c" },
  "follow-up-days": { type: "string", default: "28" },
  help: { type: "boolean", short: "h", default: false }
};
function parsePlan(args) {
  const { values, positionals } = strictParse(args, planOptions, "plan");
  if (values.help) return { command: "help" };
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`Unexpected format \`${values.format}\`, expected one of: text, json`, "postmortem plan --help");
  const days = Number(values["follow-up-days"]);
  if (!/^\d+$/.test(values["follow-up-days"]) || days < 1 || days > 366) throw new UsageError(`Unexpected --follow-up-days \`${values["follow-up-days"]}\`, expected a whole number from 1 to 366`, "postmortem plan --help");
  return { command: "plan", patterns: positionals, format: values.format, followUpDays: days, ...values.config === void 0 ? {} : { configPath: values.config } };
}
function parseCommandLine(argv) {
  const [first, ...rest] = argv;
  if (first === void 0) throw new UsageError("Unexpected command line without a command, expected `lint`, `new`, `plan` or `timeline`");
  if (first === "-h" || first === "--help" || first === "help") return { command: "help" };
  if (first === "-v" || first === "--version") return { command: "version" };
  if (first === "lint") return parseLint(rest);
  if (first === "new") return parseNew(rest);
  if (first === "plan") return parsePlan(rest);
  if (first === "timeline") return parseTimeline(rest);
  throw new UsageError(`Unexpected command \`${first}\`, expected \`lint\`, \`new\`, \`plan\` or \`timeline\``);
}
function parseLint(args) {
  const { values, positionals } = strictParse(args, lintOptions, "lint");
  if (values.help) return { command: "help" };
  if (!isFormatName(values.format)) {
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of: ${formatNames.join(", ")}`, "postmortem lint --help");
  }
  return {
    command: "lint",
    patterns: positionals,
    format: values.format,
    quiet: values.quiet,
    ...values.config === void 0 ? {} : { configPath: values.config },
    ...values.threads === void 0 ? {} : { threads: parseThreads(values.threads) }
  };
}
function parseThreads(text) {
  const threads = Number(text);
  if (!/^\d+$/.test(text) || threads < 1 || threads > 64) {
    throw new UsageError(`Unexpected --threads \`${text}\`, expected a whole number from 1 to 64`, "postmortem lint --help");
  }
  return threads;
}
function parseNew(args) {
  const { values, positionals } = strictParse(args, newOptions, "new");
  if (values.help) return { command: "help" };
  if (positionals.length !== 1) {
    throw new UsageError(`Unexpected ${positionals.length} titles for \`new\`, expected one title (quote it: postmortem new "Queue backlog")`, "postmortem new --help");
  }
  const title = (positionals[0] ?? "").trim();
  if (title === "" || /[\r\n]/.test(title)) {
    throw new UsageError("Unexpected title, expected one non-empty line of text", "postmortem new --help");
  }
  if (values.date !== void 0 && parseIsoDate(values.date) === void 0) {
    throw new UsageError(`Unexpected --date \`${values.date}\`, expected a real calendar date as YYYY-MM-DD`, "postmortem new --help");
  }
  if (values.dir !== void 0 && values.dir.trim() === "") throw new UsageError("Unexpected empty --dir, expected a folder path", "postmortem new --help");
  const timelineFrom = (values["timeline-from"] ?? []).flatMap((value) => value.split(",")).map((file) => file.trim()).filter(Boolean);
  if (values["timeline-from"] !== void 0 && timelineFrom.length === 0) throw new UsageError("Unexpected empty --timeline-from, expected evidence files", "postmortem new --help");
  const zone = parseZoneOption(values["assume-zone"]);
  return {
    command: "new",
    title,
    ...values.dir === void 0 ? {} : { dir: values.dir },
    ...values.date === void 0 ? {} : { date: values.date },
    ...timelineFrom.length === 0 ? {} : { timelineFrom },
    ...zone === void 0 ? {} : { zone }
  };
}
function parseTimeline(args) {
  const { values, positionals } = strictParse(args, timelineOptions, "timeline");
  if (values.help) return { command: "help" };
  if (positionals.length === 0) throw new UsageError("Unexpected `timeline` without files, expected evidence files (logs, metrics, alerts, pages, chat exports)", "postmortem timeline --help");
  if (values.format !== "markdown" && values.format !== "json") {
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of: markdown, json`, "postmortem timeline --help");
  }
  const zone = parseZoneOption(values["assume-zone"]);
  const since = values.since === void 0 ? void 0 : parseInstant(values.since, "--since", zone);
  const until = values.until === void 0 ? void 0 : parseInstant(values.until, "--until", zone);
  if (since !== void 0 && until !== void 0 && since > until) throw new UsageError("Unexpected --since after --until, expected an earlier start than end", "postmortem timeline --help");
  let threshold;
  if (values.threshold !== void 0) {
    threshold = Number(values.threshold);
    if (!/^\d+(?:\.\d+)?$/.test(values.threshold) || !(threshold > 0) || threshold > 1e3) {
      throw new UsageError(`Unexpected --threshold \`${values.threshold}\`, expected a positive number such as 4 (a robust z-score)`, "postmortem timeline --help");
    }
  }
  if (values.into !== void 0 && values.into.trim() === "") throw new UsageError("Unexpected empty --into, expected a post-mortem file", "postmortem timeline --help");
  return {
    command: "timeline",
    files: positionals,
    format: values.format,
    ...since === void 0 ? {} : { since },
    ...until === void 0 ? {} : { until },
    ...values.into === void 0 ? {} : { into: values.into },
    ...zone === void 0 ? {} : { zone },
    ...threshold === void 0 ? {} : { threshold }
  };
}
function parseZoneOption(text) {
  if (text === void 0) return void 0;
  const zone = parseZone(text);
  if (zone === void 0) throw new UsageError(`Unexpected --assume-zone \`${text}\`, expected an IANA zone (Europe/Berlin), UTC or an offset (+02:00)`, "postmortem timeline --help");
  return zone;
}
function parseInstant(text, option, zone) {
  const trimmed = text.trim();
  if (/^\d{9,13}(?:\.\d+)?$/.test(trimmed)) return Number(trimmed) >= 1e11 ? Math.floor(Number(trimmed)) : Math.round(Number(trimmed) * 1e3);
  const withSeconds = trimmed.replace(/^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})(?=$|[Zz+-]| )/, "$1:00");
  try {
    const read = readIsoTimestamp(withSeconds, 0, zone === void 0 ? void 0 : new ZoneReader(zone));
    if (read !== void 0 && read.length === withSeconds.length) return read.ms;
  } catch (error) {
    if (error instanceof ZonelessTimestamp) throw new UsageError(`Unexpected ${option} \`${text}\` without a zone, expected one (2025-02-09T10:00Z, +01:00) or --assume-zone`, "postmortem timeline --help");
    throw error;
  }
  throw new UsageError(`Unexpected ${option} \`${text}\`, expected an ISO 8601 time with a zone (2025-02-09T10:00:00Z) or epoch seconds`, "postmortem timeline --help");
}
function strictParse(args, options, command) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error, options, command), `postmortem ${command} --help`);
  }
}
function describeParseError(error, options, command) {
  const code = error.code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  const flag = quoted.match(/--?[\w-]+/g)?.at(-1) ?? quoted;
  const known = Object.keys(options).map((name) => `--${name}`).join(", ");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Unexpected option \`${flag}\` for \`${command}\`, expected one of: ${known}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /argument missing/.test(message)) return `Unexpected \`${flag}\` without a value, expected \`${flag} <value>\``;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `Unexpected value for \`${flag}\`, expected the flag alone`;
  return `Unexpected arguments for \`${command}\` (${message.split(".")[0]}), expected the options of \`postmortem ${command} --help\``;
}

// src/cli/new-command.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/cli/builtin-template.ts
var builtinTemplate = '# Post-Mortem: <title> (YYYY-MM-DD)\n\n**Date**: YYYY-MM-DD\n**Duration**: 0h 00min (HH:MM - HH:MM UTC)\n**Severity**: P0 | P1 | P2 | P3 | P4 (one line on why this level)\n**Authors**: @your-handle, @org/team\n**Reviewed**: YYYY-MM-DD (four weeks after the incident: the follow-up review)\n\n<!--\nHow to use this file: `npx --package=postmortem-action postmortem new "Short title"` copies it,\nfills the title and date, and names the file YYYY-MM-DD-short-title.md. Replace every placeholder, delete these comments.\nWrite about systems, not people: what made the failure possible, never who to blame.\nShare the draft within 48 hours of the incident.\n-->\n\n## Summary\n\n<!-- Two to four sentences: what broke, for whom, for how long, and how it was fixed. -->\n\n## Impact\n\n<!-- Who noticed and how much: users affected, requests failed, data delayed or lost, money, SLO budget spent. Numbers beat adjectives. -->\n\n## Root Cause\n\n<!-- The technical mechanism of the failure, in plain words. Keep asking "why?" until you reach the conditions in the system, not a person\'s choice. -->\n\n## Timeline (all times UTC)\n\n<!-- One row per event, in order, in UTC. Start with the first trigger (often before detection) and end when impact ended. Cite where each fact comes from. Actor is a role or system, not a name to blame. -->\n\n| Time | Event | Source | Actor |\n|------|-------|--------|-------|\n| HH:MM | What happened (trigger) | deploy log / alert / dashboard / chat | system or role |\n| HH:MM | Impact started | dashboard link | system |\n| HH:MM | Detected: how we learned about it | alert name | on-call engineer |\n| HH:MM | Mitigation applied | runbook / chat | incident commander |\n| HH:MM | Impact ended | dashboard link | system |\n\n## Contributing Factors\n\n### Immediate Cause\n\n<!-- The change or event that set the failure off. -->\n\n### Contributing Factors\n\n<!-- At least two conditions that let the trigger turn into an incident, or made it worse or longer. -->\n\n1. First condition in the system, process or tooling.\n2. Second condition.\n\n### Systemic Issues\n\n<!-- What in how we build, review, test or operate allowed these conditions to exist. -->\n\n## Action Items\n\n<!-- One row per concrete change. ID: AI-1, AI-2... Owner: @user or @org/team. Deadline: YYYY-MM-DD, after the incident. Priority: High, Medium, Low (or P0-P4). Say exactly what changes, where: "Alert when queue age exceeds 5 minutes on the orders queue", not "Improve monitoring". -->\n\n| ID | Action | Owner | Deadline | Priority |\n|----|--------|-------|----------|----------|\n| AI-1 | A specific change to a named system | @owner | YYYY-MM-DD | High |\n| AI-2 | A specific change to a named system | @org/team | YYYY-MM-DD | Medium |\n\n## What Went Well\n\n<!-- Things that shortened or softened the incident: keep doing them. -->\n\n## Lessons Learned\n\n<!-- What we now know that we did not know before. -->\n\n## Prevention\n\n<!-- How the action items together stop this class of incident, and how we will know they worked. -->\n';

// src/cli/new-command.ts
var DEFAULT_FOLDER = "postmortems";
async function runNew(commandLine, io) {
  const folder = commandLine.dir === void 0 ? await defaultFolder(io.cwd) : resolve(io.cwd, commandLine.dir);
  const evidence = commandLine.timelineFrom === void 0 ? void 0 : await draftEvidence(commandLine, io);
  if (evidence === "failed") return ExitCode.failure;
  const date = commandLine.date ?? (evidence?.start === void 0 ? void 0 : isoDateOf(new Date(evidence.start))) ?? isoDateOf(io.now);
  const target = join(folder, postmortemFileName(date, commandLine.title));
  const shown = displayPath(target, io.cwd);
  let text = fillTemplate(await readTemplate(folder), commandLine.title, date);
  if (evidence !== void 0) {
    const filled = await withTimeline(text, evidence, io);
    if (filled === void 0) return ExitCode.failure;
    text = filled;
  }
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(target, text, { encoding: "utf8", flag: "wx" });
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST") {
      io.stderr(`postmortem: ${shown} already exists; not overwriting it. Choose another title or --date, or edit that file.`);
    } else {
      io.stderr(`postmortem: cannot write ${shown}: ${error.message}`);
    }
    return ExitCode.failure;
  }
  io.stdout(`Created ${shown}
`);
  return ExitCode.ok;
}
async function draftEvidence(commandLine, io) {
  const { draftFromFiles, describeProblem } = await import("./chunks/timeline-command-DYBAVJFE.js");
  const { timeline, problems } = await draftFromFiles({ files: commandLine.timelineFrom ?? [], options: {}, zone: commandLine.zone }, io.cwd);
  for (const problem of problems) io.stderr(describeProblem(problem));
  if (problems.some((problem) => problem.fatal)) {
    io.stderr("postmortem: no post-mortem written: fix or leave out the files above and run again.");
    return "failed";
  }
  const rows = timeline.rows;
  const start = rows[0]?.at ?? timeline.window?.start;
  const end = rows.at(-1)?.at ?? timeline.window?.end;
  return { rows, ...start === void 0 ? {} : { start }, ...end === void 0 ? {} : { end } };
}
async function withTimeline(text, evidence, io) {
  const { mergeTimeline } = await import("./chunks/merge-3LJILVK3.js");
  const { defaultConfig } = await import("./chunks/defaults-LQHICRKL.js");
  const merged = mergeTimeline(text, evidence.rows, defaultConfig(), { dropPlaceholders: true });
  if (!merged.ok) {
    io.stderr(`postmortem: the template ${merged.message}`);
    return void 0;
  }
  return evidence.start === void 0 || evidence.end === void 0 ? merged.text : fillDuration(merged.text, evidence.start, evidence.end);
}
async function defaultFolder(cwd) {
  const { findConfig } = await import("./chunks/load-UKSABRQL.js");
  const configFile = findConfig({ cwd });
  return join(configFile === void 0 ? cwd : dirname(configFile), DEFAULT_FOLDER);
}
async function readTemplate(folder) {
  try {
    return await readFile(join(folder, "TEMPLATE.md"), "utf8");
  } catch {
    return builtinTemplate;
  }
}

// src/cli/main.ts
async function main(argv, io) {
  try {
    const commandLine = parseCommandLine(argv);
    switch (commandLine.command) {
      case "help":
        io.stdout(`${usage}
`);
        return ExitCode.ok;
      case "version":
        io.stdout(`${version}
`);
        return ExitCode.ok;
      case "lint": {
        const { runLint } = await import("./chunks/lint-command-WZMRLF7R.js");
        return await runLint(commandLine, io);
      }
      case "new":
        return await runNew(commandLine, io);
      case "plan": {
        const { runPlan } = await import("./chunks/plan-command-TNIQNF3I.js");
        return await runPlan(commandLine, io);
      }
      case "timeline": {
        const { runTimeline } = await import("./chunks/timeline-command-DYBAVJFE.js");
        return await runTimeline(commandLine, io);
      }
    }
  } catch (error) {
    io.stderr(describeFailure(error));
    return ExitCode.failure;
  }
}
function describeConfigError(error) {
  const prefix = error.path === void 0 ? "" : `${error.path}: `;
  const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  const key = error.key === void 0 || reason.startsWith(error.key) ? "" : `${error.key}: `;
  return `${prefix}${key}${reason}`;
}
function describeFailure(error) {
  if (error instanceof UsageError) return `postmortem: ${error.message} (see \`${error.help}\`)`;
  if (error instanceof ConfigError) return `postmortem: invalid configuration: ${describeConfigError(error)}`;
  const reason = error instanceof Error ? error.stack ?? error.message : String(error);
  return `postmortem: unexpected failure, please report it: ${reason}`;
}

// src/cli/io.ts
function wantsColor(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY;
}

// src/cli.ts
enableCompileCache2();
var isLintWorker = !isMainThread && workerData?.role === LINT_WORKER_ROLE;
if (isLintWorker && parentPort !== null) {
  const { serveLintTasks } = await import("./chunks/lint-worker-YOHALU4Q.js");
  serveLintTasks(parentPort);
} else {
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    now: /* @__PURE__ */ new Date(),
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => process.stderr.write(`${line}
`),
    color: wantsColor(process.env, process.stdout.isTTY === true),
    workerScript: new URL(import.meta.url),
    busyCpus: sampleBusyCpus
  });
}
