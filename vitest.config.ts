import { configDefaults, defineConfig } from 'vitest/config'

// `npm test` runs every test that needs nothing outside the repository. Tests that read the shared
// corpus beside it (`*.corpus.test.ts`) have their own config and command: `npm run test:corpus`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/**/*.corpus.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node 20
    // refuses; inlined, vite loads it (test/workflows.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
})
