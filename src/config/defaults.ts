import { data as vocabularyData } from './vocabulary.yml.generated.js'
import type { Config, RuleSetting, Vocabulary } from './types.js'

/** Every rule id users may configure (a public contract: ids never change meaning). */
export const KNOWN_RULES: readonly string[] = [
  'required-sections',
  'metadata',
  'timeline-utc',
  'timeline-order',
  'timeline-complete',
  'contributing-factors',
  'action-item-id',
  'action-item-owner',
  'action-item-deadline',
  'action-item-priority',
  'action-item-specific',
  'blameless-language',
  'template-placeholders',
]

/** Rules that judge wording rather than structure default to warnings. */
const DEFAULT_LEVELS: Record<string, RuleSetting['level']> = {
  'action-item-specific': 'warn',
}

interface BuiltinVocabularies {
  sections: Vocabulary
  columns: Vocabulary
  fields: Vocabulary
  severities: Vocabulary
  priorities: Vocabulary
}

let builtin: BuiltinVocabularies | undefined

function builtinVocabularies(): BuiltinVocabularies {
  builtin ??= vocabularyData as BuiltinVocabularies
  return builtin
}

function copy(vocabulary: Vocabulary): Vocabulary {
  return Object.fromEntries(Object.entries(vocabulary).map(([key, aliases]) => [key, [...aliases]]))
}

export function defaultConfig(): Config {
  const vocab = builtinVocabularies()
  return {
    rules: Object.fromEntries(KNOWN_RULES.map((id) => [id, { level: DEFAULT_LEVELS[id] ?? 'error', options: {} }])),
    sections: copy(vocab.sections),
    columns: copy(vocab.columns),
    fields: copy(vocab.fields),
    severities: copy(vocab.severities),
    priorities: copy(vocab.priorities),
    include: ['**/*.md'],
    // The template is a form to copy, not a post-mortem; READMEs describe the folder.
    ignore: ['**/TEMPLATE.md', '**/README.md', '**/node_modules/**'],
  }
}
