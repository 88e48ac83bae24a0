/**
 * Which build of the core the suite runs as. The `@gerbang/core (production)` project compiles
 * `src/dev.ts` as `DEV = false`, as the production build does, and sets `GERBANG_BUILD`; the
 * default project runs the source as the development build.
 */
export const PRODUCTION = process.env['GERBANG_BUILD'] === 'production';

/**
 * The message a test expects: the development build's explanation, or the production build's
 * terse text, which must still name the module, key, phase or value.
 *
 * @param development - The development build's message (or the part a test looks for).
 * @param production - The production build's.
 */
export function inBuild<T extends string | RegExp>(development: T, production: T): T {
  return PRODUCTION ? production : development;
}
