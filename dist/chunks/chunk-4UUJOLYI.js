import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  MAX_DOCUMENT_CHARS,
  engineFinding,
  lintText
} from "./chunk-ZHRVZQDE.js";

// src/files.ts
import { lstat, open, realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
var MAX_READ_BYTES = MAX_DOCUMENT_CHARS * 4 + 4;
function readingFile(finish) {
  return async (workspace, relativePath, config) => {
    const skipped = (ruleId, message, line = 1) => ({
      path: relativePath,
      findings: [engineFinding(ruleId, message, line)],
      skipped: true
    });
    const root = resolve(workspace);
    const absolute = resolve(root, relativePath);
    if (isAbsolute(relative(root, absolute)) || relative(root, absolute).split(sep)[0] === "..") {
      return skipped("unreadable", "Unexpected path outside the workspace, expected a file inside it; the file was not read");
    }
    let bytes;
    try {
      const stat = await lstat(absolute);
      if (stat.isSymbolicLink()) return skipped("unreadable", "Unexpected symbolic link, expected a regular file; links are not followed");
      if (!stat.isFile()) return skipped("unreadable", "Unexpected directory or special file, expected a regular Markdown file");
      const real = await realpath(absolute);
      const realRoot = await realpath(root);
      if (relative(realRoot, real).split(sep)[0] === "..") return skipped("unreadable", "Unexpected path that leaves the workspace through a link, expected a file inside the workspace; the file was not read");
      bytes = await readAtMost(absolute, MAX_READ_BYTES);
    } catch (error) {
      return skipped("unreadable", `Unexpected error reading the file (${error.code ?? error.message}), expected a readable file`);
    }
    if (bytes.length >= MAX_READ_BYTES) return skipped("too-large", `Unexpected file larger than ${MAX_DOCUMENT_CHARS} characters, expected at most that; the file was not linted`);
    const decoded = decode(bytes);
    if ("problem" in decoded) return skipped(decoded.problem, decoded.message, decoded.line);
    return finish(relativePath, decoded.text, config);
  };
}
var lintFile = readingFile(lintText);
async function readAtMost(path, limit) {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(Math.min(limit, size + 1));
    let total = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      total += bytesRead;
      if (bytesRead === 0 || total >= buffer.length) return buffer.subarray(0, total);
    }
  } finally {
    await handle.close();
  }
}
function decode(bytes) {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { problem: "binary", message: `Unexpected binary content (a NUL byte at offset ${nul}), expected a UTF-8 Markdown file`, line: lineAt(bytes, nul) };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { problem: "encoding", message: `Unexpected invalid UTF-8 at byte ${offset}, expected a UTF-8 text file (re-save it as UTF-8)`, line: lineAt(bytes, offset) };
  }
}
function lineAt(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}
function firstInvalidUtf8(bytes) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = low + high >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

export {
  readingFile,
  lintFile,
  decode
};
