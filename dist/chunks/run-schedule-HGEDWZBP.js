import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  DROPPED_LABEL,
  OVERDUE_LABEL,
  POSTMORTEM_LABEL,
  labelStyle
} from "./chunk-5FV3W5A3.js";
import {
  VIEWER_QUERY,
  sameAuthor
} from "./chunk-3MIZHD25.js";
import {
  IssuesGitHub,
  octokitFor,
  repositoryOf,
  serverUrl,
  toGitHubError,
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
  parsePostmortem
} from "./chunk-JP6Y7AAL.js";
import {
  InputError,
  addDays,
  dateInZone,
  daysBetween,
  isCalendarDate,
  ledgerEdits,
  planNag,
  readNagInputs,
  stateText
} from "./chunk-FAX6X57A.js";
import {
  mermaidText
} from "./chunk-5U2HMAFZ.js";
import {
  markerWith,
  readFollowUpMarker,
  readItemMarker,
  readManagedBlock,
  readMarkerFields
} from "./chunk-6T2L6R3R.js";
import "./chunk-G4TJWH5O.js";
import {
  fencedBlock,
  inlineText,
  tableCell
} from "./chunk-YL46HXTP.js";
import "./chunk-AUC2NV6B.js";
import "./chunk-NFOYBN6E.js";
import "./chunk-IZW7G46A.js";
import {
  guardText,
  readingFile
} from "./chunk-NVM2UE25.js";
import "./chunk-4R6OAHEB.js";
import "./chunk-5P76JHEA.js";
import "./chunk-AP7ZZIRN.js";
import {
  truncate
} from "./chunk-POANTLKZ.js";
import "./chunk-3N6BFG3G.js";
import {
  aliasIndex,
  normalizeLabel
} from "./chunk-76WKF4H2.js";
import "./chunk-SKHKKAY7.js";
import "./chunk-XBU6CGRD.js";

// src/github/viewer.ts
async function readViewerLogin(octokit) {
  try {
    const response = await octokit.graphql(VIEWER_QUERY);
    return response.viewer?.login ?? void 0;
  } catch (error) {
    throw toGitHubError(error, "Reading who the token acts as");
  }
}

// src/plan/nag-documents.ts
var UTC_ZONES = /* @__PURE__ */ new Set(["utc", "z", "gmt", "+00:00", "+0000"]);
function postmortemKey(path, postmortem) {
  const id = postmortem.meta.id?.value.trim();
  if (id !== void 0 && id !== "") return id;
  const name = path.split("/").pop() ?? path;
  return name.replace(/\.[^.]+$/, "");
}
function incidentStart(postmortem) {
  const date = postmortem.meta.date?.value;
  const duration = postmortem.meta.duration?.value;
  if (date === void 0 || duration?.startMinutes === void 0) return void 0;
  if (duration.zone !== void 0 && !UTC_ZONES.has(duration.zone.toLowerCase())) return void 0;
  const hours = String(Math.floor(duration.startMinutes / 60)).padStart(2, "0");
  const minutes = String(duration.startMinutes % 60).padStart(2, "0");
  return `${date}T${hours}:${minutes}:00Z`;
}
function documentPostmortem(path, postmortem, config) {
  const priorities = aliasIndex(config.priorities);
  const items = postmortem.actionItems.map((item) => {
    const id = item.id?.value.trim();
    const priority = item.priority === void 0 ? void 0 : priorities.get(normalizeLabel(item.priority.value));
    const owner = item.owner?.value.trim();
    return {
      ...id === void 0 || id === "" ? {} : { id },
      action: item.action?.value ?? "",
      ...owner === void 0 || owner === "" ? {} : { owner },
      ...item.deadlineDate === void 0 ? {} : { deadline: item.deadlineDate },
      ...item.deadline === void 0 ? {} : { deadlineText: item.deadline.value },
      ...priority === void 0 ? {} : { priority },
      ...item.done ? { done: true } : {},
      line: item.span.start.line
    };
  });
  const start = incidentStart(postmortem);
  const date = postmortem.meta.date?.value;
  return {
    id: postmortemKey(path, postmortem),
    path,
    title: postmortem.meta.title?.value ?? path,
    ...date === void 0 ? {} : { incidentDate: date },
    ...start === void 0 ? {} : { incidentStart: start },
    items
  };
}
var parseText = async (path, input, config) => {
  const text = (input.charCodeAt(0) === 65279 ? input.slice(1) : input).replace(/\r(?!\n)/g, "\n");
  const guard = guardText(text);
  if (guard) return { path, findings: [guard], skipped: true, text };
  return { path, findings: [], postmortem: parsePostmortem(text, config), text };
};

// src/report/digest.ts
var MAX_ISSUE_BODY_CHARS = 65536;
var RESERVED_CHARS = 1e3;
var MAX_CHART_POSTMORTEMS = 20;
var DIGEST_TITLE = "Post-mortem action items: digest";
var DISTRIBUTION_TARGET_HOURS = 48;
var DIGEST_KIND = "digest";
var DIGEST_MARKER_PREFIX = "<!-- postmortem-action:digest ";
function digestMarker(since, at) {
  if (!isCalendarDate(since) || !isCalendarDate(at)) throw new RangeError(`Unexpected digest dates "${since}", "${at}", expected YYYY-MM-DD`);
  return markerWith(DIGEST_KIND, { since, at });
}
function hasDigestMarker(body) {
  return readMarkerFields(DIGEST_KIND, body) !== void 0;
}
function readDigestMarker(body) {
  const fields = readMarkerFields(DIGEST_KIND, body);
  const since = fields?.["since"] ?? "";
  const at = fields?.["at"] ?? "";
  return isCalendarDate(since) && isCalendarDate(at) ? { since, at } : void 0;
}
function digestWindow(previous, today, intervalDays) {
  if (previous === void 0 || daysBetween(previous.at, today) < 0) return addDays(today, -intervalDays);
  return previous.at === today ? previous.since : previous.at;
}
var OPEN_KINDS = /* @__PURE__ */ new Set(["open", "due-soon", "overdue"]);
function isOpen(status) {
  return OPEN_KINDS.has(status.state.kind);
}
function issueRef(status) {
  return status.issue === void 0 ? "" : `#${status.issue.number} `;
}
function itemLine(status, withPostmortem) {
  const id = tableCell(status.itemId ?? "(no ID)");
  const action = status.item === void 0 ? "(removed from the post-mortem)" : inlineText(truncate(status.item.action, 120));
  const deadline = status.item?.deadline ?? (status.item?.deadlineText === void 0 ? "no deadline" : inlineText(truncate(status.item.deadlineText, 40)));
  const where = withPostmortem ? ` (${inlineText(status.postmortem.id)})` : "";
  return `- ${issueRef(status)}**${id}** ${action} \u2014 ${deadline}, ${stateText(status.state)}${where}`;
}
function ownerName(status) {
  const owner = status.item?.owner?.trim();
  return owner === void 0 || owner === "" ? "(no owner)" : owner.replace(/^@/, "").toLowerCase();
}
function byOwner(statuses) {
  const groups = /* @__PURE__ */ new Map();
  for (const status of statuses.filter(isOpen)) {
    const owner = ownerName(status);
    const group = groups.get(owner);
    if (group === void 0) groups.set(owner, [status]);
    else group.push(status);
  }
  const rows = [];
  for (const [owner, items] of [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    rows.push({ text: `
**${inlineText(owner)}** (${items.length})`, items: 0 });
    for (const status of items) rows.push({ text: itemLine(status, true), items: 1 });
  }
  return { heading: "### Open items by owner", rows, empty: "No open action items." };
}
function countsByPostmortem(postmortems, statuses) {
  const counts2 = /* @__PURE__ */ new Map();
  const entry = (postmortem) => {
    let found = counts2.get(postmortem.id);
    if (found === void 0) {
      found = { postmortem, open: 0, overdue: 0, done: 0, dropped: 0, notTracked: 0 };
      counts2.set(postmortem.id, found);
    }
    return found;
  };
  for (const postmortem of postmortems) entry(postmortem);
  for (const status of statuses) {
    const counted = entry(status.postmortem);
    const kind = status.state.kind;
    if (kind === "overdue") counted.overdue += 1;
    if (isOpen(status)) counted.open += 1;
    else if (kind === "done") counted.done += 1;
    else if (kind === "dropped") counted.dropped += 1;
    else counted.notTracked += 1;
  }
  return [...counts2.values()];
}
function byPostmortem(counts2) {
  const rows = [...counts2].sort((a, b) => b.open - a.open || a.postmortem.id.localeCompare(b.postmortem.id)).map((count) => ({
    text: `| ${tableCell(count.postmortem.id)} | ${tableCell(truncate(count.postmortem.title, 80))} | ${count.open} | ${count.overdue} | ${count.done} | ${count.dropped} | ${count.notTracked} |`,
    items: 1
  }));
  return {
    heading: "### By post-mortem",
    intro: "| Post-mortem | Title | Open | Overdue | Done | Dropped | Not tracked |\n| --- | --- | --- | --- | --- | --- | --- |",
    rows,
    empty: "No post-mortems found."
  };
}
function closedOn(status, timeZone) {
  if (status.state.kind !== "done" || status.state.closedAt === void 0) return void 0;
  const instant = new Date(status.state.closedAt);
  return Number.isNaN(instant.getTime()) ? void 0 : dateInZone(instant, timeZone);
}
function sinceLastDigest(input) {
  const inWindow = (date) => date > input.since && date <= input.today;
  const wentOverdue = input.statuses.filter((status) => status.state.kind === "overdue" && status.item?.deadline !== void 0 && inWindow(addDays(status.item.deadline, 1)));
  const closed = input.statuses.filter((status) => {
    const date = closedOn(status, input.timeZone);
    return date !== void 0 && inWindow(date);
  });
  return [
    { heading: `### Went overdue since ${input.since}`, rows: wentOverdue.map((status) => ({ text: itemLine(status, true), items: 1 })), empty: "None." },
    { heading: `### Closed since ${input.since}`, rows: closed.map((status) => ({ text: itemLine(status, true), items: 1 })), empty: "None." }
  ];
}
function notTracked(statuses) {
  const rows = statuses.filter((status) => status.state.kind === "not-tracked").map((status) => ({ text: `${itemLine(status, true)} \u2014 ${inlineText(status.postmortem.path)} line ${status.item?.line ?? "?"}`, items: 1 }));
  return {
    heading: "### Not tracked",
    intro: "Items merge mode has no issue for (no ID, or not merged yet). They are never nagged: give each an ID and merge.",
    rows,
    empty: "None: every action item has an issue."
  };
}
function median(values) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
function incidentStart2(postmortem) {
  const start = postmortem.incidentStart === void 0 ? Number.NaN : Date.parse(postmortem.incidentStart);
  if (!Number.isNaN(start)) return start;
  return postmortem.incidentDate === void 0 ? void 0 : Date.parse(`${postmortem.incidentDate}T00:00:00Z`);
}
function mergedAt(postmortem, statuses, followUps) {
  const created = [
    ...followUps.filter((followUp) => followUp.postmortemId === postmortem.id).map((followUp) => followUp.createdAt),
    ...statuses.filter((status) => status.postmortem.id === postmortem.id && status.issue !== void 0).map((status) => status.issue?.createdAt ?? "")
  ].map((text) => Date.parse(text)).filter((time) => !Number.isNaN(time));
  return created.length === 0 ? void 0 : Math.min(...created);
}
function percent(part, whole) {
  return whole === 0 ? "n/a" : `${Math.round(part / whole * 100)}%`;
}
function figures(input) {
  const tracked = input.statuses.filter((status) => isOpen(status) || status.state.kind === "done");
  const done = tracked.filter((status) => status.state.kind === "done").length;
  const late = input.statuses.flatMap((status) => status.state.kind === "overdue" ? [status.state.daysLate] : []);
  const medianLate = median(late);
  const delays = [];
  for (const postmortem of input.postmortems) {
    const start = incidentStart2(postmortem);
    const merged = mergedAt(postmortem, input.statuses, input.followUps);
    if (start !== void 0 && merged !== void 0) delays.push({ postmortem, hours: Math.max(0, (merged - start) / 36e5) });
  }
  const medianDelay = median(delays.map((delay) => delay.hours));
  const missed = delays.filter((delay) => delay.hours > DISTRIBUTION_TARGET_HOURS).sort((a, b) => b.hours - a.hours);
  const shownMissed = missed.slice(0, 20).map((delay) => `${inlineText(delay.postmortem.id)} (${Math.round(delay.hours)} h)`);
  const missedText = missed.length === 0 ? "none" : `${shownMissed.join(", ")}${missed.length > shownMissed.length ? `, and ${missed.length - shownMissed.length} more` : ""}`;
  return [
    "### Process figures",
    "",
    `- **Action-item closure rate:** ${percent(done, tracked.length)} (${done} of ${tracked.length} tracked items closed; dropped and untracked items not counted)`,
    `- **Median days overdue:** ${medianLate === void 0 ? "n/a (nothing overdue)" : `${medianLate} (${late.length} overdue item(s))`}`,
    `- **Time from incident to merged post-mortem:** ${medianDelay === void 0 ? "n/a" : `median ${Math.round(medianDelay)} h over ${delays.length} post-mortem(s)`}; missed the ${DISTRIBUTION_TARGET_HOURS}-hour target: ${missedText}`
  ].join("\n");
}
function chartLabel(text) {
  return mermaidText(text).replace(/["\\]/g, "'").replace(/\[/g, "(").replace(/\]/g, ")").slice(0, 30);
}
function chart(counts2) {
  const drawn = [...counts2].filter((count) => count.open + count.done > 0).sort((a, b) => b.open - a.open || b.done - a.done || a.postmortem.id.localeCompare(b.postmortem.id));
  if (drawn.length === 0) return "";
  const shown = drawn.slice(0, MAX_CHART_POSTMORTEMS);
  const title = drawn.length > shown.length ? `Open and closed items (${shown.length} of ${drawn.length} post-mortems, most open first)` : "Open and closed items per post-mortem";
  const diagram = [
    "xychart-beta",
    '    title "Action items per post-mortem"',
    `    x-axis [${shown.map((count) => `"${chartLabel(count.postmortem.id)}"`).join(", ")}]`,
    '    y-axis "Action items"',
    `    bar [${shown.map((count) => count.open + count.done).join(", ")}]`,
    `    bar [${shown.map((count) => count.done).join(", ")}]`
  ].join("\n");
  return `### ${title}

Each bar is a post-mortem's tracked items; the darker inner bar is the closed ones, the rest are open.

${fencedBlock("mermaid", diagram)}`;
}
function sectionText(section, rows) {
  const shownItems = rows.reduce((sum, row) => sum + row.items, 0);
  const allItems = section.rows.reduce((sum, row) => sum + row.items, 0);
  const body = section.rows.length === 0 ? section.empty : rows.map((row) => row.text).join("\n");
  const more = allItems > shownItems ? `

\u2026and ${allItems - shownItems} more not shown (GitHub's body limit).` : "";
  if (section.rows.length === 0 || section.intro === void 0) return `${section.heading}

${body}${more}`;
  const joiner = section.intro.startsWith("|") ? "\n" : "\n\n";
  return `${section.heading}

${section.intro}${joiner}${body}${more}`;
}
function fitSections(sections, room) {
  const texts = new Array(sections.length);
  const order = sections.map((section, index) => ({ index, size: sectionText(section, section.rows).length })).sort((a, b) => a.size - b.size);
  let left = room;
  order.forEach(({ index, size }, position) => {
    const section = sections[index];
    const share = Math.floor(left / (order.length - position));
    let text = sectionText(section, section.rows);
    if (size > share) {
      const kept = [];
      let used = sectionText(section, []).length + 80;
      for (const row of section.rows) {
        if (used + row.text.length + 1 > share) break;
        kept.push(row);
        used += row.text.length + 1;
      }
      text = sectionText(section, kept);
    }
    texts[index] = text;
    left -= text.length + 2;
  });
  return texts;
}
function renderDigest(input) {
  const maxChars = (input.maxChars ?? MAX_ISSUE_BODY_CHARS) - RESERVED_CHARS;
  const counts2 = countsByPostmortem(input.postmortems, input.statuses);
  const open = input.statuses.filter(isOpen).length;
  const overdue = input.statuses.filter((status) => status.state.kind === "overdue").length;
  const untracked = input.statuses.filter((status) => status.state.kind === "not-tracked").length;
  const header = [
    `## ${DIGEST_TITLE}`,
    "",
    `As of ${input.today} (${inlineText(input.timeZone)}): **${open}** open action item(s), **${overdue}** overdue, **${untracked}** not tracked, across ${counts2.length} post-mortem(s). This issue is edited in place by every scheduled run.`
  ].join("\n");
  const fixed = [header, figures(input), chart(counts2)].filter((part) => part !== "");
  const lists = [...sinceLastDigest(input), byOwner(input.statuses), byPostmortem(counts2), notTracked(input.statuses)];
  const room = maxChars - fixed.reduce((sum, part) => sum + part.length + 2, 0);
  return [...fixed, ...fitSections(lists, Math.max(0, room))].join("\n\n");
}

// src/report/nag-summary.ts
var MAX_ROWS = 500;
function list(writes) {
  const shown = writes.slice(0, MAX_ROWS).map((write) => `- ${inlineText(write.description)}`);
  const hidden = writes.length - shown.length;
  return [...shown, ...hidden > 0 ? [`- \u2026and ${hidden} more`] : []].join("\n");
}
function counts(plan) {
  const byKind = /* @__PURE__ */ new Map();
  for (const comment of plan.comments) byKind.set(comment.kind, (byKind.get(comment.kind) ?? 0) + 1);
  const parts = [...byKind].map(([kind, count]) => `${count} ${kind}`);
  return parts.length === 0 ? "no reminder due" : parts.join(", ");
}
function renderNagPlan(plan, writes) {
  const lines = [`### Dry run: reminders for ${plan.today}`, "", `Due today: ${counts(plan)}; ${plan.labels.length} label change(s).`, ""];
  lines.push(writes.length === 0 ? "Nothing to write." : `This run would make ${writes.length} write(s):

${list(writes)}`);
  return lines.join("\n");
}
function renderNagOutcome(plan, report) {
  const lines = [`### Reminders for ${plan.today}`, "", `Due today: ${counts(plan)}; ${plan.labels.length} label change(s).`];
  if (report.done.length > 0) lines.push("", `**Written (${report.done.length}):**`, "", list(report.done.map((done) => done.write)));
  if (report.deferred.length > 0) {
    lines.push("", `**Deferred to the next run (${report.deferred.length}):** ${inlineText(report.deferred[0]?.reason ?? "")}`, "", list(report.deferred.map((deferred) => deferred.write)));
  }
  if (report.failed.length > 0) {
    lines.push("", `**Failed (${report.failed.length}), retried by the next run:**`, "", list(report.failed.map((failed) => ({ key: failed.write.key, description: `${failed.write.description}: ${failed.message}` }))));
  }
  if (report.done.length + report.deferred.length + report.failed.length === 0) lines.push("", "Nothing to write: every reminder due today was already posted.");
  if (plan.notes.length > 0) lines.push("", ...plan.notes.map((note) => `- ${inlineText(note)}`));
  const untracked = plan.statuses.filter((status) => status.state.kind === "not-tracked").length;
  if (untracked > 0) lines.push("", `${untracked} action item(s) are not tracked (no ID, or no issue yet) and were not reminded; the digest lists them.`);
  return lines.join("\n");
}

// src/modes/nag.ts
function scheduleRoles(issue) {
  const block = readManagedBlock(issue.body) ?? issue.body;
  const item = readItemMarker(block);
  if (item !== void 0) return { kind: "item", postmortemId: item.postmortemId, itemId: item.itemId };
  const followUp = readFollowUpMarker(block);
  if (followUp !== void 0 && isCalendarDate(followUp.due)) return { kind: "follow-up", postmortemId: followUp.postmortemId, due: followUp.due };
  return hasDigestMarker(issue.body) ? { kind: "digest" } : void 0;
}
function resolveEscalatePriorities(written, config) {
  const scale = Object.keys(config.priorities);
  if (written.length === 0) return scale.slice(0, 2);
  const index = aliasIndex(config.priorities);
  return written.map((level) => {
    const canonical = index.get(normalizeLabel(level));
    if (canonical === void 0) throw new InputError(`Input "escalate-priorities" has "${level.slice(0, 40)}", expected levels of the priority scale: ${scale.join(", ")}`);
    return canonical;
  });
}
async function readDocuments(options) {
  const found = await glob([...options.paths], { cwd: options.workspace, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
  const isPostmortem = postmortemMatcher(options.paths, options.config.ignore);
  const paths = found.filter(isPostmortem).sort();
  const { files } = await lintAll(options.workspace, paths, options.config, options.lintFile);
  const documents = files.flatMap((file) => file.postmortem === void 0 || file.skipped === true ? [] : [documentPostmortem(file.path, file.postmortem, options.config)]);
  return { files: files.filter((file) => file.skipped === true), documents };
}
function classify(issues, options) {
  const classified = { itemIssues: [], followUps: [] };
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const role = options.roleOf(issue);
    if (role === void 0) continue;
    if (role.kind === "item") classified.itemIssues.push({ ...issue, postmortemId: role.postmortemId, itemId: role.itemId });
    else if (role.kind === "follow-up") {
      if (!classified.followUps.some((followUp) => followUp.postmortemId === role.postmortemId)) classified.followUps.push({ ...issue, postmortemId: role.postmortemId, due: role.due });
    } else if (options.isSelf(issue.authorLogin) && (classified.digest === void 0 || issue.number < classified.digest.number)) classified.digest = issue;
  }
  return classified;
}
async function planWithComments(input, reader, log) {
  const first = planNag(input);
  if (first.needComments.length === 0) return first;
  log.info(`Reading the comments of ${first.needComments.length} issue(s) whose reminder record is behind`);
  const comments = /* @__PURE__ */ new Map();
  for (const number of first.needComments) comments.set(number, await reader.listComments(number));
  return planNag({ ...input, comments });
}
async function firstWrites(plan, options) {
  const writes = [];
  const adding = new Set(plan.labels.filter((change) => change.change === "add").map((change) => change.label));
  if (adding.size > 0) {
    const existing = new Set((await options.reader.listLabelNames()).map((name) => name.toLowerCase()));
    for (const name of adding) {
      if (!existing.has(name.toLowerCase())) writes.push({ kind: "create-label", name, ...labelStyle(name), key: `label:create:${name}`, marker: name, description: `create label "${name}"` });
    }
  }
  for (const change of plan.labels) {
    if (change.change === "add") writes.push({ kind: "add-labels", issue: { number: change.issue }, labels: [change.label], key: change.key, description: `add label "${change.label}" to #${change.issue}` });
    else writes.push({ kind: "remove-label", issue: { number: change.issue }, label: change.label, key: change.key, description: `remove label "${change.label}" from #${change.issue}` });
  }
  for (const comment of plan.comments) {
    writes.push({ kind: "create-comment", issue: { number: comment.issue }, body: comment.body, key: comment.key, marker: comment.marker, description: `comment on #${comment.issue} (${comment.kind})` });
  }
  return writes;
}
function ledgerWrites(plan, posted) {
  return ledgerEdits(plan, posted).map((edit) => ({ kind: "update-issue", issue: { number: edit.issue }, body: edit.body, key: edit.key, description: `record the reminders of #${edit.issue} in its body` }));
}
function digestWrite(options, classified, body, marker) {
  const full = `${marker}
${body}`;
  const existing = classified.digest;
  if (existing === void 0) {
    return { kind: "create-issue", title: DIGEST_TITLE, body: full, labels: [options.labels.tracked], assignees: [], key: "digest:create", marker: DIGEST_MARKER_PREFIX, description: "create the digest issue" };
  }
  if (existing.body === full) return void 0;
  return { kind: "update-issue", issue: { number: existing.number }, body: full, key: `digest:${existing.number}`, description: `edit the digest issue #${existing.number}` };
}
async function runNag(options) {
  const { log } = options;
  const today = dateInZone(options.now, options.timeZone);
  const { files, documents } = await readDocuments(options);
  const issues = await options.reader.listIssues();
  const classified = classify(issues, options);
  log.info(`Schedule mode, ${today} (${options.timeZone}): ${documents.length} post-mortem(s), ${classified.itemIssues.length} action-item issue(s), ${classified.followUps.length} follow-up review(s)`);
  const input = {
    today,
    options: options.nag,
    postmortems: documents,
    itemIssues: classified.itemIssues,
    followUps: classified.followUps,
    isSelf: options.isSelf,
    sourceUrl: options.sourceUrl,
    labels: { overdue: options.labels.overdue, dropped: options.labels.dropped }
  };
  const plan = await planWithComments(input, options.reader, log);
  for (const note of plan.notes) log.warning(note);
  let digest;
  let digestPlanned;
  if (options.digest !== "off") {
    const since = digestWindow(classified.digest === void 0 ? void 0 : readDigestMarker(classified.digest.body), today, options.nag.nagIntervalDays);
    digest = renderDigest({ today, since, timeZone: options.timeZone, postmortems: documents, statuses: plan.statuses, followUps: classified.followUps });
    if (options.digest === "issue") digestPlanned = digestWrite(options, classified, digest, digestMarker(since, today));
  }
  const result = { files, notes: [], githubFailures: [], plan, ...digest === void 0 ? {} : { digest } };
  const first = await firstWrites(plan, options);
  if (options.dryRun) {
    const all = [...first, ...ledgerWrites(plan, new Set(plan.comments.map((comment) => comment.key))), ...digestPlanned === void 0 ? [] : [digestPlanned]];
    result.notes.push(renderNagPlan(plan, all));
    return result;
  }
  let report = await options.execute(first);
  const posted = new Set(report.done.map((done) => done.write.key));
  const second = ledgerWrites(plan, posted);
  if (digestPlanned !== void 0) second.push(digestPlanned);
  if (second.length > 0) report = await options.execute(second);
  result.report = report;
  if (report.deferred.length > 0) log.warning(`${report.deferred.length} write(s) deferred to the next run (${report.deferred[0]?.reason ?? "the write budget"}); the job summary lists them.`);
  for (const failure of report.failed) result.githubFailures.push(`Could not ${failure.write.description}: ${failure.message}`);
  result.notes.push(renderNagOutcome(plan, report));
  return result;
}

// src/modes/run-schedule.ts
async function runScheduleMode({ inputs, config, workspace, now, log }) {
  const nag = readNagInputs();
  const repository = repositoryOf();
  const octokit = octokitFor(inputs, log);
  const issues = new IssuesGitHub(octokit, repository);
  const executor = writeExecutor(inputs, log, octokit, repository);
  const selfLogin = await readViewerLogin(octokit);
  const server = serverUrl();
  const commit = process.env["GITHUB_SHA"] || "HEAD";
  const result = await runNag({
    workspace,
    paths: inputs.paths,
    config,
    lintFile: readingFile(parseText),
    log,
    now,
    timeZone: nag.timeZone,
    nag: { remindBeforeDays: nag.remindBeforeDays, nagIntervalDays: nag.nagIntervalDays, escalateAfterDays: nag.escalateAfterDays, escalatePriorities: resolveEscalatePriorities(nag.escalatePriorities, config), escalateTo: nag.escalateTo },
    digest: nag.digest,
    dryRun: inputs.dryRun,
    reader: {
      listIssues: async () => (await issues.listIssuesByLabel(POSTMORTEM_LABEL)).map((issue) => ({ ...issue, commentCount: issue.commentCount ?? 0 })),
      listComments: (number) => issues.listComments(number),
      listLabelNames: async () => (await issues.listLabels()).map((label) => label.name)
    },
    execute: (writes) => executor.run(writes),
    roleOf: scheduleRoles,
    isSelf: (login) => sameAuthor(login, selfLogin),
    sourceUrl: (path, line) => `${server}/${repository.owner}/${repository.repo}/blob/${commit}/${path.split("/").map(encodeURIComponent).join("/")}#L${line}`,
    labels: { tracked: POSTMORTEM_LABEL, overdue: OVERDUE_LABEL, dropped: DROPPED_LABEL }
  });
  if (result.digest !== void 0 && nag.digest === "summary") result.notes.push(result.digest);
  return { ...result, summaryTitle: "Post-mortem reminders" };
}
export {
  runScheduleMode
};
