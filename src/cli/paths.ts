import { isAbsolute, relative, sep } from 'node:path'

/** How a path is shown and reported: relative to cwd with forward slashes, absolute when outside it. */
export function displayPath(absolutePath: string, cwd: string): string {
  const fromCwd = relative(cwd, absolutePath)
  if (fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd)) return toPosix(absolutePath)
  return toPosix(fromCwd)
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
