import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  renderJson,
  renderMarkdown,
  thousands
} from "./chunk-AGTDWNVD.js";
import "./chunk-G4TJWH5O.js";
import {
  ExitCode,
  displayPath
} from "./chunk-VVUOMVBW.js";
import {
  ZoneReader,
  ZonelessTimestamp,
  readAccessLogTime,
  readIsoTimestamp,
  readTimeValue
} from "./chunk-K4JW75WR.js";
import {
  codeSpan,
  inlineText
} from "./chunk-YL46HXTP.js";
import {
  truncate
} from "./chunk-POANTLKZ.js";
import "./chunk-XBU6CGRD.js";

// src/cli/timeline-command.ts
import { open, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve, basename } from "node:path";

// src/timeline/bursts.ts
var OTHER_SIGNATURE = "\0other";
var MESSAGE_SHOWN = 160;
function signatureOf(message) {
  return message.slice(0, 400).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<id>").replace(/"[^"]*"|'[^']*'/g, "<str>").replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, "<ip>").replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{4,}\b/gi, "<hex>").replace(/\d+(?:\.\d+)?/g, "<n>").replace(/\s+/g, " ").trim().toLowerCase();
}
var BurstCollector = class {
  constructor(gap, maxSignatures) {
    this.gap = gap;
    this.maxSignatures = maxSignatures;
  }
  gap;
  maxSignatures;
  /** Per signature, bursts sorted by `first`, never overlapping or within `gap` of each other. */
  bursts = /* @__PURE__ */ new Map();
  add(hit2) {
    let key = `${hit2.level}\0${hit2.signature}`;
    let list = this.bursts.get(key);
    if (list === void 0) {
      if (this.bursts.size >= this.maxSignatures) {
        key = `${hit2.level}\0${OTHER_SIGNATURE}`;
        list = this.bursts.get(key);
      }
      if (list === void 0) {
        list = [];
        this.bursts.set(detached(key), list);
      }
      if (key.endsWith(OTHER_SIGNATURE)) hit2 = { ...hit2, message: "", signature: OTHER_SIGNATURE };
    }
    insert(list, hit2, this.gap);
  }
  /** Distinct signatures seen (bounded by maxSignatures + one "other" per level). */
  get size() {
    return this.bursts.size;
  }
  rows() {
    const rows = [];
    for (const list of this.bursts.values()) {
      for (const burst of list) rows.push(burstRow(burst));
    }
    return rows;
  }
};
function detached(text) {
  return Buffer.from(text, "utf8").toString("utf8");
}
function detachedHit(hit2) {
  return { ...hit2, message: detached(hit2.message), signature: detached(hit2.signature), actor: detached(hit2.actor) };
}
function insert(list, hit2, gap) {
  const at = hit2.at;
  const lastBurst = list[list.length - 1];
  if (lastBurst === void 0 || at > lastBurst.last + gap) {
    list.push({ first: at, last: at, count: 1, firstHit: detachedHit(hit2) });
    return;
  }
  if (at > lastBurst.first) {
    lastBurst.last = Math.max(lastBurst.last, at);
    lastBurst.count += 1;
    return;
  }
  let low = 0;
  let high = list.length - 1;
  let index = -1;
  while (low <= high) {
    const mid = low + high >> 1;
    if (list[mid].first <= at) {
      index = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const before = index >= 0 ? list[index] : void 0;
  const after = list[index + 1];
  const joinsBefore = before !== void 0 && at <= before.last + gap;
  const joinsAfter = after !== void 0 && at >= after.first - gap;
  if (joinsBefore && joinsAfter) {
    before.last = Math.max(after.last, at);
    before.count += after.count + 1;
    list.splice(index + 1, 1);
  } else if (joinsBefore) {
    before.last = Math.max(before.last, at);
    before.count += 1;
    if (at === before.first && earlierSource(hit2, before.firstHit)) before.firstHit = detachedHit(hit2);
  } else if (joinsAfter) {
    after.first = at;
    after.count += 1;
    after.firstHit = detachedHit(hit2);
  } else {
    list.splice(index + 1, 0, { first: at, last: at, count: 1, firstHit: detachedHit(hit2) });
  }
}
function earlierSource(a, b) {
  return a.source < b.source;
}
function burstRow(burst) {
  const hit2 = burst.firstHit;
  const message = hit2.signature === OTHER_SIGNATURE ? void 0 : codeSpan(truncate(hit2.message, MESSAGE_SHOWN));
  const many = burst.count > 1;
  const tail = many ? `; ${thousands(burst.count)} in ${spanText(burst.last - burst.first)}` : "";
  let event;
  if (hit2.level.startsWith("HTTP")) {
    event = many ? `First ${hit2.level} responses (first to ${message})${tail}` : `Served ${hit2.level} to ${message}`;
  } else if (message === void 0) {
    event = `${many ? "First " : "Logged "}${hit2.level} lines with other messages (past the distinct-message limit)${tail}`;
  } else {
    event = `${many ? "First" : "Logged"} ${hit2.level} ${message}${tail}`;
  }
  return { at: burst.first, event, source: hit2.source, actor: hit2.actor };
}
function spanText(ms) {
  const seconds = Math.round(ms / 1e3);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

// src/timeline/change-points.ts
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function baselineOf(samples) {
  const size = Math.min(30, Math.max(5, Math.floor(samples.length / 4)));
  const values = samples.slice(0, size).map((sample) => sample.value);
  const level = median(values);
  const mad = median(values.map((value) => Math.abs(value - level)));
  return { median: level, spread: Math.max(1.4826 * mad, 0.05 * Math.abs(level), 1e-9) };
}
function changePoints(samples, threshold, persistence) {
  const clean = samples.filter((sample) => Number.isFinite(sample.value));
  const baseline = baselineOf(clean);
  const points = [];
  if (clean.length < 5) return { baseline, points };
  const deviates = (value) => Math.abs(value - baseline.median) > threshold * baseline.spread;
  let departed = false;
  let run = 0;
  let runStart = 0;
  let current;
  for (let i = 0; i < clean.length; i++) {
    const sample = clean[i];
    if (departed && current) {
      const further = current.direction === "above" ? sample.value > current.peak : sample.value < current.peak;
      if (further && deviates(sample.value)) current.peak = sample.value;
    }
    if (deviates(sample.value) !== departed) {
      if (run === 0) runStart = i;
      run += 1;
    } else run = 0;
    if (run >= persistence) {
      const first = clean[runStart];
      departed = !departed;
      run = 0;
      if (departed) {
        const direction = first.value > baseline.median ? "above" : "below";
        let peak = first.value;
        for (let j = runStart; j <= i; j++) {
          const value = clean[j].value;
          if (direction === "above" ? value > peak : value < peak) peak = value;
        }
        current = { kind: "departure", at: first.at, value: first.value, peak, direction };
        points.push(current);
      } else {
        points.push({ kind: "return", at: first.at, value: first.value });
        current = void 0;
      }
    }
  }
  return { baseline, points };
}
function formatNumber(value) {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e7 || magnitude < 1e-4) return value.toExponential(2);
  if (magnitude >= 1e3) return thousands(value);
  return String(Number(value.toPrecision(3)));
}

// src/timeline/documents.ts
var DOCUMENT_FORMAT_NAMES = {
  "prometheus-range": "Prometheus query_range JSON (resultType matrix)",
  "prometheus-instant": "Prometheus instant-query JSON (resultType vector or scalar)",
  alertmanager: "Alertmanager alerts (amtool --output json, /api/v2/alerts, or a webhook payload)",
  pagerduty: "PagerDuty incident log entries (/incidents/{id}/log_entries)",
  slack: "Slack channel export (one day of messages)"
};
var isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function recogniseDocument(value) {
  if (isObject(value)) {
    const data = value.data;
    if (isObject(data) && typeof data.resultType === "string" && "result" in data) {
      return data.resultType === "matrix" ? "prometheus-range" : "prometheus-instant";
    }
    if (Array.isArray(value.log_entries)) return "pagerduty";
    if (Array.isArray(value.alerts) && value.alerts.some(isAlert)) return "alertmanager";
    if (Array.isArray(data) && data.some(isAlert)) return "alertmanager";
    return void 0;
  }
  if (!Array.isArray(value) || value.length === 0) return void 0;
  if (value.some(isAlert)) return "alertmanager";
  if (value.some((item) => isObject(item) && typeof item.type === "string" && item.type.endsWith("_log_entry"))) return "pagerduty";
  if (value.some((item) => isObject(item) && item.type === "message" && typeof item.ts === "string")) return "slack";
  return void 0;
}
function isAlert(item) {
  return isObject(item) && isObject(item.labels) && typeof item.startsAt === "string";
}
function readDocument(format, value, context) {
  switch (format) {
    case "prometheus-range":
      return readRange(value, context);
    case "prometheus-instant":
      return readInstant(value, context);
    case "alertmanager":
      return readAlerts(value, context);
    case "pagerduty":
      return readPages(value, context);
    case "slack":
      return readSlack(value, context);
  }
}
function seriesName(metric) {
  const labels = isObject(metric) ? metric : {};
  const name = typeof labels.__name__ === "string" ? labels.__name__ : "";
  const pairs = Object.keys(labels).filter((key) => key !== "__name__").sort().map((key) => `${key}=${JSON.stringify(String(labels[key]))}`);
  const selector = pairs.length > 0 ? `{${pairs.join(",")}}` : "";
  return name + selector || "{}";
}
function sampleOf(pair) {
  if (!Array.isArray(pair) || pair.length !== 2) return void 0;
  const at = readTimeValue(pair[0]);
  const value = typeof pair[1] === "string" ? Number(pair[1]) : NaN;
  return at === void 0 ? void 0 : { at, value };
}
function readRange(document, context) {
  const result = document.data.result;
  if (!Array.isArray(result)) return context.skip("data.result is not a list");
  for (const series of result) {
    if (!isObject(series) || !Array.isArray(series.values)) {
      context.skip("a series without `values`");
      continue;
    }
    const samples = [];
    for (const pair of series.values) {
      const sample = sampleOf(pair);
      if (sample === void 0) context.skip('a sample that is not [time, "value"]');
      else samples.push(sample);
    }
    if (samples.length === 0) continue;
    context.sink.time(samples[0].at);
    context.sink.time(samples[samples.length - 1].at);
    const name = seriesName(series.metric);
    const source = `${context.file}: ${truncate(name, 120)}`;
    const { baseline, points } = changePoints(samples, context.threshold, context.persistence);
    const level = formatNumber(baseline.median);
    for (const point of points) {
      const event = point.kind === "departure" ? `${codeSpan(truncate(name, 120))} ${point.direction === "above" ? "rose above" : "fell below"} its baseline (median ${level}): ${formatNumber(point.value)}, ${point.direction === "above" ? "peak" : "low"} ${formatNumber(point.peak ?? point.value)}` : `${codeSpan(truncate(name, 120))} back to its baseline (median ${level}): ${formatNumber(point.value)}`;
      context.sink.row({ at: point.at, event, source, actor: "" });
    }
  }
}
function readInstant(document, context) {
  const data = document.data;
  if (data.resultType === "scalar" || data.resultType === "string") {
    const sample = sampleOf(data.result);
    if (!sample) return context.skip('a scalar that is not [time, "value"]');
    context.sink.time(sample.at);
    context.sink.row({ at: sample.at, event: `Query result: ${formatNumber(sample.value)}`, source: context.file, actor: "" });
    return;
  }
  if (!Array.isArray(data.result)) return context.skip("data.result is not a list");
  for (const series of data.result) {
    const sample = isObject(series) ? sampleOf(series.value) : void 0;
    if (!sample) {
      context.skip('a series without `value: [time, "value"]`');
      continue;
    }
    const name = truncate(seriesName(series.metric), 120);
    context.sink.time(sample.at);
    context.sink.row({ at: sample.at, event: `${codeSpan(name)} = ${formatNumber(sample.value)}`, source: `${context.file}: ${name}`, actor: "" });
  }
}
function alertsOf(value) {
  if (Array.isArray(value)) return value;
  if (isObject(value)) return Array.isArray(value.alerts) ? value.alerts : Array.isArray(value.data) ? value.data : [];
  return [];
}
function readAlerts(value, context) {
  const seen = /* @__PURE__ */ new Set();
  for (const alert of alertsOf(value)) {
    if (!isObject(alert) || !isObject(alert.labels)) {
      context.skip("an alert without `labels`");
      continue;
    }
    const startsAt = readTimeValue(alert.startsAt);
    if (startsAt === void 0) {
      context.skip("an alert without a valid `startsAt`");
      continue;
    }
    const key = `${typeof alert.fingerprint === "string" ? alert.fingerprint : JSON.stringify(alert.labels)}@${startsAt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const labels = alert.labels;
    const name = typeof labels.alertname === "string" ? labels.alertname : seriesName(labels);
    const severity = typeof labels.severity === "string" ? ` (severity ${inlineText(labels.severity)})` : "";
    const annotations = isObject(alert.annotations) ? alert.annotations : {};
    const summary = [annotations.summary, annotations.description, annotations.message].find((text) => typeof text === "string" && text.trim() !== "");
    const scope = ["service", "job", "instance", "namespace"].map((label) => labels[label]).find((text) => typeof text === "string");
    const source = `alert ${truncate(name, 80)}${scope ? ` (${truncate(scope, 60)})` : ""}, ${context.file}`;
    context.sink.time(startsAt);
    context.sink.row({
      at: startsAt,
      event: `Alert ${codeSpan(truncate(name, 80))} firing${severity}${summary ? `: ${inlineText(truncate(summary.trim(), 160))}` : ""}`,
      source,
      actor: "Alertmanager"
    });
    const endsAt = readTimeValue(alert.endsAt);
    if (endsAt !== void 0 && endsAt > startsAt && isResolved(alert, endsAt)) {
      context.sink.time(endsAt);
      context.sink.row({ at: endsAt, event: `Alert ${codeSpan(truncate(name, 80))} resolved`, source, actor: "Alertmanager" });
    }
  }
}
function isResolved(alert, endsAt) {
  if (typeof alert.status === "string") return alert.status === "resolved";
  const state = isObject(alert.status) ? alert.status.state : void 0;
  const updatedAt = readTimeValue(alert.updatedAt);
  if ((state === "active" || state === "suppressed") && updatedAt !== void 0 && endsAt > updatedAt) return false;
  return true;
}
function summaryOf(value) {
  return isObject(value) && typeof value.summary === "string" && value.summary.trim() !== "" ? value.summary.trim() : void 0;
}
var PAGE_RANK = { trigger_log_entry: 0, assign_log_entry: 1, notify_log_entry: 2, acknowledge_log_entry: 3, escalate_log_entry: 4, annotate_log_entry: 5, resolve_log_entry: 6 };
var PAGE_EVENTS = {
  trigger_log_entry: (entry) => ({ event: `Incident triggered${summaryOf(entry.incident) ? `: ${inlineText(truncate(summaryOf(entry.incident), 160))}` : ""}`, actor: summaryOf(entry.agent) }),
  notify_log_entry: (entry) => {
    const channel = isObject(entry.channel) && typeof entry.channel.type === "string" ? ` by ${entry.channel.type.replace(/_/g, " ")}` : "";
    return { event: `Paged${channel}`, actor: summaryOf(entry.user) };
  },
  acknowledge_log_entry: (entry) => ({ event: "Page acknowledged", actor: summaryOf(entry.agent) }),
  escalate_log_entry: (entry) => ({ event: "Incident escalated to the next level", actor: summaryOf(entry.agent) }),
  assign_log_entry: (entry) => {
    const assignees = Array.isArray(entry.assignees) ? entry.assignees.map(summaryOf).filter(Boolean).join(", ") : "";
    return { event: "Incident assigned", actor: assignees || summaryOf(entry.agent) };
  },
  annotate_log_entry: (entry) => ({ event: "Note added to the incident", actor: summaryOf(entry.agent) }),
  resolve_log_entry: (entry) => ({ event: "Incident resolved", actor: summaryOf(entry.agent) })
};
function readPages(value, context) {
  const entries = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.log_entries) ? value.log_entries : [];
  entries.forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.type !== "string") return context.skip("a log entry without `type`");
    const at = readTimeValue(entry.created_at);
    if (at === void 0) return context.skip("a log entry without a valid `created_at`");
    context.sink.time(at);
    const describe = PAGE_EVENTS[entry.type];
    const described = describe?.(entry);
    if (!described) return;
    const incident = isObject(entry.incident) && typeof entry.incident.id === "string" ? `incident ${entry.incident.id}, ` : "";
    const id = typeof entry.id === "string" ? entry.id : `#${index + 1}`;
    context.sink.row({ at, event: described.event, source: `PagerDuty ${incident}log entry ${truncate(id, 40)}, ${context.file}`, actor: truncate(described.actor ?? "", 80), rank: PAGE_RANK[entry.type] ?? 0 });
  });
}
var SKIPPED_SUBTYPES = /* @__PURE__ */ new Set(["channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name", "bot_add", "bot_remove", "pinned_item", "unpinned_item"]);
function slackText(text, names) {
  return text.replace(/<@([A-Z0-9]+)(?:\|([^>]+))?>/g, (_, id, label) => `@${label ?? names.get(id) ?? id}`).replace(/<#[A-Z0-9]+\|([^>]+)>/g, "#$1").replace(/<!(here|channel|everyone)>/g, "@$1").replace(/<([^>|]+)\|([^>]+)>/g, "$2").replace(/<([^>]+)>/g, "$1").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
function slackAuthor(message) {
  const profile = isObject(message.user_profile) ? message.user_profile : {};
  for (const candidate of [profile.display_name, profile.real_name, profile.name, message.username, message.user]) {
    if (typeof candidate === "string" && candidate.trim() !== "") return candidate.trim();
  }
  return "";
}
function readSlack(messages, context) {
  const names = /* @__PURE__ */ new Map();
  for (const message of messages) {
    if (isObject(message) && typeof message.user === "string" && isObject(message.user_profile)) names.set(message.user, slackAuthor(message));
  }
  const folder = /([^/\\]+)[/\\][^/\\]+$/.exec(context.file)?.[1];
  const where = folder ? ` in #${folder}` : "";
  messages.forEach((message, index) => {
    if (!isObject(message) || message.type !== "message") return context.skip(`message ${index + 1} is not a Slack message`);
    if (typeof message.subtype === "string" && SKIPPED_SUBTYPES.has(message.subtype)) return;
    const at = readTimeValue(message.ts);
    if (at === void 0) return context.skip(`message ${index + 1} has no valid \`ts\``);
    context.sink.time(at);
    const text = slackText(typeof message.text === "string" ? message.text : "", names).replace(/\s+/g, " ").trim();
    if (text === "") return;
    context.sink.row({
      at,
      event: `Message${where}: \u201C${inlineText(truncate(text, 200))}\u201D`,
      source: `Slack${where}, ${context.file} message ${index + 1}`,
      actor: truncate(slackAuthor(message), 80)
    });
  });
}

// src/timeline/levels.ts
var LEVEL_WORDS = {
  error: "error",
  err: "error",
  eror: "error",
  severe: "error",
  crit: "fatal",
  critical: "fatal",
  fatal: "fatal",
  panic: "fatal",
  alert: "fatal",
  emerg: "fatal",
  emergency: "fatal",
  dpanic: "fatal"
};
var LEVEL_INITIALS = new Set(Object.keys(LEVEL_WORDS).map((word) => word.charCodeAt(0)));
function levelOf(value) {
  if (typeof value === "number") return value >= 60 ? "fatal" : value >= 50 ? "error" : void 0;
  if (typeof value !== "string" || value.length < 3 || value.length > 9) return void 0;
  if (!LEVEL_INITIALS.has(value.charCodeAt(0) | 32)) return void 0;
  return LEVEL_WORDS[value.toLowerCase()];
}
var TEXT_LEVEL = /(?:^|[\s[(|<])(ERROR|ERR|FATAL|PANIC|CRIT(?:ICAL)?|SEVERE|EMERG)(?=[\s\]):|>,]|$)|^\[?(error|fatal|panic|critical)\]?[:\s]|\blevel=(error|err|fatal|panic|crit(?:ical)?)\b|^([EF])\d{4} \d{2}:|\[(error|crit|alert|emerg)\]/;
var LOWER_LEVELS = /* @__PURE__ */ new Set(["info", "debug", "trace", "warn", "warning", "notice", "verbose", "dbug", "inf", "dbg", "wrn"]);
function textLevel(text) {
  let end = 0;
  while (end < 10 && end < text.length) {
    const code = text.charCodeAt(end) | 32;
    if (code < 97 || code > 122) break;
    end++;
  }
  const next = text.charCodeAt(end);
  if (end >= 4 && (next === 32 || next === 58 || next === 93 || next === 9) && LOWER_LEVELS.has(text.slice(0, end).toLowerCase())) return void 0;
  const first = text.charCodeAt(0);
  if ((first === 73 || first === 87) && end === 1 && next >= 48 && next <= 57) return void 0;
  const match = TEXT_LEVEL.exec(text);
  if (!match) return void 0;
  const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? "").toLowerCase();
  if (word === "e") return "error";
  if (word === "f") return "fatal";
  return LEVEL_WORDS[word];
}
var LEADING_WORDS = /* @__PURE__ */ new Map();
for (const word of ["info", "debug", "trace", "warn", "warning", "notice", "verbose", "dbug", "inf", "dbg", "wrn"]) {
  LEADING_WORDS.set(word, "lower");
}
for (const [word, level] of Object.entries(LEVEL_WORDS)) LEADING_WORDS.set(word, level);
for (const [word, level] of [...LEADING_WORDS]) {
  LEADING_WORDS.set(word.toUpperCase(), level);
  LEADING_WORDS.set(word[0].toUpperCase() + word.slice(1), level);
}
function lowerLevelSpellings() {
  return [...LEADING_WORDS].filter(([, level]) => level === "lower").map(([word]) => word);
}
function leadingLevel(line, start) {
  let from = start;
  if (line.charCodeAt(from) === 91) from++;
  let end = from;
  while (end - from < 9) {
    const code = line.charCodeAt(end);
    if (!(code >= 65 && code <= 90 || code >= 97 && code <= 122)) break;
    end++;
  }
  const next = line.charCodeAt(end);
  if (end - from < 3 || !(next === 32 || next === 58 || next === 93 || next === 9 || Number.isNaN(next))) return void 0;
  return LEADING_WORDS.get(line.slice(from, end));
}

// src/timeline/line-bytes.ts
var LOWER_WORD_BYTES = (() => {
  const byLength = [];
  for (const word of lowerLevelSpellings()) (byLength[word.length] ??= []).push(Buffer.from(word, "latin1"));
  return byLength;
})();
function isLowerLevelWord(bytes, start, end) {
  let from = start;
  if (bytes[from] === 91) from++;
  let stop = from;
  while (stop - from < 9 && stop < end) {
    const code = bytes[stop];
    if (!(code >= 65 && code <= 90 || code >= 97 && code <= 122)) break;
    stop++;
  }
  const next = stop < end ? bytes[stop] : void 0;
  if (!(next === void 0 || next === 32 || next === 58 || next === 93 || next === 9)) return false;
  const candidates = LOWER_WORD_BYTES[stop - from];
  if (candidates === void 0) return false;
  for (const word of candidates) {
    let same = true;
    for (let i = 0; i < word.length && same; i++) same = bytes[from + i] === word[i];
    if (same) return true;
  }
  return false;
}
var NEAR_START = 96;
var ByteNeedle = class {
  bytes;
  haystack;
  from = 0;
  next = -1;
  constructor(text) {
    this.bytes = Buffer.from(text, "latin1");
  }
  /** The first occurrence within [start, end), or -1. */
  find(haystack, start, end) {
    if (haystack !== this.haystack || start < this.from || this.next !== -1 && this.next < start) {
      this.haystack = haystack;
      this.from = start;
      this.next = this.search(haystack, start, end);
    }
    return this.next !== -1 && this.next + this.bytes.length <= end ? this.next : -1;
  }
  /** The first occurrence at or after `start`, in the rest of the chunk (not only this line). */
  search(haystack, start, end) {
    const needle = this.bytes;
    const last = Math.min(end, start + NEAR_START) - needle.length;
    for (let i = start; i <= last; i++) {
      if (haystack[i] !== needle[0]) continue;
      let k = 1;
      while (k < needle.length && haystack[i + k] === needle[k]) k++;
      if (k === needle.length) return i;
    }
    return haystack.indexOf(needle, Math.max(start, last + 1));
  }
};
function keyNeedle(key) {
  return new ByteNeedle(`"${key}":`);
}
var JsonByteSkipper = class {
  constructor(levelKeys, sink) {
    this.sink = sink;
    this.levelNeedles = levelKeys.map(keyNeedle);
  }
  sink;
  timeNeedle;
  timeKey = "";
  levelNeedles;
  /** "2025-02-09T10:00:" of the last minute the string reader read, and its start (epoch ms). */
  minute = new Uint8Array(17);
  minuteStart = NaN;
  /** After the string reader read a line's time: remember its minute when it is plain UTC. */
  learn(timeKey, raw, at) {
    if (timeKey !== this.timeKey) {
      this.timeKey = timeKey;
      this.timeNeedle = keyNeedle(timeKey);
      this.minuteStart = NaN;
    }
    const utc = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:([0-5]\d)(?:[.,](\d{1,3})\d*)?[Zz]$/.exec(raw);
    if (!utc) return;
    for (let i = 0; i < 17; i++) this.minute[i] = raw.charCodeAt(i);
    this.minuteStart = at - Number(utc[1]) * 1e3 - Number((utc[2] ?? "").padEnd(3, "0"));
  }
  skips(bytes, start, end) {
    const needle = this.timeNeedle;
    if (needle === void 0 || Number.isNaN(this.minuteStart) || bytes[start] !== 123 || bytes[end - 1] !== 125) return false;
    const at = this.timeOf(bytes, needle, start, end);
    if (at === void 0) return false;
    this.sink.time(at);
    return this.belowError(bytes, start, end);
  }
  timeOf(bytes, needle, start, end) {
    const key = needle.find(bytes, start, end);
    if (key <= start || bytes[key - 1] === 92) return void 0;
    let i = key + needle.bytes.length;
    while (bytes[i] === 32) i++;
    if (bytes[i] !== 34 || i + 21 > end) return void 0;
    i++;
    for (let k = 0; k < 17; k++) if (bytes[i + k] !== this.minute[k]) return void 0;
    const tens = bytes[i + 17] - 48;
    const ones = bytes[i + 18] - 48;
    if (tens < 0 || tens > 5 || ones < 0 || ones > 9) return void 0;
    let j = i + 19;
    let millis = 0;
    if (bytes[j] === 46 || bytes[j] === 44) {
      j++;
      for (let scale = 100; scale >= 1; scale /= 10) {
        const digit = bytes[j] - 48;
        if (!(digit >= 0 && digit <= 9)) break;
        millis += digit * scale;
        j++;
      }
      while (bytes[j] >= 48 && bytes[j] <= 57) j++;
    }
    if (bytes[j] !== 90 && bytes[j] !== 122 || bytes[j + 1] !== 34) return void 0;
    return this.minuteStart + (tens * 10 + ones) * 1e3 + millis;
  }
  /** As the string reader: the first level key present decides; none present is no hit. */
  belowError(bytes, start, end) {
    for (const needle of this.levelNeedles) {
      const key = needle.find(bytes, start, end);
      if (key < 0) continue;
      if (bytes[key - 1] === 92) return false;
      let i = key + needle.bytes.length;
      while (bytes[i] === 32) i++;
      if (bytes[i] === 34) {
        const close = bytes.indexOf(34, i + 1);
        if (close < 0 || close >= end) return false;
        const length = close - i - 1;
        if (length < 3 || length > 9 || !LEVEL_INITIALS.has(bytes[i + 1] | 32)) return true;
        return levelOf(bytes.toString("latin1", i + 1, close)) === void 0;
      }
      let stop = i;
      while (stop < end && bytes[stop] >= 48 && bytes[stop] <= 57) stop++;
      if (stop === i || !(bytes[stop] === 44 || bytes[stop] === 125 || bytes[stop] === 32)) return false;
      return levelOf(Number(bytes.toString("latin1", i, stop))) === void 0;
    }
    return true;
  }
};

// src/timeline/logfmt.ts
function parseLogfmt(line) {
  const fields = {};
  let i = 0;
  let count = 0;
  while (i < line.length) {
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
    if (i >= line.length) break;
    const keyStart = i;
    while (i < line.length && line[i] !== "=" && line[i] !== " " && line[i] !== '"') i++;
    const key = line.slice(keyStart, i);
    if (key === "") return void 0;
    count++;
    if (line[i] !== "=") {
      fields[key] = "true";
      continue;
    }
    i++;
    if (line[i] === '"') {
      let value = "";
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === "\\" && i + 1 < line.length) {
          const next = line[i + 1];
          value += next === "n" ? "\n" : next === "t" ? "	" : next;
          i += 2;
        } else value += line[i++];
      }
      if (line[i] !== '"') return void 0;
      i++;
      fields[key] = value;
    } else {
      const valueStart = i;
      while (i < line.length && line[i] !== " " && line[i] !== "	") i++;
      fields[key] = line.slice(valueStart, i);
    }
  }
  return count > 0 ? fields : void 0;
}

// src/timeline/lines.ts
var LINE_FORMAT_NAMES = {
  timestamped: "kubectl logs --timestamps (lines starting with an RFC 3339 time)",
  jsonl: "JSON-lines log (ts, time, timestamp or @timestamp)",
  logfmt: "logfmt log (ts, time or timestamp)",
  access: "nginx/Apache access log (combined or common format)"
};
var TIME_KEYS = ["@timestamp", "timestamp", "time", "ts"];
var LEVEL_KEYS = ["level", "lvl", "severity", "log.level", "levelname", "loglevel"];
var MESSAGE_KEYS = ["msg", "message", "error", "err", "log", "event"];
var ACTOR_KEYS = ["service", "service.name", "app", "component", "logger", "container"];
function utf8(context, text) {
  if (!context.bytes) return text;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return Buffer.from(text, "latin1").toString("utf8");
  return text;
}
var ACCESS_LINE = /^(\S+) \S+ \S+ \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}) /;
function recogniseLines(lines) {
  const sample = lines.filter((line) => line.trim() !== "").slice(0, 5);
  if (sample.length === 0) return void 0;
  const formats = sample.map(lineFormatOf);
  const first = formats[0];
  if (first === void 0 || formats.filter((format) => format === first).length * 2 < formats.length) return void 0;
  return first;
}
function lineFormatOf(line) {
  if (ACCESS_LINE.test(line)) return "access";
  try {
    const at = kubectlPrefixLength(line);
    if (readIsoTimestamp(line, at) !== void 0 && /^\S+(?:\s|$)/.test(line.slice(at))) return "timestamped";
  } catch (error) {
    if (error instanceof ZonelessTimestamp) return "timestamped";
    throw error;
  }
  if (line.trimStart().startsWith("{")) {
    try {
      const value = JSON.parse(line);
      if (value !== null && typeof value === "object" && TIME_KEYS.some((key) => key in value)) return "jsonl";
    } catch {
      return void 0;
    }
    return void 0;
  }
  const fields = /^[\w.@-]+=/.test(line) ? parseLogfmt(line) : void 0;
  if (fields && TIME_KEYS.some((key) => key in fields)) return "logfmt";
  return void 0;
}
function lineReader(format, context) {
  switch (format) {
    case "timestamped":
      return timestampedReader(context);
    case "jsonl":
      return jsonReader(context);
    case "logfmt":
      return logfmtReader(context);
    case "access":
      return accessReader(context);
  }
}
function hit(context, at, level, message, lineNumber, actor = "") {
  const oneLine = message.length > 2e3 ? message.slice(0, 2e3) : message;
  const clean = oneLine.replace(/\s+/g, " ").trim();
  context.sink.hit({ at, level, message: clean, signature: signatureOf(clean), source: `${context.file}:${lineNumber}`, actor });
}
var LEVEL_SEARCH_LENGTH = 80;
function timestampedReader(context) {
  let lastSecond = "";
  const lastSecondBytes = new Uint8Array(19);
  let bytesKnown = false;
  const read = (line, lineNumber) => {
    const prefix = line.charCodeAt(0) === 91 ? kubectlPrefixLength(line) : 0;
    let exact;
    let skip;
    if (lastSecond !== "" && line.startsWith(lastSecond, prefix) && line.charCodeAt(prefix + 19) !== 32) {
      const space = line.indexOf(" ", prefix + 19);
      skip = space < 0 ? line.length : space;
    } else {
      const time = readIsoTimestamp(line, prefix, context.zone);
      if (time === void 0) return false;
      context.sink.time(time.ms);
      exact = time.ms;
      skip = prefix + time.length;
      const compact = line.charCodeAt(prefix + 10) === 84 && line.indexOf(" ", prefix) >= skip;
      lastSecond = compact ? line.slice(prefix, prefix + 19) : "";
      bytesKnown = prefix === 0 && lastSecond !== "";
      if (bytesKnown) for (let i = 0; i < 19; i++) lastSecondBytes[i] = lastSecond.charCodeAt(i);
    }
    const actor = prefix > 0 ? utf8(context, line.slice(5, prefix - 2)) : "";
    while (line.charCodeAt(skip) === 32 || line.charCodeAt(skip) === 9) skip++;
    const leading = leadingLevel(line, skip);
    if (leading === "lower") return true;
    const rest = line.slice(skip);
    if (leading !== void 0) {
      const at = exact ?? exactTime(context, line, prefix);
      if (at === void 0) return false;
      hit(context, at, leading, utf8(context, withoutLevelWord(rest)), lineNumber, actor);
      return true;
    }
    const first = rest.charCodeAt(0);
    if (first === 123) {
      const quick = quickLevel(rest, LEVEL_KEYS);
      if (quick !== void 0) {
        if (levelOf(/^\d+$/.test(quick) ? Number(quick) : quick) === void 0) return true;
        const record = parseObject(utf8(context, rest));
        if (record) {
          const level2 = levelOf(findField(record, LEVEL_KEYS));
          if (level2) {
            const at = exact ?? exactTime(context, line, prefix);
            if (at === void 0) return false;
            hit(context, at, level2, messageOf(record, rest), lineNumber, actorOf(record) || actor);
          }
          return true;
        }
      }
    }
    const levelAt = rest.indexOf("level=");
    if (levelAt >= 0 || rest.includes("lvl=")) {
      if (levelAt >= 0 && levelOf(/^"?([A-Za-z]+)/.exec(rest.slice(levelAt + 6, levelAt + 16))?.[1]) === void 0) return true;
      const fields = parseLogfmt(utf8(context, rest));
      const level2 = fields && levelOf(findField(fields, LEVEL_KEYS));
      if (fields && level2) {
        const at = exact ?? exactTime(context, line, prefix);
        if (at === void 0) return false;
        hit(context, at, level2, messageOf(fields, rest), lineNumber, actorOf(fields) || actor);
      }
      if (fields) return true;
    }
    const level = textLevel(rest.length > LEVEL_SEARCH_LENGTH ? rest.slice(0, LEVEL_SEARCH_LENGTH) : rest);
    if (level) {
      const at = exact ?? exactTime(context, line, prefix);
      if (at === void 0) return false;
      hit(context, at, level, utf8(context, withoutLevelWord(rest)), lineNumber, actor);
    }
    return true;
  };
  read.skipsBytes = (bytes, start, end) => {
    if (!bytesKnown || end - start < 21) return false;
    for (let i = 18; i >= 0; i--) if (bytes[start + i] !== lastSecondBytes[i]) return false;
    if (bytes[start + 19] === 32) return false;
    let skip = start + 19;
    while (skip < end && bytes[skip] !== 32) skip++;
    if (skip === end) return false;
    while (bytes[skip] === 32 || bytes[skip] === 9) skip++;
    return isLowerLevelWord(bytes, skip, end);
  };
  return read;
}
var NEEDLES = /* @__PURE__ */ new Map();
function needleFor(key) {
  let needle = NEEDLES.get(key);
  if (needle === void 0) NEEDLES.set(key, needle = `"${key}":`);
  return needle;
}
function exactTime(context, line, prefix) {
  const time = readIsoTimestamp(line, prefix, context.zone);
  if (time !== void 0) context.sink.time(time.ms);
  return time?.ms;
}
function rawJsonValue(line, key) {
  const needle = needleFor(key);
  let index = line.indexOf(needle);
  while (index > 0 && line.charCodeAt(index - 1) === 92) index = line.indexOf(needle, index + 1);
  if (index < 0) return void 0;
  let i = index + needle.length;
  while (line.charCodeAt(i) === 32) i++;
  if (line.charCodeAt(i) === 34) {
    const end2 = line.indexOf('"', i + 1);
    return end2 < 0 ? void 0 : line.slice(i + 1, end2);
  }
  let end = i;
  for (let code = line.charCodeAt(end); code >= 48 && code <= 57 || code === 46 || code === 45 || code === 43 || code === 101 || code === 69; code = line.charCodeAt(++end)) ;
  return end > i ? line.slice(i, end) : void 0;
}
function quickLevel(line, keys) {
  for (const key of keys) {
    const value = rawJsonValue(line, key);
    if (value !== void 0) return value;
  }
  return void 0;
}
function parseObject(line) {
  try {
    const value = JSON.parse(line);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function findField(record, keys) {
  for (const key of keys) {
    if (key in record) return record[key];
    if (key.includes(".")) {
      let value = record;
      for (const part of key.split(".")) value = value !== null && typeof value === "object" ? value[part] : void 0;
      if (value !== void 0) return value;
    }
  }
  return void 0;
}
function messageOf(record, fallback) {
  const value = findField(record, MESSAGE_KEYS);
  if (typeof value === "string" && value.trim() !== "") return value;
  if (value !== null && typeof value === "object" && typeof value.message === "string") return value.message;
  return fallback;
}
function actorOf(record) {
  for (const key of ACTOR_KEYS) {
    const value = findField(record, [key]);
    if (typeof value === "string" && value !== "") return value.slice(0, 80);
  }
  return "";
}
function jsonReader(context) {
  let timeKey;
  const skipper = new JsonByteSkipper(LEVEL_KEYS, context.sink);
  const read = (line, lineNumber) => {
    if (line.charCodeAt(0) !== 123 && !line.trimStart().startsWith("{")) return false;
    if (line.charCodeAt(line.length - 1) !== 125 && !line.trimEnd().endsWith("}")) return false;
    let raw = timeKey === void 0 ? void 0 : rawJsonValue(line, timeKey);
    let record;
    if (raw === void 0) {
      record = parseObject(utf8(context, line));
      if (!record) return false;
      timeKey = TIME_KEYS.find((key) => key in record);
      if (timeKey === void 0) return false;
      raw = String(record[timeKey]);
    }
    const at = raw.charCodeAt(4) === 45 ? readIsoTimestamp(raw, 0, context.zone)?.ms : readTimeValue(/^[\d.]+$/.test(raw) ? Number(raw) : raw, context.zone);
    if (at === void 0) return false;
    context.sink.time(at);
    if (timeKey !== void 0) skipper.learn(timeKey, raw, at);
    const quick = record ? findField(record, LEVEL_KEYS) : quickLevel(line, LEVEL_KEYS);
    const probable = typeof quick === "string" && /^\d+$/.test(quick) ? Number(quick) : quick;
    if (levelOf(probable) === void 0) return true;
    record ??= parseObject(utf8(context, line));
    if (!record) return false;
    const level = levelOf(findField(record, LEVEL_KEYS));
    if (level) hit(context, at, level, messageOf(record, line), lineNumber, actorOf(record));
    return true;
  };
  read.skipsBytes = (bytes, start, end) => skipper.skips(bytes, start, end);
  return read;
}
function logfmtReader(context) {
  return (line, lineNumber) => {
    const fields = parseLogfmt(line);
    if (!fields) return false;
    const key = TIME_KEYS.find((candidate) => candidate in fields);
    if (key === void 0) return false;
    const at = readTimeValue(fields[key], context.zone);
    if (at === void 0) return false;
    context.sink.time(at);
    const level = levelOf(findField(fields, LEVEL_KEYS));
    if (level) {
      const decoded = context.bytes ? parseLogfmt(utf8(context, line)) ?? fields : fields;
      hit(context, at, level, messageOf(decoded, utf8(context, line)), lineNumber, actorOf(decoded));
    }
    return true;
  };
}
function accessReader(context) {
  let lastTimeText = "";
  let lastTime = 0;
  return (line, lineNumber) => {
    const match = ACCESS_LINE.exec(line);
    if (!match) return false;
    const timeText = match[2];
    if (timeText !== lastTimeText) {
      const at = readAccessLogTime(timeText);
      if (at === void 0) return false;
      lastTimeText = timeText;
      lastTime = at;
    }
    context.sink.time(lastTime);
    const status = match[4];
    if (status.charCodeAt(0) === 53) {
      const request = match[3].replace(/\s+HTTP\/[\d.]+$/, "").replace(/\?.*$/, "");
      context.sink.hit({ at: lastTime, level: `HTTP ${status}`, message: utf8(context, request), signature: "", source: `${context.file}:${lineNumber}`, actor: "" });
    }
    return true;
  };
}
function withoutLevelWord(text) {
  const klog = /^[EF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ ([\w.-]+:\d+)\] /.exec(text);
  if (klog) return text.slice(klog[0].length);
  return text.replace(/^\[?(?:ERROR|ERR|FATAL|PANIC|CRIT(?:ICAL)?|SEVERE|EMERG|error|fatal|panic)\]?:?\s+/, "");
}
function kubectlPrefixLength(line) {
  if (!line.startsWith("[pod/")) return 0;
  const end = line.indexOf("] ");
  return end > 5 && end < 300 ? end + 2 : 0;
}

// src/timeline/types.ts
var DEFAULT_DRAFT_OPTIONS = {
  burstGapMs: 5 * 6e4,
  threshold: 4,
  persistence: 3,
  maxSignatures: 2e3,
  maxRows: 2e3
};

// src/timeline/draft.ts
var KNOWN_FORMATS = [...Object.values(LINE_FORMAT_NAMES), ...Object.values(DOCUMENT_FORMAT_NAMES)];
var MAX_LINE_LENGTH = 1 << 20;
function recognise(head) {
  const text = head.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { kind: "empty" };
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  const complete = text.endsWith("\n") ? lines : lines.slice(0, -1);
  const firstLine = (complete.length > 0 ? complete : lines).find((line) => line.trim() !== "") ?? "";
  const opener = text.trimStart()[0];
  if (opener === "{" || opener === "[" && !text.trimStart().startsWith("[pod/")) {
    if (opener === "{" && isJsonLine(firstLine)) return { kind: "lines", format: "jsonl" };
    return { kind: "document" };
  }
  const format = recogniseLines(complete.length > 0 ? complete : lines);
  return format === void 0 ? { kind: "unknown" } : { kind: "lines", format };
}
function isJsonLine(line) {
  try {
    const value = JSON.parse(line);
    return value !== null && typeof value === "object" && !Array.isArray(value) && TIME_KEYS.some((key) => key in value);
  } catch {
    return false;
  }
}
function unknownFormatMessage() {
  return `not a format the timeline knows; expected one of: ${KNOWN_FORMATS.join("; ")}`;
}
function zoneHint() {
  return "pass --assume-zone with the zone the logger wrote (an IANA name such as Europe/Berlin, UTC, or an offset such as +02:00)";
}
var LineFeed = class {
  constructor(draft, file, format, read, bytes) {
    this.draft = draft;
    this.file = file;
    this.format = format;
    this.read = read;
    this.bytes = bytes;
  }
  draft;
  file;
  format;
  read;
  bytes;
  carry = "";
  carryBytes = [];
  carriedLength = 0;
  lineNumber = 0;
  skippingLongLine = false;
  malformed = 0;
  firstMalformed = 0;
  stopped = false;
  push(chunk) {
    if (this.stopped) return;
    let text = this.carry + chunk;
    this.carry = "";
    let start = 0;
    if (this.lineNumber === 0 && !this.skippingLongLine) {
      if (text.charCodeAt(0) === 65279) start = 1;
      else if (this.bytes && text.startsWith("\xEF\xBB\xBF")) start = 3;
    }
    let end = text.indexOf("\n", start);
    while (end >= 0) {
      this.line(text, start, end);
      if (this.stopped) return;
      start = end + 1;
      end = text.indexOf("\n", start);
    }
    const rest = text.length - start;
    if (this.skippingLongLine || rest > MAX_LINE_LENGTH) {
      if (!this.skippingLongLine) {
        this.lineNumber += 1;
        this.countMalformed();
      }
      this.skippingLongLine = true;
      text = "";
      return;
    }
    this.carry = text.slice(start);
  }
  /**
   * The file's raw bytes, in chunks cut anywhere (the CLI's path). Lines are found on the bytes;
   * a line the reader can settle on its bytes (see LineReader.skipsBytes) never becomes a
   * string, and the others are read as latin1 strings (the feed must be made with `bytes`).
   * Nothing of the chunk is kept after the call returns, so the caller may reuse its buffer.
   */
  pushBytes(chunk) {
    if (this.stopped) return;
    if (!this.bytes) throw new Error("pushBytes needs a feed made with { bytes: true }");
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.read.skipsBytes === void 0) return this.push(bytes.toString("latin1"));
    let start = 0;
    if (this.carryBytes.length > 0 || this.skippingLongLine) {
      const newline = bytes.indexOf(10);
      if (newline < 0) return this.carryOn(bytes);
      if (this.skippingLongLine) this.skippingLongLine = false;
      else this.byteLine(Buffer.concat([...this.carryBytes, bytes.subarray(0, newline)]), 0, this.carriedLength + newline);
      this.carryBytes = [];
      this.carriedLength = 0;
      start = newline + 1;
    } else if (this.lineNumber === 0 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
      start = 3;
    }
    let end = bytes.indexOf(10, start);
    while (end >= 0) {
      this.byteLine(bytes, start, end);
      if (this.stopped) return;
      start = end + 1;
      end = bytes.indexOf(10, start);
    }
    if (start < bytes.length) this.carryOn(bytes.subarray(start));
  }
  /** Part of a line that goes on in the next chunk; past MAX_LINE_LENGTH it is counted and skipped. */
  carryOn(part) {
    if (this.skippingLongLine) return;
    if (this.carriedLength + part.length > MAX_LINE_LENGTH) {
      this.lineNumber += 1;
      this.countMalformed();
      this.skippingLongLine = true;
      this.carryBytes = [];
      this.carriedLength = 0;
      return;
    }
    this.carryBytes.push(Buffer.from(part));
    this.carriedLength += part.length;
  }
  byteLine(bytes, start, end) {
    let stop = end;
    if (stop > start && bytes[stop - 1] === 13) stop -= 1;
    const skips = this.read.skipsBytes;
    if (skips !== void 0 && stop - start <= MAX_LINE_LENGTH && skips(bytes, start, stop)) {
      this.lineNumber += 1;
      return;
    }
    const text = bytes.toString("latin1", start, end);
    this.line(text, 0, text.length);
  }
  /** The end of the file: the last line may have no newline. */
  end() {
    if (!this.stopped && this.carryBytes.length > 0) {
      const rest = Buffer.concat(this.carryBytes);
      this.byteLine(rest, 0, rest.length);
    }
    this.carryBytes = [];
    this.carriedLength = 0;
    if (!this.stopped && this.carry !== "") this.line(this.carry, 0, this.carry.length);
    this.carry = "";
    if (this.malformed > 0) {
      const lines = this.malformed === 1 ? "line" : "lines";
      this.draft.problem({
        file: this.file,
        message: `${thousands(this.malformed)} malformed ${lines} skipped (first at line ${this.firstMalformed}); expected ${LINE_FORMAT_NAMES[this.format]}`,
        fatal: false
      });
    }
  }
  line(text, start, end) {
    if (this.skippingLongLine) {
      this.skippingLongLine = false;
      return;
    }
    this.lineNumber += 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    if (end - start > MAX_LINE_LENGTH) return this.countMalformed();
    const line = start === 0 && end === text.length ? text : text.slice(start, end);
    if (line.length === 0) return;
    const first = line.charCodeAt(0);
    if ((first === 32 || first === 9) && line.trim() === "") return;
    try {
      if (!this.read(line, this.lineNumber)) this.countMalformed();
    } catch (error) {
      if (!(error instanceof ZonelessTimestamp)) throw error;
      this.stopped = true;
      this.draft.problem({ file: this.file, line: this.lineNumber, message: `${error.message}; ${zoneHint()}. Reading stopped at this line`, fatal: true });
    }
  }
  countMalformed() {
    this.malformed += 1;
    if (this.firstMalformed === 0) this.firstMalformed = this.lineNumber;
  }
};
var TimelineDraft = class {
  options;
  problems = [];
  zone;
  bursts;
  rows = [];
  first = Infinity;
  last = -Infinity;
  sink;
  constructor(options = {}, zone) {
    this.options = { ...DEFAULT_DRAFT_OPTIONS, ...options };
    this.zone = zone === void 0 ? void 0 : new ZoneReader(zone);
    this.bursts = new BurstCollector(this.options.burstGapMs, this.options.maxSignatures);
    const { since = -Infinity, until = Infinity } = this.options;
    this.sink = {
      time: (at) => {
        if (at < this.first) this.first = at;
        if (at > this.last) this.last = at;
      },
      hit: (hit2) => {
        if (hit2.at >= since && hit2.at <= until) this.bursts.add(hit2);
      },
      row: (row) => {
        if (row.at >= since && row.at <= until) this.rows.push(row);
      }
    };
  }
  problem(problem) {
    this.problems.push(problem);
  }
  /**
   * A line-based file of the given format; push its text, then call end(). With `bytes`, the
   * text pushed is the file's bytes decoded as latin1 (the fast path; see LineContext.bytes).
   */
  lines(file, format, options = {}) {
    const bytes = options.bytes === true;
    return new LineFeed(this, file, format, lineReader(format, { file, sink: this.sink, zone: this.zone, bytes }), bytes);
  }
  /** A whole JSON export; returns its format, or undefined (with a problem recorded) when it is none. */
  document(file, text) {
    let value;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      this.problem({ file, message: `invalid JSON (${error.message}); ${unknownFormatMessage()}`, fatal: true });
      return void 0;
    }
    const format = recogniseDocument(value);
    if (format === void 0) {
      this.problem({ file, message: unknownFormatMessage(), fatal: true });
      return void 0;
    }
    let skipped = 0;
    let firstReason = "";
    try {
      readDocument(format, value, {
        file,
        sink: this.sink,
        threshold: this.options.threshold,
        persistence: this.options.persistence,
        skip: (reason) => {
          skipped += 1;
          if (firstReason === "") firstReason = reason;
        }
      });
    } catch (error) {
      if (!(error instanceof ZonelessTimestamp)) throw error;
      this.problem({ file, message: `${error.message}; ${zoneHint()}`, fatal: true });
    }
    if (skipped > 0) {
      this.problem({ file, message: `${thousands(skipped)} malformed ${skipped === 1 ? "item" : "items"} skipped (first: ${firstReason}); expected ${DOCUMENT_FORMAT_NAMES[format]}`, fatal: false });
    }
    return format;
  }
  finish() {
    const { since = -Infinity, until = Infinity, maxRows } = this.options;
    const window = this.first <= this.last ? { start: Math.max(this.first, since), end: Math.min(this.last, until) } : void 0;
    const all = [...this.bursts.rows(), ...this.rows].filter((row) => window !== void 0 && row.at >= window.start && row.at <= window.end);
    all.sort(compareRows);
    const rows = all.slice(0, maxRows);
    return { rows, window: window && window.start <= window.end ? window : void 0, omittedRows: all.length - rows.length };
  }
};
function compareRows(a, b) {
  return a.at - b.at || (a.rank ?? 0) - (b.rank ?? 0) || compareText(a.event, b.event) || compareText(a.actor, b.actor) || compareText(a.source, b.source);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/cli/timeline-command.ts
var HEAD_BYTES = 64 * 1024;
var CHUNK_BYTES = 1024 * 1024;
var MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
async function draftFromFiles(request, cwd) {
  const draft = new TimelineDraft(request.options, request.zone);
  for (const file of request.files) {
    const path = resolve(cwd, file);
    const shown = displayPath(path, cwd);
    try {
      await readEvidence(draft, path, shown);
    } catch (error) {
      draft.problem({ file: shown, message: `cannot read: ${error.message}`, fatal: true });
    }
  }
  return { timeline: draft.finish(), problems: draft.problems };
}
async function readEvidence(draft, path, shown) {
  const info = await stat(path);
  if (!info.isFile()) {
    draft.problem({ file: shown, message: "is not a file; name the export files themselves (a Slack export: its channel/day .json files)", fatal: true });
    return;
  }
  const head = await readHead(path);
  if (head.includes(0)) {
    draft.problem({ file: shown, message: "is a binary file, not a text export", fatal: true });
    return;
  }
  const recognised = recognise(new TextDecoder("utf-8").decode(head));
  if (recognised.kind === "empty") {
    draft.problem({ file: shown, message: "is empty", fatal: false });
  } else if (recognised.kind === "unknown") {
    draft.problem({ file: shown, message: unknownFormatMessage(), fatal: true });
  } else if (recognised.kind === "document") {
    if (info.size > MAX_DOCUMENT_BYTES) {
      draft.problem({ file: shown, message: `is a ${Math.round(info.size / 1048576)} MiB JSON document; JSON exports are read whole, up to ${MAX_DOCUMENT_BYTES / 1048576} MiB (narrow the query's time range)`, fatal: true });
      return;
    }
    draft.document(shown, await readFile(path, "utf8"));
  } else {
    const feed = draft.lines(shown, recognised.format, { bytes: true });
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      for (let read = await handle.read(buffer, 0, CHUNK_BYTES, null); read.bytesRead > 0; read = await handle.read(buffer, 0, CHUNK_BYTES, null)) {
        feed.pushBytes(buffer.subarray(0, read.bytesRead));
      }
    } finally {
      await handle.close();
    }
    feed.end();
  }
}
async function readHead(path) {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function describeProblem(problem) {
  return `postmortem: ${problem.file}${problem.line === void 0 ? "" : `:${problem.line}`}: ${problem.message}`;
}
async function runTimeline(commandLine, io) {
  const { timeline, problems } = await draftFromFiles(
    {
      files: commandLine.files,
      zone: commandLine.zone,
      options: {
        ...commandLine.since === void 0 ? {} : { since: commandLine.since },
        ...commandLine.until === void 0 ? {} : { until: commandLine.until },
        ...commandLine.threshold === void 0 ? {} : { threshold: commandLine.threshold }
      }
    },
    io.cwd
  );
  for (const problem of problems) io.stderr(describeProblem(problem));
  if (timeline.omittedRows > 0) {
    io.stderr(`postmortem: ${thousands(timeline.omittedRows)} more rows not shown (the first ${thousands(timeline.rows.length)} are); narrow the window with --since/--until`);
  }
  const failed = problems.some((problem) => problem.fatal);
  if (commandLine.into !== void 0) {
    const merged = await mergeInto(commandLine.into, timeline, io);
    return merged === ExitCode.ok && failed ? ExitCode.failure : merged;
  }
  io.stdout(commandLine.format === "json" ? renderJson(timeline, problems) : renderMarkdown(timeline));
  return failed ? ExitCode.failure : ExitCode.ok;
}
async function mergeInto(target, timeline, io) {
  const path = resolve(io.cwd, target);
  const shown = displayPath(path, io.cwd);
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    io.stderr(`postmortem: cannot read ${shown}: ${error.message}`);
    return ExitCode.failure;
  }
  const [{ mergeTimeline }, { defaultConfig }] = await Promise.all([import("./merge-3LJILVK3.js"), import("./defaults-LQHICRKL.js")]);
  const result = mergeTimeline(text, timeline.rows, defaultConfig());
  if (!result.ok) {
    io.stderr(`postmortem: ${shown}: ${result.message}`);
    return ExitCode.failure;
  }
  if (result.added > 0) await writeAtomically(path, result.text);
  io.stdout(`${shown}: ${result.added} new ${result.added === 1 ? "row" : "rows"} merged into the Timeline; ${result.alreadyThere} already there
`);
  return ExitCode.ok;
}
async function writeAtomically(path, text) {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, text, "utf8");
  await rename(temporary, path);
}
export {
  MAX_DOCUMENT_BYTES,
  describeProblem,
  draftFromFiles,
  runTimeline,
  writeAtomically
};
