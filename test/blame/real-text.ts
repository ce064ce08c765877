/**
 * Scoring of the blameless-language rule on real post-mortems against labels kept as data
 * (bench/labels/blame-real.tsv: file, line, short phrase, verdict, category, expected level).
 * Pure: the caller lints the documents and passes the findings; used by `npm run bench:blame`
 * and by the corpus test that pins the figures.
 */

export type ExpectedLevel = 'error' | 'warn' | 'none'

export interface RealLabel {
  file: string
  line: number
  phrase: string
  verdict: 'blame' | 'not-blame'
  category: string
  level: ExpectedLevel
}

export interface RealFinding {
  file: string
  line: number
  /** The exact words the finding is about. */
  actual: string
  severity: 'error' | 'warning' | 'info'
}

export interface RealScores {
  documents: number
  findings: number
  errorFindings: number
  /** Error-level findings whose label expects an error. */
  errorPrecision: number
  /** Findings (any level) on labelled blame (error or warn expected). */
  precision: number
  /** Labelled blame found at any level. */
  recall: number
  /** Labelled error-level blame found at any level (the timeline, for one, reports it as a warning). */
  errorRecall: number
  /** Findings that are not blame (labelled not-blame, or not labelled at all), per 10 documents. */
  falseAlarmsPer10: number
  falseAlarms: RealFinding[]
  /** Findings no label covers: counted as false alarms until someone labels them. */
  unlabelled: RealFinding[]
  /** Error findings whose label expects only a warning. */
  tooSevere: RealFinding[]
  missed: RealLabel[]
}

export function parseLabels(text: string, where = 'labels'): RealLabel[] {
  const labels: RealLabel[] = []
  for (const [index, raw] of text.split('\n').entries()) {
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith('file\t')) continue
    const [file, line, phrase, verdict, category, level] = raw.split('\t')
    const number = Number(line)
    if (!file || !Number.isInteger(number) || !phrase || (verdict !== 'blame' && verdict !== 'not-blame') || !category || (level !== 'error' && level !== 'warn' && level !== 'none')) {
      throw new Error(`${where}:${index + 1}: expected file, line, phrase, verdict (blame|not-blame), category, level (error|warn|none) separated by tabs, got ${JSON.stringify(raw)}`)
    }
    if ((verdict === 'blame') !== (level !== 'none')) throw new Error(`${where}:${index + 1}: a blame label needs level error or warn, a not-blame label level none`)
    labels.push({ file, line: number, phrase, verdict, category, level })
  }
  return labels
}

const words = (text: string): string[] => text.toLowerCase().replace(/[’]/g, "'").split(/[^\p{L}\p{N}@'&]+/u).filter(Boolean)
const SMALL = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'by', 'was', 'were', 'not', 'we', 'our', 'and', 'had', 'have', 'that'])

/** Same file and line; when a line holds several labels, the one whose phrase shares a telling word. */
export function labelFor(finding: RealFinding, labels: readonly RealLabel[]): RealLabel | undefined {
  const here = labels.filter((label) => label.file === finding.file && label.line === finding.line)
  if (here.length <= 1) return here[0]
  const found = new Set(words(finding.actual))
  let best: RealLabel | undefined
  let bestShared = 0
  for (const label of here) {
    const shared = words(label.phrase).filter((word) => found.has(word) && !SMALL.has(word)).length
    if (shared > bestShared) {
      best = label
      bestShared = shared
    }
  }
  return best
}

export function scoreReal(labels: readonly RealLabel[], findings: readonly RealFinding[], documents: number): RealScores {
  const found = new Set<RealLabel>()
  const foundAsError = new Set<RealLabel>()
  const falseAlarms: RealFinding[] = []
  const unlabelled: RealFinding[] = []
  const tooSevere: RealFinding[] = []
  let onBlame = 0
  let errorFindings = 0
  let errorCorrect = 0
  for (const finding of findings) {
    const label = labelFor(finding, labels)
    const isError = finding.severity === 'error'
    if (isError) errorFindings++
    if (!label) unlabelled.push(finding)
    if (!label || label.verdict === 'not-blame') {
      falseAlarms.push(finding)
      continue
    }
    onBlame++
    found.add(label)
    if (isError) foundAsError.add(label)
    if (isError && label.level === 'error') errorCorrect++
    if (isError && label.level === 'warn') tooSevere.push(finding)
  }
  const blame = labels.filter((label) => label.verdict === 'blame')
  const errors = blame.filter((label) => label.level === 'error')
  const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole)
  return {
    documents,
    findings: findings.length,
    errorFindings,
    errorPrecision: ratio(errorCorrect, errorFindings),
    precision: ratio(onBlame, findings.length),
    recall: ratio(blame.filter((label) => found.has(label)).length, blame.length),
    errorRecall: ratio(errors.filter((label) => found.has(label)).length, errors.length),
    falseAlarmsPer10: documents === 0 ? 0 : (10 * falseAlarms.length) / documents,
    falseAlarms,
    unlabelled,
    tooSevere,
    missed: blame.filter((label) => !found.has(label)),
  }
}

/** Every third file of real-postmortems-2 (sorted by name) is held out while tuning. */
export function isHeldOut(file: string, secondSetFiles: readonly string[]): boolean {
  if (!file.startsWith('real-postmortems-2/')) return false
  const sorted = [...secondSetFiles].sort()
  const index = sorted.indexOf(file.slice('real-postmortems-2/'.length))
  return index >= 0 && index % 3 === 2
}
