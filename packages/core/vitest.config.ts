import { defineConfig, mergeConfig } from 'vitest/config';
import { PRODUCTION_FLAG_FILE, PRODUCTION_FLAG_SOURCE } from '../../tsup.base.ts';
import { definePackageTests } from '../../vitest.shared.ts';

const base = definePackageTests('@gerbang/core');

/**
 * Two projects: the source as the development build, and the same suite with `DEV` compiled as
 * `false`, as in the production build (ADR 16), so that both builds are held to the same behaviour.
 * Tests that check a message say what each build prints, with `inBuild()` from `test/support/build.ts`.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      projects: [
        { extends: true, test: { name: '@gerbang/core' } },
        {
          extends: true,
          plugins: [
            {
              name: 'gerbang-production-flag',
              enforce: 'pre',
              load: (id: string) => (PRODUCTION_FLAG_FILE.test(id) ? PRODUCTION_FLAG_SOURCE : undefined),
            },
          ],
          // Benchmarks run once, in the default project.
          test: {
            name: '@gerbang/core (production)',
            env: { GERBANG_BUILD: 'production' },
            typecheck: { enabled: false },
            benchmark: { include: [] },
          },
        },
      ],
    },
  }),
);
