// Which lines are worth a row: error and above, however the logger spells the level.
import { describe, expect, it } from 'vitest'
import { levelOf, textLevel } from '../../src/timeline/levels.js'

describe('levels', () => {
  it.each([
    ['ERROR could not connect', 'error'],
    ['[error] upstream timed out', 'error'],
    ['error: disk full', 'error'],
    ['2025/02/09 10:00:00 [crit] 12#12: *1 connect() failed', 'fatal'],
    ['panic: runtime error: invalid memory address', 'fatal'],
    ['E0209 10:00:01.000000       1 controller.go:114] sync failed', 'error'],
    ['F0209 10:00:01.000000       1 main.go:9] cannot start', 'fatal'],
    ['myapp | FATAL | out of memory', 'fatal'],
    ['INFO GET /api 200', undefined],
    ['info: error budget report sent', undefined],
    ['WARN retrying ERROR-prone call', undefined],
    ['I0209 10:00:01.000000       1 leaderelection.go:248] error budget fine', undefined],
    ['DEBUG retry loop', undefined],
    ['GET /errors 200', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(textLevel(text)).toBe(expected)
  })

  it('level fields: words in any case and pino numbers', () => {
    expect([levelOf('ERROR'), levelOf('err'), levelOf('Critical'), levelOf('warn'), levelOf(50), levelOf(60), levelOf(40), levelOf('information')]).toEqual(['error', 'error', 'fatal', undefined, 'error', 'fatal', undefined, undefined])
  })
})
