import type { FindingSeverity } from '../../lint/types.js'
import type { Formatter } from './types.js'
import { countSeverities, plural } from './counts.js'
import { commandData, commandProperty } from '../../report/escape.js'

const commandBySeverity: Record<FindingSeverity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
}

/**
 * `--format github`: workflow commands that the Actions runner turns into annotations.
 * Document text ends up in messages, so everything is escaped exactly as @actions/core does:
 * a message can never start a new line, and so can never start a command of its own.
 */
export const formatGithub: Formatter = (files) => {
  const lines: string[] = []
  for (const file of files) {
    for (const finding of file.findings) {
      const properties = {
        file: file.path,
        line: String(finding.line),
        col: String(finding.column),
        endLine: String(finding.endLine),
        endColumn: String(finding.endColumn),
        title: finding.ruleId,
      }
      lines.push(workflowCommand(commandBySeverity[finding.severity], properties, finding.message))
    }
  }
  const counts = countSeverities(files)
  lines.push(`${plural(files.length, 'file')} linted: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}.`)
  return `${lines.join('\n')}\n`
}

export function workflowCommand(name: string, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${commandProperty(value)}`)
    .join(',')
  return `::${name}${props === '' ? '' : ` ${props}`}::${commandData(message)}`
}

/** Escaping of workflow commands lives with every other context in report/escape.ts. */
export { commandData as escapeData, commandProperty as escapeProperty }
