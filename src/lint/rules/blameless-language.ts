/**
 * blameless-language: wording that makes a person the cause of the incident, or judges them.
 * The analysis is the blame engine (src/blame); this rule feeds it every prose text of the document
 * (paragraphs, list items, blockquotes, table cells; not headings), maps hits back to file positions
 * and sets each finding's severity from the section it is in and from how the policy weighs it:
 * blame of a person is the rule's level, hindsight and a team's self-critique a warning at most.
 */
import { findBlame, validateVocabulary, type BlameKind, type BlameOptions } from '../../blame/index.js'
import { textUnits } from '../../blame/markdown.js'
import type { Config, RuleLevel } from '../../config/types.js'
import { SourceText } from '../../model/source.js'
import type { Section } from '../../model/types.js'
import { listOption, onlyKnownOptions } from '../options.js'
import { postmortemRule } from '../rule.js'
import type { VFileMessage } from 'vfile-message'

const RULE_ID = 'blameless-language'
const LEVELS: readonly RuleLevel[] = ['off', 'warn', 'error']

export interface BlamelessLanguageOptions {
  /** Section key -> level for findings in that section (and its subsections). */
  sections: Record<string, RuleLevel>
  allow: string[]
  phrases: unknown[]
  /** Highest level for hindsight and counterfactuals that name no one but the writers ("we should have"). */
  hindsight: RuleLevel
  /** Highest level for a team's judgment of its own work ("we missed", "our bad", "nothing was done"). */
  selfCritique: RuleLevel
}

/**
 * The timeline records what people did, minute by minute; wording there is worth a look but
 * rarely the analysis. What went well and where we got lucky credit people: "her odd sleep habits
 * meant she was awake" is thanks, not blame. The analysis sections keep the rule's own level.
 */
export const DEFAULT_SECTION_LEVELS: Readonly<Record<string, RuleLevel>> = { timeline: 'warn', 'what-went-well': 'off', 'where-we-got-lucky': 'off' }

/** Hindsight and self-critique are a warning at most by default (issue #9's policy). */
export const DEFAULT_KIND_LEVELS = { hindsight: 'warn', selfCritique: 'warn' } as const satisfies Record<string, RuleLevel>

export function parseOptions(raw: Record<string, unknown>, config: Config): BlamelessLanguageOptions {
  onlyKnownOptions(raw, ['sections', 'allow', 'phrases', 'hindsight', 'selfCritique'], RULE_ID)
  const allow = listOption(raw, 'allow', [], RULE_ID)
  const sections = { ...DEFAULT_SECTION_LEVELS, ...sectionLevels(raw.sections, config) }
  const phrases = raw.phrases ?? []
  if (!Array.isArray(phrases)) throw new Error(`rules.${RULE_ID}.phrases: expected a list of vocabulary entries (id, kind, category, patterns, note, hint, source), got ${JSON.stringify(phrases)}`)
  if (phrases.length > 0) {
    try {
      // Validated here so a bad entry is reported with the option's name; the engine validates again (cached).
      validateVocabulary(phrases, `rules.${RULE_ID}.phrases`)
      findBlame('', { extraEntries: phrases })
    } catch (error) {
      throw new Error((error as Error).message.startsWith(`rules.${RULE_ID}`) ? (error as Error).message : `rules.${RULE_ID}.phrases: ${(error as Error).message}`)
    }
  }
  return { sections, allow, phrases, hindsight: levelOption(raw, 'hindsight'), selfCritique: levelOption(raw, 'selfCritique') }
}

function levelOption(raw: Record<string, unknown>, key: 'hindsight' | 'selfCritique'): RuleLevel {
  const value = raw[key]
  if (value === undefined) return DEFAULT_KIND_LEVELS[key]
  if (typeof value !== 'string' || !LEVELS.includes(value as RuleLevel)) throw new Error(`rules.${RULE_ID}.${key}: expected one of ${LEVELS.join(', ')}, got ${JSON.stringify(value)}`)
  return value as RuleLevel
}

const LEVEL_ORDER: Record<RuleLevel, number> = { off: 0, warn: 1, error: 2 }

/**
 * The level of one hit: the section's level (or the rule's, when the section has none), capped by
 * the kind's level for hindsight and self-critique. `undefined` leaves the rule's own severity.
 */
export function hitLevel(kind: BlameKind, sectionLevel: RuleLevel | undefined, options: Pick<BlamelessLanguageOptions, 'hindsight' | 'selfCritique'>): RuleLevel | undefined {
  const cap = kind === 'hindsight' ? options.hindsight : kind === 'self-critique' ? options.selfCritique : undefined
  if (cap === undefined || cap === 'error') return sectionLevel
  if (sectionLevel !== undefined && LEVEL_ORDER[sectionLevel] < LEVEL_ORDER[cap]) return sectionLevel
  return cap
}

function sectionLevels(value: unknown, config: Config): Record<string, RuleLevel> {
  if (value === undefined) return {}
  const where = `rules.${RULE_ID}.sections`
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: expected a mapping of section to level (e.g. timeline: warn), got ${JSON.stringify(value)}`)
  const known = Object.keys(config.sections)
  const levels: Record<string, RuleLevel> = {}
  for (const [key, level] of Object.entries(value as Record<string, unknown>)) {
    if (!known.includes(key)) throw new Error(`${where}: unknown section \`${key}\`, expected one of: ${known.join(', ')}`)
    if (typeof level !== 'string' || !LEVELS.includes(level as RuleLevel)) throw new Error(`${where}.${key}: expected one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`)
    levels[key] = level as RuleLevel
  }
  return levels
}

/** The innermost section around an offset, and the key that decides its level. */
function sectionKeysAt(sections: Section[], offset: number): string[] {
  let best: Section | undefined
  for (const section of sections) {
    if (section.span.start.offset <= offset && offset < section.span.end.offset && (!best || section.depth >= best.depth)) best = section
  }
  return [best?.key, best?.parentKey].filter((key): key is string => key !== undefined)
}

/**
 * unified-lint-rule assigns every message of a rule the rule's own severity after the rule has run,
 * so a per-section level is pinned with an accessor that ignores that assignment.
 */
function pinSeverity(message: VFileMessage, fatal: boolean): void {
  Object.defineProperty(message, 'fatal', { get: () => fatal, set: () => undefined, enumerable: true, configurable: true })
}

export default postmortemRule<BlamelessLanguageOptions>({
  id: RULE_ID,
  options: parseOptions,
  check({ postmortem, options, tree, file, report }) {
    const source = new SourceText(String(file.value))
    const blameOptions: BlameOptions = { allow: options.allow, extraEntries: options.phrases }
    for (const unit of textUnits(tree, source.text)) {
      // A heading names a topic ("Underlying cause", "Why the deploy broke"); the text under it says who did what.
      if (unit.kind === 'heading') continue
      const hits = findBlame(unit.text, blameOptions)
      if (hits.length === 0) continue
      const keys = sectionKeysAt(postmortem.sections, unit.offset)
      const sectionLevel = keys.map((key) => options.sections[key]).find((level) => level !== undefined)
      if (sectionLevel === 'off') continue
      for (const hit of hits) {
        const level = hitLevel(hit.kind, sectionLevel, options)
        if (level === 'off') continue
        const span = source.span(unit.offset + hit.start, unit.offset + hit.end)
        // The shared grammar is "Unexpected X, expected Y"; the engine's says why before "; expected".
        const message = hit.message.replace('; expected ', ', expected ')
        report(message, span, hit.suggestion === undefined ? { actual: hit.phrase } : { actual: hit.phrase, replacement: hit.suggestion })
        const last = file.messages[file.messages.length - 1]
        if (level !== undefined && last) pinSeverity(last, level === 'error')
      }
    }
  },
})
