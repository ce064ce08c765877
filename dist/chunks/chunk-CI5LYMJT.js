import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-SKHKKAY7.js";
import {
  __toESM
} from "./chunk-XBU6CGRD.js";

// src/modes/files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function postmortemMatcher(paths, ignore) {
  const positive = paths.filter((glob) => !glob.startsWith("!"));
  const negative = [...paths.filter((glob) => glob.startsWith("!")).map((glob) => glob.slice(1)), ...ignore];
  const included = positive.length === 0 ? () => false : (0, import_picomatch.default)(positive);
  const excluded = negative.length === 0 ? () => false : (0, import_picomatch.default)(negative);
  return (path) => included(path) && !excluded(path);
}
async function lintAll(workspace, paths, config, lintFile) {
  const files = [];
  const crashed = /* @__PURE__ */ new Set();
  for (const path of paths) {
    try {
      files.push(await lintFile(workspace, path, config));
    } catch (error) {
      crashed.add(path);
      const reason = error instanceof Error ? error.message : String(error);
      files.push({
        path,
        skipped: true,
        findings: [
          { ruleId: "internal-error", severity: "error", message: `Unexpected failure while linting: ${reason}`, line: 1, column: 1, endLine: 1, endColumn: 1 }
        ]
      });
    }
  }
  return { files, crashed };
}

export {
  postmortemMatcher,
  lintAll
};
