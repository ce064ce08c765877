/**
 * The part of SARIF 2.1.0 that GitHub code scanning requires of an upload
 * (docs: "SARIF support for code scanning"), as a JSON Schema: the full OASIS schema is
 * 100 kB and not vendored; this checks every field our formatter promises.
 */
const region = {
  type: 'object',
  required: ['startLine'],
  properties: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
  },
}

const result = {
  type: 'object',
  required: ['ruleId', 'message', 'locations'],
  properties: {
    ruleId: { type: 'string', minLength: 1 },
    ruleIndex: { type: 'integer', minimum: 0 },
    level: { enum: ['none', 'note', 'warning', 'error'] },
    message: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
    locations: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['physicalLocation'],
        properties: {
          physicalLocation: {
            type: 'object',
            required: ['artifactLocation', 'region'],
            properties: {
              artifactLocation: {
                type: 'object',
                required: ['uri'],
                // Relative, forward slashes: no scheme, no leading slash, no backslash.
                properties: { uri: { type: 'string', pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!/)[^\\\\]+$' } },
              },
              region,
            },
          },
        },
      },
    },
    partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
  },
}

const reportingDescriptor = {
  type: 'object',
  required: ['id', 'shortDescription'],
  properties: {
    id: { type: 'string', minLength: 1 },
    name: { type: 'string' },
    helpUri: { type: 'string', pattern: '^https?://' },
    shortDescription: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } },
  },
}

export const sarifSchema = {
  type: 'object',
  required: ['$schema', 'version', 'runs'],
  properties: {
    $schema: { type: 'string', pattern: 'sarif' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      maxItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                properties: {
                  name: { type: 'string', minLength: 1 },
                  version: { type: 'string' },
                  informationUri: { type: 'string', pattern: '^https?://' },
                  rules: { type: 'array', items: reportingDescriptor },
                },
              },
            },
          },
          results: { type: 'array', items: result },
        },
      },
    },
  },
}
