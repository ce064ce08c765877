import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  commandData,
  commandProperty,
  runnerPath,
  runnerText
} from "./chunk-YL46HXTP.js";

// src/cli/formatters/counts.ts
function countSeverities(files) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const file of files) {
    for (const finding of file.findings) counts[finding.severity] += 1;
  }
  return counts;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

// src/cli/formatters/github.ts
var commandBySeverity = {
  error: "error",
  warning: "warning",
  info: "notice"
};
var formatGithub = (files) => {
  const lines = [];
  for (const file of files) {
    for (const finding of file.findings) {
      const properties = {
        file: file.path,
        line: String(finding.line),
        col: String(finding.column),
        endLine: String(finding.endLine),
        endColumn: String(finding.endColumn),
        title: finding.ruleId
      };
      lines.push(workflowCommand(commandBySeverity[finding.severity], properties, finding.message));
    }
  }
  const counts = countSeverities(files);
  lines.push(`${plural(files.length, "file")} linted: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}.`);
  return `${lines.join("\n")}
`;
};
function workflowCommand(name, properties, message) {
  const props = Object.entries(properties).filter(([, value]) => value !== "").map(([key, value]) => `${key}=${commandProperty(value)}`).join(",");
  return `::${name}${props === "" ? "" : ` ${props}`}::${commandData(message)}`;
}

// src/cli/formatters/json.ts
var formatJson = (files) => {
  const report = files.map((file) => ({
    path: file.path,
    messages: file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      message: finding.message,
      url: finding.url
    }))
  }));
  return `${JSON.stringify(report, null, 2)}
`;
};

// src/cli/formatters/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var levelBySeverity = {
  error: "error",
  warning: "warning",
  info: "note"
};
var formatSarif = (files, context) => {
  const rules = ruleTable(files, context.rules);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = files.flatMap((file) => {
    const fingerprints = fingerprintsFor(file.path, file.findings);
    return file.findings.map(
      (finding, index) => sarifResult(file.path, finding, ruleIndex.get(finding.ruleId) ?? -1, fingerprints[index] ?? "")
    );
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: context.toolName,
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: context.informationUri,
            rules: rules.map(sarifRule)
          }
        },
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function ruleTable(files, known) {
  const byId = new Map(known.map((rule) => [rule.id, rule]));
  for (const file of files) {
    for (const finding of file.findings) {
      const existing = byId.get(finding.ruleId);
      if (existing === void 0) {
        byId.set(finding.ruleId, { id: finding.ruleId, description: finding.ruleId, helpUri: finding.url });
      } else if (existing.helpUri === void 0 && finding.url !== void 0) {
        byId.set(finding.ruleId, { ...existing, helpUri: finding.url });
      }
    }
  }
  return [...byId.values()];
}
function sarifRule(rule) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    ...rule.helpUri === void 0 ? {} : { helpUri: rule.helpUri }
  };
}
function sarifResult(path, finding, ruleIndex, findingFingerprint) {
  return {
    ruleId: finding.ruleId,
    ...ruleIndex >= 0 ? { ruleIndex } : {},
    level: levelBySeverity[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toSarifUri(path) },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn
          }
        }
      }
    ],
    partialFingerprints: { "postmortemFinding/v1": findingFingerprint }
  };
}
function toSarifUri(path) {
  const posix = path.replace(/\\/g, "/").replace(/^\.\//, "");
  const drive = /^[A-Za-z]:\//.exec(posix)?.[0] ?? "";
  const encoded = posix.slice(drive.length).split("/").map((segment) => encodeURIComponent(segment)).join("/");
  if (drive !== "") return `file:///${drive}${encoded}`;
  return posix.startsWith("/") ? `file://${encoded}` : encoded;
}
function fingerprintsFor(path, findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const key = `${path}\0${finding.ruleId}\0${finding.actual ?? finding.message}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return createHash("sha256").update(`${key}\0${occurrence}`).digest("hex").slice(0, 32);
  });
}

// src/cli/formatters/stylish.ts
var ansi = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  underline: [4, 24]
};
var MAX_ALIGNED_MESSAGE = 72;
var styleBySeverity = { error: "red", warning: "yellow", info: "blue" };
var formatStylish = (files, context) => {
  const paint = (style, text) => context.color ? `\x1B[${ansi[style][0]}m${text}\x1B[${ansi[style][1]}m` : text;
  const blocks = files.filter((file) => file.findings.length > 0).map((file) => fileBlock(file, paint));
  return [...blocks, totalsLine(files, paint)].join("\n\n") + "\n";
};
function fileBlock(file, paint) {
  const heading = paint("underline", runnerPath(file.path)) + (file.skipped === true ? paint("dim", " (skipped)") : "");
  const rows = [...file.findings].sort(byPosition).map((finding) => ({
    position: `${finding.line}:${finding.column}`,
    severity: finding.severity,
    message: runnerText(finding.message),
    ruleId: finding.ruleId
  }));
  const positionWidth = Math.max(...rows.map((row) => row.position.length));
  const severityWidth = Math.max(...rows.map((row) => row.severity.length));
  const messageWidth = Math.max(...rows.map((row) => row.message.length).filter((length) => length <= MAX_ALIGNED_MESSAGE), 0);
  const lines = rows.map(
    (row) => `  ${paint("dim", row.position.padStart(positionWidth))}  ${paint(styleBySeverity[row.severity], row.severity.padEnd(severityWidth))}  ${row.message.padEnd(messageWidth)}  ${paint("dim", row.ruleId)}`
  );
  return [heading, ...lines].join("\n");
}
function totalsLine(files, paint) {
  const counts = countSeverities(files);
  const problems = counts.error + counts.warning + counts.info;
  const skipped = files.filter((file) => file.skipped === true).length;
  const scope = `${plural(files.length, "file")} checked` + (skipped > 0 ? `, ${skipped} skipped` : "");
  if (problems === 0) return paint("green", `\u2714 ${scope}, no problems`);
  const breakdown = `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}`;
  const summary = `${counts.error > 0 ? "\u2716" : "\u26A0"} ${plural(problems, "problem")} (${breakdown}) in ${scope}`;
  return paint("bold", paint(counts.error > 0 ? "red" : "yellow", summary));
}
function byPosition(a, b) {
  return a.line - b.line || a.column - b.column;
}

// src/cli/formatters/index.ts
var formatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub
};
var formatNames = Object.keys(formatters);
function isFormatName(name) {
  return Object.hasOwn(formatters, name);
}

// src/cli/version.ts
var version = true ? "0.1.0" : readVersionFromSource();

// src/cli/worker-role.ts
var LINT_WORKER_ROLE = "postmortem-lint-worker";

export {
  formatters,
  formatNames,
  isFormatName,
  version,
  LINT_WORKER_ROLE
};
