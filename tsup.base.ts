import { readdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  target: 'es2022',
  platform: 'neutral',
  sourcemap: true,
  treeshake: true,
  outDir: 'dist',
  dts: { compilerOptions: { ignoreDeprecations: '6.0', customConditions: [] } },
};

/**
 * The one build recipe for every publishable package: ESM and CJS, `.d.ts` for both, source maps,
 * no minification (consumers' bundlers minify), and every dependency left external.
 *
 * The ESM build makes every source file an entry, with shared code split into chunks, so that a
 * bundler drops whole files a consumer does not use (the packages are `sideEffects: false`). The
 * CJS build, for Node and tools, is one file per public entry.
 *
 * Every source file is named by its path (`src/aduan/report.ts` → `dist/aduan/report.js`), and the
 * public entries by their keys, so that a subpath such as `cap: 'src/cap/index.ts'` also comes out
 * as `dist/cap.js`, where the exports map points.
 *
 * A package with a `src/dev.ts` that exports `DEV` also gets a production build in
 * `dist/production/`, which the `production` export condition selects: there `DEV` is compiled as
 * `false`, and the branches it guards (explanatory prose of errors) are dropped (ADR 16).
 *
 * @param entry - The public entry points, keyed by output name (`index`, `cap`, `node`, ...).
 */
export function definePackageBuild(entry: Record<string, string>): Options[] {
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
  const esmEntries = (files: readonly string[]): Record<string, string> => ({
    ...Object.fromEntries(files.map((file) => [file.replace(/\.ts$/, ''), `src/${file}`])),
    ...entry,
  });
  const builds: Options[] = [
    { ...shared, entry: esmEntries(sources), format: ['esm'], splitting: true, clean: true, dts: { ...(shared.dts as object), entry } },
    { ...shared, entry, format: ['cjs'], splitting: false, clean: false },
  ];
  if (sources.includes(DEV_FLAG)) {
    builds.push({
      ...shared,
      entry: esmEntries(sources.filter((file) => file !== DEV_FLAG)),
      outDir: 'dist/production',
      format: ['esm'],
      splitting: true,
      clean: false,
      dts: false,
      esbuildPlugins: [productionFlag],
      // Folds `DEV` into every file, so that the branches it guards are dropped.
      esbuildOptions: (options) => { options.minifySyntax = true; },
    });
  }
  return defineConfig(builds) as Options[];
}

/** The source file that holds a package's `DEV` flag. */
const DEV_FLAG = 'dev.ts';

/** The path of a package's `DEV` flag, for the build and for test runs that stand in for it. */
export const PRODUCTION_FLAG_FILE = /[\\/]src[\\/]dev\.ts$/;

/** What `src/dev.ts` compiles to in the production build. */
export const PRODUCTION_FLAG_SOURCE = 'export const DEV = false;';

/** Compiles `src/dev.ts` as `export const DEV = false`. */
const productionFlag: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'gerbang-production-flag',
  setup(build) {
    build.onLoad({ filter: PRODUCTION_FLAG_FILE }, () => ({ contents: PRODUCTION_FLAG_SOURCE, loader: 'ts' }));
  },
};
