/**
 * Whether this is the development build of `@gerbang/core`. The production build (the `production`
 * export condition, which Vite and webpack choose for production bundles) is compiled with `DEV`
 * set to `false`, so that every `DEV ? explanation : terse` keeps only the terse text: the errors
 * keep their class, code and fields, and lose the explanatory prose (ADR 16).
 *
 * @internal
 */
export const DEV: boolean = true;
