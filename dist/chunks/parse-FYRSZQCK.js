import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-IZW7G46A.js";
import {
  checkRuleOptions
} from "./chunk-4R6OAHEB.js";
import "./chunk-5P76JHEA.js";
import {
  ConfigError,
  excerpt
} from "./chunk-AP7ZZIRN.js";
import "./chunk-POANTLKZ.js";
import {
  KNOWN_RULES,
  defaultConfig
} from "./chunk-3N6BFG3G.js";
import "./chunk-76WKF4H2.js";
import {
  __toESM
} from "./chunk-XBU6CGRD.js";

// src/config/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var LEVELS = ["off", "warn", "error"];
var VOCABULARY_KEYS = ["sections", "columns", "fields", "severities", "priorities"];
var TOP_LEVEL_KEYS = ["rules", ...VOCABULARY_KEYS, "include", "ignore"];
function parseConfigText(text, path) {
  let data;
  try {
    data = (0, import_yaml.parse)(text, { maxAliasCount: 100, prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new ConfigError(describeYamlError(error, text), void 0, path);
  }
  return validateConfig(data ?? {}, path);
}
function describeYamlError(error, text) {
  const message = error instanceof Error ? error.message : String(error);
  const reason = (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?\s*$/, "").replace(/:\s*$/, "");
  if (!(error instanceof import_yaml.YAMLParseError) || !error.linePos) return `invalid YAML: ${reason}`;
  const lines = text.split(/\r?\n/);
  const reported = { line: error.linePos[0].line, column: error.linePos[0].col };
  const at = ({ line, column }, why) => `invalid YAML at line ${line}, column ${column}: ${why}`;
  const quote = /Missing closing (["'])quote/.exec(reason)?.[1];
  if (error.code === "MISSING_CHAR" && quote !== void 0) {
    const opened = lastLineWhere(lines, reported.line, (line) => (line.split(quote).length - 1) % 2 === 1);
    if (opened) return at(opened, `the ${quote} opened here is not closed, expected a closing ${quote} on the same line`);
  }
  if (error.code === "BAD_INDENT" && /^Flow (map|sequence)/.test(reason)) {
    const [open, close] = reason.startsWith("Flow map") ? ["{", "}"] : ["[", "]"];
    const opened = lastLineWhere(lines, reported.line - 1, (line) => line.split(open).length > line.split(close).length);
    if (opened) return at(opened, `the \`${open}\` opened here is not closed, expected a \`${close}\` before the next key`);
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY") {
    const indent = (line) => (line ?? "").search(/\S/);
    const next = lines.findIndex((line, index) => index >= reported.line && line.trim() !== "");
    if (next >= 0 && indent(lines[next]) > indent(lines[reported.line - 1]) && /:(\s|$)/.test(lines[next] ?? "")) {
      return at({ line: next + 1, column: indent(lines[next]) + 1 }, "this key is indented more than the key on the line before, expected the same indentation (or a value on the line before)");
    }
    return at(reported, `${reason} (a value holding \`: \` needs quotes)`);
  }
  if (error.code === "DUPLICATE_KEY") {
    const key = /^\s*(?:-\s+)?["']?([^"':]+)["']?\s*:/.exec(lines[reported.line - 1] ?? "")?.[1]?.trim();
    if (key) return at(reported, `the key \`${key}\` is given twice in the same mapping, expected each key once`);
  }
  return at(reported, reason);
}
function lastLineWhere(lines, line, test) {
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const text = lines[index] ?? "";
    if (test(text)) return { line: index + 1, column: text.search(/\S/) + 1 };
  }
  return void 0;
}
function validateConfig(data, path) {
  const config = defaultConfig();
  config.source = path;
  const object = expectObject(data, "(top level)", path);
  for (const key of Object.keys(object)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      throw new ConfigError(`unknown key \`${key}\`, expected one of: ${TOP_LEVEL_KEYS.join(", ")}`, key, path);
    }
  }
  if (object.rules !== void 0) applyRules(config, expectObject(object.rules, "rules", path), path);
  for (const key of VOCABULARY_KEYS) {
    if (object[key] !== void 0) config[key] = mergeVocabulary(config[key], object[key], key, path);
  }
  if (object.include !== void 0) config.include = expectStringList(object.include, "include", path);
  if (object.ignore !== void 0) config.ignore = [...config.ignore, ...expectStringList(object.ignore, "ignore", path)];
  checkRuleOptions(config);
  return config;
}
function applyRules(config, rules, path) {
  for (const [ruleId, value] of Object.entries(rules)) {
    if (!KNOWN_RULES.includes(ruleId)) {
      throw new ConfigError(`unknown rule \`${ruleId}\`, expected one of: ${KNOWN_RULES.join(", ")}`, `rules.${ruleId}`, path);
    }
    config.rules[ruleId] = parseRuleSetting(value, `rules.${ruleId}`, config.rules[ruleId], path);
  }
}
function parseRuleSetting(value, key, current, path) {
  const fallback = current ?? { level: "error", options: {} };
  if (typeof value === "string" || typeof value === "number") return { level: parseLevel(value, key, path), options: fallback.options };
  if (Array.isArray(value)) {
    const [level, options, ...rest] = value;
    if (rest.length > 0 || value.length === 0) {
      throw new ConfigError(`expected \`level\` or \`[level, {options}]\` with level one of ${LEVELS.join(", ")}`, key, path);
    }
    return {
      level: parseLevel(level, key, path),
      options: options === void 0 ? fallback.options : { ...fallback.options, ...expectObject(options, `${key}[1]`, path) }
    };
  }
  if (value && typeof value === "object") return { level: fallback.level, options: { ...fallback.options, ...value } };
  throw new ConfigError(`expected one of ${LEVELS.join(", ")}, or [level, {options}]; got ${excerpt(value)}`, key, path);
}
function parseLevel(value, key, path) {
  if (typeof value === "string" && LEVELS.includes(value)) return value;
  if (value === 0 || value === 1 || value === 2) return LEVELS[value];
  throw new ConfigError(`invalid level ${excerpt(value)}, expected one of: ${LEVELS.join(", ")}`, key, path);
}
function mergeVocabulary(base, value, key, path) {
  const merged = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [...v]]));
  for (const [canonical, aliases] of Object.entries(expectObject(value, key, path))) {
    const list = aliases === null ? [] : expectStringList(aliases, `${key}.${canonical}`, path);
    merged[canonical] = [...merged[canonical] ?? [], ...list];
  }
  return merged;
}
function expectObject(value, key, path) {
  if (value && typeof value === "object" && !Array.isArray(value)) return value;
  throw new ConfigError(`expected a mapping (key: value), got ${describe(value)}`, key, path);
}
function expectStringList(value, key, path) {
  const list = typeof value === "string" ? [value] : value;
  if (Array.isArray(list) && list.every((item) => typeof item === "string")) return list;
  throw new ConfigError(`expected a list of strings, got ${describe(value)}`, key, path);
}
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "nothing";
  return typeof value === "object" ? "a mapping" : `${typeof value} ${excerpt(value)}`;
}
export {
  describeYamlError,
  parseConfigText,
  validateConfig
};
