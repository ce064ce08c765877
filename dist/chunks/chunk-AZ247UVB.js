import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  DROPPED_LABEL,
  FOLLOW_UP_LABEL,
  POSTMORTEM_LABEL,
  PRIORITY_PREFIX,
  SEVERITY_PREFIX,
  labelStyle,
  priorityLabel,
  severityLabel
} from "./chunk-5FV3W5A3.js";
import {
  renderChangeComment,
  renderDroppedComment,
  renderFollowUpBlock,
  renderFollowUpTitle,
  renderIssueTitle,
  renderItemBlock
} from "./chunk-T3DKHINJ.js";
import {
  followUpMarker,
  issueCommentMarker,
  itemMarker,
  readFollowUpMarker,
  readItemMarker,
  readManagedBlock,
  replaceManagedBlock
} from "./chunk-6T2L6R3R.js";
import {
  splitPeople
} from "./chunk-5P76JHEA.js";
import {
  aliasIndex,
  normalizeLabel
} from "./chunk-76WKF4H2.js";

// src/plan/sync.ts
import { createHash } from "node:crypto";
var MAX_SUB_ISSUES = 100;
var MAX_ASSIGNEES = 10;
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
function postmortemId(path, postmortem) {
  const declared = postmortem.meta.id?.value.trim();
  if (declared !== void 0 && declared !== "") return declared;
  return fileId(path);
}
function fileId(path) {
  const base = path.split("/").pop() ?? path;
  return base.replace(/\.[^.]+$/, "");
}
function parseOwner(text) {
  const logins = [];
  const others = [];
  for (const person of splitPeople(text.replace(/[*_`]/g, ""))) {
    const name = person.replace(/^\[(.*)\]\(.*\)$/, "$1").trim();
    const login = name.startsWith("@") ? name.slice(1) : void 0;
    if (login !== void 0 && LOGIN.test(login)) {
      if (!logins.some((known) => known.toLowerCase() === login.toLowerCase())) logins.push(login);
    } else if (name !== "") others.push(name);
  }
  return { logins, others };
}
function incidentName(title, fallback) {
  const name = (title ?? "").replace(/^\s*(?:post[- ]?mortem|incident(?: report)?|retrospective|rca)\s*[:\-–—]\s*/i, "").replace(/\s*\(\d{4}-\d{2}-\d{2}\)\s*$/, "").trim();
  return name === "" ? fallback : name;
}
function addDays(date, days) {
  const base = /^\d{4}-\d{2}-\d{2}$/.test(date) ? /* @__PURE__ */ new Date(`${date}T00:00:00Z`) : /* @__PURE__ */ new Date(0);
  return new Date(base.getTime() + days * 864e5).toISOString().slice(0, 10);
}
function hash(text) {
  return createHash("sha256").update(text.trim()).digest("hex").slice(0, 12);
}
function sameSet(a, b) {
  const left = new Set(a.map((entry) => entry.toLowerCase()));
  const right = new Set(b.map((entry) => entry.toLowerCase()));
  return left.size === right.size && [...left].every((entry) => right.has(entry));
}
function isManagedLabel(name) {
  const lower = name.toLowerCase();
  return lower === POSTMORTEM_LABEL || lower === FOLLOW_UP_LABEL || lower === DROPPED_LABEL || lower.startsWith(PRIORITY_PREFIX) || lower.startsWith(SEVERITY_PREFIX);
}
function indexExisting(issues) {
  const items = /* @__PURE__ */ new Map();
  const followUps = /* @__PURE__ */ new Map();
  const duplicates = [];
  const warnings = [];
  const sorted = [...issues].sort((a, b) => a.number - b.number);
  for (const issue of sorted) {
    const block = readManagedBlock(issue.body) ?? issue.body;
    const followUp = readFollowUpMarker(block);
    if (followUp !== void 0) {
      const kept2 = followUps.get(followUp.postmortemId);
      if (kept2 === void 0) followUps.set(followUp.postmortemId, issue);
      else if (issue.state === "open") duplicates.push({ issue, keptNumber: kept2.number });
      continue;
    }
    const marker = readItemMarker(block);
    if (marker === void 0) continue;
    const key = itemKey(marker.postmortemId, marker.itemId);
    const kept = items.get(key);
    if (kept === void 0) items.set(key, { ...issue, marker });
    else if (issue.state === "open") duplicates.push({ issue, keptNumber: kept.number });
  }
  return { items, followUps, duplicates, warnings };
}
function itemKey(postmortemId2, itemId) {
  return `${postmortemId2}#${itemId}`;
}
function planSync(input) {
  const existing = indexExisting(input.existing);
  const planner = { input, existing, writes: [], items: [], followUps: [], warnings: [...existing.warnings], unchecked: /* @__PURE__ */ new Set(), labelsNeeded: /* @__PURE__ */ new Map() };
  const perDocument = input.documents.map((document) => planDocument(planner, document));
  const labelWrites = labelCreates(planner);
  return {
    writes: [...labelWrites, ...closeDuplicates(existing), ...perDocument.flat()],
    items: planner.items,
    followUps: planner.followUps,
    warnings: planner.warnings,
    uncheckedLogins: [...planner.unchecked]
  };
}
function closeDuplicates(existing) {
  return existing.duplicates.flatMap(({ issue, keptNumber }) => {
    const key = `duplicate:${issue.number}`;
    const ref = { number: issue.number, id: issue.id };
    return [
      {
        kind: "create-comment",
        key,
        marker: issueCommentMarker(key),
        issue: ref,
        body: `${issueCommentMarker(key)}
Duplicate of #${keptNumber}: two runs of postmortem-action created the same issue at once. #${keptNumber} is the one kept up to date.`,
        description: `note on #${issue.number} that it duplicates #${keptNumber}`
      },
      { kind: "update-issue", key: `${key}:close`, issue: ref, state: "closed", after: [key], description: `close duplicate issue #${issue.number}` }
    ];
  });
}
function needLabel(planner, name) {
  if (!planner.labelsNeeded.has(name.toLowerCase())) planner.labelsNeeded.set(name.toLowerCase(), name);
}
function labelCreates(planner) {
  const have = new Set(planner.input.existingLabels.map((name) => name.toLowerCase()));
  return [...planner.labelsNeeded.values()].filter((name) => !have.has(name.toLowerCase())).map((name) => ({ kind: "create-label", ...labelStyle(name), name, key: `label:${name.toLowerCase()}`, description: `create label "${name}"` }));
}
function assignableLogins(planner, logins) {
  const ok = [];
  const refused = [];
  for (const login of logins) {
    const known = planner.input.assignable.get(login.toLowerCase());
    if (known === void 0) planner.unchecked.add(login);
    if (known === true) ok.push(login);
    else refused.push(login);
  }
  return { ok: ok.slice(0, MAX_ASSIGNEES), refused };
}
function ownerNote(owner, refused) {
  const reasons = [];
  if (refused.length > 0) reasons.push(`${refused.map((login) => `@${login}`).join(", ")} cannot be assigned in this repository`);
  const teams = owner.others.filter((name) => name.startsWith("@"));
  if (teams.length > 0) reasons.push("GitHub cannot assign a team");
  if (owner.others.some((name) => !name.startsWith("@"))) reasons.push("not a GitHub login");
  return reasons.length === 0 ? void 0 : `not assigned: ${reasons.join("; ")}`;
}
function canonicalPriority(raw, priorities) {
  const found = aliasIndex(priorities).get(normalizeLabel(raw));
  return found ?? raw.trim();
}
function desiredItem(planner, document, pmId, item, itemId, previous) {
  const { context } = planner.input;
  const meta = document.postmortem.meta;
  const ownerText = item.owner?.value.trim() ?? "";
  const owner = parseOwner(ownerText);
  const { ok, refused } = previous !== void 0 && previous.owner === ownerText ? { ok: previous.assigned, refused: owner.logins.filter((login) => !previous.assigned.some((known) => known.toLowerCase() === login.toLowerCase())) } : assignableLogins(planner, owner.logins);
  const note = ownerNote(owner, refused);
  const priority = item.priority === void 0 ? "" : canonicalPriority(item.priority.value, context.priorities);
  const line = item.span.start.line;
  const action = item.action?.value.trim() ?? "";
  const deadlineDate = item.deadlineDate ?? "";
  const unchanged = previous !== void 0 && previous.sha !== "" && previous.path === document.path && previous.line === line && previous.owner === ownerText && previous.deadline === deadlineDate && previous.priority === priority && previous.actionHash === hash(action);
  const sha = unchanged ? previous.sha : context.sha;
  const severity = meta.severity?.value.trim() ?? "";
  const deadline = item.deadlineDate ?? item.deadline?.value.trim() ?? "";
  const labels = [POSTMORTEM_LABEL, ...priority === "" ? [] : [priorityLabel(safeLabel(priority))], ...severity === "" ? [] : [severityLabel(safeLabel(severity))], ...context.extraLabels];
  for (const label of labels) needLabel(planner, label);
  const marker = {
    postmortemId: pmId,
    itemId,
    path: document.path,
    line,
    owner: ownerText,
    deadline: item.deadlineDate ?? "",
    priority,
    actionHash: hash(action),
    assigned: ok,
    sha
  };
  const facts = {
    postmortemId: pmId,
    itemId,
    action,
    owner: ownerText,
    assignees: ok,
    ...note === void 0 ? {} : { ownerNote: note },
    deadline,
    priority,
    incidentTitle: incidentName(meta.title?.value, pmId),
    incidentDate: meta.date?.value ?? "",
    severity,
    permalink: `${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}/${encodePath(document.path)}#L${line}`,
    path: document.path,
    line
  };
  const title = renderIssueTitle(context.issueTitle, { itemId, action, postmortemId: pmId, incidentTitle: incidentName(meta.title?.value, pmId) });
  const where = `${document.path}:${line}`;
  if (note !== void 0 && ownerText !== "" && (previous === void 0 || previous.owner !== ownerText)) planner.warnings.push(`${where}: ${itemId} owner ${JSON.stringify(ownerText.slice(0, 80))} ${note}; the issue names the owner in its body instead.`);
  return { key: itemKey(pmId, itemId), itemId, marker, facts, title, labels: dedupe(labels), assignees: ok, ...note === void 0 ? {} : { ownerNote: note }, line, done: item.done };
}
function safeLabel(text) {
  return text.replace(/[,\s]+/g, " ").trim().slice(0, 40);
}
function dedupe(labels) {
  const seen = /* @__PURE__ */ new Set();
  return labels.filter((label) => {
    const lower = label.toLowerCase();
    if (seen.has(lower)) return false;
    seen.add(lower);
    return true;
  });
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function planDocument(planner, document) {
  const { context } = planner.input;
  const pmId = postmortemId(document.path, document.postmortem);
  const aliases = /* @__PURE__ */ new Set([pmId, ...(document.previousPaths ?? []).map(fileId)]);
  const writes = [];
  const desired = [];
  const seenIds = /* @__PURE__ */ new Set();
  for (const item of document.postmortem.actionItems) {
    const itemId = item.id?.value.trim() ?? "";
    const where = `${document.path}:${item.span.start.line}`;
    if (itemId === "") {
      planner.warnings.push(`${where}: an action item without an ID cannot be tracked (no issue); give it an ID such as AI-${document.postmortem.actionItems.indexOf(item) + 1}.`);
      continue;
    }
    if (seenIds.has(itemId.toLowerCase())) {
      planner.warnings.push(`${where}: action item ID ${itemId} is used twice in this post-mortem; only the first one is tracked.`);
      continue;
    }
    seenIds.add(itemId.toLowerCase());
    const previous = [...aliases].map((alias) => planner.existing.items.get(itemKey(alias, itemId))).find((issue) => issue !== void 0);
    desired.push(desiredItem(planner, document, pmId, item, itemId, previous?.marker));
  }
  const followUpIssue = [...aliases].map((alias) => planner.existing.followUps.get(alias)).find((issue) => issue !== void 0);
  const followUpKey = `follow-up:${pmId}`;
  const followUpRef = followUpIssue === void 0 ? { createdBy: followUpKey } : { number: followUpIssue.number, id: followUpIssue.id };
  const issueRefs = /* @__PURE__ */ new Map();
  for (const wanted of desired) {
    const found = [...aliases].map((alias) => planner.existing.items.get(itemKey(alias, wanted.itemId))).find((issue) => issue !== void 0);
    if (found === void 0) {
      const createKey = `issue:${wanted.key}`;
      const marker2 = itemMarker(wanted.marker);
      writes.push({
        kind: "create-issue",
        key: createKey,
        marker: marker2,
        title: wanted.title,
        body: replaceManagedBlock("", renderItemBlock(marker2, wanted.facts)),
        labels: wanted.labels,
        assignees: wanted.assignees,
        description: `create issue "${wanted.title}"`
      });
      if (wanted.done) {
        writes.push({ kind: "update-issue", key: `close:${wanted.key}`, issue: { createdBy: createKey }, state: "closed", description: `close the new issue of ${wanted.itemId} (done in the post-mortem)` });
      }
      issueRefs.set(wanted.key, { ref: { createdBy: createKey }, closed: wanted.done });
      planner.items.push(itemRecord(document, wanted, "create", createKey));
      continue;
    }
    issueRefs.set(wanted.key, { ref: { number: found.number, id: found.id }, number: found.number, ...found.parentNumber === void 0 ? {} : { parentNumber: found.parentNumber }, closed: found.state === "closed" });
    writes.push(...planExistingItem(planner, document, wanted, found));
  }
  writes.push(...planDropped(planner, document, pmId, aliases, new Set(desired.map((wanted) => wanted.itemId.toLowerCase()))));
  const meta = document.postmortem.meta;
  const authors = parseOwner((meta.authors?.value ?? []).join(", "));
  const previousFollowUp = followUpIssue === void 0 ? void 0 : readFollowUpMarker(readManagedBlock(followUpIssue.body) ?? followUpIssue.body);
  const authorCheck = previousFollowUp === void 0 ? assignableLogins(planner, authors.logins) : { ok: previousFollowUp.assigned, refused: authors.logins.filter((login) => !previousFollowUp.assigned.some((known) => known.toLowerCase() === login.toLowerCase())) };
  const due = previousFollowUp?.due || addDays(context.headDate, context.followUpDays);
  const followUpSha = previousFollowUp !== void 0 && previousFollowUp.sha !== "" && previousFollowUp.path === document.path ? previousFollowUp.sha : context.sha;
  const marker = followUpMarker({ postmortemId: pmId, due, path: document.path, assigned: authorCheck.ok, sha: followUpSha });
  const incidentTitle = incidentName(meta.title?.value, pmId);
  const block = renderFollowUpBlock(marker, {
    postmortemId: pmId,
    incidentTitle,
    due,
    path: document.path,
    permalink: `${context.serverUrl}/${context.owner}/${context.repo}/blob/${followUpSha}/${encodePath(document.path)}`,
    authors: authorCheck.ok,
    otherAuthors: [...authors.others, ...authorCheck.refused],
    items: desired.map((wanted) => {
      const known = issueRefs.get(wanted.key);
      const createdBy = known !== void 0 && "createdBy" in known.ref ? known.ref.createdBy : void 0;
      return { itemId: wanted.itemId, title: wanted.title, ...known?.number === void 0 ? {} : { issueNumber: known.number }, ...createdBy === void 0 ? {} : { createdBy } };
    })
  });
  const title = renderFollowUpTitle({ incidentTitle, postmortemId: pmId, due });
  const followUpLabels = [POSTMORTEM_LABEL, FOLLOW_UP_LABEL, ...context.extraLabels];
  for (const label of followUpLabels) needLabel(planner, label);
  if (followUpIssue === void 0) {
    writes.push({
      kind: "create-issue",
      key: followUpKey,
      marker,
      title,
      // Item issues created in this run get their numbers in place of {{#key}} when the port sends this.
      body: replaceManagedBlock("", block),
      labels: dedupe(followUpLabels),
      assignees: authorCheck.ok,
      description: `create the follow-up review issue for ${pmId} (due ${due})`
    });
    planner.followUps.push({ postmortemId: pmId, path: document.path, outcome: "create", title, due, assignees: authorCheck.ok, writeKey: followUpKey });
  } else {
    const body = replaceManagedBlock(followUpIssue.body, block);
    const changed = body !== followUpIssue.body && followUpIssue.state === "open";
    if (changed) {
      writes.push({ kind: "update-issue", key: `update:${followUpKey}`, issue: followUpRef, body, description: `update the follow-up review issue #${followUpIssue.number}` });
    }
    planner.followUps.push({ postmortemId: pmId, path: document.path, outcome: changed ? "update" : "unchanged", title: followUpIssue.title, due, assignees: followUpIssue.assignees, issueNumber: followUpIssue.number, ...changed ? { writeKey: `update:${followUpKey}` } : {} });
  }
  const followUpNumber = followUpIssue?.number;
  let linked = followUpNumber === void 0 ? 0 : planner.input.existing.filter((issue) => issue.parentNumber === followUpNumber).length;
  for (const wanted of desired) {
    const known = issueRefs.get(wanted.key);
    if (known === void 0 || followUpNumber !== void 0 && known.parentNumber === followUpNumber) continue;
    const parentIsOurDuplicate = known.parentNumber !== void 0 && planner.existing.duplicates.some((entry) => entry.issue.number === known.parentNumber);
    if (known.parentNumber !== void 0 && !parentIsOurDuplicate) continue;
    if (linked >= MAX_SUB_ISSUES) {
      planner.warnings.push(`${document.path}: more than ${MAX_SUB_ISSUES} action items; ${wanted.itemId} and later ones are in the follow-up's task list but not sub-issues (GitHub's limit).`);
      break;
    }
    linked += 1;
    writes.push({ kind: "add-sub-issue", key: `link:${wanted.key}`, parent: followUpRef, child: known.ref, ...parentIsOurDuplicate ? { replaceParent: true } : {}, description: `make ${wanted.itemId} a sub-issue of the follow-up review of ${pmId}` });
  }
  return writes;
}
function itemRecord(document, wanted, outcome, writeKey, issueNumber) {
  return {
    postmortemId: wanted.marker.postmortemId,
    itemId: wanted.itemId,
    path: document.path,
    line: wanted.line,
    outcome,
    title: wanted.title,
    labels: wanted.labels,
    assignees: wanted.assignees,
    deadline: wanted.facts.deadline,
    ...issueNumber === void 0 ? {} : { issueNumber },
    ...writeKey === void 0 ? {} : { writeKey }
  };
}
function trackedChanges(old, now) {
  const changes = [];
  if (old.actionHash !== now.actionHash) changes.push({ field: "action", from: "", to: "" });
  if (old.owner !== now.owner) changes.push({ field: "owner", from: old.owner, to: now.owner });
  if (old.deadline !== now.deadline) changes.push({ field: "deadline", from: old.deadline, to: now.deadline });
  if (old.priority !== now.priority) changes.push({ field: "priority", from: old.priority, to: now.priority });
  return changes;
}
function planExistingItem(planner, document, wanted, found) {
  const { context } = planner.input;
  const ref = { number: found.number, id: found.id };
  const changes = trackedChanges(found.marker, wanted.marker);
  if (wanted.done && found.state === "open") changes.push({ field: "status", from: "open", to: "done (marked in the post-mortem)" });
  const commitUrl = `${context.serverUrl}/${context.owner}/${context.repo}/commit/${context.sha}`;
  const commentKey = `change:${wanted.key}:${context.sha}`;
  const comment = changes.length === 0 ? void 0 : {
    kind: "create-comment",
    key: commentKey,
    marker: issueCommentMarker(commentKey),
    issue: ref,
    body: renderChangeComment(issueCommentMarker(commentKey), changes, commitUrl, found.state === "closed"),
    description: `record on #${found.number} that ${changes.map((change) => change.field).join(", ")} changed`
  };
  if (found.state === "closed") {
    planner.items.push(itemRecord(document, wanted, comment === void 0 ? "unchanged" : "comment", comment?.key, found.number));
    return comment === void 0 ? [] : [comment];
  }
  const marker = itemMarker(wanted.marker);
  const body = replaceManagedBlock(found.body, renderItemBlock(marker, wanted.facts));
  const ownerChanged = changes.some((change) => change.field === "owner");
  const labels = dedupe([...found.labels.filter((label) => !isManagedLabel(label)), ...wanted.labels]);
  const fields = {};
  if (wanted.done) fields.state = "closed";
  if (found.title !== wanted.title) fields.title = wanted.title;
  if (body !== found.body) fields.body = body;
  if (!sameSet(labels, found.labels)) fields.labels = labels;
  if (ownerChanged && !sameSet(wanted.assignees, found.assignees)) fields.assignees = wanted.assignees;
  const writes = [];
  const updateKey = `update:${wanted.key}`;
  if (Object.keys(fields).length > 0) {
    writes.push({ kind: "update-issue", key: updateKey, issue: ref, ...fields, description: `update issue #${found.number} (${Object.keys(fields).join(", ")})` });
  }
  if (comment !== void 0) writes.push(comment);
  planner.items.push(itemRecord(document, wanted, writes.length === 0 ? "unchanged" : "update", writes.length === 0 ? void 0 : writes[0]?.key, found.number));
  return writes;
}
function planDropped(planner, document, pmId, aliases, present) {
  const { context } = planner.input;
  const writes = [];
  const commitUrl = `${context.serverUrl}/${context.owner}/${context.repo}/commit/${context.sha}`;
  for (const issue of planner.existing.items.values()) {
    if (!aliases.has(issue.marker.postmortemId) || present.has(issue.marker.itemId.toLowerCase())) continue;
    if (issue.labels.some((label) => label.toLowerCase() === DROPPED_LABEL)) continue;
    needLabel(planner, DROPPED_LABEL);
    const key = `dropped:${itemKey(pmId, issue.marker.itemId)}`;
    const ref = { number: issue.number, id: issue.id };
    writes.push({
      kind: "create-comment",
      key,
      marker: issueCommentMarker(key),
      issue: ref,
      body: renderDroppedComment(issueCommentMarker(key), document.path, commitUrl),
      description: `record on #${issue.number} that ${issue.marker.itemId} was removed from ${document.path}`
    });
    writes.push({ kind: "add-labels", key: `${key}:label`, issue: ref, labels: [DROPPED_LABEL], description: `label #${issue.number} "${DROPPED_LABEL}"` });
    planner.items.push({
      postmortemId: pmId,
      itemId: issue.marker.itemId,
      path: document.path,
      line: issue.marker.line,
      outcome: "drop",
      title: issue.title,
      labels: [...issue.labels, DROPPED_LABEL],
      assignees: issue.assignees,
      deadline: issue.marker.deadline,
      issueNumber: issue.number,
      writeKey: key
    });
  }
  return writes;
}

export {
  postmortemId,
  planSync
};
