import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { defaultConfig } from '../../../src/config/defaults.js'
import { readNagInputs } from '../../../src/inputs.js'
import { resolveEscalatePriorities } from '../../../src/modes/nag.js'

const action = parse(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default: string }> }
const NAG_INPUTS = ['remind-before', 'nag-interval', 'escalate-after', 'escalate-priorities', 'escalate-to', 'timezone', 'digest']

function setInputs(values: Record<string, string> = {}): void {
  for (const name of NAG_INPUTS) process.env[`INPUT_${name.toUpperCase()}`] = values[name] ?? action.inputs[name]?.default ?? ''
}

afterEach(() => {
  for (const name of NAG_INPUTS) delete process.env[`INPUT_${name.toUpperCase()}`]
})

describe('schedule mode inputs', () => {
  it('reads the action.yml defaults', () => {
    setInputs()
    expect(readNagInputs()).toEqual({ remindBeforeDays: 3, nagIntervalDays: 7, escalateAfterDays: 7, escalatePriorities: [], escalateTo: [], timeZone: 'UTC', digest: 'issue' })
  })

  it('reads handles, zones and levels', () => {
    setInputs({ 'escalate-to': '@sponsor\nacme-lead\n@acme/sre\n@sponsor', timezone: 'Europe/Paris', digest: 'summary', 'escalate-priorities': 'P0\nHigh' })
    expect(readNagInputs()).toMatchObject({ escalateTo: ['@sponsor', '@acme-lead', '@acme/sre'], timeZone: 'Europe/Paris', digest: 'summary', escalatePriorities: ['P0', 'High'] })
  })

  it('names the input and what was expected', () => {
    setInputs({ timezone: 'Mars/Olympus' })
    expect(() => readNagInputs()).toThrow('Input "timezone" is "Mars/Olympus", expected an IANA time zone')
    setInputs({ 'nag-interval': '0' })
    expect(() => readNagInputs()).toThrow('Input "nag-interval" is "0", expected a whole number of days from 1 to 365')
    setInputs({ 'escalate-to': 'the whole team' })
    expect(() => readNagInputs()).toThrow('Input "escalate-to" has "the whole team", expected GitHub handles')
    setInputs({ digest: 'email' })
    expect(() => readNagInputs()).toThrow('Input "digest" is "email", expected one of: issue, summary, off')
  })

  it('escalates the two highest levels of the scale by default, aliases allowed', () => {
    const config = defaultConfig()
    expect(resolveEscalatePriorities([], config)).toEqual(['P0', 'P1'])
    expect(resolveEscalatePriorities(['High', 'p2'], config)).toEqual(['P1', 'P2'])
    expect(() => resolveEscalatePriorities(['Sev-9'], config)).toThrow('expected levels of the priority scale: P0, P1, P2, P3, P4')
  })
})
