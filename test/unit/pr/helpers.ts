import type { Finding } from '../../../src/lint/types.js'

export function finding(overrides: Partial<Finding> & { line: number }): Finding {
  return {
    ruleId: 'timeline-utc',
    severity: 'error',
    message: 'Unexpected time without zone, expected UTC',
    column: 1,
    endLine: overrides.line,
    endColumn: 10,
    ...overrides,
  }
}
