/**
 * A document saved with a BOM, or with CRLF or CR-only line endings, gives the same findings, at the same lines and
 * columns, as its LF twin; the model reads the same values.
 */
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import type { Finding } from '../../src/lint/types.js'
import { fixture } from '../model/helpers.js'
import { corpusText } from './corpus.js'

const config = defaultConfig()

const documents: [string, string][] = [
  ['fixture reference.md', fixture('reference.md')],
  ['fixture lists.md', fixture('lists.md')],
  ['fixture findings.md', fixture('findings.md')],
  ...[
    'dfds-total-node-failure.md',
    'dfds-log4shell.md',
    'chia-negative-coin-values.md',
    'chia-compromised-self-hosted-runners.md',
    'mybinder-reddit-hug.md',
    'k8s-prow-outage-2019-01-23.md',
    'flutter-dev-dns-outage-2023-08-26.md',
    'pypi-leaked-admin-pat.md',
    'moj-secrets-leaked-to-public.md',
    'posthog-replay-sdk-fetch-wrapper.md',
    'learningequality-sushibar-cert-expired.md',
  ].map((name): [string, string] => [name, corpusText(name)]),
]

function comparable(findings: Finding[]) {
  return findings.map(({ ruleId, severity, line, column, endLine, endColumn, message, actual, suggestion }) => ({
    ruleId,
    severity,
    line,
    column,
    endLine,
    endColumn,
    message,
    actual,
    suggestion,
  }))
}

/** The model without offsets (they differ by one per CR) and without `raw`, which keeps the text as written. */
function withoutOffsets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOffsets)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'offset' && key !== 'raw')
        .map(([key, inner]) => [key, withoutOffsets(inner)]),
    )
  }
  return value
}

describe.each(documents)('%s', (_name, original) => {
  const lf = original.replace(/\r\n/g, '\n')

  it('has findings to compare, or is clean on purpose', async () => {
    const findings = (await lintText('doc.md', lf, config)).findings
    if (_name.startsWith('fixture reference') || _name.startsWith('fixture lists')) expect(findings).toEqual([])
    else expect(findings.length).toBeGreaterThan(0)
  })

  it('gives the same findings with a BOM', async () => {
    const plain = await lintText('doc.md', lf, config)
    const bom = await lintText('doc.md', `\ufeff${lf}`, config)
    expect(comparable(bom.findings)).toEqual(comparable(plain.findings))
    expect(bom.postmortem).toEqual(plain.postmortem)
  })

  it('gives the same findings with CRLF line endings', async () => {
    const plain = await lintText('doc.md', lf, config)
    const crlf = await lintText('doc.md', lf.replace(/\n/g, '\r\n'), config)
    expect(comparable(crlf.findings)).toEqual(comparable(plain.findings))
    expect(withoutOffsets(crlf.postmortem)).toEqual(withoutOffsets(plain.postmortem))
  })

  it('gives the same findings with old Mac line endings (CR only)', async () => {
    // Before 8385cbb: CR-only front matter failed to parse, and findings on the first line of a multi-line
    // item ran to the next LF (k8s-prow-outage action items ended at 98:2379 instead of 98:73).
    const plain = await lintText('doc.md', lf, config)
    const cr = await lintText('doc.md', lf.replace(/\n/g, '\r'), config)
    expect(comparable(cr.findings)).toEqual(comparable(plain.findings))
  })

  it('gives the same findings with a BOM and CRLF together', async () => {
    const plain = await lintText('doc.md', lf, config)
    const both = await lintText('doc.md', `\ufeff${lf.replace(/\n/g, '\r\n')}`, config)
    expect(comparable(both.findings)).toEqual(comparable(plain.findings))
  })
})
