import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);

// src/plan/labels.ts
var POSTMORTEM_LABEL = "post-mortem";
var FOLLOW_UP_LABEL = "post-mortem: review";
var DROPPED_LABEL = "dropped";
var OVERDUE_LABEL = "overdue";
var PRIORITY_PREFIX = "priority: ";
var SEVERITY_PREFIX = "severity: ";
function priorityLabel(level) {
  return `${PRIORITY_PREFIX}${level}`;
}
function severityLabel(level) {
  return `${SEVERITY_PREFIX}${level}`;
}
var FIXED = {
  [POSTMORTEM_LABEL]: { color: "5319e7", description: "Tracked from a post-mortem by postmortem-action" },
  [FOLLOW_UP_LABEL]: { color: "0e8a16", description: "Follow-up review of a post-mortem" },
  [DROPPED_LABEL]: { color: "bfbfbf", description: "The action item was removed from its post-mortem" },
  [OVERDUE_LABEL]: { color: "e99695", description: "The action item is past its deadline in the post-mortem" }
};
function labelStyle(name) {
  const fixed = FIXED[name];
  if (fixed !== void 0) return fixed;
  if (name.startsWith(PRIORITY_PREFIX)) return { color: "d93f0b", description: "Action item priority (from the post-mortem)" };
  if (name.startsWith(SEVERITY_PREFIX)) return { color: "b60205", description: "Incident severity (from the post-mortem)" };
  return { color: "ededed", description: "Added by postmortem-action" };
}

export {
  POSTMORTEM_LABEL,
  FOLLOW_UP_LABEL,
  DROPPED_LABEL,
  OVERDUE_LABEL,
  PRIORITY_PREFIX,
  SEVERITY_PREFIX,
  priorityLabel,
  severityLabel,
  labelStyle
};
