/**
 * The result every codec of `@gerbang/contracts` returns (region codes, NIK, phone numbers, plates,
 * QRIS): the value, or a typed failure. Codecs never throw on bad input.
 *
 * @module
 */

/**
 * The outcome of a codec such as `parseNik` or `parseQris`: `{ ok: true, value }`, or
 * `{ ok: false, error }` where `error` says why, as data (a `reason` union and a `message`).
 *
 * Unlike {@link ParseResult}, which carries a thrown-style `ValidationError` for structured input,
 * a codec's error is a plain object, so that parsing a text stays cheap and the failure can be
 * shown, logged or matched on its `reason` without a class.
 *
 * @typeParam TValue - The parsed value.
 * @typeParam TError - The failure, a union keyed on `reason`.
 */
export type CodecResult<TValue, TError> =
  | { readonly ok: true; readonly value: TValue; readonly error?: undefined }
  | { readonly ok: false; readonly value?: undefined; readonly error: TError };

/**
 * The text of a codec's input: JavaScript callers may pass anything, and a codec never throws.
 *
 * @internal
 */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}
