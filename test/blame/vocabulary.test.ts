/**
 * Vocabulary validation: the built-in YAML loads, and a bad entry is refused with a message that
 * names the source, the entry (index and id) and the key that is wrong.
 */
import { describe, expect, it } from 'vitest'
import { builtInEntries, builtInVocabulary } from '../../src/blame/index.js'
import { parse as parseYaml } from 'yaml'
import { CATEGORIES, DETECTOR_IDS, validateVocabulary, vocabularyFromData } from '../../src/blame/vocabulary.js'
import vocabularyText from '../../src/blame/vocabulary.yml.generated.js'

const GOOD = { id: 'yolo', kind: 'phrase', category: 'judgment', patterns: ['yolo|yoloed'], note: 'it mocks a risky action', hint: 'the missing gate', source: 'team handbook' }

describe('the built-in vocabulary', () => {
  it('loads, with an entry for every detector and a note, hint and source for every entry', () => {
    const entries = builtInEntries()
    for (const id of DETECTOR_IDS) expect(entries.map((entry) => entry.id)).toContain(id)
    for (const entry of entries) {
      expect(CATEGORIES).toContain(entry.category)
      expect(entry.note.length, entry.id).toBeGreaterThan(10)
      expect(entry.hint.length, entry.id).toBeGreaterThan(10)
      expect(entry.source.length, entry.id).toBeGreaterThan(5)
    }
  })

  it('is vocabulary.yml as validated now (the generated data is not stale)', () => {
    const fresh = vocabularyFromData(parseYaml(vocabularyText), 'src/blame/vocabulary.yml')
    expect(fresh.entries.length).toBeGreaterThan(50)
    expect(builtInVocabulary()).toEqual(fresh)
  })

  it('covers every category', () => {
    const categories = new Set(builtInEntries().map((entry) => entry.category))
    expect([...categories].sort()).toEqual([...CATEGORIES].sort())
  })

  it('refuses a built-in file that lacks a detector entry', () => {
    const withoutHindsight = vocabularyText.replace('  - id: hindsight\n', '  - id: hindsight-renamed\n')
    expect(() => vocabularyFromData(parseYaml(withoutHindsight), 'vocabulary.yml')).toThrow(/vocabulary\.yml: entry \d+ \(hindsight-renamed\): unknown detector id/)
  })
})

describe('validateVocabulary', () => {
  it('accepts a well-formed user entry and fills the optional keys', () => {
    const [entry] = validateVocabulary([GOOD], '.postmortemrc.yml')
    expect(entry).toMatchObject({ id: 'yolo', kind: 'phrase', patterns: ['yolo|yoloed'], human: false, negatable: false, unlessNext: [] })
  })

  const cases: Array<[string, unknown, RegExp]> = [
    ['a mapping instead of a list', { id: 'x' }, /rc\.yml: top level: expected a list of entries/],
    ['a string entry', ['careless'], /rc\.yml: entry 1: expected a mapping/],
    ['an id that is not kebab-case', [{ ...GOOD, id: 'Bad Id' }], /entry 1: `id` must be a kebab-case string/],
    ['a missing kind', [{ ...GOOD, kind: undefined }], /entry 1 \(yolo\): `kind` must be one of: phrase, verb, judgment, detector/],
    ['a detector in user data', [{ ...GOOD, kind: 'detector' }], /entry 1 \(yolo\): `kind: detector` is reserved/],
    ['an unknown category', [{ ...GOOD, category: 'rude' }], /entry 1 \(yolo\): `category` must be one of: person-fault, judgment, hindsight, human-error, attribution/],
    ['patterns as a string', [{ ...GOOD, patterns: 'yolo' }], /entry 1 \(yolo\): `patterns` must be a list of non-empty strings/],
    ['an empty pattern list', [{ ...GOOD, patterns: [] }], /entry 1 \(yolo\): `patterns` must list at least one pattern/],
    ['a regular expression as a pattern', [{ ...GOOD, patterns: ['yol(o)+'] }], /entry 1 \(yolo\): `patterns`: `yol\(o\)\+` has an invalid word `yol\(o\)\+`/],
    ['a pattern with only optional words', [{ ...GOOD, patterns: ['very? *'] }], /`very\? \*` must have at least one required word/],
    ['a missing note', [{ ...GOOD, note: '' }], /entry 1 \(yolo\): `note` must be a non-empty string/],
    ['a missing source', [{ ...GOOD, source: undefined }], /entry 1 \(yolo\): `source` must be a non-empty string/],
    ['a non-boolean flag', [{ ...GOOD, negatable: 'yes' }], /entry 1 \(yolo\): `negatable` must be true or false/],
    ['an unknown subject', [{ ...GOOD, subject: 'team' }], /entry 1 \(yolo\): `subject` must be `person`/],
    ['an unknown key', [{ ...GOOD, severity: 'high' }], /entry 1 \(yolo\): unknown key `severity`/],
    ['a duplicate id', [GOOD, { ...GOOD }], /entry 2 \(yolo\): `id` is used by an earlier entry/],
    ['a suggestion that is not text', [{ ...GOOD, suggest: 3 }], /entry 1 \(yolo\): `suggest` must be a string/],
  ]
  for (const [name, data, message] of cases) {
    it(`refuses ${name}, naming where and what`, () => {
      expect(() => validateVocabulary(data, '.postmortemrc.yml')).toThrow(message)
    })
  }

  it('counts entries from 1 and names the id of the bad one among good ones', () => {
    expect(() => validateVocabulary([GOOD, { ...GOOD, id: 'second', hint: 42 }], 'team.yml')).toThrow('team.yml: entry 2 (second): `hint` must be a non-empty string')
  })
})
