/** Telling 403s apart (src/github/forbidden.ts): only a fork's read-only token is the expected case. */
import { describe, expect, it } from 'vitest'
import { classifyForbidden } from '../../src/github/forbidden.js'

const NOT_ACCESSIBLE = { message: 'Resource not accessible by integration', acceptedPermissions: 'pull_requests=write' }

describe('classifyForbidden', () => {
  it('a fork (and Dependabot) with a read-only token is expected', () => {
    expect(classifyForbidden(NOT_ACCESSIBLE, { fromFork: true })).toMatchObject({ reason: 'fork-read-only', expected: true })
    expect(classifyForbidden(NOT_ACCESSIBLE, { fromFork: false, fromDependabot: true })).toMatchObject({ expected: true })
  })

  it('the same answer on a same-repository pull request names the missing permission', () => {
    const verdict = classifyForbidden({ message: 'Resource not accessible by integration', acceptedPermissions: 'issues=write; pull_requests=write' }, { fromFork: false }, 'Creating the review')
    expect(verdict).toMatchObject({ reason: 'missing-permission', expected: false })
    expect(verdict.explanation).toContain('`issues: write, pull-requests: write`')
    expect(verdict.explanation).toMatch(/^Creating the review was refused/)
    expect(classifyForbidden({ message: 'Resource not accessible by integration' }, { fromFork: false }).explanation).toContain('`pull-requests: write`')
  })

  it('SAML enforcement, an IP allow list and a locked conversation fail even on a fork', () => {
    const saml = 'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.'
    expect(classifyForbidden({ message: saml }, { fromFork: true })).toMatchObject({ reason: 'saml', expected: false })
    expect(classifyForbidden({ message: 'Although you appear to have the correct authorization credentials, the `acme` organization has an IP allow list enabled' }, { fromFork: false }).reason).toBe('ip-allow-list')
    expect(classifyForbidden({ message: 'Unable to create comment because issue is locked.' }, { fromFork: false })).toMatchObject({ reason: 'locked', expected: false })
  })

  it('anything else is a failure that quotes GitHub', () => {
    expect(classifyForbidden({ message: 'Something new' }, { fromFork: true })).toMatchObject({ reason: 'other', expected: false, explanation: expect.stringContaining('Something new') })
  })
})
