import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  isoUtc,
  utcParts
} from "./chunk-K4JW75WR.js";
import {
  tableCell
} from "./chunk-YL46HXTP.js";

// src/timeline/render.ts
var TABLE_HEADER = ["| Time | Event | Source | Actor |", "|------|-------|--------|-------|"];
function eventCell(event) {
  return event.replace(/\s*[\r\n]+\s*/g, " ").replace(/(?<!\\)\|/g, "\\|");
}
function timeCells(rows, dates = "changes") {
  let date = "";
  return rows.map((row) => {
    const parts = utcParts(row.at);
    const cell = dates === "always" || dates === "changes" && parts.date !== date ? `${parts.date} ${parts.clock}` : parts.clock;
    date = parts.date;
    return cell;
  });
}
function rowLine(time, row) {
  return `| ${time} | ${eventCell(row.event)} | ${tableCell(row.source)} | ${tableCell(row.actor)} |`;
}
function renderMarkdown(timeline) {
  const times = timeCells(timeline.rows);
  return [...TABLE_HEADER, ...timeline.rows.map((row, index) => rowLine(times[index], row))].join("\n") + "\n";
}
function renderJson(timeline, problems) {
  return JSON.stringify(
    {
      window: timeline.window && { start: isoUtc(timeline.window.start), end: isoUtc(timeline.window.end) },
      rows: timeline.rows.map((row) => ({ time: isoUtc(row.at), event: row.event, source: row.source, actor: row.actor })),
      omittedRows: timeline.omittedRows,
      problems
    },
    null,
    2
  ) + "\n";
}
function thousands(value) {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export {
  TABLE_HEADER,
  eventCell,
  timeCells,
  renderMarkdown,
  renderJson,
  thousands
};
