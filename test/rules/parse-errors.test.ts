/**
 * The findings the engine makes when it cannot read a file as a post-mortem, checked against
 * docs/rules/parse-errors.md: each one has a section there, and the message the page quotes is
 * the message a file like that really gets.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import { afterAll, describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { validateConfig } from '../../src/config/parse.js'
import { lintFile } from '../../src/files.js'
import type { LintedFile } from '../../src/lint/api.js'
import { ruleDocsUrl } from '../../src/lint/docs.js'
import { ENGINE_FINDINGS, lintText } from '../../src/lint/engine.js'
import { parseMarkdown, RULE_DOCS_DIR } from './doc-pages.js'

/** `## id` -> the messages quoted in that section (inline code starting with "Unexpected "). */
function documentedMessages(): Map<string, string[]> {
  const tree = parseMarkdown(readFileSync(`${RULE_DOCS_DIR}parse-errors.md`, 'utf8'))
  const sections = new Map<string, string[]>()
  let current: string[] | undefined
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading' && node.depth === 2) {
      current = []
      sections.set((node.children[0] as { value: string }).value, current)
      continue
    }
    visit(node, 'inlineCode', (code) => {
      if (current && code.value.startsWith('Unexpected ')) current.push(code.value)
    })
  }
  return sections
}

const workspace = mkdtempSync(join(tmpdir(), 'parse-errors-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

let files = 0

/** Writes a fresh file (producers run more than once) and returns its workspace-relative name. */
function writeBytes(name: string, bytes: Buffer): string {
  const unique = `${++files}-${name}`
  writeFileSync(join(workspace, unique), bytes)
  return unique
}

const config = defaultConfig()
const POSTMORTEM = '# Post-Mortem: Export stalled (2025-03-08)\n\n## Summary\n\nThe export stopped.\n'

/** One file per engine finding, made the way the page describes it. */
const producers: Record<(typeof ENGINE_FINDINGS)[number], () => Promise<LintedFile>> = {
  empty: () => lintText('empty.md', '\n  \n\t\n', config),
  'too-large': () => lintText('large.md', `# Dump\n\n${'x'.repeat(2_000_000 - 8)}`, config),
  'too-complex': () => lintText('lists.md', `# Notes\n\n${'Note\n\n- item\n\n'.repeat(501)}`, config),
  'too-deep': () => lintText('deep.md', `# Quotes\n\n${'> '.repeat(40)}deep\n`, config),
  binary: () => {
    const bytes = Buffer.from(POSTMORTEM.padEnd(2000, ' '))
    bytes[1024] = 0
    return lintFile(workspace, writeBytes('image.md', bytes), config)
  },
  encoding: () => {
    const bytes = Buffer.from(POSTMORTEM.padEnd(6000, ' '))
    bytes[5120] = 0xff
    return lintFile(workspace, writeBytes('latin1.md', bytes), config)
  },
  unreadable: () => {
    const target = writeBytes('real.md', Buffer.from(POSTMORTEM))
    const link = `${target}.link.md`
    symlinkSync(join(workspace, target), join(workspace, link))
    return lintFile(workspace, link, config)
  },
  comment: () => lintText('comment.md', `${POSTMORTEM}\n<!-- postmortem-lint quiet -->\n\nMore text.\n`, config),
  'front-matter': () => lintText('front.md', `---\ntitle: "Payment retries\ndate: 2025-05-14\n---\n\n${POSTMORTEM}`, config),
}

describe('docs/rules/parse-errors.md', () => {
  const documented = documentedMessages()

  it('has a section for every finding the engine makes, and no other', () => {
    expect([...documented.keys()].sort()).toEqual([...ENGINE_FINDINGS].sort())
  })

  for (const id of ENGINE_FINDINGS) {
    it(`${id}: quotes the message such a file gets, with the page's URL`, async () => {
      const result = await producers[id]()
      const finding = result.findings.find((candidate) => candidate.ruleId === id)
      expect(finding, `a ${id} finding`).toBeDefined()
      expect(documented.get(id)).toContain(finding?.message)
      expect(finding?.severity).toBe('error')
      expect(finding?.url).toBe(ruleDocsUrl('parse-errors'))
      expect(finding?.message).toMatch(/^Unexpected \S.*, expected \S/)
    })
  }
})

describe('files the engine cannot read', () => {
  it('are skipped with their one finding, except broken front matter', async () => {
    for (const id of ENGINE_FINDINGS) {
      const result = await producers[id]()
      if (id === 'front-matter' || id === 'comment') {
        expect(result.skipped, id).toBeFalsy()
        expect(result.findings.map((finding) => finding.ruleId), 'rules still run').toContain('required-sections')
      } else {
        expect(result.skipped, id).toBe(true)
        expect(result.findings.map((finding) => finding.ruleId), id).toEqual([id])
      }
    }
  })

  it('point at the line of the problem', async () => {
    const bytes = Buffer.from(`${POSTMORTEM}\nThe caf\xe9 line.\n`, 'latin1')
    const encoding = await lintFile(workspace, writeBytes('cafe.md', bytes), config)
    expect(encoding.findings[0]).toMatchObject({ ruleId: 'encoding', line: 7 })
    const deep = await lintText('deep.md', `# Quotes\n\nFine.\n\n${'> '.repeat(40)}deep\n`, config)
    expect(deep.findings[0]).toMatchObject({ ruleId: 'too-deep', line: 5 })
    const front = await lintText('front.md', `---\ntitle: "Payment retries\ndate: 2025-05-14\n---\n\n${POSTMORTEM}`, config)
    expect(front.findings.find((finding) => finding.ruleId === 'front-matter')?.line).toBeGreaterThanOrEqual(2)
  })

  it('do not include a byte-order mark or a folder', async () => {
    const bom = await lintText('bom.md', `\ufeff${POSTMORTEM}`, config)
    expect(bom.skipped).toBeFalsy()
    expect(bom.findings.map((finding) => finding.ruleId)).not.toContain('encoding')
    mkdirSync(join(workspace, 'folder.md'))
    const folder = await lintFile(workspace, 'folder.md', config)
    expect(folder).toMatchObject({ skipped: true, findings: [{ ruleId: 'unreadable' }] })
  })

  it('cannot be switched off in the configuration', () => {
    for (const id of ENGINE_FINDINGS) expect(() => validateConfig({ rules: { [id]: 'off' } }), id).toThrow(/unknown rule/)
  })
})
