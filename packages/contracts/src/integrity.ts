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

/** The base64 length of each algorithm's digest, padding included. */
const DIGEST_LENGTH: Record<IntegrityAlgorithm, number> = { sha256: 44, sha384: 64, sha512: 88 };
const HASH = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/;

/**
 * Reads an SRI string of one or more space-separated hashes (`sha384-…`), checking each digest's
 * length for its algorithm. Returns the hashes, or a reason when the string is malformed.
 *
 * @param text - An SRI string, as in a manifest's `entry.integrity`.
 * @example
 * ```ts
 * const result = parseIntegrity('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
 * if (result.ok) result.hashes[0]?.algorithm; // "sha256"
 * ```
 */
export function parseIntegrity(
  text: string,
): { readonly ok: true; readonly hashes: readonly IntegrityHash[] } | { readonly ok: false; readonly reason: string } {
  const tokens = text.trim().split(/\s+/).filter((token) => token !== '');
  if (tokens.length === 0) return { ok: false, reason: 'is empty; expected a hash such as "sha384-…"' };
  const hashes: IntegrityHash[] = [];
  for (const token of tokens) {
    const match = HASH.exec(token);
    if (match === null) {
      return {
        ok: false,
        reason: `${JSON.stringify(token.length > 24 ? `${token.slice(0, 24)}…` : token)} is not "sha256-", "sha384-" or "sha512-" followed by a base64 digest`,
      };
    }
    const algorithm = match[1] as IntegrityAlgorithm;
    const digest = match[2]!;
    if (digest.length !== DIGEST_LENGTH[algorithm]) {
      return {
        ok: false,
        reason: `the ${algorithm} digest has ${digest.length} base64 characters; a ${algorithm} digest has ${DIGEST_LENGTH[algorithm]}`,
      };
    }
    hashes.push({ algorithm, digest });
  }
  return { ok: true, hashes };
}
