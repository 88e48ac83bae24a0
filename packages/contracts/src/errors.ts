/**
 * The one error hierarchy of Gerbang. Every package throws subclasses of {@link GerbangError}, each
 * with a stable `code` that is also an anchor in `docs/errors.md`.
 *
 * Mini-apps may load their own copy of the SDK, so `instanceof` is unreliable across copies and
 * realms. Use the type guards ({@link isGerbangError}), which check a brand and the code instead.
 *
 * @module
 */

const ERROR_BRAND = '@gerbang/error';

/**
 * The stable codes of the errors that `@gerbang/contracts` throws or returns. Other packages add
 * their own codes to the same `docs/errors.md` page.
 */
export const CONTRACT_ERROR_CODES = {
  /** Input did not match a schema: a manifest, an endpoint's input or response, a config. */
  validationFailed: 'validation-failed',
  /** A contract was defined wrongly by its author: a bad path template, a clashing route. */
  invalidDefinition: 'invalid-definition',
  /** A type-only member, such as `ServiceRef.T`, was read at run time. */
  typeOnly: 'type-only',
} as const;

/** Options every Gerbang error accepts. */
export interface GerbangErrorOptions {
  /** The underlying error, kept for debugging and exposed as the standard `cause`. */
  cause?: unknown;
}

/**
 * The base class of every error Gerbang throws.
 *
 * @example
 * ```ts
 * try {
 *   host.open('lampung.aduan');
 * } catch (error) {
 *   if (isGerbangError(error)) console.warn(error.code, error.message);
 * }
 * ```
 */
export class GerbangError<TCode extends string = string> extends Error {
  override name = 'GerbangError';
  /** The stable, documented code of this error; see `docs/errors.md#<code>`. */
  readonly code: TCode;
  /** The brand that identifies Gerbang errors across SDK copies and realms. */
  readonly $$brand: typeof ERROR_BRAND = ERROR_BRAND;

  /**
   * @param code - The stable error code.
   * @param message - What went wrong, with what is needed to act on it.
   * @param options - The cause, if any.
   */
  constructor(code: TCode, message: string, options: GerbangErrorOptions = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
  }
}

/**
 * Tells whether a value is a Gerbang error, from any copy of the SDK or any realm, optionally with
 * a given code.
 *
 * @param value - Anything caught.
 * @param code - When given, the error must also carry this code.
 */
export function isGerbangError<TCode extends string = string>(
  value: unknown,
  code?: TCode,
): value is GerbangError<TCode> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<GerbangError>;
  return (
    candidate.$$brand === ERROR_BRAND &&
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string' &&
    (code === undefined || candidate.code === code)
  );
}

/**
 * Thrown when the author of a contract defines it wrongly, for example an endpoint path template
 * with a malformed parameter. It is a programming error, reported when the contract is defined.
 */
export class InvalidDefinitionError extends GerbangError<typeof CONTRACT_ERROR_CODES.invalidDefinition> {
  override name = 'InvalidDefinitionError' as const;
  /** What was being defined, such as `endpoint "reports.get"`. */
  readonly subject: string;

  /**
   * @param subject - What was being defined.
   * @param reason - What is wrong with it.
   */
  constructor(subject: string, reason: string) {
    super(CONTRACT_ERROR_CODES.invalidDefinition, `Invalid ${subject}: ${reason}`);
    this.subject = subject;
  }
}
