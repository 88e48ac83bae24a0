/**
 * Gerbang ids: the one naming rule shared by module ids, service ids and endpoint ids.
 *
 * @module
 */
import { quoteValue } from './validation.ts';

/**
 * The shape of a Gerbang id: lowercase words of letters and digits, joined by `-` inside a word
 * and `.` between words, starting with a letter: `aduan`, `lampung.aduan`, `gerbang.payments-v2`.
 */
export const GERBANG_ID_PATTERN: RegExp = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)*$/;

/** The longest id accepted, in characters. */
export const GERBANG_ID_MAX_LENGTH = 100;

/**
 * Tells whether a string is a well-formed Gerbang id.
 *
 * @param value - Any value.
 * @example
 * ```ts
 * isGerbangId('lampung.aduan'); // true
 * isGerbangId('Lampung Aduan'); // false
 * ```
 */
export function isGerbangId(value: unknown): value is string {
  return typeof value === 'string' && isWellFormed(value);
}

const isWellFormed = (value: string): boolean => value.length <= GERBANG_ID_MAX_LENGTH && GERBANG_ID_PATTERN.test(value);

/**
 * Explains why a string is not a Gerbang id, quoting it, or returns `undefined` when it is one.
 *
 * @param value - The candidate id.
 * @param what - What the id names, for the message (`module id`, `service id`).
 */
export function explainBadId(value: string, what: string): string | undefined {
  if (isWellFormed(value)) return undefined;
  const shown = quoteValue(value);
  if (value.length > GERBANG_ID_MAX_LENGTH) return `${what} ${shown} is longer than ${GERBANG_ID_MAX_LENGTH} characters`;
  return `${what} ${shown} must be lowercase words of letters and digits joined by "." or "-", starting with a letter, such as "lampung.aduan"`;
}
