import { truncate } from '../truncate.js'

/** An invalid configuration: names the file, the key and what was expected. CLI exit code 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly key?: string,
    readonly path?: string,
  ) {
    const reason = boundedReason(message)
    super(path ? `${path}: ${reason}` : reason)
    this.name = 'ConfigError'
  }
}

/** Characters of a value quoted in an error: enough to recognise it, too few to leak a file. */
export const MAX_EXCERPT = 40
/** A whole reason, as a backstop for messages built elsewhere (rule option validators). */
export const MAX_REASON = 400

/**
 * A short, escaped excerpt of a value from the configuration, for error messages. The message
 * lands in annotations and public logs: a value is never echoed whole (a configuration could
 * hold, or be tricked into holding, a runner's secrets), and control characters are escaped
 * so it cannot start a line or a workflow command of its own.
 */
export function excerpt(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return cutCodePoints(escapeControls(text), MAX_EXCERPT)
}

function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function cutCodePoints(text: string, max: number): string {
  const cut = truncate(text, max)
  return cut === text ? text : `${cut} (cut)`
}

function boundedReason(message: string): string {
  return cutCodePoints(escapeControls(message.replace(/\r?\n/g, ' ')), MAX_REASON)
}
