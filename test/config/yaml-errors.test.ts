/** YAML mistakes in .postmortemrc.yml: one line, no dangling colon, the line the author must change. */
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/config/errors.js'
import { parseConfigText } from '../../src/config/parse.js'

function yamlError(text: string): string {
  try {
    parseConfigText(text, '.postmortemrc.yml')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).message
  }
  throw new Error('expected the configuration to be refused')
}

describe('YAML errors in the configuration', () => {
  it.each([
    ['a key given twice', 'rules:\n  timeline-order: warn\n  timeline-order: error\n', 'invalid YAML at line 3, column 3: the key `timeline-order` is given twice in the same mapping, expected each key once'],
    ['a key indented too far (the parser notices on the line before)', 'rules:\n  timeline-order: warn\n   metadata: error\n', 'invalid YAML at line 3, column 4: this key is indented more than the key on the line before, expected the same indentation (or a value on the line before)'],
    ['an unclosed quote (the parser notices at the end)', 'include:\n  - "postmortems/**\nignore: []\n', 'invalid YAML at line 2, column 3: the " opened here is not closed, expected a closing " on the same line'],
    ['an unclosed brace', 'rules: { timeline-order: warn\nignore: []\n', 'invalid YAML at line 1, column 1: the `{` opened here is not closed, expected a `}` before the next key'],
    ['a tab as indentation', 'rules:\n\ttimeline-order: warn\n', 'invalid YAML at line 2, column 1: Tabs are not allowed as indentation'],
  ])('%s', (_name, text, message) => {
    expect(yamlError(text)).toBe(`.postmortemrc.yml: ${message}`)
  })

  it('never ends with a colon or spans several lines', () => {
    for (const text of ['a: b: c\n', 'rules:\n  - a\n  b: c\n', 'rules: *nope\n', '[unclosed\n']) {
      const message = yamlError(text)
      expect(message, text).not.toMatch(/:\s*$/)
      expect(message, text).not.toContain('\n')
    }
  })
})
