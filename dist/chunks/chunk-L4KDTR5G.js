import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  truncate
} from "./chunk-AORMG3SL.js";

// src/config/errors.ts
var ConfigError = class extends Error {
  constructor(message, key, path) {
    const reason = boundedReason(message);
    super(path ? `${path}: ${reason}` : reason);
    this.key = key;
    this.path = path;
    this.name = "ConfigError";
  }
  key;
  path;
};
var MAX_EXCERPT = 40;
var MAX_REASON = 400;
function excerpt(value) {
  let text;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return cutCodePoints(escapeControls(text), MAX_EXCERPT);
}
function escapeControls(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function cutCodePoints(text, max) {
  const cut = truncate(text, max);
  return cut === text ? text : `${cut} (cut)`;
}
function boundedReason(message) {
  return cutCodePoints(escapeControls(message.replace(/\r?\n/g, " ")), MAX_REASON);
}

// src/cli/builtin-template.ts
var builtinTemplate = '# Post-Mortem: <title> (YYYY-MM-DD)\n\n**Date**: YYYY-MM-DD\n**Duration**: 0h 00min (HH:MM - HH:MM UTC)\n**Severity**: P0 | P1 | P2 | P3 | P4 (one line on why this level)\n**Authors**: @your-handle, @org/team\n**Reviewed**: YYYY-MM-DD (four weeks after the incident: the follow-up review)\n\n<!--\nHow to use this file: `npx --package=postmortem-action postmortem new "Short title"` copies it,\nfills the title and date, and names the file YYYY-MM-DD-short-title.md. Replace every placeholder, delete these comments.\nWrite about systems, not people: what made the failure possible, never who to blame.\nShare the draft within 48 hours of the incident.\n-->\n\n## Summary\n\n<!-- Two to four sentences: what broke, for whom, for how long, and how it was fixed. -->\n\n## Impact\n\n<!-- Who noticed and how much: users affected, requests failed, data delayed or lost, money, SLO budget spent. Numbers beat adjectives. -->\n\n## Root Cause\n\n<!-- The technical mechanism of the failure, in plain words. Keep asking "why?" until you reach the conditions in the system, not a person\'s choice. -->\n\n## Timeline (all times UTC)\n\n<!-- One row per event, in order, in UTC. Start with the first trigger (often before detection) and end when impact ended. Cite where each fact comes from. Actor is a role or system, not a name to blame. -->\n\n| Time | Event | Source | Actor |\n|------|-------|--------|-------|\n| HH:MM | What happened (trigger) | deploy log / alert / dashboard / chat | system or role |\n| HH:MM | Impact started | dashboard link | system |\n| HH:MM | Detected: how we learned about it | alert name | on-call engineer |\n| HH:MM | Mitigation applied | runbook / chat | incident commander |\n| HH:MM | Impact ended | dashboard link | system |\n\n## Contributing Factors\n\n### Immediate Cause\n\n<!-- The change or event that set the failure off. -->\n\n### Contributing Factors\n\n<!-- At least two conditions that let the trigger turn into an incident, or made it worse or longer. -->\n\n1. First condition in the system, process or tooling.\n2. Second condition.\n\n### Systemic Issues\n\n<!-- What in how we build, review, test or operate allowed these conditions to exist. -->\n\n## Action Items\n\n<!-- One row per concrete change. ID: AI-1, AI-2... Owner: @user or @org/team. Deadline: YYYY-MM-DD, after the incident. Priority: High, Medium, Low (or P0-P4). Say exactly what changes, where: "Alert when queue age exceeds 5 minutes on the orders queue", not "Improve monitoring". -->\n\n| ID | Action | Owner | Deadline | Priority |\n|----|--------|-------|----------|----------|\n| AI-1 | A specific change to a named system | @owner | YYYY-MM-DD | High |\n| AI-2 | A specific change to a named system | @org/team | YYYY-MM-DD | Medium |\n\n## What Went Well\n\n<!-- Things that shortened or softened the incident: keep doing them. -->\n\n## Lessons Learned\n\n<!-- What we now know that we did not know before. -->\n\n## Prevention\n\n<!-- How the action items together stop this class of incident, and how we will know they worked. -->\n';

export {
  ConfigError,
  excerpt,
  builtinTemplate
};
