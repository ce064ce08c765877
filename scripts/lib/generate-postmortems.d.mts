/** Types for the seeded post-mortem generator (generate-postmortems.mjs), used by tests and benches. */
export function generatePostmortems(dir: string, count: number, seed: number): void
export function generatedPostmortem(index: number, random: () => number): { name: string; text: string }
export function mulberry32(seed: number): () => number
