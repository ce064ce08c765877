/** Scoring of the blame engine on a labelled set of sentences (one `label<TAB>sentence` a line). */
import { readFileSync } from 'node:fs'
import { findBlame } from '../../src/blame/index.js'

export interface Labelled {
  label: 'blame' | 'ok'
  sentence: string
}

export function readSet(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label, sentence] = line.split('\t')
      if ((label !== 'blame' && label !== 'ok') || !sentence) throw new Error(`${path}: bad line: ${line}`)
      return { label, sentence }
    })
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

