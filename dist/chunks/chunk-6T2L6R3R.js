import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);

// src/report/markers.ts
var SUMMARY_MARKER = "<!-- postmortem-action:summary -->";
var FINGERPRINT = /^[0-9a-f]{16}(?:-\d+)?$/;
var FINDING_MARKER = /<!-- postmortem-action:finding fp=([0-9a-f]{16}(?:-\d+)?) -->/;
function findingMarker(fingerprint) {
  if (!FINGERPRINT.test(fingerprint)) throw new Error(`Unexpected fingerprint "${fingerprint}", expected 16 hex digits`);
  return `<!-- postmortem-action:finding fp=${fingerprint} -->`;
}
function readFindingMarker(body) {
  return FINDING_MARKER.exec(body)?.[1];
}
function reviewMarker(key) {
  return `<!-- postmortem-action:review key=${key} -->`;
}
function hasSummaryMarker(body) {
  return body.includes(SUMMARY_MARKER);
}
function markerWith(kind, fields) {
  if (!/^[a-z][a-z-]*$/.test(kind)) throw new Error(`Unexpected marker kind "${kind}", expected lower-case letters and dashes`);
  const parts = Object.entries(fields).filter((entry) => entry[1] !== void 0).map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`);
  return `<!-- postmortem-action:${kind}${parts.length === 0 ? "" : ` ${parts.join(" ")}`} -->`;
}
function readMarkerFields(kind, body) {
  const match = new RegExp(`<!-- postmortem-action:${kind}((?: [a-z][a-z-]*=[^\\s>]*)*) -->`).exec(body);
  if (match === null) return void 0;
  const fields = {};
  for (const part of (match[1] ?? "").trim().split(" ")) {
    if (part === "") continue;
    const equals = part.indexOf("=");
    try {
      fields[part.slice(0, equals)] = decodeURIComponent(part.slice(equals + 1));
    } catch {
      return void 0;
    }
  }
  return fields;
}
var ITEM_MARKER_KIND = "item";
function itemMarker(item) {
  return markerWith(ITEM_MARKER_KIND, {
    pm: item.postmortemId,
    item: item.itemId,
    path: item.path,
    line: item.line,
    owner: item.owner,
    deadline: item.deadline,
    priority: item.priority,
    action: item.actionHash,
    assigned: item.assigned.join(","),
    sha: item.sha
  });
}
function readItemMarker(body) {
  const fields = readMarkerFields(ITEM_MARKER_KIND, body);
  if (fields?.["pm"] === void 0 || fields["item"] === void 0 || fields["pm"] === "" || fields["item"] === "") return void 0;
  const line = Number(fields["line"] ?? "0");
  return {
    postmortemId: fields["pm"],
    itemId: fields["item"],
    path: fields["path"] ?? "",
    line: Number.isInteger(line) && line > 0 ? line : 0,
    owner: fields["owner"] ?? "",
    deadline: fields["deadline"] ?? "",
    priority: fields["priority"] ?? "",
    actionHash: fields["action"] ?? "",
    assigned: (fields["assigned"] ?? "").split(",").filter((login) => login !== ""),
    sha: /^[0-9a-f]{40}$/i.test(fields["sha"] ?? "") ? fields["sha"] ?? "" : ""
  };
}
var FOLLOW_UP_MARKER_KIND = "follow-up";
function followUpMarker(followUp) {
  return markerWith(FOLLOW_UP_MARKER_KIND, { pm: followUp.postmortemId, due: followUp.due, path: followUp.path, assigned: followUp.assigned.join(","), sha: followUp.sha });
}
function readFollowUpMarker(body) {
  const fields = readMarkerFields(FOLLOW_UP_MARKER_KIND, body);
  if (fields?.["pm"] === void 0 || fields["pm"] === "") return void 0;
  const due = fields["due"] ?? "";
  return {
    postmortemId: fields["pm"],
    due: /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : "",
    path: fields["path"] ?? "",
    assigned: (fields["assigned"] ?? "").split(",").filter((login) => login !== ""),
    sha: /^[0-9a-f]{40}$/i.test(fields["sha"] ?? "") ? fields["sha"] ?? "" : ""
  };
}
var ISSUE_COMMENT_MARKER_KIND = "note";
function issueCommentMarker(key) {
  return markerWith(ISSUE_COMMENT_MARKER_KIND, { key });
}
function readIssueCommentMarker(body) {
  return readMarkerFields(ISSUE_COMMENT_MARKER_KIND, body)?.["key"];
}
var MANAGED_BEGIN = "<!-- postmortem-action:managed:begin -->";
var MANAGED_END = "<!-- postmortem-action:managed:end -->";
function readManagedBlock(body) {
  const begin = body.indexOf(MANAGED_BEGIN);
  const end = body.indexOf(MANAGED_END, begin + MANAGED_BEGIN.length);
  if (begin === -1 || end === -1) return void 0;
  return body.slice(begin + MANAGED_BEGIN.length, end).replace(/^\n/, "").replace(/\n$/, "");
}
function replaceManagedBlock(body, block) {
  const wrapped = `${MANAGED_BEGIN}
${block}
${MANAGED_END}`;
  const begin = body.indexOf(MANAGED_BEGIN);
  const end = body.indexOf(MANAGED_END, begin + MANAGED_BEGIN.length);
  if (begin === -1 || end === -1) return body.trim() === "" ? wrapped : `${wrapped}

${body}`;
  return `${body.slice(0, begin)}${wrapped}${body.slice(end + MANAGED_END.length)}`;
}

export {
  SUMMARY_MARKER,
  findingMarker,
  readFindingMarker,
  reviewMarker,
  hasSummaryMarker,
  markerWith,
  readMarkerFields,
  itemMarker,
  readItemMarker,
  followUpMarker,
  readFollowUpMarker,
  issueCommentMarker,
  readIssueCommentMarker,
  readManagedBlock,
  replaceManagedBlock
};
