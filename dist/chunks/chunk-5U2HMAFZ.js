import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  SUMMARY_MARKER,
  findingMarker,
  reviewMarker
} from "./chunk-6T2L6R3R.js";
import {
  codeSpan,
  fencedBlock,
  htmlText,
  inlineText,
  mermaidLookalike,
  mermaidText
} from "./chunk-YL46HXTP.js";
import {
  CONFIG_NAMES
} from "./chunk-AUC2NV6B.js";
import {
  ConfigError
} from "./chunk-AP7ZZIRN.js";
import {
  sliceWhole
} from "./chunk-POANTLKZ.js";
import {
  defaultConfig
} from "./chunk-3N6BFG3G.js";

// src/config/base.ts
var CONFIG_FROM_VALUES = ["base", "head"];
var MAX_CONFIG_CHARS = 256 * 1024;
function configCandidates(explicitPath) {
  return explicitPath === void 0 || explicitPath === "" ? [...CONFIG_NAMES] : [explicitPath.replace(/^\.\//, "")];
}
async function loadBaseConfig(read, baseSha, explicitPath) {
  const candidates = configCandidates(explicitPath);
  const texts = await read(candidates);
  for (const [index, candidate] of candidates.entries()) {
    const text = texts[index];
    if (text === void 0) continue;
    const label = `${candidate} (base commit ${baseSha.slice(0, 7)})`;
    if (text.length > MAX_CONFIG_CHARS) throw new ConfigError(`file is larger than ${MAX_CONFIG_CHARS} characters`, void 0, label);
    const { parseConfigText } = await import("./parse-FYRSZQCK.js");
    return parseConfigText(text, label);
  }
  if (explicitPath !== void 0 && explicitPath !== "") throw new ConfigError("configuration file not found at the base commit", void 0, `${explicitPath} (base commit ${baseSha.slice(0, 7)})`);
  return defaultConfig();
}
function changedConfigFiles(changed, explicitPath) {
  const candidates = new Set(configCandidates(explicitPath));
  const touched = /* @__PURE__ */ new Set();
  for (const file of changed) {
    for (const path of [file.path, file.previousPath]) if (path !== void 0 && candidates.has(path)) touched.add(path);
  }
  return [...touched].sort();
}

// src/report/finding-text.ts
var SEVERITY_LABEL = { error: "Error", warning: "Warning", info: "Note" };
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function severityLabel(severity) {
  return SEVERITY_LABEL[severity];
}
function compareSeverity(a, b) {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}
function ruleReference(finding) {
  const rule = codeSpan(finding.ruleId);
  return finding.url !== void 0 && /^https:\/\//.test(finding.url) ? `[${rule}](${finding.url})` : rule;
}
function findingSentence(finding) {
  return `**${severityLabel(finding.severity)}** ${ruleReference(finding)}: ${inlineText(finding.message)}`;
}

// src/report/review-comment.ts
var MAX_COMMENTS_PER_REVIEW = 50;
function suggestedLine(finding, sourceLine) {
  if (finding.suggestion === void 0 || sourceLine === void 0) return void 0;
  if (finding.endLine !== finding.line) return void 0;
  const line = sourceLine.replace(/\r$/, "");
  const start = finding.column - 1;
  const end = finding.endColumn - 1;
  if (start < 0 || end < start || end > line.length) return void 0;
  return line.slice(0, start) + finding.suggestion.replacement + line.slice(end);
}
function renderFindingComment(fingerprint, finding, sourceLine) {
  const parts = [findingMarker(fingerprint), findingSentence(finding)];
  const rewrite = suggestedLine(finding, sourceLine);
  if (rewrite !== void 0) parts.push(fencedBlock("suggestion", rewrite));
  return parts.join("\n\n");
}
function renderReviewBody(commentCount, key) {
  const noun = commentCount === 1 ? "finding" : "findings";
  return `${reviewMarker(key)}
Post-mortem lint: ${commentCount} new ${noun} on lines this pull request changed. The summary comment has the counts per rule and the findings not shown inline.`;
}

// src/report/mermaid.ts
var MAX_DIAGRAM_ENTRIES = 30;
var MAX_LABEL_LENGTH = 80;
function mermaidText2(text) {
  return mermaidText(text, MAX_LABEL_LENGTH);
}
function clock(minutes) {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}${mermaidLookalike(":")}${String(minutes % 60).padStart(2, "0")}`;
}
function diagramEntries(entries) {
  const drawable = [];
  for (const entry of entries) {
    const time = entry.time?.value;
    if (time === void 0) continue;
    const zone = time.zone === void 0 ? "" : ` ${mermaidText2(time.zone)}`;
    const event = mermaidText2(entry.event?.value ?? "") || "(no description)";
    drawable.push({ date: time.date, label: `${clock(time.minutes)}${zone}`, event });
  }
  return drawable;
}
function timelineDiagram(entries, title = "Incident timeline") {
  const drawable = diagramEntries(entries);
  if (drawable.length === 0) return void 0;
  const shown = drawable.slice(0, MAX_DIAGRAM_ENTRIES);
  const hidden = drawable.length - shown.length;
  const lines = ["timeline", `    title ${mermaidText2(title)}${hidden > 0 ? ` (first ${shown.length} of ${drawable.length} entries)` : ""}`];
  let section;
  for (const entry of shown) {
    if (entry.date !== void 0 && entry.date !== section) {
      section = entry.date;
      lines.push(`    section ${mermaidText2(entry.date)}`);
    }
    lines.push(`        ${entry.label} : ${entry.event}`);
  }
  return fencedBlock("mermaid", lines.join("\n"));
}

// src/report/summary-comment.ts
var MAX_SUMMARY_LENGTH = 6e4;
var MAX_LISTED_FINDINGS = 100;
var MAX_DIAGRAMS = 5;
function emptyCounts() {
  return { error: 0, warning: 0, info: 0 };
}
function countFindings(files) {
  const counts = emptyCounts();
  for (const file of files) for (const finding of file.findings) counts[finding.severity] += 1;
  return counts;
}
function plural(count, singular) {
  return `${count} ${singular}${count === 1 ? "" : "s"}`;
}
function headline(input, counts) {
  const commit = codeSpan(input.headSha.slice(0, 7));
  const files = plural(input.files.length, "post-mortem");
  if (counts.error + counts.warning + counts.info === 0) {
    return `\u2705 **All clear**: no findings in ${files} at ${commit}.`;
  }
  const parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
  if (counts.info > 0) parts.push(plural(counts.info, "note"));
  return `${counts.error > 0 ? "\u274C" : "\u26A0\uFE0F"} **${parts.join(", ")}** in ${files} at ${commit}.`;
}
function ruleTable(files) {
  const perRule = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const finding of file.findings) {
      const counts = perRule.get(finding.ruleId) ?? emptyCounts();
      counts[finding.severity] += 1;
      perRule.set(finding.ruleId, counts);
    }
  }
  if (perRule.size === 0) return [];
  const rows = [...perRule.entries()].sort(([a], [b]) => a.localeCompare(b));
  return [
    "| Rule | Errors | Warnings | Notes |",
    "| --- | ---: | ---: | ---: |",
    ...rows.map(([rule, counts]) => `| ${codeSpan(rule)} | ${counts.error} | ${counts.warning} | ${counts.info} |`)
  ];
}
function notInlineList(notInline) {
  if (notInline.length === 0) return [];
  const sorted = [...notInline].sort(
    (a, b) => a.path.localeCompare(b.path) || a.finding.line - b.finding.line || compareSeverity(a.finding.severity, b.finding.severity)
  );
  const listed = sorted.slice(0, MAX_LISTED_FINDINGS);
  const lines = [
    `#### Not shown inline (${notInline.length})`,
    "",
    `On lines this pull request did not change, in a resolved conversation, or beyond the ${MAX_COMMENTS_PER_REVIEW} inline comments one run posts (those follow on the next run):`,
    "",
    ...listed.map(({ path, finding }) => `- ${codeSpan(`${path}:${finding.line}`)} ${findingSentence(finding)}`)
  ];
  if (listed.length < sorted.length) lines.push("", `\u2026and ${sorted.length - listed.length} more: see the job summary of the workflow run.`);
  return lines;
}
function timelines(files) {
  const lines = [];
  let drawn = 0;
  for (const file of files) {
    const entries = file.postmortem?.timeline?.entries;
    if (entries === void 0 || drawn >= MAX_DIAGRAMS) continue;
    const diagram = timelineDiagram(entries);
    if (diagram === void 0) continue;
    drawn += 1;
    lines.push("<details open>", `<summary>Timeline of <code>${htmlText(file.path)}</code></summary>`, "", diagram, "", "</details>", "");
  }
  return lines;
}
function renderSummaryComment(input) {
  const counts = countFindings(input.files);
  const sections = [
    SUMMARY_MARKER,
    "### Post-mortem review",
    "",
    headline(input, counts),
    "",
    ...(input.notes ?? []).flatMap((note2) => [`> [!NOTE]
> ${inlineText(note2)}`, ""]),
    ...ruleTable(input.files),
    "",
    ...notInlineList(input.notInline),
    "",
    ...timelines(input.files)
  ];
  const body = sections.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  if (body.length <= MAX_SUMMARY_LENGTH) return body;
  const note = "\n\n\u2026cut to fit GitHub's comment size limit: the job summary of the workflow run lists every finding.";
  return sliceWhole(body, MAX_SUMMARY_LENGTH - note.length) + note;
}

export {
  CONFIG_FROM_VALUES,
  loadBaseConfig,
  changedConfigFiles,
  severityLabel,
  compareSeverity,
  ruleReference,
  findingSentence,
  mermaidText2 as mermaidText,
  MAX_COMMENTS_PER_REVIEW,
  renderFindingComment,
  renderReviewBody,
  countFindings,
  renderSummaryComment
};
