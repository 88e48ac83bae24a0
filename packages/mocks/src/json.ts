/**
 * JSON helpers of the engine: body fingerprints and ETags, on the contracts' canonical JSON.
 *
 * @internal
 * @module
 */
import { canonicalJson } from '@gerbang/contracts';
import { hashString } from './random.ts';

/**
 * The canonical JSON text of a request or response body (RFC 8785, from the contracts), for
 * fingerprints and ETags: two equal bodies always give the same text. Files and blobs are written
 * as their name, type and size; `undefined` as `null`.
 *
 * @internal
 */
export function bodyFingerprint(value: unknown): string {
  return canonicalJson(describeBlobs(value) ?? null);
}

/** Replaces every File or Blob in a body by `{ $blob: { name, type, size } }`, which JSON can hold. */
function describeBlobs(value: unknown): unknown {
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    const name = typeof File !== 'undefined' && value instanceof File ? value.name : '';
    return { $blob: { name, type: value.type, size: value.size } };
  }
  if (Array.isArray(value)) return value.map(describeBlobs);
  const prototype: unknown = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  if (prototype === Object.prototype || prototype === null) {
    // Only plain records: a Date and other values with `toJSON` are left for canonicalJson to write.
    return Object.fromEntries(Object.entries(value as object).map(([key, member]) => [key, describeBlobs(member)]));
  }
  return value;
}

/**
 * A strong entity tag for a JSON body: a quoted hash of its canonical text.
 *
 * @internal
 */
export function entityTag(body: unknown): string {
  const text = bodyFingerprint(body);
  return `"${hashString(text).toString(36)}-${text.length.toString(36)}"`;
}

/**
 * Whether an `If-None-Match` header matches an entity tag (weak comparison, RFC 9110 §13.1.2).
 *
 * @internal
 */
export function ifNoneMatchMatches(header: string | null, tag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  const opaque = tag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}
