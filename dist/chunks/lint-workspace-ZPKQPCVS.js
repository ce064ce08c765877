import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  lintAll,
  postmortemMatcher
} from "./chunk-CI5LYMJT.js";
import {
  glob
} from "./chunk-B5LY7VPP.js";
import "./chunk-SKHKKAY7.js";
import "./chunk-XBU6CGRD.js";

// src/modes/lint-workspace.ts
async function lintWorkspace(options) {
  const found = await glob([...options.paths], { cwd: options.workspace, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
  const isPostmortem = postmortemMatcher(options.paths, options.config.ignore);
  const paths = found.filter(isPostmortem).sort();
  options.log.info(`Linting ${paths.length} post-mortem file(s) matching ${options.paths.join(", ")}`);
  const { files } = await lintAll(options.workspace, paths, options.config, options.lintFile);
  return { files, notes: [], githubFailures: [] };
}
export {
  lintWorkspace
};
