/**
 * Field schemas that many contracts share: texts, localized texts, Gerbang ids, semantic versions
 * and ranges, timestamps, patterns and uniqueness. Each rule is a plain function that returns the
 * reason a value is wrong (see `rule`), so that the same function serves checks and messages, and
 * the schemas stay small in a bundle.
 *
 * Module-level schemas here are marked pure, so that bundles drop the ones they do not use.
 *
 * @module
 */
import * as z from 'zod/mini';
import { explainBadId } from './ids.ts';
import { isValidRange, isValidVersion } from './semver.ts';
import { quoteValue, rule, type PathSegment } from './validation.ts';

/**
 * Explains a value longer than `max` characters (strings) or items (arrays).
 *
 * @param max - The largest length accepted.
 */
export const tooLong =
  (max: number) =>
  (value: { length: number }): string | undefined =>
    value.length > max ? `must be at most ${max} ${typeof value === 'string' ? 'characters' : 'items'}` : undefined;

/**
 * A non-blank string of at most `max` characters.
 *
 * @param max - The longest text accepted, in characters.
 */
export const textSchema = (max: number): z.ZodMiniString =>
  z.string().check(rule((value: string) => tooLong(max)(value) ?? (value.trim() === '' ? 'must not be empty' : undefined)));

/**
 * A text in Bahasa Indonesia (`id`, required) and optionally English (`en`), each at most `max`
 * characters: `{ id: 'Lapor', en: 'Report' }`.
 *
 * @param max - The longest text accepted in each language, in characters.
 */
export const localizedTextSchema = (max = 200) => z.strictObject({ id: textSchema(max), en: z.optional(textSchema(max)) });

/** A text in Bahasa Indonesia and, optionally, English. */
export type LocalizedText = z.output<ReturnType<typeof localizedTextSchema>>;

/**
 * A string that must match a pattern, with the message to show when it does not.
 *
 * @param pattern - The pattern.
 * @param explain - Writes the message from the quoted bad value.
 */
export const patternSchema = (pattern: RegExp, explain: (shown: string) => string): z.ZodMiniString =>
  z.string().check(rule((value: string) => (pattern.test(value) ? undefined : explain(quoteValue(value)))));

/**
 * A Gerbang id (see `isGerbangId`), with a message that names what the id is for.
 *
 * @param what - What the id names, such as `module id`.
 */
export const gerbangIdSchema = (what: string): z.ZodMiniString => z.string().check(rule((id: string) => explainBadId(id, what)));

/** A semantic version such as `1.4.0` (SemVer 2.0.0, no `v` prefix). */
export const semverSchema: z.ZodMiniString = /* @__PURE__ */ z
  .string()
  .check(rule((value: string) => (isValidVersion(value) ? undefined : `${quoteValue(value)} is not a semantic version such as "1.4.0"`)));

/** A semver range such as `^1.2.0` or `>=1.0.0 <3.0.0`, read as node-semver reads it. */
export const semverRangeSchema: z.ZodMiniString = /* @__PURE__ */ z
  .string()
  .check(
    rule((value: string) =>
      isValidRange(value) ? undefined : `${quoteValue(value)} is not a semver range such as "^1.2.0" or ">=1.0.0 <3.0.0"`,
    ),
  );

/** An RFC 3339 timestamp with an offset, such as `2025-03-01T08:00:00+07:00`. */
export const timestampSchema = /* @__PURE__ */ z.iso.datetime({
  offset: true,
  error: 'must be an RFC 3339 timestamp with an offset, such as "2025-03-01T08:00:00+07:00"',
});

/**
 * A check that reports every item repeating an earlier one, keyed by `key`, at `[index, ...at]`.
 *
 * @param key - What makes two items the same.
 * @param what - What the items are, for the message (`permission`, `route name`).
 * @param at - Where in the item the key is, such as `['id']`.
 */
export const uniqueBy = <T>(key: (item: T) => string, what: string, at: PathSegment[] = []): z.core.$ZodCheck<readonly T[]> =>
  rule((items: readonly T[]) => {
    const seen = new Set<string>();
    return items.flatMap((item, index) => {
      const value = key(item);
      if (seen.has(value)) return [{ path: [index, ...at], message: `${what} ${JSON.stringify(value)} is listed twice` }];
      seen.add(value);
      return [];
    });
  });
