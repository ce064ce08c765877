/**
 * The blameless-language vocabulary: entries (what is reported) and the lexicon (word classes the
 * clause analysis uses). Both are YAML data, validated here so a bad user entry fails with a
 * message naming the source, the entry and the key.
 */

export type BlameCategory = 'person-fault' | 'judgment' | 'hindsight' | 'human-error' | 'attribution'
export type EntryKind = 'phrase' | 'verb' | 'judgment' | 'detector'

export interface VocabularyEntry {
  id: string
  kind: EntryKind
  category: BlameCategory
  /** Token sequences (see vocabulary.yml for the syntax). Empty for detectors. */
  patterns: string[]
  note: string
  hint: string
  source: string
  suggest?: string
  /** person: the clause's subject is a person; person-active: the phrase is the object of a person's past action. */
  subject?: 'person' | 'person-active'
  human: boolean
  negatable: boolean
  predicative: boolean
  unlessNext: string[]
  unlessPrev: string[]
  /**
   * warn: the phrase is a team's self-critique unless it names a person other than the writers
   * ("poor coordination", "our bad"); it is then reported at the rule's `selfCritique` level.
   */
  level?: 'warn'
}

export const CATEGORIES: readonly BlameCategory[] = ['person-fault', 'judgment', 'hindsight', 'human-error', 'attribution']
const KINDS: readonly EntryKind[] = ['phrase', 'verb', 'judgment', 'detector']
const KNOWN_KEYS = ['id', 'kind', 'category', 'patterns', 'note', 'hint', 'source', 'suggest', 'subject', 'human', 'negatable', 'predicative', 'unlessNext', 'unlessPrev', 'level']
/** A pattern word: letters, digits, hyphen, apostrophe; alternatives with `|`; `?` for optional; or a placeholder. */
const PATTERN_WORD = /^(?:\{person\}|\{poss\}|\*\??|[\p{L}\p{N}'’-]+(?:\|[\p{L}\p{N}'’-]+)*\??)$/u

export interface Lexicon {
  roles: string[]
  external: string[]
  personPronouns: string[]
  indefinite: string[]
  systemNouns: string[]
  systemNames: string[]
  remedialNouns: string[]
  changeNouns: string[]
  errorAdjectives: string[]
  changeParticiples: string[]
  neutralParticiples: string[]
  responseVerbs: string[]
  passiveFaultParticiples: string[]
  humanSignals: string[]
  systemParticiples: string[]
  humanVerbs: string[]
  experienceVerbs: string[]
  timeliness: string[]
  inattentionVerbs: string[]
  adjectivalParticiples: string[]
  preventionVerbs: string[]
  metaMarkers: string[]
}

export const LEXICON_KEYS: readonly (keyof Lexicon)[] = [
  'roles', 'external', 'personPronouns', 'indefinite', 'systemNouns', 'systemNames', 'remedialNouns', 'changeNouns', 'errorAdjectives',
  'changeParticiples', 'neutralParticiples', 'responseVerbs', 'passiveFaultParticiples', 'humanSignals', 'systemParticiples', 'humanVerbs',
  'experienceVerbs', 'timeliness', 'inattentionVerbs', 'adjectivalParticiples', 'preventionVerbs', 'metaMarkers',
]

/** Ids of the clause analyses the engine implements; the built-in vocabulary must describe each. */
export const DETECTOR_IDS = ['failed-to', 'omission', 'passive-fault', 'passive-agent', 'hindsight', 'hindsight-passive', 'hindsight-conditional'] as const
export type DetectorId = (typeof DETECTOR_IDS)[number]

function fail(source: string, where: string, problem: string): never {
  throw new Error(`${source}: ${where}: ${problem}`)
}

function stringList(value: unknown, source: string, where: string, key: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    fail(source, where, `\`${key}\` must be a list of non-empty strings`)
  }
  return value.map((item: string) => item.toLowerCase().trim())
}

function optionalString(record: Record<string, unknown>, key: string, source: string, where: string): string | undefined {
  const value = record[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string') fail(source, where, `\`${key}\` must be a string`)
  return value
}

function requiredText(record: Record<string, unknown>, key: string, source: string, where: string): string {
  const value = record[key]
  if (typeof value !== 'string' || value.trim() === '') fail(source, where, `\`${key}\` must be a non-empty string`)
  return value.trim()
}

function optionalBoolean(record: Record<string, unknown>, key: string, source: string, where: string): boolean {
  const value = record[key]
  if (value === undefined) return false
  if (typeof value !== 'boolean') fail(source, where, `\`${key}\` must be true or false`)
  return value
}

function validateEntry(raw: unknown, index: number, source: string, allowDetectors: boolean): VocabularyEntry {
  const position = `entry ${index + 1}`
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(source, position, 'expected a mapping with id, kind, category, patterns, note, hint, source')
  const record = raw as Record<string, unknown>
  const id = record.id
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(source, position, '`id` must be a kebab-case string (a-z, 0-9, -)')
  const where = `${position} (${id})`
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.includes(key)) fail(source, where, `unknown key \`${key}\`, expected one of: ${KNOWN_KEYS.join(', ')}`)
  }
  const kind = record.kind
  if (typeof kind !== 'string' || !KINDS.includes(kind as EntryKind)) fail(source, where, `\`kind\` must be one of: ${KINDS.join(', ')}`)
  if (kind === 'detector' && !allowDetectors) fail(source, where, '`kind: detector` is reserved for the built-in vocabulary, expected phrase, verb or judgment')
  if (kind === 'detector' && !(DETECTOR_IDS as readonly string[]).includes(id)) fail(source, where, `unknown detector id, expected one of: ${DETECTOR_IDS.join(', ')}`)
  const category = record.category
  if (typeof category !== 'string' || !CATEGORIES.includes(category as BlameCategory)) fail(source, where, `\`category\` must be one of: ${CATEGORIES.join(', ')}`)
  const patterns = record.patterns === undefined && kind === 'detector' ? [] : stringList(record.patterns, source, where, 'patterns')
  if (kind !== 'detector' && patterns.length === 0) fail(source, where, '`patterns` must list at least one pattern')
  for (const pattern of patterns) {
    const bad = pattern.split(/\s+/).find((word) => !PATTERN_WORD.test(word))
    if (bad !== undefined) fail(source, where, `\`patterns\`: \`${pattern}\` has an invalid word \`${bad}\` (expected words, a|b alternatives, word?, *, {person} or {poss})`)
    if (pattern.split(/\s+/).every((word) => word.endsWith('?') || word === '*')) fail(source, where, `\`patterns\`: \`${pattern}\` must have at least one required word`)
  }
  const subject = optionalString(record, 'subject', source, where)
  if (subject !== undefined && subject !== 'person' && subject !== 'person-active') fail(source, where, '`subject` must be `person` or `person-active` when given')
  const entry: VocabularyEntry = {
    id,
    kind: kind as EntryKind,
    category: category as BlameCategory,
    patterns,
    note: requiredText(record, 'note', source, where),
    hint: requiredText(record, 'hint', source, where),
    source: requiredText(record, 'source', source, where),
    human: optionalBoolean(record, 'human', source, where),
    negatable: optionalBoolean(record, 'negatable', source, where),
    predicative: optionalBoolean(record, 'predicative', source, where),
    unlessNext: record.unlessNext === undefined ? [] : stringList(record.unlessNext, source, where, 'unlessNext'),
    unlessPrev: record.unlessPrev === undefined ? [] : stringList(record.unlessPrev, source, where, 'unlessPrev'),
  }
  const suggest = optionalString(record, 'suggest', source, where)
  if (suggest !== undefined) entry.suggest = suggest
  if (subject === 'person' || subject === 'person-active') entry.subject = subject
  const level = optionalString(record, 'level', source, where)
  if (level !== undefined && level !== 'warn') fail(source, where, '`level` must be `warn` when given (self-critique unless a person is named)')
  if (level === 'warn') entry.level = 'warn'
  return entry
}

/**
 * Validates vocabulary entries: a list, or a mapping with an `entries` list (the built-in file).
 * Throws an Error naming `source`, the entry (index and id) and the key that is wrong.
 */
export function validateVocabulary(data: unknown, source: string, options: { allowDetectors?: boolean } = {}): VocabularyEntry[] {
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? (data as Record<string, unknown>).entries : undefined
  if (!Array.isArray(list)) fail(source, 'top level', 'expected a list of entries (or a mapping with `entries:`)')
  const entries = list.map((raw, index) => validateEntry(raw, index, source, options.allowDetectors ?? false))
  const seen = new Set<string>()
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) fail(source, `entry ${index + 1} (${entry.id})`, '`id` is used by an earlier entry')
    seen.add(entry.id)
  })
  return entries
}

export function validateLexicon(data: unknown, source: string): Lexicon {
  const record = data && typeof data === 'object' ? (data as Record<string, unknown>).lexicon : undefined
  if (!record || typeof record !== 'object' || Array.isArray(record)) fail(source, 'lexicon', 'expected a mapping of word lists')
  const lexicon = {} as Lexicon
  for (const key of LEXICON_KEYS) lexicon[key] = stringList((record as Record<string, unknown>)[key], source, 'lexicon', key)
  for (const key of Object.keys(record)) {
    if (!(LEXICON_KEYS as readonly string[]).includes(key)) fail(source, 'lexicon', `unknown list \`${key}\`, expected one of: ${LEXICON_KEYS.join(', ')}`)
  }
  return lexicon
}

export interface Vocabulary {
  entries: VocabularyEntry[]
  lexicon: Lexicon
}

/** Validates the built-in vocabulary's data (the build embeds the YAML as JSON: no YAML parse at start-up); every detector must have its entry. */
export function vocabularyFromData(data: unknown, source: string): Vocabulary {
  const entries = validateVocabulary(data, source, { allowDetectors: true })
  for (const id of DETECTOR_IDS) {
    if (!entries.some((entry) => entry.id === id && entry.kind === 'detector')) fail(source, 'entries', `missing the \`${id}\` detector entry`)
  }
  return { entries, lexicon: validateLexicon(data, source) }
}
