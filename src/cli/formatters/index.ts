import { formatGithub } from './github.js'
import { formatJson } from './json.js'
import { formatSarif } from './sarif.js'
import { formatStylish } from './stylish.js'
import type { Formatter } from './types.js'

export const formatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
} as const satisfies Record<string, Formatter>

export type FormatName = keyof typeof formatters

export const formatNames = Object.keys(formatters) as FormatName[]

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name)
}
