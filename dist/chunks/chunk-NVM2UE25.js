import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  RULES,
  SOURCE,
  checkRuleOptions,
  ruleDocsUrl
} from "./chunk-4R6OAHEB.js";
import {
  VFile,
  buildPostmortem,
  hasYamlFrontMatter,
  markdownParser,
  ok,
  visit
} from "./chunk-5P76JHEA.js";

// src/files.ts
import { lstat, open, realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";

// node_modules/mdast-comment-marker/lib/index.js
var commentExpression = /\s*([a-zA-Z\d-]+)(\s+([\s\S]*))?\s*/;
var esCommentExpression = new RegExp(
  "(\\s*\\/\\*" + commentExpression.source + "\\*\\/\\s*)"
);
var markerExpression = new RegExp(
  "(\\s*<!--" + commentExpression.source + "-->\\s*)"
);
function commentMarker(value) {
  if (isNode(value) && (value.type === "html" || value.type === "mdxFlowExpression" || value.type === "mdxTextExpression")) {
    const match = value.value.match(
      value.type === "html" ? markerExpression : esCommentExpression
    );
    if (match && match[0].length === value.value.length) {
      const parameters = parseParameters(match[3] || "");
      if (parameters) {
        return {
          name: match[2],
          attributes: (match[4] || "").trim(),
          parameters,
          node: value
        };
      }
    }
  }
}
function parseParameters(value) {
  const parameters = {};
  return value.replace(
    /\s+([-\w]+)(?:=(?:"((?:\\[\s\S]|[^"])*)"|'((?:\\[\s\S]|[^'])*)'|((?:\\[\s\S]|[^"'\s])+)))?/gi,
    replacer
  ).replace(/\s+/g, "") ? void 0 : parameters;
  function replacer(_, $1, $2, $3, $4) {
    let value2 = $2 === void 0 ? $3 === void 0 ? $4 : $3 : $2;
    const number = Number(value2);
    if (value2 === "true" || value2 === void 0) {
      value2 = true;
    } else if (value2 === "false") {
      value2 = false;
    } else if (value2.trim() && !Number.isNaN(number)) {
      value2 = number;
    }
    parameters[$1] = value2;
    return "";
  }
}
function isNode(value) {
  return Boolean(value && typeof value === "object" && "type" in value);
}

// node_modules/space-separated-tokens/index.js
function parse(value) {
  const input = String(value || "").trim();
  return input ? input.split(/[ \t\n\r\f]+/g) : [];
}

// node_modules/vfile-location/lib/index.js
function location(file) {
  const value = String(file);
  const indices = [];
  let cr = -1;
  let lf = -1;
  return { toOffset, toPoint };
  function grow() {
    const from = indices.at(-1) ?? 0;
    if (cr < from) {
      cr = value.indexOf("\r", from);
      if (cr === -1) cr = Infinity;
    }
    if (lf < from) {
      lf = value.indexOf("\n", from);
      if (lf === -1) lf = Infinity;
    }
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf);
    indices.push((eol === Infinity ? value.length : eol) + 1);
  }
  function toPoint(offset) {
    if (typeof offset === "number" && offset > -1 && offset <= value.length) {
      while ((indices.at(-1) ?? 0) <= offset) grow();
      let low = 0;
      let high = indices.length - 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (indices[middle] > offset) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return {
        line: low + 1,
        column: offset - (low > 0 ? indices[low - 1] : 0) + 1,
        offset
      };
    }
  }
  function toOffset(point) {
    if (point && typeof point.line === "number" && typeof point.column === "number" && !Number.isNaN(point.line) && // Excludes `NaN` too.
    point.column > 0) {
      while (indices.length < point.line && (indices.at(-1) ?? 0) <= value.length) {
        grow();
      }
      const offset = (point.line > 1 ? indices[point.line - 2] : 0) + point.column - 1;
      if (offset < indices[point.line - 1]) return offset;
    }
  }
}

// node_modules/unified-message-control/lib/index.js
var own = {}.hasOwnProperty;
function messageControl(tree, options) {
  if (!options || typeof options !== "object") {
    throw new Error("Expected `options`");
  }
  const { file, marker, name, test: test2 } = options;
  let { enable, disable, known, reset, source } = options;
  if (!enable) enable = [];
  if (!disable) disable = [];
  if (!file) {
    throw new Error("Expected `file` in `options`");
  }
  if (!marker) {
    throw new Error("Expected `marker` in `options`");
  }
  if (!name) {
    throw new Error("Expected `name` in `options`");
  }
  const sources = typeof source === "string" ? [source] : source || [name];
  const toOffset = location(file).toOffset;
  const initial = !reset;
  const gaps = detectGaps(tree);
  const scope = {};
  const globals = [];
  visit(tree, test2, visitor);
  file.messages = file.messages.filter(function(m) {
    return filter(m);
  });
  function visitor(node, position, parent) {
    const point = node.position && node.position.start;
    const mark = marker(node);
    if (!point || !mark || mark.name !== name) {
      return;
    }
    const ruleIds = parse(mark.attributes);
    const verb = ruleIds.shift();
    const fn = verb === "enable" ? doEnable : verb === "disable" ? doDisable : verb === "ignore" ? doIgnore : void 0;
    if (!fn) {
      file.fail(
        "Unknown keyword `" + verb + "`: expected `'enable'`, `'disable'`, or `'ignore'`",
        node
      );
    }
    ok(verb, "expected verb");
    ok(fn, "expected verb");
    const next = parent && position !== void 0 && parent.children[position + 1] || void 0;
    const tail = next && next.position && next.position.end;
    if (ruleIds.length === 0) {
      fn(point, void 0, tail);
    } else {
      let index = -1;
      while (++index < ruleIds.length) {
        const ruleId = ruleIds[index];
        if (isKnown(ruleId, verb, node)) {
          fn(point, ruleId, tail);
        }
      }
    }
  }
  function doIgnore(point, ruleId, tail) {
    if (tail) {
      toggle(point, false, ruleId);
      toggle(tail, true, ruleId);
    }
  }
  function doDisable(point, ruleId) {
    toggle(point, false, ruleId);
    if (!ruleId) reset = true;
  }
  function doEnable(point, ruleId) {
    toggle(point, true, ruleId);
    if (!ruleId) reset = false;
  }
  function filter(message) {
    let gapIndex = gaps.length;
    if (!message.source || !sources.includes(message.source)) {
      return true;
    }
    if (!message.line) message.line = 1;
    if (!message.column) message.column = 1;
    const offset = toOffset(message);
    ok(typeof offset === "number");
    while (gapIndex--) {
      if (gaps[gapIndex][0] <= offset && gaps[gapIndex][1] > offset) {
        return false;
      }
    }
    return (!message.ruleId || check(message, scope[message.ruleId], true)) && check(message, globals, false);
  }
  function isKnown(ruleId, verb, node) {
    const result = known ? known.includes(ruleId) : true;
    if (!result) {
      file.message("Cannot " + verb + " `'" + ruleId + "'`, it\u2019s not known", {
        ancestors: [node],
        place: node.position,
        ruleId: "known",
        source: "unified-message-control"
      });
    }
    return result;
  }
  function getState(ruleId) {
    const ranges = ruleId ? scope[ruleId] : globals;
    if (ranges && ranges.length > 0) {
      return ranges[ranges.length - 1].state;
    }
    ok(enable);
    ok(disable);
    return ruleId ? reset ? enable.includes(ruleId) : !disable.includes(ruleId) : !reset;
  }
  function toggle(point, state, ruleId) {
    const markers = ruleId ? scope[ruleId] || (scope[ruleId] = []) : globals;
    const current = getState(ruleId);
    if (current !== state) {
      markers.push({ state, point });
    }
    if (!ruleId) {
      for (ruleId in scope) {
        if (own.call(scope, ruleId)) {
          toggle(point, state, ruleId);
        }
      }
    }
  }
  function check(message, marks, local) {
    if (message.line && message.column && marks && marks.length > 0) {
      let index = marks.length;
      while (index--) {
        const mark = marks[index];
        if (mark.point && (mark.point.line < message.line || mark.point.line === message.line && mark.point.column <= message.column)) {
          return mark.state === true;
        }
      }
    }
    if (local) {
      ok(message.ruleId);
      ok(enable);
      ok(disable);
      return reset ? enable.includes(message.ruleId) : !disable.includes(message.ruleId);
    }
    return Boolean(initial || reset);
  }
}
function detectGaps(tree) {
  const end = tree && tree.position && tree.position.end && tree.position.end.offset;
  let offset = 0;
  let gap = false;
  const gaps = [];
  visit(tree, one);
  if (typeof end === "number" && offset !== end) {
    update();
    update(end);
  }
  return gaps;
  function one(node) {
    update(node.position && node.position.start && node.position.start.offset);
    if (!("children" in node)) {
      update(node.position && node.position.end && node.position.end.offset);
    }
  }
  function update(latest) {
    if (latest === null || latest === void 0) {
      gap = true;
    } else if (offset < latest) {
      if (gap) {
        gaps.push([offset, latest]);
        gap = false;
      }
      offset = latest;
    }
  }
}

// node_modules/remark-message-control/lib/index.js
var test = [
  "comment",
  // In MDX@1, comments have their own node.
  "html",
  // Comments are `html` nodes in mdast.
  "mdxFlowExpression",
  // In MDX@2, comments exist in bracketed expressions.
  "mdxTextExpression"
];
function remarkMessageControl(options) {
  return function(tree, file) {
    messageControl(tree, { ...options, file, marker: commentMarker, test });
  };
}

// src/lint/engine.ts
var MAX_DOCUMENT_CHARS = 1024 * 1024;
var MAX_NESTING = 32;
var ENGINE_FINDINGS = ["front-matter", "too-large", "too-deep", "too-complex", "empty", "binary", "encoding", "unreadable", "comment"];
var COMMENT = /^<!--\s*postmortem-lint\s+(\S+)([^]*?)\s*-->$/;
var KEYWORDS = ["enable", "disable", "ignore"];
function remarkCheckLintComments() {
  const known = /* @__PURE__ */ new Set([...Object.keys(RULES), ...ENGINE_FINDINGS]);
  return (tree, file) => {
    visit(tree, "html", (node, index, parent) => {
      warnIfSplittingTable(node, index, parent, file);
      const match = COMMENT.exec(node.value.trim());
      if (!match) return;
      const keyword = match[1];
      const ids = (match[2] ?? "").trim().split(/\s+/).filter(Boolean);
      const report = (reason) => {
        const message = file.message(reason, { place: node.position, ruleId: "comment", source: SOURCE });
        message.fatal = true;
        message.url = ruleDocsUrl("parse-errors");
      };
      if (!KEYWORDS.includes(keyword)) {
        report(`Unexpected keyword \`${keyword}\` in a postmortem-lint comment, expected one of: ${KEYWORDS.join(", ")}`);
        node.value = "<!-- -->";
        return;
      }
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length === 0) return;
      report(`Unexpected unknown rule ${unknown.map((id) => `\`${id}\``).join(", ")} in a postmortem-lint comment, expected rule ids such as: ${[...Object.keys(RULES)].join(", ")}`);
      const kept = ids.filter((id) => known.has(id));
      node.value = kept.length > 0 ? `<!-- postmortem-lint ${keyword} ${kept.join(" ")} -->` : "<!-- -->";
    });
  };
}
function warnIfSplittingTable(node, index, parent, file) {
  if (index === void 0 || parent === void 0 || !node.value.trim().startsWith("<!--")) return;
  const before = parent.children[index - 1];
  const after = parent.children[index + 1];
  if (before?.type !== "table" || after?.type !== "paragraph") return;
  const start = after.position?.start.offset;
  if (start === void 0 || String(file.value)[start] !== "|") return;
  const message = file.message(
    "Unexpected comment between table rows (it ends the table: the rows after it are not read as rows), expected the comment before the table (an ignore comment applies to the whole table)",
    { place: node.position, ruleId: "comment", source: SOURCE }
  );
  message.fatal = false;
  message.url = ruleDocsUrl("parse-errors");
}
var yamlFrontMatter;
async function loadYamlFrontMatter() {
  yamlFrontMatter ??= (await import("./front-matter-QK4LHWTL.js")).readYamlFrontMatter;
  return yamlFrontMatter;
}
function remarkPostmortemModel(options) {
  const transform = (tree, file) => {
    const reader = options?.readFrontMatter ?? yamlFrontMatter;
    if (!reader && hasYamlFrontMatter(tree)) return loadYamlFrontMatter().then((loaded) => addModel(tree, file, options?.config, loaded));
    return addModel(tree, file, options?.config, reader);
  };
  return transform;
}
function addModel(tree, file, configOption, readFrontMatter) {
  const data = file.data;
  const config = configOption ?? data.postmortemConfig;
  if (!config) throw new Error("remarkPostmortemModel needs a config");
  data.postmortemConfig = config;
  data.postmortem = buildPostmortem(tree, String(file.value), config, file.path, readFrontMatter);
  for (const problem of data.postmortem.problems) {
    const place = problem.span ? { start: problem.span.start, end: problem.span.end } : void 0;
    const message = file.message(problem.message, { place, ruleId: problem.kind, source: SOURCE });
    message.fatal = true;
    message.url = ruleDocsUrl("parse-errors");
  }
  return void 0;
}
var processors = /* @__PURE__ */ new WeakMap();
function processorsFor(config) {
  let built = processors.get(config);
  if (!built) {
    checkRuleOptions(config);
    const plain = markdownParser().use(remarkPostmortemModel, { config });
    for (const [id, plugin] of Object.entries(RULES)) {
      const setting = config.rules[id];
      if (setting && setting.level !== "off") plain.use(plugin, [setting.level, setting.options]);
    }
    const full = plain().use(remarkCheckLintComments).use(remarkMessageControl, { name: SOURCE, source: SOURCE, known: [...Object.keys(RULES), ...ENGINE_FINDINGS] });
    built = { full: full.freeze(), plain: plain.freeze() };
    processors.set(config, built);
  }
  return built;
}
var lintText = async (path, input, config) => {
  const text = (input.charCodeAt(0) === 65279 ? input.slice(1) : input).replace(/\r(?!\n)/g, "\n");
  const guard = guardText(text);
  if (guard) return { path, findings: [guard], skipped: true, text };
  const { full, plain } = processorsFor(config);
  const processor = text.includes("<!--") ? full : plain;
  const file = new VFile({ path, value: text });
  const tree = processor.parse(file);
  await processor.run(tree, file);
  const data = file.data;
  return { path, findings: file.messages.map(toFinding).sort(byPosition), postmortem: data.postmortem, text };
};
function guardText(text) {
  if (text.trim() === "") return engineFinding("empty", "Unexpected empty file, expected a post-mortem document", 1);
  if (text.length > MAX_DOCUMENT_CHARS) {
    return engineFinding("too-large", `Unexpected file of ${text.length} characters, expected at most ${MAX_DOCUMENT_CHARS}; the file was not linted`, 1);
  }
  const deep = deepestLine(text);
  if (deep.depth > MAX_NESTING) {
    return engineFinding("too-deep", `Unexpected nesting ${deep.depth} levels deep, expected at most ${MAX_NESTING}; the file was not linted`, deep.line);
  }
  const complex = complexity(text);
  if (complex) return engineFinding("too-complex", `Unexpected ${complex.what}, expected ${complex.limit}; the file was not linted`, complex.line);
  return void 0;
}
var COMPLEXITY_LIMITS = { containers: 500, headings: 1e3, delimitersPerBlock: 1e3, tableRows: 500, listItems: 1e3, wordsPerBlock: 2e4, words: 5e4 };
var TABLE_DELIMITER = /^\s{0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
function countWords(line) {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const space = code === 32 || code === 9;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
function complexity(text) {
  let containers = 0;
  let headings = 0;
  let delimiters = 0;
  let blockStart = 1;
  let tableRows = 0;
  let inTable = false;
  let listItems = 0;
  let words = 0;
  let totalWords = 0;
  let previousRow = "";
  let fence;
  let previousContainer = "";
  let previousBlank = false;
  let line = 0;
  for (const row of text.split(/\r\n?|\n/)) {
    line++;
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(row)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = void 0;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (row.trim() === "" || row.trimStart().startsWith("|")) {
      delimiters = 0;
      words = 0;
      blockStart = row.trim() === "" ? line + 1 : line;
    }
    if (row.trim() === "") inTable = false;
    else if (inTable) {
      if (++tableRows > COMPLEXITY_LIMITS.tableRows) {
        return { what: `more than ${COMPLEXITY_LIMITS.tableRows} table rows`, limit: "a timeline and action items of ordinary length (split a long log into an attachment or a code block)", line };
      }
    } else if (row.includes("|") || previousRow.includes("|")) {
      inTable = TABLE_DELIMITER.test(row) && previousRow.trim() !== "" && (row.includes("|") || previousRow.includes("|"));
    }
    previousRow = row;
    const quote = /^\s{0,3}(?:>\s?)+/.exec(row)?.[0] ?? "";
    const inner = row.slice(quote.length);
    const footnote = /^\s{0,3}\[\^[^\]]+\]:/.test(inner);
    const container = footnote ? "footnote" : /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(inner) ? `${quote ? "quoted " : ""}list` : quote ? "quote" : "";
    const opens = container !== "" && (container !== previousContainer || footnote || quote !== "" && previousBlank);
    const listItem = container !== "" && /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(inner);
    if (listItem && ++listItems > COMPLEXITY_LIMITS.listItems) {
      return { what: `more than ${COMPLEXITY_LIMITS.listItems} list items`, limit: "lists of ordinary length (a long log belongs in an attachment or a code block)", line };
    }
    if (listItem) {
      words = 0;
      blockStart = line;
    }
    if (opens && ++containers > COMPLEXITY_LIMITS.containers) {
      return { what: `more than ${COMPLEXITY_LIMITS.containers} separate lists, quotes or footnotes`, limit: "fewer lists, quotes and footnotes (merge consecutive ones)", line };
    }
    if (row.trim() !== "") previousContainer = container || (previousContainer && /^\s/.test(row) ? previousContainer : "");
    previousBlank = row.trim() === "" || /^\s{0,3}(?:>\s?)+\s*$/.test(row);
    const atx = /^\s{0,3}#{1,6}(\s|$)/.test(inner);
    const setext = /^\s{0,3}(?:=+|-+)\s*$/.test(inner);
    if ((atx || setext) && ++headings > COMPLEXITY_LIMITS.headings) {
      return { what: `more than ${COMPLEXITY_LIMITS.headings} headings`, limit: "a post-mortem of ordinary size", line };
    }
    const rowWords = countWords(inner);
    words += rowWords;
    totalWords += rowWords;
    if (words > COMPLEXITY_LIMITS.wordsPerBlock) {
      return { what: `paragraph or line of more than ${COMPLEXITY_LIMITS.wordsPerBlock} words`, limit: "paragraphs of ordinary length (separate them with blank lines)", line: blockStart };
    }
    if (totalWords > COMPLEXITY_LIMITS.words) {
      return { what: `more than ${COMPLEXITY_LIMITS.words} words`, limit: "a post-mortem of ordinary length (long logs belong in an attachment)", line };
    }
    delimiters += inner.match(/[*_`~\\[\]]/g)?.length ?? 0;
    if (delimiters > COMPLEXITY_LIMITS.delimitersPerBlock) {
      return { what: `paragraph with more than ${COMPLEXITY_LIMITS.delimitersPerBlock} emphasis, code or link marks`, limit: "fewer marks, or the text in a fenced code block", line: blockStart };
    }
  }
  return void 0;
}
function deepestLine(text) {
  let best = { depth: 0, line: 1 };
  let line = 0;
  for (const m of text.matchAll(/^([ \t>*+\-\d.]*)/gm)) {
    line++;
    const prefix = m[1] ?? "";
    if (prefix.length < MAX_NESTING) continue;
    const depth = (prefix.match(/>/g)?.length ?? 0) + Math.floor((prefix.match(/ /g)?.length ?? 0) / 2) + (prefix.match(/[*+\-]\s/g)?.length ?? 0);
    if (depth > best.depth) best = { depth, line };
  }
  return best;
}
function engineFinding(ruleId, message, line, column = 1) {
  return { ruleId, severity: "error", message, line, column, endLine: line, endColumn: column, url: ruleDocsUrl("parse-errors") };
}
function severityOf(message) {
  if (message.fatal === true) return "error";
  if (message.fatal === false) return "warning";
  return "info";
}
function toFinding(message) {
  const start = message.place && "start" in message.place ? message.place.start : message.place;
  const end = message.place && "end" in message.place ? message.place.end : start;
  const finding = {
    ruleId: message.ruleId ?? "unknown",
    severity: severityOf(message),
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1
  };
  if (message.url) finding.url = message.url;
  if (message.actual !== void 0 && message.actual !== null) finding.actual = message.actual;
  const replacement = message.expected?.[0];
  if (replacement !== void 0) finding.suggestion = { replacement };
  return finding;
}
function byPosition(a, b) {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

// src/files.ts
var MAX_READ_BYTES = MAX_DOCUMENT_CHARS * 4 + 4;
function readingFile(finish) {
  return async (workspace, relativePath, config) => {
    const skipped = (ruleId, message, line = 1) => ({
      path: relativePath,
      findings: [engineFinding(ruleId, message, line)],
      skipped: true
    });
    const root = resolve(workspace);
    const absolute = resolve(root, relativePath);
    if (isAbsolute(relative(root, absolute)) || relative(root, absolute).split(sep)[0] === "..") {
      return skipped("unreadable", "Unexpected path outside the workspace, expected a file inside it; the file was not read");
    }
    let bytes;
    try {
      const stat = await lstat(absolute);
      if (stat.isSymbolicLink()) return skipped("unreadable", "Unexpected symbolic link, expected a regular file; links are not followed");
      if (!stat.isFile()) return skipped("unreadable", "Unexpected directory or special file, expected a regular Markdown file");
      const real = await realpath(absolute);
      const realRoot = await realpath(root);
      if (relative(realRoot, real).split(sep)[0] === "..") return skipped("unreadable", "Unexpected path that leaves the workspace through a link, expected a file inside the workspace; the file was not read");
      bytes = await readAtMost(absolute, MAX_READ_BYTES);
    } catch (error) {
      return skipped("unreadable", `Unexpected error reading the file (${error.code ?? error.message}), expected a readable file`);
    }
    if (bytes.length >= MAX_READ_BYTES) return skipped("too-large", `Unexpected file larger than ${MAX_DOCUMENT_CHARS} characters, expected at most that; the file was not linted`);
    const decoded = decode(bytes);
    if ("problem" in decoded) return skipped(decoded.problem, decoded.message, decoded.line);
    return finish(relativePath, decoded.text, config);
  };
}
var lintFile = readingFile(lintText);
async function readAtMost(path, limit) {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(Math.min(limit, size + 1));
    let total = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      total += bytesRead;
      if (bytesRead === 0 || total >= buffer.length) return buffer.subarray(0, total);
    }
  } finally {
    await handle.close();
  }
}
function decode(bytes) {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { problem: "binary", message: `Unexpected binary content (a NUL byte at offset ${nul}), expected a UTF-8 Markdown file`, line: lineAt(bytes, nul) };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { problem: "encoding", message: `Unexpected invalid UTF-8 at byte ${offset}, expected a UTF-8 text file (re-save it as UTF-8)`, line: lineAt(bytes, offset) };
  }
}
function lineAt(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}
function firstInvalidUtf8(bytes) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = low + high >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

export {
  ENGINE_FINDINGS,
  guardText,
  readingFile,
  lintFile,
  decode
};
