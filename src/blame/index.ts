/**
 * The blameless-language engine: finds text that makes a person the cause of an incident or
 * judges them, and says why and what a system-focused rewrite would name.
 * Pure and dependency-light: a hand-built clause analysis over tokens, vocabulary as YAML data.
 */
import { PatternIndex, SentenceAnalysis, compilePattern, type Compiled, type PersonRef, type Sets, type TokenHit } from './detect.js'
import { sentences, tokenize, type Token } from './text.js'
// The vocabulary as `npm run gen` validated it from vocabulary.yml (validating it here cost ~20 ms of
// start-up); test/blame/vocabulary.test.ts fails when the two differ.
import { data as validatedVocabulary } from './vocabulary.validated.generated.js'
import { DETECTOR_IDS, validateVocabulary, type BlameCategory, type DetectorId, type Lexicon, type Vocabulary, type VocabularyEntry } from './vocabulary.js'

export type { BlameCategory, VocabularyEntry } from './vocabulary.js'
export { validateVocabulary } from './vocabulary.js'

/**
 * How the policy weighs a hit (issue #9): `blame` names or judges a person, role or team, or says
 * "human error" (an error by default); `hindsight` is a counterfactual about what should have been
 * done, and `self-critique` a team's judgment of its own work ("we missed", "our bad"), both a
 * warning at most by default.
 */
export type BlameKind = 'blame' | 'hindsight' | 'self-critique'

export interface BlameHit {
  /** Offsets into the given text: [start, end) is the exact phrase. */
  start: number
  end: number
  phrase: string
  entryId: string
  category: BlameCategory
  kind: BlameKind
  /** The category as messages name it: person as cause, judgment, hindsight, attribution, self-critique. */
  label: string
  /** "Unexpected `phrase` (label): <why it reads as blame>; expected <what a system-focused rewrite names>" */
  message: string
  /** Replacement for [start, end), only when mechanically safe. */
  suggestion?: string
}

export interface BlameOptions {
  /** Phrases never flagged, case-insensitive. */
  allow?: string[]
  /** User vocabulary entries, same schema as the YAML, validated. */
  extraEntries?: unknown[]
}

interface Base {
  lexicon: Lexicon
  entries: VocabularyEntry[]
  compiled: Compiled
}

let base: Base | undefined
const withExtras = new WeakMap<unknown[], Compiled>()

function loadBase(): Base {
  if (base) return base
  const { entries, lexicon } = validatedVocabulary as Vocabulary
  base = { lexicon, entries, compiled: compile(entries, lexicon) }
  return base
}

function compile(entries: VocabularyEntry[], lexicon: Lexicon): Compiled {
  const verbForms = new Set<string>()
  const verbs = new Map<string, Array<{ entry: VocabularyEntry; words: string[] }>>()
  const judgments = new Map<string, VocabularyEntry>()
  const phrases = []
  const detectors = {} as Record<DetectorId, VocabularyEntry>
  for (const entry of entries) {
    if (entry.kind === 'detector') detectors[entry.id as DetectorId] = entry
    for (const pattern of entry.patterns) {
      if (entry.kind === 'phrase') phrases.push(compilePattern(entry, pattern))
      if (entry.kind === 'judgment') for (const word of pattern.split(/\s+/)) judgments.set(word, entry)
      if (entry.kind === 'verb') {
        const words = pattern.split(/\s+/)
        const first = words[0] as string
        verbForms.add(first)
        const list = verbs.get(first) ?? []
        list.push({ entry, words })
        // Longer forms first: "messed up" before "messed".
        list.sort((a, b) => b.words.length - a.words.length)
        verbs.set(first, list)
      }
    }
  }
  for (const id of DETECTOR_IDS) if (!detectors[id]) throw new Error(`src/blame/vocabulary.yml: missing the \`${id}\` detector entry`)
  const sets: Sets = {
    roles: new Set(lexicon.roles),
    external: new Set(lexicon.external),
    personPronouns: new Set(lexicon.personPronouns),
    indefinite: new Set(lexicon.indefinite),
    systemNouns: new Set(lexicon.systemNouns),
    systemNames: new Set(lexicon.systemNames),
    remedialNouns: new Set(lexicon.remedialNouns),
    changeNouns: new Set(lexicon.changeNouns),
    errorAdjectives: new Set(lexicon.errorAdjectives),
    changeParticiples: new Set(lexicon.changeParticiples),
    neutralParticiples: new Set(lexicon.neutralParticiples),
    responseVerbs: new Set(lexicon.responseVerbs),
    passiveFaultParticiples: new Set(lexicon.passiveFaultParticiples),
    humanSignals: new Set(lexicon.humanSignals),
    systemParticiples: new Set(lexicon.systemParticiples),
    humanVerbs: new Set(lexicon.humanVerbs),
    experienceVerbs: new Set(lexicon.experienceVerbs),
    inattentionVerbs: new Set(lexicon.inattentionVerbs),
    adjectivalParticiples: new Set(lexicon.adjectivalParticiples),
    preventionVerbs: new Set(lexicon.preventionVerbs),
    verbForms,
  }
  const metaEntry: VocabularyEntry = { id: 'meta', kind: 'phrase', category: 'attribution', patterns: [], note: '', hint: '', source: '', human: false, negatable: false, predicative: false, unlessNext: [], unlessPrev: [] }
  const meta = lexicon.metaMarkers.map((marker) => compilePattern(metaEntry, marker))
  const timeliness = lexicon.timeliness.map((marker) => compilePattern(metaEntry, marker))
  return {
    sets,
    phrases: new PatternIndex(phrases),
    verbs,
    judgments,
    meta: new PatternIndex(meta),
    timeliness: new PatternIndex(timeliness),
    detectors,
    ...triggersOf(triggerWords(entries, lexicon)),
  }
}

/**
 * The alternatives of a pattern's most telling required word: the one whose shortest alternative is
 * longest ("wrong" in "the|a wrong", "bother" in "not bother to"), so the pre-check stays selective.
 */
export function rarestWord(parts: string[]): string[] {
  let best: string[] = []
  let bestScore = -Infinity
  for (const part of parts) {
    if (part.endsWith('?') || part.startsWith('{') || part === '*') continue
    const alternatives = part.split('|')
    const common = alternatives.filter((alternative) => COMMON_WORDS.has(alternative)).length
    const score = Math.min(...alternatives.map((alternative) => alternative.length)) - 100 * common
    if (score > bestScore) {
      best = alternatives
      bestScore = score
    }
  }
  return best
}

/** Words in most sentences: a poor pre-check anchor when a pattern has a better one. */
const COMMON_WORDS = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'it', 'that', 'who', 'this', 'made', 'make', 'makes', 'making', 'take', 'took', 'takes', 'led', 'started', 'part', 'through', 'action', 'better', 'idea', 'enough', 'call', 'though', 'without', 'lack', 'one', 'not', 'no', "'s"])

/** Words that the clause analyses start from (negation, modals, conditionals, passives). */
const DETECTOR_TRIGGERS = ['not', 'never', 'fail', 'failed', 'fails', 'failing', 'unable', 'should', 'ought', 'could', 'had', 'by', 'none', 'nobody', 'no-one', 'neither', 'no', 'ignored']

/**
 * Every hit needs one of these words: verb forms, judgments, each phrase pattern's first required
 * word and the detectors' triggers. Texts without any are skipped before tokenising.
 */
function triggerWords(entries: VocabularyEntry[], lexicon: Lexicon): Set<string> {
  const words = new Set<string>([...DETECTOR_TRIGGERS, ...lexicon.passiveFaultParticiples])
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      const parts = pattern.split(/\s+/)
      if (entry.kind !== 'phrase') {
        for (const word of entry.kind === 'verb' ? parts.slice(0, 1) : parts) words.add(word)
        continue
      }
      for (const word of rarestWord(parts)) words.add(word.replace(/’/g, "'"))
    }
  }
  return words
}

function triggersOf(words: Set<string>): Pick<Compiled, 'triggers' | 'triggerWords'> {
  return { triggers: new TriggerScan(words), triggerWords: words }
}

function hasTrigger(tokens: Token[], start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let index = start; index < end; index++) {
    const token = tokens[index] as Token
    if (token.kind === 'word' && (words.has(token.lower) || (token.lower.includes('-') && token.lower.split('-').some((part) => words.has(part))))) return true
  }
  return false
}

/**
 * The pre-check: does the text hold any trigger as a whole word, or a contraction (n't, 'd)? A scan
 * of word runs against the set, where one regular expression alternating hundreds of words cost
 * about 40 ms to compile on the first text of every run. It accepts whatever that expression
 * accepted: a trigger stands in a run of letters, digits, hyphens and apostrophes, between the
 * run's edges or its hyphens and apostrophes, so every such span of a run is looked up.
 */
export class TriggerScan {
  private readonly words: ReadonlySet<string>
  /** Triggers with a character no word run holds (a dot, a space): matched as plain substrings. */
  private readonly odd: readonly string[]

  constructor(words: ReadonlySet<string>) {
    const normal = [...words].map((word) => word.toLowerCase().replace(/’/g, "'"))
    this.words = new Set(normal)
    this.odd = normal.filter((word) => !/^[\p{L}\p{N}'-]+$/u.test(word))
  }

  test(text: string): boolean {
    const lower = text.toLowerCase().replace(/’/g, "'")
    if (lower.includes("n't") || lower.includes("'d")) return true
    if (this.odd.some((word) => lower.includes(word))) return true
    for (const [run] of lower.matchAll(/[\p{L}\p{N}'-]+/gu)) {
      if (this.words.has(run)) return true
      if (!/['-]/.test(run)) continue
      const pieces = run.split(/(?=['-])|(?<=['-])/)
      for (let first = 0; first < pieces.length; first++) {
        let span = ''
        for (let last = first; last < pieces.length; last++) {
          span += pieces[last]
          if (this.words.has(span)) return true
        }
      }
    }
    return false
  }
}

function compiledFor(options: BlameOptions | undefined): Compiled {
  const loaded = loadBase()
  const extra = options?.extraEntries
  if (!extra || extra.length === 0) return loaded.compiled
  let compiled = withExtras.get(extra)
  if (!compiled) {
    const entries = validateVocabulary(extra, 'blameless-language phrases')
    const ids = new Set(loaded.entries.map((entry) => entry.id))
    const clash = entries.find((entry) => ids.has(entry.id))
    if (clash) throw new Error(`blameless-language phrases: entry (${clash.id}): \`id\` is already used by the built-in vocabulary, expected a new id`)
    compiled = compile([...loaded.entries, ...entries], loaded.lexicon)
    withExtras.set(extra, compiled)
  }
  return compiled
}

/** The built-in entries and lexicon as loaded (for tests). */
export function builtInVocabulary(): Vocabulary {
  const { entries, lexicon } = loadBase()
  return { entries, lexicon }
}

/** The words whose presence lets a text past the pre-check (for tests). */
export function builtInTriggerWords(): ReadonlySet<string> {
  return loadBase().compiled.triggerWords
}

/** The built-in vocabulary entries (for docs and tests). */
export function builtInEntries(): readonly VocabularyEntry[] {
  return loadBase().entries
}

/**
 * Finds blaming phrases in one text (a paragraph, table cell or list item; may hold several
 * sentences). Offsets are into `text`.
 */
export function findBlame(text: string, options?: BlameOptions): BlameHit[] {
  const compiled = compiledFor(options)
  // Most texts hold no trigger word at all: skip them before tokenising.
  if (!compiled.triggers.test(text)) return []
  const tokens = tokenize(text)
  const hits: TokenHit[] = []
  for (const [start, end] of sentences(tokens)) {
    if (!hasTrigger(tokens, start, end, compiled.triggerWords)) continue
    const analysis = new SentenceAnalysis(tokens, start, end, compiled)
    const found = analysis.run()
    // Only a sentence with hits needs the check for talk about blame culture itself.
    if (found.length > 0 && !analysis.isMeta()) hits.push(...found)
  }
  const found = dedupe(hits.map((hit) => toBlameHit(text, tokens, hit)))
  if (found.length === 0 || !options?.allow?.length) return found
  const allowed = allowedRanges(text, options.allow)
  return found.filter((hit) => !allowed.some((range) => hit.start < range.end && range.start < hit.end))
}

function toBlameHit(text: string, tokens: Token[], hit: TokenHit): BlameHit {
  let start = (tokens[hit.first] as Token).start
  let end = (tokens[hit.last] as Token).end
  const phrase = text.slice(start, end)
  const { entry } = hit
  const kind = kindOf(entry, hit.person)
  const label = kind === 'blame' ? CATEGORY_LABELS[entry.category] : kind
  const result: BlameHit = {
    start,
    end,
    phrase,
    entryId: entry.id,
    category: entry.category,
    kind,
    label,
    message: `Unexpected \`${phrase.replace(/\s+/g, ' ').replace(/`/g, "'")}\` (${label}): ${entry.note}; expected ${entry.hint}`,
  }
  if (hit.deleteSuggested) {
    // Take one neighbouring space with the word so the sentence reads cleanly after deletion.
    if (text[end] === ' ') end++
    else if (text[start - 1] === ' ') start--
    return { ...result, start, end, phrase: text.slice(start, end), suggestion: '' }
  }
  if (hit.replacement !== undefined) result.suggestion = matchCase(phrase, hit.replacement)
  return result
}

const CATEGORY_LABELS: Record<BlameCategory, string> = {
  'person-fault': 'person as cause',
  judgment: 'judgment',
  hindsight: 'hindsight',
  'human-error': 'attribution',
  attribution: 'attribution',
}

/**
 * The policy: "human error" and words that judge a person are blame whoever they are about; anything
 * else is blame when it names a person, role or team other than the writers; hindsight that names no
 * one else is hindsight; the writers' judgment of their own work, or a phrase that names no one, is
 * self-critique (for entries marked `level: warn` and the clause analyses; other phrases stay blame).
 */
export function kindOf(entry: VocabularyEntry, person: PersonRef): BlameKind {
  if (entry.category === 'human-error') return 'blame'
  if (entry.kind === 'judgment' && !entry.level) return 'blame'
  if (person === 'named') return 'blame'
  if (entry.category === 'hindsight') return 'hindsight'
  if (person === 'self' || entry.level === 'warn' || entry.kind === 'detector') return 'self-critique'
  return 'blame'
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}

/** Overlapping hits: keep the one that starts first (then the longer one). */
function dedupe(hits: BlameHit[]): BlameHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: BlameHit[] = []
  for (const hit of hits) {
    const last = kept[kept.length - 1]
    if (last && hit.start < last.end) continue
    kept.push(hit)
  }
  return kept
}

const allowPatterns = new WeakMap<string[], RegExp[]>()

/** Case-insensitive, and any run of whitespace (a wrapped line) matches a space. */
function allowedRanges(text: string, allow: string[]): Array<{ start: number; end: number }> {
  let patterns = allowPatterns.get(allow)
  if (!patterns) {
    patterns = allow
      .map((phrase) => phrase.trim().split(/\s+/).filter(Boolean))
      .filter((words) => words.length > 0)
      .map((words) => new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu'))
    allowPatterns.set(allow, patterns)
  }
  const ranges: Array<{ start: number; end: number }> = []
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length })
  }
  return ranges
}
