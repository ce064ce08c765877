import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  parsePostmortem
} from "./chunk-JP6Y7AAL.js";
import {
  TABLE_HEADER,
  eventCell,
  timeCells
} from "./chunk-AGTDWNVD.js";
import "./chunk-G4TJWH5O.js";
import {
  utcParts
} from "./chunk-K4JW75WR.js";
import {
  tableCell
} from "./chunk-YL46HXTP.js";
import "./chunk-NFOYBN6E.js";
import "./chunk-IZW7G46A.js";
import {
  dayNumber,
  isUtcZone
} from "./chunk-5P76JHEA.js";
import "./chunk-POANTLKZ.js";
import {
  aliasIndexFor,
  normalizeLabel
} from "./chunk-76WKF4H2.js";
import "./chunk-XBU6CGRD.js";

// src/timeline/merge.ts
function splitRow(line) {
  const inner = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}
var same = (a, b) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
function mergeTimeline(document, rows, config, options = {}) {
  const postmortem = parsePostmortem(document.replace(/^\uFEFF/, ""), config);
  const timeline = postmortem.timeline;
  if (!timeline) return { ok: false, message: "has no Timeline section to merge into; add `## Timeline (all times UTC)` first" };
  const newline = document.includes("\r\n") ? "\r\n" : "\n";
  const lines = document.split(/\r?\n/);
  const sectionFirst = timeline.span.start.line - 1;
  const sectionEnd = Math.min(lines.length, timeline.span.end.line);
  const tableStart = timeline.form === "table" ? tableOfEntries(lines, timeline.entries) ?? findTable(lines, sectionFirst, sectionEnd) : findTable(lines, sectionFirst, sectionEnd);
  if (tableStart === void 0) {
    if (timeline.entries.length > 0) {
      return { ok: false, message: `has a Timeline written as ${timeline.form}, not a table; --into merges into a \`| Time | Event | Source | Actor |\` table` };
    }
    return insertNewTable(lines, sectionEnd, rows, newline);
  }
  let tableEnd = tableStart + 2;
  while (tableEnd < lines.length && lines[tableEnd].trim() !== "" && lines[tableEnd].includes("|")) tableEnd++;
  const columns = headerColumns(splitRow(lines[tableStart]), config);
  const entriesByLine = /* @__PURE__ */ new Map();
  for (const entry of timeline.entries) entriesByLine.set(entry.span.start.line - 1, entry);
  const bodyIndexes = [];
  for (let i = tableStart + 2; i < tableEnd; i++) if (!(options.dropPlaceholders && isPlaceholder(lines[i], columns))) bodyIndexes.push(i);
  const existing = bodyIndexes.map((lineIndex) => ({ line: lines[lineIndex], entry: entriesByLine.get(lineIndex) }));
  const datedEverywhere = existing.some((row) => row.entry?.time) && existing.every((row) => !row.entry?.time || row.entry.time.value.date !== void 0);
  const undatedDocument = !postmortem.meta.date?.value && existing.every((row) => !row.entry?.time?.value.date);
  const firstNew = rows[0];
  const dayShift = undatedDocument && firstNew ? dayNumber(utcParts(firstNew.at).date) * 1440 : 0;
  const minuteOf = (entry) => entry?.order === void 0 || entry.time?.value.dateOnly ? void 0 : entry.order + dayShift;
  const identity = columns.source !== void 0 ? "source" : "event";
  const fresh = rows.filter((row) => !existing.some(({ line, entry }) => {
    const minute = minuteOf(entry);
    const index = columns[identity];
    const cell = index === void 0 ? void 0 : splitRow(line)[index];
    const mine = identity === "source" ? tableCell(row.source) : eventCell(row.event);
    return minute === Math.floor(row.at / 6e4) && cell !== void 0 && same(cell, mine);
  }));
  const otherZone = timeline.zoneStatement !== void 0 && !isUtcZone(timeline.zoneStatement.value);
  const times = timeCells(fresh, datedEverywhere || undatedDocument ? "always" : "never");
  const inserts = /* @__PURE__ */ new Map();
  fresh.forEach((row, index) => {
    const minute = row.at / 6e4;
    let position = existing.length;
    for (let i = 0; i < existing.length; i++) {
      const existingMinute = minuteOf(existing[i].entry);
      if (existingMinute !== void 0 && existingMinute > minute) {
        position = i;
        break;
      }
    }
    const list = inserts.get(position) ?? [];
    list.push(renderRow(columns, splitRow(lines[tableStart]).length, otherZone ? `${times[index]} UTC` : times[index], row));
    inserts.set(position, list);
  });
  const merged = [];
  existing.forEach((row, i) => {
    merged.push(...inserts.get(i) ?? [], row.line);
  });
  merged.push(...inserts.get(existing.length) ?? []);
  const out = [...lines.slice(0, tableStart + 2), ...merged, ...lines.slice(tableEnd)];
  return { ok: true, text: out.join(newline), added: fresh.length, alreadyThere: rows.length - fresh.length };
}
function tableOfEntries(lines, entries) {
  const first = entries[0];
  if (first === void 0) return void 0;
  const header = first.span.start.line - 3;
  return header >= 0 && DELIMITER_ROW.test(lines[header + 1] ?? "") ? header : void 0;
}
var DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
function findTable(lines, from, to) {
  for (let i = from; i < to - 1; i++) {
    if (lines[i].includes("|") && DELIMITER_ROW.test(lines[i + 1])) return i;
  }
  return void 0;
}
function headerColumns(header, config) {
  const index = aliasIndexFor(config.columns, ["time", "event", "source", "actor"]);
  const columns = { count: header.length };
  header.forEach((cell, i) => {
    const label = normalizeLabel(cell.replace(/\([^)]*\)/g, ""));
    const key = index.get(label) ?? index.get(label.split(" ")[0] ?? "") ?? (/\b(time|date)\b/.test(label) ? "time" : void 0);
    if (key && columns[key] === void 0) columns[key] = i;
  });
  columns.time ??= 0;
  if (columns.event === void 0) {
    const free = header.findIndex((_, i) => ![columns.time, columns.source, columns.actor].includes(i));
    if (free >= 0) columns.event = free;
  }
  return columns;
}
function isPlaceholder(line, columns) {
  return /^HH:MM/.test(splitRow(line)[columns.time ?? 0] ?? "");
}
function renderRow(columns, count, time, row) {
  const cells = Array.from({ length: Math.max(count, 1) }, () => "");
  const put = (column, text) => {
    const index = columns[column];
    if (index !== void 0 && index < cells.length) cells[index] = text;
  };
  put("time", time);
  put("event", eventCell(row.event));
  put("source", tableCell(row.source));
  put("actor", tableCell(row.actor));
  return `| ${cells.join(" | ")} |`;
}
function insertNewTable(lines, sectionEnd, rows, newline) {
  let at = sectionEnd;
  while (at > 0 && lines[at - 1].trim() === "") at--;
  const times = timeCells(rows, "always");
  const table = ["", ...TABLE_HEADER, ...rows.map((row, i) => `| ${times[i]} | ${eventCell(row.event)} | ${tableCell(row.source)} | ${tableCell(row.actor)} |`), ""];
  const out = [...lines.slice(0, at), ...table, ...lines.slice(at).filter((line, i) => !(i === 0 && line.trim() === ""))];
  return { ok: true, text: out.join(newline), added: rows.length, alreadyThere: 0 };
}
export {
  mergeTimeline,
  splitRow
};
