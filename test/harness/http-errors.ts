// The error answers GitHub gives, with its exact wording, in one place.

export const REST_DOCS = 'https://docs.github.com/rest'

export interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** Thrown by route handlers; the server turns it into the answer. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body['message'] ?? status))
  }
}

function withStatus(body: Record<string, unknown>, status: number): Record<string, unknown> {
  return { ...body, status: String(status) }
}

export function notFound(documentationUrl = REST_DOCS): GitHubError {
  return new GitHubError(404, withStatus({ message: 'Not Found', documentation_url: documentationUrl }, 404))
}

export function badCredentials(): GitHubError {
  return new GitHubError(401, withStatus({ message: 'Bad credentials', documentation_url: REST_DOCS }, 401))
}

export function notAccessibleByIntegration(documentationUrl: string): GitHubError {
  return new GitHubError(
    403,
    withStatus({ message: 'Resource not accessible by integration', documentation_url: documentationUrl }, 403),
  )
}

export function problemsParsingJson(documentationUrl: string): GitHubError {
  return new GitHubError(400, withStatus({ message: 'Problems parsing JSON', documentation_url: documentationUrl }, 400))
}

/** Schema validation failure, worded like GitHub's "Invalid request." answers. */
export function invalidRequest(problems: string[], documentationUrl: string): GitHubError {
  return new GitHubError(
    422,
    withStatus({ message: `Invalid request.\n\n${problems.join('\n')}`, documentation_url: documentationUrl }, 422),
  )
}

export interface FieldError {
  resource: string
  field: string
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom'
  message?: string
  value?: unknown
}

/** Model validation failure: `{"message":"Validation Failed","errors":[{resource, field, code}]}`. */
export function validationFailed(errors: FieldError[], documentationUrl: string): GitHubError {
  return new GitHubError(422, withStatus({ message: 'Validation Failed', errors, documentation_url: documentationUrl }, 422))
}

/** The bare 422 the pull request review endpoints answer: `{"message":"Unprocessable Entity","errors":["..."]}`. */
export function unprocessable(errors: string[], documentationUrl: string): GitHubError {
  return new GitHubError(422, withStatus({ message: 'Unprocessable Entity', errors, documentation_url: documentationUrl }, 422))
}

/** Ruby's Array#to_sentence, which GitHub uses to join validation messages. */
export function toSentence(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  if (parts.length === 2) return `${parts[0]} and ${parts[1]}`
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`
}
