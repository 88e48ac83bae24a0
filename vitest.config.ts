import { defineConfig } from 'vitest/config';

// `pnpm vitest` at the root runs every package's tests as one workspace; turbo runs them per package.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'packages/modules/*/vitest.config.ts', 'examples/*/vitest.config.ts'],
  },
});
