import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  KNOWN_RULES,
  checkRuleOptions,
  defaultConfig,
  require_dist
} from "./chunk-ZFX5STGA.js";
import {
  ConfigError,
  __toESM
} from "./chunk-ZSLOR7M4.js";

// src/config/load.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

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
    const where = error instanceof import_yaml.YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : "";
    throw new ConfigError(`invalid YAML${where}: ${error.message.split("\n")[0]}`, void 0, path);
  }
  return validateConfig(data ?? {}, path);
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
  throw new ConfigError(`expected one of ${LEVELS.join(", ")}, or [level, {options}]; got ${JSON.stringify(value)}`, key, path);
}
function parseLevel(value, key, path) {
  if (typeof value === "string" && LEVELS.includes(value)) return value;
  if (value === 0 || value === 1 || value === 2) return LEVELS[value];
  throw new ConfigError(`invalid level ${JSON.stringify(value)}, expected one of: ${LEVELS.join(", ")}`, key, path);
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
  return typeof value === "object" ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`;
}

// src/config/load.ts
var CONFIG_NAMES = [".postmortemrc.yml", ".postmortemrc.yaml", ".postmortemrc"];
var MAX_CONFIG_BYTES = 256 * 1024;
async function loadConfig(options) {
  const path = options.explicitPath ? resolve(options.cwd, options.explicitPath) : findConfig(options);
  if (!path) return defaultConfig();
  if (!existsSync(path)) throw new ConfigError("configuration file not found", void 0, path);
  if (!statSync(path).isFile()) throw new ConfigError("expected a configuration file, found a folder or special file", void 0, path);
  if (statSync(path).size > MAX_CONFIG_BYTES) throw new ConfigError(`file is larger than ${MAX_CONFIG_BYTES} bytes`, void 0, path);
  return parseConfigText(readFileSync(path, "utf8"), path);
}
function findConfig(options) {
  let dir = resolve(options.cwd, options.file ? dirname(options.file) : ".");
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

export {
  CONFIG_NAMES,
  loadConfig,
  findConfig
};
