/**
 * Subresource Integrity (SRI) metadata, as remote module entries carry it: `sha384-<base64>`.
 *
 * @module
 */

/** A hash algorithm that SRI allows and that WebCrypto can compute. */
export type IntegrityAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** One hash of an SRI string. */
export interface IntegrityHash {
  /** The algorithm, such as `sha384`. */
  readonly algorithm: IntegrityAlgorithm;
  /** The digest in standard base64, as written. */
  readonly digest: string;
}

/** One hash, with the exact base64 length of each algorithm's digest (32, 48 and 64 bytes). */
const HASH = '(?:sha256-[A-Za-z0-9+/]{43}=|sha384-[A-Za-z0-9+/]{64}|sha512-[A-Za-z0-9+/]{86}==)';

/**
 * The pattern of an SRI string: one or more space-separated `sha256-`, `sha384-` or `sha512-`
 * hashes, each with a digest of the right length for its algorithm.
 */
export const INTEGRITY_PATTERN: RegExp = new RegExp(`^\\s*${HASH}(?:\\s+${HASH})*\\s*$`);

/**
 * Reads an SRI string of one or more space-separated hashes (`sha384-…`) into its hashes, or
 * returns `undefined` when it does not match {@link INTEGRITY_PATTERN}.
 *
 * @param text - An SRI string, as in a manifest's `entry.integrity`.
 * @example
 * ```ts
 * parseIntegrity('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
 * // [{ algorithm: 'sha256', digest: '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' }]
 * ```
 */
export function parseIntegrity(text: string): readonly IntegrityHash[] | undefined {
  if (!INTEGRITY_PATTERN.test(text)) return undefined;
  return text
    .trim()
    .split(/\s+/)
    .map((token) => ({ algorithm: token.slice(0, 6) as IntegrityAlgorithm, digest: token.slice(7) }));
}
