import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  CONFIG_FROM_VALUES
} from "./chunk-5U2HMAFZ.js";
import {
  issueCommentMarker,
  markerWith,
  readIssueCommentMarker,
  readMarkerFields
} from "./chunk-6T2L6R3R.js";
import {
  inlineText,
  tableCell
} from "./chunk-YL46HXTP.js";
import {
  truncate
} from "./chunk-POANTLKZ.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/plan/calendar.ts
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var MS_PER_DAY = 864e5;
function isCalendarDate(text) {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function dayNumber(date) {
  if (!isCalendarDate(date)) throw new RangeError(`Unexpected date "${date}", expected YYYY-MM-DD`);
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}
function fromDayNumber(days2) {
  return new Date(days2 * MS_PER_DAY).toISOString().slice(0, 10);
}
function addDays(date, days2) {
  return fromDayNumber(dayNumber(date) + days2);
}
function daysBetween(from, to) {
  return dayNumber(to) - dayNumber(from);
}
function isTimeZone(name) {
  if (name.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
function dateInZone(instant, timeZone) {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Unexpected invalid instant, expected a real date-time");
  if (!isTimeZone(timeZone)) throw new RangeError(`Unexpected time zone "${timeZone}", expected an IANA name such as UTC or Europe/Paris`);
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}

// src/plan/nag-ledger.ts
var NAG_KINDS = ["due-soon", "overdue", "escalation", "follow-up"];
var LEDGER_KIND = "nag-ledger";
var LEDGER_MARKER_GLOBAL = /\n*<!-- postmortem-action:nag-ledger[^<>]*-->/g;
var COMMENT_KEY = /^nag:([a-z-]+):(\d{4}-\d{2}-\d{2})$/;
function isNagKind(text) {
  return NAG_KINDS.includes(text);
}
function nagCommentKey(kind, date) {
  if (!isCalendarDate(date)) throw new RangeError(`Unexpected date "${date}", expected YYYY-MM-DD`);
  return `nag:${kind}:${date}`;
}
function nagCommentMarker(kind, date) {
  return issueCommentMarker(nagCommentKey(kind, date));
}
function readNagCommentMarker(body) {
  const match = COMMENT_KEY.exec(readIssueCommentMarker(body) ?? "");
  if (match === null) return void 0;
  const [, kind = "", date = ""] = match;
  return isNagKind(kind) && isCalendarDate(date) ? { kind, date } : void 0;
}
function renderLedger(ledger) {
  const fields = { c: ledger.commentCount };
  for (const kind of NAG_KINDS) {
    const date = ledger.dates[kind];
    if (date !== void 0) fields[kind] = date;
  }
  return markerWith(LEDGER_KIND, fields);
}
function readLedger(body) {
  const fields = readMarkerFields(LEDGER_KIND, body);
  if (fields === void 0) return void 0;
  const ledger = { commentCount: -1, dates: {} };
  for (const [name, value] of Object.entries(fields)) {
    if (name === "c" && /^\d{1,9}$/.test(value)) ledger.commentCount = Number(value);
    else if (isNagKind(name) && isCalendarDate(value)) ledger.dates[name] = value;
    else return void 0;
  }
  return ledger.commentCount < 0 ? void 0 : ledger;
}
function withLedger(body, ledger) {
  const rest = body.replace(LEDGER_MARKER_GLOBAL, "").replace(/\s+$/, "");
  return rest === "" ? renderLedger(ledger) : `${rest}

${renderLedger(ledger)}`;
}
function later(a, b) {
  return a === void 0 || b > a ? b : a;
}
function ledgerFromComments(comments, isSelf) {
  const dates = {};
  const ordered = [...comments].sort((a, b) => (a.createdAt ?? "").localeCompare(b.createdAt ?? ""));
  for (const comment of ordered) {
    if (!isSelf(comment.authorLogin)) continue;
    const marker = readNagCommentMarker(comment.body);
    if (marker === void 0) continue;
    dates[marker.kind] = marker.kind === "due-soon" ? marker.date : later(dates[marker.kind], marker.date);
  }
  return { commentCount: comments.length, dates };
}

// src/report/nag-comment.ts
var MAX_ACTION_CHARS = 300;
var MAX_TABLE_ACTION_CHARS = 100;
var MAX_FOLLOW_UP_ROWS = 150;
function days(count) {
  return count === 1 ? "1 day" : `${count} days`;
}
function ownerText(item, owner) {
  if (owner !== void 0) return `@${owner}`;
  if (item.owner === void 0 || item.owner.trim() === "") return "Owner (none named)";
  return `Owner ${inlineText(item.owner)} (not mentioned: merge mode could not assign them)`;
}
function quotedAction(item) {
  return `> ${inlineText(truncate(item.action, MAX_ACTION_CHARS)) || "(no action text)"}`;
}
function howToMove(sourceUrl) {
  return `If the date no longer holds, move it honestly: edit [the item's line in the post-mortem](${sourceUrl}) and merge the change; merge mode records the new deadline on this issue. If the work is done, close this issue.`;
}
function stateText(state) {
  switch (state.kind) {
    case "not-tracked":
      return state.reason === "no-id" ? "not tracked (no ID)" : "not tracked (no issue yet)";
    case "dropped":
      return "dropped";
    case "done":
      return "done";
    case "open":
      return state.daysLeft === void 0 ? "open (no deadline date)" : `open (due in ${days(state.daysLeft)})`;
    case "due-soon":
      return state.daysLeft === 0 ? "open (due today)" : `open (due in ${days(state.daysLeft)})`;
    case "overdue":
      return `overdue (${days(state.daysLate)} late)`;
  }
}
function followUpTable(statuses) {
  const rows = statuses.slice(0, MAX_FOLLOW_UP_ROWS).map((status) => {
    const action = status.item === void 0 ? "(removed from the post-mortem)" : tableCell(truncate(status.item.action, MAX_TABLE_ACTION_CHARS));
    const issue2 = status.issue === void 0 ? "\u2014" : `#${status.issue.number}`;
    return `| ${tableCell(status.itemId ?? "(no ID)")} | ${action} | ${issue2} | ${stateText(status.state)} |`;
  });
  const hidden = statuses.length - rows.length;
  const more = hidden > 0 ? `

\u2026and ${hidden} more item(s), listed in the digest.` : "";
  return ["| Item | Action | Issue | State |", "| --- | --- | --- | --- |", ...rows].join("\n") + more;
}
function countBy(statuses) {
  const counts = /* @__PURE__ */ new Map();
  for (const status of statuses) {
    const name = status.state.kind === "due-soon" ? "open" : status.state.kind;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const order = ["done", "open", "overdue", "dropped", "not-tracked"];
  return order.filter((name) => counts.has(name)).map((name) => `${counts.get(name)} ${name.replace("-", " ")}`).join(", ") || "no action items";
}
function renderNagComment(input) {
  switch (input.kind) {
    case "due-soon": {
      const when = input.daysLeft === 0 ? "today" : `in ${days(input.daysLeft)}`;
      return [
        `**Due soon:** this action item is due ${when}, on **${input.item.deadline ?? ""}**.`,
        "",
        quotedAction(input.item),
        "",
        `${ownerText(input.item, input.owner)}: is it on track? ${howToMove(input.sourceUrl)}`
      ].join("\n");
    }
    case "overdue":
      return [
        `**Overdue:** this action item was due on **${input.item.deadline ?? ""}** and is ${days(input.daysLate)} late.`,
        "",
        quotedAction(input.item),
        "",
        `${ownerText(input.item, input.owner)}: ${howToMove(input.sourceUrl)}`,
        "",
        `The next reminder comes no sooner than ${input.next}.`
      ].join("\n");
    case "escalation":
      return [
        `**Escalation:** this ${inlineText(input.item.priority ?? "")} action item is ${days(input.daysLate)} past its deadline (${input.item.deadline ?? ""}) and still open.`,
        "",
        quotedAction(input.item),
        "",
        `${input.targets.join(" ")}: can you help unblock it, or agree a new date with ${input.owner === void 0 ? "its owner" : `@\u200D${input.owner}`}? ${howToMove(input.sourceUrl)}`
      ].join("\n");
    case "follow-up":
      return [
        `**Follow-up review due** (since ${input.due}). ${input.mentions.length > 0 ? `${input.mentions.join(" ")}: ` : ""}time to review this incident's action items: did each action reduce the risk, did the same contributing factors show up again, and what is still open and why?`,
        "",
        `Action items: ${countBy(input.statuses)}.`,
        "",
        followUpTable(input.statuses),
        "",
        `Close this issue when the review is done; until then a reminder comes every interval (next no sooner than ${input.next}).`
      ].join("\n");
  }
}

// src/plan/nag.ts
var LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
var TEAM = /^@([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/;
function ownerLogin(owner) {
  return owner === void 0 ? void 0 : LOGIN.exec(owner.trim())?.[1];
}
function normaliseHandle(handle) {
  const text = handle.trim();
  if (TEAM.test(text)) return text;
  const login = LOGIN.exec(text)?.[1];
  return login === void 0 ? void 0 : `@${login}`;
}
function sameLogin(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
function validatedOwner(item, issue2) {
  const login = ownerLogin(item?.owner);
  return login !== void 0 && issue2.assignees.some((assignee) => sameLogin(assignee, login)) ? login : void 0;
}
function hasLabel(issue2, label) {
  return issue2.labels.some((name) => name.toLowerCase() === label.toLowerCase());
}
function itemKey(postmortemId, itemId) {
  return `${postmortemId}/${itemId}`;
}
function itemState(item, issue2, input) {
  if (item.id === void 0) return { kind: "not-tracked", reason: "no-id" };
  if (issue2 === void 0) return { kind: "not-tracked", reason: "no-issue" };
  if (hasLabel(issue2, input.labels.dropped)) return { kind: "dropped" };
  if (issue2.state === "closed") return issue2.closedAt === void 0 ? { kind: "done" } : { kind: "done", closedAt: issue2.closedAt };
  if (item.done === true) return { kind: "done" };
  if (item.deadline === void 0) return { kind: "open" };
  const daysLeft = daysBetween(input.today, item.deadline);
  if (daysLeft < 0) return { kind: "overdue", daysLate: -daysLeft };
  if (daysLeft <= input.options.remindBeforeDays) return { kind: "due-soon", daysLeft };
  return { kind: "open", daysLeft };
}
function itemStatuses(input) {
  const issues = /* @__PURE__ */ new Map();
  for (const issue2 of [...input.itemIssues].sort((a, b) => a.number - b.number)) {
    const key = itemKey(issue2.postmortemId, issue2.itemId);
    if (!issues.has(key)) issues.set(key, issue2);
  }
  const statuses = [];
  const seen = /* @__PURE__ */ new Set();
  for (const postmortem of input.postmortems) {
    for (const item of postmortem.items) {
      const key = item.id === void 0 ? void 0 : itemKey(postmortem.id, item.id);
      const issue2 = key === void 0 || seen.has(key) ? void 0 : issues.get(key);
      if (key !== void 0) seen.add(key);
      const state = itemState(item, issue2, input);
      statuses.push({ postmortem, item, ...item.id === void 0 ? {} : { itemId: item.id }, ...issue2 === void 0 ? {} : { issue: issue2 }, state });
    }
  }
  const byId = new Map(input.postmortems.map((postmortem) => [postmortem.id, postmortem]));
  for (const issue2 of input.itemIssues) {
    const key = itemKey(issue2.postmortemId, issue2.itemId);
    if (seen.has(key) || issues.get(key) !== issue2) continue;
    const postmortem = byId.get(issue2.postmortemId) ?? { id: issue2.postmortemId, path: "", title: issue2.postmortemId, items: [] };
    statuses.push({ postmortem, itemId: issue2.itemId, issue: issue2, state: { kind: "dropped" } });
  }
  return statuses;
}
function ledgerState(issue2, comments, isSelf) {
  const written = readLedger(issue2.body);
  if (written !== void 0 && written.commentCount === issue2.commentCount) return { issue: issue2, ledger: written, trusted: true, stale: false };
  if (written === void 0 && issue2.commentCount === 0) return { issue: issue2, ledger: { commentCount: 0, dates: {} }, trusted: true, stale: false };
  const read = comments?.get(issue2.number);
  if (read === void 0) return { issue: issue2, ledger: written ?? { commentCount: issue2.commentCount, dates: {} }, trusted: false, stale: true };
  return { issue: issue2, ledger: { ...ledgerFromComments(read, isSelf), commentCount: issue2.commentCount }, trusted: true, stale: true };
}
function intervalPassed(last, today, interval) {
  return last === void 0 || daysBetween(last, today) >= interval;
}
var PlanBuilder = class {
  constructor(input) {
    this.input = input;
  }
  input;
  comments = [];
  labels = [];
  needComments = /* @__PURE__ */ new Set();
  notes = [];
  ledgers = /* @__PURE__ */ new Map();
  ledgerOf(issue2) {
    let state = this.ledgers.get(issue2.number);
    if (state === void 0) {
      state = ledgerState(issue2, this.input.comments, this.input.isSelf);
      this.ledgers.set(issue2.number, state);
    }
    return state;
  }
  /** Plans the comment unless its issue's ledger must first be checked against the comments. */
  comment(issue2, kind, date, body, mentions) {
    const state = this.ledgerOf(issue2);
    if (!state.trusted) {
      this.needComments.add(issue2.number);
      return;
    }
    const marker = nagCommentMarker(kind, date);
    this.comments.push({ issue: issue2.number, kind, date, key: `nag:${issue2.number}:${kind}:${date}`, marker, body: `${marker}
${body}`, mentions });
  }
  label(issue2, label, change) {
    this.labels.push({ issue: issue2.number, label, change, key: `label:${issue2.number}:${change}:${label}` });
  }
  ledgerPlans() {
    const plans = [];
    const posting = new Set(this.comments.map((comment) => comment.issue));
    for (const state of this.ledgers.values()) {
      if (!state.trusted) continue;
      if (!posting.has(state.issue.number) && !state.stale) continue;
      plans.push({ issue: state.issue.number, body: state.issue.body, commentCount: state.issue.commentCount, before: state.ledger, stale: state.stale });
    }
    return plans;
  }
};
function planItem(builder, status, input, authors) {
  const { issue: issue2, item, state, postmortem } = status;
  if (issue2 === void 0) return;
  const { options, today } = input;
  const overdueLabelled = hasLabel(issue2, input.labels.overdue);
  if (state.kind !== "overdue") {
    if (overdueLabelled) builder.label(issue2, input.labels.overdue, "remove");
    if (state.kind !== "due-soon" || item?.deadline === void 0) return;
    if (builder.ledgerOf(issue2).ledger.dates["due-soon"] === item.deadline) return;
    const owner2 = validatedOwner(item, issue2);
    builder.comment(issue2, "due-soon", item.deadline, renderNagComment({ kind: "due-soon", item, postmortem, daysLeft: state.daysLeft, owner: owner2, sourceUrl: input.sourceUrl(postmortem.path, item.line) }), owner2 === void 0 ? [] : [`@${owner2}`]);
    return;
  }
  if (item === void 0 || item.deadline === void 0) return;
  if (!overdueLabelled) builder.label(issue2, input.labels.overdue, "add");
  const dates = builder.ledgerOf(issue2).ledger.dates;
  const owner = validatedOwner(item, issue2);
  const sourceUrl = input.sourceUrl(postmortem.path, item.line);
  if (intervalPassed(dates.overdue, today, options.nagIntervalDays)) {
    const next = addDays(today, options.nagIntervalDays);
    builder.comment(issue2, "overdue", today, renderNagComment({ kind: "overdue", item, postmortem, daysLate: state.daysLate, owner, sourceUrl, next }), owner === void 0 ? [] : [`@${owner}`]);
  }
  const escalates = item.priority !== void 0 && options.escalatePriorities.some((level) => level.toLowerCase() === item.priority?.toLowerCase());
  if (!escalates || state.daysLate < options.escalateAfterDays || !intervalPassed(dates.escalation, today, options.nagIntervalDays)) return;
  const targets = options.escalateTo.length > 0 ? [...options.escalateTo] : authors.of(postmortem.id);
  if (targets.length === 0) {
    builder.notes.push(`Issue #${issue2.number} is due for escalation but has nobody to mention: set escalate-to, or let merge mode assign the post-mortem's authors to its follow-up review.`);
    return;
  }
  builder.comment(issue2, "escalation", today, renderNagComment({ kind: "escalation", item, postmortem, daysLate: state.daysLate, owner, sourceUrl, targets }), targets);
}
var AuthorMentions = class {
  byPostmortem = /* @__PURE__ */ new Map();
  constructor(followUps) {
    for (const followUp of followUps) this.byPostmortem.set(followUp.postmortemId, followUp.assignees.map((login) => `@${login}`));
  }
  of(postmortemId) {
    return this.byPostmortem.get(postmortemId) ?? [];
  }
};
function planFollowUp(builder, followUp, statuses, input) {
  if (followUp.state === "closed" || daysBetween(followUp.due, input.today) < 0) return;
  if (!intervalPassed(builder.ledgerOf(followUp).ledger.dates["follow-up"], input.today, input.options.nagIntervalDays)) return;
  const own = statuses.filter((status) => status.postmortem.id === followUp.postmortemId);
  const mentions = followUp.assignees.map((login) => `@${login}`);
  builder.comment(followUp, "follow-up", input.today, renderNagComment({ kind: "follow-up", due: followUp.due, statuses: own, mentions, next: addDays(input.today, input.options.nagIntervalDays) }), mentions);
}
function planNag(input) {
  const statuses = itemStatuses(input);
  const builder = new PlanBuilder(input);
  const authors = new AuthorMentions(input.followUps);
  for (const status of statuses) planItem(builder, status, input, authors);
  for (const followUp of input.followUps) planFollowUp(builder, followUp, statuses, input);
  return {
    today: input.today,
    comments: builder.comments,
    labels: builder.labels,
    ledgers: builder.ledgerPlans(),
    needComments: [...builder.needComments].sort((a, b) => a - b),
    statuses,
    notes: builder.notes
  };
}
function ledgerEdits(plan, posted) {
  const edits = [];
  const doneByIssue = /* @__PURE__ */ new Map();
  for (const comment of plan.comments) {
    if (posted.has(comment.key)) doneByIssue.set(comment.issue, [...doneByIssue.get(comment.issue) ?? [], comment]);
  }
  for (const ledger of plan.ledgers) {
    const done = doneByIssue.get(ledger.issue) ?? [];
    if (done.length === 0 && !ledger.stale) continue;
    const dates = { ...ledger.before.dates };
    for (const comment of done) dates[comment.kind] = comment.date;
    const body = withLedger(ledger.body, { commentCount: ledger.commentCount + done.length, dates });
    if (body !== ledger.body) edits.push({ issue: ledger.issue, body, key: `ledger:${ledger.issue}` });
  }
  return edits;
}

// src/inputs.ts
var FAIL_ON_VALUES = ["error", "warning", "never"];
var MODE_VALUES = ["auto", "lint", "sync", "nag"];
var SCOPE_VALUES = ["changed", "all"];
var DIGEST_VALUES = ["issue", "summary", "off"];
var DEFAULT_TIMING = { requestTimeoutMs: 3e4, createIntervalMs: 3e3, writeIntervalMs: 1e3, lateCommitWaitMs: 2e4 };
var TIMING_VARIABLES = {
  requestTimeoutMs: "POSTMORTEM_REQUEST_TIMEOUT_MS",
  createIntervalMs: "POSTMORTEM_CREATE_INTERVAL_MS",
  writeIntervalMs: "POSTMORTEM_WRITE_INTERVAL_MS",
  lateCommitWaitMs: "POSTMORTEM_LATE_COMMIT_WAIT_MS"
};
var InputError = class extends Error {
  name = "InputError";
};
function oneOf(name, allowed) {
  const value = getInput(name, { required: true }).trim();
  const match = allowed.find((candidate) => candidate === value.toLowerCase());
  if (match === void 0) {
    throw new InputError(`Input "${name}" is "${value}", expected one of: ${allowed.join(", ")}`);
  }
  return match;
}
function booleanInput(name) {
  try {
    return getBooleanInput(name, { required: true });
  } catch (error2) {
    const value = getInput(name);
    throw new InputError(`Input "${name}" is "${value}", expected one of: true, false`, { cause: error2 });
  }
}
function pathsInput() {
  const globs = getMultilineInput("paths", { required: true }).map((glob) => glob.trim()).filter((glob) => glob !== "" && !glob.startsWith("#"));
  if (globs.length === 0) throw new InputError('Input "paths" has no globs, expected at least one line such as postmortems/**/*.md');
  for (const glob of globs) {
    if (glob.startsWith("/") || glob.split("/").includes("..")) {
      throw new InputError(`Input "paths" has "${glob}", expected a glob relative to the workspace (no leading "/" or "..")`);
    }
  }
  return globs;
}
function positiveInteger(name, max) {
  const value = getInput(name, { required: true }).trim();
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1 || number > max) {
    throw new InputError(`Input "${name}" is "${value}", expected a whole number from 1 to ${max}`);
  }
  return number;
}
function labelsInput() {
  const labels = getMultilineInput("labels").map((label) => label.trim()).filter((label) => label !== "");
  for (const label of labels) {
    if (label.length > 50) throw new InputError(`Input "labels" has "${label.slice(0, 60)}...", expected label names of at most 50 characters (GitHub's limit)`);
    if (label.includes(",")) throw new InputError(`Input "labels" has "${label}", expected one label per line (no commas)`);
  }
  return [...new Set(labels)];
}
function issueTitleInput() {
  const template = getInput("issue-title", { required: true }).trim();
  const unknown = [...template.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]).filter((name) => !["id", "action", "postmortem", "title"].includes(name ?? ""));
  if (unknown.length > 0) throw new InputError(`Input "issue-title" has {${unknown[0]}}, expected only {id}, {action}, {postmortem} and {title}`);
  return template;
}
function readTiming(env = process.env) {
  const timing = { ...DEFAULT_TIMING };
  for (const [field, variable] of Object.entries(TIMING_VARIABLES)) {
    const raw = env[variable]?.trim();
    if (raw === void 0 || raw === "") continue;
    if (!/^\d+$/.test(raw) || Number(raw) > 36e5) throw new InputError(`${variable} is "${raw.slice(0, 40)}", expected milliseconds from 0 to 3600000`);
    timing[field] = Number(raw);
  }
  if (timing.requestTimeoutMs === 0) throw new InputError(`${TIMING_VARIABLES.requestTimeoutMs} is 0, expected at least 1 millisecond`);
  return timing;
}
function readInputs() {
  const token = getInput("github-token", { required: true });
  setSecret(token);
  const config = getInput("config").trim();
  return {
    githubToken: token,
    paths: pathsInput(),
    ...config === "" ? {} : { config },
    failOn: oneOf("fail-on", FAIL_ON_VALUES),
    configFrom: oneOf("config-from", CONFIG_FROM_VALUES),
    mode: oneOf("mode", MODE_VALUES),
    dryRun: booleanInput("dry-run"),
    scope: oneOf("scope", SCOPE_VALUES),
    followUpDays: positiveInteger("follow-up-days", 366),
    labels: labelsInput(),
    maxWrites: positiveInteger("max-writes", 1e4),
    issueTitle: issueTitleInput(),
    timing: readTiming()
  };
}
function dayCount(name, min, max) {
  const value = getInput(name, { required: true }).trim();
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new InputError(`Input "${name}" is "${value}", expected a whole number of days from ${min} to ${max}`);
  return number;
}
function escalateToInput() {
  const handles = [];
  for (const line of getMultilineInput("escalate-to").map((text) => text.trim()).filter((text) => text !== "")) {
    const handle = normaliseHandle(line);
    if (handle === void 0) throw new InputError(`Input "escalate-to" has "${line.slice(0, 60)}", expected GitHub handles such as @sponsor or @org/team, one per line`);
    if (!handles.includes(handle)) handles.push(handle);
  }
  return handles;
}
function timeZoneInput() {
  const zone = getInput("timezone", { required: true }).trim();
  if (!isTimeZone(zone)) throw new InputError(`Input "timezone" is "${zone.slice(0, 60)}", expected an IANA time zone such as UTC, Europe/Paris or America/New_York`);
  return zone;
}
function readNagInputs() {
  return {
    remindBeforeDays: dayCount("remind-before", 0, 365),
    nagIntervalDays: dayCount("nag-interval", 1, 365),
    escalateAfterDays: dayCount("escalate-after", 0, 365),
    escalatePriorities: getMultilineInput("escalate-priorities").map((text) => text.trim()).filter((text) => text !== ""),
    escalateTo: escalateToInput(),
    timeZone: timeZoneInput(),
    digest: oneOf("digest", DIGEST_VALUES)
  };
}

export {
  summary,
  setOutput,
  setFailed,
  debug,
  error,
  warning,
  notice,
  info,
  isCalendarDate,
  addDays,
  daysBetween,
  dateInZone,
  stateText,
  planNag,
  ledgerEdits,
  InputError,
  readInputs,
  readNagInputs
};
