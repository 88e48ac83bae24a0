/**
 * The Vite plugin behind `VITE_EAGER_MODULES=1`: it turns the lazy `import('./module...')` of every
 * module's entry into a static import, so that the app loads every module's implementation up
 * front. It exists only to measure what lazy loading saves (`pnpm bench`); never ship it.
 */
import type { Plugin } from 'vite';

/** A module package's entry file, from its sources or its build. */
const MODULE_ENTRY = /[\\/]modules[\\/][a-z0-9-]+[\\/](?:src[\\/]index\.ts|dist[\\/]index\.js)$/;

/** Rewrites the dynamic imports of module entries as static imports. */
export function eagerModules(): Plugin {
  return {
    name: 'gerbang-eager-modules',
    enforce: 'pre',
    transform(code, id) {
      if (!MODULE_ENTRY.test(id.split('?')[0] ?? id)) return null;
      const imports: string[] = [];
      const rewritten = code.replace(/\bimport\(\s*(['"])(\.[^'"]+)\1\s*\)/g, (_match, _quote: string, specifier: string) => {
        const name = `__gerbangEager${imports.length}`;
        imports.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
        return `Promise.resolve(${name})`;
      });
      return imports.length === 0 ? null : { code: `${imports.join('\n')}\n${rewritten}`, map: null };
    },
  };
}
