// The `postmortem` command (bin/postmortem.js runs the bundled copy). All I/O choices are made here.
import { main } from './cli/main.js'
import { wantsColor } from './cli/io.js'

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
})
