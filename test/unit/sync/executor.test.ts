import { describe, expect, it } from 'vitest'
import { GitHubError } from '../../../src/github/errors.js'
import { WriteExecutor, type ExecutorOptions } from '../../../src/write/executor.js'
import type { PlannedWrite, WriteOutcome, WritePort } from '../../../src/write/types.js'

/** A port that records calls and answers from a script: one entry per perform call (an Error to throw, or an outcome). */
function scriptedPort(answers: Array<WriteOutcome | Error>, found: Array<WriteOutcome | undefined> = []) {
  const calls: string[] = []
  const port: WritePort = {
    async perform(write, resolve) {
      calls.push(`perform ${write.key}`)
      if (write.kind === 'create-comment') calls.push(`on #${resolve(write.issue).number}`)
      const answer = answers.shift() ?? { number: 1 }
      if (answer instanceof Error) throw answer
      return answer
    },
    async findCreated(write) {
      calls.push(`find ${write.key}`)
      return found.shift()
    },
  }
  return { port, calls }
}

function options(overrides: Partial<ExecutorOptions> = {}) {
  const sleeps: number[] = []
  let clock = 0
  const settings: ExecutorOptions = {
    maxWrites: Infinity,
    createIntervalMs: 3000,
    writeIntervalMs: 1000,
    lateCommitWaitMs: 20_000,
    log: { info: () => {}, warning: () => {}, debug: () => {} },
    sleep: async (ms) => {
      sleeps.push(ms)
      clock += ms
    },
    monotonicNow: () => clock,
    ...overrides,
  }
  return { settings, sleeps }
}

const issue = (key: string): PlannedWrite => ({ kind: 'create-issue', key, marker: `<!-- ${key} -->`, title: key, body: `<!-- ${key} -->`, labels: ['post-mortem'], assignees: [], description: `create issue ${key}` })
const comment = (key: string, on: string): PlannedWrite => ({ kind: 'create-comment', key, marker: key, issue: { createdBy: on }, body: key, description: `comment ${key}` })
const uncertain = () => new GitHubError('Server Error', 'uncertain', 502)

describe('WriteExecutor', () => {
  it('performs writes in order, resolving an issue created earlier in the same plan', async () => {
    const { port, calls } = scriptedPort([{ number: 7, id: 70 }, { id: 1 }])
    const report = await new WriteExecutor(port, options().settings).run([issue('a'), comment('c', 'a')])
    expect(calls).toEqual(['perform a', 'perform c', 'on #7'])
    expect(report.done.map((entry) => entry.write.key)).toEqual(['a', 'c'])
    expect(report.writesUsed).toBe(2)
  })

  it('after an uncertain failure waits, re-reads, and does not repeat a create GitHub made', async () => {
    const { port, calls } = scriptedPort([uncertain()], [{ number: 9, id: 90 }])
    const { settings, sleeps } = options()
    const report = await new WriteExecutor(port, settings).run([issue('a')])
    expect(calls).toEqual(['perform a', 'find a'])
    expect(sleeps).toContain(20_000)
    expect(report.done[0]?.outcome).toEqual({ number: 9, id: 90, reconciled: true })
  })

  it('repeats a create only once its marker was seen absent, and fails after the second uncertain answer', async () => {
    const { port, calls } = scriptedPort([uncertain(), uncertain()], [undefined, undefined])
    const report = await new WriteExecutor(port, options().settings).run([issue('a'), comment('c', 'a')])
    expect(calls).toEqual(['perform a', 'find a', 'perform a', 'find a'])
    expect(report.failed.map((entry) => entry.write.key)).toEqual(['a'])
    expect(report.deferred).toEqual([{ write: expect.objectContaining({ key: 'c' }), reason: expect.stringContaining('waits for "create issue a"') }])
  })

  it('never repeats a create refused for its content (4xx)', async () => {
    const { port, calls } = scriptedPort([new GitHubError('Validation Failed', 'unprocessable', 422)])
    const report = await new WriteExecutor(port, options().settings).run([issue('a')])
    expect(calls).toEqual(['perform a'])
    expect(report.failed[0]?.kind).toBe('unprocessable')
  })

  it('defers what is past the write budget, and what depends on it', async () => {
    const { port } = scriptedPort([{ number: 1, id: 1 }, { number: 2, id: 2 }])
    const report = await new WriteExecutor(port, options({ maxWrites: 1 }).settings).run([issue('a'), issue('b'), comment('c', 'b')])
    expect(report.done.map((entry) => entry.write.key)).toEqual(['a'])
    expect(report.deferred.map((entry) => [entry.write.key, entry.reason])).toEqual([
      ['b', expect.stringContaining('max-writes: 1')],
      ['c', expect.stringContaining('waits for')],
    ])
  })

  it('stops every write after the first read-only answer without counting it as a failure', async () => {
    const { port, calls } = scriptedPort([new GitHubError('Resource not accessible by integration', 'read-only', 403)])
    const report = await new WriteExecutor(port, options().settings).run([issue('a'), issue('b')])
    expect(calls).toEqual(['perform a'])
    expect(report.readOnly).toBe(true)
    expect(report.failed).toEqual([])
    expect(report.deferred.map((entry) => entry.write.key)).toEqual(['a', 'b'])
  })

  it('paces content-creating writes further apart than edits', async () => {
    const { port } = scriptedPort([])
    const { settings, sleeps } = options()
    const update: PlannedWrite = { kind: 'update-comment', commentId: 1, body: 'x', key: 'u', description: 'update' }
    await new WriteExecutor(port, settings).run([issue('a'), issue('b'), update])
    expect(sleeps).toEqual([3000, 1000])
  })

  it('keeps going after a failed write that nothing depends on', async () => {
    const { port } = scriptedPort([new GitHubError('boom', 'other', 500), { number: 2, id: 2 }])
    const report = await new WriteExecutor(port, options().settings).run([{ ...issue('a'), kind: 'update-issue', issue: { number: 1 } } as PlannedWrite, issue('b')])
    expect(report.failed.map((entry) => entry.write.key)).toEqual(['a'])
    expect(report.done.map((entry) => entry.write.key)).toEqual(['b'])
  })
})
