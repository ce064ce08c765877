import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);

// src/cli/exit-codes.ts
var ExitCode = {
  /** Every file linted, no error-level finding. */
  ok: 0,
  /** At least one error-level finding. */
  findings: 1,
  /** Wrong arguments, invalid configuration, or a file that could not be read or written. */
  failure: 2
};

// src/cli/paths.ts
import { isAbsolute, relative, sep } from "node:path";
function displayPath(absolutePath, cwd) {
  const fromCwd = relative(cwd, absolutePath);
  if (fromCwd === "" || fromCwd.startsWith("..") || isAbsolute(fromCwd)) return toPosix(absolutePath);
  return toPosix(fromCwd);
}
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}

export {
  ExitCode,
  displayPath,
  toPosix
};
