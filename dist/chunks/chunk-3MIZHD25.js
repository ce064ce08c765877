import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  MAX_COMMENTS_PER_REVIEW,
  compareSeverity,
  findingSentence,
  renderFindingComment,
  renderReviewBody,
  renderSummaryComment
} from "./chunk-5U2HMAFZ.js";
import {
  findingMarker,
  hasSummaryMarker,
  readFindingMarker
} from "./chunk-6T2L6R3R.js";

// src/plan/review.ts
import { createHash as createHash2 } from "node:crypto";

// src/plan/diff.ts
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const hunks = [];
  if (patch === void 0 || patch === "") return { hunks };
  let current;
  let nextLine = 0;
  for (const raw of patch.split("\n")) {
    const header = HUNK_HEADER.exec(raw);
    if (header) {
      const start = Number(header[1]);
      const count = header[2] === void 0 ? 1 : Number(header[2]);
      current = { start, end: start + count - 1, added: /* @__PURE__ */ new Set() };
      hunks.push(current);
      nextLine = start;
      continue;
    }
    if (current === void 0) continue;
    const marker = raw[0];
    if (marker === "+") {
      current.added.add(nextLine);
      nextLine += 1;
    } else if (marker === " " || marker === void 0 && nextLine <= current.end) {
      nextLine += 1;
    }
  }
  return { hunks };
}
function hunkContaining(diff, line) {
  return diff.hunks.find((hunk) => line >= hunk.start && line <= hunk.end);
}
function isAddedLine(diff, line) {
  return diff.hunks.some((hunk) => hunk.added.has(line));
}

// src/plan/anchor.ts
function lastCoveredLine(finding) {
  if (finding.endLine > finding.line && finding.endColumn <= 1) return finding.endLine - 1;
  return Math.max(finding.line, finding.endLine);
}
function anchorFinding(diff, finding) {
  const last = lastCoveredLine(finding);
  let touched;
  for (let line = finding.line; line <= last; line += 1) {
    if (isAddedLine(diff, line)) {
      touched = line;
      break;
    }
  }
  if (touched === void 0) return void 0;
  const hunk = hunkContaining(diff, touched);
  if (hunk === void 0) return void 0;
  const start = Math.max(finding.line, hunk.start);
  const end = Math.min(last, hunk.end);
  return start < end ? { startLine: start, line: end } : { line: start };
}

// src/plan/fingerprint.ts
import { createHash } from "node:crypto";
function normaliseSourceLine(line) {
  return line.trim().replace(/\s+/g, " ");
}
function fingerprint(path, finding, sourceLine2) {
  const subject = finding.actual ?? finding.message;
  const key = [path, finding.ruleId, subject, normaliseSourceLine(sourceLine2)].join("\0");
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}
function fingerprintFindings(path, findings, text, identityPath = path) {
  const lines = text === void 0 ? [] : text.split(/\r?\n/);
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const base = fingerprint(identityPath, finding, lines[finding.line - 1] ?? "");
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { path, finding, fingerprint: occurrence === 0 ? base : `${base}-${occurrence}` };
  });
}

// src/plan/review.ts
function sameAuthor(a, b) {
  if (a === void 0 || b === void 0) return false;
  const normalise = (login) => login.toLowerCase().replace(/\[bot\]$/, "");
  return normalise(a) === normalise(b);
}
function ourThreads(threads, selfLogin) {
  const ours = [];
  for (const thread of threads) {
    const fingerprint2 = readFindingMarker(thread.firstCommentBody);
    if (fingerprint2 !== void 0 && sameAuthor(thread.authorLogin, selfLogin)) ours.push({ thread, fingerprint: fingerprint2 });
  }
  return ours;
}
function findSummaryComment(comments, selfLogin) {
  return comments.find((comment) => hasSummaryMarker(comment.body) && sameAuthor(comment.authorLogin, selfLogin));
}
function sourceLine(text, line) {
  return text?.split(/\r?\n/)[line - 1];
}
function reviewKey(headSha, comments) {
  const fingerprints = comments.map((comment) => comment.fingerprint).sort();
  return createHash2("sha256").update([headSha, ...fingerprints].join("\n")).digest("hex").slice(0, 16);
}
function limitComments(candidates) {
  if (candidates.length <= MAX_COMMENTS_PER_REVIEW) return { posted: [...candidates], deferred: [] };
  const ranked = candidates.map((comment, index) => ({ comment, index })).sort((a, b) => compareSeverity(a.comment.finding.severity, b.comment.finding.severity) || a.index - b.index);
  const kept = new Set(ranked.slice(0, MAX_COMMENTS_PER_REVIEW).map((entry) => entry.index));
  return {
    posted: candidates.filter((_, index) => kept.has(index)),
    deferred: candidates.filter((_, index) => !kept.has(index))
  };
}
function planSummary(input, listed) {
  const notInline = listed.flatMap((entry) => entry.members ?? [entry]);
  const body = renderSummaryComment({ headSha: input.headSha, files: input.files, notInline, ...input.notes === void 0 ? {} : { notes: input.notes } });
  const existing = findSummaryComment(input.comments, input.selfLogin);
  if (existing === void 0) {
    const anyFinding = input.files.some((file) => file.findings.length > 0);
    return { action: anyFinding || (input.notes?.length ?? 0) > 0 ? "create" : "none", body };
  }
  return { action: existing.body.trim() === body ? "none" : "update", commentId: existing.id, body };
}
function planReview(input) {
  const ours = ourThreads(input.threads, input.selfLogin);
  const commented = new Map(ours.map((entry) => [entry.fingerprint, entry.thread]));
  const candidates = [];
  const outOfDiff = [];
  const alreadyCommented = [];
  const notInline = [];
  const current = /* @__PURE__ */ new Set();
  for (const file of input.files) {
    const diff = parsePatch(file.patch);
    const anchored = [];
    for (const placed of fingerprintFindings(file.path, file.findings, file.text, file.previousPath ?? file.path)) {
      current.add(placed.fingerprint);
      const thread = commented.get(placed.fingerprint);
      if (thread !== void 0) {
        alreadyCommented.push(placed);
        if (thread.isResolved) notInline.push(placed);
        continue;
      }
      const anchor = anchorFinding(diff, placed.finding);
      if (anchor === void 0) {
        outOfDiff.push(placed);
        notInline.push(placed);
        continue;
      }
      anchored.push({ ...placed, ...anchor });
    }
    for (const group of groupByRange(anchored)) {
      const [first] = group;
      if (group.length === 1) {
        candidates.push({ ...first, body: renderFindingComment(first.fingerprint, first.finding, sourceLine(file.text, first.finding.line)) });
        continue;
      }
      const fingerprint2 = groupFingerprint(group.map((placed) => placed.fingerprint));
      current.add(fingerprint2);
      const placedGroup = group.map(({ path, fingerprint: own, finding }) => ({ path, fingerprint: own, finding }));
      const thread = commented.get(fingerprint2);
      if (thread !== void 0) {
        alreadyCommented.push(...placedGroup);
        if (thread.isResolved) notInline.push(...placedGroup);
        continue;
      }
      const lead = [...group].sort((a, b) => compareSeverity(a.finding.severity, b.finding.severity))[0];
      candidates.push({ path: file.path, fingerprint: fingerprint2, finding: lead.finding, line: first.line, startLine: first.startLine, body: renderGroupedComment(fingerprint2, group.map((placed) => placed.finding)), members: placedGroup });
    }
  }
  const { posted: newComments, deferred } = limitComments(candidates);
  notInline.push(...deferred.flatMap((comment) => comment.members ?? [comment]));
  const incomplete = new Set(input.files.filter((file) => file.incomplete === true).map((file) => file.path));
  const threadsToResolve = ours.filter(({ thread, fingerprint: fingerprint2 }) => !thread.isResolved && !current.has(fingerprint2) && !incomplete.has(thread.path)).map(({ thread, fingerprint: fingerprint2 }) => ({ id: thread.id, path: thread.path, fingerprint: fingerprint2 }));
  const review = newComments.length === 0 ? void 0 : (() => {
    const key = reviewKey(input.headSha, newComments);
    return { key, body: renderReviewBody(newComments.reduce((sum, comment) => sum + (comment.members?.length ?? 1), 0), key) };
  })();
  const deferredFindings = deferred.flatMap((comment) => comment.members ?? [{ path: comment.path, fingerprint: comment.fingerprint, finding: comment.finding }]);
  return { newComments, review, outOfDiff, deferred: deferredFindings, notInline, alreadyCommented, threadsToResolve, summary: planSummary(input, notInline) };
}
function groupByRange(anchored) {
  const groups = /* @__PURE__ */ new Map();
  for (const placed of anchored) {
    const key = `${placed.startLine ?? placed.line}:${placed.line}`;
    const group = groups.get(key);
    if (group) group.push(placed);
    else groups.set(key, [placed]);
  }
  return [...groups.values()];
}
function groupFingerprint(fingerprints) {
  return createHash2("sha256").update(["group", ...[...fingerprints].sort()].join("\n")).digest("hex").slice(0, 16);
}
function renderGroupedComment(fingerprint2, findings) {
  const ordered = [...findings].sort((a, b) => compareSeverity(a.severity, b.severity));
  return [findingMarker(fingerprint2), `${ordered.length} findings on this line:`, ordered.map((finding) => `- ${findingSentence(finding)}`).join("\n")].join("\n\n");
}

// src/github/graphql.ts
var REVIEW_THREADS_QUERY = (
  /* GraphQL */
  `
  query PostmortemReviewThreads($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
    viewer {
      login
    }
    repository(owner: $owner, name: $repo) {
      pullRequest(number: $number) {
        reviewThreads(first: 100, after: $cursor) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            isResolved
            path
            comments(first: 1) {
              totalCount
              nodes {
                databaseId
                body
                author {
                  login
                }
              }
            }
          }
        }
      }
    }
  }
`
);
var MAX_THREADS_PER_MUTATION = 50;
function resolveThreadsMutation(count) {
  if (!Number.isInteger(count) || count < 1 || count > MAX_THREADS_PER_MUTATION) {
    throw new RangeError(`Unexpected thread count ${count}, expected 1 to ${MAX_THREADS_PER_MUTATION}`);
  }
  const indexes = Array.from({ length: count }, (_, index) => index);
  const variables = indexes.map((index) => `$t${index}: ID!`).join(", ");
  const fields = indexes.map((index) => `  t${index}: resolveReviewThread(input: { threadId: $t${index} }) {
    thread {
      id
      isResolved
    }
  }`);
  return `mutation PostmortemResolveThreads(${variables}) {
${fields.join("\n")}
}
`;
}
var MAX_FILES_PER_QUERY = 10;
function filesAtCommitQuery(count) {
  if (!Number.isInteger(count) || count < 1 || count > MAX_FILES_PER_QUERY) {
    throw new RangeError(`Unexpected file count ${count}, expected 1 to ${MAX_FILES_PER_QUERY}`);
  }
  const indexes = Array.from({ length: count }, (_, index) => index);
  const variables = indexes.map((index) => `$f${index}: String!`).join(", ");
  const fields = indexes.map((index) => `    f${index}: object(expression: $f${index}) {
      __typename
      ... on Blob {
        text
        isBinary
        isTruncated
      }
    }`);
  return `query PostmortemFilesAtCommit($owner: String!, $repo: String!, ${variables}) {
  repository(owner: $owner, name: $repo) {
${fields.join("\n")}
  }
}
`;
}
var VIEWER_QUERY = (
  /* GraphQL */
  `
  query PostmortemViewer {
    viewer {
      login
    }
  }
`
);

export {
  REVIEW_THREADS_QUERY,
  MAX_THREADS_PER_MUTATION,
  resolveThreadsMutation,
  filesAtCommitQuery,
  VIEWER_QUERY,
  sameAuthor,
  planSummary,
  planReview
};
