/**
 * Layouts real teams use (issue #10), each written here in our own words: headings with emoji,
 * articles and question marks, sections as bold fields, and the one section resolver.
 */
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/defaults.js'
import { lintText } from '../../src/lint/engine.js'
import { lines, parse } from './helpers.js'

function keyOf(heading: string): string | undefined {
  return parse(lines(heading, '', 'Some text.')).sections[0]?.key
}

async function findingsOf(text: string, rule: string): Promise<string[]> {
  const linted = await lintText('doc.md', text, defaultConfig())
  return linted.findings.filter((finding) => finding.ruleId === rule).map((finding) => `${finding.line}: ${finding.message}`)
}

describe('section headings as teams write them', () => {
  it.each([
    ['## :eye: Detection', 'detection'],
    ['## 🔥 Impact', 'impact'],
    ['## The Impact', 'impact'],
    ['## What happened?', 'summary'],
    ['## Why did it happen?', 'root-cause'],
    ['### How did this happen', 'root-cause'],
    ['## Who did it affect and how?', 'impact'],
    ['## How did we fix it?', 'resolution'],
    ['## Issue Timeline - UTC', 'timeline'],
    ['# Event Timeline', 'timeline'],
    ['# Play by Play', 'timeline'],
    ['### What went poorly', 'what-went-wrong'],
    ['### Things that didn’t go well', 'what-went-wrong'],
    ['### What worked', 'what-went-well'],
    ['### What we learnt', 'lessons-learned'],
    ['## Follow-up', 'action-items'],
    ['# Resulting Actions', 'action-items'],
    ['### What we’re doing differently', 'action-items'],
    ['## Corrective and Preventative Measure', 'action-items'],
    ['## Severity & Impact', 'impact'],
    ['# Root causes and trigger', 'root-cause'],
  ])('reads %j as %s', (heading, key) => {
    expect(keyOf(heading)).toBe(key)
  })

  it('reads an italic-only line as a heading', () => {
    const pm = parse(lines('# Disk filled up', '', '_Lessons learned_', '', 'Alerts on disk use came too late.'))
    expect(pm.resolved?.['lessons-learned']?.title).toBe('Lessons learned')
  })
})

describe('sections written as bold fields', () => {
  it('reads `**Impact**: text` and `**Root causes**:` over a list as sections', () => {
    const pm = parse(
      lines('# Cache outage', '', '**Impact**: the staging API answered 503 for two hours.', '', '**Root causes**:', '', '- the cache node ran out of memory', '- eviction was turned off'),
    )
    expect(pm.resolved?.impact?.title).toBe('Impact')
    expect(pm.resolved?.['root-cause']?.title).toBe('Root causes')
  })

  it('reads `**Summary:** text` (colon inside the bold) as a section', () => {
    expect(parse(lines('**Summary:** a config push broke logins.')).resolved?.summary?.title).toBe('Summary')
  })

  it('reads a report written as a list of labelled items, values inline', () => {
    const pm = parse(lines('- **Identified**: a customer wrote in', '- **Impact**: uploads failed for 40 minutes', '- **Resolution**: the old bucket policy was restored'))
    expect(pm.resolved?.impact).toBeDefined()
    expect(pm.resolved?.resolution).toBeDefined()
  })

  it('does not take one bold word opening a bullet of an ordinary list for a section', () => {
    const pm = parse(lines('## Lessons learned', '', '- **Impact**: could have been worse', '- the pager worked', '- the runbook was current'))
    expect(pm.resolved?.impact).toBeUndefined()
  })

  it('does not take a metadata field for a section', () => {
    expect(parse(lines('**Severity**: P2')).resolved?.impact).toBeUndefined()
  })
})

describe('one section resolver for every rule', () => {
  it('takes contributing factors from "What went wrong" and never calls them missing', async () => {
    const text = lines('# Queue stall', '', '## What went wrong', '', '- the consumer had no lag alert', '- the retry loop had no back-off')
    const pm = parse(text)
    expect(pm.resolved?.['contributing-factors']?.title).toBe('What went wrong')
    expect(pm.factors.map((factor) => factor.text.value)).toEqual(['the consumer had no lag alert', 'the retry loop had no back-off'])
    expect((await findingsOf(text, 'required-sections')).join('\n')).not.toMatch(/Contributing Factors/)
    expect(await findingsOf(text, 'contributing-factors')).toEqual([])
  })

  it('takes a "Root causes" list of two or more as the contributing factors', () => {
    const pm = parse(lines('## Root causes', '', '- the job ran twice', '- nothing deduplicated the writes'))
    expect(pm.resolved?.['contributing-factors']?.title).toBe('Root causes')
  })

  it('does not take a single root-cause paragraph as the contributing factors', () => {
    const pm = parse(lines('## Root cause', '', 'A certificate expired.'))
    expect(pm.resolved?.['contributing-factors']).toBeUndefined()
  })

  it('reads a five-whys chain as contributing factors', () => {
    const pm = parse(lines('## Five whys', '', '1. The API failed because the pool was empty.', '2. The pool was empty because a deploy halved it.', '3. The deploy halved it because the default changed.'))
    expect(pm.factors).toHaveLength(3)
  })

  it('reads the innermost timeline when a context section holds a timeline heading', () => {
    const pm = parse(lines('# Context', '', 'Background prose.', '', '### Timeline', '', '- 10:05 UTC pager fires', '', '### Impact', '', '- every image broke'))
    expect(pm.timeline?.entries.map((entry) => entry.event?.value)).toEqual(['pager fires'])
  })
})

describe('action items as teams write them', () => {
  const items = (...rows: string[]) => parse(lines('## Action items', '', ...rows)).actionItems

  it('reads a bold ID at the start of a task-list item', () => {
    const [item] = items('- [ ] **SRCH-1** Add a lock timeout to the reindex job')
    expect(item?.id?.value).toBe('SRCH-1')
    expect(item?.action?.value).toBe('Add a lock timeout to the reindex job')
    expect(item?.done).toBe(false)
  })

  it.each([
    ['* Infra: add a disk alert on the build hosts', 'Infra'],
    ['- [SRE] rotate the deploy keys', 'SRE'],
    ['- rotate the deploy keys, Owner: @dana', '@dana'],
  ])('reads the owner of %j', (row, owner) => {
    expect(items(row)[0]?.owner?.value).toBe(owner)
  })

  it('does not take a kind of work for an owner', () => {
    expect(items('- Detection: page when the error rate passes 2%')[0]?.owner).toBeUndefined()
  })

  it.each([
    ['- **HIGH** add a disk alert on the build hosts', 'HIGH'],
    ['- [P1] add a disk alert on the build hosts', 'P1'],
    ['- add a disk alert on the build hosts (low)', 'low'],
  ])('reads the priority of %j', (row, priority) => {
    expect(items(row)[0]?.priority?.value).toBe(priority)
  })

  it('reads a nested checklist as one item with its parts', () => {
    const read = items('- [ ] Move the upload queue to the new cluster', '  - [x] drain the old consumers', '  - [ ] switch the producers')
    expect(read).toHaveLength(1)
    expect(read[0]?.parts?.map((part) => part.value)).toEqual(['drain the old consumers', 'switch the producers'])
    expect(read[0]?.done).toBe(false)
  })

  it('reads every action-item section, not only the first', () => {
    const pm = parse(lines('## Action items', '', '- add a lag alert on the consumers', '', '## Lessons', '', 'Text.', '', '## Follow-ups', '', '- write the failover runbook'))
    expect(pm.actionItems.map((item) => item.action?.value)).toEqual(['add a lag alert on the consumers', 'write the failover runbook'])
  })

  it('reads numbered sub-headings as items when the section has no list or table', () => {
    const pm = parse(lines('# Action items', '', '### 1) Fewer worker processes on the queue host `@kai` [repair]', '', 'From 16 to 12.', '', '### 2) Alert on CPU load `@kai`', '', 'On every host.'))
    expect(pm.actionItems.map((item) => [item.owner?.value, item.form])).toEqual([['@kai', 'heading'], ['@kai', 'heading']])
    expect(pm.actionItems[0]?.span.end.line).toBe(5)
  })

  it('skips a data table and one-word bullets inside an action-item section', () => {
    const pm = parse(lines('## Corrective actions', '', '### Lock down the API', '', '| Resolver | Query |', '|---|---|', '| User | users |', '', '- `USERS_QUERY`', '- `TEAMS_QUERY`', '', '### Remove the public user', '', 'Prose.'))
    expect(pm.actionItems.map((item) => item.action?.value)).toEqual(['Lock down the API', 'Remove the public user'])
  })

  it('joins a table row broken over two lines', () => {
    const pm = parse(lines('## Action items', '', '| Description | Assignee |', '| --- | --- |', '| Keep the configuration outside the servers so it', 'survives them | |', '| Provision new machines automatically | |'))
    expect(pm.actionItems).toHaveLength(2)
    expect(pm.actionItems[0]?.span.end.line).toBe(6)
  })

  it.each([
    ['- [x] restart the stuck consumers', true],
    ['- ~~raise the broker disk quota~~', true],
    ['- ✅ add integration tests for the upload form', true],
    ['- implement guards against bad runtime settings (done)', true],
    ['- document the restore steps **(Done as of 2025-02-12)**', true],
    ['- DONE: rotate the leaked token', true],
    ['- restart the consumers when done with the upgrade', false],
  ])('reads %j as done=%s', (row, done) => {
    expect(items(row)[0]?.done).toBe(done)
  })

  it('reads a status column saying DONE as done', () => {
    const pm = parse(lines('## Action items', '', '| Action | Owner | State |', '|---|---|---|', '| Alert the contributors | @mar | DONE |', '| Ship the final fix | @luk | ONGOING |'))
    expect(pm.actionItems.map((item) => item.done)).toEqual([true, false])
  })
})
