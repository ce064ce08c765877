/** The `postmortem` command: parse arguments, dispatch, map every failure to an exit code. */
import { ConfigError } from '../config/errors.js'
import { parseCommandLine, usage, UsageError } from './args.js'
import { ExitCode } from './exit-codes.js'
import type { CliIo } from './io.js'
import { runNew } from './new-command.js'
import { version } from './version.js'

export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const commandLine = parseCommandLine(argv)
    switch (commandLine.command) {
      case 'help':
        io.stdout(`${usage}\n`)
        return ExitCode.ok
      case 'version':
        io.stdout(`${version}\n`)
        return ExitCode.ok
      case 'lint': {
        // Loaded only here: help, version and new start without the whole linter.
        const { runLint } = await import('./lint-command.js')
        return await runLint(commandLine, io)
      }
      case 'new':
        return await runNew(commandLine, io)
      case 'plan': {
        const { runPlan } = await import('./plan-command.js')
        return await runPlan(commandLine, io)
      }
    }
  } catch (error) {
    io.stderr(describeFailure(error))
    return ExitCode.failure
  }
}

/** `<file>: <key>: <what was expected>`, naming the key once even when the message already does. */
export function describeConfigError(error: ConfigError): string {
  const prefix = error.path === undefined ? '' : `${error.path}: `
  const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message
  const key = error.key === undefined || reason.startsWith(error.key) ? '' : `${error.key}: `
  return `${prefix}${key}${reason}`
}

function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return `postmortem: ${error.message}\n\n${usage}`
  if (error instanceof ConfigError) return `postmortem: invalid configuration: ${describeConfigError(error)}`
  const reason = error instanceof Error ? (error.stack ?? error.message) : String(error)
  return `postmortem: unexpected failure, please report it: ${reason}`
}
