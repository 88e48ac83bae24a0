import { defineConfig, type Options } from 'tsup';

/**
 * The one build recipe for every publishable package: ESM and CJS, `.d.ts` for both, source maps,
 * no minification (consumers' bundlers minify), and every dependency left external.
 *
 * @param entry - The entry points, keyed by output name (`index`, `cap`, ...).
 */
export function definePackageBuild(entry: Record<string, string>): Options {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    target: 'es2022',
    platform: 'neutral',
    dts: { compilerOptions: { ignoreDeprecations: '6.0', customConditions: [] } },
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    outDir: 'dist',
  }) as Options;
}
