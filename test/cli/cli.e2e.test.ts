import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { ruleIds } from '../../src/lint/rules/index.js'
import { assertBuilt, repoRoot, runCli, temporaryFolder } from './run-cli.js'
import { sarifSchema } from './sarif-schema.js'

const cleanExample = join(repoRoot, 'postmortems-template/postmortems/2025-03-11-order-webhooks-delayed-after-dns-change.md')
const flawedExample = 'examples/2025-06-02-checkout-outage-expired-certificate.md'

interface JsonFile {
  path: string
  messages: Array<Record<string, unknown>>
}

const folders: string[] = []
function folder(): string {
  const made = temporaryFolder()
  folders.push(made)
  return made
}

beforeAll(assertBuilt)
afterAll(() => folders.forEach((made) => rmSync(made, { recursive: true, force: true })))

describe('postmortem lint: exit codes', () => {
  it('exits 0 on the clean example in the template, honouring its configuration', () => {
    const run = runCli(['lint'], { cwd: join(repoRoot, 'postmortems-template') })
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('✔ 1 file checked, no problems\n')
    expect(run.status).toBe(0)
  })

  it('exits 1 on the flawed example, and every rule fires on it', () => {
    const run = runCli(['lint', flawedExample, '--format', 'json'])
    expect(run.status).toBe(1)
    const [file] = JSON.parse(run.stdout) as JsonFile[]
    const fired = new Set(file!.messages.map((message) => message.ruleId))
    expect([...ruleIds].filter((id) => !fired.has(id))).toEqual([])
  })

  it('runs `npm start`\'s job: the template folder and the examples, README and TEMPLATE left out', () => {
    const run = runCli(['lint', 'postmortems-template/postmortems/', 'examples/', '-f', 'json'])
    expect(run.status).toBe(1)
    const files = (JSON.parse(run.stdout) as JsonFile[]).map((file) => [file.path, file.messages.length > 0])
    expect(files).toEqual([
      [flawedExample, true],
      ['postmortems-template/postmortems/2025-03-11-order-webhooks-delayed-after-dns-change.md', false],
    ])
  })

  it('exits 2 on an unknown option with one line naming it and the way to get help', () => {
    const run = runCli(['lint', '--colour'])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      'postmortem: Unexpected option `--colour` for `lint`, expected one of: --format, --config, --quiet, --threads, --help (see `postmortem lint --help`)\n',
    )
    expect(run.stdout).toBe('')
  })

  it('exits 2 on a path that does not exist, after linting the others, and reports it in the JSON', () => {
    const run = runCli(['lint', 'no/such/file.md', cleanExample, '-f', 'json'])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('postmortem: no/such/file.md: Unexpected missing file or folder, expected an existing path or a glob\n')
    const files = JSON.parse(run.stdout) as JsonFile[]
    expect(files.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([
      ['no/such/file.md', ['unreadable']],
      ['postmortems-template/postmortems/2025-03-11-order-webhooks-delayed-after-dns-change.md', []],
    ])
  })

  it.each(['stylish', 'json', 'sarif', 'github'])('reports a path that does not exist in the %s format', (format) => {
    const run = runCli(['lint', 'no-such-postmortem.md', '-f', format])
    expect(run.status).toBe(2)
    expect(run.stdout).toContain('no-such-postmortem.md')
    expect(run.stdout).toContain('Unexpected missing file or folder')
    expect(run.stdout).not.toMatch(/no problems/)
  })

  it('exits 2 on an invalid configuration, naming the key and the expected values', () => {
    const dir = folder()
    writeFileSync(join(dir, '.postmortemrc.yml'), 'rules:\n  timeline-utc: loud\n')
    copyFileSync(cleanExample, join(dir, 'incident.md'))
    const run = runCli(['lint', 'incident.md'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('rules.timeline-utc')
    expect(run.stderr).toMatch(/off, warn, error/)
    expect(run.stdout).toBe('')
  })

  it('exits 2 when --config names a missing file', () => {
    const run = runCli(['lint', cleanExample, '--config', 'nowhere.yml'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('nowhere.yml')
  })

  it('reports empty, binary and invalid UTF-8 files and still lints the good ones', () => {
    const dir = folder()
    copyFileSync(cleanExample, join(dir, 'a-good.md'))
    writeFileSync(join(dir, 'b-empty.md'), '')
    writeFileSync(join(dir, 'c-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
    writeFileSync(join(dir, 'd-latin1.md'), Buffer.concat([Buffer.from('# Post-Mortem: caf'), Buffer.from([0xe9]), Buffer.from('\n')]))
    copyFileSync(cleanExample, join(dir, 'e-good-too.md'))
    const run = runCli(['lint', '.', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(1)
    const files = JSON.parse(run.stdout) as JsonFile[]
    expect(files.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([
      ['a-good.md', []],
      ['b-empty.md', ['empty']],
      ['c-binary.md', ['binary']],
      ['d-latin1.md', ['encoding']],
      ['e-good-too.md', []],
    ])
  })

  it('refuses a symbolic link (which could lead outside the workspace) and goes on', () => {
    const dir = folder()
    copyFileSync(cleanExample, join(dir, 'a.md'))
    symlinkSync('/etc/hostname', join(dir, 'b-link.md'))
    copyFileSync(cleanExample, join(dir, 'c.md'))
    const run = runCli(['lint', 'a.md', 'b-link.md', 'c.md', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(1)
    const files = JSON.parse(run.stdout) as JsonFile[]
    expect(files.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([
      ['a.md', []],
      ['b-link.md', ['unreadable']],
      ['c.md', []],
    ])
  })
})

describe('postmortem lint: which files', () => {
  function repository(): string {
    const dir = folder()
    mkdirSync(join(dir, 'postmortems/drafts'), { recursive: true })
    mkdirSync(join(dir, 'docs'), { recursive: true })
    writeFileSync(join(dir, '.postmortemrc.yml'), 'include: ["postmortems/**/*.md"]\nignore: ["postmortems/drafts/**"]\n')
    for (const path of ['postmortems/a.md', 'postmortems/drafts/b.md', 'postmortems/TEMPLATE.md', 'postmortems/README.md', 'docs/c.md', 'notes.markdown']) {
      copyFileSync(cleanExample, join(dir, path))
    }
    return dir
  }
  const paths = (run: { stdout: string }) => (JSON.parse(run.stdout) as JsonFile[]).map((file) => file.path)

  it('without paths: the files `include` matches, minus `ignore` and the built-in ignores', () => {
    const dir = repository()
    expect(paths(runCli(['lint', '-f', 'json'], { cwd: dir }))).toEqual(['postmortems/a.md'])
  })

  it('a directory: its Markdown files, minus ignored ones; `include` does not narrow it', () => {
    const dir = repository()
    expect(paths(runCli(['lint', '.', '-f', 'json'], { cwd: dir }))).toEqual(['docs/c.md', 'notes.markdown', 'postmortems/a.md'])
  })

  it('a glob: its matches, minus ignored ones', () => {
    const dir = repository()
    expect(paths(runCli(['lint', 'postmortems/**/*.md', '-f', 'json'], { cwd: dir }))).toEqual(['postmortems/a.md'])
  })

  it('a file named explicitly is linted even when ignored', () => {
    const dir = repository()
    expect(paths(runCli(['lint', 'postmortems/drafts/b.md', 'postmortems/TEMPLATE.md', '-f', 'json'], { cwd: dir }))).toEqual([
      'postmortems/TEMPLATE.md',
      'postmortems/drafts/b.md',
    ])
  })

  it('a glob matching nothing is exit 2, naming it', () => {
    const dir = repository()
    const run = runCli(['lint', 'incidents/**/*.md'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain('incidents/**/*.md')
    expect(run.stdout).toContain('Unexpected glob that matches no files to lint')
  })

  it('a file outside the current folder is linted and shown by its absolute path', () => {
    const dir = folder()
    const run = runCli(['lint', cleanExample, '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(paths(run)).toEqual([cleanExample])
  })
})

describe('postmortem lint: threads', () => {
  it('lints on worker threads with the same result as on one thread, bad files included', () => {
    const dir = folder()
    const clean = readFileSync(cleanExample, 'utf8')
    const flawed = readFileSync(join(repoRoot, flawedExample), 'utf8')
    for (let index = 0; index < 60; index++) {
      const name = `pm-${String(index).padStart(2, '0')}.md`
      writeFileSync(join(dir, name), index % 7 === 3 ? Buffer.from([0x00, 0x01]) : index % 2 === 0 ? clean : flawed)
    }
    const single = runCli(['lint', '.', '-f', 'json', '--threads', '1'], { cwd: dir })
    const parallel = runCli(['lint', '.', '-f', 'json', '--threads', '3'], { cwd: dir })
    expect(parallel.stderr).toBe('')
    expect(parallel.status).toBe(single.status)
    expect(parallel.stdout).toBe(single.stdout)
    const files = JSON.parse(parallel.stdout) as JsonFile[]
    expect(files).toHaveLength(60)
    expect(files.filter((file) => file.messages.some((message) => message.ruleId === 'binary'))).toHaveLength(9)
    expect(files.filter((file) => file.messages.length === 0)).toHaveLength(26)
  })

  it('rejects a thread count that is not a whole number from 1 to 64', () => {
    const run = runCli(['lint', cleanExample, '--threads', '0'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Unexpected --threads `0`, expected a whole number from 1 to 64')
  })
})

describe('postmortem lint: formats', () => {
  it('json: one array of {path, messages[]} with exactly the documented keys and types', () => {
    const run = runCli(['lint', flawedExample, cleanExample, '--format', 'json'])
    const files = JSON.parse(run.stdout) as JsonFile[]
    expect(files).toHaveLength(2)
    for (const file of files) {
      expect(Object.keys(file).sort()).toEqual(['messages', 'path'])
      for (const message of file.messages) {
        expect(Object.keys(message).sort()).toEqual(['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity', 'url'])
        expect(['error', 'warning', 'info']).toContain(message.severity)
        for (const key of ['line', 'column', 'endLine', 'endColumn']) expect(Number.isInteger(message[key]) && (message[key] as number) >= 1).toBe(true)
        expect(message.url).toMatch(/^https:\/\//)
      }
    }
    const owner = files[0]!.messages.find((message) => message.ruleId === 'action-item-owner')
    expect(owner).toMatchObject({ severity: 'error', line: 40, message: expect.stringContaining('`Dave`') })
  })

  it('sarif: valid for code scanning, one result per finding, relative forward-slash URIs', () => {
    const json = JSON.parse(runCli(['lint', 'examples/', '-f', 'json']).stdout) as JsonFile[]
    const run = runCli(['lint', 'examples/', '-f', 'sarif'])
    expect(run.status).toBe(1)
    const log = JSON.parse(run.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>; tool: { driver: { rules: Array<{ id: string }> } } }> }
    const validate = new Ajv({ allErrors: true, strict: false }).compile(sarifSchema)
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const results = log.runs[0]!.results
    expect(results).toHaveLength(json[0]!.messages.length)
    expect(new Set(results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set([flawedExample]))
    const declared = new Set(log.runs[0]!.tool.driver.rules.map((rule) => rule.id))
    for (const id of ruleIds) expect(declared.has(id)).toBe(true)
  })

  it('github: one annotation per finding; document text and file names cannot inject commands', () => {
    const dir = folder()
    const hostileName = 'x,y::z%\n::error::pwned.md'
    const text = readFileSync(cleanExample, 'utf8').replace('| @acme/sre |', '| 50%,::add-mask::secret |')
    writeFileSync(join(dir, hostileName), text)
    const run = runCli(['lint', '.', '-f', 'github'], { cwd: dir })
    expect(run.status).toBe(1)
    const lines = run.stdout.trimEnd().split('\n')
    const commands = lines.filter((line) => line.startsWith('::'))
    expect(commands).toHaveLength(1)
    expect(commands[0]).toMatch(/^::error file=x%2Cy%3A%3Az%25%0A%3A%3Aerror%3A%3Apwned\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=action-item-owner::/)
    // The owner text is quoted mid-line: `%` escaped, `::` inert because no line starts with it.
    expect(commands[0]).toMatch(/::Unexpected owner `50%25, ?::add-mask::secret`/)
    expect(lines.at(-1)).toBe('1 file linted: 1 error, 0 warnings, 0 notes.')
  })

  it('stylish: colour only when forced or on a terminal, never with NO_COLOR', () => {
    expect(runCli(['lint', flawedExample]).stdout).not.toContain('\u001b[')
    expect(runCli(['lint', flawedExample], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m')
    expect(runCli(['lint', flawedExample], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[')
  })

  it('--quiet keeps errors only', () => {
    const all = JSON.parse(runCli(['lint', flawedExample, '-f', 'json']).stdout) as JsonFile[]
    const quiet = JSON.parse(runCli(['lint', flawedExample, '-f', 'json', '--quiet']).stdout) as JsonFile[]
    expect(all[0]!.messages.some((message) => message.severity === 'warning')).toBe(true)
    expect(quiet[0]!.messages).toEqual(all[0]!.messages.filter((message) => message.severity === 'error'))
  })
})

describe('postmortem new', () => {
  it('creates postmortems/<date>-<slug>.md from the built-in template, then refuses to overwrite it', () => {
    const dir = folder()
    const first = runCli(['new', 'Queue backlog at 3am!', '--date', '2025-03-11'], { cwd: dir })
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    const path = join(dir, 'postmortems/2025-03-11-queue-backlog-at-3am.md')
    expect(first.stdout).toBe('Created postmortems/2025-03-11-queue-backlog-at-3am.md\n')
    const created = readFileSync(path, 'utf8')
    expect(created.split('\n')[0]).toBe('# Post-Mortem: Queue backlog at 3am! (2025-03-11)')
    expect(created).toContain('**Date**: 2025-03-11')

    writeFileSync(path, 'my draft\n')
    const second = runCli(['new', 'Queue backlog at 3am!', '--date', '2025-03-11'], { cwd: dir })
    expect(second.status).toBe(2)
    expect(second.stderr).toContain('postmortems/2025-03-11-queue-backlog-at-3am.md already exists')
    expect(readFileSync(path, 'utf8')).toBe('my draft\n')
  })

  it("uses the repository's own TEMPLATE.md and --dir", () => {
    const dir = folder()
    mkdirSync(join(dir, 'docs/incidents'), { recursive: true })
    writeFileSync(join(dir, 'docs/incidents/TEMPLATE.md'), '# Incident: <title> (YYYY-MM-DD)\n\n**Date**: YYYY-MM-DD\n\nOur own layout.\n')
    const run = runCli(['new', 'Disk full', '--date', '2024-02-29', '--dir', 'docs/incidents'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(readFileSync(join(dir, 'docs/incidents/2024-02-29-disk-full.md'), 'utf8')).toBe(
      '# Incident: Disk full (2024-02-29)\n\n**Date**: 2024-02-29\n\nOur own layout.\n',
    )
  })

  it("from a subfolder, writes into postmortems/ beside the repository's .postmortemrc.yml, with its template", () => {
    const dir = folder()
    mkdirSync(join(dir, 'postmortems'), { recursive: true })
    mkdirSync(join(dir, 'services/api'), { recursive: true })
    writeFileSync(join(dir, '.postmortemrc.yml'), 'include: ["postmortems/**/*.md"]\n')
    writeFileSync(join(dir, 'postmortems/TEMPLATE.md'), '# Post-Mortem: <title> (YYYY-MM-DD)\n\nOur layout.\n')
    const run = runCli(['new', 'API latency', '--date', '2025-05-05'], { cwd: join(dir, 'services/api') })
    expect(run.status).toBe(0)
    // Outside the current folder, so shown by its absolute path.
    expect(run.stdout).toBe(`Created ${join(dir, 'postmortems/2025-05-05-api-latency.md')}\n`)
    expect(readFileSync(join(dir, 'postmortems/2025-05-05-api-latency.md'), 'utf8')).toBe('# Post-Mortem: API latency (2025-05-05)\n\nOur layout.\n')
  })

  it("defaults to today's UTC date", () => {
    const dir = folder()
    const before = new Date().toISOString().slice(0, 10)
    const run = runCli(['new', 'Cache stampede'], { cwd: dir })
    const after = new Date().toISOString().slice(0, 10)
    expect(run.status).toBe(0)
    expect([`Created postmortems/${before}-cache-stampede.md\n`, `Created postmortems/${after}-cache-stampede.md\n`]).toContain(run.stdout)
  })

  it('exits 2 on an impossible date without creating anything', () => {
    const dir = folder()
    const run = runCli(['new', 'Leap', '--date', '2025-02-29'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('2025-02-29')
    expect(runCli(['lint', '.'], { cwd: dir }).stdout).toContain('Unexpected folder without Markdown files to lint')
  })

  it('creates a file the linter reads, with findings only for what the author must still fill in', () => {
    const dir = folder()
    runCli(['new', 'Queue backlog', '--date', '2025-03-11'], { cwd: dir })
    const run = runCli(['lint', 'postmortems/', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(1)
    const [file] = JSON.parse(run.stdout) as JsonFile[]
    expect(file!.path).toBe('postmortems/2025-03-11-queue-backlog.md')
    const rules = new Set(file!.messages.map((message) => message.ruleId))
    // The header's date and the title are filled; the placeholders the author owns are reported.
    expect(rules.has('action-item-deadline')).toBe(true)
    expect(file!.messages.some((message) => message.ruleId === 'metadata' && String(message.message).includes('Date'))).toBe(false)
  })
})

describe('help and version', () => {
  it('--version prints the package version', () => {
    const run = runCli(['--version'])
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(`${packageJson.version}\n`)
  })

  it('--help documents the commands, formats and exit codes', () => {
    const run = runCli(['--help'])
    expect(run.status).toBe(0)
    for (const word of ['lint', 'new', 'stylish', 'json', 'sarif', 'github', 'Exit codes']) expect(run.stdout).toContain(word)
  })

  it('no command is a usage error, one line pointing at the help', () => {
    const run = runCli([])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('postmortem: Unexpected command line without a command, expected `lint`, `new`, `plan` or `timeline` (see `postmortem --help`)\n')
  })
})
