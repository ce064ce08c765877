import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  toPosix
} from "./chunk-VVUOMVBW.js";

// src/cli/expand.ts
import { stat } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
var MARKDOWN_UNDER_DIRECTORY = ["**/*.md", "**/*.markdown"];
var NEVER_WALKED = ["**/node_modules/**", "**/.git/**"];
async function expandPatterns(patterns, cwd, configFor) {
  const files = /* @__PURE__ */ new Set();
  const problems = [];
  if (patterns.length === 0) {
    const found = await filesFromInclude(cwd, configFor);
    if (found.length === 0) {
      problems.push({ path: ".", message: "Unexpected folder without post-mortems, expected files matching `include` of the configuration (or paths on the command line)" });
    }
    found.forEach((file) => files.add(file));
  }
  for (const pattern of patterns) {
    const found = await expandOne(pattern, cwd, configFor);
    if (typeof found === "string") problems.push({ path: pattern, message: found });
    else found.forEach((file) => files.add(file));
  }
  return { files: [...files].sort(), problems };
}
async function expandOne(pattern, cwd, configFor) {
  const absolute = resolve(cwd, pattern);
  const kind = await pathKind(absolute);
  if (kind === "file") return [absolute];
  if (kind === "directory") {
    const found = await keepNotIgnored(await globFrom(absolute, MARKDOWN_UNDER_DIRECTORY), cwd, configFor);
    return found.length > 0 ? found : "Unexpected folder without Markdown files to lint, expected `.md` files under it (outside `ignore`)";
  }
  const { isDynamicPattern } = await import("./dist-4J6W6ATY.js");
  if (isDynamicPattern(pattern)) {
    const found = await keepNotIgnored(await globFrom(cwd, [pattern]), cwd, configFor);
    return found.length > 0 ? found : "Unexpected glob that matches no files to lint, expected at least one (files in `ignore` are left out)";
  }
  return "Unexpected missing file or folder, expected an existing path or a glob";
}
async function filesFromInclude(cwd, configFor) {
  const config = await configFor(resolve(cwd, "postmortem.md"));
  const base = configBase(config, cwd);
  return keepNotIgnored(await globFrom(base, config.include), cwd, configFor);
}
async function globFrom(directory, patterns) {
  const { glob } = await import("./dist-4J6W6ATY.js");
  return glob([...patterns], {
    cwd: directory,
    absolute: true,
    dot: false,
    followSymbolicLinks: false,
    ignore: NEVER_WALKED,
    expandDirectories: false
  });
}
async function keepNotIgnored(files, cwd, configFor) {
  const kept = [];
  for (const file of files) {
    const config = await configFor(file);
    if (!await isIgnored(file, config, cwd)) kept.push(resolve(file));
  }
  return kept;
}
var matcherCache = /* @__PURE__ */ new WeakMap();
async function isIgnored(absolutePath, config, cwd) {
  if (config.ignore.length === 0) return false;
  let matcher = matcherCache.get(config);
  if (matcher === void 0) {
    const { default: picomatch } = await import("./picomatch-MQBYOPQM.js");
    matcher = picomatch(config.ignore, { dot: true });
    matcherCache.set(config, matcher);
  }
  return matcher(toPosix(relative(configBase(config, cwd), absolutePath)));
}
function configBase(config, cwd) {
  return config.source === void 0 ? cwd : dirname(resolve(cwd, config.source));
}
async function pathKind(path) {
  try {
    const info = await stat(path);
    return info.isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}

export {
  expandPatterns
};
