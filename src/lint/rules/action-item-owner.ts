/** action-item-owner: every action item has an owner who is a GitHub `@user` or `@org/team`. */
import { postmortemRule, quote, unexpected } from '../rule.js'
import { reportMissingFields } from './action-item-fields.js'

/** GitHub logins: alphanumerics and single hyphens, at most 39; teams as `@org/team-slug`. */
export const GITHUB_OWNER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/

/** "@a, @b", "@a and @b", "@a @b" name several owners; "Payments team" is one (invalid) owner. */
export function splitOwners(value: string): string[] {
  return value
    .split(/\s*[,;]\s*|\s+and\s+/)
    .flatMap((part) => {
      const words = part.trim().split(/\s+/)
      return words.every((word) => word.startsWith('@')) ? words : [part.trim()]
    })
    .filter(Boolean)
}

export default postmortemRule({
  id: 'action-item-owner',
  check(context) {
    const { postmortem, report } = context
    reportMissingFields('action-item-owner', context)
    for (const item of postmortem.actionItems) {
      if (!item.owner) continue
      const invalid = splitOwners(item.owner.value).filter((owner) => !GITHUB_OWNER.test(owner))
      if (invalid.length > 0) {
        report(unexpected(`owner ${quote(invalid.join(', '))}`, 'a GitHub `@user` or `@org/team` (a name alone cannot be assigned or notified)'), item.owner.span, { actual: item.owner.raw })
      }
    }
  },
})
