// The build replaces POSTMORTEM_VERSION with package.json's version, so the bundle carries that one
// string rather than the whole package.json (whose scripts would change dist/ at every edit).
declare const POSTMORTEM_VERSION: string | undefined

export const version: string = typeof POSTMORTEM_VERSION === 'string' ? POSTMORTEM_VERSION : readVersionFromSource()

/** Under vitest (no bundle) the constant is not defined: read package.json beside the sources. */
function readVersionFromSource(): string {
  const packageJson = process.getBuiltinModule('node:fs').readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  return (JSON.parse(packageJson) as { version: string }).version
}
