import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const PATH = 'postmortems-template/.github/workflows/postmortems-schedule.yml'

interface ScheduleWorkflow {
  on: { schedule: { cron: string }[]; workflow_dispatch: { inputs: Record<string, { type: string; options: string[]; default: string }> } }
  jobs: Record<string, { permissions: unknown; concurrency: { group: string; 'cancel-in-progress': boolean }; steps: { uses?: string; with?: Record<string, string> }[] }>
}

describe('the template schedule workflow', () => {
  const workflow = parse(readFileSync(PATH, 'utf8')) as ScheduleWorkflow
  const job = workflow.jobs['remind']

  it('runs daily at a minute off the hour, and by hand with a dry-run choice', () => {
    const [cron] = workflow.on.schedule
    const [minute, hour, ...rest] = (cron?.cron ?? '').split(' ')
    expect(Number(minute)).toBeGreaterThan(0)
    expect(Number(minute) % 15).not.toBe(0)
    expect(hour).toMatch(/^\d+$/)
    expect(rest).toEqual(['*', '*', '*'])
    expect(workflow.on.workflow_dispatch.inputs['dry-run']).toMatchObject({ type: 'choice', options: ['false', 'true'], default: 'false' })
  })

  it('has least privilege and one run at a time without cancelling', () => {
    expect(job?.permissions).toEqual({ contents: 'read', issues: 'write' })
    expect(job?.concurrency).toEqual({ group: 'postmortem-nag', 'cancel-in-progress': false })
  })

  it('forces schedule mode and passes the dry-run choice', () => {
    const step = job?.steps.find((candidate) => candidate.uses?.startsWith('postmortem-action/'))
    expect(step?.with?.['mode']).toBe('nag')
    expect(step?.with?.['dry-run']).toBe("${{ inputs.dry-run == 'true' }}")
  })
})
