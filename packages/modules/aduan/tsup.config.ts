import type { Plugin } from 'esbuild';
import { readdirSync } from 'node:fs';
import type { Options } from 'tsup';
import { definePackageBuild } from '../../../tsup.base.ts';

// The shared recipe makes every `.ts` file an ESM entry; the views are `.tsx`, so they are added
// here. `module.tsx` then stays its own file (`dist/module.js`), loaded by the entry's
// `import('./module.js')` only when the module is opened.
const views = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => file.endsWith('.tsx'));

// The CommonJS entry keeps the implementation lazy too: its `import()` loads the ESM `dist/module.js`
// instead of bundling the views (and requiring Preact) into `index.cjs`.
const lazyImplementation: Plugin = {
  name: 'lazy-implementation',
  setup(build) {
    build.onResolve({ filter: /^\.\/module\.tsx$/ }, () => ({ path: './module.js', external: true }));
  },
};

const isEsm = (options: Options): boolean => options.format === 'esm' || (Array.isArray(options.format) && options.format.includes('esm'));

export default definePackageBuild({ index: 'src/index.ts' }).map(
  (options: Options): Options =>
    isEsm(options)
      ? { ...options, entry: { ...(options.entry as Record<string, string>), ...Object.fromEntries(views.map((file) => [file.replace(/\.tsx$/, ''), `src/${file}`])) } }
      : { ...options, esbuildPlugins: [...(options.esbuildPlugins ?? []), lazyImplementation] },
);
