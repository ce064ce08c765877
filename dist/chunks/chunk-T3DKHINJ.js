import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  inlineText,
  neutraliseMentions,
  tableCell
} from "./chunk-YL46HXTP.js";
import {
  sliceWhole,
  truncate
} from "./chunk-POANTLKZ.js";

// src/plan/issue-body.ts
var MAX_TITLE_LENGTH = 256;
var MAX_ACTION_IN_BODY = 2e4;
var MAX_FIELD_IN_BODY = 500;
function renderIssueTitle(template, facts) {
  const values = { id: facts.itemId, action: facts.action, postmortem: facts.postmortemId, title: facts.incidentTitle };
  const filled = template.replace(/\{(id|action|postmortem|title)\}/g, (_, name) => values[name] ?? "");
  const oneLine = neutraliseMentions(filled.replace(/\s+/g, " ").trim());
  return truncate(oneLine === "" ? `[${facts.itemId}]` : oneLine, MAX_TITLE_LENGTH);
}
function value(text, max = MAX_FIELD_IN_BODY) {
  const trimmed = text.trim();
  return trimmed === "" ? "_not set_" : inlineText(truncate(trimmed, max));
}
function ownerText(facts) {
  const assigned = facts.assignees.map((login) => `@${login}`);
  const written = facts.owner.trim() === "" ? "_not set_" : inlineText(truncate(facts.owner.trim(), MAX_FIELD_IN_BODY));
  if (assigned.length === 0) return facts.ownerNote === void 0 ? written : `${written} (${inlineText(facts.ownerNote)})`;
  return assigned.join(", ");
}
function renderItemBlock(marker, facts) {
  const action = facts.action.trim();
  const cut = action.length > MAX_ACTION_IN_BODY;
  const lines = [
    marker,
    `**Action item ${value(facts.itemId, 100)}** from the post-mortem **${value(facts.incidentTitle)}** (${value(facts.incidentDate, 40)}, severity ${value(facts.severity, 40)}).`,
    "",
    `> ${inlineText(cut ? sliceWhole(action, MAX_ACTION_IN_BODY) : action) || "_no action text_"}${cut ? " \u2026 (cut here: the full text is in the document)" : ""}`,
    "",
    "| Owner | Deadline | Priority |",
    "|---|---|---|",
    `| ${ownerText(facts).replace(/\|/g, "\\|")} | ${tableCell(facts.deadline.trim() || "\u2014")} | ${tableCell(facts.priority.trim() || "\u2014")} |`,
    "",
    `Source: [${tableCell(facts.path)} line ${facts.line}](${facts.permalink})`,
    "",
    "_Managed by postmortem-action: this block follows the post-mortem, so edit the document, not this block. Anything you write below it is kept._"
  ];
  return lines.join("\n");
}
function renderFollowUpTitle(facts) {
  const name = facts.incidentTitle.trim() === "" ? facts.postmortemId : facts.incidentTitle;
  return truncate(`Post-mortem review: ${name.replace(/\s+/g, " ").trim()} (due ${facts.due})`, MAX_TITLE_LENGTH);
}
function renderFollowUpBlock(marker, facts) {
  const people = [...facts.authors.map((login) => `@${login}`), ...facts.otherAuthors.map((name) => inlineText(name))];
  const tasks = facts.items.map(
    (item) => item.issueNumber !== void 0 ? `- [ ] #${item.issueNumber}` : item.createdBy !== void 0 ? `- [ ] ${createdNumberPlaceholder(item.createdBy)}` : `- [ ] ${inlineText(item.itemId)}: ${inlineText(truncate(item.title, 200))}`
  );
  return [
    marker,
    `**Follow-up review** of the post-mortem **${value(facts.incidentTitle)}**, due **${facts.due}**. Source: [${tableCell(facts.path)}](${facts.permalink})`,
    "",
    `Authors: ${people.length === 0 ? "_not set_" : people.join(", ")}`,
    "",
    "### Questions for the review",
    "",
    "1. Did each action reduce the risk it was written for? How do we know?",
    "2. Did the same contributing factors show up again since the incident?",
    "3. What is still open, and why? Is its deadline still right?",
    "",
    "### Action items",
    "",
    ...tasks.length === 0 ? ["_No tracked action items._"] : tasks,
    "",
    "_Managed by postmortem-action: this block follows the post-mortem. Anything you write below it is kept._"
  ].join("\n");
}
function createdNumberPlaceholder(key) {
  return `{{#${key.replace(/[{}]/g, "")}}}`;
}
function fillCreatedNumbers(body, numberOf) {
  return body.replace(/\{\{#([^{}]+)\}\}/g, (_, key) => {
    const number = numberOf(key);
    return number === void 0 ? `${inlineText(key.replace(/^issue:/, ""))} (issue not created yet)` : `#${number}`;
  });
}
function renderChangeComment(marker, changes, commitUrl, closed) {
  const lines = changes.map(
    (change) => change.field === "action" ? "- the action was reworded" : `- ${change.field} moved from ${value(change.from, 200)} to ${value(change.to, 200)}`
  );
  const tail = closed ? "\n\nThis issue is closed, so it was not reopened or edited; reopen it if the change needs work." : "";
  return `${marker}
The post-mortem changed this action item in [${commitUrl.split("/").pop()?.slice(0, 7) ?? "a commit"}](${commitUrl}):

${lines.join("\n")}${tail}`;
}
function renderDroppedComment(marker, path, commitUrl) {
  return `${marker}
This action item is no longer in ${inlineText(path)} (as of [${commitUrl.split("/").pop()?.slice(0, 7) ?? "a commit"}](${commitUrl})). The issue stays open with the \`dropped\` label; close it if the work is really not needed.`;
}

export {
  renderIssueTitle,
  renderItemBlock,
  renderFollowUpTitle,
  renderFollowUpBlock,
  fillCreatedNumbers,
  renderChangeComment,
  renderDroppedComment
};
