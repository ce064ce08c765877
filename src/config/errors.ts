/** An invalid configuration: names the file, the key and what was expected. CLI exit code 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly key?: string,
    readonly path?: string,
  ) {
    super(path ? `${path}: ${message}` : message)
    this.name = 'ConfigError'
  }
}
