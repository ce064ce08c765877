/** Small validators for rule options: errors name the option and what it expects. */
import { excerpt } from '../config/errors.js'
export function numberOption(raw: Record<string, unknown>, key: string, fallback: number, ruleId: string): number {
  const value = raw[key]
  if (value === undefined) return fallback
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  throw new Error(`rules.${ruleId}.${key}: expected a whole number >= 0, got ${excerpt(value)}`)
}

export function booleanOption(raw: Record<string, unknown>, key: string, fallback: boolean, ruleId: string): boolean {
  const value = raw[key]
  if (value === undefined) return fallback
  if (typeof value === 'boolean') return value
  throw new Error(`rules.${ruleId}.${key}: expected true or false, got ${excerpt(value)}`)
}

export function listOption(raw: Record<string, unknown>, key: string, fallback: string[], ruleId: string): string[] {
  const value = raw[key]
  if (value === undefined) return fallback
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value
  throw new Error(`rules.${ruleId}.${key}: expected a list of strings, got ${excerpt(value)}`)
}

export function onlyKnownOptions(raw: Record<string, unknown>, known: string[], ruleId: string): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) throw new Error(`rules.${ruleId}: unknown option \`${key}\`, expected one of: ${known.join(', ') || '(none)'}`)
  }
}
