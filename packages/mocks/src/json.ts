/**
 * JSON helpers of the engine: a canonical form (sorted keys) for fingerprints and ETags.
 *
 * @internal
 * @module
 */
import { hashString } from './random.ts';

/**
 * Writes a value as JSON with object keys sorted at every depth, so that two equal values always
 * give the same text. Files and blobs are written as their name, type and size.
 *
 * @internal
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    const name = typeof File !== 'undefined' && value instanceof File ? value.name : '';
    return JSON.stringify({ $blob: { name, type: value.type, size: value.size } });
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  // Functions and symbols have no JSON form; bigints are written as strings.
  if (typeof value === 'function' || typeof value === 'symbol') return 'null';
  return typeof value === 'bigint' ? JSON.stringify(String(value)) : JSON.stringify(value);
}

/**
 * A strong entity tag for a JSON body: a quoted hash of its canonical text.
 *
 * @internal
 */
export function entityTag(body: unknown): string {
  const text = canonicalJson(body);
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
