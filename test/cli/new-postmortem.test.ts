import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinTemplate } from '../../src/cli/builtin-template.js'
import { fillTemplate, isoDateOf, parseIsoDate, postmortemFileName, slugify } from '../../src/cli/new-postmortem.js'

describe('parseIsoDate', () => {
  it.each(['2025-03-11', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (text) => {
    expect(parseIsoDate(text)).toBe(text)
  })
  it.each(['2025-02-29', '1900-02-29', '2025-13-01', '2025-04-31', '2025-00-10', '2025-3-11', '20250311', '2025-03-11T00:00', ''])(
    'rejects %j',
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined()
    },
  )
})

describe('isoDateOf', () => {
  it('uses the UTC calendar date', () => {
    expect(isoDateOf(new Date('2025-03-11T23:59:59-05:00'))).toBe('2025-03-12')
  })
})

describe('slugify', () => {
  it.each([
    ['Order webhooks delayed after a DNS change', 'order-webhooks-delayed-after-a-dns-change'],
    ['  API 5xx: TLS cert expired!!  ', 'api-5xx-tls-cert-expired'],
    ['Café déjà vu — Zürich', 'cafe-deja-vu-zurich'],
    ['../../etc/passwd', 'etc-passwd'],
    ['障害', 'incident'],
    ['', 'incident'],
  ])('%j -> %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('keeps at most 60 characters, cutting at a word boundary', () => {
    const slug = slugify('Checkout requests failing in every region after the payments gateway certificate rotation')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toBe('checkout-requests-failing-in-every-region-after-the-payments')
  })

  it('cuts a single very long word at 60 characters', () => {
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(60))
  })
})

describe('postmortemFileName', () => {
  it('is date then slug', () => {
    expect(postmortemFileName('2025-03-11', 'Queue backlog')).toBe('2025-03-11-queue-backlog.md')
  })
})

describe('fillTemplate', () => {
  it('fills the title and the incident date, leaving other placeholders for the author', () => {
    const filled = fillTemplate(builtinTemplate, 'Queue backlog', '2025-03-11')
    const lines = filled.split('\n')
    expect(lines[0]).toBe('# Post-Mortem: Queue backlog (2025-03-11)')
    expect(lines).toContain('**Date**: 2025-03-11')
    expect(filled).toContain('**Reviewed**: YYYY-MM-DD')
    expect(filled).toContain('| AI-1 | A specific change to a named system | @owner | YYYY-MM-DD | High |')
    expect(filled).not.toContain('<title>')
  })

  it('keeps dollar signs in titles literal', () => {
    expect(fillTemplate('# Post-Mortem: <title> (YYYY-MM-DD)\n', 'Cost $& $1 spike', '2025-01-02')).toBe(
      '# Post-Mortem: Cost $& $1 spike (2025-01-02)\n',
    )
  })

  it('rewrites the first heading of a custom template without placeholders', () => {
    const custom = '# Incident report\n\n**Date**: YYYY-MM-DD\n'
    expect(fillTemplate(custom, 'Disk full', '2025-01-02')).toBe('# Post-Mortem: Disk full (2025-01-02)\n\n**Date**: 2025-01-02\n')
  })
})

describe('built-in template', () => {
  it('is the same text as postmortems-template/postmortems/TEMPLATE.md', () => {
    const file = readFileSync(new URL('../../postmortems-template/postmortems/TEMPLATE.md', import.meta.url), 'utf8')
    // If this fails: TEMPLATE.md changed; copy it into src/cli/builtin-template.ts.
    expect(builtinTemplate).toBe(file)
  })
})
