import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);

// src/config/vocabulary.yml.generated.ts
var data = JSON.parse(`{"sections":{"summary":["summary","executive summary","overview","issue summary","incident summary","tl;dr","tldr","description","what happened","what was the problem","what was the issue","brief description"],"impact":["impact","customer impact","user impact","business impact","impact assessment","scope and impact","severity and impact","severity & impact","who did it affect","who did it affect and how","who was affected","what was the impact","what was the impact identified"],"root-cause":["root cause","root causes","root cause analysis","rca","cause","causes","causes and contributing factors","trigger","analysis","why did it happen","how did this happen","how did it happen","technical cause","what caused it"],"timeline":["timeline","incident timeline","events timeline","events/timeline","events","chronology","sequence of events","context","detailed timeline","issue timeline","event timeline","play by play"],"contributing-factors":["contributing factors","contributing factor","factors","contributing causes","why it happened","five whys","5 whys","the whys","whys"],"action-items":["action items","action item","actions","follow-ups","follow ups","followups","follow-up","follow up","follow-up actions","follow up actions","corrective actions","corrective measures","corrective and preventative measures","corrective and preventive measures","corrective and preventative measure","corrective and preventive measure","remediation","remediations","remediation items","next steps","review actions","todo","to do","resulting actions","resulting action","future actions","going forward","what we're doing to fix this","what we are doing to fix this","what we're doing differently","what we are doing differently","what will we change"],"what-went-well":["what went well","went well","things that went well","what went right","what worked"],"lessons-learned":["lessons learned","lessons learnt","lessons","learnings","takeaways","key takeaways","insights","reflections","what we learned","what we learnt","retrospective"],"prevention":["prevention","preventive measures","preventative measures","how we prevent recurrence","future prevention"],"resolution":["resolution","resolution and recovery","mitigation","recovery","fix","solution","how did we fix it","how did we resolve it","how was it resolved"],"detection":["detection","how was it detected"],"what-went-wrong":["what went wrong","went wrong","what went poorly","things that went poorly","what didn't go well","what did not go well","things that didn't go well","what didn't work","what did not work"],"where-we-got-lucky":["where we got lucky","got lucky","what we got lucky with"]},"columns":{"id":["id","#","no","no.","number","ref","key"],"action":["action","action item","item","description","task","what","title","details","remediation"],"owner":["owner","owners","assignee","assignees","who","responsible","dri","assigned to"],"deadline":["deadline","due","due date","by","target date","eta","when","due by"],"priority":["priority","pri","prio","severity","importance","p"],"status":["status","state","done"],"time":["time","timestamp","time (utc)","when","date","date and time","datetime","date/time","time utc","hour"],"event":["event","events","description","what happened","activity","detail","details","action","note","notes"],"source":["source","sources","evidence","signal","link","reference","ref","from"],"actor":["actor","who","by","responder","person","team","system"]},"fields":{"title":["title","incident","name"],"date":["date","incident date","date of incident","occurred","occurred on","day","detected","started","start"],"duration":["duration","incident duration","time to resolve","time to repair","ttr","length","outage duration"],"severity":["severity","sev","level","impact level","incident severity","priority"],"authors":["authors","author","owners","written by","created by","authored by","contributors"],"reviewed":["reviewed","reviewed on","review date","last reviewed"],"id":["id","incident id","incident","pm id","postmortem id","ticket"],"status":["status","state"]},"severities":{"P0":["p0","sev0","sev-0","sev 0","s0","critical"],"P1":["p1","sev1","sev-1","sev 1","s1","major","high"],"P2":["p2","sev2","sev-2","sev 2","s2","moderate","medium"],"P3":["p3","sev3","sev-3","sev 3","s3","minor","low"],"P4":["p4","sev4","sev-4","sev 4","s4","cosmetic","trivial"]},"priorities":{"P0":["p0","urgent","critical","blocker"],"P1":["p1","high","hi"],"P2":["p2","medium","med","normal"],"P3":["p3","low","lo"],"P4":["p4","lowest","nice to have","wishlist"]}}`);

// src/config/defaults.ts
var KNOWN_RULES = [
  "required-sections",
  "metadata",
  "timeline-utc",
  "timeline-order",
  "timeline-complete",
  "contributing-factors",
  "action-item-id",
  "action-item-owner",
  "action-item-deadline",
  "action-item-priority",
  "action-item-specific",
  "blameless-language",
  "template-placeholders"
];
var DEFAULT_LEVELS = {
  "action-item-specific": "warn"
};
var builtin;
function builtinVocabularies() {
  builtin ??= data;
  return builtin;
}
function copy(vocabulary) {
  return Object.fromEntries(Object.entries(vocabulary).map(([key, aliases]) => [key, [...aliases]]));
}
function defaultConfig() {
  const vocab = builtinVocabularies();
  return {
    rules: Object.fromEntries(KNOWN_RULES.map((id) => [id, { level: DEFAULT_LEVELS[id] ?? "error", options: {} }])),
    sections: copy(vocab.sections),
    columns: copy(vocab.columns),
    fields: copy(vocab.fields),
    severities: copy(vocab.severities),
    priorities: copy(vocab.priorities),
    include: ["**/*.md"],
    // The template is a form to copy, not a post-mortem; READMEs describe the folder.
    ignore: ["**/TEMPLATE.md", "**/README.md", "**/node_modules/**"]
  };
}

export {
  KNOWN_RULES,
  defaultConfig
};
