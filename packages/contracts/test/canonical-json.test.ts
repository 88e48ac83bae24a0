import { canonicalJson } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts members by UTF-16 code units and writes no whitespace', () => {
    expect(canonicalJson({ b: [1, 2.5, 'x'], a: { d: true, c: null } })).toBe('{"a":{"c":null,"d":true},"b":[1,2.5,"x"]}');
    // RFC 8785 §3.2.3: "\u20ac" sorts before "\ud83d\ude00" (code units), though its code point is lower too;
    // "\r" < "1" < "\u0080" < "\u00f6" < "\u20ac" < "\ud83d\ude00" < "\ufb33".
    const sorted = canonicalJson({ '\u20ac': 1, '\r': 2, '\ufb33': 3, '1': 4, '\ud83d\ude00': 5, '\u0080': 6, '\u00f6': 7 });
    expect(Object.keys(JSON.parse(sorted) as object)).toEqual(['1', '\r', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
    expect(sorted.indexOf('\u20ac')).toBeLessThan(sorted.indexOf('\ud83d'));
    expect(sorted.indexOf('\ud83d')).toBeLessThan(sorted.indexOf('\ufb33'));
  });

  it('writes numbers as ECMAScript does (the RFC 8785 examples)', () => {
    expect(canonicalJson([333333333.3333333, 1e30, 4.5, 2e-3, 0.000000000000000000000000001, -0, 1e21, 1e-7])).toBe(
      '[333333333.3333333,1e+30,4.5,0.002,1e-27,0,1e+21,1e-7]',
    );
  });

  it('matches the RFC 8785 sample', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    ) as unknown;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('refuses values JSON cannot hold, and drops undefined members like JSON.stringify', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 1n, cyclic, undefined]) expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(canonicalJson({ a: undefined, b: [undefined], c: new Date(0) })).toBe('{"b":[null],"c":"1970-01-01T00:00:00.000Z"}');
  });
});
