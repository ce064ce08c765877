import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/config/errors.js'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintFile } from '../../src/files.js'
import type { LintedFile } from '../../src/lint/api.js'
import { COMPLEXITY_LIMITS, guardText, lintText, MAX_DOCUMENT_CHARS, MAX_NESTING } from '../../src/lint/engine.js'
import { fixture } from '../model/helpers.js'

const config = defaultConfig()
let root: string
let workspace: string
let outside: string

/** A billion-laughs document: nine levels of nine aliases each, 9^9 strings if expanded. */
function aliasBomb(): string {
  const rows = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  const names = 'abcdefghi'
  for (let i = 1; i < names.length; i++) {
    const previous = names[i - 1] as string
    rows.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${previous}`).join(',')}]`)
  }
  rows.push('---', '', '# Laughs', '')
  return rows.join('\n')
}

const GOOD = fixture('reference.md')

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'postmortem-bad-input-'))
  workspace = join(root, 'workspace')
  outside = join(root, 'outside')
  await mkdir(join(workspace, 'postmortems'), { recursive: true })
  await mkdir(outside)
  const write = (path: string, data: string | Buffer) => writeFile(join(workspace, path), data)
  await write('postmortems/good.md', GOOD)
  await write('postmortems/good-crlf.md', GOOD.replace(/\n/g, '\r\n'))
  await write('postmortems/empty.md', '')
  await write('postmortems/blank.md', '  \n\n\t\n')
  await write('postmortems/image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]))
  await write('postmortems/latin1.md', Buffer.concat([Buffer.from('# Title\n\n**Date**: 2024-03-05\nCaf'), Buffer.from([0xe9]), Buffer.from(' closed\n')]))
  await write('postmortems/truncated.md', Buffer.concat([Buffer.from('# Title\n'), Buffer.from([0xe2, 0x82])]))
  await write('postmortems/bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]))
  await write('postmortems/bomb.md', aliasBomb())
  await write('postmortems/bad-yaml.md', '---\ntitle: Broken\ndate: [2024-03-05\n---\n\n# Broken\n')
  await write('postmortems/large.md', `# Big\n\n${'Lorem ipsum dolor sit amet.\n'.repeat(Math.ceil((2 * 1024 * 1024) / 28))}`)
  await write('postmortems/huge.md', Buffer.alloc(5 * 1024 * 1024, 'a'))
  await write('postmortems/deep.md', `# Deep\n\n${'>'.repeat(10_000)} quoted\n`)
  await writeFile(join(outside, 'secret.md'), GOOD)
  await symlink(join(workspace, 'postmortems/good.md'), join(workspace, 'postmortems/link-inside.md'))
  await symlink(join(outside, 'secret.md'), join(workspace, 'postmortems/link-outside.md'))
  await symlink(outside, join(workspace, 'linked-folder'))
  // A named pipe: opening it for reading would block until a writer comes.
  execFileSync('mkfifo', [join(workspace, 'postmortems/pipe.md')])
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

function only(result: LintedFile) {
  expect(result.skipped).toBe(true)
  expect(result.findings).toHaveLength(1)
  const finding = result.findings[0]
  expect(finding?.severity).toBe('error')
  expect(finding?.message).toMatch(/^Unexpected /)
  expect(finding?.url).toMatch(/^https:\/\//)
  return finding
}

describe('lintFile refuses what it cannot lint, with one finding saying why', () => {
  it('reports an empty file', async () => {
    expect(only(await lintFile(workspace, 'postmortems/empty.md', config))).toMatchObject({ ruleId: 'empty', line: 1 })
  })

  it('reports a whitespace-only file as empty', async () => {
    expect(only(await lintFile(workspace, 'postmortems/blank.md', config))).toMatchObject({ ruleId: 'empty', line: 1 })
  })

  it('reports binary content (a PNG header) at the line of its first NUL byte', async () => {
    const finding = only(await lintFile(workspace, 'postmortems/image.md', config))
    // 89 50 4E 47 0D 0A 1A 0A 00: two line feeds before the NUL at offset 8.
    expect(finding).toMatchObject({ ruleId: 'binary', line: 3 })
    expect(finding?.message).toContain('offset 8')
  })

  it('reports invalid UTF-8 at its line and byte', async () => {
    const finding = only(await lintFile(workspace, 'postmortems/latin1.md', config))
    const offset = Buffer.byteLength('# Title\n\n**Date**: 2024-03-05\nCaf')
    expect(finding).toMatchObject({ ruleId: 'encoding', line: 4 })
    expect(finding?.message).toContain(`byte ${offset}`)
    expect(finding?.message).toContain('UTF-8')
  })

  it('reports a file cut in the middle of a UTF-8 sequence', async () => {
    expect(only(await lintFile(workspace, 'postmortems/truncated.md', config))).toMatchObject({ ruleId: 'encoding', line: 2 })
  })

  it('reports a 2 MB document as too large without parsing it', async () => {
    const finding = only(await lintFile(workspace, 'postmortems/large.md', config))
    expect(finding?.ruleId).toBe('too-large')
    expect(finding?.message).toContain(String(MAX_DOCUMENT_CHARS))
  })

  it('stops reading a 5 MB file at the cap', async () => {
    expect(only(await lintFile(workspace, 'postmortems/huge.md', config))?.ruleId).toBe('too-large')
  })

  it('reports 10,000 nested blockquotes as too deep, and returns', async () => {
    const finding = only(await lintFile(workspace, 'postmortems/deep.md', config))
    expect(finding).toMatchObject({ ruleId: 'too-deep', line: 3 })
    expect(finding?.message).toContain(`at most ${MAX_NESTING}`)
  })

  it.each(['postmortems/link-inside.md', 'postmortems/link-outside.md'])('refuses the symbolic link %s', async (path) => {
    const finding = only(await lintFile(workspace, path, config))
    expect(finding?.ruleId).toBe('unreadable')
    expect(finding?.message).toContain('symbolic link')
  })

  it('refuses a file reached through a linked folder that leaves the workspace', async () => {
    const finding = only(await lintFile(workspace, 'linked-folder/secret.md', config))
    expect(finding?.ruleId).toBe('unreadable')
    expect(finding?.message).toContain('leaves the workspace')
  })

  it.each(['../outside/secret.md', 'postmortems/../../outside/secret.md'])('refuses the path %s outside the workspace', async (path) => {
    const finding = only(await lintFile(workspace, path, config))
    expect(finding?.ruleId).toBe('unreadable')
    expect(finding?.message).toContain('outside the workspace')
  })

  it('refuses an absolute path outside the workspace', async () => {
    expect(only(await lintFile(workspace, join(outside, 'secret.md'), config))?.message).toContain('outside the workspace')
  })

  it('refuses a named pipe without opening it', async () => {
    const finding = only(await lintFile(workspace, 'postmortems/pipe.md', config))
    expect(finding?.ruleId).toBe('unreadable')
    expect(finding?.message).toContain('special file')
  })

  it('refuses odd paths without throwing: empty, the workspace itself, a NUL byte', async () => {
    expect(only(await lintFile(workspace, '', config))?.ruleId).toBe('unreadable')
    expect(only(await lintFile(workspace, '.', config))?.ruleId).toBe('unreadable')
    expect(only(await lintFile(workspace, 'postmortems/a\u0000b.md', config))?.ruleId).toBe('unreadable')
  })

  it('reports a missing file and a directory without throwing', async () => {
    expect(only(await lintFile(workspace, 'postmortems/missing.md', config))?.message).toContain('ENOENT')
    expect(only(await lintFile(workspace, 'postmortems', config))?.message).toContain('directory')
  })
})

describe('lintFile with front matter that is hostile or broken', () => {
  it('refuses a YAML alias bomb with a front-matter finding, and returns', async () => {
    const result = await lintFile(workspace, 'postmortems/bomb.md', config)
    const frontMatter = result.findings.filter((finding) => finding.ruleId === 'front-matter')
    expect(frontMatter).toHaveLength(1)
    expect(frontMatter[0]).toMatchObject({ severity: 'error', line: 1 })
    expect(frontMatter[0]?.message).toMatch(/alias/i)
    // The rest of the document is still linted.
    expect(result.findings.some((finding) => finding.ruleId === 'required-sections')).toBe(true)
  })

  it('reports malformed front matter at its line and lints the rest', async () => {
    const result = await lintFile(workspace, 'postmortems/bad-yaml.md', config)
    const frontMatter = result.findings.filter((finding) => finding.ruleId === 'front-matter')
    expect(frontMatter).toHaveLength(1)
    expect(frontMatter[0]?.severity).toBe('error')
    expect(frontMatter[0]?.line).toBeGreaterThanOrEqual(3)
    expect(frontMatter[0]?.line).toBeLessThanOrEqual(4)
    expect(frontMatter[0]?.message).toContain('YAML')
    expect(result.skipped).toBeUndefined()
    expect(result.postmortem?.meta.title?.value).toBe('Broken')
  })
})

describe('lintFile on good files', () => {
  it('lints a file with a BOM exactly like the file without it', async () => {
    const plain = await lintFile(workspace, 'postmortems/good.md', config)
    const bom = await lintFile(workspace, 'postmortems/bom.md', config)
    expect(bom.skipped).toBeUndefined()
    expect(bom.text?.charCodeAt(0)).not.toBe(0xfeff)
    expect(bom.findings).toEqual(plain.findings)
    expect(bom.postmortem?.meta).toEqual(plain.postmortem?.meta)
  })

  it('keeps linting the good files of a batch full of bad ones', async () => {
    const paths = [
      'postmortems/empty.md',
      'postmortems/good.md',
      'postmortems/image.md',
      'postmortems/bomb.md',
      'postmortems/latin1.md',
      'postmortems/deep.md',
      'postmortems/link-outside.md',
      '../outside/secret.md',
      'postmortems/large.md',
      'postmortems/good-crlf.md',
      'postmortems/missing.md',
    ]
    const results = await Promise.all(paths.map((path) => lintFile(workspace, path, config)))
    expect(results.map((result) => result.path)).toEqual(paths)
    const linted = results.filter((result) => !result.skipped).map((result) => result.path)
    expect(linted).toEqual(['postmortems/good.md', 'postmortems/bomb.md', 'postmortems/good-crlf.md'])
    const good = results[1] as LintedFile
    expect(good.findings).toEqual([])
    expect(good.postmortem?.actionItems).toHaveLength(2)
    expect(results[9]?.findings).toEqual([])
  })
})

describe('lintText guards', () => {
  it('refuses deep nesting before parsing, at the deepest line', async () => {
    const result = await lintText('deep.md', `# Deep\n\n${'>'.repeat(10_000)} x\n`, config)
    expect(result.skipped).toBe(true)
    expect(result.findings.map((finding) => [finding.ruleId, finding.line])).toEqual([['too-deep', 3]])
  })

  it('refuses lists nested by indentation', async () => {
    const text = Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')
    const finding = guardText(text)
    expect(finding?.ruleId).toBe('too-deep')
    expect(finding?.line).toBe(200)
  })

  it('accepts ordinary nesting and a document just under the size cap', () => {
    expect(guardText('> quote\n> > nested\n\n- a\n  - b\n    - c\n')).toBeUndefined()
    expect(guardText(`# X\n${'a'.repeat(MAX_DOCUMENT_CHARS - 10)}`)).toBeUndefined()
  })

  it('refuses one character over the size cap', () => {
    expect(guardText(`# X\n${'a'.repeat(MAX_DOCUMENT_CHARS)}`)?.ruleId).toBe('too-large')
  })

  it('reports empty text', async () => {
    const result = await lintText('empty.md', '\ufeff \n', config)
    expect(result.skipped).toBe(true)
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['empty'])
  })

  it('lints a 300 KB document of prose without refusing it', async () => {
    const paragraph = 'The queue grew while the consumers were paused for the migration window.\n\n'
    const text = `# Long\n\n## Summary\n\n${paragraph.repeat(Math.floor((300 * 1024) / paragraph.length))}`
    const result = await lintText('long.md', text, config)
    expect(result.skipped).toBeUndefined()
    expect(result.postmortem?.sections.map((section) => section.key)).toEqual([undefined, 'summary'])
  })
})

describe('documents under the size cap that the Markdown parser would take minutes on', () => {
  // CPU time of remark-parse alone, measured on this machine before the guard existed: 2,000 separate lists
  // ~2 s, 8,000 (200 KB) ~21 s; escaped backticks 20 KB ~5 s, 50 KB ~59 s; an emphasis run 50 KB ~22 s.
  // Each doubling of these shapes takes about four times as long, so a 1 MB file would take hours.
  it('refuses tens of thousands of separate one-item lists before parsing', () => {
    const block = 'Note\n\n- item\n\n'
    const text = `# Many lists\n\n${block.repeat(Math.floor((MAX_DOCUMENT_CHARS - 100) / block.length))}`
    expect(text.length).toBeLessThan(MAX_DOCUMENT_CHARS)
    const finding = guardText(text)
    expect(finding).toMatchObject({ ruleId: 'too-complex', severity: 'error' })
    expect(finding?.message).toMatch(/^Unexpected more than \d+ separate lists/)
  })

  it.each([
    ['escaped backticks', '\\``'],
    ['an emphasis run', '**_* '],
  ])('refuses a 200 KB paragraph of %s at the line where the paragraph starts', (_name, unit) => {
    const text = `# Slow\n\n## Summary\n\n${unit.repeat(Math.floor((200 * 1024) / unit.length))}\n`
    expect(guardText(text)).toMatchObject({ ruleId: 'too-complex', line: 5 })
  })

  it('counts the marks inside table rows', () => {
    // Before 8385cbb table rows were skipped by the delimiter count: one row whose cell holds
    // escaped backticks takes 1.6 s at 10 KB, 6 s at 20 KB, 30 s at 40 KB; this 200 KB one ~12 minutes.
    const text = `## Timeline\n\n| Time | Event |\n|---|---|\n| 10:05 | ${'\\``'.repeat(Math.floor((200 * 1024) / 3))} |\n`
    expect(guardText(text)?.ruleId).toBe('too-complex')
  })

  it('counts setext headings', () => {
    // Before 8385cbb only ATX headings were counted: "a\n=\n" repeated takes 1.7 s at 10 KB, 6.6 s at 20 KB, 27 s at 40 KB.
    const text = 'Title\n=\n'.repeat(Math.floor((200 * 1024) / 8))
    expect(guardText(text)?.ruleId).toBe('too-complex')
  })

  it('counts lists inside blockquotes', () => {
    // Before 8385cbb "> - a" lines were not list lines for the guard: 5.7 s at 40 KB, 20 s at 80 KB of "> - a / > b" blocks.
    const text = '> - item\n>\n> text\n>\n'.repeat(Math.floor((200 * 1024) / 22))
    expect(guardText(text)?.ruleId).toBe('too-complex')
  })

  it('counts separate blockquotes', () => {
    // Blockquotes are containers like lists and cost the same: "> a / b" blocks take 2.6 s at 20 KB, 6.6 s at
    // 40 KB, 21 s at 80 KB; the guard did not count them before 8385cbb.
    const text = `x\n\n${'> a\n\nb\n\n'.repeat(Math.floor((200 * 1024) / 9))}`
    expect(guardText(text)?.ruleId).toBe('too-complex')
  })

  it('counts strikethrough tildes', () => {
    // "~" was not a counted mark before 8385cbb: "~~a~ " repeated takes 2.3 s at 40 KB, 9 s at 80 KB.
    const text = `## Summary\n\n${'~~a~ '.repeat(Math.floor((200 * 1024) / 5))}\n`
    expect(guardText(text)?.ruleId).toBe('too-complex')
  })
  it('still accepts the fixture documents (the corpus test checks the real ones)', () => {
    for (const text of [GOOD, fixture('lists.md'), fixture('findings.md')]) expect(guardText(text)).toBeUndefined()
  })
})

describe('rule options that the rule itself refuses', () => {
  it('refuses a bad option before any file is linted, naming the key and the value', async () => {
    const bad = defaultConfig()
    bad.rules['contributing-factors'] = { level: 'error', options: { minimum: 'two' } }
    const error = await lintText('a.md', fixture('reference.md'), bad).then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain('rules.contributing-factors.minimum')
    expect((error as Error).message).toContain('whole number')
    expect((error as Error).message).toContain('"two"')
  })

  it('names an unknown option and the known ones', async () => {
    const bad = defaultConfig()
    bad.rules['contributing-factors'] = { level: 'error', options: { min: 2 } }
    const error = await lintText('a.md', fixture('reference.md'), bad).then(() => undefined, (e: unknown) => e)
    expect((error as Error).message).toContain('unknown option `min`')
    expect((error as Error).message).toContain('minimum')
  })

  it('applies a valid option', async () => {
    const strict = defaultConfig()
    strict.rules['contributing-factors'] = { level: 'warn', options: { minimum: 5 } }
    const findings = (await lintText('a.md', fixture('reference.md'), strict)).findings
    expect(findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['contributing-factors', 'warning', 29]])
    expect(findings[0]?.message).toContain('4 contributing factors')
  })
})

describe('rows, items and words are counted before parsing (issue #11: cost under the size cap)', () => {
  const table = (rows: number) => `# X\n\n| a | b |\n| --- | --- |\n${'| x | y |\n'.repeat(rows)}`
  const list = (items: number) => `# X\n\n${'- item\n'.repeat(items)}`

  it('a table at the row limit is linted, one row more is too complex', () => {
    expect(guardText(table(COMPLEXITY_LIMITS.tableRows))).toBeUndefined()
    expect(guardText(table(COMPLEXITY_LIMITS.tableRows + 1))).toMatchObject({ ruleId: 'too-complex', line: COMPLEXITY_LIMITS.tableRows + 5 })
  })

  it('rows count across tables, also tables without outer pipes; a fenced block does not count', () => {
    const half = Math.ceil((COMPLEXITY_LIMITS.tableRows + 1) / 2)
    expect(guardText(`${table(half)}\n${'a | b\n--- | ---\n'}${'x | y\n'.repeat(half)}`)?.message).toMatch(/table rows/)
    expect(guardText(`# X\n\n\`\`\`\n${'| x | y |\n| - | - |\n'.repeat(COMPLEXITY_LIMITS.tableRows)}\`\`\`\n`)).toBeUndefined()
  })

  it('list items count, one list or many', () => {
    expect(guardText(list(COMPLEXITY_LIMITS.listItems))).toBeUndefined()
    expect(guardText(list(COMPLEXITY_LIMITS.listItems + 1))?.message).toMatch(new RegExp(`more than ${COMPLEXITY_LIMITS.listItems} list items`))
  })

  it('each list item counts its words on its own', () => {
    expect(guardText(`# X\n\n${'- an item of eight words in one list\n'.repeat(COMPLEXITY_LIMITS.listItems)}`)).toBeUndefined()
  })

  it('words per paragraph or line, and per document', () => {
    expect(guardText(`# X\n\n${'ab '.repeat(COMPLEXITY_LIMITS.wordsPerBlock - 2)}\n`)).toBeUndefined()
    expect(guardText(`# X\n\n${'ab '.repeat(COMPLEXITY_LIMITS.wordsPerBlock + 1)}\n`)).toMatchObject({ ruleId: 'too-complex', line: 3 })
    const paragraph = `${'word '.repeat(1000)}\n\n`
    expect(guardText(`# X\n\n${paragraph.repeat(COMPLEXITY_LIMITS.words / 1000 - 1)}`)).toBeUndefined()
    expect(guardText(`# X\n\n${paragraph.repeat(COMPLEXITY_LIMITS.words / 1000 + 1)}`)?.message).toMatch(new RegExp(`more than ${COMPLEXITY_LIMITS.words} words`))
  })
})
