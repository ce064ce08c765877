/** The scoring behind `npm run bench:blame`'s real-text figures, on labels and findings written here. */
import { describe, expect, it } from 'vitest'
import { isHeldOut, labelFor, parseLabels, scoreReal, type RealFinding } from './real-text.js'

const LABELS = [
  'file\tline\tphrase\tverdict\tcategory\tlevel',
  'a.md\t3\tKim forgot\tblame\tperson-as-cause\terror',
  'a.md\t5\twe missed\tblame\tself-critique\twarn',
  'a.md\t7\tunacceptable\tnot-blame\tverdict-on-outcome\tnone',
  'a.md\t7\twe spent too long\tblame\tself-critique\twarn',
  'b.md\t2\tshould have been caught\tblame\thindsight\twarn',
].join('\n')

const finding = (file: string, line: number, actual: string, severity: RealFinding['severity']): RealFinding => ({ file, line, actual, severity })

describe('real-text scoring', () => {
  const labels = parseLabels(LABELS)

  it('reads labels and refuses malformed or inconsistent lines, naming the line', () => {
    expect(labels).toHaveLength(5)
    expect(() => parseLabels('a.md\tthree\tx\tblame\tc\terror', 'l.tsv')).toThrow(/^l\.tsv:1: expected file, line/)
    expect(() => parseLabels('a.md\t3\tx\tblame\tc\tnone', 'l.tsv')).toThrow(/^l\.tsv:1: a blame label needs level error or warn/)
  })

  it('matches a finding to the label on its line, by shared words when a line holds several', () => {
    expect(labelFor(finding('a.md', 7, 'We spent too long', 'warning'), labels)?.phrase).toBe('we spent too long')
    expect(labelFor(finding('a.md', 7, 'unacceptable', 'error'), labels)?.verdict).toBe('not-blame')
    expect(labelFor(finding('a.md', 3, 'anything', 'error'), labels)?.phrase).toBe('Kim forgot')
    expect(labelFor(finding('a.md', 4, 'Kim forgot', 'error'), labels)).toBeUndefined()
  })

  it('scores error precision, precision, recall and false alarms per 10 documents', () => {
    const findings = [
      finding('a.md', 3, 'Kim forgot', 'error'), // right, at the right level
      finding('a.md', 5, 'We missed', 'error'), // blame, but the policy wants a warning
      finding('a.md', 7, 'unacceptable', 'error'), // a false alarm
      finding('c.md', 9, 'nobody labelled this', 'warning'), // unlabelled: a false alarm until labelled
    ]
    const scores = scoreReal(labels, findings, 4)
    expect(scores.errorFindings).toBe(3)
    expect(scores.errorPrecision).toBeCloseTo(1 / 3)
    expect(scores.precision).toBeCloseTo(2 / 4)
    expect(scores.recall).toBeCloseTo(2 / 4)
    expect(scores.errorRecall).toBe(1)
    expect(scores.falseAlarmsPer10).toBeCloseTo(5)
    expect(scores.unlabelled.map((item) => item.file)).toEqual(['c.md'])
    expect(scores.tooSevere.map((item) => item.actual)).toEqual(['We missed'])
    expect(scores.missed.map((label) => label.phrase)).toEqual(['we spent too long', 'should have been caught'])
  })

  it('holds out every third file of the second folder, by sorted name', () => {
    const names = ['e.md', 'a.md', 'd.md', 'c.md', 'b.md', 'f.md']
    expect(names.filter((name) => isHeldOut(`real-postmortems-2/${name}`, names)).sort()).toEqual(['c.md', 'f.md'])
    expect(isHeldOut('real-postmortems/c.md', names)).toBe(false)
  })
})
