// The `postmortem` command (bin/postmortem.js runs the bundled copy). All I/O choices are made here.
import { enableCompileCache } from './cli/compile-cache.js'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { sampleBusyCpus } from './cli/busy-cpus.js'
import { main } from './cli/main.js'
import { wantsColor } from './cli/io.js'
import { LINT_WORKER_ROLE } from './cli/worker-role.js'

enableCompileCache()

const isLintWorker = !isMainThread && (workerData as { role?: string } | null)?.role === LINT_WORKER_ROLE

if (isLintWorker && parentPort !== null) {
  // This bundle, started by the main thread to lint a share of the files.
  const { serveLintTasks } = await import('./cli/lint-worker.js')
  serveLintTasks(parentPort)
} else {
  // `postmortem lint | head` closes stdout early; that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    now: new Date(),
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => process.stderr.write(`${line}\n`),
    color: wantsColor(process.env, process.stdout.isTTY === true),
    workerScript: new URL(import.meta.url),
    busyCpus: sampleBusyCpus,
  })
}
