import type { LintedFile } from '../../src/lint/api.js'
import type { FormatContext } from '../../src/cli/formatters/types.js'
import type { Finding } from '../../src/lint/types.js'

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'action-item-owner',
    severity: 'error',
    message: 'Unexpected owner `Dave`, expected `@user` or `@org/team`',
    line: 12,
    column: 20,
    endLine: 12,
    endColumn: 24,
    url: 'https://example.test/rules/action-item-owner',
    ...overrides,
  }
}

export const context: FormatContext = {
  color: false,
  toolName: 'postmortem-lint',
  toolVersion: '9.9.9',
  informationUri: 'https://example.test/postmortem-action',
  rules: [
    { id: 'action-item-owner', description: 'Owners are @handles.', helpUri: 'https://example.test/rules/action-item-owner' },
    { id: 'blameless-language', description: 'No blame.' },
  ],
}

/** Two findings in one file, a clean file and a skipped binary file. */
export function sampleFiles(): LintedFile[] {
  return [
    {
      path: 'postmortems/2025-06-02-checkout.md',
      findings: [
        finding({ line: 30, column: 5, endLine: 30, endColumn: 9 }),
        finding({ ruleId: 'blameless-language', severity: 'warning', line: 4, column: 1, endLine: 4, endColumn: 12, message: 'Unexpected blame `forgot`, expected a description of the system', url: undefined, actual: 'forgot' }),
      ],
    },
    { path: 'postmortems/2025-03-11-clean.md', findings: [] },
    {
      path: 'postmortems/logo.md',
      skipped: true,
      findings: [finding({ ruleId: 'binary', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'Unexpected binary content, expected UTF-8 text', url: undefined })],
    },
  ]
}
