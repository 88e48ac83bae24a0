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
 * @param entry - The public entry points, keyed by output name (`index`, `cap`, `node`, ...).
 */
export function definePackageBuild(entry: Record<string, string>): Options[] {
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
  return defineConfig([
    {
      ...shared,
      entry: { ...Object.fromEntries(sources.map((file) => [file.replace(/\.ts$/, ''), `src/${file}`])), ...entry },
      format: ['esm'],
      splitting: true,
      clean: true,
      dts: { ...(shared.dts as object), entry },
    },
    { ...shared, entry, format: ['cjs'], splitting: false, clean: false },
  ]) as Options[];
}
