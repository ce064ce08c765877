/**
 * The detectors: each looks at one sentence's tokens and proposes hits as token ranges.
 * Phrase, verb and judgment entries come from the vocabulary; the clause analyses
 * (omission, hindsight, passives) are built in and take their wording from their entries.
 */
import { Clauses, isPerson, type Subject, type SubjectClass, type WordSets } from './clauses.js'
import { AUXILIARIES, BE_FORMS, COPULAS, DETERMINERS, NEGATIONS, PAST_AUXILIARIES, POSSESSIVE_DETERMINERS, PREPOSITIONS, inBaseSet, isAdverb, isParticiple, isPastForm } from './grammar.js'

/** "had never", "should never": another detector (or none) owns these. */
const AUXILIARIES_BEFORE_NEVER = AUXILIARIES
import type { Token } from './text.js'
import type { DetectorId, VocabularyEntry } from './vocabulary.js'

/**
 * Who the hit is about: a person, role or team other than the writers (named), the writers
 * themselves ("we", "I", "our team", a sentence with no subject), or nobody the analysis found.
 */
export type PersonRef = 'named' | 'self' | 'unknown'

export interface TokenHit {
  /** Token range [first, last]. */
  first: number
  last: number
  entry: VocabularyEntry
  person: PersonRef
  /** Delete the words (and one space) as the suggestion. */
  deleteSuggested?: boolean
  replacement?: string
}

interface PatternWord {
  alternatives?: ReadonlySet<string>
  placeholder?: 'person' | 'poss' | 'any'
  optional: boolean
}

export interface CompiledPattern {
  entry: VocabularyEntry
  words: PatternWord[]
}

/**
 * Patterns indexed by their first word, so a token only tries the patterns that can start with it.
 * Patterns that start with a placeholder are tried at every token, but only in sentences that
 * contain one of their required words.
 */
export class PatternIndex {
  private readonly byWord = new Map<string, CompiledPattern[]>()
  private readonly anywhere: Array<{ pattern: CompiledPattern; required: ReadonlySet<string>[] }> = []

  constructor(patterns: CompiledPattern[]) {
    for (const pattern of patterns) {
      const first = pattern.words[0]
      if (!first || first.optional || !first.alternatives) {
        const required = pattern.words.filter((word) => !word.optional && word.alternatives).map((word) => word.alternatives as ReadonlySet<string>)
        this.anywhere.push({ pattern, required })
        continue
      }
      for (const word of first.alternatives) {
        const list = this.byWord.get(word) ?? []
        list.push(pattern)
        this.byWord.set(word, list)
      }
    }
  }

  /** The placeholder-first patterns that can match in a sentence with these words (all their required words occur). */
  floating(words: ReadonlySet<string>): CompiledPattern[] {
    const result: CompiledPattern[] = []
    for (const { pattern, required } of this.anywhere) {
      if (required.every((alternatives) => [...alternatives].some((word) => words.has(word)))) result.push(pattern)
    }
    return result
  }

  /** Patterns worth trying at a token that start with its word. */
  startingWith(token: Token): readonly CompiledPattern[] {
    return (token.kind === 'word' ? this.byWord.get(token.lower) : undefined) ?? NONE
  }
}

const NONE: readonly CompiledPattern[] = []

/** The clause analysis's word sets, and those the detectors need on top of them. */
export interface Sets extends WordSets {
  remedialNouns: ReadonlySet<string>
  changeNouns: ReadonlySet<string>
  errorAdjectives: ReadonlySet<string>
  changeParticiples: ReadonlySet<string>
  neutralParticiples: ReadonlySet<string>
  responseVerbs: ReadonlySet<string>
  passiveFaultParticiples: ReadonlySet<string>
  humanSignals: ReadonlySet<string>
  systemParticiples: ReadonlySet<string>
  humanVerbs: ReadonlySet<string>
  experienceVerbs: ReadonlySet<string>
  inattentionVerbs: ReadonlySet<string>
  adjectivalParticiples: ReadonlySet<string>
  preventionVerbs: ReadonlySet<string>
}

export interface Compiled {
  sets: Sets
  phrases: PatternIndex
  /** Verb entries by each form's first word. */
  verbs: Map<string, Array<{ entry: VocabularyEntry; words: string[] }>>
  judgments: Map<string, VocabularyEntry>
  meta: PatternIndex
  timeliness: PatternIndex
  detectors: Record<DetectorId, VocabularyEntry>
  /** Words without which no detector can fire (a cheap pre-check). */
  /** The pre-check of a whole text (index.ts: TriggerScan). */
  triggers: { test(text: string): boolean }
  /** The same words, for the per-sentence check on tokens. */
  triggerWords: ReadonlySet<string>
}

export function compilePattern(entry: VocabularyEntry, pattern: string): CompiledPattern {
  const words = pattern.split(/\s+/).map((raw): PatternWord => {
    const optional = raw.endsWith('?')
    const word = optional ? raw.slice(0, -1) : raw
    if (word === '{person}') return { placeholder: 'person', optional }
    if (word === '{poss}') return { placeholder: 'poss', optional }
    if (word === '*') return { placeholder: 'any', optional }
    const alternatives = new Set(word.split('|').map((alternative) => (alternative === "n't" ? 'not' : alternative.replace(/’/g, "'"))))
    return { alternatives, optional }
  })
  return { entry, words }
}

const FIRST_PERSON_GROUP = new Set(['our', 'my'])
/** The writers themselves: "we", "I", "our", "none of us". */
const SELF_WORDS = new Set(['we', 'us', 'i', 'me', 'our', 'ours', 'my', 'myself', 'ourselves'])
/** "the team", "our team": the writers' own team, unlike "the DBA team" or "the Lab team". */
const TEAM_WORDS = new Set(['team', 'teams', 'crew', 'squad', 'staff', 'folks'])
const PLAIN_DETERMINERS = new Set(['the', 'our', 'my', 'this', 'whole', 'entire'])
/** Subordinators that open a clause of circumstance ("Since we hadn't published, ..."), not a cause. */
const CIRCUMSTANCE = new Set(['since', 'as', 'when', 'while', 'although', 'though', 'once', 'after', 'until', 'unless', 'whereas', 'if'])
const MODALS = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'shall', 'must'])
const CATENATIVES = new Set(['keep', 'keeps', 'kept', 'started', 'start', 'began', 'continued', 'stop', 'stopped', 'been', 'be'])
const CAUSATIVES = new Set(['let', 'lets', 'make', 'makes', 'made', 'help', 'helps', 'helped', 'allow', 'allows', 'have', 'has'])

/** Runs every detector over one sentence. */
export class SentenceAnalysis {
  readonly hits: TokenHit[] = []
  private readonly clauses: Clauses
  private readonly words = new Set<string>()
  private floatingPhrases: CompiledPattern[] | undefined

  constructor(
    private readonly tokens: Token[],
    private readonly start: number,
    private readonly end: number,
    private readonly compiled: Compiled,
  ) {
    this.clauses = new Clauses(tokens, compiled.sets, start, end)
    for (let index = start; index < end; index++) {
      const token = tokens[index] as Token
      if (token.kind === 'word') this.words.add(token.lower)
    }
  }

  private patternsAt(index: PatternIndex, floating: readonly CompiledPattern[], token: Token): readonly CompiledPattern[] {
    const starting = index.startingWith(token)
    if (floating.length === 0 || !this.mayStartPerson(token)) return starting
    if (starting.length === 0) return floating
    return [...starting, ...floating]
  }

  private lower(index: number): string {
    return this.clauses.lower(index)
  }

  /** Placeholder-first patterns start at a person or possessive: an @handle, a capital, a determiner, a pronoun, a role. */
  private mayStartPerson(token: Token): boolean {
    if (token.kind === 'handle') return true
    if (token.kind !== 'word') return false
    const word = token.lower
    const sets = this.compiled.sets
    return token.capital || DETERMINERS.has(word) || sets.personPronouns.has(word) || word === 'they' || sets.roles.has(word) || sets.indefinite.has(word) || sets.external.has(word)
  }

  /** True when the sentence talks about blame culture itself, or instructs how to write. */
  isMeta(): boolean {
    const floating = this.compiled.meta.floating(this.words)
    for (let index = this.start; index < this.end; index++) {
      for (const pattern of this.patternsAt(this.compiled.meta, floating, this.tokens[index] as Token)) if (this.matchAt(pattern, index) !== undefined) return true
    }
    // A guide's imperative: "Blame ...", "Don't blame ...".
    const first = this.tokens[this.start]
    return first?.kind === 'word' && first.lower === 'blame' && first.capital
  }

  run(): TokenHit[] {
    for (let index = this.start; index < this.end; index++) {
      const token = this.tokens[index] as Token
      // Patterns may start with a person, and a person may be an @handle.
      if (token.kind === 'handle') this.phrasesAt(index)
      if (token.kind !== 'word') continue
      this.phrasesAt(index)
      this.verbAt(index)
      this.judgmentAt(index)
      this.omissionAt(index)
      this.hindsightAt(index)
      this.conditionalAt(index)
      this.passiveAt(index)
    }
    this.negativeGroupOmission()
    return this.hits
  }

  // ---- pattern matching ----

  matchAt(pattern: CompiledPattern, index: number): { end: number; personClass?: SubjectClass } | undefined {
    let personClass: SubjectClass | undefined
    const step = (wordIndex: number, position: number): number | undefined => {
      if (wordIndex === pattern.words.length) return position
      const word = pattern.words[wordIndex] as PatternWord
      const next = this.matchWord(word, position)
      if (next !== undefined) {
        const done = step(wordIndex + 1, next.end)
        if (done !== undefined) {
          if (next.cls) personClass ??= next.cls
          return done
        }
      }
      return word.optional ? step(wordIndex + 1, position) : undefined
    }
    const end = step(0, index)
    if (end === undefined || end === index) return undefined
    return personClass ? { end, personClass } : { end }
  }

  private matchWord(word: PatternWord, position: number): { end: number; cls?: SubjectClass } | undefined {
    if (position >= this.end) return undefined
    if (word.placeholder === 'person') return this.clauses.personPhraseAt(position)
    if (word.placeholder === 'poss') return this.clauses.possessiveAt(position)
    const token = this.tokens[position] as Token
    if (word.placeholder === 'any') return token.kind === 'word' || token.kind === 'number' ? { end: position + 1 } : undefined
    return token.kind === 'word' && word.alternatives?.has(token.lower) ? { end: position + 1 } : undefined
  }

  private negatedBefore(index: number): boolean {
    for (let k = index - 1; k >= this.start && index - k <= 4; k--) {
      const word = this.lower(k)
      if (NEGATIONS.has(word) || word === 'no' || word === 'nobody' || word === 'none') return true
      if (!(isAdverb(word) || BE_FORMS.has(word) || word === 'did' || word === 'do' || word === 'does' || word === "'s" || word === 'it' || word === 'entirely' || word === 'anyone')) return false
    }
    return false
  }

  private add(first: number, last: number, entry: VocabularyEntry, extra: Partial<TokenHit> = {}, person: PersonRef = 'named'): void {
    this.hits.push({ first, last, entry, person, ...extra })
  }

  /** Is the noun phrase headed at `head` the writers ("we", "us", "the team", "our team")? */
  private selfAt(head: number): boolean {
    const word = this.lower(head)
    if (SELF_WORDS.has(word)) return true
    return TEAM_WORDS.has(word) && (PLAIN_DETERMINERS.has(this.lower(head - 1)) || head === this.start)
  }

  /** Who a clause's subject is, for the level of a hit about it. */
  private personOf(subject: Subject): PersonRef {
    if (subject.cls === 'elided') return 'self'
    if (!isPerson(subject.cls) && subject.cls !== 'they') return 'unknown'
    return this.selfAt(subject.head) ? 'self' : 'named'
  }

  /** Who a phrase is about: the writers if it says "our", "we", "the team"; a person named in it or owning it; else unknown. */
  private phrasePerson(first: number, last: number, named: boolean): PersonRef {
    for (let k = first; k <= last; k++) if (this.selfAt(k)) return 'self'
    if (named) return 'named'
    // "Dana's poor judgment", "our poor planning"
    if (this.lower(first - 1) === "'s" && isPerson(this.clauses.headClass(first - 2))) return this.selfAt(first - 2) ? 'self' : 'named'
    if (FIRST_PERSON_GROUP.has(this.lower(first - 1))) return 'self'
    const subject = this.clauses.clauseSubject(first)
    return subject.cls === 'elided' ? 'unknown' : this.personOf(subject)
  }

  /** Where a hit about a subject and its verb starts: at the subject when it is near. */
  private spanStart(subject: Subject, verb: number): number {
    return subject.cls !== 'elided' && subject.start >= this.start && verb - subject.start <= 8 ? subject.start : verb
  }

  // ---- vocabulary entries ----

  private phrasesAt(index: number): void {
    this.floatingPhrases ??= this.compiled.phrases.floating(this.words)
    for (const pattern of this.patternsAt(this.compiled.phrases, this.floatingPhrases, this.tokens[index] as Token)) {
      const match = this.matchAt(pattern, index)
      if (!match) continue
      const { entry } = pattern
      if (match.personClass === 'indefinite') continue
      const hasPlaceholder = pattern.words.some((word) => word.placeholder === 'person' || word.placeholder === 'poss')
      if (entry.subject === 'person' && !hasPlaceholder && !this.personSubjectFor(index)) continue
      let first = index
      if (entry.subject === 'person-active') {
        const actor = this.activePersonBefore(index)
        if (actor === undefined) continue
        first = actor
      }
      if (entry.subject === 'person' && !hasPlaceholder && !this.personActsHere(index)) continue
      if (entry.negatable && (this.negatedBefore(index) || this.clauses.clauseSubject(index).negative || this.clauses.clauseSubject(index).cls === 'indefinite')) continue
      if (this.excludedByContext(entry, index, match.end - 1)) continue
      // As for verbs: a person's action with the system's reason given ("chose not to fail over because
      // the runbook requires a freeze") is already system-focused, unless the phrase only judges people.
      if (entry.category === 'person-fault' && !entry.human && this.systemReasonAfter(match.end - 1)) continue
      const named = match.personClass !== undefined && (isPerson(match.personClass) || match.personClass === 'they') && !entry.level
      const person =
        entry.subject === 'person-active' ? this.personOf(this.clauses.subjectOf(index - 1))
        : entry.subject === 'person' ? this.subjectPerson(index)
        : this.phrasePerson(first, match.end - 1, named)
      this.add(first, match.end - 1, entry, entry.suggest !== undefined ? { replacement: entry.suggest } : {}, person)
    }
  }

  /**
   * For phrases about a person's knowledge or choice ("even though", "chose not to"): the clause is a
   * person's action, not a product that "appeared to time out" nor people who "were able to" help.
   */
  private personActsHere(index: number): boolean {
    const subject = this.clauses.clauseSubject(index)
    if (subject.cls === 'name' && ['appeared', 'seemed', 'tended', 'continued', 'kept', 'started'].includes(this.lower(subject.head + 1))) return false
    for (let k = subject.head + 1; k < index && k - subject.head <= 4; k++) if (this.lower(k) === 'able' && this.lower(k + 1) === 'to') return false
    return true
  }

  /** "Our intern deployed | the wrong branch": the start of the person doing it, if a person did it. */
  private activePersonBefore(index: number): number | undefined {
    const verb = index - 1
    const word = this.lower(verb)
    const presentTense = word.length > 3 && word.endsWith('s') && !word.endsWith('ss')
    if (!(isPastForm(word) || presentTense) || this.isPassive(verb) || this.negatedBefore(verb)) return undefined
    // "found the wrong path", "reverted the wrong commit's effect": finding or fixing it is the response, not the cause.
    if (inBaseSet(word, this.compiled.sets.responseVerbs)) return undefined
    const subject = this.clauses.subjectOf(verb)
    return isPerson(subject.cls) && !subject.negative ? this.spanStart(subject, verb) : undefined
  }

  /** The person a `subject: person` phrase is about: the direct subject if a person, else the clause's. */
  private subjectPerson(index: number): PersonRef {
    const direct = this.clauses.subjectOf(index)
    return this.personOf(isPerson(direct.cls) ? direct : this.clauses.clauseSubject(index))
  }

  private personSubjectFor(index: number): boolean {
    const direct = this.clauses.subjectOf(index)
    if (isPerson(direct.cls)) return true
    return isPerson(this.clauses.clauseSubject(index).cls)
  }

  private excludedByContext(entry: VocabularyEntry, first: number, last: number): boolean {
    return (entry.unlessNext.length > 0 && entry.unlessNext.includes(this.lower(last + 1))) || (entry.unlessPrev.length > 0 && entry.unlessPrev.includes(this.lower(first - 1)))
  }

  /** Passive: a form of "be" before the participle, also through coordination ("are matched or ignored"). */
  private isPassive(index: number): boolean {
    for (let k = index - 1; k >= this.start && index - k <= 5; k--) {
      const word = this.lower(k)
      if (BE_FORMS.has(word)) return true
      if ((word === 'or' || word === 'and') && isParticiple(this.lower(k - 1))) {
        k--
        continue
      }
      if (!(isAdverb(word) || NEGATIONS.has(word))) return false
    }
    return false
  }

  private pastPassive(index: number): boolean {
    for (let k = index - 1; k >= this.start && index - k <= 5; k--) {
      const word = this.lower(k)
      if (BE_FORMS.has(word)) return word === 'was' || word === 'were' || word === 'been' || word === 'got' || word === 'gotten'
    }
    return false
  }

  /** "You can ignore", "we will forget": a modal before the verb describes a possibility, not what happened. */
  private afterModal(index: number): boolean {
    for (let k = index - 1; k >= this.start && index - k <= 3; k--) {
      const word = this.lower(k)
      if (MODALS.has(word)) return true
      if (!isAdverb(word)) return false
    }
    return false
  }

  private verbAt(index: number): void {
    const candidates = this.compiled.verbs.get(this.lower(index))
    if (!candidates) return
    for (const { entry, words } of candidates) {
      if (!words.every((word, offset) => this.lower(index + offset) === word)) continue
      const last = index + words.length - 1
      if (this.excludedByContext(entry, index, last)) continue
      // "Root Cause" in a Title Case heading is a noun.
      if ((this.tokens[index] as Token).capital && !this.atSentenceStart(index)) continue
      // Manner adverbs ("mistakenly") are reported alone, so a suggestion can delete just them.
      const adverb = words.length === 1 && (words[0] as string).endsWith('ly')
      if (!adverb && (this.isPassive(index) || this.negatedBefore(index) || this.afterModal(index))) continue
      // "the forgotten step", "a missed heartbeat", "our miss": a modifier or a noun, not a verb.
      const before = this.lower(index - 1)
      // ("and this caused": "this" is a pronoun there.)
      const pronoun = (before === 'this' || before === 'that') && (this.lower(index - 2) === 'and' || (this.tokens[index - 2] as Token | undefined)?.text === ',')
      if (!adverb && !pronoun && (DETERMINERS.has(before) || POSSESSIVE_DETERMINERS.has(before) || before === "'s")) continue
      const subject = this.clauses.subjectOf(index)
      if (subject.negative) continue
      if (!adverb && !this.finiteUse(index, subject)) continue
      // "The Locator had an outage, causing errors": after a comma the participle's subject is the event;
      // a capitalised name there is more often a product than a person.
      if (!adverb && !entry.human && this.lower(index).endsWith('ing') && subject.cls === 'name') continue
      // "Kim restarted the node with the old flag, and this caused the fork": the person's action is made the cause.
      if (entry.id === 'caused' && this.lower(index) === 'caused' && ['this', 'which', 'that'].includes(this.lower(subject.head)) && subject.start > this.start) {
        const actor = this.clauses.clauseSubject(subject.start - 1)
        if (actor.cls !== 'elided' && isPerson(actor.cls) && !actor.negative && actor.start < subject.start) {
          this.add(actor.start, last, entry, {}, this.personOf(actor))
          return
        }
      }
      if (!this.subjectCounts(subject, entry.human, this.lower(index))) continue
      // "Engineers missed the signal because the dashboard was hidden": the sentence already names the
      // system. Verbs that only judge people ("ignored", "forgot") stay blame whatever follows.
      if (!adverb && !entry.human && this.systemReasonAfter(last)) continue
      const person = this.personOf(subject)
      if (!adverb) this.add(this.spanStart(subject, index), last, entry, {}, person)
      else if (entry.suggest === '') this.add(index, last, entry, { deleteSuggested: true }, person)
      else this.add(index, last, entry, entry.suggest === undefined ? {} : { replacement: entry.suggest }, person)
      return
    }
  }

  /**
   * Is the verb form used as a finite verb of that subject? "-ing" needs "was", "kept" or a comma
   * before it ("Explicit ignoring" is a heading); a base form needs its subject right before it and
   * no causative ("let authors ignore messages").
   */
  private finiteUse(index: number, subject: Subject): boolean {
    const word = this.lower(index)
    let before = index - 1
    while (before >= this.start && isAdverb(this.lower(before))) before--
    const previous = this.tokens[before]
    if (word.endsWith('ing')) return BE_FORMS.has(this.lower(before)) || CATENATIVES.has(this.lower(before)) || previous?.text === ','
    if (isPastForm(word) || word.endsWith('s')) return true
    if (subject.cls === 'elided' || subject.head < before) return false
    return !CAUSATIVES.has(this.lower(subject.start - 1)) && !CAUSATIVES.has(this.lower(subject.head - 1)) && !CAUSATIVES.has(this.lower(subject.start))
  }

  private atSentenceStart(index: number): boolean {
    for (let k = index - 1; k >= this.start; k--) if ((this.tokens[k] as Token).kind === 'word' || (this.tokens[k] as Token).kind === 'handle') return false
    return true
  }

  /**
   * Does this subject make the clause about a person? "they" and a missing subject count only for
   * things only people do, and only in the past: "Forgot to update" is a report, "Ignore" a heading.
   */
  private subjectCounts(subject: Subject, humanOnly: boolean, verb: string): boolean {
    if (isPerson(subject.cls)) return true
    const past = isPastForm(verb) || verb.endsWith('ly')
    // Users and customers appear in impact statements ("users who ignored the banner saw stale data").
    if (subject.cls === 'they') return humanOnly && past
    if (subject.cls === 'elided') return humanOnly && subject.clauseStart && past
    return false
  }

  private judgmentAt(index: number): void {
    const entry = this.compiled.judgments.get(this.lower(index))
    if (!entry || this.excludedByContext(entry, index, index)) return
    const word = this.lower(index)
    if (entry.predicative && !this.isPredicative(index)) return
    if (entry.subject === 'person' && !this.judgesPerson(index)) return
    // "coordinated to merge it hastily": a pace that was planned, not a judgment of how it went.
    if (word.endsWith('ly') && this.infinitiveBefore(index)) return
    const person = entry.level ? this.phrasePerson(index, index, false) : 'named'
    if (entry.suggest === '' && this.deletable(index, word)) this.add(index, index, entry, { deleteSuggested: true }, person)
    else this.add(index, index, entry, {}, person)
  }

  /** A "to" + verb earlier in the clause, with no punctuation between: the adverb is part of a plan. */
  private infinitiveBefore(index: number): boolean {
    for (let k = index - 1; k > this.start && index - k <= 10; k--) {
      const token = this.tokens[k] as Token
      if (token.kind === 'punct' && token.text !== '/') return false
      if (token.kind === 'word' && token.lower === 'to' && (this.tokens[k + 1] as Token | undefined)?.kind === 'word' && !DETERMINERS.has(this.lower(k + 1))) return true
    }
    return false
  }

  private isPredicative(index: number): boolean {
    for (let k = index - 1; k >= this.start && index - k <= 4; k--) {
      const word = this.lower(k)
      if (COPULAS.has(word)) return true
      if (!isAdverb(word)) return false
    }
    return false
  }

  /** "The on-call panicked", "a panicked engineer" (not "the kernel panicked"). */
  private judgesPerson(index: number): boolean {
    if (DETERMINERS.has(this.lower(index - 1))) return isPerson(this.clauses.headClass(index + 1))
    // "greedy investors": the adjective before a person noun.
    if (this.clauses.headClass(index + 1) === 'role') return true
    const subject = this.clauses.subjectOf(index)
    return isPerson(subject.cls) || subject.cls === 'they'
  }

  /** Deleting a judgment word is safe for a manner adverb or an adjective before its noun. */
  private deletable(index: number, word: string): boolean {
    if (word.endsWith('ly')) return true
    const next = this.tokens[index + 1]
    if (!next || next.kind !== 'word' || index + 1 >= this.end) return false
    if (['and', 'or', 'but', 'about', 'with', 'to', 'in', 'on', 'of', 'for', 'as'].includes(next.lower)) return false
    if (COPULAS.has(this.lower(index - 1))) return false
    const article = this.lower(index - 1)
    const vowel = /^[aeiou]/.test(next.lower)
    return !((article === 'a' && vowel) || (article === 'an' && !vowel))
  }

  // ---- clause analyses ----

  /** "did not check", "never looked", "failed to escalate", "was not able to fix", "wasn't paying attention". */
  private omissionAt(index: number): void {
    const word = this.lower(index)
    const trigger = this.omissionTrigger(index, word)
    if (!trigger) return
    const { verb, past, ability, failed } = trigger
    const verbWord = this.lower(verb)
    if (!verbWord) return
    // Being unable to do something is usually impact ("unable to merge"); "not able to fix it in time" judges speed.
    if (ability && !this.mentionsTimeliness(verb)) return
    if (!ability && inBaseSet(verbWord, this.compiled.sets.experienceVerbs)) return
    if (['any', 'anything'].includes(this.lower(verb + 1)) && inBaseSet(verbWord, this.compiled.sets.experienceVerbs)) return
    const subject = this.clauses.subjectOf(index)
    if (!past || subject.negative || !this.omissionBy(subject, inBaseSet(verbWord, this.compiled.sets.humanVerbs))) return
    // "I had never used New Relic before": experience, not an omission.
    if (this.lower(index + 1) === 'never' && this.beforeFollows(verb)) return
    // "We did not roll back, because the old version had the same bug": a decision with a reason in the system;
    // "did not restart it, to keep the state for debugging": a decision with a purpose.
    if (!failed && (this.systemReasonAfter(verb) || this.purposeAfter(verb))) return
    // "Since we hadn't published to `next`, the fix was ...": a circumstance, not the cause.
    if (CIRCUMSTANCE.has(this.lower(subject.start - 1)) && subject.start - 1 === this.start) return
    const entry = failed ? this.compiled.detectors['failed-to'] : this.compiled.detectors.omission
    this.add(this.spanStart(subject, index), verb, entry, {}, this.personOf(subject))
  }

  /**
   * Whose omission is it? A clear person always counts; a capitalised name (maybe a product), "they"
   * or a missing subject only for something only people do ("Prow did not start" is a system).
   */
  private omissionBy(subject: Subject, humanVerb: boolean): boolean {
    if (subject.cls === 'handle' || subject.cls === 'role' || subject.cls === 'group' || subject.cls === 'pronoun') return true
    if (subject.cls === 'name' || subject.cls === 'they') return humanVerb
    return subject.cls === 'elided' && subject.clauseStart && humanVerb
  }

  /** "in order to", "so as to", "so that", or ", to <verb>" after `index`: the omission was chosen for a purpose. */
  private purposeAfter(index: number): boolean {
    for (let k = index + 1; k < this.end; k++) {
      const word = this.lower(k)
      if (word === 'order' && this.lower(k - 1) === 'in' && this.lower(k + 1) === 'to') return true
      if (word === 'so' && this.lower(k + 1) === 'as' && this.lower(k + 2) === 'to') return true
      // "so that the logs could be kept", not "so that was bad"
      if (word === 'so' && this.lower(k + 1) === 'that' && [2, 3, 4, 5].some((offset) => MODALS.has(this.lower(k + offset)))) return true
      if (word === 'to' && (this.tokens[k - 1] as Token).text === ',') return true
    }
    return false
  }

  /** A "because / since" clause after `index` whose subject is a thing, not a person. */
  private systemReasonAfter(index: number): boolean {
    for (let k = index + 1; k < this.end; k++) {
      const word = this.lower(k)
      if (word !== 'because' && word !== 'since') continue
      const verb = this.clauses.firstVerb(k + 1, this.end)
      if (verb !== undefined) {
        const subject = this.clauses.subjectOf(verb)
        // "because nobody owned it" still talks about people.
        return !isPerson(subject.cls) && subject.cls !== 'they' && subject.cls !== 'elided' && subject.cls !== 'indefinite'
      }
      // No verb recognised ("because pool configuration lives elsewhere"): judge by the first noun.
      let head = k + 1
      while (head < this.end && DETERMINERS.has(this.lower(head))) head++
      const cls = this.clauses.headClass(head)
      return head < this.end && !isPerson(cls) && cls !== 'they' && cls !== 'indefinite'
    }
    return false
  }

  private mentionsTimeliness(from: number): boolean {
    const floating = this.compiled.timeliness.floating(this.words)
    for (let index = from; index < this.end; index++) {
      for (const pattern of this.patternsAt(this.compiled.timeliness, floating, this.tokens[index] as Token)) if (this.matchAt(pattern, index) !== undefined) return true
    }
    return false
  }

  private omissionTrigger(index: number, word: string): { verb: number; past: boolean; ability: boolean; failed: boolean } | undefined {
    if ((word === 'failed' || word === 'fails' || word === 'fail' || word === 'failing') && this.lower(index + 1) === 'to') {
      if (this.isPassive(index) || DETERMINERS.has(this.lower(index - 1))) return undefined
      return { verb: this.nextContent(index + 2), past: word !== 'fails' && word !== 'fail', ability: false, failed: true }
    }
    if (word === 'unable' && this.lower(index + 1) === 'to') return { verb: this.nextContent(index + 2), past: true, ability: true, failed: true }
    if (word === 'never') {
      const verb = this.nextContent(index + 1)
      if (!isPastForm(this.lower(verb))) return undefined
      const before = this.lower(index - 1)
      if (before && (AUXILIARIES_BEFORE_NEVER.has(before) || BE_FORMS.has(before))) return undefined
      return { verb, past: true, ability: false, failed: false }
    }
    if (!(word === 'did' || word === 'do' || word === 'does' || word === 'had' || word === 'has' || word === 'have' || word === 'was' || word === 'were' || word === 'could' || word === 'is' || word === 'are')) return undefined
    let k = index + 1
    while (k < this.end && isAdverb(this.lower(k)) && !NEGATIONS.has(this.lower(k))) k++
    if (!NEGATIONS.has(this.lower(k))) return undefined
    let verb = this.nextContent(k + 1)
    let ability = word === 'could'
    const past = PAST_AUXILIARIES.has(word)
    // "was not able to fix", "have not been able to reproduce"
    if (this.lower(verb) === 'been') {
      verb = this.nextContent(verb + 1)
      // "had never been trained": a passive, what the system did not give the person.
      if (this.lower(verb) !== 'able') return undefined
    }
    if (this.lower(verb) === 'able' && this.lower(verb + 1) === 'to') {
      ability = true
      verb = this.nextContent(verb + 2)
    } else if (word === 'was' || word === 'were' || word === 'is' || word === 'are') {
      // "was not paying attention" is an omission; "was not increased" is a passive; "is not safe" is neither.
      if (!this.compiled.sets.inattentionVerbs.has(this.lower(verb))) return undefined
    } else if ((word === 'had' || word === 'has' || word === 'have') && !isParticiple(this.lower(verb))) {
      return undefined
    }
    return { verb, past: past || word === 'had', ability, failed: false }
  }

  private beforeFollows(verb: number): boolean {
    for (let k = verb + 1; k < this.end && k - verb <= 6; k++) if (this.lower(k) === 'before') return true
    return false
  }

  /** The next word after adverbs. */
  private nextContent(index: number): number {
    let k = index
    while (k < this.end && (isAdverb(this.lower(k)) || NEGATIONS.has(this.lower(k))) && this.lower(k) !== 'able') k++
    return k
  }

  /** "None of us noticed", "No one in the team knows", "Nobody on the database team noticed". */
  private negativeGroupOmission(): void {
    for (let index = this.start; index < this.end; index++) {
      if (!this.clauses.isNegativeQuantifier(index)) continue
      const next = this.lower(index + 1)
      // "No one else knew how to renew it": the writers' own group.
      if (next === 'else') {
        const verb = this.nextContent(index + 2)
        const verbWord = this.lower(verb)
        if (isPastForm(verbWord) && !BE_FORMS.has(verbWord) && !inBaseSet(verbWord, this.compiled.sets.experienceVerbs)) this.add(this.lower(index) === 'one' ? index - 1 : index, verb, this.compiled.detectors.omission, {}, 'self')
        continue
      }
      if (!['of', 'in', 'on', 'from', 'at'].includes(next)) continue
      // "none of the reviewers", "nobody on the team", and "nobody on our side": the writer's own group.
      const ours = FIRST_PERSON_GROUP.has(this.lower(index + 2)) && this.clauses.isNominal(index + 3) ? { end: index + 4, cls: 'group' as const } : undefined
      const group = this.clauses.personPhraseAt(index + 2) ?? ours
      if (!group || !isPerson(group.cls)) continue
      let verb = this.nextContent(group.end)
      // "nobody on the team was watching the dashboards"
      if (BE_FORMS.has(this.lower(verb)) && this.lower(this.nextContent(verb + 1)).endsWith('ing')) verb = this.nextContent(verb + 1)
      const verbWord = this.lower(verb)
      if (!verbWord || BE_FORMS.has(verbWord) || inBaseSet(verbWord, this.compiled.sets.experienceVerbs)) continue
      if (!(isParticiple(verbWord) || verbWord.endsWith('s') || inBaseSet(verbWord, this.compiled.sets.humanVerbs))) continue
      const start = this.lower(index) === 'one' ? index - 1 : index
      this.add(start, verb, this.compiled.detectors.omission, {}, this.selfAt(group.end - 1) ? 'self' : 'named')
    }
  }

  /** "X should have rolled back", "should've tested", "should never have been given", "could have prevented". */
  private hindsightAt(index: number): void {
    const modal = this.lower(index)
    let k = index + 1
    if (modal === 'ought' && this.lower(k) === 'to') k++
    else if (modal !== 'should' && modal !== 'could') return
    while (NEGATIONS.has(this.lower(k)) || isAdverb(this.lower(k))) k++
    if (this.lower(k) !== 'have') return
    // "should or should not have": a generic instruction, not hindsight.
    if (this.lower(index - 1) === 'or' || this.lower(k - 1) === 'or') return
    k = this.nextContent(k + 1)
    const next = this.lower(k)
    if (!next) return
    const subject = this.clauses.subjectOf(index)
    if (subject.cls === 'generic' || subject.cls === 'indefinite' || subject.negative) return
    if (next === 'been') {
      // "could have been leaked" is a possibility; "could have been avoided" is a counterfactual.
      if (modal === 'could' && !this.compiled.sets.preventionVerbs.has(this.lower(this.nextContent(k + 1)))) return
      this.passiveHindsight(index, k, subject)
      return
    }
    if (!isParticiple(next)) return
    if (modal === 'could' && (!this.compiled.sets.preventionVerbs.has(next) || this.systemConditional() || this.systemMeansAfter(k))) return
    // "We should have automated checks": a requirement, when an adjective-like participle precedes a bare noun.
    const after = this.tokens[k + 1]
    if (this.compiled.sets.adjectivalParticiples.has(next) && after?.kind === 'word' && !DETERMINERS.has(after.lower) && !PREPOSITIONS.has(after.lower) && !this.compiled.sets.personPronouns.has(after.lower) && after.lower !== 'it') return
    const human = inBaseSet(next, this.compiled.sets.humanVerbs) || next === 'known'
    const counts = isPerson(subject.cls) ? subject.cls !== 'name' || !this.compiled.sets.systemParticiples.has(next) : (subject.cls === 'they' || (subject.cls === 'elided' && subject.clauseStart)) && human
    if (!counts) return
    this.add(this.spanStart(subject, index), k, this.compiled.detectors.hindsight, {}, this.personOf(subject))
  }

  /** "we could have detected this with a synthetic check": the counterfactual is about a tool. */
  private systemMeansAfter(index: number): boolean {
    for (let k = index + 1; k < this.end && k - index <= 8; k++) {
      const word = this.lower(k)
      if (word === 'with' || word === 'using' || word === 'via' || word === 'through') return !this.clauses.personPhraseAt(k + 1)
    }
    return false
  }

  /** "If the alert had fired earlier, we could have ...": the counterfactual is about a system. */
  private systemConditional(): boolean {
    for (let index = this.start; index < this.end; index++) {
      if (this.lower(index) !== 'if' && !(this.lower(index) === 'had' && index === this.start)) continue
      for (let k = index + 1; k < this.end && k - index <= 6; k++) {
        if (this.lower(k) !== 'had') continue
        // "if we had a canary": having a thing, not doing something.
        const next = this.lower(this.nextContent(k + 1))
        if (!isParticiple(next) && next !== 'been') return true
        const subject = this.clauses.subjectOf(k)
        return !isPerson(subject.cls) && subject.cls !== 'they'
      }
    }
    return false
  }

  private passiveHindsight(modal: number, been: number, subject: Subject): void {
    const k = this.nextContent(been + 1)
    const word = this.lower(k)
    if (word && isParticiple(word)) {
      if (isPerson(subject.cls)) {
        this.add(this.spanStart(subject, modal), k, this.compiled.detectors.hindsight, {}, this.personOf(subject))
        return
      }
      if (this.compiled.sets.systemParticiples.has(word)) return
      if (this.systemAgentAfter(k)) return
      this.add(modal, k, this.compiled.detectors['hindsight-passive'], {}, 'unknown')
      return
    }
    // Copular: "we should have been more careful" (not "our overcommit should've been 2x": a setting).
    if (isPerson(subject.cls)) this.add(this.spanStart(subject, modal), been, this.compiled.detectors.hindsight, {}, this.personOf(subject))
  }

  /** "by the queue", "automatically": the passive's agent is a system. */
  private systemAgentAfter(index: number): boolean {
    for (let k = index + 1; k < this.end && k - index <= 6; k++) {
      const word = this.lower(k)
      if (word === 'automatically') return true
      if (word === 'by') {
        if (this.clauses.personPhraseAt(k + 1)) return false
        const next = this.nextNominal(k + 1)
        const cls = next === undefined ? 'other' : this.clauses.headClass(next)
        return cls === 'system' || cls === 'other'
      }
    }
    return false
  }

  /** The head of the noun phrase starting at `index` (skipping determiners and modifiers). */
  private nextNominal(index: number): number | undefined {
    let k = index
    while (k < this.end && DETERMINERS.has(this.lower(k))) k++
    if (k >= this.end) return undefined
    const cls = this.clauses.headClass(k)
    if (cls === 'indefinite' || isPerson(cls)) return k
    while (k + 1 < this.end && this.clauses.isNominal(k + 1) && !PREPOSITIONS.has(this.lower(k + 1))) k++
    return k
  }

  /** "If Sofia had checked", "if the team had followed", "Had the author tested". */
  private conditionalAt(index: number): void {
    const word = this.lower(index)
    if (word === 'if') {
      for (let k = index + 1; k < this.end && k - index <= 6; k++) {
        if (this.lower(k) !== 'had') continue
        const participle = this.nextContent(k + 1)
        const verbWord = this.lower(participle)
        if (!verbWord || verbWord === 'been' || !isParticiple(verbWord)) return
        const subject = this.clauses.subjectOf(k)
        if (isPerson(subject.cls) || (subject.cls === 'they' && inBaseSet(verbWord, this.compiled.sets.humanVerbs))) {
          this.add(index, participle, this.compiled.detectors['hindsight-conditional'], {}, this.personOf(subject))
        }
        return
      }
      return
    }
    if (word !== 'had') return
    const before = this.tokens[index - 1]
    if (index > this.start && !(before?.kind === 'punct' && before.text === ',')) return
    const phrase = this.clauses.personPhraseAt(index + 1)
    if (!phrase) return
    const participle = this.nextContent(phrase.end)
    if (isParticiple(this.lower(participle)) && this.lower(participle) !== 'been') this.add(index, participle, this.compiled.detectors['hindsight-conditional'], {}, this.selfAt(phrase.end - 1) ? 'self' : 'named')
  }

  /** "The warning was overlooked", "changes were performed by our SRE team", "not identified ... by the service teams". */
  private passiveAt(index: number): void {
    const word = this.lower(index)
    const sets = this.compiled.sets
    // "the process was not followed": a step people skipped, without naming them.
    if (word === 'followed' && this.isPassive(index) && this.negatedBefore(index) && this.pastPassive(index) && !this.systemAgentAfter(index) && this.lower(index + 1) !== 'by') {
      this.add(this.passiveSubjectStart(index), index, this.compiled.detectors.omission, {}, 'unknown')
      return
    }
    if (sets.passiveFaultParticiples.has(word) || word === 'ignored') {
      if (!this.isPassive(index) || this.negatedBefore(index)) return
      // "all messages are ignored" describes how a system behaves; the report of a lapse is in the past.
      if (!this.pastPassive(index)) return
      if (this.systemAgentAfter(index)) return
      if (word === 'ignored' && !this.passiveSubjectIs(index, sets.humanSignals)) return
      this.add(this.passiveSubjectStart(index), index, this.compiled.detectors['passive-fault'], {}, 'unknown')
      return
    }
    if (word !== 'by') return
    const agent = this.clauses.personPhraseAt(index + 1)
    if (!agent || !isPerson(agent.cls)) return
    const participle = this.participleBefore(index)
    if (participle === undefined) return
    const verbWord = this.lower(participle)
    if (this.negatedBefore(participle) && this.isPassive(participle)) {
      // "was not noticed by administrators for 8 days": a gap in detection, reported; the team's self-critique at most.
      this.add(participle, agent.end - 1, this.compiled.detectors.omission, {}, 'unknown')
      return
    }
    if (sets.neutralParticiples.has(verbWord) || sets.passiveFaultParticiples.has(verbWord) || verbWord === 'ignored') return
    // "supposed to be aligned by our team", "could have been done by the teams": plans and possibilities.
    if (this.infinitiveOrModal(participle)) return
    if (this.subjectMentions(participle, sets.remedialNouns)) return
    // "set up incorrectly by the previous team", "the wrong certificate was uploaded by ...": a mistake, attributed.
    const mistaken = this.errorAdverbBetween(participle, index) || this.subjectMentions(participle, sets.errorAdjectives)
    // "the changes were performed by our SRE team" is who did the work; "was altered by @x" or a mistake attributed is blame.
    if (!(mistaken || (sets.changeParticiples.has(verbWord) && !['performed', 'done', 'made', 'executed'].includes(verbWord)))) return
    this.add(participle, agent.end - 1, this.compiled.detectors['passive-agent'], {}, this.selfAt(agent.end - 1) ? 'self' : 'named')
  }

  private infinitiveOrModal(participle: number): boolean {
    for (let k = participle - 1; k >= this.start && participle - k <= 4; k--) {
      const word = this.lower(k)
      if (word === 'to' || ['could', 'would', 'should', 'might', 'may', 'must', 'will', 'can', 'shall'].includes(word)) return true
      if (!(BE_FORMS.has(word) || word === 'have' || word === 'has' || isAdverb(word) || NEGATIONS.has(word))) return false
    }
    return false
  }

  /** A manner adverb of error ("incorrectly", "accidentally") around the passive's participle. */
  private errorAdverbBetween(participle: number, by: number): boolean {
    for (let k = participle - 2; k < by; k++) {
      const word = this.lower(k)
      if (word.endsWith('ly') && this.compiled.verbs.has(word)) return true
    }
    return false
  }

  private participleBefore(by: number): number | undefined {
    for (let k = by - 1; k >= this.start && by - k <= 12; k--) {
      const token = this.tokens[k] as Token
      if (token.kind === 'punct' && token.text !== ',' && token.text !== '`') return undefined
      if (token.kind === 'word' && isParticiple(token.lower) && !this.clauses.isNominal(k - 1)) return k
      if (token.kind === 'word' && isParticiple(token.lower) && (BE_FORMS.has(this.lower(k - 1)) || isAdverb(this.lower(k - 1)))) return k
      if (token.kind === 'word' && isParticiple(token.lower) && this.compiled.sets.changeNouns.has(this.lower(k - 2))) return k
    }
    return undefined
  }

  /** Does the clause before `index` mention one of these nouns? */
  private subjectMentions(index: number, nouns: ReadonlySet<string>): boolean {
    for (let k = index - 1; k >= this.start; k--) {
      const token = this.tokens[k] as Token
      if (token.kind === 'punct' && /^[;:–—-]$/.test(token.text)) return false
      if (token.kind === 'word' && (nouns.has(token.lower) || (token.lower.endsWith('s') && nouns.has(token.lower.slice(0, -1))))) return true
    }
    return false
  }

  /** Is the head of the passive's subject one of these nouns ("the warning ... was ignored")? */
  private passiveSubjectIs(index: number, nouns: ReadonlySet<string>): boolean {
    for (let k = index - 1; k >= this.start && index - k <= 4; k--) {
      if (!BE_FORMS.has(this.lower(k))) continue
      const head = this.lower(this.clauses.subjectOf(k).head)
      return nouns.has(head) || (head.endsWith('s') && nouns.has(head.slice(0, -1)))
    }
    return false
  }

  private passiveSubjectStart(index: number): number {
    for (let k = index - 1; k >= this.start; k--) {
      if (BE_FORMS.has(this.lower(k))) {
        const subject = this.clauses.subjectOf(k)
        return subject.start >= this.start && k - subject.start <= 6 && subject.cls !== 'elided' ? subject.start : k
      }
    }
    return index
  }
}
