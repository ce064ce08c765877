/** logfmt (`ts=2025-02-09T10:00:01Z level=error msg="upstream timed out" status=502`), as Go's go-logfmt reads it. */
export function parseLogfmt(line: string): Record<string, string> | undefined {
  const fields: Record<string, string> = {}
  let i = 0
  let count = 0
  while (i < line.length) {
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++
    if (i >= line.length) break
    const keyStart = i
    while (i < line.length && line[i] !== '=' && line[i] !== ' ' && line[i] !== '"') i++
    const key = line.slice(keyStart, i)
    if (key === '') return undefined
    count++
    if (line[i] !== '=') {
      fields[key] = 'true'
      continue
    }
    i++
    if (line[i] === '"') {
      let value = ''
      i++
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length) {
          const next = line[i + 1]!
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next
          i += 2
        } else value += line[i++]
      }
      if (line[i] !== '"') return undefined
      i++
      fields[key] = value
    } else {
      const valueStart = i
      while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++
      fields[key] = line.slice(valueStart, i)
    }
  }
  return count > 0 ? fields : undefined
}
