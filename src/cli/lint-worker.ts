/**
 * The worker side of parallel linting: the same bundle (dist/cli.js) started as a worker thread
 * receives files to lint and answers with their findings. Configurations are sent once per worker
 * and kept, so each worker builds its lint pipeline once per configuration, not once per file.
 */
import type { MessagePort } from 'node:worker_threads'
import type { Config } from '../config/types.js'
import { lintFile } from '../files.js'
import type { FileReport } from '../lint/types.js'

export interface LintTask {
  taskId: number
  workspace: string
  relativePath: string
  configId: number
  /** Present the first time this worker sees `configId`. */
  config?: Config
}

export type LintReply = { taskId: number; report: FileReport } | { taskId: number; crash: string }

export function serveLintTasks(port: MessagePort): void {
  const configs = new Map<number, Config>()
  port.on('message', (task: LintTask) => {
    if (task.config !== undefined) configs.set(task.configId, task.config)
    void answer(task, configs.get(task.configId)).then((reply) => port.postMessage(reply))
  })
}

async function answer(task: LintTask, config: Config | undefined): Promise<LintReply> {
  try {
    if (config === undefined) throw new Error(`configuration ${task.configId} was never sent to this worker`)
    return { taskId: task.taskId, report: toReport(await lintFile(task.workspace, task.relativePath, config)) }
  } catch (error) {
    return { taskId: task.taskId, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

/** What a report needs; the parsed model and text stay behind (they are large to copy between threads). */
export function toReport(file: FileReport): FileReport {
  return file.skipped === true ? { path: file.path, findings: file.findings, skipped: true } : { path: file.path, findings: file.findings }
}
