import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The test setup every package shares. Packages resolve each other through the
 * `@gerbang/source` export condition, so tests import by public name and run without a build.
 *
 * @param name - The project's name in vitest's output, usually the package name.
 */
export function definePackageTests(name: string): ViteUserConfig {
  return defineConfig({
    resolve: { conditions: ['@gerbang/source'] },
    ssr: { resolve: { conditions: ['@gerbang/source'] } },
    test: {
      name,
      // The JSON report lets the one test command count tests across packages.
      reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
      include: ['test/**/*.test.ts'],
      // Limits, not measurements: a browser test or a property test on a loaded two-core CI
      // machine can take many times its usual second.
      testTimeout: 30_000,
      hookTimeout: 60_000,
      setupFiles: [new URL('./scripts/vitest-fail-on-console.ts', import.meta.url).pathname],
      typecheck: {
        enabled: true,
        include: ['test/**/*.test-d.ts'],
        tsconfig: './tsconfig.json',
      },
    },
  });
}
