import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  lintFile
} from "./chunk-NVM2UE25.js";

// src/cli/lint-worker.ts
function serveLintTasks(port) {
  const configs = /* @__PURE__ */ new Map();
  port.on("message", (task) => {
    if (task.config !== void 0) configs.set(task.configId, task.config);
    void answer(task, configs.get(task.configId)).then((reply) => port.postMessage(reply));
  });
}
async function answer(task, config) {
  try {
    if (config === void 0) throw new Error(`configuration ${task.configId} was never sent to this worker`);
    return { taskId: task.taskId, report: toReport(await lintFile(task.workspace, task.relativePath, config)) };
  } catch (error) {
    return { taskId: task.taskId, crash: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
}
function toReport(file) {
  return file.skipped === true ? { path: file.path, findings: file.findings, skipped: true } : { path: file.path, findings: file.findings };
}

export {
  serveLintTasks,
  toReport
};
