// GitHub's published OpenAPI contract for the operations the fake server answers,
// read from the vendored subset (scripts/vendor-openapi.mjs). It decides which
// routes exist, validates request bodies and query parameters like GitHub does, and
// checks that our fake responses keep GitHub's response shapes.
import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

const SUBSET_URL = new URL('../fixtures/github/openapi-subset.json', import.meta.url)

interface SubsetParameter {
  name: string
  in: 'path' | 'query'
  required: boolean
  schema: Record<string, unknown>
}

interface SubsetOperation {
  operationId: string
  documentationUrl: string
  parameters: SubsetParameter[]
  requestBody?: { required: boolean; schema: Record<string, unknown> }
  responses: Record<string, { schema?: Record<string, unknown> }>
}

interface Subset {
  'x-source': { package: string; version: string }
  paths: Record<string, Record<string, SubsetOperation>>
  'x-webhooks': Record<string, { schema: Record<string, unknown> }>
}

export interface Operation {
  method: string
  template: string
  operationId: string
  documentationUrl: string
  parameters: SubsetParameter[]
  hasRequestBody: boolean
  requestBodyRequired: boolean
  responseStatuses: string[]
}

export type RouteMatch =
  | { kind: 'operation'; operation: Operation; params: Record<string, string> }
  | { kind: 'wrong-method' }
  | { kind: 'unknown' }

interface CompiledTemplate {
  template: string
  pattern: RegExp
  names: string[]
  operations: Map<string, Operation>
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

function compileTemplate(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = []
  const source = template
    .split('/')
    .map((segment) => {
      const parameter = /^\{(\w+)\}$/.exec(segment)
      if (parameter) {
        names.push(parameter[1]!)
        return '([^/]+)'
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return { pattern: new RegExp(`^${source}/?$`), names }
}

/** "a" or "an" as GitHub writes it in "is not an integer." */
function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

/** GitHub names the innermost schema location: `properties/line` for /comments/0/line, `items` for /labels/0. */
function schemaLocation(instancePath: string): string {
  const last = instancePath.split('/').filter(Boolean).at(-1)
  if (last === undefined) return ''
  return /^\d+$/.test(last) ? 'items' : `properties/${last.replace(/~1/g, '/').replace(/~0/g, '~')}`
}

/** Values as GitHub's Ruby validator prints them: null is `nil`. */
function shownValue(value: unknown): string {
  return value === null || value === undefined ? 'nil' : JSON.stringify(value)
}

/** "an integer", "an integer or null", "a string or object": the article only on the first type. */
function typeList(types: string[]): string {
  const [first = 'value', ...rest] = types
  return [withArticle(first), ...rest].join(' or ')
}

function typesOfSchema(schema: unknown): string[] {
  if (schema === null || typeof schema !== 'object') return []
  const record = schema as Record<string, unknown>
  const declared = record['type']
  const types = Array.isArray(declared) ? declared.map(String) : typeof declared === 'string' ? [declared] : []
  if (types.length === 0 && record['properties'] !== undefined) types.push('object')
  if (record['nullable'] === true) types.push('null')
  return types
}

/** One ajv error (compiled with verbose: true) in the words GitHub's "Invalid request." answers use. */
export function describeValidationError(error: ErrorObject, value: unknown): string {
  const location = schemaLocation(error.instancePath)
  const shown = shownValue(value)
  switch (error.keyword) {
    case 'required':
      return `"${String((error.params as { missingProperty: string }).missingProperty)}" wasn't supplied.`
    case 'enum':
      return `For '${location}', ${shown} is not a member of enum.`
    case 'type': {
      const fromSchema = typesOfSchema(error.parentSchema)
      const types = fromSchema.length > 0 ? fromSchema : String((error.params as { type: string }).type).split(',')
      return `For '${location}', ${shown} is not ${typeList(types)}.`
    }
    case 'oneOf':
    case 'anyOf': {
      const alternatives = Array.isArray(error.schema) ? (error.schema as unknown[]).flatMap(typesOfSchema) : []
      const unique = [...new Set(alternatives)]
      return unique.length > 0 ? `For '${location}', ${shown} is not ${typeList(unique)}.` : `For '${location}', ${shown} is not valid.`
    }
    case 'format':
      return `For '${location}', ${shown} is not a valid ${String((error.params as { format: string }).format)}.`
    default:
      return `For '${location}', ${shown} ${error.message ?? 'is invalid'}.`
  }
}

/**
 * With allErrors, ajv also reports why each oneOf/anyOf alternative failed; GitHub reports
 * the oneOf once. Keep only errors that are not inside a failed oneOf/anyOf.
 */
function outermostErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf')
  return errors.filter(
    (error) =>
      !alternatives.some((outer) => outer !== error && error.schemaPath.startsWith(`${outer.schemaPath}/`)),
  )
}

function valueAt(root: unknown, instancePath: string): unknown {
  let current: unknown = root
  for (const part of instancePath.split('/').filter(Boolean)) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
  }
  return current
}

export class OpenApiContract {
  readonly specVersion: string
  private readonly templates: CompiledTemplate[] = []
  private readonly ajv: Ajv
  private readonly validators = new Map<string, ValidateFunction>()

  constructor(subset: Subset) {
    this.specVersion = subset['x-source'].version
    // inlineRefs: false compiles each shared component (simple-user, label...) once instead of at every use: ~3x faster start.
    // verbose: errors carry their schema, to word them like GitHub ("is not an integer or null").
    this.ajv = new Ajv({ strict: false, allErrors: true, inlineRefs: false, verbose: true })
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
    addFormats(this.ajv)
    this.ajv.addSchema(subset as unknown as Record<string, unknown>, 'openapi')
    for (const [template, methods] of Object.entries(subset.paths)) {
      const { pattern, names } = compileTemplate(template)
      const operations = new Map<string, Operation>()
      for (const [method, operation] of Object.entries(methods)) {
        operations.set(method.toUpperCase(), {
          method: method.toUpperCase(),
          template,
          operationId: operation.operationId,
          documentationUrl: operation.documentationUrl,
          parameters: operation.parameters,
          hasRequestBody: operation.requestBody !== undefined,
          requestBodyRequired: operation.requestBody?.required ?? false,
          responseStatuses: Object.keys(operation.responses),
        })
      }
      this.templates.push({ template, pattern, names, operations })
    }
    // Literal segments must win over parameters: /pulls/comments/{id} before /pulls/{pull_number}/...
    this.templates.sort((a, b) => literalWeight(b.template) - literalWeight(a.template))
  }

  match(method: string, pathname: string): RouteMatch {
    let knownPath = false
    for (const candidate of this.templates) {
      const found = candidate.pattern.exec(pathname)
      if (!found) continue
      const operation = candidate.operations.get(method.toUpperCase())
      if (!operation) {
        knownPath = true
        continue
      }
      const params: Record<string, string> = {}
      candidate.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1]!)
      })
      return { kind: 'operation', operation, params }
    }
    return knownPath ? { kind: 'wrong-method' } : { kind: 'unknown' }
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer)
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi#${pointer}` })
      this.validators.set(pointer, validate)
    }
    return validate
  }

  private operationPointer(operation: Operation): string {
    return `/paths/${escapePointer(operation.template)}/${operation.method.toLowerCase()}`
  }

  /** GitHub-worded problems with a request body, or [] when it is valid. */
  validateBody(operation: Operation, body: unknown): string[] {
    if (!operation.hasRequestBody) return []
    const validate = this.validator(`${this.operationPointer(operation)}/requestBody/schema`)
    if (validate(body)) return []
    const problems = outermostErrors(validate.errors ?? []).map((error) =>
      describeValidationError(error, valueAt(body, error.instancePath)),
    )
    return [...new Set(problems)]
  }

  /**
   * Query parameters arrive as strings; coerce them the way GitHub reads them and check
   * enums and formats. Unknown parameters are ignored, as GitHub does.
   */
  validateQuery(operation: Operation, query: URLSearchParams): Array<{ field: string; value: string }> {
    const problems: Array<{ field: string; value: string }> = []
    operation.parameters.forEach((parameter, index) => {
      if (parameter.in !== 'query') return
      const raw = query.get(parameter.name)
      if (raw === null) return
      // Integers such as page/per_page that do not parse are ignored by GitHub, not rejected.
      if (parameter.schema['type'] === 'integer') return
      const validate = this.validator(`${this.operationPointer(operation)}/parameters/${index}/schema`)
      if (!validate(raw)) problems.push({ field: parameter.name, value: raw })
    })
    return problems
  }

  /** Checks a fake response against GitHub's documented response schema; used to keep our shapes honest. */
  validateResponse(operation: Operation, status: number, body: unknown): string[] {
    if (!operation.responseStatuses.includes(String(status))) return []
    const pointer = `${this.operationPointer(operation)}/responses/${status}/schema`
    const hasSchema = this.ajv.getSchema(`openapi#${pointer}`) !== undefined || this.hasPointer(pointer)
    if (!hasSchema) return []
    const validate = this.validator(pointer)
    if (validate(body)) return []
    return (validate.errors ?? []).slice(0, 10).map((error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`)
  }

  /** Problems of a webhook payload (e.g. 'pull-request-opened') against GitHub's documented schema; [] when valid. */
  validateWebhook(name: string, payload: unknown): string[] {
    if (loadedSubset()['x-webhooks'][name] === undefined) throw new Error(`webhook ${name} is not vendored`)
    const validate = this.validator(`/x-webhooks/${escapePointer(name)}/schema`)
    if (validate(payload)) return []
    return (validate.errors ?? []).slice(0, 10).map((error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`)
  }

  private readonly pointerCache = new Map<string, boolean>()
  private hasPointer(pointer: string): boolean {
    const cached = this.pointerCache.get(pointer)
    if (cached !== undefined) return cached
    const exists = valueAt(loadedSubset(), pointer) !== undefined
    this.pointerCache.set(pointer, exists)
    return exists
  }
}

function literalWeight(template: string): number {
  return template.split('/').filter((segment) => segment && !segment.startsWith('{')).length
}

/**
 * OpenAPI 3.0's `nullable: true` admits null whatever the rest of the schema says
 * (GitHub answers `"start_side": null` for an enum without null, and `milestone: null`
 * for a nullable oneOf). ajv reads `nullable` only next to `type` and checks enums
 * strictly, so rewrite those cases into plain JSON Schema.
 */
function normalizeNullable(node: unknown): void {
  if (node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    node.forEach(normalizeNullable)
    return
  }
  const schema = node as Record<string, unknown>
  Object.values(schema).forEach(normalizeNullable)
  if (schema['nullable'] !== true) return
  if (schema['type'] === undefined) {
    const { nullable: _nullable, ...rest } = schema
    for (const key of Object.keys(schema)) delete schema[key]
    schema['anyOf'] = [rest, { type: 'null' }]
    return
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(null)) schema['enum'] = [...schema['enum'], null]
}

let subsetCache: Subset | undefined
function loadedSubset(): Subset {
  if (!subsetCache) {
    subsetCache = JSON.parse(readFileSync(SUBSET_URL, 'utf8')) as Subset
    normalizeNullable(subsetCache)
  }
  return subsetCache
}

let contractCache: OpenApiContract | undefined
/** One compiled contract per process: compiling is the slow part, servers share it. */
export function githubContract(): OpenApiContract {
  contractCache ??= new OpenApiContract(loadedSubset())
  return contractCache
}
