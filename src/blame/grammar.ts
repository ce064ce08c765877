/**
 * Closed word classes of English and crude morphology. These are grammar, not vocabulary:
 * they do not change with what a team considers blame, so they live in code.
 */

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'his', 'her', 'their', 'its', 'some', 'any', 'each', 'every', 'no', 'all', 'both', 'another', 'whose'])
export const POSSESSIVE_DETERMINERS = new Set(['our', 'my', 'your', 'his', 'her', 'their'])
export const FIRST_PERSON_POSSESSIVES = new Set(['our', 'my'])
export const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'from', 'with', 'for', 'to', 'by', 'about', 'into', 'onto', 'over', 'under', 'during', 'after', 'before', 'between', 'through', 'without', 'within', 'via', 'per', 'across', 'behind', 'near', 'than', 'like', 'outside', 'inside'])
export const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', "'re", 'get', 'gets', 'got', 'gotten', 'getting'])
export const COPULAS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', "'s", 'seemed', 'seems', 'looked', 'felt', 'became', 'remains', 'remained'])
export const AUXILIARIES = new Set(['do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am'])
export const PAST_AUXILIARIES = new Set(['did', 'had', 'was', 'were', 'could', 'would'])
export const NEGATIONS = new Set(['not', 'never'])
export const CONJUNCTIONS = new Set(['and', 'but', 'or', 'yet', 'nor', 'so'])
export const RELATIVES = new Set(['who', 'that', 'which', 'whom'])
export const GENERIC_SUBJECTS = new Set(['what', 'whatever', 'whoever', 'which'])
export const NEGATIVE_QUANTIFIERS = new Set(['none', 'nobody', 'neither', 'no-one'])
/** Words between a subject and its verb that do not change who the subject is. */
export const SKIPPABLE = new Set([
  'also', 'then', 'just', 'still', 'ever', 'already', 'once', 'again', 'even', 'first', 'later', 'instead', 'therefore', 'thus', 'hence',
  'all', 'both', 'each', 'themselves', 'himself', 'herself', 'ourselves', 'myself', 'yourself', 'too', 'quite', 'somehow', 'soon', 'now',
  'keep', 'keeps', 'kept', 'tried', 'try', 'tries', 'started', 'start', 'starts', 'began', 'begin', 'begun', 'continued', 'continue', 'seemed', 'seems', 'appeared', 'appears', 'managed', 'tended', 'tends', 'went', 'go', 'goes', 'to', 'ahead', 'on', 'up',
])
/** Words ending in -ly that are not adverbs. */
const NOT_ADVERBS = new Set(['only', 'early', 'family', 'reply', 'supply', 'apply', 'assembly', 'anomaly', 'rally', 'july', 'italy', 'holy', 'ugly', 'friendly', 'fly', 'ally', 'belly', 'daily', 'weekly', 'monthly', 'hourly', 'nightly', 'quarterly', 'yearly', 'likely', 'unlikely', 'costly', 'timely'])
const COMMON_ADVERBS = new Set(['also', 'then', 'just', 'still', 'never', 'ever', 'already', 'once', 'again', 'even', 'too', 'quite', 'very', 'so', 'much', 'way', 'far', 'well', 'often', 'always', 'sometimes', 'soon', 'later', 'not', 'further', 'twice', 'instead', 'anyway', 'perhaps', 'maybe', 'probably', 'definitely', 'almost', 'nearly', 'rather', 'pretty', 'more', 'most', 'less', 'least', 'simply', 'in', 'fact'])

export function isAdverb(lower: string): boolean {
  return COMMON_ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly') && !NOT_ADVERBS.has(lower))
}

const IRREGULAR_PARTICIPLES = new Set([
  'broken', 'forgotten', 'given', 'taken', 'written', 'chosen', 'driven', 'eaten', 'fallen', 'gotten', 'hidden', 'known', 'seen', 'shown', 'spoken',
  'stolen', 'thrown', 'woken', 'done', 'gone', 'made', 'run', 'set', 'put', 'let', 'hit', 'cut', 'read', 'caught', 'brought', 'bought', 'thought',
  'taught', 'sought', 'fought', 'kept', 'left', 'lost', 'meant', 'met', 'paid', 'said', 'sent', 'spent', 'built', 'held', 'told', 'sold', 'found',
  'heard', 'understood', 'stood', 'led', 'fed', 'felt', 'dealt', 'slept', 'swept', 'begun', 'drawn', 'grown', 'blown', 'flown', 'won', 'shut',
  'spread', 'split', 'quit', 'rid', 'upset', 'mistaken', 'overseen', 'undertaken', 'withdrawn', 'overridden', 'ridden', 'bitten', 'hung', 'struck',
  'stuck', 'dug', 'spun', 'slid', 'laid', 'lit', 'shot', 'sat', 'become', 'come', 'overcome', 'rerun', 'rebuilt', 'redone', 'rewritten', 'reset',
  'misread', 'misunderstood', 'overlooked', 'forgot', 'broke', 'got', 'ran', 'wrote', 'misled', 'shipped', 'had',
])
const NOT_PARTICIPLES = new Set(['red', 'bed', 'need', 'feed', 'seed', 'speed', 'shed', 'hundred', 'sacred', 'naked', 'wicked', 'ahead', 'instead', 'embed', 'bleed', 'breed', 'greed', 'creed', 'indeed', 'exceed', 'proceed', 'succeed', 'weed', 'deed', 'shred', 'sled', 'wed', 'ed', 'bred', 'fled', 'ted', 'fred', 'ned', 'med', 'unrelated', 'dedicated'])

export function isParticiple(lower: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(lower)) return true
  return lower.length >= 4 && lower.endsWith('ed') && !NOT_PARTICIPLES.has(lower)
}

/** Past forms that are not regular: enough to tell "never checked" from "never check". */
const IRREGULAR_BASES: Record<string, string> = {
  forgot: 'forget', forgotten: 'forget', caught: 'catch', knew: 'know', known: 'know', thought: 'think', saw: 'see', seen: 'see', took: 'take',
  taken: 'take', ran: 'run', told: 'tell', kept: 'keep', understood: 'understand', misunderstood: 'misunderstand', went: 'go', gone: 'go', did: 'do', done: 'do',
  made: 'make', got: 'get', gotten: 'get', found: 'find', began: 'begin', begun: 'begin', brought: 'bring', sent: 'send', left: 'leave', lost: 'lose',
  paid: 'pay', said: 'say', meant: 'mean', heard: 'hear', felt: 'feel', spent: 'spend', broke: 'break', broken: 'break', chose: 'choose',
  chosen: 'choose', wrote: 'write', written: 'write', gave: 'give', given: 'give', came: 'come', became: 'become', had: 'have', has: 'have',
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', led: 'lead', read: 'read', set: 'set', put: 'put', hit: 'hit', shut: 'shut', rang: 'ring',
  woke: 'wake', drew: 'draw', drawn: 'draw', threw: 'throw', thrown: 'throw', fell: 'fall', fallen: 'fall', held: 'hold', stood: 'stand', built: 'build',
  sought: 'seek', taught: 'teach', bought: 'buy', dealt: 'deal', rolled: 'roll', backed: 'back', misread: 'misread', overlooked: 'overlook',
}

/** Candidate base forms of a word ("checked" -> check, "paying" -> pay, "tried" -> try). */
export function baseForms(lower: string): string[] {
  const irregular = IRREGULAR_BASES[lower]
  if (irregular) return [irregular, lower]
  const forms = [lower]
  const strip = (suffix: string, add = '') => {
    if (lower.endsWith(suffix) && lower.length > suffix.length + 1) forms.push(lower.slice(0, -suffix.length) + add)
  }
  strip('ies', 'y')
  strip('ied', 'y')
  strip('es')
  strip('s')
  strip('ed')
  strip('ed', 'e')
  strip('d')
  strip('ing')
  strip('ing', 'e')
  for (const suffix of ['ed', 'ing']) {
    const stem = lower.endsWith(suffix) ? lower.slice(0, -suffix.length) : ''
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1))
  }
  return forms
}

export function inBaseSet(lower: string, set: ReadonlySet<string>): boolean {
  return baseForms(lower).some((form) => set.has(form))
}

/** Past tense or participle: "-ed" or a known irregular past. */
export function isPastForm(lower: string): boolean {
  return isParticiple(lower) || (IRREGULAR_BASES[lower] !== undefined && IRREGULAR_BASES[lower] !== lower)
}
