/**
 * The JSON Canonicalization Scheme (RFC 8785): one exact text for a JSON value, so that a
 * signature over it survives re-serialization.
 *
 * @module
 */

/**
 * Writes a JSON value in its RFC 8785 canonical form: object members sorted by the UTF-16 code
 * units of their names, numbers as ECMAScript writes them (`1e+21`, `0.1`, `-0` as `0`), strings
 * escaped as `JSON.stringify` escapes them, and no whitespace.
 *
 * As with `JSON.stringify`, `toJSON` methods are called, and object members whose value is
 * `undefined`, a function or a symbol are left out (written `null` in arrays).
 *
 * @param value - A JSON value, such as the result of `JSON.parse`.
 * @throws `TypeError` for values JSON cannot hold: non-finite numbers, bigints, cycles, and a
 *   top-level `undefined`, function or symbol.
 * @example
 * ```ts
 * canonicalJson({ b: [1, 2.50, 'x'], a: { d: true, c: null } });
 * // '{"a":{"c":null,"d":true},"b":[1,2.5,"x"]}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  const text = write(value, new Set(), '');
  if (text === undefined) throw new TypeError(`canonicalJson: ${typeof value} is not a JSON value`);
  return text;
}

function write(input: unknown, ancestors: Set<object>, key: string): string | undefined {
  let value = input;
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${String(value)} is not a JSON number`);
      // ECMAScript's Number-to-String is the serialization RFC 8785 prescribes; -0 is written 0.
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: a bigint is not a JSON number');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    default:
      break;
  }
  if (value === null) return 'null';
  const object = value as object;
  if (ancestors.has(object)) throw new TypeError('canonicalJson: the value contains a cycle');
  ancestors.add(object);
  let out: string;
  if (Array.isArray(object)) {
    out = `[${object.map((item: unknown, index) => write(item, ancestors, String(index)) ?? 'null').join(',')}]`;
  } else {
    const record = object as Record<string, unknown>;
    // The default sort compares UTF-16 code units, exactly as RFC 8785 requires.
    const names = Object.keys(record).sort();
    const members: string[] = [];
    for (const name of names) {
      const member = write(record[name], ancestors, name);
      if (member !== undefined) members.push(`${JSON.stringify(name)}:${member}`);
    }
    out = `{${members.join(',')}}`;
  }
  ancestors.delete(object);
  return out;
}
