/**
 * Subresource Integrity checks with WebCrypto: remote module code is hashed and compared with the
 * catalogue's `sha256-`/`sha384-`/`sha512-` digest before anything evaluates it.
 *
 * @module
 */
import { parseIntegrity, type IntegrityAlgorithm } from '@gerbang/contracts';

const DIGEST_NAMES: Readonly<Record<IntegrityAlgorithm, string>> = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
const STRENGTH: Readonly<Record<IntegrityAlgorithm, number>> = { sha256: 1, sha384: 2, sha512: 3 };

/** The outcome of an integrity check, with the digest computed (for the error message). */
export interface IntegrityCheck {
  /** `match`, `mismatch`, or `malformed` when the integrity string is not SRI metadata. */
  readonly outcome: 'match' | 'mismatch' | 'malformed';
  /** The digest of the bytes as SRI (`sha384-…`), with the strongest algorithm listed. */
  readonly actual: string | undefined;
}

/**
 * Checks bytes against SRI metadata as browsers do: of the hashes listed, only those with the
 * strongest algorithm count, and one of them must match.
 *
 * @param bytes - The bytes, exactly as fetched.
 * @param integrity - SRI metadata such as `sha384-<base64>`.
 */
export async function checkIntegrity(bytes: ArrayBuffer | Uint8Array, integrity: string): Promise<IntegrityCheck> {
  const hashes = typeof integrity === 'string' ? parseIntegrity(integrity) : undefined;
  if (hashes === undefined || hashes.length === 0) return { outcome: 'malformed', actual: undefined };
  let strongest = hashes[0]!.algorithm;
  for (const hash of hashes) if (STRENGTH[hash.algorithm] > STRENGTH[strongest]) strongest = hash.algorithm;
  const data = bytes instanceof Uint8Array ? bytes.slice() : new Uint8Array(bytes);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest(DIGEST_NAMES[strongest], data));
  const actual = encodeBase64(digest);
  const matched = hashes.some((hash) => hash.algorithm === strongest && constantTimeEqual(hash.digest, actual));
  return { outcome: matched ? 'match' : 'mismatch', actual: `${strongest}-${actual}` };
}

/**
 * Tells whether bytes match SRI metadata (`sha256-`, `sha384-` or `sha512-` and a base64 digest),
 * computing the digest with WebCrypto. Metadata that is malformed never matches.
 *
 * @param bytes - The bytes, exactly as fetched.
 * @param integrity - SRI metadata, as in a manifest's `entry.integrity`.
 * @example
 * ```ts
 * const bytes = await (await fetch(entry.url)).arrayBuffer();
 * if (!(await verifyIntegrity(bytes, entry.integrity))) throw new Error('tampered module');
 * ```
 */
export async function verifyIntegrity(bytes: ArrayBuffer | Uint8Array, integrity: string): Promise<boolean> {
  return (await checkIntegrity(bytes, integrity)).outcome === 'match';
}

/**
 * Computes SRI metadata for bytes, for tools that publish remote modules.
 *
 * @param bytes - The module's code, exactly as it will be served.
 * @param algorithm - The hash; `sha384` by default, as SRI recommends.
 * @example
 * ```ts
 * const integrity = await computeIntegrity(new TextEncoder().encode(code)); // "sha384-…"
 * ```
 */
export async function computeIntegrity(bytes: ArrayBuffer | Uint8Array, algorithm: IntegrityAlgorithm = 'sha384'): Promise<string> {
  const data = bytes instanceof Uint8Array ? bytes.slice() : new Uint8Array(bytes);
  const digest = await globalThis.crypto.subtle.digest(DIGEST_NAMES[algorithm], data);
  return `${algorithm}-${encodeBase64(new Uint8Array(digest))}`;
}

// ---------------------------------------------------------------------------------------------
// base64, without `atob`/`Buffer`, which not every runtime has

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Encodes bytes as base64 (`url: true` for base64url without padding).
 *
 * @internal
 */
export function encodeBase64(bytes: Uint8Array, url = false): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index]!;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : ALPHABET[c & 63]!;
  }
  return url ? out.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_') : out;
}

/**
 * Decodes base64 or base64url, with or without padding; `undefined` when the text is not base64.
 *
 * @internal
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  const clean = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const character of clean) {
    buffer = ((buffer << 6) | ALPHABET.indexOf(character)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Compares two strings in time that depends only on their length. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}
