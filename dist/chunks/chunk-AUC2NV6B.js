import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-AP7ZZIRN.js";
import {
  defaultConfig
} from "./chunk-3N6BFG3G.js";

// src/config/load.ts
import { constants, closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var CONFIG_NAMES = [".postmortemrc.yml", ".postmortemrc.yaml", ".postmortemrc"];
var MAX_CONFIG_BYTES = 256 * 1024;
async function loadConfig(options) {
  const path = options.explicitPath ? resolve(options.cwd, options.explicitPath) : findConfig(options);
  if (!path) return defaultConfig();
  const { parseConfigText } = await import("./parse-FYRSZQCK.js");
  return parseConfigText(readConfigFile(path, options.root === void 0 ? void 0 : resolve(options.cwd, options.root)), path);
}
function readConfigFile(path, root) {
  if (root !== void 0 && outside(root, path)) {
    throw new ConfigError("expected a configuration file inside the workspace; files outside it are not read", void 0, path);
  }
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    throw new ConfigError("configuration file not found", void 0, path);
  }
  if (stat.isSymbolicLink()) {
    throw new ConfigError("expected a regular configuration file, found a symbolic link; links are not followed", void 0, path);
  }
  if (!stat.isFile()) throw new ConfigError("expected a configuration file, found a folder or special file", void 0, path);
  if (root !== void 0 && outside(safeRealpath(root), safeRealpath(path))) {
    throw new ConfigError("expected a configuration file inside the workspace, found one reached through a linked folder; it was not read", void 0, path);
  }
  let handle;
  try {
    handle = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new ConfigError(`could not be read (${error.code ?? "error"})`, void 0, path);
  }
  try {
    const opened = fstatSync(handle);
    if (!opened.isFile()) throw new ConfigError("expected a configuration file, found a folder or special file", void 0, path);
    if (opened.size > MAX_CONFIG_BYTES) throw new ConfigError(`file is larger than ${MAX_CONFIG_BYTES} bytes`, void 0, path);
    const buffer = Buffer.alloc(Math.min(MAX_CONFIG_BYTES + 1, opened.size + 1));
    let total = 0;
    for (; ; ) {
      const read = readSync(handle, buffer, total, buffer.length - total, total);
      total += read;
      if (read === 0 || total >= buffer.length) break;
    }
    if (total > MAX_CONFIG_BYTES) throw new ConfigError(`file is larger than ${MAX_CONFIG_BYTES} bytes`, void 0, path);
    return buffer.subarray(0, total).toString("utf8");
  } finally {
    closeSync(handle);
  }
}
function findConfig(options) {
  let dir = resolve(options.cwd, options.file ? dirname(options.file) : ".");
  const root = options.root === void 0 ? void 0 : resolve(options.cwd, options.root);
  if (root !== void 0 && outside(root, dir)) return void 0;
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (exists(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir || dir === root) return void 0;
    dir = parent;
  }
}
function exists(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
function outside(root, path) {
  const rel = relative(root, path);
  return isAbsolute(rel) || rel.split(sep)[0] === "..";
}
function safeRealpath(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export {
  CONFIG_NAMES,
  loadConfig,
  readConfigFile,
  findConfig
};
