import { describe, expect, it } from 'vitest'
import { at, fixture, lines, parse, where } from './helpers.js'

describe('contributing factors', () => {
  it('reads list items across the Immediate Cause / Contributing Factors / Systemic Issues subsections', () => {
    const text = fixture('reference.md')
    const factors = parse(text).factors
    expect(factors.map((factor) => [factor.group, factor.text.value])).toEqual([
      ['Immediate Cause', 'The bucket quota was reached during the month-end peak'],
      ['Contributing Factors', 'The quota alert fired at 100% instead of 80%'],
      ['Contributing Factors', 'The export job retried without backing off'],
      ['Systemic Issues', 'Storage quotas are not part of the capacity review'],
    ])
    // Each factor spans its whole list item, marker included.
    expect(at(factors[1]?.text.span)).toBe(where(text, '1. The quota alert fired at 100% instead of 80%'))
  })

  it('reads a plain list without subsections', () => {
    const factors = parse(fixture('lists.md')).factors
    expect(factors).toHaveLength(3)
    expect(factors.every((factor) => factor.group === undefined)).toBe(true)
    expect(factors[2]?.text.value).toBe('The zero-result alert waited ten minutes before firing')
  })

  it('falls back to the root-cause section when there is no factors section', () => {
    const text = lines('## Root causes', '', '- The certificate expired', '- Renewal mails went to a former employee')
    expect(parse(text).factors.map((factor) => factor.text.value)).toEqual(['The certificate expired', 'Renewal mails went to a former employee'])
  })

  it('reads one factor per paragraph when the section has no list', () => {
    const text = lines('## Contributing Factors', '', '**Retry storm**: clients retried without jitter.', '', '**Health checks**: the balancer kept sending traffic to failing pods.')
    expect(parse(text).factors.map((factor) => factor.text.value)).toEqual([
      'Retry storm: clients retried without jitter.',
      'Health checks: the balancer kept sending traffic to failing pods.',
    ])
  })

  it('takes only the first paragraph of an item, not its nested details', () => {
    const text = lines('## Contributing Factors', '', '- Quota alert threshold too high', '  - It was set at launch and never reviewed')
    expect(parse(text).factors.map((factor) => factor.text.value)).toEqual(['Quota alert threshold too high'])
  })

  it('is empty without an analysis section', () => {
    expect(parse(lines('# X', '', '## Summary', '', '- A list item')).factors).toEqual([])
  })
})
