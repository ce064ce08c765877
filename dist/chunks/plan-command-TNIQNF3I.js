import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  expandPatterns
} from "./chunk-ZN47PCR4.js";
import {
  planSync,
  postmortemId
} from "./chunk-AZ247UVB.js";
import "./chunk-5FV3W5A3.js";
import "./chunk-T3DKHINJ.js";
import "./chunk-6T2L6R3R.js";
import "./chunk-G4TJWH5O.js";
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
  lintFile
} from "./chunk-NVM2UE25.js";
import "./chunk-4R6OAHEB.js";
import "./chunk-5P76JHEA.js";
import "./chunk-AP7ZZIRN.js";
import "./chunk-POANTLKZ.js";
import "./chunk-3N6BFG3G.js";
import "./chunk-76WKF4H2.js";
import "./chunk-XBU6CGRD.js";

// src/cli/plan-command.ts
var DEFAULT_ISSUE_TITLE = "[{id}] {action}";
async function runPlan(commandLine, io) {
  const configs = /* @__PURE__ */ new Map();
  const configFor = (absolutePath) => {
    const found = commandLine.configPath ?? findConfig({ cwd: io.cwd, file: absolutePath });
    const key = found ?? "";
    let config = configs.get(key);
    if (config === void 0) {
      config = loadConfig(found === void 0 ? { cwd: io.cwd, file: absolutePath } : { cwd: io.cwd, explicitPath: found });
      configs.set(key, config);
    }
    return config;
  };
  const { files, problems } = await expandPatterns(commandLine.patterns, io.cwd, configFor);
  const documents = [];
  let priorities;
  for (const file of files) {
    const config = await configFor(file);
    priorities ??= config.priorities;
    const path = displayPath(file, io.cwd);
    const linted = await lintFile(io.cwd, path, config);
    if (linted.postmortem === void 0 || linted.skipped === true) problems.push({ path, message: `Unexpected unreadable post-mortem, expected one the linter can read (run \`postmortem lint ${path}\`)` });
    else documents.push({ path, postmortem: linted.postmortem });
  }
  const input = {
    documents,
    existing: [],
    existingLabels: [],
    assignable: /* @__PURE__ */ new Map(),
    context: {
      owner: "OWNER",
      repo: "REPO",
      serverUrl: "https://github.com",
      sha: "HEAD",
      headDate: io.now.toISOString().slice(0, 10),
      followUpDays: commandLine.followUpDays,
      extraLabels: [],
      issueTitle: DEFAULT_ISSUE_TITLE,
      priorities: priorities ?? {}
    }
  };
  for (const login of planSync(input).uncheckedLogins) input.assignable.set(login.toLowerCase(), true);
  const plan = planSync(input);
  const byPostmortem = documents.map((document) => {
    const id = postmortemId(document.path, document.postmortem);
    const followUp = plan.followUps.find((entry) => entry.postmortemId === id);
    return {
      path: document.path,
      id,
      issues: plan.items.filter((item) => item.postmortemId === id).map((item) => ({ itemId: item.itemId, line: item.line, title: item.title, labels: item.labels, assignees: item.assignees, deadline: item.deadline })),
      followUp: followUp === void 0 ? void 0 : { title: followUp.title, due: followUp.due, assignees: followUp.assignees, labels: ["post-mortem", "post-mortem: review"] }
    };
  });
  if (commandLine.format === "json") io.stdout(`${JSON.stringify({ postmortems: byPostmortem, warnings: plan.warnings }, null, 2)}
`);
  else io.stdout(renderText(byPostmortem, plan.warnings, commandLine.followUpDays));
  for (const problem of problems) io.stderr(`postmortem: ${problem.path}: ${problem.message}`);
  return problems.length > 0 ? ExitCode.failure : ExitCode.ok;
}
function renderText(planned, warnings, followUpDays) {
  const lines = [];
  for (const entry of planned) {
    lines.push(`${entry.path} (id ${entry.id}): ${entry.issues.length} issue(s) + 1 follow-up review`);
    for (const issue of entry.issues) {
      lines.push(`  ${issue.title}`);
      lines.push(`    line ${issue.line} \xB7 labels: ${issue.labels.join(", ")} \xB7 assignees: ${issue.assignees.map((login) => `@${login}`).join(", ") || "none"} \xB7 deadline: ${issue.deadline || "none"}`);
    }
    if (entry.followUp !== void 0) {
      lines.push(`  ${entry.followUp.title}`);
      lines.push(`    due ${entry.followUp.due} (${followUpDays} days from today) \xB7 labels: ${entry.followUp.labels.join(", ")} \xB7 assignees: ${entry.followUp.assignees.map((login) => `@${login}`).join(", ") || "none"}`);
    }
    lines.push("");
  }
  if (planned.length === 0) lines.push("No post-mortems found.", "");
  for (const warning of warnings) lines.push(`warning: ${warning}`);
  lines.push("Owners are not checked offline: in the Action, a login GitHub cannot assign is named in the issue instead.");
  return `${lines.join("\n")}
`;
}
export {
  runPlan
};
