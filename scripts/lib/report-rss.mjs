// Preloaded by the bench (`node --import`): at exit, writes this process's peak resident memory
// (KiB; worker threads included, they share the process) to the file named by PM_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs'

const target = process.env.PM_BENCH_RSS_FILE
if (target) {
  process.on('exit', () => {
    try {
      writeFileSync(target, String(process.resourceUsage().maxRSS))
    } catch {
      // The bench reports '?' for a run it could not measure.
    }
  })
}
