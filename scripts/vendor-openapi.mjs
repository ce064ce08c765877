#!/usr/bin/env node
// Extracts from GitHub's published OpenAPI description ONLY the operations that the
// fake GitHub server (test/harness/) implements, and writes them to
// test/fixtures/github/openapi-subset.json.
//
// Why: @octokit/openapi is 385 MB, so it is not a devDependency; the tests
// must keep validating request bodies (and our fake responses) against GitHub's real
// contract, so we commit a small, deduplicated copy of the parts we use.
//
// Usage (after a temporary `npm i --no-save @octokit/openapi@23.0.2`): node scripts/vendor-openapi.mjs [--check]
//   --check  exits 1 if the committed subset differs from what would be generated.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const sourcePackage = join(root, 'node_modules/@octokit/openapi')
const sourceFile = join(sourcePackage, 'generated/api.github.com.deref.json')
const targetFile = join(root, 'test/fixtures/github/openapi-subset.json')

/** The operations the fake server answers; keep in sync with test/harness/rest-routes.ts. */
export const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/pulls/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/pulls/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['delete', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/assignees'],
  ['get', '/repos/{owner}/{repo}/assignees/{assignee}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/labels'],
  ['post', '/repos/{owner}/{repo}/labels'],
  ['get', '/repos/{owner}/{repo}/labels/{name}'],
  ['patch', '/repos/{owner}/{repo}/labels/{name}'],
  // Not used by the Action, but a classic trap: installation tokens get 403 here.
  ['get', '/user'],
]

/** Webhook payloads whose documented schema checks the event helpers of test/harness/events.ts. */
export const WEBHOOKS = [
  'pull-request-opened',
  'pull-request-synchronize',
  'pull-request-reopened',
  'pull-request-edited',
  'pull-request-closed',
  'push',
  'workflow-dispatch',
]

// Prose and examples are most of the file's weight and play no part in validation.
const DROPPED_KEYS = new Set(['description', 'example', 'examples', 'title', 'externalDocs'])
// Subschemas smaller than this are cheaper inline than as a $ref.
const MIN_SHARED_SIZE = 120

/** Keys of a `properties` map are field names (a field may be called `description`), never dropped. */
function strip(node, isPropertyMap = false) {
  if (Array.isArray(node)) return node.map((child) => strip(child))
  if (node === null || typeof node !== 'object') return node
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    if (isPropertyMap) {
      out[key] = strip(value)
      continue
    }
    if (DROPPED_KEYS.has(key)) continue
    out[key] = strip(value, key === 'properties' || key === 'patternProperties')
  }
  return out
}

/** Only what validation needs: path/query parameters, the JSON request body, 2xx JSON response schemas. */
function slimOperation(operation) {
  const parameters = (operation.parameters ?? [])
    .filter((parameter) => parameter.in === 'path' || parameter.in === 'query')
    .map((parameter) => ({
      name: parameter.name,
      in: parameter.in,
      required: parameter.required === true,
      schema: strip(parameter.schema ?? {}),
    }))
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema
  const responses = {}
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (!/^2\d\d$/.test(status)) continue
    const schema = response.content?.['application/json']?.schema
    responses[status] = schema ? { schema: strip(schema) } : {}
  }
  return {
    operationId: operation.operationId,
    documentationUrl: operation.externalDocs?.url ?? 'https://docs.github.com/rest',
    parameters,
    ...(bodySchema
      ? { requestBody: { required: operation.requestBody.required === true, schema: strip(bodySchema) } }
      : {}),
    responses,
  }
}

/**
 * The dereferenced spec repeats big schemas (simple-user, label, repository...) many
 * times. Replace every repeated subschema by a $ref to one copy under components.schemas.
 */
function deduplicate(paths) {
  const counts = new Map()
  const hashOf = (node) => createHash('sha1').update(JSON.stringify(node)).digest('hex').slice(0, 12)
  // Only schema objects may become $refs, never a `properties` map (its keys are field names).
  const count = (node, isPropertyMap = false) => {
    if (node === null || typeof node !== 'object') return
    const text = JSON.stringify(node)
    if (!Array.isArray(node) && !isPropertyMap && text.length >= MIN_SHARED_SIZE) {
      const hash = hashOf(node)
      counts.set(hash, (counts.get(hash) ?? 0) + 1)
    }
    for (const [key, child] of Object.entries(node)) {
      count(child, !Array.isArray(node) && !isPropertyMap && (key === 'properties' || key === 'patternProperties'))
    }
  }
  count(paths)

  const shared = {}
  const names = new Map()
  const replace = (node, isRoot, isPropertyMap = false) => {
    if (node === null || typeof node !== 'object') return node
    if (Array.isArray(node)) return node.map((child) => replace(child, false))
    const text = JSON.stringify(node)
    const hash = !isPropertyMap && text.length >= MIN_SHARED_SIZE ? hashOf(node) : undefined
    const rewritten = {}
    for (const [key, value] of Object.entries(node)) {
      rewritten[key] = replace(value, false, !isPropertyMap && (key === 'properties' || key === 'patternProperties'))
    }
    if (!isRoot && hash !== undefined && (counts.get(hash) ?? 0) > 1) {
      if (!names.has(hash)) {
        names.set(hash, `s${hash}`)
        shared[`s${hash}`] = rewritten
      }
      return { $ref: `#/components/schemas/${names.get(hash)}` }
    }
    return rewritten
  }
  // Only schemas are shared; the operation objects themselves stay inline.
  const out = {}
  for (const [path, methods] of Object.entries(paths)) {
    out[path] = {}
    for (const [method, operation] of Object.entries(methods)) {
      out[path][method] = {
        ...operation,
        parameters: operation.parameters.map((parameter) => ({ ...parameter, schema: replace(parameter.schema, true) })),
        ...(operation.requestBody
          ? { requestBody: { ...operation.requestBody, schema: replace(operation.requestBody.schema, true) } }
          : {}),
        responses: Object.fromEntries(
          Object.entries(operation.responses).map(([status, response]) => [
            status,
            response.schema ? { schema: replace(response.schema, true) } : {},
          ]),
        ),
      }
    }
  }
  return { paths: out, schemas: Object.fromEntries(Object.entries(shared).sort(([a], [b]) => a.localeCompare(b))) }
}

function build() {
  const packageVersion = JSON.parse(readFileSync(join(sourcePackage, 'package.json'), 'utf8')).version
  const spec = JSON.parse(readFileSync(sourceFile, 'utf8'))
  const paths = {}
  for (const [method, path] of OPERATIONS) {
    const operation = spec.paths[path]?.[method]
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in ${sourceFile}`)
    paths[path] ??= {}
    paths[path][method] = slimOperation(operation)
  }
  // Webhook payload schemas ride along as pseudo-operations so they share the deduplication.
  const webhookPath = '/x-webhooks'
  paths[webhookPath] = {}
  for (const name of WEBHOOKS) {
    const schema = spec['x-webhooks']?.[name]?.post?.requestBody?.content?.['application/json']?.schema
    if (!schema) throw new Error(`webhook ${name} is not in ${sourceFile}`)
    paths[webhookPath][name] = { operationId: `webhook/${name}`, parameters: [], requestBody: { required: true, schema: strip(schema) }, responses: {} }
  }
  const { paths: sharedPaths, schemas } = deduplicate(paths)
  const webhooks = sharedPaths[webhookPath]
  delete sharedPaths[webhookPath]
  return {
    'x-source': {
      package: '@octokit/openapi',
      version: packageVersion,
      file: 'generated/api.github.com.deref.json',
      openapi: spec.openapi,
      infoVersion: spec.info?.version,
      generator: 'scripts/vendor-openapi.mjs',
    },
    paths: sharedPaths,
    'x-webhooks': Object.fromEntries(Object.entries(webhooks).map(([name, hook]) => [name, { schema: hook.requestBody.schema }])),
    components: { schemas },
  }
}

const check = process.argv.includes('--check')
if (!existsSync(sourceFile)) {
  const message = `${sourceFile} not found: @octokit/openapi is not installed; the committed subset is kept as is.`
  if (check) {
    console.log(message)
    process.exit(0)
  }
  console.error(message)
  process.exit(1)
}
const text = `${JSON.stringify(build(), null, 1)}\n`
if (check) {
  const current = existsSync(targetFile) ? readFileSync(targetFile, 'utf8') : ''
  if (current !== text) {
    console.error(`${targetFile} is out of date: run node scripts/vendor-openapi.mjs`)
    process.exit(1)
  }
  console.log(`${targetFile} is up to date`)
} else {
  writeFileSync(targetFile, text)
  console.log(
    `wrote ${targetFile} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, ${OPERATIONS.length} operations, ${WEBHOOKS.length} webhooks)`,
  )
}
