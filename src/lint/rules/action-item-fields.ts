/**
 * Shared by the four action-item field rules (action-item-id, -owner, -deadline, -priority): an
 * item that lacks several fields gets ONE finding naming all of them, not one per rule.
 *
 * Rule ids stay the public contract: each rule still owns its field, and turning a rule off (or
 * giving it another level) takes its field out of the grouped finding. The grouped finding is
 * reported under the first rule, in the order id, owner, deadline, priority, among the rules at the
 * same level that find their field missing; rules at another level report on their own. A
 * document whose `<!-- postmortem-lint disable|ignore ... -->` comments name one of these rules
 * gets one finding per rule, so those comments silence exactly the field they name.
 */
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Config } from '../../config/types.js'
import type { ActionItem } from '../../model/types.js'
import { unexpected, type RuleContext } from '../rule.js'

export type FieldRule = 'action-item-id' | 'action-item-owner' | 'action-item-deadline' | 'action-item-priority'

interface Field {
  rule: FieldRule
  name: string
  /** What the single-field message expects. */
  expected: (config: Config) => string
  /** What the grouped message expects, in a few words. */
  short: (config: Config) => string
  missing: (item: ActionItem) => boolean
}

export function priorityScale(config: Config): string {
  return Object.entries(config.priorities)
    .map(([canonical, aliases]) => (aliases[1] ? `${canonical} (${aliases[1]})` : canonical))
    .join(', ')
}

const FIELDS: Field[] = [
  { rule: 'action-item-id', name: 'an ID', expected: () => 'an ID such as `AI-1`, so its issue and later reviews can refer to it', short: () => 'an ID such as `AI-1`', missing: (item) => !item.id },
  { rule: 'action-item-owner', name: 'an owner', expected: () => 'a GitHub `@user` or `@org/team` who will be assigned its issue', short: () => 'a GitHub `@user` or `@org/team` owner', missing: (item) => !item.owner },
  // A completed item needs no deadline.
  { rule: 'action-item-deadline', name: 'a deadline', expected: () => 'a date as YYYY-MM-DD by which it is done', short: () => 'a YYYY-MM-DD deadline', missing: (item) => !item.deadline && !item.done },
  { rule: 'action-item-priority', name: 'a priority', expected: (config) => `one of ${priorityScale(config)}`, short: (config) => `a priority (${Object.keys(config.priorities).join(', ')})`, missing: (item) => !item.priority },
]

function levelOf(config: Config, rule: FieldRule): string {
  return config.rules[rule]?.level ?? 'off'
}

/** Joins "an ID", "an owner", "a deadline" as "an ID, an owner and a deadline". */
function joinNames(names: string[], last = 'and'): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1)}`
}

/** Reports, for `rule`, the missing-field findings it leads (see the file comment). */
/** Whether a lint comment of the document names one of the four field rules. */
function commentsNameFieldRules(tree: Root): boolean {
  let named = false
  visit(tree, 'html', (node) => {
    if (/postmortem-lint\s+(?:disable|ignore|enable)\b[^>]*\baction-item-(?:id|owner|deadline|priority)\b/.test(node.value)) named = true
  })
  return named
}

export function reportMissingFields(rule: FieldRule, context: RuleContext<unknown>): void {
  const { postmortem, config, report, firstLine, tree } = context
  const level = levelOf(config, rule)
  const separate = commentsNameFieldRules(tree)
  for (const item of postmortem.actionItems) {
    const missing = FIELDS.filter((field) => levelOf(config, field.rule) === level && field.missing(item) && (!separate || field.rule === rule))
    if (missing[0]?.rule !== rule) continue
    if (missing.length === 1) {
      report(unexpected(`action item without ${missing[0].name}`, missing[0].expected(config)), firstLine(item.span))
      continue
    }
    report(
      unexpected(`action item without ${joinNames(missing.map((field) => field.name), 'or')}`, joinNames(missing.map((field) => field.short(config)))),
      firstLine(item.span),
    )
  }
  reportEmptySection(rule, context, level)
}

/** An action-item section from which no item could be read says so once, under the leading rule. */
function reportEmptySection(rule: FieldRule, { postmortem, config, report }: RuleContext<unknown>, level: string): void {
  const section = postmortem.resolved?.['action-items']
  if (!section || postmortem.actionItems.length > 0) return
  const lead = FIELDS.find((field) => levelOf(config, field.rule) === level)
  if (lead?.rule !== rule) return
  report(unexpected('action-item section without items', 'one list item or table row per action, each with its ID, owner, deadline and priority'), section.headingSpan)
}

