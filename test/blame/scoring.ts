/** Scoring of the blame engine on a labelled set of sentences (one `label<TAB>sentence` a line). */
import { readFileSync } from 'node:fs'
import { findBlame } from '../../src/blame/index.js'

export interface Labelled {
  label: 'blame' | 'ok'
  sentence: string
}

/**
 * Reads a set; `policyPath` names relabels (line, first word, label, why) for a set we cannot edit,
 * where issue #9's policy classifies a sentence differently from its original label.
 */
export function readSet(path: string, policyPath?: string): Labelled[] {
  const relabel = new Map<number, { first: string; label: 'blame' | 'ok' }>()
  if (policyPath) {
    for (const line of readFileSync(policyPath, 'utf8').split('\n')) {
      if (line.trim() === '' || line.startsWith('#') || line.startsWith('line\t')) continue
      const [number, first, label] = line.split('\t')
      if ((label !== 'blame' && label !== 'ok') || !first || !Number.isInteger(Number(number))) throw new Error(`${policyPath}: bad line: ${line}`)
      relabel.set(Number(number), { first, label })
    }
  }
  const rows: Labelled[] = []
  for (const [index, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue
    const [label, sentence] = line.split('\t')
    if ((label !== 'blame' && label !== 'ok') || !sentence) throw new Error(`${path}: bad line: ${line}`)
    const policy = relabel.get(index + 1)
    if (policy && sentence.split(/\s+/)[0] !== policy.first) throw new Error(`${policyPath}: line ${index + 1} of ${path} no longer starts with \`${policy.first}\``)
    rows.push({ label: policy?.label ?? label, sentence })
  }
  return rows
}

export function scores(rows: Labelled[]): { precision: number; recall: number; misses: string[] } {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  const misses: string[] = []
  for (const { label, sentence } of rows) {
    const flagged = findBlame(sentence).length > 0
    if (flagged && label === 'blame') truePositives++
    else if (flagged) {
      falsePositives++
      misses.push(`false positive: ${sentence}`)
    } else if (label === 'blame') {
      falseNegatives++
      misses.push(`missed: ${sentence}`)
    }
  }
  return { precision: truePositives / (truePositives + falsePositives), recall: truePositives / (truePositives + falseNegatives), misses }
}

