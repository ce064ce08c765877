/**
 * Who is the subject? The clause analysis over tokens: classifies noun-phrase heads
 * (person, role, team, @handle, pronoun, name versus system, process, code) and finds the
 * subject of a verb by walking left over adverbs and auxiliaries, through appositives,
 * relative clauses, partitives ("none of us") and coordination ("... but did not check").
 */
import {
  AUXILIARIES, CONJUNCTIONS, DETERMINERS, FIRST_PERSON_POSSESSIVES, GENERIC_SUBJECTS, NEGATIONS, POSSESSIVE_DETERMINERS, PREPOSITIONS,
  RELATIVES, SKIPPABLE, isAdverb, isPastForm,
} from './grammar.js'
import type { Token } from './text.js'

export type SubjectClass =
  | 'handle' | 'name' | 'role' | 'pronoun' | 'group' | 'they' | 'external' | 'indefinite' | 'system' | 'generic' | 'other' | 'elided' | 'modifier'

export interface Subject {
  cls: SubjectClass
  /** Token index where the subject's noun phrase starts (the verb's index when elided). */
  start: number
  head: number
  /** "nobody", "none of us", "no one in the team". */
  negative: boolean
  /** "our X", "my X": the writer's own decision. */
  firstPersonPossessed: boolean
  /** Elided at the very start of a sentence or clause ("Forgot to update ..."). */
  clauseStart: boolean
}

export interface WordSets {
  roles: ReadonlySet<string>
  external: ReadonlySet<string>
  personPronouns: ReadonlySet<string>
  indefinite: ReadonlySet<string>
  systemNouns: ReadonlySet<string>
  systemNames: ReadonlySet<string>
  /** Every form of every verb entry: helps tell a verb from a noun. */
  verbForms: ReadonlySet<string>
}

const PERSON = new Set<SubjectClass>(['handle', 'name', 'role', 'pronoun', 'group'])
export function isPerson(cls: SubjectClass): boolean {
  return PERSON.has(cls)
}

/** Roles that are also software: "the Prometheus operator", "the CI user". */
const SOFTWARE_ROLES = new Set(['operator', 'operators', 'user', 'users', 'owner', 'owners', 'admin', 'admins', 'agent'])
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr'])
const SUBORDINATORS = new Set(['because', 'since', 'when', 'while', 'although', 'though', 'if', 'unless', 'until', 'after', 'before', 'as', 'once', 'whereas', 'whether', 'where', 'why', 'how'])
const QUANTIFIERS = ['such', 'many', 'most', 'several', 'few', 'other', 'others', 'various', 'certain', 'either', 'one', 'two', 'three', 'same', 'both', 'much', 'more', 'less', 'own']
const FUNCTION_WORDS = new Set([...DETERMINERS, ...PREPOSITIONS, ...AUXILIARIES, ...CONJUNCTIONS, ...SUBORDINATORS, ...QUANTIFIERS, 'there', 'here', 'it', 'this', 'what', 'however', 'also', 'then', 'not', 'no', 'yes', 'please', 'finally', 'next', 'later'])
/** Shapes of common nouns that start sentences ("Deployment", "Monitoring", "Replicas"). */
const COMMON_NOUN_SHAPE = /(?:tion|sion|ment|ing|ness|ity|ance|ence|ure|ics|ism|ware|ings|ers|ies|ors|ists|ages|ts|ks|ps)$/
/** Suffixes no given name has: "Contributing", "Deployment", "Readiness" are never people. */
const NOUN_SUFFIX = /(?:tion|sion|ment|ing|ness|ity)$/
/** Sentence adverbs that are never names, even capitalised and without a comma. */
const COMMON_SENTENCE_ADVERBS = new Set(['unfortunately', 'fortunately', 'apparently', 'eventually', 'finally', 'initially', 'additionally', 'subsequently', 'consequently', 'clearly', 'obviously', 'honestly', 'frankly', 'luckily', 'sadly', 'really', 'simply', 'only', 'currently', 'previously', 'originally', 'ultimately', 'basically', 'essentially', 'meanwhile', 'immediately', 'quickly', 'shortly', 'recently', 'later', 'likewise', 'similarly', 'accordingly', 'interestingly', 'surprisingly', 'thankfully', 'hopefully', 'presumably', 'probably', 'possibly', 'certainly', 'definitely', 'actually', 'partly', 'mostly', 'largely', 'generally', 'usually', 'typically', 'normally', 'historically'])
const POSTPOSED = new Set(['responsible', 'involved', 'concerned', 'assigned', 'affected', 'present'])
const PARTITIVES = new Set(['of', 'in', 'on', 'from', 'at'])

export class Clauses {
  private readonly classes: Array<SubjectClass | undefined> = []

  constructor(
    readonly tokens: Token[],
    readonly words: WordSets,
    readonly sentenceStart: number,
    readonly sentenceEnd: number,
  ) {}

  token(index: number): Token | undefined {
    return index >= this.sentenceStart && index < this.sentenceEnd ? this.tokens[index] : undefined
  }

  lower(index: number): string {
    const token = this.token(index)
    return token?.kind === 'word' ? token.lower : ''
  }

  isWord(index: number): boolean {
    return this.token(index)?.kind === 'word'
  }

  private sentenceInitial(index: number): boolean {
    for (let k = index - 1; k >= this.sentenceStart; k--) {
      const token = this.tokens[k] as Token
      if (token.kind === 'word' || token.kind === 'handle') return false
    }
    return true
  }

  private systemModifier(index: number): boolean {
    const token = this.token(index)
    if (!token) return false
    if (token.kind === 'masked') return true
    if (token.kind !== 'word') return false
    return this.words.systemNouns.has(token.lower) || (token.capital && this.nameShapeIsSystem(token))
  }

  private nameShapeIsSystem(token: Token): boolean {
    return this.words.systemNames.has(token.lower) || /\p{N}/u.test(token.text) || /^.\p{Ll}*\p{Lu}/u.test(token.text) || /^\p{Lu}{2,}$/u.test(token.text) || token.text.includes('.')
  }

  /**
   * An adverb at this position. Capitalised "-ly" words are names (Sally, Emily) unless they are
   * common adverbs or open the sentence before a comma ("Unfortunately, ...").
   */
  adverbAt(index: number): boolean {
    const token = this.token(index)
    if (!token || token.kind !== 'word' || !isAdverb(token.lower)) return false
    if (!token.capital) return true
    return COMMON_SENTENCE_ADVERBS.has(token.lower) || this.token(index + 1)?.text === ','
  }

  /** The kind of thing a noun-phrase head names (memoised per sentence). */
  headClass(index: number): SubjectClass {
    const offset = index - this.sentenceStart
    let cls = this.classes[offset]
    if (cls === undefined) {
      cls = this.classify(index)
      if (offset >= 0) this.classes[offset] = cls
    }
    return cls
  }

  private classify(index: number): SubjectClass {
    const token = this.token(index)
    if (!token) return 'other'
    if (token.kind === 'handle') return 'handle'
    if (token.kind !== 'word') return 'other'
    const word = token.lower
    const previous = this.lower(index - 1)
    if (word === 'they' || word === 'them') return 'they'
    if (this.words.personPronouns.has(word)) return 'pronoun'
    if (GENERIC_SUBJECTS.has(word)) return 'generic'
    if (word === 'one' && previous === 'no') return 'indefinite'
    if (this.words.indefinite.has(word) || word === 'none' || word === 'neither') return 'indefinite'
    if (word === 'call' && previous === 'on') return 'role'
    if (this.words.roles.has(word)) return SOFTWARE_ROLES.has(word) && this.systemModifier(index - 1) ? 'system' : 'role'
    if (this.words.external.has(word)) return 'external'
    if (this.words.systemNouns.has(word) || (word.endsWith('s') && this.words.systemNouns.has(word.slice(0, -1)))) return 'system'
    if (!token.capital) return 'other'
    if (this.nameShapeIsSystem(token)) return 'system'
    if (this.lower(index - 2) !== '' && TITLES.has(this.lower(index - 2)) && this.token(index - 1)?.text === '.') return 'name'
    if (TITLES.has(previous)) return 'name'
    if (FUNCTION_WORDS.has(word) || this.adverbAt(index)) return 'other'
    if (NOUN_SUFFIX.test(word)) return 'other'
    if (this.sentenceInitial(index) && (COMMON_NOUN_SHAPE.test(word) || this.words.verbForms.has(word) || word.length < 2)) return 'other'
    return 'name'
  }

  /** A word that can head a noun phrase (not a function word, adverb or punctuation). */
  isNominal(index: number): boolean {
    const token = this.token(index)
    if (!token) return false
    if (token.kind === 'handle' || token.kind === 'masked') return true
    if (token.kind !== 'word') return false
    if (FUNCTION_WORDS.has(token.lower) && !this.words.personPronouns.has(token.lower) && token.lower !== 'it' && token.lower !== 'this') return false
    return !NEGATIONS.has(token.lower) && !(this.adverbAt(index) && !this.words.roles.has(token.lower))
  }

  /** Start of the noun phrase whose head is `head` (determiner and up to three modifiers). */
  npStart(head: number): number {
    const headToken = this.token(head)
    if (headToken?.kind === 'handle' || this.words.personPronouns.has(this.lower(head)) || this.lower(head) === 'they') return head
    let start = head
    for (let k = head - 1; k >= this.sentenceStart && head - k <= 3; k--) {
      const token = this.tokens[k] as Token
      if (token.kind === 'handle' || token.kind === 'masked') {
        start = k
        continue
      }
      if (token.kind !== 'word') break
      if (DETERMINERS.has(token.lower)) return k
      if (FUNCTION_WORDS.has(token.lower) || NEGATIONS.has(token.lower) || RELATIVES.has(token.lower) || this.adverbAt(k) || SKIPPABLE.has(token.lower)) break
      if (this.words.verbForms.has(token.lower)) break
      start = k
    }
    return start
  }

  private subjectAt(head: number, depth = 0): Subject {
    let cls = this.headClass(head)
    const start = this.npStart(head)
    const before = start - 1
    // "none of us", "nobody on the team", "the SRE on duty": the head is before the preposition.
    if (depth < 2 && PARTITIVES.has(this.lower(before)) && this.isNominal(before - 1)) {
      const outer = this.headClass(before - 1)
      if (outer === 'indefinite') {
        const negative = this.isNegativeQuantifier(before - 1)
        if (isPerson(cls) || cls === 'they') return { cls: 'group', start: this.npStart(before - 1), head, negative, firstPersonPossessed: false, clauseStart: false }
        return this.subjectAt(before - 1, depth + 1)
      }
      if (cls !== 'role' || outer !== 'system') return this.subjectAt(before - 1, depth + 1)
    }
    // "the code that creates outputs failed": the subject is the relative clause's antecedent.
    for (let k = start - 1; k >= this.sentenceStart && start - k <= 6 && depth < 2; k--) {
      const token = this.tokens[k] as Token
      if (token.kind === 'punct') break
      // "Whoever approved this PR didn't read it": a free relative names a person.
      if (token.kind === 'word' && token.lower === 'whoever') return { cls: 'role', start: k, head, negative: false, firstPersonPossessed: false, clauseStart: false }
      if (token.kind === 'word' && RELATIVES.has(token.lower) && k < head) {
        // "found that the developer failed": after a verb, "that" introduces a clause, not a relative.
        if (this.looksLikeVerb(k - 1)) break
        if (this.isNominal(k - 1)) {
          const antecedent = this.subjectAt(k - 1, depth + 1)
          if (token.lower === 'who' && !isPerson(antecedent.cls)) antecedent.cls = 'role'
          return antecedent
        }
        break
      }
    }
    return {
      cls,
      start,
      head,
      negative: cls === 'indefinite' && this.isNegativeQuantifier(head),
      firstPersonPossessed: FIRST_PERSON_POSSESSIVES.has(this.lower(start)),
      clauseStart: false,
    }
  }

  isNegativeQuantifier(index: number): boolean {
    const word = this.lower(index)
    return word === 'nobody' || word === 'none' || word === 'neither' || word === 'no-one' || (word === 'one' && this.lower(index - 1) === 'no')
  }

  private elided(verb: number, clauseStart: boolean): Subject {
    return { cls: 'elided', start: verb, head: verb, negative: false, firstPersonPossessed: false, clauseStart }
  }

  /** Looks like a finite verb: an auxiliary, a past form, a known verb form or a present -s form. */
  looksLikeVerb(index: number): boolean {
    const word = this.lower(index)
    if (!word) return false
    return AUXILIARIES.has(word) || NEGATIONS.has(word) || isPastForm(word) || this.words.verbForms.has(word) || (this.adverbAt(index) && this.looksLikeVerb(index + 1))
  }

  /** The subject of the verb (group) starting at `verb`. */
  subjectOf(verb: number): Subject {
    let j = verb - 1
    while (j >= this.sentenceStart && this.skippable(j)) j--
    if (j < this.sentenceStart) return this.elided(verb, true)
    const token = this.tokens[j] as Token
    if (token.kind === 'masked') return { cls: 'other', start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false }
    if (token.kind === 'number') {
      // "PR #274 did not", "comments on #274 did not": the number belongs to a noun phrase.
      let k = j - 1
      while (k >= this.sentenceStart && ((this.tokens[k] as Token).kind === 'number' || (this.tokens[k] as Token).text === '#')) k--
      if (k < this.sentenceStart || (this.tokens[k] as Token).kind === 'punct') return this.elided(verb, true)
      return { cls: 'other', start: k, head: j, negative: false, firstPersonPossessed: false, clauseStart: false }
    }
    if (token.kind !== 'word' && token.kind !== 'handle') return this.afterPunctuation(j, verb)
    const word = token.lower
    if (token.kind === 'word') {
      if (CONJUNCTIONS.has(word)) return this.coordinatedSubject(j, verb)
      if (word === 'who') {
        // "asking who made the mistake": with no noun before it, "who" asks rather than refers.
        if (!this.isNominal(j - 1) || this.looksLikeVerb(j - 1)) return { cls: 'generic', start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false }
        const antecedent = this.subjectAt(j - 1)
        // "the person who", "users who" keep their class; "the one who", "anyone who" stay inspecific.
        const keeps = isPerson(antecedent.cls) || ['external', 'indefinite', 'generic'].includes(antecedent.cls)
        const cls = keeps ? antecedent.cls : 'role'
        return { cls, start: antecedent.start, head: j - 1, negative: false, firstPersonPossessed: false, clauseStart: false }
      }
      if ((word === 'that' || word === 'which') && this.isNominal(j - 1)) return this.subjectAt(j - 1)
      if (DETERMINERS.has(word) || POSSESSIVE_DETERMINERS.has(word)) return { cls: 'modifier', start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false }
      if (SUBORDINATORS.has(word)) return this.elided(verb, true)
      if (PREPOSITIONS.has(word) || word === "'s") return { cls: 'other', start: j, head: j, negative: false, firstPersonPossessed: false, clauseStart: false }
    }
    // "the developer responsible", "the engineer involved": an adjective after its noun.
    if (POSTPOSED.has(word) && this.isNominal(j - 1)) return this.subjectAt(j - 1)
    return this.subjectAt(j)
  }

  private skippable(index: number): boolean {
    const token = this.tokens[index] as Token
    if (token.kind !== 'word') return false
    const word = token.lower
    return AUXILIARIES.has(word) || NEGATIONS.has(word) || SKIPPABLE.has(word) || (this.adverbAt(index) && !this.words.roles.has(word))
  }

  private afterPunctuation(j: number, verb: number): Subject {
    const text = (this.tokens[j] as Token).text
    if (text === ',') {
      // "Bob, the on-call engineer, forgot": the subject is before the appositive.
      for (let k = j - 1; k >= this.sentenceStart && j - k <= 8; k--) {
        const token = this.tokens[k] as Token
        if (token.kind === 'punct' && token.text !== ',') break
        if (token.text === ',' && this.isNominal(k - 1)) return this.subjectAt(k - 1)
      }
      // "Jenna pushed straight to main, skipping review": the main clause's subject carries over.
      const carried = this.coordinatedSubject(j, verb)
      return carried.cls === 'elided' ? this.elided(verb, false) : carried
    }
    if (text === ')') {
      for (let k = j - 1; k >= this.sentenceStart && j - k <= 20; k--) {
        if ((this.tokens[k] as Token).text === '(') return this.subjectOf(k)
      }
    }
    return this.elided(verb, true)
  }

  /** "... we knew was coming, but did not keep an eye on it": the nearest person in subject position. */
  private coordinatedSubject(conjunction: number, verb: number): Subject {
    for (let k = conjunction - 1; k >= this.sentenceStart; k--) {
      const cls = this.headClass(k)
      const next = this.lower(k + 1)
      // A present-tense "-s" verb after a clear person ("@marta acknowledges"); names are too uncertain for this.
      const presentTense = next.length > 3 && next.endsWith('s') && !next.endsWith('ss') && cls !== 'name'
      if ((isPerson(cls) || cls === 'they') && (this.looksLikeVerb(k + 1) || presentTense)) return this.subjectAt(k)
    }
    const first = this.firstVerb(this.sentenceStart, conjunction)
    if (first !== undefined && first < conjunction) {
      const subject = this.subjectOf(first)
      if (subject.cls !== 'elided') return subject
    }
    return this.elided(verb, false)
  }

  /** The first token that looks like a finite verb in [from, to). */
  firstVerb(from: number, to: number): number | undefined {
    for (let k = from; k < to; k++) {
      if (k > from && this.looksLikeVerb(k) && !DETERMINERS.has(this.lower(k - 1))) return k
    }
    return undefined
  }

  /** The subject of the clause that contains `index` (for phrases at the end of a clause). */
  clauseSubject(index: number): Subject {
    let start = this.sentenceStart
    for (let k = index - 1; k >= this.sentenceStart; k--) {
      const token = this.tokens[k] as Token
      if (token.kind === 'punct' && /^[;:–—-]$/.test(token.text)) {
        start = k + 1
        break
      }
    }
    const verb = this.firstVerb(start, index)
    return verb === undefined ? this.elided(index, true) : this.subjectOf(verb)
  }

  /** A person noun phrase at `index` ("the DBA", "our SRE team", "@kwame", "Greg"): its end. */
  personPhraseAt(index: number): { end: number; cls: SubjectClass } | undefined {
    let k = index
    if (DETERMINERS.has(this.lower(k))) k++
    for (let head = k; head < Math.min(this.sentenceEnd, k + 3); head++) {
      const cls = this.headClass(head)
      if (isPerson(cls) || cls === 'they') {
        let last = head
        while (this.headClass(last + 1) === 'role') last++
        return { end: last + 1, cls }
      }
      if (!this.isNominal(head) || this.lower(head) === 'it') return undefined
    }
    return undefined
  }

  /** A possessive at `index` ("Greg's", "our", "the intern's", "anyone's"): its end and class. */
  possessiveAt(index: number): { end: number; cls: SubjectClass } | undefined {
    const word = this.lower(index)
    if (POSSESSIVE_DETERMINERS.has(word)) return { end: index + 1, cls: 'pronoun' }
    let k = index
    if (DETERMINERS.has(word)) k++
    for (let head = k; head < Math.min(this.sentenceEnd, k + 3); head++) {
      const next = this.token(head + 1)
      const possessive = next && ((next.kind === 'word' && next.lower === "'s") || (next.kind === 'punct' && /^['’]$/.test(next.text) && this.lower(head).endsWith('s')))
      if (possessive) {
        const cls = this.headClass(head)
        return isPerson(cls) || cls === 'indefinite' || cls === 'they' ? { end: head + 2, cls } : undefined
      }
      if (!this.isNominal(head)) return undefined
    }
    return undefined
  }
}
