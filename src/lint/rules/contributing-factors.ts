/** contributing-factors: the analysis names more than one contributing factor. */
import { numberOption, onlyKnownOptions } from '../options.js'
import { postmortemRule, unexpected } from '../rule.js'

export default postmortemRule<{ minimum: number }>({
  id: 'contributing-factors',
  options(raw) {
    onlyKnownOptions(raw, ['minimum'], 'contributing-factors')
    return { minimum: numberOption(raw, 'minimum', 2, 'contributing-factors') }
  },
  check({ postmortem, options, report }) {
    const section = postmortem.resolved?.['contributing-factors'] ?? postmortem.resolved?.['root-cause']
    if (!section) return
    const count = postmortem.factors.length
    if (count >= options.minimum) return
    report(
      unexpected(
        `${count} contributing factor${count === 1 ? '' : 's'}`,
        `at least ${options.minimum}, one list item each: besides the trigger, name the conditions that let it cause harm (missing checks, alerting gaps, risky defaults)`,
      ),
      section.headingSpan,
    )
  },
})
