/** The `postmortem` command: parse arguments, dispatch, map every failure to an exit code. */
import packageJson from '../../package.json' with { type: 'json' }
import { ConfigError } from '../config/errors.js'
import { parseCommandLine, usage, UsageError } from './args.js'
import { ExitCode } from './exit-codes.js'
import type { FormatContext } from './formatters/types.js'
import type { CliIo } from './io.js'
import { runLint } from './lint-command.js'
import { runNew } from './new-command.js'
import { ruleCatalog } from './rule-catalog.js'

const INFORMATION_URI = 'https://github.com/postmortem-action/postmortem-action'

export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const commandLine = parseCommandLine(argv)
    switch (commandLine.command) {
      case 'help':
        io.stdout(`${usage}\n`)
        return ExitCode.ok
      case 'version':
        io.stdout(`${packageJson.version}\n`)
        return ExitCode.ok
      case 'lint':
        return await runLint(commandLine, io, formatContext(io))
      case 'new':
        return await runNew(commandLine, io)
    }
  } catch (error) {
    io.stderr(describeFailure(error))
    return ExitCode.failure
  }
}

function formatContext(io: CliIo): FormatContext {
  return {
    color: io.color,
    toolName: 'postmortem-lint',
    toolVersion: packageJson.version,
    informationUri: INFORMATION_URI,
    rules: ruleCatalog(),
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
