/** YAML front matter -> metadata fields, with positions. Loaded only for documents that have front matter. */
import type { Yaml } from 'mdast'
import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { normalizeLabel } from '../config/normalize.js'
import type { SourceText } from './source.js'
import type { MetaField, ParseProblem } from './types.js'

/** YAML aliases beyond this count are refused: a "billion laughs" front matter cannot expand. */
const MAX_YAML_ALIASES = 50

/** A `FrontMatterReader` (src/model/meta.ts). */
export function readYamlFrontMatter(node: Yaml, source: SourceText, fieldKey: Map<string, string>, problems: ParseProblem[]): MetaField[] {
  const [nodeStart] = source.range(node)
  const contentStart = source.text.indexOf('\n', nodeStart) + 1
  const doc = parseDocument(node.value, { uniqueKeys: false, prettyErrors: false })
  const firstError = doc.errors[0]
  if (firstError) {
    const at = contentStart + (firstError.pos?.[0] ?? 0)
    problems.push({ kind: 'front-matter', message: `Unexpected invalid YAML front matter (${firstError.message.split('\n')[0]}), expected valid YAML between the \`---\` lines`, span: source.span(at, at) })
    return []
  }
  // Values come from the resolved document (aliases expanded, within the cap); positions from the nodes.
  let values: Record<string, unknown>
  try {
    values = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as Record<string, unknown>
  } catch (error) {
    problems.push({ kind: 'front-matter', message: `Unexpected front matter (${(error as Error).message}), expected plain YAML values without that many aliases`, span: source.nodeSpan(node) })
    return []
  }
  return frontMatterValues(doc, values, contentStart, source, fieldKey)
}

function frontMatterValues(doc: ReturnType<typeof parseDocument>, values: Record<string, unknown>, contentStart: number, source: SourceText, fieldKey: Map<string, string>): MetaField[] {
  if (!isMap(doc.contents)) return []
  const fields: MetaField[] = []
  for (const pair of doc.contents.items) {
    const label = isScalar(pair.key) ? String(pair.key.value) : ''
    const value = pair.value
    const range = (isScalar(value) || isSeq(value) || isMap(value) || isAlias(value)) && value.range ? value.range : undefined
    if (!label || !range) continue
    const resolved = values[label]
    const text = Array.isArray(resolved) ? resolved.map((item) => (item === null || typeof item === 'object' ? '' : String(item))).join(', ') : resolved === null || typeof resolved === 'object' ? '' : String(resolved)
    const start = contentStart + range[0]
    const end = contentStart + range[1]
    // YAML ranges include the line break after a value; the span ends at the value itself.
    const span = source.located(null, start, end).span
    fields.push({ key: fieldKey.get(normalizeLabel(label)) ?? normalizeLabel(label), label, raw: text, span, from: 'front-matter' })
  }
  return fields
}
