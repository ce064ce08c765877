import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  ExitCode,
  LINT_WORKER_ROLE,
  displayPath,
  formatNames,
  isFormatName,
  version
} from "./chunks/chunk-NH2DHHYK.js";
import {
  ConfigError
} from "./chunks/chunk-ZSLOR7M4.js";

// src/cli.ts
import { loadavg } from "node:os";
import { isMainThread, parentPort, workerData } from "node:worker_threads";

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

// src/cli/args.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var usage = `Usage: postmortem <command> [options]

Commands:
  lint [paths...]        Lint post-mortems. Paths may be files, directories (the Markdown
                         files under them) or globs. Without paths: the files matched by
                         \`include\` in .postmortemrc.yml. Files matched by \`ignore\` are
                         skipped, unless named explicitly.
  new "<title>"          Create postmortems/YYYY-MM-DD-<slug>.md from the template.

Options for lint:
  -f, --format <name>    ${formatNames.join(" | ")} (default: stylish)
  -c, --config <path>    Use this configuration file instead of finding .postmortemrc.yml
  -q, --quiet            Report errors only
      --threads <n>      Lint on n threads (default: from the idle CPUs and the number of files)

Options for new:
      --date YYYY-MM-DD  Incident date (default: today, UTC)
      --dir <folder>     Where to create the file (default: postmortems/ in the folder of
                         .postmortemrc.yml, or of the current folder when there is none)

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
  help: { type: "boolean", short: "h", default: false }
};
function parseCommandLine(argv) {
  const [first, ...rest] = argv;
  if (first === void 0) throw new UsageError("Missing command, expected `lint` or `new`.");
  if (first === "-h" || first === "--help" || first === "help") return { command: "help" };
  if (first === "-v" || first === "--version") return { command: "version" };
  if (first === "lint") return parseLint(rest);
  if (first === "new") return parseNew(rest);
  throw new UsageError(`Unexpected command \`${first}\`, expected \`lint\` or \`new\`.`);
}
function parseLint(args) {
  const { values, positionals } = strictParse(args, lintOptions, "lint");
  if (values.help) return { command: "help" };
  if (!isFormatName(values.format)) {
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of: ${formatNames.join(", ")}.`);
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
    throw new UsageError(`Unexpected --threads \`${text}\`, expected a whole number from 1 to 64.`);
  }
  return threads;
}
function parseNew(args) {
  const { values, positionals } = strictParse(args, newOptions, "new");
  if (values.help) return { command: "help" };
  if (positionals.length !== 1) {
    throw new UsageError(`Expected one title for \`new\` (quote it: postmortem new "Queue backlog"), got ${positionals.length}.`);
  }
  const title = (positionals[0] ?? "").trim();
  if (title === "" || /[\r\n]/.test(title)) {
    throw new UsageError("Unexpected title, expected one non-empty line of text.");
  }
  if (values.date !== void 0 && parseIsoDate(values.date) === void 0) {
    throw new UsageError(`Unexpected --date \`${values.date}\`, expected a real calendar date as YYYY-MM-DD.`);
  }
  if (values.dir !== void 0 && values.dir.trim() === "") throw new UsageError("Unexpected empty --dir, expected a folder path.");
  return {
    command: "new",
    title,
    ...values.dir === void 0 ? {} : { dir: values.dir },
    ...values.date === void 0 ? {} : { date: values.date }
  };
}
function strictParse(args, options, command) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${detail} (see \`postmortem ${command} --help\`)`);
  }
}

// src/cli/new-command.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/cli/builtin-template.ts
var builtinTemplate = '# Post-Mortem: <title> (YYYY-MM-DD)\n\n**Date**: YYYY-MM-DD\n**Duration**: 0h 00min (HH:MM - HH:MM UTC)\n**Severity**: P0 | P1 | P2 | P3 | P4 (one line on why this level)\n**Authors**: @your-handle, @org/team\n**Reviewed**: YYYY-MM-DD (four weeks after the incident: the follow-up review)\n\n<!--\nHow to use this file: `npx postmortem new "Short title"` copies it, fills the title and date,\nand names the file YYYY-MM-DD-short-title.md. Replace every placeholder, delete these comments.\nWrite about systems, not people: what made the failure possible, never who to blame.\nShare the draft within 48 hours of the incident.\n-->\n\n## Summary\n\n<!-- Two to four sentences: what broke, for whom, for how long, and how it was fixed. -->\n\n## Impact\n\n<!-- Who noticed and how much: users affected, requests failed, data delayed or lost, money, SLO budget spent. Numbers beat adjectives. -->\n\n## Root Cause\n\n<!-- The technical mechanism of the failure, in plain words. Keep asking "why?" until you reach the conditions in the system, not a person\'s choice. -->\n\n## Timeline (all times UTC)\n\n<!-- One row per event, in order, in UTC. Start with the first trigger (often before detection) and end when impact ended. Cite where each fact comes from. Actor is a role or system, not a name to blame. -->\n\n| Time | Event | Source | Actor |\n|------|-------|--------|-------|\n| HH:MM | What happened (trigger) | deploy log / alert / dashboard / chat | system or role |\n| HH:MM | Impact started | dashboard link | system |\n| HH:MM | Detected: how we learned about it | alert name | on-call engineer |\n| HH:MM | Mitigation applied | runbook / chat | incident commander |\n| HH:MM | Impact ended | dashboard link | system |\n\n## Contributing Factors\n\n### Immediate Cause\n\n<!-- The change or event that set the failure off. -->\n\n### Contributing Factors\n\n<!-- At least two conditions that let the trigger turn into an incident, or made it worse or longer. -->\n\n1. First condition in the system, process or tooling.\n2. Second condition.\n\n### Systemic Issues\n\n<!-- What in how we build, review, test or operate allowed these conditions to exist. -->\n\n## Action Items\n\n<!-- One row per concrete change. ID: AI-1, AI-2... Owner: @user or @org/team. Deadline: YYYY-MM-DD, after the incident. Priority: High, Medium, Low (or P0-P4). Say exactly what changes, where: "Alert when queue age exceeds 5 minutes on the orders queue", not "Improve monitoring". -->\n\n| ID | Action | Owner | Deadline | Priority |\n|----|--------|-------|----------|----------|\n| AI-1 | A specific change to a named system | @owner | YYYY-MM-DD | High |\n| AI-2 | A specific change to a named system | @org/team | YYYY-MM-DD | Medium |\n\n## What Went Well\n\n<!-- Things that shortened or softened the incident: keep doing them. -->\n\n## Lessons Learned\n\n<!-- What we now know that we did not know before. -->\n\n## Prevention\n\n<!-- How the action items together stop this class of incident, and how we will know they worked. -->\n';

// src/cli/new-command.ts
var DEFAULT_FOLDER = "postmortems";
async function runNew(commandLine, io) {
  const folder = commandLine.dir === void 0 ? await defaultFolder(io.cwd) : resolve(io.cwd, commandLine.dir);
  const date = commandLine.date ?? isoDateOf(io.now);
  const target = join(folder, postmortemFileName(date, commandLine.title));
  const shown = displayPath(target, io.cwd);
  const text = fillTemplate(await readTemplate(folder), commandLine.title, date);
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
async function defaultFolder(cwd) {
  const { findConfig } = await import("./chunks/load-6OVVACBQ.js");
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
        const { runLint } = await import("./chunks/lint-command-SHBZ3AEX.js");
        return await runLint(commandLine, io);
      }
      case "new":
        return await runNew(commandLine, io);
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
  if (error instanceof UsageError) return `postmortem: ${error.message}

${usage}`;
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
var isLintWorker = !isMainThread && workerData?.role === LINT_WORKER_ROLE;
if (isLintWorker && parentPort !== null) {
  const { serveLintTasks } = await import("./chunks/lint-worker-MUKFXGRC.js");
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
    load: loadavg()[0] ?? 0
  });
}
