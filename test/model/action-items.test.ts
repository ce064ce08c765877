import { describe, expect, it } from 'vitest'
import type { ActionItem } from '../../src/model/types.js'
import { at, fixture, lines, parse, sliceOf, where, whereOnLine } from './helpers.js'

function fieldsOf(item: ActionItem | undefined) {
  return {
    id: item?.id?.value,
    action: item?.action?.value,
    owner: item?.owner?.value,
    deadline: item?.deadline?.value,
    deadlineDate: item?.deadlineDate,
    priority: item?.priority?.value,
  }
}

describe('action items as a table', () => {
  it('reads ID | Action | Owner | Deadline | Priority with exact cell spans', () => {
    const text = fixture('reference.md')
    const items = parse(text).actionItems
    expect(items.map(fieldsOf)).toEqual([
      { id: 'AI-1', action: 'Alert when the export bucket passes 80% of its quota', owner: '@alice', deadline: '2024-03-20', deadlineDate: '2024-03-20', priority: 'P1' },
      { id: 'AI-2', action: 'Add storage quotas to the quarterly capacity review checklist', owner: '@bob', deadline: '2024-04-01', deadlineDate: '2024-04-01', priority: 'P2' },
    ])
    const [first] = items
    expect(first?.form).toBe('table')
    expect(at(first?.id?.span)).toBe('48:3-48:7')
    expect(at(first?.action?.span)).toBe(where(text, 'Alert when the export bucket passes 80% of its quota'))
    expect(at(first?.owner?.span)).toBe(whereOnLine(text, 48, '@alice'))
    expect(at(first?.deadline?.span)).toBe(where(text, '2024-03-20'))
    expect(at(first?.priority?.span)).toBe(whereOnLine(text, 48, 'P1'))
    expect(at(first?.span)).toBe(`48:1-48:${'| AI-1 | Alert when the export bucket passes 80% of its quota | @alice | 2024-03-20 | P1 |'.length + 1}`)
  })

  it.each([
    ['| # | Task | Assignee | Due date | Pri |'],
    ['| ID | Description | Who | Due | Priority |'],
    ['| No. | Action | Owners | Target date | Prio |'],
  ])('reads the column aliases in %s', (header) => {
    const text = lines('## Action Items', '', header, '|---|---|---|---|---|', '| 7 | Page the database team on replica lag > 30s | @dba | 2024-05-01 | high |')
    expect(fieldsOf(parse(text).actionItems[0])).toEqual({
      id: '7',
      action: 'Page the database team on replica lag > 30s',
      owner: '@dba',
      deadline: '2024-05-01',
      deadlineDate: '2024-05-01',
      priority: 'high',
    })
  })

  it('keeps a deadline that is not a date as text without a date', () => {
    const items = parse(fixture('findings.md')).actionItems
    expect(fieldsOf(items[0])).toMatchObject({ deadline: '2024-02-30', deadlineDate: undefined, owner: 'Erin', priority: 'soon' })
    expect(fieldsOf(items[2])).toMatchObject({ id: undefined, deadline: 'next sprint', deadlineDate: undefined })
  })

  it('keeps unknown columns as extra fields', () => {
    const text = lines('## Action Items', '', '| ID | Action | Owner | Tracking bug |', '|---|---|---|---|', '| AI-1 | Pin the package version | @bob | #1234 |')
    const [item] = parse(text).actionItems
    expect(item?.extra['tracking bug']?.value).toBe('#1234')
  })

  it('reads every table of a section split into groups', () => {
    const text = lines('## Action Items', '', '### Prevention', '', '| Action | Owner |', '|---|---|', '| Pin the package | @bob |', '', '### Detection', '', '| Action | Owner |', '|---|---|', '| Alert on 5xx rate | @eve |')
    expect(parse(text).actionItems.map((item) => [item.action?.value, item.owner?.value])).toEqual([
      ['Pin the package', '@bob'],
      ['Alert on 5xx rate', '@eve'],
    ])
  })
})

describe('action items as a list', () => {
  const text = fixture('lists.md')
  const items = parse(text).actionItems

  it('reads "AI-1: action (owner: @x, due: date, priority: p)" with the span of each field', () => {
    const item = items[0]
    expect(item?.form).toBe('list')
    expect(fieldsOf(item)).toEqual({
      id: 'AI-1',
      action: 'Fail the rebuild when the new index holds fewer than 90% of the documents of the old one',
      owner: '@carol',
      deadline: '2024-06-28',
      deadlineDate: '2024-06-28',
      priority: 'high',
    })
    expect(at(item?.id?.span)).toBe(where(text, 'AI-1'))
    expect(at(item?.owner?.span)).toBe(where(text, '@carol', 2))
    expect(at(item?.deadline?.span)).toBe(where(text, '2024-06-28'))
    expect(at(item?.priority?.span)).toBe(where(text, 'high'))
    expect(at(item?.action?.span)).toBe(where(text, 'Fail the rebuild when the new index holds fewer than 90% of the documents of the old one'))
  })

  it('reads "[AI-2] action @owner date (P2)" without labels', () => {
    const item = items[1]
    expect(fieldsOf(item)).toEqual({
      id: 'AI-2',
      action: 'Keep the previous index for 24 hours after a swap',
      owner: '@dan',
      deadline: '2024-07-05',
      deadlineDate: '2024-07-05',
      priority: 'P2',
    })
    expect(at(item?.id?.span)).toBe(where(text, 'AI-2'))
    expect(at(item?.owner?.span)).toBe(where(text, '@dan', 2))
    expect(at(item?.deadline?.span)).toBe(where(text, '2024-07-05'))
    expect(at(item?.priority?.span)).toBe(where(text, 'P2', 1))
  })

  it('reads fields from a nested "- Owner: @x" list', () => {
    const item = items[2]
    expect(fieldsOf(item)).toEqual({
      id: 'AI-3',
      action: 'Lower the zero-result alert delay from 10 to 3 minutes',
      owner: '@carol',
      deadline: '2024-06-21',
      deadlineDate: '2024-06-21',
      priority: 'P1',
    })
    expect(at(item?.owner?.span)).toBe(where(text, '@carol', 3))
    expect(at(item?.deadline?.span)).toBe(where(text, '2024-06-21'))
    expect(at(item?.priority?.span)).toBe(where(text, 'P1', 1))
    // The item covers its nested fields.
    expect(item?.span.start.line).toBe(47)
    expect(item?.span.end.line).toBe(50)
  })

  it('keeps every span consistent with the text it names', () => {
    for (const item of items) {
      for (const field of [item.id, item.owner, item.deadline, item.priority]) {
        expect(sliceOf(text, field?.span)).toBe(field?.raw)
      }
    }
  })

  it('flattens grouped lists ("**Process:**", "Testing:") into their items', () => {
    const grouped = lines(
      '## Action items',
      '',
      '- **Process:**',
      '  - AI-1: Write the failover runbook (owner: @amy, due: 2024-05-01, priority: P2)',
      '  - AI-2: Review paging rules (owner: @ben, due: 2024-05-02, priority: P3)',
      '- Testing:',
      '  - AI-3: Add a load test for the login path (owner: @cy, due: 2024-05-03, priority: P1)',
    )
    expect(parse(grouped).actionItems.map((item) => [item.id?.value, item.owner?.value, item.priority?.value])).toEqual([
      ['AI-1', '@amy', 'P2'],
      ['AI-2', '@ben', 'P3'],
      ['AI-3', '@cy', 'P1'],
    ])
  })

  it('reads checkbox items and marks checked ones as done', () => {
    const boxes = lines(
      '## Action Items',
      '',
      '- [x] AI-1: Rotate the leaked token (owner: @amy, due: 2024-05-01, priority: P0)',
      '- [ ] AI-2: Scan every repository for tokens (owner: @ben, due: 2024-05-15, priority: P1)',
    )
    const [done, open] = parse(boxes).actionItems
    expect(done?.extra.status?.value).toBe('done')
    expect(open?.extra.status).toBeUndefined()
    expect(fieldsOf(open)).toMatchObject({ id: 'AI-2', owner: '@ben', deadline: '2024-05-15', priority: 'P1' })
    expect(at(open?.id?.span)).toBe(where(boxes, 'AI-2'))
  })

  it('reads an item without fields as an action alone', () => {
    const bare = lines('## Follow-ups', '', '- Document the rollover process')
    expect(fieldsOf(parse(bare).actionItems[0])).toEqual({
      id: undefined,
      action: 'Document the rollover process',
      owner: undefined,
      deadline: undefined,
      deadlineDate: undefined,
      priority: undefined,
    })
  })

  it('reads owner teams and labelled fields in any case', () => {
    const team = lines('## Action Items', '', '- PM-12.4 - Add a canary stage to the deploy pipeline (Owner: @acme/platform; Due: 2024-09-30; Priority: P2)')
    expect(fieldsOf(parse(team).actionItems[0])).toEqual({
      id: 'PM-12.4',
      action: 'Add a canary stage to the deploy pipeline',
      owner: '@acme/platform',
      deadline: '2024-09-30',
      deadlineDate: '2024-09-30',
      priority: 'P2',
    })
  })
})

describe('documents without action items', () => {
  it('has none without an action-items section', () => {
    expect(parse(lines('# X', '', '## Summary', '', '- Not an action item')).actionItems).toEqual([])
  })
})
