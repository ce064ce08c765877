import { describe, expect, it } from 'vitest'
import { at, fixture, lines, parse, sliceOf, where } from './helpers.js'

describe('metadata as bold field lines', () => {
  it('reads several fields on one line, each with its exact position', () => {
    const text = fixture('reference.md')
    const { meta } = parse(text)
    expect(meta.date?.value).toBe('2024-03-05')
    expect(at(meta.date?.span)).toBe(where(text, '2024-03-05', 2))
    expect(meta.duration?.value).toEqual({ minutes: 95, startMinutes: 605, endMinutes: 700, zone: 'UTC' })
    expect(meta.duration?.raw).toBe('1h 35min (10:05 - 11:40 UTC)')
    expect(at(meta.duration?.span)).toBe(where(text, '1h 35min (10:05 - 11:40 UTC)'))
    expect(meta.severity?.value).toBe('P2')
    expect(at(meta.severity?.span)).toBe('3:83-3:85')
    expect(meta.authors?.value).toEqual(['@alice', '@bob'])
    expect(at(meta.authors?.span)).toBe('4:14-4:26')
    expect(meta.reviewed?.value).toBe('2024-03-08')
    expect(at(meta.reviewed?.span)).toBe(where(text, '2024-03-08'))
    expect(meta.fields.map((field) => [field.key, field.from])).toEqual([
      ['date', 'field-line'],
      ['duration', 'field-line'],
      ['severity', 'field-line'],
      ['authors', 'field-line'],
      ['reviewed', 'field-line'],
    ])
  })

  it('keeps the offsets of every field consistent with its line and column', () => {
    const text = fixture('reference.md')
    for (const field of parse(text).meta.fields) expect(sliceOf(text, field.span)).toBe(field.raw)
  })

  it('reads one field per line, with the colon inside or outside the bold', () => {
    const text = lines(
      '# Disk full on build agents',
      '',
      '**Date:** 2024-05-02',
      '**Incident duration**: 2 hours',
      '__Severity__: SEV1',
      '**Written by**: @erin and @frank',
      '**Incident ID**: INC-42',
      '',
      '## Summary',
      '',
      'Text.',
    )
    const { meta } = parse(text)
    expect(meta.date?.value).toBe('2024-05-02')
    expect(at(meta.date?.span)).toBe('3:11-3:21')
    expect(meta.duration?.value.minutes).toBe(120)
    expect(at(meta.duration?.span)).toBe(where(text, '2 hours'))
    expect(meta.severity?.value).toBe('P1')
    expect(meta.severity?.raw).toBe('SEV1')
    expect(meta.authors?.value).toEqual(['@erin', '@frank'])
    expect(meta.id?.value).toBe('INC-42')
    expect(at(meta.id?.span)).toBe(where(text, 'INC-42'))
  })

  it('reads fields separated by <br> on one line, as the Flutter template writes them', () => {
    const text = lines('Status: final<br> Owners: @hixie<br>**Date**: 2023-08-26', '', '## Summary', '', 'Text.')
    const { meta } = parse(text)
    expect(meta.authors?.value).toEqual(['@hixie'])
    expect(at(meta.authors?.span)).toBe(where(text, '@hixie'))
    expect(meta.date?.value).toBe('2023-08-26')
    expect(at(meta.date?.span)).toBe(where(text, '2023-08-26'))
    expect(meta.fields.find((field) => field.key === 'status')?.raw).toBe('final')
  })

  it('reads fields written as list items before the first section', () => {
    const text = lines('# Cache stampede', '', '- **Date**: 2024-07-01', '- **Severity**: P3', '', '## Summary', '', 'Text.')
    const { meta } = parse(text)
    expect(meta.date?.value).toBe('2024-07-01')
    expect(at(meta.date?.span)).toBe('3:13-3:23')
    expect(meta.severity?.value).toBe('P3')
  })

  it('ignores bold labels inside sections: they are prose, not metadata', () => {
    const text = lines('# Cache stampede', '', '## Summary', '', '**Date**: 2020-01-01 is when the cache was built.')
    expect(parse(text).meta.date).toBeUndefined()
  })

  it('reads Google-template fields written as headings', () => {
    const text = lines('# Certificate expired', '', '## Date', '', '2018-08-22', '', '## Authors', '', '@alice, @bob', '', '## Summary', '', 'Text.')
    const { meta } = parse(text)
    expect(meta.date?.value).toBe('2018-08-22')
    expect(at(meta.date?.span)).toBe('5:1-5:11')
    expect(meta.authors?.value).toEqual(['@alice', '@bob'])
    expect(meta.fields.find((field) => field.key === 'date')?.from).toBe('heading')
  })

  it('takes the date from the title when no field gives one', () => {
    const text = lines('# Post-Mortem: Queue backlog (2024-03-05)', '', '## Summary', '', 'Text.')
    const { meta } = parse(text)
    expect(meta.title?.value).toBe('Post-Mortem: Queue backlog (2024-03-05)')
    expect(at(meta.title?.span)).toBe('1:3-1:42')
    expect(meta.date?.value).toBe('2024-03-05')
  })

  it('keeps an impossible date as raw text with an empty value, for the metadata rule to report', () => {
    const text = lines('# Outage', '', '**Date**: 2024-02-30', '', '## Summary', '', 'Text.')
    const { meta } = parse(text)
    expect(meta.date).toEqual({ value: '', raw: '2024-02-30', span: expect.anything() })
    expect(at(meta.date?.span)).toBe('3:11-3:21')
  })

  it('maps severity aliases onto the configured scale', () => {
    const severity = (raw: string) => parse(lines('# X', '', `**Severity**: ${raw}`, '', '## Summary')).meta.severity?.value
    expect(severity('SEV-0')).toBe('P0')
    expect(severity('Critical')).toBe('P0')
    expect(severity('sev 2')).toBe('P2')
    expect(severity('P1 (checkout down)')).toBe('P1')
    expect(severity('minor')).toBe('P3')
  })

  it('splits authors on commas, semicolons, "and" and spaces before handles', () => {
    const authors = (raw: string) => parse(lines('# X', '', `**Authors**: ${raw}`, '', '## Summary')).meta.authors?.value
    expect(authors('@a, @b; @c and @d')).toEqual(['@a', '@b', '@c', '@d'])
    expect(authors('@a @b')).toEqual(['@a', '@b'])
    expect(authors('Ada Lovelace, Grace Hopper')).toEqual(['Ada Lovelace', 'Grace Hopper'])
  })
})

describe('metadata in YAML front matter', () => {
  it('reads every field with the position of its value, list authors included', () => {
    const text = fixture('lists.md')
    const { meta, problems } = parse(text)
    expect(problems).toEqual([])
    expect(meta.title?.value).toBe('Search results empty after index rebuild')
    expect(at(meta.title?.span)).toBe(where(text, 'Search results empty after index rebuild'))
    expect(meta.date?.value).toBe('2024-06-11')
    expect(at(meta.date?.span)).toBe('3:7-3:17')
    expect(meta.duration?.value).toEqual({ minutes: 50, startMinutes: 1420, endMinutes: 30, zone: 'UTC' })
    expect(meta.severity?.value).toBe('P2')
    expect(meta.severity?.raw).toBe('SEV-2')
    expect(at(meta.severity?.span)).toBe('5:11-5:16')
    expect(meta.authors?.value).toEqual(['@carol', '@dan'])
    expect(meta.authors?.span.start).toMatchObject({ line: 7, column: 3 })
    expect(meta.reviewed?.value).toBe('2024-06-14')
    expect(meta.id?.value).toBe('INC-207')
    expect(at(meta.id?.span)).toBe('10:5-10:12')
    expect(meta.fields.every((field) => field.from === 'front-matter')).toBe(true)
  })

  it('keeps unknown front-matter keys as fields under their own name', () => {
    const text = lines('---', 'title: Disk full', 'weight: 5', '---', '', '# Disk full')
    const weight = parse(text).meta.fields.find((field) => field.key === 'weight')
    expect(weight).toMatchObject({ raw: '5', from: 'front-matter' })
    expect(at(weight?.span)).toBe('3:9-3:10')
  })

  it('prefers front matter over a heading for the title', () => {
    const text = lines('---', 'title: From front matter', '---', '', '# From the heading')
    expect(parse(text).meta.title?.value).toBe('From front matter')
  })

  it('reports malformed front matter as a problem at its line, and still reads the rest', () => {
    const text = lines('---', 'title: Broken', 'date: [2024-03-05', 'severity: P1', '---', '', '# Broken', '', '## Summary', '', 'Text.')
    const { problems, sections } = parse(text)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.kind).toBe('front-matter')
    expect(problems[0]?.message).toMatch(/^Unexpected invalid YAML front matter/)
    const line = problems[0]?.span?.start.line ?? 0
    expect(line).toBeGreaterThanOrEqual(3)
    expect(line).toBeLessThanOrEqual(5)
    expect(sections.map((section) => section.key)).toContain('summary')
  })

  it.each([
    ['a tab used as indentation', ['---', 'title: ok', '\tseverity: P1', '---', '', '# X'], 3],
    ['a mapping nested in a compact mapping', ['---', 'title: ok', 'severity: P1', '  bad: indent', '---', '', '# X'], 3],
    ['an unclosed quote', ['---', 'title: "ok', 'severity: P1', '---', '', '# X'], 3],
  ])('reports %s inside the front matter and still reads the heading', (_name, rows, line) => {
    const { problems, meta } = parse(rows.join('\n'))
    expect(problems.map((problem) => [problem.kind, problem.span?.start.line])).toEqual([['front-matter', line]])
    expect(meta.title?.value).toBe('X')
  })

  it('reads YAML tags it does not know as plain text, running nothing', () => {
    const { problems, meta } = parse(lines('---', 'title: !!js/function "function () { return 1 }"', '---'))
    expect(problems).toEqual([])
    expect(meta.title?.value).toBe('function () { return 1 }')
  })

  it('ignores front matter that is not a mapping', () => {
    expect(parse(lines('---', '- a', '- b', '---', '', '# X')).meta.fields).toEqual([])
    expect(parse(lines('---', 'just text', '---', '', '# X')).meta.title?.value).toBe('X')
  })

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const bomb = [
      '---',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      '---',
      '',
      '# Laughs',
    ].join('\n')
    const { problems, meta } = parse(bomb)
    expect(problems.map((problem) => problem.kind)).toEqual(['front-matter'])
    expect(problems[0]?.span?.start.line).toBe(1)
    expect(meta.fields).toEqual([])
  })
})
