import { createHash } from 'node:crypto'
import type { Finding, FindingSeverity } from '../../lint/types.js'
import type { LintedFile } from '../../lint/api.js'
import type { FormatContext, Formatter, RuleDescriptor } from './types.js'

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

const levelBySeverity: Record<FindingSeverity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

/**
 * `--format sarif`: SARIF 2.1.0 with the fields GitHub code scanning reads.
 * One run; the rule table lists every known rule plus any id a finding uses
 * (file-level problems such as `unreadable` are not lint rules but still need an entry).
 */
export const formatSarif: Formatter = (files, context) => {
  const rules = ruleTable(files, context.rules)
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const results = files.flatMap((file) => {
    const fingerprints = fingerprintsFor(file.path, file.findings)
    return file.findings.map((finding, index) =>
      sarifResult(file.path, finding, ruleIndex.get(finding.ruleId) ?? -1, fingerprints[index] ?? ''),
    )
  })
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.toolName,
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: context.informationUri,
            rules: rules.map(sarifRule),
          },
        },
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function ruleTable(files: readonly LintedFile[], known: FormatContext['rules']): RuleDescriptor[] {
  const byId = new Map<string, RuleDescriptor>(known.map((rule) => [rule.id, rule]))
  for (const file of files) {
    for (const finding of file.findings) {
      const existing = byId.get(finding.ruleId)
      if (existing === undefined) {
        byId.set(finding.ruleId, { id: finding.ruleId, description: finding.ruleId, helpUri: finding.url })
      } else if (existing.helpUri === undefined && finding.url !== undefined) {
        byId.set(finding.ruleId, { ...existing, helpUri: finding.url })
      }
    }
  }
  return [...byId.values()]
}

function sarifRule(rule: RuleDescriptor) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    ...(rule.helpUri === undefined ? {} : { helpUri: rule.helpUri }),
  }
}

function sarifResult(path: string, finding: Finding, ruleIndex: number, findingFingerprint: string) {
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: levelBySeverity[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toSarifUri(path) },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
    partialFingerprints: { 'postmortemFinding/v1': findingFingerprint },
  }
}

/**
 * A relative URI with forward slashes (what code scanning resolves against the repository);
 * a path outside the working folder becomes a `file://` URI. Characters a URI cannot hold are
 * percent-encoded.
 */
export function toSarifUri(path: string): string {
  const posix = path.replace(/\\/g, '/').replace(/^\.\//, '')
  const drive = /^[A-Za-z]:\//.exec(posix)?.[0] ?? ''
  const encoded = posix
    .slice(drive.length)
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
  if (drive !== '') return `file:///${drive}${encoded}`
  return posix.startsWith('/') ? `file://${encoded}` : encoded
}

/**
 * Stable across edits that move a finding to another line (code scanning uses it to
 * recognise the same alert): the file, the rule, what the finding is about, and which
 * occurrence of that it is, so two identical phrases in one file stay two alerts.
 */
export function fingerprintsFor(path: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>()
  return findings.map((finding) => {
    const key = `${path}\0${finding.ruleId}\0${finding.actual ?? finding.message}`
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32)
  })
}
