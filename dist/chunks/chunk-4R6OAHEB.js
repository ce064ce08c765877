import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  SourceText,
  dayNumber,
  isUtcZone,
  toString,
  visit,
  wrap,
  zoneOffset
} from "./chunk-5P76JHEA.js";
import {
  ConfigError,
  excerpt
} from "./chunk-AP7ZZIRN.js";
import {
  truncate
} from "./chunk-POANTLKZ.js";
import {
  defaultConfig
} from "./chunk-3N6BFG3G.js";
import {
  aliasIndex,
  normalizeLabel
} from "./chunk-76WKF4H2.js";

// src/lint/docs.ts
var DOCS_BASE = "https://github.com/postmortem-action/postmortem-action/blob/main/docs/rules/";
function ruleDocsUrl(ruleId) {
  return `${DOCS_BASE}${ruleId}.md`;
}

// node_modules/unified-lint-rule/lib/index.js
function lintRule(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// src/lint/rule.ts
var SOURCE = "postmortem-lint";
var definitions = /* @__PURE__ */ new Map();
function postmortemRule(definition) {
  definitions.set(definition.id, definition);
  return lintRule(
    { origin: `${SOURCE}:${definition.id}`, url: ruleDocsUrl(definition.id) },
    (tree, file, rawOptions) => {
      const data4 = file.data;
      const postmortem = data4.postmortem;
      if (!postmortem) return;
      const config = data4.postmortemConfig ?? defaultConfig();
      const options = definition.options ? definition.options(rawOptions ?? {}, config) : {};
      definition.check({
        postmortem,
        options,
        config,
        tree,
        file,
        report(message, span, extra) {
          const vfileMessage = file.message(message, {
            place: { start: { line: span.start.line, column: span.start.column }, end: { line: span.end.line, column: span.end.column } }
          });
          if (extra?.actual !== void 0) vfileMessage.actual = extra.actual;
          if (extra?.replacement !== void 0) vfileMessage.expected = [extra.replacement];
        },
        firstLine(span) {
          if (span.end.line === span.start.line) return span;
          const text = String(file.value);
          const lineEnd = text.indexOf("\n", span.start.offset);
          const end = (lineEnd < 0 ? text.length : lineEnd) - (text[lineEnd - 1] === "\r" ? 1 : 0);
          return { start: span.start, end: { line: span.start.line, column: span.start.column + (end - span.start.offset), offset: end } };
        },
        documentSpan() {
          return postmortem.meta.title?.span ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
        }
      });
    }
  );
}
function checkRuleOptions(config) {
  for (const [id, setting] of Object.entries(config.rules)) {
    if (setting.level === "off") continue;
    const definition = definitions.get(id);
    if (!definition) continue;
    try {
      if (definition.options) definition.options(setting.options, config);
      else if (Object.keys(setting.options).length > 0) {
        throw new Error(`rules.${id}: unknown option \`${Object.keys(setting.options)[0]}\`, expected none (this rule has no options)`);
      }
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(error.message, `rules.${id}`, config.source);
    }
  }
}
function unexpected(found, expected) {
  return `Unexpected ${found}, expected ${expected}`;
}
function displayName(key) {
  return key.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
}
function quote(text, max = 60) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const cut = truncate(oneLine, max);
  return `\`${cut.replace(/`/g, "'")}\``;
}

// src/lint/rules/action-item-fields.ts
function priorityScale(config) {
  return Object.entries(config.priorities).map(([canonical, aliases]) => aliases[1] ? `${canonical} (${aliases[1]})` : canonical).join(", ");
}
var FIELDS = [
  { rule: "action-item-id", name: "an ID", expected: () => "an ID such as `AI-1`, so its issue and later reviews can refer to it", short: () => "an ID such as `AI-1`", missing: (item) => !item.id },
  { rule: "action-item-owner", name: "an owner", expected: () => "a GitHub `@user` or `@org/team` who will be assigned its issue", short: () => "a GitHub `@user` or `@org/team` owner", missing: (item) => !item.owner },
  // A completed item needs no deadline.
  { rule: "action-item-deadline", name: "a deadline", expected: () => "a date as YYYY-MM-DD by which it is done", short: () => "a YYYY-MM-DD deadline", missing: (item) => !item.deadline && !item.done },
  { rule: "action-item-priority", name: "a priority", expected: (config) => `one of ${priorityScale(config)}`, short: (config) => `a priority (${Object.keys(config.priorities).join(", ")})`, missing: (item) => !item.priority }
];
function levelOf(config, rule) {
  return config.rules[rule]?.level ?? "off";
}
function joinNames(names, last = "and") {
  return names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} ${last} ${names.at(-1)}`;
}
function commentsNameFieldRules(tree) {
  let named = false;
  visit(tree, "html", (node) => {
    if (/postmortem-lint\s+(?:disable|ignore|enable)\b[^>]*\baction-item-(?:id|owner|deadline|priority)\b/.test(node.value)) named = true;
  });
  return named;
}
function reportMissingFields(rule, context) {
  const { postmortem, config, report, firstLine, tree } = context;
  const level = levelOf(config, rule);
  const separate = commentsNameFieldRules(tree);
  for (const item of postmortem.actionItems) {
    const missing = FIELDS.filter((field) => levelOf(config, field.rule) === level && field.missing(item) && (!separate || field.rule === rule));
    if (missing[0]?.rule !== rule) continue;
    if (missing.length === 1) {
      report(unexpected(`action item without ${missing[0].name}`, missing[0].expected(config)), firstLine(item.span));
      continue;
    }
    report(
      unexpected(`action item without ${joinNames(missing.map((field) => field.name), "or")}`, joinNames(missing.map((field) => field.short(config)))),
      firstLine(item.span)
    );
  }
  reportEmptySection(rule, context, level);
}
function reportEmptySection(rule, { postmortem, config, report }, level) {
  const section = postmortem.resolved?.["action-items"];
  if (!section || postmortem.actionItems.length > 0) return;
  const lead = FIELDS.find((field) => levelOf(config, field.rule) === level);
  if (lead?.rule !== rule) return;
  report(unexpected("action-item section without items", "one list item or table row per action, each with its ID, owner, deadline and priority"), section.headingSpan);
}

// src/lint/rules/action-item-deadline.ts
var action_item_deadline_default = postmortemRule({
  id: "action-item-deadline",
  check(context) {
    const { postmortem, report } = context;
    reportMissingFields("action-item-deadline", context);
    const incident = postmortem.meta.date?.value || void 0;
    for (const item of postmortem.actionItems) {
      if (!item.deadline) continue;
      if (!item.deadlineDate) {
        report(unexpected(`deadline ${quote(item.deadline.raw)}`, "a real calendar date as YYYY-MM-DD"), item.deadline.span, { actual: item.deadline.raw });
      } else if (incident && item.deadlineDate < incident && !item.done) {
        report(unexpected(`deadline ${item.deadlineDate} before the incident (${incident})`, "a date after the incident"), item.deadline.span, { actual: item.deadline.raw });
      }
    }
  }
});

// src/lint/rules/action-item-id.ts
var action_item_id_default = postmortemRule({
  id: "action-item-id",
  check(context) {
    const { postmortem, report } = context;
    reportMissingFields("action-item-id", context);
    const seen = /* @__PURE__ */ new Map();
    for (const item of postmortem.actionItems) {
      if (!item.id) continue;
      const key = item.id.value.toLowerCase();
      const line = seen.get(key);
      if (line !== void 0) {
        report(unexpected(`duplicate ID ${quote(item.id.value)} (first used on line ${line})`, "a distinct ID for each action item"), item.id.span, { actual: item.id.raw });
      } else seen.set(key, item.id.span.start.line);
    }
  }
});

// src/lint/rules/action-item-owner.ts
var GITHUB_OWNER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
function splitOwners(value) {
  return value.split(/\s*[,;]\s*|\s+and\s+/).flatMap((part) => {
    const words = part.trim().split(/\s+/);
    return words.every((word) => word.startsWith("@")) ? words : [part.trim()];
  }).filter(Boolean);
}
var action_item_owner_default = postmortemRule({
  id: "action-item-owner",
  check(context) {
    const { postmortem, report } = context;
    reportMissingFields("action-item-owner", context);
    for (const item of postmortem.actionItems) {
      if (!item.owner) continue;
      const invalid = splitOwners(item.owner.value).filter((owner) => !GITHUB_OWNER.test(owner));
      if (invalid.length > 0) {
        report(unexpected(`owner ${quote(invalid.join(", "))}`, "a GitHub `@user` or `@org/team` (a name alone cannot be assigned or notified)"), item.owner.span, { actual: item.owner.raw });
      }
    }
  }
});

// src/lint/rules/action-item-priority.ts
var action_item_priority_default = postmortemRule({
  id: "action-item-priority",
  check(context) {
    const { postmortem, config, report } = context;
    reportMissingFields("action-item-priority", context);
    const scale = aliasIndex(config.priorities);
    const expected = `one of ${priorityScale(config)}`;
    for (const item of postmortem.actionItems) {
      if (item.priority && !scale.has(normalizeLabel(item.priority.value))) {
        report(unexpected(`priority ${quote(item.priority.raw)}`, expected), item.priority.span, { actual: item.priority.raw });
      }
    }
  }
});

// src/lint/vague-actions.yml.generated.ts
var data = JSON.parse('[{"id":"improve","pattern":"^(?:improve|enhance|better|optimi[sz]e|strengthen|harden|tighten)\\\\b","note":"says what should get better, not what will change"},{"id":"look-into","pattern":"^(?:look (?:into|at)|dig into|explore|research)\\\\b","note":"an open question, not an action with a visible end"},{"id":"investigate","pattern":"^(?:investigate|analy[sz]e|understand|figure out|find out|determine)\\\\b","note":"an investigation needs a question and an output (a document, a decision) to be trackable"},{"id":"consider","pattern":"^(?:consider|think about|discuss|evaluate|assess|reconsider)\\\\b","note":"a discussion with no decision or change attached"},{"id":"ensure","pattern":"^(?:ensure|make sure|be sure)\\\\b","note":"states a wish; the action is whatever would guarantee it"},{"id":"monitor","pattern":"^(?:monitor|keep an eye on|watch)\\\\b","note":"ongoing attention is not a change; an alert or dashboard is"},{"id":"follow-up","pattern":"^(?:follow[ -]?up(?: on)?|revisit|check on|review)\\\\b","note":"a reminder, not a change"},{"id":"more-generic","pattern":"^(?:add|write|do|get|have|need) (?:more|better|additional|some|extra) (?:tests?|testing|monitoring|alerts?|alerting|logging|logs|documentation|docs|checks?|metrics|observability|visibility)\\\\.?$","always":true,"note":"more of something, without saying which one or where"},{"id":"be-careful","pattern":"\\\\b(?:be (?:more )?(?:careful|cautious|vigilant|diligent)|pay (?:more |closer )?attention|try harder|remember to|be aware of|double[- ]check)\\\\b","always":true,"note":"asks people to behave differently instead of changing the system"}]');

// src/lint/rules/action-item-specific.ts
function vagueWordingsFromData(data4, source) {
  if (!Array.isArray(data4)) throw new Error(`${source}: expected a list of entries`);
  return data4.map((entry, index) => {
    const where = `${source}: entry ${index + 1}`;
    if (!entry || typeof entry !== "object") throw new Error(`${where}: expected a mapping with id, pattern, note`);
    const { id, pattern, always, note } = entry;
    if (typeof id !== "string" || !id) throw new Error(`${where}: \`id\` must be a non-empty string`);
    if (typeof pattern !== "string") throw new Error(`${where} (${id}): \`pattern\` must be a string`);
    if (typeof note !== "string" || !note) throw new Error(`${where} (${id}): \`note\` must be a non-empty string`);
    if (always !== void 0 && typeof always !== "boolean") throw new Error(`${where} (${id}): \`always\` must be true or false`);
    let compiled;
    try {
      compiled = new RegExp(pattern, "i");
    } catch (error) {
      throw new Error(`${where} (${id}): \`pattern\` is not a valid regular expression: ${error.message}`);
    }
    return { id, pattern: compiled, always: always ?? false, note };
  });
}
var wordings;
var CONCRETE = /\d|`|\/|https?:|#\w|\b\w+[_.]\w+|\b[a-z]+[A-Z]\w*|\b[A-Z][a-z]+[A-Z]\w*|\b[A-Z]{2,}\b|["“'‘][^"”'’]+["”'’]/;
var COMMON_HYPHENATED = /* @__PURE__ */ new Set(["on-call", "follow-up", "follow-ups", "re-run", "end-to-end", "real-time", "long-term", "short-term", "built-in", "opt-in", "self-service", "up-to-date", "well-known", "post-mortem", "post-mortems", "sign-off", "roll-out", "set-up", "check-in", "e-mail", "day-to-day", "so-called", "high-level", "low-level"]);
function isConcrete(text) {
  if (CONCRETE.test(text)) return true;
  const words = text.split(/\s+/).filter((word) => /^[A-Za-z]/.test(word));
  const capitalised = words.filter((word) => /^[A-Z][a-z]/.test(word));
  if (capitalised.length > 0 && capitalised.length < words.length) return true;
  return (text.match(/\b[A-Za-z]+(?:-[A-Za-z]+)+\b/g) ?? []).some((word) => !COMMON_HYPHENATED.has(word.toLowerCase()));
}
var MAX_VAGUE_WORDS = 6;
function vagueWording(action) {
  wordings ??= vagueWordingsFromData(data, "vague-actions.yml");
  const text = action.trim().replace(/[.!]+$/, "");
  for (const wording of wordings) {
    const match = wording.pattern.exec(text);
    if (!match) continue;
    if (wording.always) return wording;
    const rest = text.slice(match.index + match[0].length);
    const words = rest.split(/\s+/).filter(Boolean).length;
    if (!isConcrete(rest) && words <= MAX_VAGUE_WORDS) return wording;
  }
  return void 0;
}
var action_item_specific_default = postmortemRule({
  id: "action-item-specific",
  check({ postmortem, report }) {
    for (const item of postmortem.actionItems) {
      if (!item.action) continue;
      const wording = vagueWording(item.action.value);
      if (!wording) continue;
      report(
        unexpected(
          `vague action ${quote(item.action.value)} (${wording.note})`,
          "a specific change that names what and where: the metric and threshold, the alert, the dashboard, the check, the runbook step (e.g. `Alert when queue depth > 1000 for 5 min`)"
        ),
        item.action.span,
        { actual: item.action.raw }
      );
    }
  }
});

// src/blame/grammar.ts
var DETERMINERS = /* @__PURE__ */ new Set(["the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "his", "her", "their", "its", "some", "any", "each", "every", "no", "all", "both", "another", "whose"]);
var POSSESSIVE_DETERMINERS = /* @__PURE__ */ new Set(["our", "my", "your", "his", "her", "their"]);
var FIRST_PERSON_POSSESSIVES = /* @__PURE__ */ new Set(["our", "my"]);
var PREPOSITIONS = /* @__PURE__ */ new Set(["of", "in", "on", "at", "from", "with", "for", "to", "by", "about", "into", "onto", "over", "under", "during", "after", "before", "between", "through", "without", "within", "via", "per", "across", "behind", "near", "than", "like", "outside", "inside"]);
var BE_FORMS = /* @__PURE__ */ new Set(["is", "was", "were", "are", "be", "been", "being", "am", "'re", "get", "gets", "got", "gotten", "getting"]);
var COPULAS = /* @__PURE__ */ new Set(["is", "was", "were", "are", "be", "been", "being", "am", "'s", "seemed", "seems", "looked", "felt", "became", "remains", "remained"]);
var AUXILIARIES = /* @__PURE__ */ new Set(["do", "does", "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "is", "was", "were", "are", "be", "been", "being", "am"]);
var PAST_AUXILIARIES = /* @__PURE__ */ new Set(["did", "had", "was", "were", "could", "would"]);
var NEGATIONS = /* @__PURE__ */ new Set(["not", "never"]);
var CONJUNCTIONS = /* @__PURE__ */ new Set(["and", "but", "or", "yet", "nor", "so"]);
var RELATIVES = /* @__PURE__ */ new Set(["who", "that", "which", "whom"]);
var GENERIC_SUBJECTS = /* @__PURE__ */ new Set(["what", "whatever", "whoever", "which"]);
var SKIPPABLE = /* @__PURE__ */ new Set([
  "also",
  "then",
  "just",
  "still",
  "ever",
  "already",
  "once",
  "again",
  "even",
  "first",
  "later",
  "instead",
  "therefore",
  "thus",
  "hence",
  "all",
  "both",
  "each",
  "themselves",
  "himself",
  "herself",
  "ourselves",
  "myself",
  "yourself",
  "too",
  "quite",
  "somehow",
  "soon",
  "now",
  "keep",
  "keeps",
  "kept",
  "tried",
  "try",
  "tries",
  "started",
  "start",
  "starts",
  "began",
  "begin",
  "begun",
  "continued",
  "continue",
  "seemed",
  "seems",
  "appeared",
  "appears",
  "managed",
  "tended",
  "tends",
  "went",
  "go",
  "goes",
  "to",
  "ahead",
  "on",
  "up"
]);
var NOT_ADVERBS = /* @__PURE__ */ new Set(["only", "early", "family", "reply", "supply", "apply", "assembly", "anomaly", "rally", "july", "italy", "holy", "ugly", "friendly", "fly", "ally", "belly", "daily", "weekly", "monthly", "hourly", "nightly", "quarterly", "yearly", "likely", "unlikely", "costly", "timely"]);
var COMMON_ADVERBS = /* @__PURE__ */ new Set(["also", "then", "just", "still", "never", "ever", "already", "once", "again", "even", "too", "quite", "very", "so", "much", "way", "far", "well", "often", "always", "sometimes", "soon", "later", "not", "further", "twice", "instead", "anyway", "perhaps", "maybe", "probably", "definitely", "almost", "nearly", "rather", "pretty", "more", "most", "less", "least", "simply", "in", "fact"]);
function isAdverb(lower) {
  return COMMON_ADVERBS.has(lower) || lower.length > 4 && lower.endsWith("ly") && !NOT_ADVERBS.has(lower);
}
var IRREGULAR_PARTICIPLES = /* @__PURE__ */ new Set([
  "broken",
  "forgotten",
  "given",
  "taken",
  "written",
  "chosen",
  "driven",
  "eaten",
  "fallen",
  "gotten",
  "hidden",
  "known",
  "seen",
  "shown",
  "spoken",
  "stolen",
  "thrown",
  "woken",
  "done",
  "gone",
  "made",
  "run",
  "set",
  "put",
  "let",
  "hit",
  "cut",
  "read",
  "caught",
  "brought",
  "bought",
  "thought",
  "taught",
  "sought",
  "fought",
  "kept",
  "left",
  "lost",
  "meant",
  "met",
  "paid",
  "said",
  "sent",
  "spent",
  "built",
  "held",
  "told",
  "sold",
  "found",
  "heard",
  "understood",
  "stood",
  "led",
  "fed",
  "felt",
  "dealt",
  "slept",
  "swept",
  "begun",
  "drawn",
  "grown",
  "blown",
  "flown",
  "won",
  "shut",
  "spread",
  "split",
  "quit",
  "rid",
  "upset",
  "mistaken",
  "overseen",
  "undertaken",
  "withdrawn",
  "overridden",
  "ridden",
  "bitten",
  "hung",
  "struck",
  "stuck",
  "dug",
  "spun",
  "slid",
  "laid",
  "lit",
  "shot",
  "sat",
  "become",
  "come",
  "overcome",
  "rerun",
  "rebuilt",
  "redone",
  "rewritten",
  "reset",
  "misread",
  "misunderstood",
  "overlooked",
  "forgot",
  "broke",
  "got",
  "ran",
  "wrote",
  "misled",
  "shipped",
  "had"
]);
var NOT_PARTICIPLES = /* @__PURE__ */ new Set(["red", "bed", "need", "feed", "seed", "speed", "shed", "hundred", "sacred", "naked", "wicked", "ahead", "instead", "embed", "bleed", "breed", "greed", "creed", "indeed", "exceed", "proceed", "succeed", "weed", "deed", "shred", "sled", "wed", "ed", "bred", "fled", "ted", "fred", "ned", "med", "unrelated", "dedicated"]);
function isParticiple(lower) {
  if (IRREGULAR_PARTICIPLES.has(lower)) return true;
  return lower.length >= 4 && lower.endsWith("ed") && !NOT_PARTICIPLES.has(lower);
}
var IRREGULAR_BASES = {
  forgot: "forget",
  forgotten: "forget",
  caught: "catch",
  knew: "know",
  known: "know",
  thought: "think",
  saw: "see",
  seen: "see",
  took: "take",
  taken: "take",
  ran: "run",
  told: "tell",
  kept: "keep",
  understood: "understand",
  misunderstood: "misunderstand",
  went: "go",
  gone: "go",
  did: "do",
  done: "do",
  made: "make",
  got: "get",
  gotten: "get",
  found: "find",
  began: "begin",
  begun: "begin",
  brought: "bring",
  sent: "send",
  left: "leave",
  lost: "lose",
  paid: "pay",
  said: "say",
  meant: "mean",
  heard: "hear",
  felt: "feel",
  spent: "spend",
  broke: "break",
  broken: "break",
  chose: "choose",
  chosen: "choose",
  wrote: "write",
  written: "write",
  gave: "give",
  given: "give",
  came: "come",
  became: "become",
  had: "have",
  has: "have",
  was: "be",
  were: "be",
  is: "be",
  are: "be",
  been: "be",
  led: "lead",
  read: "read",
  set: "set",
  put: "put",
  hit: "hit",
  shut: "shut",
  rang: "ring",
  woke: "wake",
  drew: "draw",
  drawn: "draw",
  threw: "throw",
  thrown: "throw",
  fell: "fall",
  fallen: "fall",
  held: "hold",
  stood: "stand",
  built: "build",
  sought: "seek",
  taught: "teach",
  bought: "buy",
  dealt: "deal",
  rolled: "roll",
  backed: "back",
  misread: "misread",
  overlooked: "overlook"
};
function baseForms(lower) {
  const irregular = IRREGULAR_BASES[lower];
  if (irregular) return [irregular, lower];
  const forms = [lower];
  const strip = (suffix, add = "") => {
    if (lower.endsWith(suffix) && lower.length > suffix.length + 1) forms.push(lower.slice(0, -suffix.length) + add);
  };
  strip("ies", "y");
  strip("ied", "y");
  strip("es");
  strip("s");
  strip("ed");
  strip("ed", "e");
  strip("d");
  strip("ing");
  strip("ing", "e");
  for (const suffix of ["ed", "ing"]) {
    const stem = lower.endsWith(suffix) ? lower.slice(0, -suffix.length) : "";
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1));
  }
  return forms;
}
function inBaseSet(lower, set) {
  return baseForms(lower).some((form) => set.has(form));
}
function isPastForm(lower) {
  return isParticiple(lower) || IRREGULAR_BASES[lower] !== void 0 && IRREGULAR_BASES[lower] !== lower;
}

// src/blame/clauses.ts
var PERSON = /* @__PURE__ */ new Set(["handle", "name", "role", "pronoun", "group"]);
function isPerson(cls) {
  return PERSON.has(cls);
}
var SOFTWARE_ROLES = /* @__PURE__ */ new Set(["operator", "operators", "user", "users", "owner", "owners", "admin", "admins", "agent"]);
var TITLES = /* @__PURE__ */ new Set(["mr", "mrs", "ms", "dr"]);
var SUBORDINATORS = /* @__PURE__ */ new Set(["because", "since", "when", "while", "although", "though", "if", "unless", "until", "after", "before", "as", "once", "whereas", "whether", "where", "why", "how"]);
var QUANTIFIERS = ["such", "many", "most", "several", "few", "other", "others", "various", "certain", "either", "one", "two", "three", "same", "both", "much", "more", "less", "own"];
var FUNCTION_WORDS = /* @__PURE__ */ new Set([...DETERMINERS, ...PREPOSITIONS, ...AUXILIARIES, ...CONJUNCTIONS, ...SUBORDINATORS, ...QUANTIFIERS, "there", "here", "it", "this", "what", "however", "also", "then", "not", "no", "yes", "please", "finally", "next", "later"]);
var COMMON_NOUN_SHAPE = /(?:tion|sion|ment|ing|ness|ity|ance|ence|ure|ics|ism|ware|ings|ers|ies|ors|ists|ages|ts|ks|ps)$/;
var NOUN_SUFFIX = /(?:tion|sion|ment|ing|ness|ity)$/;
var COMMON_SENTENCE_ADVERBS = /* @__PURE__ */ new Set(["unfortunately", "fortunately", "apparently", "eventually", "finally", "initially", "additionally", "subsequently", "consequently", "clearly", "obviously", "honestly", "frankly", "luckily", "sadly", "really", "simply", "only", "currently", "previously", "originally", "ultimately", "basically", "essentially", "meanwhile", "immediately", "quickly", "shortly", "recently", "later", "likewise", "similarly", "accordingly", "interestingly", "surprisingly", "thankfully", "hopefully", "presumably", "probably", "possibly", "certainly", "definitely", "actually", "partly", "mostly", "largely", "generally", "usually", "typically", "normally", "historically"]);
var POSTPOSED = /* @__PURE__ */ new Set(["responsible", "involved", "concerned", "assigned", "affected", "present"]);
var PARTITIVES = /* @__PURE__ */ new Set(["of", "in", "on", "from", "at"]);
var Clauses = class {
  constructor(tokens, words, sentenceStart, sentenceEnd) {
    this.tokens = tokens;
    this.words = words;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
  }
  tokens;
  words;
  sentenceStart;
  sentenceEnd;
  classes = [];
  token(index) {
    return index >= this.sentenceStart && index < this.sentenceEnd ? this.tokens[index] : void 0;
  }
  lower(index) {
    const token = this.token(index);
    return token?.kind === "word" ? token.lower : "";
  }
  isWord(index) {
    return this.token(index)?.kind === "word";
  }
  sentenceInitial(index) {
    for (let k = index - 1; k >= this.sentenceStart; k--) {
      const token = this.tokens[k];
      if (token.kind === "word" || token.kind === "handle") return false;
    }
    return true;
  }
  systemModifier(index) {
    const token = this.token(index);
    if (!token) return false;
    if (token.kind === "masked") return true;
    if (token.kind !== "word") return false;
    return this.words.systemNouns.has(token.lower) || token.capital && this.nameShapeIsSystem(token);
  }
  nameShapeIsSystem(token) {
    return this.words.systemNames.has(token.lower) || new RegExp("\\p{N}", "u").test(token.text) || new RegExp("^.\\p{Ll}*\\p{Lu}", "u").test(token.text) || new RegExp("^\\p{Lu}{2,}$", "u").test(token.text) || token.text.includes(".");
  }
  /**
   * An adverb at this position. Capitalised "-ly" words are names (Sally, Emily) unless they are
   * common adverbs or open the sentence before a comma ("Unfortunately, ...").
   */
  adverbAt(index) {
    const token = this.token(index);
    if (!token || token.kind !== "word" || !isAdverb(token.lower)) return false;
    if (!token.capital) return true;
    return COMMON_SENTENCE_ADVERBS.has(token.lower) || this.token(index + 1)?.text === ",";
  }
  /** The kind of thing a noun-phrase head names (memoised per sentence). */
  headClass(index) {
    const offset = index - this.sentenceStart;
    let cls = this.classes[offset];
    if (cls === void 0) {
      cls = this.classify(index);
      if (offset >= 0) this.classes[offset] = cls;
    }
    return cls;
  }
  classify(index) {
    const token = this.token(index);
    if (!token) return "other";
    if (token.kind === "handle") return "handle";
    if (token.kind !== "word") return "other";
    const word = token.lower;
    const previous = this.lower(index - 1);
    if (word === "they" || word === "them") return "they";
    if (this.words.personPronouns.has(word)) return "pronoun";
    if (GENERIC_SUBJECTS.has(word)) return "generic";
    if (word === "one" && previous === "no") return "indefinite";
    if (this.words.indefinite.has(word) || word === "none" || word === "neither") return "indefinite";
    if (word === "call" && previous === "on") return "role";
    if (this.words.roles.has(word)) return SOFTWARE_ROLES.has(word) && this.systemModifier(index - 1) ? "system" : "role";
    if (this.words.external.has(word)) return "external";
    if (this.words.systemNouns.has(word) || word.endsWith("s") && this.words.systemNouns.has(word.slice(0, -1))) return "system";
    if (!token.capital) return "other";
    if (this.nameShapeIsSystem(token)) return "system";
    if (this.lower(index - 2) !== "" && TITLES.has(this.lower(index - 2)) && this.token(index - 1)?.text === ".") return "name";
    if (TITLES.has(previous)) return "name";
    if (FUNCTION_WORDS.has(word) || this.adverbAt(index)) return "other";
    if (NOUN_SUFFIX.test(word)) return "other";
    if (this.sentenceInitial(index) && (COMMON_NOUN_SHAPE.test(word) || this.words.verbForms.has(word) || word.length < 2)) return "other";
    return "name";
  }
  /** A word that can head a noun phrase (not a function word, adverb or punctuation). */
  isNominal(index) {
    const token = this.token(index);
    if (!token) return false;
    if (token.kind === "handle" || token.kind === "masked") return true;
    if (token.kind !== "word") return false;
    if (FUNCTION_WORDS.has(token.lower) && !this.words.personPronouns.has(token.lower) && token.lower !== "it" && token.lower !== "this") return false;
    return !NEGATIONS.has(token.lower) && !(this.adverbAt(index) && !this.words.roles.has(token.lower));
  }
  /** Start of the noun phrase whose head is `head` (determiner and up to three modifiers). */
  npStart(head) {
    const headToken = this.token(head);
    if (headToken?.kind === "handle" || this.words.personPronouns.has(this.lower(head)) || this.lower(head) === "they") return head;
    let start = head;
    for (let k = head - 1; k >= this.sentenceStart && head - k <= 3; k--) {
      const token = this.tokens[k];
      if (token.kind === "handle" || token.kind === "masked") {
        start = k;
        continue;
      }
      if (token.kind !== "word") break;
      if (DETERMINERS.has(token.lower)) return k;
      if (FUNCTION_WORDS.has(token.lower) || NEGATIONS.has(token.lower) || RELATIVES.has(token.lower) || this.adverbAt(k) || SKIPPABLE.has(token.lower)) break;
      if (this.words.verbForms.has(token.lower)) break;
      start = k;
    }
    return start;
  }
  subjectAt(head, depth = 0) {
    let cls = this.headClass(head);
    const start = this.npStart(head);
    const before = start - 1;
    if (depth < 2 && PARTITIVES.has(this.lower(before)) && this.isNominal(before - 1)) {
      const outer = this.headClass(before - 1);
      if (outer === "indefinite") {
        const negative = this.isNegativeQuantifier(before - 1);
        if (isPerson(cls) || cls === "they") return { cls: "group", start: this.npStart(before - 1), head, negative, firstPersonPossessed: false, clauseStart: false };
        return this.subjectAt(before - 1, depth + 1);
      }
      if (cls !== "role" || outer !== "system") return this.subjectAt(before - 1, depth + 1);
    }
    for (let k = start - 1; k >= this.sentenceStart && start - k <= 6 && depth < 2; k--) {
      const token = this.tokens[k];
      if (token.kind === "punct") break;
      if (token.kind === "word" && token.lower === "whoever") return { cls: "role", start: k, head, negative: false, firstPersonPossessed: false, clauseStart: false };
      if (token.kind === "word" && RELATIVES.has(token.lower) && k < head) {
        if (this.looksLikeVerb(k - 1)) break;
        if (this.isNominal(k - 1)) {
          const antecedent = this.subjectAt(k - 1, depth + 1);
          if (token.lower === "who" && !isPerson(antecedent.cls)) antecedent.cls = "role";
          return antecedent;
        }
        break;
      }
    }
    return {
      cls,
      start,
      head,
      negative: cls === "indefinite" && this.isNegativeQuantifier(head),
      firstPersonPossessed: FIRST_PERSON_POSSESSIVES.has(this.lower(start)),
      clauseStart: false
    };
  }
  isNegativeQuantifier(index) {
    const word = this.lower(index);
    return word === "nobody" || word === "none" || word === "neither" || word === "no-one" || word === "one" && this.lower(index - 1) === "no";
  }
  elided(verb, clauseStart) {
    return { cls: "elided", start: verb, head: verb, negative: false, firstPersonPossessed: false, clauseStart };
  }
  /** Looks like a finite verb: an auxiliary, a past form, a known verb form or a present -s form. */
  looksLikeVerb(index) {
    const word = this.lower(index);
    if (!word) return false;
    return AUXILIARIES.has(word) || NEGATIONS.has(word) || isPastForm(word) || this.words.verbForms.has(word) || this.adverbAt(index) && this.looksLikeVerb(index + 1);
  }
  /** The subject of the verb (group) starting at `verb`. */
  subjectOf(verb) {
    let j = verb - 1;
    while (j >= this.sentenceStart && this.skippable(j)) j--;
    if (j < this.sentenceStart) return this.elided(verb, true);
    const token = this.tokens[j];
    if (token.kind === "masked") return { cls: "other", start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false };
    if (token.kind === "number") {
      let k = j - 1;
      while (k >= this.sentenceStart && (this.tokens[k].kind === "number" || this.tokens[k].text === "#")) k--;
      if (k < this.sentenceStart || this.tokens[k].kind === "punct") return this.elided(verb, true);
      return { cls: "other", start: k, head: j, negative: false, firstPersonPossessed: false, clauseStart: false };
    }
    if (token.kind !== "word" && token.kind !== "handle") return this.afterPunctuation(j, verb);
    const word = token.lower;
    if (token.kind === "word") {
      if (CONJUNCTIONS.has(word)) return this.coordinatedSubject(j, verb);
      if (word === "who") {
        if (!this.isNominal(j - 1) || this.looksLikeVerb(j - 1)) return { cls: "generic", start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false };
        const antecedent = this.subjectAt(j - 1);
        const keeps = isPerson(antecedent.cls) || ["external", "indefinite", "generic"].includes(antecedent.cls);
        const cls = keeps ? antecedent.cls : "role";
        return { cls, start: antecedent.start, head: j - 1, negative: false, firstPersonPossessed: false, clauseStart: false };
      }
      if ((word === "that" || word === "which") && this.isNominal(j - 1)) return this.subjectAt(j - 1);
      if (DETERMINERS.has(word) || POSSESSIVE_DETERMINERS.has(word)) return { cls: "modifier", start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false };
      if (SUBORDINATORS.has(word)) return this.elided(verb, true);
      if (PREPOSITIONS.has(word) || word === "'s") return { cls: "other", start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false };
    }
    if (POSTPOSED.has(word) && this.isNominal(j - 1)) return this.subjectAt(j - 1);
    return this.subjectAt(j);
  }
  skippable(index) {
    const token = this.tokens[index];
    if (token.kind !== "word") return false;
    const word = token.lower;
    return AUXILIARIES.has(word) || NEGATIONS.has(word) || SKIPPABLE.has(word) || this.adverbAt(index) && !this.words.roles.has(word);
  }
  afterPunctuation(j, verb) {
    const text = this.tokens[j].text;
    if (text === ",") {
      for (let k = j - 1; k >= this.sentenceStart && j - k <= 8; k--) {
        const token = this.tokens[k];
        if (token.kind === "punct" && token.text !== ",") break;
        if (token.text === "," && this.isNominal(k - 1)) return this.subjectAt(k - 1);
      }
      const carried = this.coordinatedSubject(j, verb);
      return carried.cls === "elided" ? this.elided(verb, false) : carried;
    }
    if (text === ")") {
      for (let k = j - 1; k >= this.sentenceStart && j - k <= 20; k--) {
        if (this.tokens[k].text === "(") return this.subjectOf(k);
      }
    }
    return this.elided(verb, true);
  }
  /** "... we knew was coming, but did not keep an eye on it": the nearest person in subject position. */
  coordinatedSubject(conjunction, verb) {
    for (let k = conjunction - 1; k >= this.sentenceStart; k--) {
      const cls = this.headClass(k);
      const next = this.lower(k + 1);
      const presentTense = next.length > 3 && next.endsWith("s") && !next.endsWith("ss") && cls !== "name";
      if ((isPerson(cls) || cls === "they") && (this.looksLikeVerb(k + 1) || presentTense)) return this.subjectAt(k);
    }
    const first = this.firstVerb(this.sentenceStart, conjunction);
    if (first !== void 0 && first < conjunction) {
      const subject = this.subjectOf(first);
      if (subject.cls !== "elided") return subject;
    }
    return this.elided(verb, false);
  }
  /** The first token that looks like a finite verb in [from, to). */
  firstVerb(from, to) {
    for (let k = from; k < to; k++) {
      if (k > from && this.looksLikeVerb(k) && !DETERMINERS.has(this.lower(k - 1))) return k;
    }
    return void 0;
  }
  /** The subject of the clause that contains `index` (for phrases at the end of a clause). */
  clauseSubject(index) {
    let start = this.sentenceStart;
    for (let k = index - 1; k >= this.sentenceStart; k--) {
      const token = this.tokens[k];
      if (token.kind === "punct" && /^[;:–—-]$/.test(token.text)) {
        start = k + 1;
        break;
      }
    }
    const verb = this.firstVerb(start, index);
    return verb === void 0 ? this.elided(index, true) : this.subjectOf(verb);
  }
  /** A person noun phrase at `index` ("the DBA", "our SRE team", "@kwame", "Greg"): its end. */
  personPhraseAt(index) {
    let k = index;
    if (DETERMINERS.has(this.lower(k))) k++;
    for (let head = k; head < Math.min(this.sentenceEnd, k + 3); head++) {
      const cls = this.headClass(head);
      if (isPerson(cls) || cls === "they") {
        let last = head;
        while (this.headClass(last + 1) === "role") last++;
        return { end: last + 1, cls };
      }
      if (!this.isNominal(head) || this.lower(head) === "it") return void 0;
    }
    return void 0;
  }
  /** A possessive at `index` ("Greg's", "our", "the intern's", "anyone's"): its end and class. */
  possessiveAt(index) {
    const word = this.lower(index);
    if (POSSESSIVE_DETERMINERS.has(word)) return { end: index + 1, cls: "pronoun" };
    let k = index;
    if (DETERMINERS.has(word)) k++;
    for (let head = k; head < Math.min(this.sentenceEnd, k + 3); head++) {
      const next = this.token(head + 1);
      const possessive = next && (next.kind === "word" && next.lower === "'s" || next.kind === "punct" && /^['’]$/.test(next.text) && this.lower(head).endsWith("s"));
      if (possessive) {
        const cls = this.headClass(head);
        return isPerson(cls) || cls === "indefinite" || cls === "they" ? { end: head + 2, cls } : void 0;
      }
      if (!this.isNominal(head)) return void 0;
    }
    return void 0;
  }
};

// src/blame/detect.ts
var AUXILIARIES_BEFORE_NEVER = AUXILIARIES;
var PatternIndex = class {
  byWord = /* @__PURE__ */ new Map();
  anywhere = [];
  constructor(patterns) {
    for (const pattern of patterns) {
      const first = pattern.words[0];
      if (!first || first.optional || !first.alternatives) {
        const required = pattern.words.filter((word) => !word.optional && word.alternatives).map((word) => word.alternatives);
        this.anywhere.push({ pattern, required });
        continue;
      }
      for (const word of first.alternatives) {
        const list = this.byWord.get(word) ?? [];
        list.push(pattern);
        this.byWord.set(word, list);
      }
    }
  }
  /** The placeholder-first patterns that can match in a sentence with these words (all their required words occur). */
  floating(words) {
    const result = [];
    for (const { pattern, required } of this.anywhere) {
      if (required.every((alternatives) => [...alternatives].some((word) => words.has(word)))) result.push(pattern);
    }
    return result;
  }
  /** Patterns worth trying at a token that start with its word. */
  startingWith(token) {
    return (token.kind === "word" ? this.byWord.get(token.lower) : void 0) ?? NONE;
  }
};
var NONE = [];
function compilePattern(entry, pattern) {
  const words = pattern.split(/\s+/).map((raw) => {
    const optional = raw.endsWith("?");
    const word = optional ? raw.slice(0, -1) : raw;
    if (word === "{person}") return { placeholder: "person", optional };
    if (word === "{poss}") return { placeholder: "poss", optional };
    if (word === "*") return { placeholder: "any", optional };
    const alternatives = new Set(word.split("|").map((alternative) => alternative === "n't" ? "not" : alternative.replace(/’/g, "'")));
    return { alternatives, optional };
  });
  return { entry, words };
}
var FIRST_PERSON_GROUP = /* @__PURE__ */ new Set(["our", "my"]);
var SELF_WORDS = /* @__PURE__ */ new Set(["we", "us", "i", "me", "our", "ours", "my", "myself", "ourselves"]);
var TEAM_WORDS = /* @__PURE__ */ new Set(["team", "teams", "crew", "squad", "staff", "folks"]);
var PLAIN_DETERMINERS = /* @__PURE__ */ new Set(["the", "our", "my", "this", "whole", "entire"]);
var CIRCUMSTANCE = /* @__PURE__ */ new Set(["since", "as", "when", "while", "although", "though", "once", "after", "until", "unless", "whereas", "if"]);
var MODALS = /* @__PURE__ */ new Set(["can", "could", "may", "might", "will", "would", "shall", "must"]);
var CATENATIVES = /* @__PURE__ */ new Set(["keep", "keeps", "kept", "started", "start", "began", "continued", "stop", "stopped", "been", "be"]);
var CAUSATIVES = /* @__PURE__ */ new Set(["let", "lets", "make", "makes", "made", "help", "helps", "helped", "allow", "allows", "have", "has"]);
var SentenceAnalysis = class {
  constructor(tokens, start, end, compiled) {
    this.tokens = tokens;
    this.start = start;
    this.end = end;
    this.compiled = compiled;
    this.clauses = new Clauses(tokens, compiled.sets, start, end);
    for (let index = start; index < end; index++) {
      const token = tokens[index];
      if (token.kind === "word") this.words.add(token.lower);
    }
  }
  tokens;
  start;
  end;
  compiled;
  hits = [];
  clauses;
  words = /* @__PURE__ */ new Set();
  floatingPhrases;
  patternsAt(index, floating, token) {
    const starting = index.startingWith(token);
    if (floating.length === 0 || !this.mayStartPerson(token)) return starting;
    if (starting.length === 0) return floating;
    return [...starting, ...floating];
  }
  lower(index) {
    return this.clauses.lower(index);
  }
  /** Placeholder-first patterns start at a person or possessive: an @handle, a capital, a determiner, a pronoun, a role. */
  mayStartPerson(token) {
    if (token.kind === "handle") return true;
    if (token.kind !== "word") return false;
    const word = token.lower;
    const sets = this.compiled.sets;
    return token.capital || DETERMINERS.has(word) || sets.personPronouns.has(word) || word === "they" || sets.roles.has(word) || sets.indefinite.has(word) || sets.external.has(word);
  }
  /** True when the sentence talks about blame culture itself, or instructs how to write. */
  isMeta() {
    const floating = this.compiled.meta.floating(this.words);
    for (let index = this.start; index < this.end; index++) {
      for (const pattern of this.patternsAt(this.compiled.meta, floating, this.tokens[index])) if (this.matchAt(pattern, index) !== void 0) return true;
    }
    const first = this.tokens[this.start];
    return first?.kind === "word" && first.lower === "blame" && first.capital;
  }
  run() {
    for (let index = this.start; index < this.end; index++) {
      const token = this.tokens[index];
      if (token.kind === "handle") this.phrasesAt(index);
      if (token.kind !== "word") continue;
      this.phrasesAt(index);
      this.verbAt(index);
      this.judgmentAt(index);
      this.omissionAt(index);
      this.hindsightAt(index);
      this.conditionalAt(index);
      this.passiveAt(index);
    }
    this.negativeGroupOmission();
    return this.hits;
  }
  // ---- pattern matching ----
  matchAt(pattern, index) {
    let personClass;
    const step = (wordIndex, position) => {
      if (wordIndex === pattern.words.length) return position;
      const word = pattern.words[wordIndex];
      const next = this.matchWord(word, position);
      if (next !== void 0) {
        const done = step(wordIndex + 1, next.end);
        if (done !== void 0) {
          if (next.cls) personClass ??= next.cls;
          return done;
        }
      }
      return word.optional ? step(wordIndex + 1, position) : void 0;
    };
    const end = step(0, index);
    if (end === void 0 || end === index) return void 0;
    return personClass ? { end, personClass } : { end };
  }
  matchWord(word, position) {
    if (position >= this.end) return void 0;
    if (word.placeholder === "person") return this.clauses.personPhraseAt(position);
    if (word.placeholder === "poss") return this.clauses.possessiveAt(position);
    const token = this.tokens[position];
    if (word.placeholder === "any") return token.kind === "word" || token.kind === "number" ? { end: position + 1 } : void 0;
    return token.kind === "word" && word.alternatives?.has(token.lower) ? { end: position + 1 } : void 0;
  }
  negatedBefore(index) {
    for (let k = index - 1; k >= this.start && index - k <= 4; k--) {
      const word = this.lower(k);
      if (NEGATIONS.has(word) || word === "no" || word === "nobody" || word === "none") return true;
      if (!(isAdverb(word) || BE_FORMS.has(word) || word === "did" || word === "do" || word === "does" || word === "'s" || word === "it" || word === "entirely" || word === "anyone")) return false;
    }
    return false;
  }
  add(first, last, entry, extra = {}, person = "named") {
    this.hits.push({ first, last, entry, person, ...extra });
  }
  /** Is the noun phrase headed at `head` the writers ("we", "us", "the team", "our team")? */
  selfAt(head) {
    const word = this.lower(head);
    if (SELF_WORDS.has(word)) return true;
    return TEAM_WORDS.has(word) && (PLAIN_DETERMINERS.has(this.lower(head - 1)) || head === this.start);
  }
  /** Who a clause's subject is, for the level of a hit about it. */
  personOf(subject) {
    if (subject.cls === "elided") return "self";
    if (!isPerson(subject.cls) && subject.cls !== "they") return "unknown";
    return this.selfAt(subject.head) ? "self" : "named";
  }
  /** Who a phrase is about: the writers if it says "our", "we", "the team"; a person named in it or owning it; else unknown. */
  phrasePerson(first, last, named) {
    for (let k = first; k <= last; k++) if (this.selfAt(k)) return "self";
    if (named) return "named";
    if (this.lower(first - 1) === "'s" && isPerson(this.clauses.headClass(first - 2))) return this.selfAt(first - 2) ? "self" : "named";
    if (FIRST_PERSON_GROUP.has(this.lower(first - 1))) return "self";
    const subject = this.clauses.clauseSubject(first);
    return subject.cls === "elided" ? "unknown" : this.personOf(subject);
  }
  /** Where a hit about a subject and its verb starts: at the subject when it is near. */
  spanStart(subject, verb) {
    return subject.cls !== "elided" && subject.start >= this.start && verb - subject.start <= 8 ? subject.start : verb;
  }
  // ---- vocabulary entries ----
  phrasesAt(index) {
    this.floatingPhrases ??= this.compiled.phrases.floating(this.words);
    for (const pattern of this.patternsAt(this.compiled.phrases, this.floatingPhrases, this.tokens[index])) {
      const match = this.matchAt(pattern, index);
      if (!match) continue;
      const { entry } = pattern;
      if (match.personClass === "indefinite") continue;
      const hasPlaceholder = pattern.words.some((word) => word.placeholder === "person" || word.placeholder === "poss");
      if (entry.subject === "person" && !hasPlaceholder && !this.personSubjectFor(index)) continue;
      let first = index;
      if (entry.subject === "person-active") {
        const actor = this.activePersonBefore(index);
        if (actor === void 0) continue;
        first = actor;
      }
      if (entry.subject === "person" && !hasPlaceholder && !this.personActsHere(index)) continue;
      if (entry.negatable && (this.negatedBefore(index) || this.clauses.clauseSubject(index).negative || this.clauses.clauseSubject(index).cls === "indefinite")) continue;
      if (this.excludedByContext(entry, index, match.end - 1)) continue;
      if (entry.category === "person-fault" && !entry.human && this.systemReasonAfter(match.end - 1)) continue;
      const named = match.personClass !== void 0 && (isPerson(match.personClass) || match.personClass === "they") && !entry.level;
      const person = entry.subject === "person-active" ? this.personOf(this.clauses.subjectOf(index - 1)) : entry.subject === "person" ? this.subjectPerson(index) : this.phrasePerson(first, match.end - 1, named);
      this.add(first, match.end - 1, entry, entry.suggest !== void 0 ? { replacement: entry.suggest } : {}, person);
    }
  }
  /**
   * For phrases about a person's knowledge or choice ("even though", "chose not to"): the clause is a
   * person's action, not a product that "appeared to time out" nor people who "were able to" help.
   */
  personActsHere(index) {
    const subject = this.clauses.clauseSubject(index);
    if (subject.cls === "name" && ["appeared", "seemed", "tended", "continued", "kept", "started"].includes(this.lower(subject.head + 1))) return false;
    for (let k = subject.head + 1; k < index && k - subject.head <= 4; k++) if (this.lower(k) === "able" && this.lower(k + 1) === "to") return false;
    return true;
  }
  /** "Our intern deployed | the wrong branch": the start of the person doing it, if a person did it. */
  activePersonBefore(index) {
    const verb = index - 1;
    const word = this.lower(verb);
    const presentTense = word.length > 3 && word.endsWith("s") && !word.endsWith("ss");
    if (!(isPastForm(word) || presentTense) || this.isPassive(verb) || this.negatedBefore(verb)) return void 0;
    if (inBaseSet(word, this.compiled.sets.responseVerbs)) return void 0;
    const subject = this.clauses.subjectOf(verb);
    return isPerson(subject.cls) && !subject.negative ? this.spanStart(subject, verb) : void 0;
  }
  /** The person a `subject: person` phrase is about: the direct subject if a person, else the clause's. */
  subjectPerson(index) {
    const direct = this.clauses.subjectOf(index);
    return this.personOf(isPerson(direct.cls) ? direct : this.clauses.clauseSubject(index));
  }
  personSubjectFor(index) {
    const direct = this.clauses.subjectOf(index);
    if (isPerson(direct.cls)) return true;
    return isPerson(this.clauses.clauseSubject(index).cls);
  }
  excludedByContext(entry, first, last) {
    return entry.unlessNext.length > 0 && entry.unlessNext.includes(this.lower(last + 1)) || entry.unlessPrev.length > 0 && entry.unlessPrev.includes(this.lower(first - 1));
  }
  /** Passive: a form of "be" before the participle, also through coordination ("are matched or ignored"). */
  isPassive(index) {
    for (let k = index - 1; k >= this.start && index - k <= 5; k--) {
      const word = this.lower(k);
      if (BE_FORMS.has(word)) return true;
      if ((word === "or" || word === "and") && isParticiple(this.lower(k - 1))) {
        k--;
        continue;
      }
      if (!(isAdverb(word) || NEGATIONS.has(word))) return false;
    }
    return false;
  }
  pastPassive(index) {
    for (let k = index - 1; k >= this.start && index - k <= 5; k--) {
      const word = this.lower(k);
      if (BE_FORMS.has(word)) return word === "was" || word === "were" || word === "been" || word === "got" || word === "gotten";
    }
    return false;
  }
  /** "You can ignore", "we will forget": a modal before the verb describes a possibility, not what happened. */
  afterModal(index) {
    for (let k = index - 1; k >= this.start && index - k <= 3; k--) {
      const word = this.lower(k);
      if (MODALS.has(word)) return true;
      if (!isAdverb(word)) return false;
    }
    return false;
  }
  verbAt(index) {
    const candidates = this.compiled.verbs.get(this.lower(index));
    if (!candidates) return;
    for (const { entry, words } of candidates) {
      if (!words.every((word, offset) => this.lower(index + offset) === word)) continue;
      const last = index + words.length - 1;
      if (this.excludedByContext(entry, index, last)) continue;
      if (this.tokens[index].capital && !this.atSentenceStart(index)) continue;
      const adverb = words.length === 1 && words[0].endsWith("ly");
      if (!adverb && (this.isPassive(index) || this.negatedBefore(index) || this.afterModal(index))) continue;
      const before = this.lower(index - 1);
      const pronoun = (before === "this" || before === "that") && (this.lower(index - 2) === "and" || this.tokens[index - 2]?.text === ",");
      if (!adverb && !pronoun && (DETERMINERS.has(before) || POSSESSIVE_DETERMINERS.has(before) || before === "'s")) continue;
      const subject = this.clauses.subjectOf(index);
      if (subject.negative) continue;
      if (!adverb && !this.finiteUse(index, subject)) continue;
      if (!adverb && !entry.human && this.lower(index).endsWith("ing") && subject.cls === "name") continue;
      if (entry.id === "caused" && this.lower(index) === "caused" && ["this", "which", "that"].includes(this.lower(subject.head)) && subject.start > this.start) {
        const actor = this.clauses.clauseSubject(subject.start - 1);
        if (actor.cls !== "elided" && isPerson(actor.cls) && !actor.negative && actor.start < subject.start) {
          this.add(actor.start, last, entry, {}, this.personOf(actor));
          return;
        }
      }
      if (!this.subjectCounts(subject, entry.human, this.lower(index))) continue;
      if (!adverb && !entry.human && this.systemReasonAfter(last)) continue;
      const person = this.personOf(subject);
      if (!adverb) this.add(this.spanStart(subject, index), last, entry, {}, person);
      else if (entry.suggest === "") this.add(index, last, entry, { deleteSuggested: true }, person);
      else this.add(index, last, entry, entry.suggest === void 0 ? {} : { replacement: entry.suggest }, person);
      return;
    }
  }
  /**
   * Is the verb form used as a finite verb of that subject? "-ing" needs "was", "kept" or a comma
   * before it ("Explicit ignoring" is a heading); a base form needs its subject right before it and
   * no causative ("let authors ignore messages").
   */
  finiteUse(index, subject) {
    const word = this.lower(index);
    let before = index - 1;
    while (before >= this.start && isAdverb(this.lower(before))) before--;
    const previous = this.tokens[before];
    if (word.endsWith("ing")) return BE_FORMS.has(this.lower(before)) || CATENATIVES.has(this.lower(before)) || previous?.text === ",";
    if (isPastForm(word) || word.endsWith("s")) return true;
    if (subject.cls === "elided" || subject.head < before) return false;
    return !CAUSATIVES.has(this.lower(subject.start - 1)) && !CAUSATIVES.has(this.lower(subject.head - 1)) && !CAUSATIVES.has(this.lower(subject.start));
  }
  atSentenceStart(index) {
    for (let k = index - 1; k >= this.start; k--) if (this.tokens[k].kind === "word" || this.tokens[k].kind === "handle") return false;
    return true;
  }
  /**
   * Does this subject make the clause about a person? "they" and a missing subject count only for
   * things only people do, and only in the past: "Forgot to update" is a report, "Ignore" a heading.
   */
  subjectCounts(subject, humanOnly, verb) {
    if (isPerson(subject.cls)) return true;
    const past = isPastForm(verb) || verb.endsWith("ly");
    if (subject.cls === "they") return humanOnly && past;
    if (subject.cls === "elided") return humanOnly && subject.clauseStart && past;
    return false;
  }
  judgmentAt(index) {
    const entry = this.compiled.judgments.get(this.lower(index));
    if (!entry || this.excludedByContext(entry, index, index)) return;
    const word = this.lower(index);
    if (entry.predicative && !this.isPredicative(index)) return;
    if (entry.subject === "person" && !this.judgesPerson(index)) return;
    if (word.endsWith("ly") && this.infinitiveBefore(index)) return;
    const person = entry.level ? this.phrasePerson(index, index, false) : "named";
    if (entry.suggest === "" && this.deletable(index, word)) this.add(index, index, entry, { deleteSuggested: true }, person);
    else this.add(index, index, entry, {}, person);
  }
  /** A "to" + verb earlier in the clause, with no punctuation between: the adverb is part of a plan. */
  infinitiveBefore(index) {
    for (let k = index - 1; k > this.start && index - k <= 10; k--) {
      const token = this.tokens[k];
      if (token.kind === "punct" && token.text !== "/") return false;
      if (token.kind === "word" && token.lower === "to" && this.tokens[k + 1]?.kind === "word" && !DETERMINERS.has(this.lower(k + 1))) return true;
    }
    return false;
  }
  isPredicative(index) {
    for (let k = index - 1; k >= this.start && index - k <= 4; k--) {
      const word = this.lower(k);
      if (COPULAS.has(word)) return true;
      if (!isAdverb(word)) return false;
    }
    return false;
  }
  /** "The on-call panicked", "a panicked engineer" (not "the kernel panicked"). */
  judgesPerson(index) {
    if (DETERMINERS.has(this.lower(index - 1))) return isPerson(this.clauses.headClass(index + 1));
    if (this.clauses.headClass(index + 1) === "role") return true;
    const subject = this.clauses.subjectOf(index);
    return isPerson(subject.cls) || subject.cls === "they";
  }
  /** Deleting a judgment word is safe for a manner adverb or an adjective before its noun. */
  deletable(index, word) {
    if (word.endsWith("ly")) return true;
    const next = this.tokens[index + 1];
    if (!next || next.kind !== "word" || index + 1 >= this.end) return false;
    if (["and", "or", "but", "about", "with", "to", "in", "on", "of", "for", "as"].includes(next.lower)) return false;
    if (COPULAS.has(this.lower(index - 1))) return false;
    const article = this.lower(index - 1);
    const vowel = /^[aeiou]/.test(next.lower);
    return !(article === "a" && vowel || article === "an" && !vowel);
  }
  // ---- clause analyses ----
  /** "did not check", "never looked", "failed to escalate", "was not able to fix", "wasn't paying attention". */
  omissionAt(index) {
    const word = this.lower(index);
    const trigger = this.omissionTrigger(index, word);
    if (!trigger) return;
    const { verb, past, ability, failed } = trigger;
    const verbWord = this.lower(verb);
    if (!verbWord) return;
    if (ability && !this.mentionsTimeliness(verb)) return;
    if (!ability && inBaseSet(verbWord, this.compiled.sets.experienceVerbs)) return;
    if (["any", "anything"].includes(this.lower(verb + 1)) && inBaseSet(verbWord, this.compiled.sets.experienceVerbs)) return;
    const subject = this.clauses.subjectOf(index);
    if (!past || subject.negative || !this.omissionBy(subject, inBaseSet(verbWord, this.compiled.sets.humanVerbs))) return;
    if (this.lower(index + 1) === "never" && this.beforeFollows(verb)) return;
    if (!failed && (this.systemReasonAfter(verb) || this.purposeAfter(verb))) return;
    if (CIRCUMSTANCE.has(this.lower(subject.start - 1)) && subject.start - 1 === this.start) return;
    const entry = failed ? this.compiled.detectors["failed-to"] : this.compiled.detectors.omission;
    this.add(this.spanStart(subject, index), verb, entry, {}, this.personOf(subject));
  }
  /**
   * Whose omission is it? A clear person always counts; a capitalised name (maybe a product), "they"
   * or a missing subject only for something only people do ("Prow did not start" is a system).
   */
  omissionBy(subject, humanVerb) {
    if (subject.cls === "handle" || subject.cls === "role" || subject.cls === "group" || subject.cls === "pronoun") return true;
    if (subject.cls === "name" || subject.cls === "they") return humanVerb;
    return subject.cls === "elided" && subject.clauseStart && humanVerb;
  }
  /** "in order to", "so as to", "so that", or ", to <verb>" after `index`: the omission was chosen for a purpose. */
  purposeAfter(index) {
    for (let k = index + 1; k < this.end; k++) {
      const word = this.lower(k);
      if (word === "order" && this.lower(k - 1) === "in" && this.lower(k + 1) === "to") return true;
      if (word === "so" && this.lower(k + 1) === "as" && this.lower(k + 2) === "to") return true;
      if (word === "so" && this.lower(k + 1) === "that" && [2, 3, 4, 5].some((offset) => MODALS.has(this.lower(k + offset)))) return true;
      if (word === "to" && this.tokens[k - 1].text === ",") return true;
    }
    return false;
  }
  /** A "because / since" clause after `index` whose subject is a thing, not a person. */
  systemReasonAfter(index) {
    for (let k = index + 1; k < this.end; k++) {
      const word = this.lower(k);
      if (word !== "because" && word !== "since") continue;
      const verb = this.clauses.firstVerb(k + 1, this.end);
      if (verb !== void 0) {
        const subject = this.clauses.subjectOf(verb);
        return !isPerson(subject.cls) && subject.cls !== "they" && subject.cls !== "elided" && subject.cls !== "indefinite";
      }
      let head = k + 1;
      while (head < this.end && DETERMINERS.has(this.lower(head))) head++;
      const cls = this.clauses.headClass(head);
      return head < this.end && !isPerson(cls) && cls !== "they" && cls !== "indefinite";
    }
    return false;
  }
  mentionsTimeliness(from) {
    const floating = this.compiled.timeliness.floating(this.words);
    for (let index = from; index < this.end; index++) {
      for (const pattern of this.patternsAt(this.compiled.timeliness, floating, this.tokens[index])) if (this.matchAt(pattern, index) !== void 0) return true;
    }
    return false;
  }
  omissionTrigger(index, word) {
    if ((word === "failed" || word === "fails" || word === "fail" || word === "failing") && this.lower(index + 1) === "to") {
      if (this.isPassive(index) || DETERMINERS.has(this.lower(index - 1))) return void 0;
      return { verb: this.nextContent(index + 2), past: word !== "fails" && word !== "fail", ability: false, failed: true };
    }
    if (word === "unable" && this.lower(index + 1) === "to") return { verb: this.nextContent(index + 2), past: true, ability: true, failed: true };
    if (word === "never") {
      const verb2 = this.nextContent(index + 1);
      if (!isPastForm(this.lower(verb2))) return void 0;
      const before = this.lower(index - 1);
      if (before && (AUXILIARIES_BEFORE_NEVER.has(before) || BE_FORMS.has(before))) return void 0;
      return { verb: verb2, past: true, ability: false, failed: false };
    }
    if (!(word === "did" || word === "do" || word === "does" || word === "had" || word === "has" || word === "have" || word === "was" || word === "were" || word === "could" || word === "is" || word === "are")) return void 0;
    let k = index + 1;
    while (k < this.end && isAdverb(this.lower(k)) && !NEGATIONS.has(this.lower(k))) k++;
    if (!NEGATIONS.has(this.lower(k))) return void 0;
    let verb = this.nextContent(k + 1);
    let ability = word === "could";
    const past = PAST_AUXILIARIES.has(word);
    if (this.lower(verb) === "been") {
      verb = this.nextContent(verb + 1);
      if (this.lower(verb) !== "able") return void 0;
    }
    if (this.lower(verb) === "able" && this.lower(verb + 1) === "to") {
      ability = true;
      verb = this.nextContent(verb + 2);
    } else if (word === "was" || word === "were" || word === "is" || word === "are") {
      if (!this.compiled.sets.inattentionVerbs.has(this.lower(verb))) return void 0;
    } else if ((word === "had" || word === "has" || word === "have") && !isParticiple(this.lower(verb))) {
      return void 0;
    }
    return { verb, past: past || word === "had", ability, failed: false };
  }
  beforeFollows(verb) {
    for (let k = verb + 1; k < this.end && k - verb <= 6; k++) if (this.lower(k) === "before") return true;
    return false;
  }
  /** The next word after adverbs. */
  nextContent(index) {
    let k = index;
    while (k < this.end && (isAdverb(this.lower(k)) || NEGATIONS.has(this.lower(k))) && this.lower(k) !== "able") k++;
    return k;
  }
  /** "None of us noticed", "No one in the team knows", "Nobody on the database team noticed". */
  negativeGroupOmission() {
    for (let index = this.start; index < this.end; index++) {
      if (!this.clauses.isNegativeQuantifier(index)) continue;
      const next = this.lower(index + 1);
      if (next === "else") {
        const verb2 = this.nextContent(index + 2);
        const verbWord2 = this.lower(verb2);
        if (isPastForm(verbWord2) && !BE_FORMS.has(verbWord2) && !inBaseSet(verbWord2, this.compiled.sets.experienceVerbs)) this.add(this.lower(index) === "one" ? index - 1 : index, verb2, this.compiled.detectors.omission, {}, "self");
        continue;
      }
      if (!["of", "in", "on", "from", "at"].includes(next)) continue;
      const ours = FIRST_PERSON_GROUP.has(this.lower(index + 2)) && this.clauses.isNominal(index + 3) ? { end: index + 4, cls: "group" } : void 0;
      const group = this.clauses.personPhraseAt(index + 2) ?? ours;
      if (!group || !isPerson(group.cls)) continue;
      let verb = this.nextContent(group.end);
      if (BE_FORMS.has(this.lower(verb)) && this.lower(this.nextContent(verb + 1)).endsWith("ing")) verb = this.nextContent(verb + 1);
      const verbWord = this.lower(verb);
      if (!verbWord || BE_FORMS.has(verbWord) || inBaseSet(verbWord, this.compiled.sets.experienceVerbs)) continue;
      if (!(isParticiple(verbWord) || verbWord.endsWith("s") || inBaseSet(verbWord, this.compiled.sets.humanVerbs))) continue;
      const start = this.lower(index) === "one" ? index - 1 : index;
      this.add(start, verb, this.compiled.detectors.omission, {}, this.selfAt(group.end - 1) ? "self" : "named");
    }
  }
  /** "X should have rolled back", "should've tested", "should never have been given", "could have prevented". */
  hindsightAt(index) {
    const modal = this.lower(index);
    let k = index + 1;
    if (modal === "ought" && this.lower(k) === "to") k++;
    else if (modal !== "should" && modal !== "could") return;
    while (NEGATIONS.has(this.lower(k)) || isAdverb(this.lower(k))) k++;
    if (this.lower(k) !== "have") return;
    if (this.lower(index - 1) === "or" || this.lower(k - 1) === "or") return;
    k = this.nextContent(k + 1);
    const next = this.lower(k);
    if (!next) return;
    const subject = this.clauses.subjectOf(index);
    if (subject.cls === "generic" || subject.cls === "indefinite" || subject.negative) return;
    if (next === "been") {
      if (modal === "could" && !this.compiled.sets.preventionVerbs.has(this.lower(this.nextContent(k + 1)))) return;
      this.passiveHindsight(index, k, subject);
      return;
    }
    if (!isParticiple(next)) return;
    if (modal === "could" && (!this.compiled.sets.preventionVerbs.has(next) || this.systemConditional() || this.systemMeansAfter(k))) return;
    const after = this.tokens[k + 1];
    if (this.compiled.sets.adjectivalParticiples.has(next) && after?.kind === "word" && !DETERMINERS.has(after.lower) && !PREPOSITIONS.has(after.lower) && !this.compiled.sets.personPronouns.has(after.lower) && after.lower !== "it") return;
    const human = inBaseSet(next, this.compiled.sets.humanVerbs) || next === "known";
    const counts = isPerson(subject.cls) ? subject.cls !== "name" || !this.compiled.sets.systemParticiples.has(next) : (subject.cls === "they" || subject.cls === "elided" && subject.clauseStart) && human;
    if (!counts) return;
    this.add(this.spanStart(subject, index), k, this.compiled.detectors.hindsight, {}, this.personOf(subject));
  }
  /** "we could have detected this with a synthetic check": the counterfactual is about a tool. */
  systemMeansAfter(index) {
    for (let k = index + 1; k < this.end && k - index <= 8; k++) {
      const word = this.lower(k);
      if (word === "with" || word === "using" || word === "via" || word === "through") return !this.clauses.personPhraseAt(k + 1);
    }
    return false;
  }
  /** "If the alert had fired earlier, we could have ...": the counterfactual is about a system. */
  systemConditional() {
    for (let index = this.start; index < this.end; index++) {
      if (this.lower(index) !== "if" && !(this.lower(index) === "had" && index === this.start)) continue;
      for (let k = index + 1; k < this.end && k - index <= 6; k++) {
        if (this.lower(k) !== "had") continue;
        const next = this.lower(this.nextContent(k + 1));
        if (!isParticiple(next) && next !== "been") return true;
        const subject = this.clauses.subjectOf(k);
        return !isPerson(subject.cls) && subject.cls !== "they";
      }
    }
    return false;
  }
  passiveHindsight(modal, been, subject) {
    const k = this.nextContent(been + 1);
    const word = this.lower(k);
    if (word && isParticiple(word)) {
      if (isPerson(subject.cls)) {
        this.add(this.spanStart(subject, modal), k, this.compiled.detectors.hindsight, {}, this.personOf(subject));
        return;
      }
      if (this.compiled.sets.systemParticiples.has(word)) return;
      if (this.systemAgentAfter(k)) return;
      this.add(modal, k, this.compiled.detectors["hindsight-passive"], {}, "unknown");
      return;
    }
    if (isPerson(subject.cls)) this.add(this.spanStart(subject, modal), been, this.compiled.detectors.hindsight, {}, this.personOf(subject));
  }
  /** "by the queue", "automatically": the passive's agent is a system. */
  systemAgentAfter(index) {
    for (let k = index + 1; k < this.end && k - index <= 6; k++) {
      const word = this.lower(k);
      if (word === "automatically") return true;
      if (word === "by") {
        if (this.clauses.personPhraseAt(k + 1)) return false;
        const next = this.nextNominal(k + 1);
        const cls = next === void 0 ? "other" : this.clauses.headClass(next);
        return cls === "system" || cls === "other";
      }
    }
    return false;
  }
  /** The head of the noun phrase starting at `index` (skipping determiners and modifiers). */
  nextNominal(index) {
    let k = index;
    while (k < this.end && DETERMINERS.has(this.lower(k))) k++;
    if (k >= this.end) return void 0;
    const cls = this.clauses.headClass(k);
    if (cls === "indefinite" || isPerson(cls)) return k;
    while (k + 1 < this.end && this.clauses.isNominal(k + 1) && !PREPOSITIONS.has(this.lower(k + 1))) k++;
    return k;
  }
  /** "If Sofia had checked", "if the team had followed", "Had the author tested". */
  conditionalAt(index) {
    const word = this.lower(index);
    if (word === "if") {
      for (let k = index + 1; k < this.end && k - index <= 6; k++) {
        if (this.lower(k) !== "had") continue;
        const participle2 = this.nextContent(k + 1);
        const verbWord = this.lower(participle2);
        if (!verbWord || verbWord === "been" || !isParticiple(verbWord)) return;
        const subject = this.clauses.subjectOf(k);
        if (isPerson(subject.cls) || subject.cls === "they" && inBaseSet(verbWord, this.compiled.sets.humanVerbs)) {
          this.add(index, participle2, this.compiled.detectors["hindsight-conditional"], {}, this.personOf(subject));
        }
        return;
      }
      return;
    }
    if (word !== "had") return;
    const before = this.tokens[index - 1];
    if (index > this.start && !(before?.kind === "punct" && before.text === ",")) return;
    const phrase = this.clauses.personPhraseAt(index + 1);
    if (!phrase) return;
    const participle = this.nextContent(phrase.end);
    if (isParticiple(this.lower(participle)) && this.lower(participle) !== "been") this.add(index, participle, this.compiled.detectors["hindsight-conditional"], {}, this.selfAt(phrase.end - 1) ? "self" : "named");
  }
  /** "The warning was overlooked", "changes were performed by our SRE team", "not identified ... by the service teams". */
  passiveAt(index) {
    const word = this.lower(index);
    const sets = this.compiled.sets;
    if (word === "followed" && this.isPassive(index) && this.negatedBefore(index) && this.pastPassive(index) && !this.systemAgentAfter(index) && this.lower(index + 1) !== "by") {
      this.add(this.passiveSubjectStart(index), index, this.compiled.detectors.omission, {}, "unknown");
      return;
    }
    if (sets.passiveFaultParticiples.has(word) || word === "ignored") {
      if (!this.isPassive(index) || this.negatedBefore(index)) return;
      if (!this.pastPassive(index)) return;
      if (this.systemAgentAfter(index)) return;
      if (word === "ignored" && !this.passiveSubjectIs(index, sets.humanSignals)) return;
      this.add(this.passiveSubjectStart(index), index, this.compiled.detectors["passive-fault"], {}, "unknown");
      return;
    }
    if (word !== "by") return;
    const agent = this.clauses.personPhraseAt(index + 1);
    if (!agent || !isPerson(agent.cls)) return;
    const participle = this.participleBefore(index);
    if (participle === void 0) return;
    const verbWord = this.lower(participle);
    if (this.negatedBefore(participle) && this.isPassive(participle)) {
      this.add(participle, agent.end - 1, this.compiled.detectors.omission, {}, "unknown");
      return;
    }
    if (sets.neutralParticiples.has(verbWord) || sets.passiveFaultParticiples.has(verbWord) || verbWord === "ignored") return;
    if (this.infinitiveOrModal(participle)) return;
    if (this.subjectMentions(participle, sets.remedialNouns)) return;
    const mistaken = this.errorAdverbBetween(participle, index) || this.subjectMentions(participle, sets.errorAdjectives);
    if (!(mistaken || sets.changeParticiples.has(verbWord) && !["performed", "done", "made", "executed"].includes(verbWord))) return;
    this.add(participle, agent.end - 1, this.compiled.detectors["passive-agent"], {}, this.selfAt(agent.end - 1) ? "self" : "named");
  }
  infinitiveOrModal(participle) {
    for (let k = participle - 1; k >= this.start && participle - k <= 4; k--) {
      const word = this.lower(k);
      if (word === "to" || ["could", "would", "should", "might", "may", "must", "will", "can", "shall"].includes(word)) return true;
      if (!(BE_FORMS.has(word) || word === "have" || word === "has" || isAdverb(word) || NEGATIONS.has(word))) return false;
    }
    return false;
  }
  /** A manner adverb of error ("incorrectly", "accidentally") around the passive's participle. */
  errorAdverbBetween(participle, by) {
    for (let k = participle - 2; k < by; k++) {
      const word = this.lower(k);
      if (word.endsWith("ly") && this.compiled.verbs.has(word)) return true;
    }
    return false;
  }
  participleBefore(by) {
    for (let k = by - 1; k >= this.start && by - k <= 12; k--) {
      const token = this.tokens[k];
      if (token.kind === "punct" && token.text !== "," && token.text !== "`") return void 0;
      if (token.kind === "word" && isParticiple(token.lower) && !this.clauses.isNominal(k - 1)) return k;
      if (token.kind === "word" && isParticiple(token.lower) && (BE_FORMS.has(this.lower(k - 1)) || isAdverb(this.lower(k - 1)))) return k;
      if (token.kind === "word" && isParticiple(token.lower) && this.compiled.sets.changeNouns.has(this.lower(k - 2))) return k;
    }
    return void 0;
  }
  /** Does the clause before `index` mention one of these nouns? */
  subjectMentions(index, nouns) {
    for (let k = index - 1; k >= this.start; k--) {
      const token = this.tokens[k];
      if (token.kind === "punct" && /^[;:–—-]$/.test(token.text)) return false;
      if (token.kind === "word" && (nouns.has(token.lower) || token.lower.endsWith("s") && nouns.has(token.lower.slice(0, -1)))) return true;
    }
    return false;
  }
  /** Is the head of the passive's subject one of these nouns ("the warning ... was ignored")? */
  passiveSubjectIs(index, nouns) {
    for (let k = index - 1; k >= this.start && index - k <= 4; k--) {
      if (!BE_FORMS.has(this.lower(k))) continue;
      const head = this.lower(this.clauses.subjectOf(k).head);
      return nouns.has(head) || head.endsWith("s") && nouns.has(head.slice(0, -1));
    }
    return false;
  }
  passiveSubjectStart(index) {
    for (let k = index - 1; k >= this.start; k--) {
      if (BE_FORMS.has(this.lower(k))) {
        const subject = this.clauses.subjectOf(k);
        return subject.start >= this.start && k - subject.start <= 6 && subject.cls !== "elided" ? subject.start : k;
      }
    }
    return index;
  }
};

// src/blame/text.ts
var MASKS = [
  ["`", /```[\s\S]*?(?:```|$)/g, "masked"],
  ["`", /(`+)[^`]*?\1/g, "masked"],
  ["<", /<!--[\s\S]*?(?:-->|$)/g, "hidden"],
  ["<", /<br\s*\/?>/gi, "break"],
  ["<", /<\/?[A-Za-z][^<>]{0,200}>/g, "hidden"],
  ["://", /\bhttps?:\/\/[^\s)>\]]+/g, "masked"],
  ["](", /\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "hidden"],
  ["][", /\]\[[^\]]*\]/g, "hidden"],
  ["[^", /\[\^[^\]]+\]/g, "hidden"],
  ['"', /"[^"\n]{1,300}"/g, "masked"],
  ["\u201C", /“[^”\n]{1,300}”/g, "masked"],
  ["\u2018", /(?<![\p{L}\p{N}])‘[^’\n]{1,120}’(?![\p{L}])/gu, "masked"],
  ["'", /(?<![\p{L}\p{N}'])'[^'\n]{1,120}'(?![\p{L}\p{N}])/gu, "masked"],
  ["\n", /\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])\s)/g, "break"]
];
function maskRanges(text) {
  const ranges = [];
  for (const [needle, pattern, kind] of MASKS) {
    if (!text.includes(needle)) continue;
    for (const match of text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length, kind });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) continue;
    merged.push(range);
  }
  return merged;
}
var WORD = new RegExp("@[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*(?:\\/[\\p{L}\\p{N}_-]+)?(?:['\u2019]s(?![\\p{L}\\p{N}]))?|\\p{L}[\\p{L}\\p{N}]*(?:[-'\u2019.][\\p{L}\\p{N}]+)*|\\p{N}+(?:[.:,/-]\\p{N}+)*|\\S", "gu");
var MARKUP = "*_~[]";
var CONTRACTION = /^(.*?)(n't|'(?:s|ve|re|d|ll|m))$/;
var EXPANSIONS = { "n't": "not", "'ve": "have", "'re": "are", "'ll": "will", "'m": "am", "'d": "had" };
var CONTRACTED_BASES = { ca: "can", wo: "will", sha: "shall" };
function pushWord(tokens, text, start, spaceBefore) {
  if (text.startsWith("@") && /['’]s$/.test(text)) {
    tokens.push(makeToken("handle", text.slice(0, -2), text.slice(0, -2).toLowerCase(), start, spaceBefore));
    tokens.push(makeToken("word", text.slice(-2), "'s", start + text.length - 2, false));
    return;
  }
  let lower = text.toLowerCase();
  if (lower.includes("\u2019")) lower = lower.replace(/’/g, "'");
  const contraction = lower.includes("'") && !lower.includes(".") ? CONTRACTION.exec(lower) : null;
  const base2 = contraction?.[1];
  const suffix = contraction?.[2];
  if (base2 && suffix) {
    const baseLower = CONTRACTED_BASES[base2] ?? base2;
    tokens.push(makeToken("word", text.slice(0, base2.length), baseLower, start, spaceBefore));
    tokens.push(makeToken("word", text.slice(base2.length), EXPANSIONS[suffix] ?? suffix, start + base2.length, false));
    return;
  }
  tokens.push(makeToken(kindOf(text), text, lower, start, spaceBefore));
}
function kindOf(text) {
  const code = text.charCodeAt(0);
  if (code === 64 && text.length > 1) return "handle";
  if (code >= 48 && code <= 57) return "number";
  if (code >= 65 && code <= 90 || code >= 97 && code <= 122) return "word";
  if (code < 128) return "punct";
  return new RegExp("^\\p{N}", "u").test(text) ? "number" : new RegExp("^\\p{L}", "u").test(text) ? "word" : "punct";
}
function makeToken(kind, text, lower, start, spaceBefore) {
  const code = text.charCodeAt(0);
  const capital = code < 128 ? code >= 65 && code <= 90 : new RegExp("^\\p{Lu}", "u").test(text);
  return { kind, text, lower, start, end: start + text.length, capital, spaceBefore };
}
function isSpace(char) {
  return char === " " || char === "\n" || char === "	" || char === "\r";
}
function tokenize(text) {
  const tokens = [];
  const scan = (from, to) => {
    WORD.lastIndex = from;
    let match;
    while ((match = WORD.exec(text)) !== null && match.index < to) {
      const word = match.index + match[0].length > to ? match[0].slice(0, to - match.index) : match[0];
      if (word.length === 1 && MARKUP.includes(word)) continue;
      pushWord(tokens, word, match.index, match.index === 0 || match.index === from || isSpace(text.charAt(match.index - 1)));
    }
  };
  let position = 0;
  for (const range of maskRanges(text)) {
    scan(position, range.start);
    position = range.end;
    if (range.kind === "hidden") continue;
    const raw = text.slice(range.start, range.end);
    tokens.push({ kind: range.kind, text: raw, lower: range.kind === "break" ? "" : "\0", start: range.start, end: range.end, capital: false, spaceBefore: true });
  }
  scan(position, text.length);
  return tokens;
}
var ABBREVIATIONS = /* @__PURE__ */ new Set(["e.g", "i.e", "mr", "mrs", "ms", "dr", "st", "vs", "etc", "approx", "no", "fig", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
var MAX_SENTENCE_TOKENS = 150;
function sentences(tokens) {
  const result = [];
  const push = (from, to) => {
    for (let start2 = from; start2 < to; start2 += MAX_SENTENCE_TOKENS) result.push([start2, Math.min(to, start2 + MAX_SENTENCE_TOKENS)]);
  };
  let start = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind === "break") {
      if (index > start) push(start, index);
      start = index + 1;
      continue;
    }
    if (token.kind !== "punct" || token.text !== "." && token.text !== "!" && token.text !== "?") continue;
    const next = tokens[index + 1];
    if (next && !next.spaceBefore) continue;
    const previous = tokens[index - 1];
    if (token.text === "." && previous && (ABBREVIATIONS.has(previous.lower) || new RegExp("^\\p{Lu}$", "u").test(previous.text))) continue;
    push(start, index + 1);
    start = index + 1;
  }
  if (start < tokens.length) push(start, tokens.length);
  return result;
}

// src/blame/vocabulary.validated.generated.ts
var data2 = JSON.parse(`{"entries":[{"id":"caused","kind":"verb","category":"person-fault","patterns":["caused","causes","cause","causing"],"note":"it makes a person the cause of the incident","hint":"the change, condition or missing safeguard that let the action have this effect","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\" (blameless postmortems focus on contributing causes, not individuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"broke","kind":"verb","category":"person-fault","patterns":["broke","breaks","break","broken","breaking"],"note":"it makes a person the one who broke the system","hint":"what in the system allowed a single action to break it (missing validation, guard or staging step)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"forgot","kind":"verb","category":"person-fault","patterns":["forgot","forget","forgets","forgotten","forgetting"],"note":"it presents a person's lapse of memory as the cause","hint":"the checklist step, reminder or automation that was missing","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (lapses are symptoms of the system)","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"neglected","kind":"verb","category":"person-fault","patterns":["neglected","neglect","neglects","neglecting"],"note":"it accuses a person of neglect","hint":"what made the task easy to skip (no owner, no reminder, no check)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"ignored","kind":"verb","category":"person-fault","patterns":["ignored","ignore","ignores","ignoring"],"note":"it says a person ignored a signal, which judges their attention","hint":"why the signal did not stand out (noise, routing, wording, timing)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"overlooked","kind":"verb","category":"person-fault","patterns":["overlooked","overlook","overlooks","overlooking"],"note":"it says a person overlooked something, which puts the miss on them","hint":"what made the detail hard to see (no check, no test, unclear output)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"missed","kind":"verb","category":"person-fault","patterns":["missed","miss","misses"],"note":"it says a person missed something, which puts the miss on them","hint":"what would have surfaced it (a test, an alert, a review checklist item)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":["out"],"unlessPrev":[]},{"id":"messed-up","kind":"verb","category":"person-fault","patterns":["messed up","mess up","messes up","screwed up","screw up","screws up","messed","screwed"],"note":"it is a casual judgment that a person got it wrong","hint":"the step or safeguard that failed, in neutral words","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"botched","kind":"verb","category":"person-fault","patterns":["botched","botch","botches","bungled","bungle","fumbled","fumble","mishandled","mishandle","blundered"],"note":"it judges how a person did the work","hint":"what made the procedure error-prone (manual steps, missing tooling, unclear runbook)","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"dismissed","kind":"verb","category":"person-fault","patterns":["dismissed","dismiss","dismisses","disregarded","disregard"],"note":"it says a person waved off a signal, which judges their judgment","hint":"why the signal looked harmless at the time (noise, missing context)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality: why it made sense at the time)","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"misconfigured","kind":"verb","category":"person-fault","patterns":["misconfigured","misconfigure","misread","misjudged","misjudge","misunderstood","misunderstand","misinterpreted","misdiagnosed","misdiagnose","mistyped","mistype","misspelled","misspelt","underestimated","underestimate","overestimated","miscalculated"],"note":"it puts the wrong configuration or reading on a person","hint":"what made the wrong value easy to enter or the output easy to misread (validation, defaults, wording)","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"skipped","kind":"verb","category":"person-fault","patterns":["skipped","skip","skips","skipping","bypassed","bypass","bypasses"],"note":"it says a person skipped a step, which puts the gap on them","hint":"why skipping was possible or tempting (no enforcement, time pressure, slow step)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"wasted","kind":"verb","category":"person-fault","patterns":["wasted","waste","wastes","wasting"],"note":"it judges how a person spent their time during the response","hint":"what made the wrong lead look promising (signals, dashboards, missing runbook step)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":["no"],"unlessPrev":[]},{"id":"rushed","kind":"verb","category":"person-fault","patterns":["rushed","rush","rushes"],"note":"it judges a person's pace as the cause","hint":"the pressure or missing gate that let the change go out early","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":true,"negatable":false,"predicative":false,"unlessNext":["to"],"unlessPrev":[]},{"id":"error-adverb","kind":"verb","category":"person-fault","patterns":["mistakenly","wrongly","accidentally","inadvertently","incorrectly","erroneously","unknowingly","errantly","poorly","improperly"],"note":"it makes a person's slip the cause","hint":"what made the wrong action possible or likely (defaults, naming, missing confirmation)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"suggest":""},{"id":"by-mistake","kind":"phrase","category":"person-fault","patterns":["by mistake","by accident","in error"],"note":"it makes a person's slip the cause","hint":"what made the wrong action possible (defaults, naming, missing confirmation)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"didnt-bother","kind":"phrase","category":"person-fault","patterns":["not|never bother|bothered|bothering to","nobody|no-one bothered to","no one bothered to","none of * bothered to"],"note":"it says people could not be bothered, which judges their effort","hint":"what made the step costly or easy to skip (slow tooling, no reminder, unclear owner)","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":true,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"slept-through","kind":"phrase","category":"person-fault","patterns":["slept|sleep|sleeps|sleeping through"],"note":"it makes a person's sleep the reason a signal was missed","hint":"what the paging setup lacked (escalation, a louder channel, a second responder)","source":"PagerDuty Incident Response, \\"Being On-Call\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"made-a-mistake","kind":"phrase","category":"person-fault","patterns":["made|make|makes|making a|an|the|several|two|many|some|one? mistake|mistakes|error|errors|typo|typos|blunder|slip"],"note":"it makes a person's mistake the cause","hint":"what made the mistake easy to make and hard to catch (interface, defaults, missing check)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"wrong-target","kind":"phrase","category":"person-fault","patterns":["the|a wrong"],"note":"it makes a person's wrong choice the cause","hint":"what made the wrong target look right (naming, defaults, missing confirmation)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person-active"},{"id":"too-slow","kind":"phrase","category":"judgment","patterns":["too slow|late to|in","not fast|quick enough","took|take|takes too long to","slow|late to|in","took|take|takes|taking over|about|almost|nearly|more? * minutes|minute|hours|hour|days|day|weeks|mins|hrs to"],"note":"it judges a person's speed","hint":"what slowed the response (paging, access, missing runbook) and the measured delay","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"disciplined","kind":"phrase","category":"attribution","patterns":["was|were|been reprimanded|disciplined|punished|fired|sacked|suspended","was|were|been spoken to","was|were|been let go","was|were|been written up"],"note":"reporting a disciplinary response makes the person the cause","hint":"the changes to the system that make the incident less likely","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"gerund-omission","kind":"phrase","category":"person-fault","patterns":["{person} not reading|checking|testing|noticing|following|reviewing|telling|escalating|updating|verifying|paying|watching|communicating|responding","somebody|someone|anyone|people|everyone not reading|checking|testing|noticing|following|reviewing|telling|escalating|updating|verifying|paying|watching|communicating|responding"],"note":"it frames what a person did not do as the cause","hint":"what would have prompted or enforced the step (a check, an alert, a runbook step)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (counterfactuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"without-doing","kind":"phrase","category":"person-fault","patterns":["without waiting|reading|checking|testing|asking|telling|consulting|reviewing|verifying|confirming|looking|notifying|informing|following|running|thinking|setting|updating","without proper|adequate|sufficient|any|a|an? testing|tests|review|approval|checks|check|care|sign-off|ticket","against policy|procedure|protocol|guidance|advice","against the|our|company policy|procedure|rules|process|runbook|guidance"],"note":"it frames what a person skipped as the cause","hint":"what would have required or prompted the step (a gate, a check, a runbook step)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (counterfactuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"made-worse","kind":"phrase","category":"person-fault","patterns":["made|make|makes|making things|it|matters|everything|the situation worse"],"note":"it makes a person's actions the reason the incident grew","hint":"what made the situation hard to read and the right action hard to find","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"even-though","kind":"phrase","category":"person-fault","patterns":["even though","despite knowing","despite being told|warned","been|was|were warned|told about|that|not","chose not to"],"note":"it suggests a person knowingly took a risk","hint":"why the action still looked reasonable at the time, and what would have stopped it","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"fell-for","kind":"phrase","category":"person-fault","patterns":["clicked|opened|followed|fell the|a|an? phishing|malicious|suspicious link|email|attachment|message","fell for"],"note":"it makes the person who was deceived the cause of a security incident","hint":"what let the attack reach and fool a person (filtering, link warnings, phishing-resistant sign-in)","source":"NCSC, \\"Phishing attacks - defending your organisation\\" (people are not the last line of defence)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"let-it-lapse","kind":"phrase","category":"person-fault","patterns":["let|allowed the|a|an|our|their? * to? expire|lapse|slip|rot|fill|drift"],"note":"it frames a lapse as something people let happen","hint":"what would have kept it from lapsing (an owner, an expiry alert, automation)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"behave-better","kind":"phrase","category":"judgment","patterns":["be more careful|attentive|diligent|vigilant|thorough|cautious","pay more|closer attention","should|must *? *? *? *? sooner|earlier|faster|quicker"],"note":"it asks a person to behave better instead of changing what made the mistake easy","hint":"the change to tooling or process that makes the right action the easy one","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (telling people to try harder is not a fix)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"behave-better-obligation","kind":"phrase","category":"judgment","patterns":["{person} need|needs|needed|has|have|had|ought to be more careful|attentive|diligent|vigilant|thorough|cautious","{person} need|needs|needed|has|have|had|ought to pay more|closer attention"],"note":"it asks a person to behave better instead of changing what made the mistake easy","hint":"the change to tooling or process that makes the right action the easy one","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (telling people to try harder is not a fix)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"refusal","kind":"phrase","category":"person-fault","patterns":["{poss} refusal|reluctance|unwillingness to","{person} refusal|reluctance|unwillingness to"],"note":"it makes a person's or team's unwillingness the cause","hint":"what made the other course look worse to them at the time (cost, risk, incentives, missing information)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"spent-too-long","kind":"phrase","category":"person-fault","patterns":["{person} spent|wasted|took way|far|much? too long|much"],"note":"it faults people for how long the response took","hint":"what made the diagnosis slow (missing signals, dashboards, runbook or access)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"level":"warn"},{"id":"inaction","kind":"phrase","category":"person-fault","patterns":["nothing was done","nothing had been done","no action was taken","no action had been taken","nobody did anything","no one did anything"],"note":"it frames a delay as people's inaction","hint":"what delayed the response (no owner, no alert, unclear escalation)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"level":"warn"},{"id":"failed-to","kind":"detector","category":"person-fault","patterns":[],"note":"it says a person failed to act, which puts the gap on them","hint":"what would have made the action happen (automation, a checklist step, an alert)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"omission","kind":"detector","category":"person-fault","patterns":[],"note":"it frames what a person did not do as the cause","hint":"what would have prompted or enforced the step (a check, an alert, a runbook step)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (counterfactuals: what people did not do)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"passive-fault","kind":"detector","category":"person-fault","patterns":[],"note":"the passive still says someone overlooked or ignored it","hint":"why it was hard to notice (no alert, no check, noisy signal)","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"passive-agent","kind":"detector","category":"attribution","patterns":[],"note":"it names a person or team as the author of the harmful change","hint":"the change itself and what let it through (review, validation, staging)","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"hindsight","kind":"detector","category":"hindsight","patterns":[],"note":"hindsight about what a person should have done judges them with knowledge they did not have","hint":"what the system offered them at the time and what would have made the right action obvious","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (hindsight bias and counterfactuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"hindsight-passive","kind":"detector","category":"hindsight","patterns":[],"note":"a passive \\"should have been\\" still judges what people should have done, with hindsight","hint":"the check, test or review step that would have surfaced it","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (hindsight bias and counterfactuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"hindsight-conditional","kind":"detector","category":"hindsight","patterns":[],"note":"a counterfactual about what a person had done judges them with hindsight","hint":"the safeguard that would have made the outcome independent of that action","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (counterfactuals)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"careless","kind":"judgment","category":"judgment","patterns":["careless","carelessly","carelessness"],"note":"it judges a person's care instead of explaining the conditions","hint":"the conditions that made the mistake easy (time pressure, tooling, missing guard)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"suggest":""},{"id":"sloppy","kind":"judgment","category":"judgment","patterns":["sloppy","sloppily","sloppiness"],"note":"it judges the quality of a person's work","hint":"the review, test or template that was missing","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"suggest":""},{"id":"lazy","kind":"judgment","category":"judgment","patterns":["lazy","laziness"],"note":"it judges a person's effort","hint":"what made the shortcut the easiest path (missing tooling, slow official path)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":["loading","load","loaded","loader","evaluation","evaluated","initialization","initialisation","init","instantiation","fetch","fetching","import","imports","binding","mode","allocation","iterator","iterators","sequence","sequences","property","properties","sweep","line","lines","continuation","consumer","quantifier","quantifiers","matching","list","lists","value","values","val","static","module","modules","route","routes","component","components","chunk","chunks","hydration","rendering","deletion","expansion","stream","streams","parsing"],"unlessPrev":[]},{"id":"negligent","kind":"judgment","category":"judgment","patterns":["negligent","negligently","negligence"],"note":"it accuses a person of negligence, a legal and moral judgment","hint":"the safeguard, ownership or process that was missing","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"suggest":""},{"id":"reckless","kind":"judgment","category":"judgment","patterns":["reckless","recklessly","recklessness"],"note":"it judges a person's risk-taking","hint":"why the risky path was available and looked reasonable at the time","source":"S. Dekker, \\"Just Culture\\" (the line between error and recklessness is drawn by hindsight)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"suggest":""},{"id":"incompetent","kind":"judgment","category":"judgment","patterns":["incompetent","incompetently","incompetence","irresponsible","irresponsibly","clumsy","clumsily","inattentive","stupid","foolish","dumb"],"note":"it judges a person's ability or character","hint":"what the system expected people to know or do, and how it supported them","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"inexperienced","kind":"judgment","category":"judgment","patterns":["inexperienced","inexperience","untrained","unqualified","incapable","ignorant","ignorance","complacent","complacency","arrogant","arrogance","overconfident","overconfidence"],"note":"it judges a person's competence or attitude","hint":"what the system expected people to know and how it helped them (training, runbooks, guard rails)","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"hasty","kind":"judgment","category":"judgment","patterns":["hasty","hastily","rash","rashly"],"note":"it judges a person's pace instead of the pressure behind it","hint":"the time pressure and the missing gate that let the step be skipped","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"greedy","kind":"judgment","category":"judgment","patterns":["greedy","greed"],"note":"it judges people's character","hint":"the incentives and pressures that shaped the decision","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"unsure-what-doing","kind":"phrase","category":"judgment","patterns":["{person} was|were|is|are not sure|certain what|how they|he|she|i|we|you was|were|is|are doing","{person} did|does|do not know|understand what they|he|she|i|we|you was|were|is|are doing","{person} had|has|have no idea what they|he|she|i|we|you was|were|is|are doing"],"note":"it judges a person's competence","hint":"what the person had to go on (documentation, training, a runbook, someone to ask)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"habit-judgment","kind":"phrase","category":"judgment","patterns":["not everyone|everybody|all on|in|of the|our|that? team|teams|group reads|read|checks|check|watches|watch|answers|answer|follows|follow|uses|use"],"note":"it judges people's habits instead of what the process relies on","hint":"the process that depends on the habit, and a channel or check that does not","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"panicked","kind":"judgment","category":"judgment","patterns":["panicked","panicking"],"note":"it judges a person's composure","hint":"what made the situation confusing (missing runbook, unclear signals, no incident lead)","source":"PagerDuty Incident Response, \\"Incident Commander\\" (calm coordination is a role, not a trait)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"unacceptable","kind":"judgment","category":"judgment","patterns":["unacceptable","inexcusable","unforgivable","shameful","embarrassing","avoidable","preventable"],"note":"it passes a verdict instead of explaining what happened","hint":"the measurable gap (time to detect, time to respond) and what caused it","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\" (write without indignation)","human":false,"negatable":false,"predicative":true,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"poor-conduct","kind":"phrase","category":"judgment","patterns":["lapse|lapses|error|errors in|of judgement|judgment|attention|concentration|focus","lack|lacks|lacked of attention|care|diligence|effort|discipline|rigor|rigour|focus","poor|bad|questionable|lousy *? coordination|communication|judgment|judgement|decision|decisions|decision-making|planning|choice|choices|oversight|attention|discipline|habits|follow-through"],"note":"it judges how people worked rather than what the system made easy","hint":"the missing structure (channel, owner, checklist, handover) that made coordination hard","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"level":"warn"},{"id":"mistake-judgment","kind":"phrase","category":"judgment","patterns":["rookie|silly|stupid|dumb|amateur|newbie|basic|careless|avoidable|unforced mistake|mistakes|error|errors"],"note":"it grades a person's mistake instead of explaining it","hint":"what made the mistake easy to make (interface, defaults, missing check)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"mistake-to","kind":"phrase","category":"hindsight","patterns":["it was|is a|an mistake|error to","it was|is wrong to","it was|is our|my mistake to","it was|is a|an bad|poor|wrong|questionable|unwise|risky call|decision|choice|idea to"],"note":"it judges a decision with hindsight","hint":"why the decision looked reasonable at the time and what the system offered to check it","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (hindsight bias)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"unaware","kind":"phrase","category":"person-fault","patterns":["was|were not|n't aware|familiar","was|were unaware|unfamiliar","had no idea","lacked|lacks|lacking the|enough|sufficient|necessary? skills|experience|knowledge|expertise|competence"],"note":"it frames a person's knowledge gap as the cause","hint":"where the knowledge should have been (runbook, alert text, documentation, onboarding)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (local rationality)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"known-better","kind":"phrase","category":"hindsight","patterns":["known better","know better","knew better"],"note":"it judges a person with hindsight","hint":"what the system showed them at the time","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\" (hindsight bias)","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"human-error","kind":"phrase","category":"human-error","patterns":["human|operator|user|pilot|manual|people error|errors|mistake|mistakes|misunderstanding","pebkac","layer 8 issue|problem|error"],"note":"calling it \\"human error\\" names a person as the cause and ends the inquiry where it should start","hint":"the conditions that made the error likely (interfaces, defaults, pressure, missing checks)","source":"S. Dekker, \\"The Field Guide to Understanding 'Human Error'\\"; R. Cook, \\"How Complex Systems Fail\\"","human":false,"negatable":false,"predicative":false,"unlessNext":["message","messages","code","codes","page","rate","handling","budget","framing","narrative","label","labels","myth","fallacy","trap","bias","view"],"unlessPrev":[]},{"id":"fault","kind":"phrase","category":"attribution","patterns":["{poss} fault|mistake|mistakes|error|errors|oversight|oversights|typo|blunder|negligence|carelessness|laziness|screw-up|screwup|failure","at fault","oversight|mistake|mistakes|blunder|negligence|carelessness|misconfiguration|error|errors|misstep|typo by|from|of {person}","on the part of {person}","on {poss} part"],"note":"it assigns fault to a person","hint":"the conditions that made the mistake possible","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":true,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"to-blame","kind":"phrase","category":"attribution","patterns":["is|was|are|were|be to blame","blame|blamed|blames {person}","blamed on {person}","blame lies|lay|rests with"],"note":"it assigns blame","hint":"the contributing factors in the system","source":"Etsy Code as Craft, \\"Blameless PostMortems and a Just Culture\\" (J. Allspaw, 2012)","human":false,"negatable":true,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"responsible-for","kind":"phrase","category":"attribution","patterns":["responsible for the|this|that|an|a *? outage|incident|failure|breakage|downtime|disruption|mistake|error|bug|issue|problem|loss|leak|regression|damage|data-loss"],"note":"it makes a person or team responsible for the failure","hint":"what in the system allowed the failure","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":true,"predicative":false,"unlessNext":[],"unlessPrev":[],"subject":"person"},{"id":"dropped-the-ball","kind":"phrase","category":"attribution","patterns":["dropped|drop|drops|dropping the ball"],"note":"it is an idiom for personal failure","hint":"the handover, reminder or owner that was missing","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"fat-fingered","kind":"phrase","category":"attribution","patterns":["fat-fingered|fat-finger|fat-fingering|fatfingered","fat fingered|finger"],"note":"it mocks a person's typing slip","hint":"the missing validation or confirmation for that input","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"blame-idiom","kind":"phrase","category":"attribution","patterns":["asleep at the wheel","went|gone|going rogue","cowboy|cowboys|cowboyed","cut|cutting|cuts corners","brain fart","ball was dropped","threw|thrown|throw * under the bus"],"note":"it is an idiom for personal failure","hint":"the pressure, missing gate or handover that made the shortcut possible","source":"Atlassian Incident Handbook, \\"Blameless postmortems\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"on-me","kind":"phrase","category":"attribution","patterns":["this|that|it one? is|'s|was on me|us|him|her|them","take|took|taking|takes the blame","mea culpa"],"note":"it is a confession, not an explanation","hint":"what in the system let it happen","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"our-bad","kind":"phrase","category":"attribution","patterns":["our|my bad"],"note":"it is a confession, not an explanation","hint":"what in the system let it happen","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"cleft","kind":"phrase","category":"attribution","patterns":["it was {person} who|that","{person} was|were the one|ones who|that"],"note":"it singles out a person as the culprit","hint":"the action in neutral terms and what allowed it to cause harm","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"turns-out","kind":"phrase","category":"attribution","patterns":["turns|turned out that? {person}"],"note":"it reveals a person as the cause","hint":"the action in neutral terms and what allowed it to cause harm","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]},{"id":"culprit","kind":"phrase","category":"attribution","patterns":["culprit was|is {person}","{person} was|is the culprit"],"note":"it names a person as the reason for the failure","hint":"the action in neutral terms and what allowed it to cause harm","source":"PagerDuty Postmortem Guide, \\"The Blameless Postmortem\\"","human":false,"negatable":false,"predicative":false,"unlessNext":["'s"],"unlessPrev":[]},{"id":"persons-change","kind":"phrase","category":"attribution","patterns":["{person} 's change|changes|commit|commits|pr|deploy|deployment|script|code|config|migration|patch|update|push|query|command caused|broke|introduced|triggered|started|led|took|deleted|dropped|removed|wiped|overwrote|truncated|exposed|leaked|corrupted|crashed","{person} 's misconfigured|botched|buggy|bad|flawed|sloppy|careless|mistaken|wrong"],"note":"it ties the harmful change to a named person","hint":"the change itself and what let it through (review, validation, staging)","source":"Google SRE Book, ch. 15 \\"Postmortem Culture\\"","human":false,"negatable":false,"predicative":false,"unlessNext":[],"unlessPrev":[]}],"lexicon":{"roles":["scientist","scientists","designer","designers","consultant","consultants","specialist","specialists","technician","technicians","commander","commanders","coordinator","coordinators","scribe","approver","approvers","requester","assignee","engineer","engineers","developer","developers","dev","devs","programmer","programmers","coder","intern","interns","on-call","oncall","on-caller","on-callers","responder","responders","operator","operators","admin","admins","administrator","administrators","sysadmin","sysadmins","dba","dbas","sre","sres","reviewer","reviewers","qa","tester","testers","author","authors","committer","committers","maintainer","maintainers","contributor","contributors","manager","managers","lead","leads","employee","employees","staff","contractor","contractors","hire","hires","investors","vcs","executives","founders","captain","deployer","deployers","owner","owners","person","people","individual","individuals","member","members","colleague","colleagues","teammate","teammates","folks","analyst","analysts","architect","architects","support","ops","devops","team","teams","squad","squads","shift","rota","crew","department","whoever"],"external":["user","users","customer","customers","client","clients","visitor","visitors","farmer","farmers","subscriber","subscribers"],"personPronouns":["i","we","he","she","me","us","him","her"],"indefinite":["someone","somebody","anyone","anybody","nobody","everyone","everybody","no-one","humans","human","one","you"],"systemNouns":["it","this","that","which","there","root","something","everything","nothing","traffic","load","latency","memory","cpu","capacity","usage","demand","spike","surge","storm","backlog","system","systems","service","services","server","servers","database","db","cluster","clusters","node","nodes","pod","pods","container","containers","deploy","deploys","deployment","deployments","script","scripts","job","jobs","cron","pipeline","pipelines","config","configuration","setting","settings","alert","alerts","alerting","monitoring","monitor","check","checks","test","tests","process","processes","code","change","changes","migration","migrations","rollout","release","releases","build","builds","ci","tool","tools","tooling","bot","bots","proxy","balancer","dns","certificate","disk","disks","queue","api","client-library","library","app","application","canary","dashboard","runbook","checklist","scheduler","controller","operator-sdk","kernel","process","thread","worker","workers","agent","agents","loop","request","requests","response","endpoint","cache","replica","replicas","primary","network","firewall","rule","rules","policy","docs","documentation","flag","flags","form","upgrade","update","patch","fix","hotfix","rollback","version","image","chart","manifest","template","webhook","hook","trigger","vendor","provider","upstream","dependency","component","module","function","query","index","table","schema","field","value","default","defaults","environment","region","zone","account","vm","machine","host","hosts","instance","instances","storage","bucket","volume","load","traffic","autoscaler","orchestrator","retry","retries","timeout","lock","state","terminal","command","commands","prompt","error","errors","bug","bugs","issue","issues","problem","incident","outage","regression","failure","failures","heartbeat","heartbeats","tab","validation","review","suite","stage","step","path","window","tenant","tenants","data"],"systemNames":["aws","gcp","azure","github","gitlab","bitbucket","kubernetes","k8s","terraform","helm","argo","argocd","flux","jenkins","buildkite","circleci","travis","prow","tide","docker","containerd","nginx","envoy","istio","linkerd","haproxy","postgres","postgresql","mysql","mariadb","redis","memcached","kafka","rabbitmq","zookeeper","etcd","consul","vault","nomad","elasticsearch","opensearch","kibana","grafana","prometheus","alertmanager","loki","datadog","sentry","pagerduty","opsgenie","slack","cloudflare","fastly","akamai","cloudfront","route53","ec2","rds","lambda","dynamodb","bigquery","gke","eks","aks","linux","windows","ubuntu","debian","chrome","firefox","safari","node","python","java","npm","pip","yarn","webpack","mongo","mongodb","cassandra","spark","airflow","celery","sidekiq","gunicorn","django","rails","flask","react","vercel","netlify","heroku","okta","ldap","jira","git","ansible","puppet","chef","packer","vagrant","openstack","vmware","systemd","kubelet","coredns","calico","cilium","karpenter","certbot","dependabot","renovate","stripe","twilio","sendgrid","zendesk","statuspage","pingdom","splunk","fluentd","logstash","jaeger","hashicorp","google","amazon","microsoft","apple","cloud","actions","hellman","posthog","chia","kind","bazel","gcs","gce","dockerhub","quay","ingress","velero","loadbalancer","mybinder","binderhub","jupyterhub","zuul","gerrit","phabricator","sonarqube","snyk","pypi","warehouse","rubygems","crates","maven","gradle","varnish","traefik","caddy","apache","tomcat","jetty","nodejs","deno","php","golang","couchbase","clickhouse","snowflake","redshift","athena","kinesis","sqs","sns","ecs","fargate","gcr","ecr","artifactory","nexus","harbor","codecov","cypress","jest","selenium","playwright","flink","hadoop","hive","presto","trino","druid","cockroachdb","vitess","pgbouncer","patroni","keda","knative","openshift","rancher","pulumi","crossplane","spinnaker","tekton","drone","teamcity","bamboo","bugsnag","rollbar","newrelic","dynatrace","thanos","cortex","mimir","tempo","influxdb","graphite","statsd","telegraf","nagios","zabbix","icinga","sensu","victorops","opsgenie","cloudwatch","stackdriver","azure","lambda","kubectl","eksctl","terragrunt","cloudformation","cdk","serverless","firebase","supabase","auth0","keycloak","cognito","iam","kms","vpc","elb","alb","nlb","cdn","bgp","ntp","tls","ssl","ssh","oauth","saml","sso","cert-manager","external-dns","nginx-ingress","istiod","coredns"],"remedialNouns":["fix","fixes","hotfix","hotfixes","rollback","rollbacks","revert","reverts","restore","recovery","mitigation","workaround","patch","failover","restart","incident","page","alert","bug","report","investigation","diff","pr","review"],"changeNouns":["change","changes","edit","edits","modification","modifications","commit","commits","deletion","update","updates","alteration","alterations"],"errorAdjectives":["wrong","incorrect","bad","faulty","broken","buggy","untested","unreviewed","misconfigured","outdated","stale"],"changeParticiples":["altered","changed","modified","made","performed","done","pushed","executed","introduced","caused","broken","deleted","removed","dropped","destroyed","overwritten","disabled","misconfigured","wiped","truncated","corrupted","edited","tampered"],"neutralParticiples":["reported","noticed","detected","discovered","found","identified","acknowledged","declared","escalated","paged","investigated","confirmed","handled","recovered","restarted","reviewed","approved","merged","fixed","resolved","restored","mitigated","reverted","deployed","released","tested","verified","written","authored","led","coordinated","started","opened","closed","filed","raised","triaged","assigned","owned","maintained","rolled","drained","scaled","rotated","renewed","shared","sent","posted","announced"],"responseVerbs":["find","notice","spot","identify","detect","discover","catch","fix","correct","revert","flag","report","confirm","investigate","see","locate","trace","diagnose","point"],"passiveFaultParticiples":["overlooked","neglected","forgotten","dismissed","botched","bungled","mishandled","disregarded","fumbled","rushed"],"humanSignals":["warning","warnings","alert","alerts","page","pages","email","emails","message","messages","ticket","tickets","advice","report","reports","feedback","notification","notifications","recommendation","recommendations","concern","concerns","comment","comments","request","reminder","reminders","notice","notices"],"systemParticiples":["rejected","retried","throttled","blocked","dropped","cached","routed","rate-limited","logged","triggered","fired","alerted","killed","evicted","scaled","restarted","rescheduled","rotated","renewed","refreshed","expired","invalidated","queued","returned","sent","delivered","paged","served","cleaned","garbage-collected","replicated","synced","applied","reconciled","propagated","detected","flagged","load-balanced","terminated","drained","redirected","purged","emitted","generated","recorded","reported","raised","filtered","validated","sanitised","sanitized","escaped","encrypted","compressed","truncated","capped","limited","bounded","enforced","handled","processed","accepted","denied","disabled","enabled","set","configured","created","deleted","removed","updated","written"],"humanVerbs":["notice","realise","realize","check","double-check","verify","test","review","read","tell","inform","communicate","coordinate","escalate","follow","understand","know","consider","think","remember","forget","bother","ask","look","monitor","watch","respond","reply","answer","fix","investigate","document","confirm","approve","pay","catch","anticipate","plan","prepare","update","alert","warn","mention","report","act","react","intervene","wait","start","finish","complete","roll","revert","restart","page","call","contact","reach","raise","flag","spot","question","expect","keep","take","run","deploy","merge","push","apply","configure","set","use","choose","decide","prioritise","prioritize","implement","add","remove","renew","rotate","backup","back"],"experienceVerbs":["need","have","has","had","receive","get","got","lose","lost","want","mean","exist","seem","appear","expect","affect","cause","break","impact","mind","hear","access","reach","connect","log","login","sign","load","open","view","reproduce","determine","pinpoint","explain","identify","recover","go","come","become","happen","occur","matter","apply","work","run","see","find","experience","observe","detect","suffer","hit"],"timeliness":["in time","on time","as soon as possible","asap","quickly","quick enough","fast enough","soon enough","sooner","earlier","promptly","right away","immediately","in a timely manner"],"inattentionVerbs":["paying","listening","focusing","concentrating"],"adjectivalParticiples":["automated","dedicated","documented","detailed","integrated","centralised","centralized","improved","updated","tested","versioned","structured","limited","advanced","experienced","trained","named","defined","scheduled","signed","pinned","shared","managed","monitored","rotated","enforced","required","expected","protected","restricted","isolated","distributed","replicated","unified","standardised","standardized","labelled","labeled","tagged","owned","assigned"],"preventionVerbs":["solved","resolved","fixed","prevented","avoided","caught","stopped","noticed","detected","mitigated","averted","spotted","seen","known","realised","realized","foreseen","anticipated"],"metaMarkers":["blameless","blamelessly","blamelessness","blameful","blame culture","culture of blame","being blamed","be blamed","get blamed","to blame individuals","blaming","not blame","n't blame","never blame","no blame","punish","punishing","punishment","reprimand","reprimanding","to be reprimanded","can be reprimanded","name and shame","shaming","finger-pointing","finger pointing","point fingers","pointing fingers","hindsight bias","is not a root cause","is never a root cause","not the root cause","considered a root cause","never be a root cause","not {poss} fault","n't {poss} fault","no one is to blame","nobody is to blame","no one was to blame","nobody was to blame","not to blame","old view","new view","just culture","inspecific","psychological safety","calling it","call it","label it","labelling it","labeling it","who clicked","who made it","not who","instead of who","rather than who","instead of blaming","should or should not","avoid evaluating","human|operator|user|pilot error|errors is|are|as|can|cannot|will","human|operator|user|pilot error|errors in general","fear of","words|terms|phrases|language|adjectives|wording like","words|terms|phrases such as","avoid words|terms|phrases|language|saying|using|writing","instead of asking"]}}`);

// src/blame/vocabulary.ts
var CATEGORIES = ["person-fault", "judgment", "hindsight", "human-error", "attribution"];
var KINDS = ["phrase", "verb", "judgment", "detector"];
var KNOWN_KEYS = ["id", "kind", "category", "patterns", "note", "hint", "source", "suggest", "subject", "human", "negatable", "predicative", "unlessNext", "unlessPrev", "level"];
var PATTERN_WORD = /^(?:\{person\}|\{poss\}|\*\??|[\p{L}\p{N}'’-]+(?:\|[\p{L}\p{N}'’-]+)*\??)$/u;
var DETECTOR_IDS = ["failed-to", "omission", "passive-fault", "passive-agent", "hindsight", "hindsight-passive", "hindsight-conditional"];
function fail(source, where, problem) {
  throw new Error(`${source}: ${where}: ${problem}`);
}
function stringList(value, source, where, key) {
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string" && item.trim() !== "")) {
    fail(source, where, `\`${key}\` must be a list of non-empty strings`);
  }
  return value.map((item) => item.toLowerCase().trim());
}
function optionalString(record, key, source, where) {
  const value = record[key];
  if (value === void 0) return void 0;
  if (typeof value !== "string") fail(source, where, `\`${key}\` must be a string`);
  return value;
}
function requiredText(record, key, source, where) {
  const value = record[key];
  if (typeof value !== "string" || value.trim() === "") fail(source, where, `\`${key}\` must be a non-empty string`);
  return value.trim();
}
function optionalBoolean(record, key, source, where) {
  const value = record[key];
  if (value === void 0) return false;
  if (typeof value !== "boolean") fail(source, where, `\`${key}\` must be true or false`);
  return value;
}
function validateEntry(raw, index, source, allowDetectors) {
  const position = `entry ${index + 1}`;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) fail(source, position, "expected a mapping with id, kind, category, patterns, note, hint, source");
  const record = raw;
  const id = record.id;
  if (typeof id !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(source, position, "`id` must be a kebab-case string (a-z, 0-9, -)");
  const where = `${position} (${id})`;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.includes(key)) fail(source, where, `unknown key \`${key}\`, expected one of: ${KNOWN_KEYS.join(", ")}`);
  }
  const kind = record.kind;
  if (typeof kind !== "string" || !KINDS.includes(kind)) fail(source, where, `\`kind\` must be one of: ${KINDS.join(", ")}`);
  if (kind === "detector" && !allowDetectors) fail(source, where, "`kind: detector` is reserved for the built-in vocabulary, expected phrase, verb or judgment");
  if (kind === "detector" && !DETECTOR_IDS.includes(id)) fail(source, where, `unknown detector id, expected one of: ${DETECTOR_IDS.join(", ")}`);
  const category = record.category;
  if (typeof category !== "string" || !CATEGORIES.includes(category)) fail(source, where, `\`category\` must be one of: ${CATEGORIES.join(", ")}`);
  const patterns = record.patterns === void 0 && kind === "detector" ? [] : stringList(record.patterns, source, where, "patterns");
  if (kind !== "detector" && patterns.length === 0) fail(source, where, "`patterns` must list at least one pattern");
  for (const pattern of patterns) {
    const bad = pattern.split(/\s+/).find((word) => !PATTERN_WORD.test(word));
    if (bad !== void 0) fail(source, where, `\`patterns\`: \`${pattern}\` has an invalid word \`${bad}\` (expected words, a|b alternatives, word?, *, {person} or {poss})`);
    if (pattern.split(/\s+/).every((word) => word.endsWith("?") || word === "*")) fail(source, where, `\`patterns\`: \`${pattern}\` must have at least one required word`);
  }
  const subject = optionalString(record, "subject", source, where);
  if (subject !== void 0 && subject !== "person" && subject !== "person-active") fail(source, where, "`subject` must be `person` or `person-active` when given");
  const entry = {
    id,
    kind,
    category,
    patterns,
    note: requiredText(record, "note", source, where),
    hint: requiredText(record, "hint", source, where),
    source: requiredText(record, "source", source, where),
    human: optionalBoolean(record, "human", source, where),
    negatable: optionalBoolean(record, "negatable", source, where),
    predicative: optionalBoolean(record, "predicative", source, where),
    unlessNext: record.unlessNext === void 0 ? [] : stringList(record.unlessNext, source, where, "unlessNext"),
    unlessPrev: record.unlessPrev === void 0 ? [] : stringList(record.unlessPrev, source, where, "unlessPrev")
  };
  const suggest = optionalString(record, "suggest", source, where);
  if (suggest !== void 0) entry.suggest = suggest;
  if (subject === "person" || subject === "person-active") entry.subject = subject;
  const level = optionalString(record, "level", source, where);
  if (level !== void 0 && level !== "warn") fail(source, where, "`level` must be `warn` when given (self-critique unless a person is named)");
  if (level === "warn") entry.level = "warn";
  return entry;
}
function validateVocabulary(data4, source, options = {}) {
  const list = Array.isArray(data4) ? data4 : data4 && typeof data4 === "object" ? data4.entries : void 0;
  if (!Array.isArray(list)) fail(source, "top level", "expected a list of entries (or a mapping with `entries:`)");
  const entries = list.map((raw, index) => validateEntry(raw, index, source, options.allowDetectors ?? false));
  const seen = /* @__PURE__ */ new Set();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) fail(source, `entry ${index + 1} (${entry.id})`, "`id` is used by an earlier entry");
    seen.add(entry.id);
  });
  return entries;
}

// src/blame/index.ts
var base;
var withExtras = /* @__PURE__ */ new WeakMap();
function loadBase() {
  if (base) return base;
  const { entries, lexicon } = data2;
  base = { lexicon, entries, compiled: compile(entries, lexicon) };
  return base;
}
function compile(entries, lexicon) {
  const verbForms = /* @__PURE__ */ new Set();
  const verbs = /* @__PURE__ */ new Map();
  const judgments = /* @__PURE__ */ new Map();
  const phrases = [];
  const detectors = {};
  for (const entry of entries) {
    if (entry.kind === "detector") detectors[entry.id] = entry;
    for (const pattern of entry.patterns) {
      if (entry.kind === "phrase") phrases.push(compilePattern(entry, pattern));
      if (entry.kind === "judgment") for (const word of pattern.split(/\s+/)) judgments.set(word, entry);
      if (entry.kind === "verb") {
        const words = pattern.split(/\s+/);
        const first = words[0];
        verbForms.add(first);
        const list = verbs.get(first) ?? [];
        list.push({ entry, words });
        list.sort((a, b) => b.words.length - a.words.length);
        verbs.set(first, list);
      }
    }
  }
  for (const id of DETECTOR_IDS) if (!detectors[id]) throw new Error(`src/blame/vocabulary.yml: missing the \`${id}\` detector entry`);
  const sets = {
    roles: new Set(lexicon.roles),
    external: new Set(lexicon.external),
    personPronouns: new Set(lexicon.personPronouns),
    indefinite: new Set(lexicon.indefinite),
    systemNouns: new Set(lexicon.systemNouns),
    systemNames: new Set(lexicon.systemNames),
    remedialNouns: new Set(lexicon.remedialNouns),
    changeNouns: new Set(lexicon.changeNouns),
    errorAdjectives: new Set(lexicon.errorAdjectives),
    changeParticiples: new Set(lexicon.changeParticiples),
    neutralParticiples: new Set(lexicon.neutralParticiples),
    responseVerbs: new Set(lexicon.responseVerbs),
    passiveFaultParticiples: new Set(lexicon.passiveFaultParticiples),
    humanSignals: new Set(lexicon.humanSignals),
    systemParticiples: new Set(lexicon.systemParticiples),
    humanVerbs: new Set(lexicon.humanVerbs),
    experienceVerbs: new Set(lexicon.experienceVerbs),
    inattentionVerbs: new Set(lexicon.inattentionVerbs),
    adjectivalParticiples: new Set(lexicon.adjectivalParticiples),
    preventionVerbs: new Set(lexicon.preventionVerbs),
    verbForms
  };
  const metaEntry = { id: "meta", kind: "phrase", category: "attribution", patterns: [], note: "", hint: "", source: "", human: false, negatable: false, predicative: false, unlessNext: [], unlessPrev: [] };
  const meta = lexicon.metaMarkers.map((marker) => compilePattern(metaEntry, marker));
  const timeliness = lexicon.timeliness.map((marker) => compilePattern(metaEntry, marker));
  return {
    sets,
    phrases: new PatternIndex(phrases),
    verbs,
    judgments,
    meta: new PatternIndex(meta),
    timeliness: new PatternIndex(timeliness),
    detectors,
    ...triggersOf(triggerWords(entries, lexicon))
  };
}
function rarestWord(parts) {
  let best = [];
  let bestScore = -Infinity;
  for (const part of parts) {
    if (part.endsWith("?") || part.startsWith("{") || part === "*") continue;
    const alternatives = part.split("|");
    const common = alternatives.filter((alternative) => COMMON_WORDS.has(alternative)).length;
    const score = Math.min(...alternatives.map((alternative) => alternative.length)) - 100 * common;
    if (score > bestScore) {
      best = alternatives;
      bestScore = score;
    }
  }
  return best;
}
var COMMON_WORDS = /* @__PURE__ */ new Set(["was", "were", "been", "be", "is", "are", "the", "a", "an", "to", "of", "in", "on", "at", "it", "that", "who", "this", "made", "make", "makes", "making", "take", "took", "takes", "led", "started", "part", "through", "action", "better", "idea", "enough", "call", "though", "without", "lack", "one", "not", "no", "'s"]);
var DETECTOR_TRIGGERS = ["not", "never", "fail", "failed", "fails", "failing", "unable", "should", "ought", "could", "had", "by", "none", "nobody", "no-one", "neither", "no", "ignored"];
function triggerWords(entries, lexicon) {
  const words = /* @__PURE__ */ new Set([...DETECTOR_TRIGGERS, ...lexicon.passiveFaultParticiples]);
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      const parts = pattern.split(/\s+/);
      if (entry.kind !== "phrase") {
        for (const word of entry.kind === "verb" ? parts.slice(0, 1) : parts) words.add(word);
        continue;
      }
      for (const word of rarestWord(parts)) words.add(word.replace(/’/g, "'"));
    }
  }
  return words;
}
function triggersOf(words) {
  return { triggers: new TriggerScan(words), triggerWords: words };
}
function hasTrigger(tokens, start, end, words) {
  for (let index = start; index < end; index++) {
    const token = tokens[index];
    if (token.kind === "word" && (words.has(token.lower) || token.lower.includes("-") && token.lower.split("-").some((part) => words.has(part)))) return true;
  }
  return false;
}
var TriggerScan = class {
  words;
  /** Triggers with a character no word run holds (a dot, a space): matched as plain substrings. */
  odd;
  constructor(words) {
    const normal = [...words].map((word) => word.toLowerCase().replace(/’/g, "'"));
    this.words = new Set(normal);
    this.odd = normal.filter((word) => !/^[\p{L}\p{N}'-]+$/u.test(word));
  }
  test(text) {
    const lower = text.toLowerCase().replace(/’/g, "'");
    if (lower.includes("n't") || lower.includes("'d")) return true;
    if (this.odd.some((word) => lower.includes(word))) return true;
    for (const [run] of lower.matchAll(/[\p{L}\p{N}'-]+/gu)) {
      if (this.words.has(run)) return true;
      if (!/['-]/.test(run)) continue;
      const pieces = run.split(/(?=['-])|(?<=['-])/);
      for (let first = 0; first < pieces.length; first++) {
        let span = "";
        for (let last = first; last < pieces.length; last++) {
          span += pieces[last];
          if (this.words.has(span)) return true;
        }
      }
    }
    return false;
  }
};
function compiledFor(options) {
  const loaded = loadBase();
  const extra = options?.extraEntries;
  if (!extra || extra.length === 0) return loaded.compiled;
  let compiled = withExtras.get(extra);
  if (!compiled) {
    const entries = validateVocabulary(extra, "blameless-language phrases");
    const ids = new Set(loaded.entries.map((entry) => entry.id));
    const clash = entries.find((entry) => ids.has(entry.id));
    if (clash) throw new Error(`blameless-language phrases: entry (${clash.id}): \`id\` is already used by the built-in vocabulary, expected a new id`);
    compiled = compile([...loaded.entries, ...entries], loaded.lexicon);
    withExtras.set(extra, compiled);
  }
  return compiled;
}
function findBlame(text, options) {
  const compiled = compiledFor(options);
  if (!compiled.triggers.test(text)) return [];
  const tokens = tokenize(text);
  const hits = [];
  for (const [start, end] of sentences(tokens)) {
    if (!hasTrigger(tokens, start, end, compiled.triggerWords)) continue;
    const analysis = new SentenceAnalysis(tokens, start, end, compiled);
    const found2 = analysis.run();
    if (found2.length > 0 && !analysis.isMeta()) hits.push(...found2);
  }
  const found = dedupe(hits.map((hit) => toBlameHit(text, tokens, hit)));
  if (found.length === 0 || !options?.allow?.length) return found;
  const allowed = allowedRanges(text, options.allow);
  return found.filter((hit) => !allowed.some((range) => hit.start < range.end && range.start < hit.end));
}
function toBlameHit(text, tokens, hit) {
  let start = tokens[hit.first].start;
  let end = tokens[hit.last].end;
  const phrase = text.slice(start, end);
  const { entry } = hit;
  const kind = kindOf2(entry, hit.person);
  const label = kind === "blame" ? CATEGORY_LABELS[entry.category] : kind;
  const result = {
    start,
    end,
    phrase,
    entryId: entry.id,
    category: entry.category,
    kind,
    label,
    message: `Unexpected \`${phrase.replace(/\s+/g, " ").replace(/`/g, "'")}\` (${label}): ${entry.note}; expected ${entry.hint}`
  };
  if (hit.deleteSuggested) {
    if (text[end] === " ") end++;
    else if (text[start - 1] === " ") start--;
    return { ...result, start, end, phrase: text.slice(start, end), suggestion: "" };
  }
  if (hit.replacement !== void 0) result.suggestion = matchCase(phrase, hit.replacement);
  return result;
}
var CATEGORY_LABELS = {
  "person-fault": "person as cause",
  judgment: "judgment",
  hindsight: "hindsight",
  "human-error": "attribution",
  attribution: "attribution"
};
function kindOf2(entry, person) {
  if (entry.category === "human-error") return "blame";
  if (entry.kind === "judgment" && !entry.level) return "blame";
  if (person === "named") return "blame";
  if (entry.category === "hindsight") return "hindsight";
  if (person === "self" || entry.level === "warn" || entry.kind === "detector") return "self-critique";
  return "blame";
}
function matchCase(original, replacement) {
  return new RegExp("^\\p{Lu}", "u").test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
function dedupe(hits) {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}
var allowPatterns = /* @__PURE__ */ new WeakMap();
function allowedRanges(text, allow) {
  let patterns = allowPatterns.get(allow);
  if (!patterns) {
    patterns = allow.map((phrase) => phrase.trim().split(/\s+/).filter(Boolean)).filter((words) => words.length > 0).map((words) => new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "giu"));
    allowPatterns.set(allow, patterns);
  }
  const ranges = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

// src/blame/markdown.ts
var CHAT_HEADING = /\b(?:chat|slack|irc|transcripts?|conversations?|discussion|logs?)\b/i;
var CHAT_LINE = /^\s*(?:\[\d{1,2}:\d{2}[^\]]*\]|<[^<>\s]+>|[\p{L}\p{N}._@-]+\s*\[\d{1,2}:\d{2}[^\]]*\]|[\p{L}\p{N}._@-]{2,30}:\s)/u;
function textUnits(tree, source) {
  const units = [];
  let chatDepth;
  const visit2 = (node) => {
    switch (node.type) {
      case "code":
      case "html":
      case "yaml":
      case "definition":
        return;
      case "heading": {
        const heading = node;
        if (chatDepth !== void 0 && heading.depth <= chatDepth) chatDepth = void 0;
        if (chatDepth === void 0 && CHAT_HEADING.test(toString(heading))) chatDepth = heading.depth;
        push(node, "heading");
        return;
      }
      case "paragraph":
        push(node, "paragraph");
        return;
      case "tableCell":
        push(node, "tableCell");
        return;
      case "blockquote":
        if (chatDepth !== void 0 || isTranscript(node, source)) return;
        break;
      default:
        break;
    }
    if ("children" in node) for (const child of node.children) visit2(child);
  };
  const push = (node, kind) => {
    const children = kind === "tableCell" && "children" in node ? node.children : void 0;
    if (children && children.length === 0) return;
    const start = (children ? children[0] : node)?.position?.start.offset;
    const end = (children ? children[children.length - 1] : node)?.position?.end.offset;
    if (start === void 0 || end === void 0 || end <= start) return;
    units.push({ text: blankQuoteMarkers(source.slice(start, end)), offset: start, kind });
  };
  visit2(tree);
  return units;
}
function isTranscript(node, source) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === void 0 || end === void 0) return false;
  const lines = source.slice(start, end).split("\n").map((line) => line.replace(/^\s*(?:>\s?)+/, "")).filter((line) => line.trim() !== "");
  const chatLines = lines.filter((line) => CHAT_LINE.test(line)).length;
  return chatLines > 0 && chatLines * 4 >= lines.length;
}
function blankQuoteMarkers(text) {
  return text.replace(/\n([ \t]*(?:>[ \t]?)+)/g, (_match, markers) => `
${" ".repeat(markers.length)}`);
}

// src/lint/options.ts
function numberOption(raw, key, fallback, ruleId) {
  const value = raw[key];
  if (value === void 0) return fallback;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  throw new Error(`rules.${ruleId}.${key}: expected a whole number >= 0, got ${excerpt(value)}`);
}
function booleanOption(raw, key, fallback, ruleId) {
  const value = raw[key];
  if (value === void 0) return fallback;
  if (typeof value === "boolean") return value;
  throw new Error(`rules.${ruleId}.${key}: expected true or false, got ${excerpt(value)}`);
}
function listOption(raw, key, fallback, ruleId) {
  const value = raw[key];
  if (value === void 0) return fallback;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
  throw new Error(`rules.${ruleId}.${key}: expected a list of strings, got ${excerpt(value)}`);
}
function onlyKnownOptions(raw, known, ruleId) {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) throw new Error(`rules.${ruleId}: unknown option \`${key}\`, expected one of: ${known.join(", ") || "(none)"}`);
  }
}

// src/lint/rules/blameless-language.ts
var RULE_ID = "blameless-language";
var LEVELS = ["off", "warn", "error"];
var DEFAULT_SECTION_LEVELS = { timeline: "warn", "what-went-well": "off", "where-we-got-lucky": "off" };
var DEFAULT_KIND_LEVELS = { hindsight: "warn", selfCritique: "warn" };
function parseOptions(raw, config) {
  onlyKnownOptions(raw, ["sections", "allow", "phrases", "hindsight", "selfCritique"], RULE_ID);
  const allow = listOption(raw, "allow", [], RULE_ID);
  const sections = { ...DEFAULT_SECTION_LEVELS, ...sectionLevels(raw.sections, config) };
  const phrases = raw.phrases ?? [];
  if (!Array.isArray(phrases)) throw new Error(`rules.${RULE_ID}.phrases: expected a list of vocabulary entries (id, kind, category, patterns, note, hint, source), got ${JSON.stringify(phrases)}`);
  if (phrases.length > 0) {
    try {
      validateVocabulary(phrases, `rules.${RULE_ID}.phrases`);
      findBlame("", { extraEntries: phrases });
    } catch (error) {
      throw new Error(error.message.startsWith(`rules.${RULE_ID}`) ? error.message : `rules.${RULE_ID}.phrases: ${error.message}`);
    }
  }
  return { sections, allow, phrases, hindsight: levelOption(raw, "hindsight"), selfCritique: levelOption(raw, "selfCritique") };
}
function levelOption(raw, key) {
  const value = raw[key];
  if (value === void 0) return DEFAULT_KIND_LEVELS[key];
  if (typeof value !== "string" || !LEVELS.includes(value)) throw new Error(`rules.${RULE_ID}.${key}: expected one of ${LEVELS.join(", ")}, got ${JSON.stringify(value)}`);
  return value;
}
var LEVEL_ORDER = { off: 0, warn: 1, error: 2 };
function hitLevel(kind, sectionLevel, options) {
  const cap = kind === "hindsight" ? options.hindsight : kind === "self-critique" ? options.selfCritique : void 0;
  if (cap === void 0 || cap === "error") return sectionLevel;
  if (sectionLevel !== void 0 && LEVEL_ORDER[sectionLevel] < LEVEL_ORDER[cap]) return sectionLevel;
  return cap;
}
function sectionLevels(value, config) {
  if (value === void 0) return {};
  const where = `rules.${RULE_ID}.sections`;
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error(`${where}: expected a mapping of section to level (e.g. timeline: warn), got ${JSON.stringify(value)}`);
  const known = Object.keys(config.sections);
  const levels = {};
  for (const [key, level] of Object.entries(value)) {
    if (!known.includes(key)) throw new Error(`${where}: unknown section \`${key}\`, expected one of: ${known.join(", ")}`);
    if (typeof level !== "string" || !LEVELS.includes(level)) throw new Error(`${where}.${key}: expected one of ${LEVELS.join(", ")}, got ${JSON.stringify(level)}`);
    levels[key] = level;
  }
  return levels;
}
function sectionKeysAt(sections, offset) {
  let best;
  for (const section of sections) {
    if (section.span.start.offset <= offset && offset < section.span.end.offset && (!best || section.depth >= best.depth)) best = section;
  }
  return [best?.key, best?.parentKey].filter((key) => key !== void 0);
}
function pinSeverity(message, fatal) {
  Object.defineProperty(message, "fatal", { get: () => fatal, set: () => void 0, enumerable: true, configurable: true });
}
var blameless_language_default = postmortemRule({
  id: RULE_ID,
  options: parseOptions,
  check({ postmortem, options, tree, file, report }) {
    const source = new SourceText(String(file.value));
    const blameOptions = { allow: options.allow, extraEntries: options.phrases };
    for (const unit of textUnits(tree, source.text)) {
      if (unit.kind === "heading") continue;
      const hits = findBlame(unit.text, blameOptions);
      if (hits.length === 0) continue;
      const keys = sectionKeysAt(postmortem.sections, unit.offset);
      const sectionLevel = keys.map((key) => options.sections[key]).find((level) => level !== void 0);
      if (sectionLevel === "off") continue;
      for (const hit of hits) {
        const level = hitLevel(hit.kind, sectionLevel, options);
        if (level === "off") continue;
        const span = source.span(unit.offset + hit.start, unit.offset + hit.end);
        const message = hit.message.replace("; expected ", ", expected ");
        report(message, span, hit.suggestion === void 0 ? { actual: hit.phrase } : { actual: hit.phrase, replacement: hit.suggestion });
        const last = file.messages[file.messages.length - 1];
        if (level !== void 0 && last) pinSeverity(last, level === "error");
      }
    }
  }
});

// src/lint/rules/contributing-factors.ts
var contributing_factors_default = postmortemRule({
  id: "contributing-factors",
  options(raw) {
    onlyKnownOptions(raw, ["minimum"], "contributing-factors");
    return { minimum: numberOption(raw, "minimum", 2, "contributing-factors") };
  },
  check({ postmortem, options, report }) {
    const section = postmortem.resolved?.["contributing-factors"] ?? postmortem.resolved?.["root-cause"];
    if (!section) return;
    const count = postmortem.factors.length;
    if (count >= options.minimum) return;
    report(
      unexpected(
        `${count} contributing factor${count === 1 ? "" : "s"}`,
        `at least ${options.minimum}, one list item each: besides the trigger, name the conditions that let it cause harm (missing checks, alerting gaps, risky defaults)`
      ),
      section.headingSpan
    );
  }
});

// src/lint/rules/metadata.ts
var FIELD_HINTS = {
  date: "`**Date**: YYYY-MM-DD`",
  duration: "`**Duration**: 1h 35min (10:05 - 11:40 UTC)`",
  severity: "`**Severity**: P1`",
  authors: "`**Authors**: @alice, @bob`",
  reviewed: "`**Reviewed**: YYYY-MM-DD`",
  id: "`**ID**: INC-123`"
};
var metadata_default = postmortemRule({
  id: "metadata",
  options(raw) {
    onlyKnownOptions(raw, ["required"], "metadata");
    const required = listOption(raw, "required", ["date", "duration", "severity", "authors"], "metadata");
    const unknown = required.filter((key) => !(key in FIELD_HINTS));
    if (unknown.length > 0) throw new Error(`rules.metadata.required: unknown field ${unknown.join(", ")}, expected some of: ${Object.keys(FIELD_HINTS).join(", ")}`);
    return { required };
  },
  check({ postmortem, options, config, report, documentSpan }) {
    const { meta } = postmortem;
    const present = new Set(meta.fields.map((field) => field.key));
    for (const key of options.required) {
      if (!present.has(key) && !(key === "date" && meta.date)) {
        report(unexpected(`missing \`${displayName(key)}\` field`, `${FIELD_HINTS[key]} near the title or \`${key}:\` in the front matter`), documentSpan());
      }
    }
    for (const key of ["date", "reviewed"]) {
      const field = meta[key];
      if (field && !field.value && present.has(key)) report(unexpected(`${key} ${quote(field.raw)}`, "a real calendar date as YYYY-MM-DD"), field.span, { actual: field.raw });
    }
    if (meta.duration && meta.duration.value.minutes === void 0 && meta.duration.value.startMinutes === void 0) {
      report(unexpected(`duration ${quote(meta.duration.raw)}`, "a length and window such as `1h 35min (10:05 - 11:40 UTC)`"), meta.duration.span, { actual: meta.duration.raw });
    }
    if (meta.severity && !(meta.severity.value in config.severities)) {
      report(unexpected(`severity ${quote(meta.severity.raw)}`, `one of ${Object.keys(config.severities).join(", ")} (aliases such as ${(config.severities[Object.keys(config.severities)[1] ?? ""] ?? []).slice(1, 3).join(", ")} are accepted)`), meta.severity.span, { actual: meta.severity.raw });
    }
    if (meta.authors && meta.authors.value.length === 0) report(unexpected("empty `Authors` field", "the people who wrote the post-mortem, such as `@alice, @bob`"), meta.authors.span);
  }
});

// src/lint/rules/required-sections.ts
var DEFAULT_REQUIRED_SECTIONS = [
  "summary",
  "impact",
  "root-cause",
  "timeline",
  "contributing-factors",
  "action-items",
  "what-went-well",
  "lessons-learned"
];
var required_sections_default = postmortemRule({
  id: "required-sections",
  options(raw, config) {
    onlyKnownOptions(raw, ["sections"], "required-sections");
    const sections = listOption(raw, "sections", DEFAULT_REQUIRED_SECTIONS, "required-sections");
    const unknown = sections.filter((key) => !(key in config.sections));
    if (unknown.length > 0) {
      throw new Error(`rules.required-sections.sections: unknown section ${unknown.join(", ")}, expected keys of \`sections\`: ${Object.keys(config.sections).join(", ")}`);
    }
    return { sections };
  },
  check({ postmortem, options, config, report, documentSpan }) {
    for (const key of options.sections) {
      if (postmortem.resolved ? postmortem.resolved[key] : postmortem.sections.some((section) => section.key === key)) continue;
      const aliases = (config.sections[key] ?? []).slice(1, 3).map(displayName);
      const alias = aliases.length > 0 ? ` (or ${aliases.map((a) => `\`${a}\``).join(", ")})` : "";
      report(unexpected(`missing section \`${displayName(key)}\``, `a \`## ${displayName(key)}\` heading${alias}`), documentSpan());
    }
  }
});

// src/lint/template-text.ts
function normalizeText(text) {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}
function placeholdersFromData(data4) {
  return { rows: data4.rows, items: new Set(data4.items), inline: data4.inline };
}

// src/lint/template-placeholders.generated.ts
var data3 = {
  "rows": [
    [
      {
        "column": 1,
        "text": "what happened (trigger)"
      },
      {
        "column": 2,
        "text": "deploy log / alert / dashboard / chat"
      },
      {
        "column": 3,
        "text": "system or role"
      }
    ],
    [
      {
        "column": 1,
        "text": "impact started"
      },
      {
        "column": 2,
        "text": "dashboard link"
      },
      {
        "column": 3,
        "text": "system"
      }
    ],
    [
      {
        "column": 1,
        "text": "detected: how we learned about it"
      },
      {
        "column": 2,
        "text": "alert name"
      },
      {
        "column": 3,
        "text": "on-call engineer"
      }
    ],
    [
      {
        "column": 1,
        "text": "mitigation applied"
      },
      {
        "column": 2,
        "text": "runbook / chat"
      },
      {
        "column": 3,
        "text": "incident commander"
      }
    ],
    [
      {
        "column": 1,
        "text": "impact ended"
      },
      {
        "column": 2,
        "text": "dashboard link"
      },
      {
        "column": 3,
        "text": "system"
      }
    ],
    [
      {
        "column": 1,
        "text": "a specific change to a named system"
      }
    ],
    [
      {
        "column": 1,
        "text": "a specific change to a named system"
      }
    ]
  ],
  "items": [
    "first condition in the system, process or tooling.",
    "second condition."
  ],
  "inline": [
    "@owner",
    "@org/team",
    "<title>",
    "0h 00min",
    "(one line on why this level)",
    "P0 | P1 | P2 | P3 | P4",
    "@your-handle",
    "(four weeks after the incident: the follow-up review)"
  ]
};

// src/lint/builtin-placeholders.ts
var builtin;
function builtinPlaceholders() {
  builtin ??= placeholdersFromData(data3);
  return builtin;
}

// src/lint/rules/template-placeholders.ts
var PLACEHOLDER_EXPECTED = "this incident's own text in place of the template's placeholder";
var template_placeholders_default = postmortemRule({
  id: "template-placeholders",
  options(raw) {
    onlyKnownOptions(raw, ["emptySections"], "template-placeholders");
    return { emptySections: booleanOption(raw, "emptySections", true, "template-placeholders") };
  },
  check({ postmortem, options, tree, file, report }) {
    const source = new SourceText(String(file.value));
    const placeholders = builtinPlaceholders();
    const reportPlaceholder = (text, span) => report(unexpected(`template placeholder ${quote(text)}`, PLACEHOLDER_EXPECTED), span, { actual: text });
    const lines = /* @__PURE__ */ new Set();
    for (const field of postmortem.meta.fields) for (let line = field.span.start.line; line <= field.span.end.line; line++) lines.add(line);
    if (postmortem.meta.title) lines.add(postmortem.meta.title.span.start.line);
    for (const line of [...lines].sort((a, b) => a - b)) {
      const [start, end] = lineRange(source.text, line);
      for (const match of findInline(source.text, start, end, placeholders)) reportPlaceholder(match.text, source.span(match.start, match.end));
    }
    visit(tree, "table", (table) => {
      for (const row of table.children.slice(1)) {
        const cells = row.children;
        const left = placeholders.rows.find((own) => own.every(({ column, text }) => cells[column] !== void 0 && normalizeText(toString(cells[column])) === text));
        if (left) {
          const first = cells[left[0]?.column ?? 0];
          const last = cells[left[left.length - 1]?.column ?? 0];
          const text = left.map(({ column }) => toString(cells[column]).trim()).join(" | ");
          const span = source.span(trimPipes(cellSpan(first), source).start.offset, trimPipes(cellSpan(last), source).end.offset);
          const actual = source.text.slice(span.start.offset, span.end.offset);
          report(unexpected(`row left from the template ${quote(text, 80)}`, "this incident's own entry in place of the template's example row"), span, { actual });
        }
        for (const cell of cells) {
          const [start, end] = source.range(cell);
          for (const match of findInline(source.text, start, end, placeholders)) reportPlaceholder(match.text, source.span(match.start, match.end));
        }
      }
    });
    function cellSpan(cell) {
      const [start, end] = source.range(cell);
      return source.span(start, end);
    }
    visit(tree, "listItem", (item) => {
      const text = toString(item).trim();
      if (!placeholders.items.has(normalizeText(text))) return;
      const first = item.children[0] ?? item;
      const [start, end] = source.range(first);
      const span = source.located(text, start, end).span;
      report(unexpected(`template placeholder ${quote(text)}`, PLACEHOLDER_EXPECTED), span, { actual: source.text.slice(span.start.offset, span.end.offset) });
    });
    if (options.emptySections) {
      const timeline = postmortem.timeline;
      const isTimelineEntry = (heading) => timeline?.form === "headings" && timeline.entries.some((entry) => entry.span.start.line === heading.position?.start.line);
      for (const heading of emptySections(tree).filter((candidate) => !isTimelineEntry(candidate))) {
        const [start, end] = source.range(heading);
        report(
          unexpected(`empty section ${quote(toString(heading))}`, "text under the heading (what applies to this incident, or a sentence saying why nothing does)"),
          source.span(start, end)
        );
      }
    }
  }
});
function findInline(text, start, end, placeholders) {
  const slice = text.slice(start, end);
  const matches = [];
  for (const pattern of inlinePatterns(placeholders)) {
    for (const match of slice.matchAll(pattern)) {
      const at = start + match.index;
      if (matches.some((other) => at < other.end && at + match[0].length > other.start)) continue;
      matches.push({ text: match[0], start: at, end: at + match[0].length });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
var patternCache = /* @__PURE__ */ new WeakMap();
function inlinePatterns(placeholders) {
  let patterns = patternCache.get(placeholders);
  if (!patterns) {
    patterns = [...placeholders.inline].sort((a, b) => b.length - a.length).map((phrase) => {
      const body = phrase.split(/\s+/).map(escapeRegExp).join("\\s+");
      const before = /^[\w@]/.test(phrase) ? "(?<![\\w@/-])" : "";
      const after = /\w$/.test(phrase) ? "(?![\\w/-])" : "";
      return new RegExp(`${before}${body}${after}`, "gi");
    });
    patternCache.set(placeholders, patterns);
  }
  return patterns;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function lineRange(text, line) {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return [text.length, text.length];
    start = next + 1;
  }
  const newline = text.indexOf("\n", start);
  return [start, newline < 0 ? text.length : newline];
}
function trimPipes(span, source) {
  const raw = source.text.slice(span.start.offset, span.end.offset);
  const lead = raw.length - raw.replace(/^[|\s]+/, "").length;
  const trail = raw.length - raw.replace(/[|\s]+$/, "").length;
  return source.span(span.start.offset + lead, span.end.offset - trail);
}
function isFiller(node) {
  if (node.type === "thematicBreak") return true;
  return node.type === "html" && /^\s*<!--[^]*-->\s*$/.test(node.value);
}
function emptySections(tree) {
  const empty = [];
  const children = tree.children;
  children.forEach((node, index) => {
    if (node.type !== "heading" || node.depth < 2) return;
    let next = index + 1;
    while (next < children.length && children[next]?.type !== "heading") next++;
    const following = children[next];
    if (following?.type === "heading" && following.depth > node.depth) return;
    if (children.slice(index + 1, next).every(isFiller)) empty.push(node);
  });
  return empty;
}

// src/lint/rules/timeline-complete.ts
var timeline_complete_default = postmortemRule({
  id: "timeline-complete",
  options(raw) {
    onlyKnownOptions(raw, ["requireSource"], "timeline-complete");
    return { requireSource: booleanOption(raw, "requireSource", true, "timeline-complete") };
  },
  check(context) {
    const timeline = context.postmortem.timeline;
    if (!timeline) return;
    const heading = context.postmortem.resolved?.timeline?.headingSpan ?? timeline.span;
    if (timeline.entries.length === 0) {
      context.report(unexpected("empty timeline", "entries with a UTC time, an event and a source"), heading);
      return;
    }
    checkWindow(context, timeline.entries);
    checkAmbiguousDates(context, timeline.entries);
    for (const entry of timeline.entries) checkEntry(context, entry);
    if (context.options.requireSource) checkSources(context, timeline.entries, heading);
  }
});
function checkAmbiguousDates({ report, firstLine }, entries) {
  const first = entries.find((entry) => entry.time?.value.ambiguousDate);
  if (!first?.time) return;
  const numbers = /(\d{1,2})[-/](\d{1,2})[-/](\d{4})/.exec(first.time.raw);
  const readings = numbers ? ` (${numbers[3]}-${numbers[1].padStart(2, "0")}-${numbers[2].padStart(2, "0")} or ${numbers[3]}-${numbers[2].padStart(2, "0")}-${numbers[1].padStart(2, "0")})` : "";
  report(unexpected(`ambiguous date ${quote(first.time.raw)}${readings}, read month first`, "dates as YYYY-MM-DD, or one date in the document whose day is above 12"), firstLine(first.time.span), { actual: first.time.raw });
}
function checkEntry({ report, firstLine }, entry) {
  if (entry.unparsedTime) {
    report(unexpected(`time ${quote(entry.unparsedTime.raw)}`, "a time such as `10:05` or `2024-03-05 10:05 UTC`"), entry.unparsedTime.span, { actual: entry.unparsedTime.raw });
  } else if (!entry.time) {
    report(unexpected("timeline entry without a time", "a UTC time such as `10:05` at its start"), firstLine(entry.span));
  }
  if (!entry.event) {
    const at = entry.time?.raw ?? entry.unparsedTime?.raw;
    report(unexpected(`timeline entry${at ? ` at ${quote(at)}` : ""} without an event`, "what happened, as it was observed"), firstLine(entry.span));
  }
}
function checkSources({ report, firstLine }, entries, heading) {
  const withSource = entries.filter((entry) => entry.source);
  if (withSource.length === 0) {
    report(unexpected("timeline without sources", "each entry to name its evidence (a `Source` column, or `(source: alert, log, dashboard, chat link)`)"), heading);
    return;
  }
  if (withSource.length * 2 < entries.length) {
    const missing = entries.length - withSource.length;
    report(unexpected(`${missing} of ${entries.length} timeline entries without a source`, "each entry to name its evidence (a `Source` column, a link, or `(source: alert, log, dashboard, chat link)`)"), heading);
    return;
  }
  for (const entry of entries) {
    if (!entry.source) report(unexpected(`timeline entry${entry.time ? ` at ${quote(entry.time.raw)}` : ""} without a source`, "the evidence it comes from (alert, log, dashboard, chat link)"), firstLine(entry.span));
  }
}
function checkWindow({ postmortem, report, firstLine }, entries) {
  const window = incidentWindow(postmortem);
  if (!window) return;
  const timed = entries.filter((entry) => entry.order !== void 0 && entry.time && !entry.time.value.dateOnly);
  if (timed.length === 0) return;
  const first = timed.reduce((a, b) => b.order < a.order ? b : a);
  const last = timed.reduce((a, b) => b.order >= a.order ? b : a);
  if (first.order > window.start) {
    report(unexpected(`first timeline entry ${quote(first.time.raw)} after the incident start ${quote(window.startText)}`, "the timeline to begin at or before the start stated in Duration (what triggered it, when it was detected)"), firstLine(first.span));
  }
  if (last.order < window.end) {
    report(unexpected(`last timeline entry ${quote(last.time.raw)} before the incident end ${quote(window.endText)}`, "entries up to the end stated in Duration (mitigation, recovery confirmed)"), firstLine(last.span));
  }
}
function incidentWindow(postmortem) {
  const duration = postmortem.meta.duration?.value;
  const date = postmortem.meta.date?.value;
  if (!duration || duration.startMinutes === void 0 || duration.endMinutes === void 0 || !date) return void 0;
  const zone = duration.zone ?? postmortem.timeline?.zoneStatement?.value;
  const offset = zone ? zoneOffset(zone) ?? 0 : 0;
  const day = dayNumber(date) * 1440 - offset;
  const start = day + duration.startMinutes;
  const end = day + duration.endMinutes + (duration.endMinutes < duration.startMinutes ? 1440 : 0);
  return { start, end, startText: clock(duration.startMinutes), endText: clock(duration.endMinutes) };
}
function clock(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

// src/lint/rules/timeline-order.ts
function inOrder(keys) {
  const n = keys.length;
  const longest = new Array(n).fill(1);
  for (let i = n - 2; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) if (keys[j] >= keys[i]) longest[i] = Math.max(longest[i], longest[j] + 1);
  }
  const kept = /* @__PURE__ */ new Set();
  let need = Math.max(0, ...longest);
  let last = -Infinity;
  for (let i = 0; i < n && need > 0; i++) {
    if (longest[i] === need && keys[i] >= last) {
      kept.add(i);
      last = keys[i];
      need--;
    }
  }
  return kept;
}
var timeline_order_default = postmortemRule({
  id: "timeline-order",
  check({ postmortem, report, firstLine }) {
    const all = (postmortem.timeline?.entries ?? []).filter((entry) => entry.order !== void 0 && entry.time !== void 0);
    const timed = all.filter((entry) => !entry.time.value.dateOnly);
    const keys = timed.map((entry) => entry.order);
    const descents = keys.slice(1).filter((key, i) => key < keys[i]).length;
    if (timed.length >= 3 && (descents >= timed.length - 1 || timed.length >= 5 && descents >= 0.75 * (timed.length - 1))) {
      const first = timed[0];
      report(unexpected(`timeline in reverse chronological order (newest first, from ${quote(first.time.raw)})`, "the oldest entry first, so the story reads in the order it happened"), firstLine(first.time.span));
    } else {
      const kept = inOrder(keys);
      timed.forEach((entry, i) => {
        if (kept.has(i)) return;
        const previous = timed[i - 1];
        const next = timed[i + 1];
        const message = previous && entry.order < previous.order ? `${quote(entry.time.raw)} after ${quote(previous.time.raw)}` : `${quote(entry.time.raw)} before ${quote(next?.time.raw ?? "")}`;
        report(unexpected(message, "timeline entries in chronological order"), firstLine(entry.time.span), { actual: entry.time.raw });
      });
    }
    let latest;
    for (const entry of all) {
      const date = entry.time.value.date;
      if (entry.time.value.dateOnly && date && latest && date < latest.date) {
        report(unexpected(`${quote(entry.time.raw)} after ${quote(latest.raw)}`, "timeline entries in chronological order"), firstLine(entry.time.span), { actual: entry.time.raw });
      }
      if (date && (!latest || date > latest.date)) latest = { date, raw: entry.time.raw };
    }
  }
});

// src/lint/rules/timeline-utc.ts
var timeline_utc_default = postmortemRule({
  id: "timeline-utc",
  check({ postmortem, report, firstLine }) {
    const timeline = postmortem.timeline;
    if (!timeline) return;
    const statement = timeline.zoneStatement;
    if (statement && !isUtcZone(statement.value)) {
      report(unexpected(`timeline time zone ${quote(statement.raw)}`, "UTC, so readers in every zone and every log line agree"), statement.span, { actual: statement.raw });
    }
    const timed = timeline.entries.filter((entry) => entry.time && !entry.time.value.dateOnly);
    for (const entry of timed) {
      const zone = entry.time?.value.zone;
      if (zone && !isUtcZone(zone)) reportZone(entry, zone, report);
    }
    const unzoned = timed.filter((entry) => !entry.time?.value.zone);
    if (!statement && unzoned.length > 0) {
      const heading = postmortem.resolved?.timeline?.headingSpan ?? firstLine(timeline.span);
      report(unexpected(`timeline without a time zone (${unzoned.length} ${unzoned.length === 1 ? "entry has" : "entries have"} none)`, "UTC stated in the heading (`## Timeline (all times UTC)`), the table header (`Time (UTC)`) or on each entry"), heading);
    }
  }
});
function reportZone(entry, zone, report) {
  const time = entry.time;
  const offset = zoneOffset(zone);
  const expected = "UTC for every entry";
  if (offset === void 0) {
    report(unexpected(`time zone ${quote(zone)}`, expected), time.span, { actual: time.raw });
    return;
  }
  const utc = time.value.minutes - offset;
  const sameDay = utc >= 0 && utc < 1440;
  const clock2 = `${String(Math.floor((utc % 1440 + 1440) % 1440 / 60)).padStart(2, "0")}:${String((utc % 1440 + 1440) % 1440 % 60).padStart(2, "0")} UTC`;
  const safe = sameDay && !time.value.date && /^\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\s?\(?[A-Za-z]{2,5}\)?$/i.test(time.raw);
  report(unexpected(`time zone ${quote(zone)} in ${quote(time.raw)}`, `${expected} (${quote(time.raw)} is ${clock2}${sameDay ? "" : " on another day"})`), time.span, safe ? { actual: time.raw, replacement: clock2 } : { actual: time.raw });
}

// src/lint/rules/index.ts
var RULES = {
  "required-sections": required_sections_default,
  metadata: metadata_default,
  "timeline-utc": timeline_utc_default,
  "timeline-order": timeline_order_default,
  "timeline-complete": timeline_complete_default,
  "contributing-factors": contributing_factors_default,
  "action-item-id": action_item_id_default,
  "action-item-owner": action_item_owner_default,
  "action-item-deadline": action_item_deadline_default,
  "action-item-priority": action_item_priority_default,
  "action-item-specific": action_item_specific_default,
  "blameless-language": blameless_language_default,
  "template-placeholders": template_placeholders_default
};
var ruleIds = Object.keys(RULES);

export {
  ruleDocsUrl,
  SOURCE,
  checkRuleOptions,
  RULES
};
