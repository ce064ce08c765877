import { describe, expect, it } from 'vitest'
import { parseCommandLine, UsageError } from '../../src/cli/args.js'
import { wantsColor } from '../../src/cli/io.js'
import { threadsFor } from '../../src/cli/lint-pool.js'
import { describeConfigError } from '../../src/cli/main.js'
import { ConfigError } from '../../src/config/errors.js'

describe('parseCommandLine', () => {
  it('reads lint with paths and options', () => {
    expect(parseCommandLine(['lint', 'a.md', 'docs/', '-f', 'sarif', '--config', 'rc.yml', '-q'])).toEqual({
      command: 'lint',
      patterns: ['a.md', 'docs/'],
      format: 'sarif',
      configPath: 'rc.yml',
      quiet: true,
    })
  })

  it('reads --threads as a whole number', () => {
    expect(parseCommandLine(['lint', '--threads', '4'])).toMatchObject({ threads: 4 })
    for (const bad of ['0', '65', '1.5', 'many', '-1']) expect(() => parseCommandLine(['lint', '--threads', bad])).toThrow(UsageError)
  })

  it('defaults lint to stylish, all severities, no explicit config', () => {
    expect(parseCommandLine(['lint'])).toEqual({ command: 'lint', patterns: [], format: 'stylish', quiet: false })
  })

  it.each([
    [['lint', '--format', 'xml'], /Unexpected format `xml`, expected one of: stylish, json, sarif, github/],
    [['lint', '--colour'], /colour.*postmortem lint --help/],
    [['publish'], /Unexpected command `publish`, expected `lint`, `new` or `plan`/],
    [[], /Missing command/],
    [['new'], /Expected one title/],
    [['new', 'a', 'b'], /Expected one title.*got 2/],
    [['new', '  '], /non-empty line/],
    [['new', 'two\nlines'], /non-empty line/],
    [['new', 'x', '--date', '2025-02-30'], /Unexpected --date `2025-02-30`, expected a real calendar date/],
    [['new', 'x', '--date', '11/03/2025'], /expected a real calendar date as YYYY-MM-DD/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError)
    expect(() => parseCommandLine(argv)).toThrow(message)
  })

  it('reads new with a title, date and folder', () => {
    expect(parseCommandLine(['new', ' Queue backlog ', '--date', '2024-02-29', '--dir', 'docs/pm'])).toEqual({
      command: 'new',
      title: 'Queue backlog',
      date: '2024-02-29',
      dir: 'docs/pm',
    })
    expect(parseCommandLine(['new', 'Queue backlog'])).toEqual({ command: 'new', title: 'Queue backlog' })
    expect(() => parseCommandLine(['new', 'Queue backlog', '--dir', ' '])).toThrow('Unexpected empty --dir')
  })

  it('reads help and version', () => {
    expect(parseCommandLine(['--help'])).toEqual({ command: 'help' })
    expect(parseCommandLine(['lint', '-h'])).toEqual({ command: 'help' })
    expect(parseCommandLine(['new', '--help'])).toEqual({ command: 'help' })
    expect(parseCommandLine(['-v'])).toEqual({ command: 'version' })
  })
})

describe('wantsColor', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false', NO_COLOR: '' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
  ])('env %j on a TTY=%s -> %s', (env, isTTY, expected) => {
    expect(wantsColor(env, isTTY)).toBe(expected)
  })
})

describe('threadsFor', () => {
  it('stays on one thread until there are enough files to repay a worker', () => {
    expect(threadsFor(1, undefined, 8)).toBe(1)
    expect(threadsFor(99, undefined, 8)).toBe(1)
    expect(threadsFor(100, undefined, 8)).toBe(2)
    expect(threadsFor(1000, undefined, 8)).toBe(8)
    expect(threadsFor(1000, undefined, 64)).toBe(8)
    expect(threadsFor(1000, undefined, 2)).toBe(2)
  })

  it('uses only the CPUs other processes leave idle', () => {
    expect(threadsFor(1000, undefined, 8, 2)).toBe(6)
    expect(threadsFor(1000, undefined, 8, 2.6)).toBe(5)
    expect(threadsFor(1000, undefined, 2, 1.8)).toBe(1)
    expect(threadsFor(1000, undefined, 2, 9.5)).toBe(1)
  })

  it('honours a requested count, but never more threads than files', () => {
    expect(threadsFor(10, 4, 2, 9)).toBe(4)
    expect(threadsFor(3, 16, 2)).toBe(3)
    expect(threadsFor(0, 4, 2)).toBe(1)
  })
})

describe('describeConfigError', () => {
  it('names the file and the key once, then what was expected', () => {
    expect(describeConfigError(new ConfigError('invalid level "loud", expected one of: off, warn, error', 'rules.timeline-utc', 'rc.yml'))).toBe(
      'rc.yml: rules.timeline-utc: invalid level "loud", expected one of: off, warn, error',
    )
    expect(describeConfigError(new ConfigError('rules.x.minimum: expected a whole number', 'rules.x', 'rc.yml'))).toBe('rc.yml: rules.x.minimum: expected a whole number')
    expect(describeConfigError(new ConfigError('configuration file not found', undefined, 'missing.yml'))).toBe('missing.yml: configuration file not found')
  })
})
