import {
  describeKind,
  formatIssues,
  formatPath,
  GerbangError,
  isGerbangError,
  quoteValue,
  validate,
  ValidationError,
} from '@gerbang/contracts';
import * as z from 'zod/mini';
import * as classic from 'zod';
import { describe, expect, it } from 'vitest';

describe('validate', () => {
  const point = z.object({ lat: z.number(), lng: z.number() });

  it('returns the parsed value', () => {
    expect(validate(point, { lat: -5.4, lng: 105.26 })).toEqual({ success: true, data: { lat: -5.4, lng: 105.26 } });
  });

  it('works with classic zod schemas too', () => {
    const result = validate(classic.object({ name: classic.string() }), { name: 1 }, { subject: 'profile' });
    expect(result.error?.issues[0]).toMatchObject({ code: 'invalid_type', path: ['name'], received: 'number' });
  });

  it('names the subject and every issue in the message', () => {
    const result = validate(point, { lat: 'x' }, { subject: 'location' });
    expect(result.success).toBe(false);
    expect(result.error?.message).toBe(
      'Invalid location: 2 issues\n  - at lat: expected number, received string\n  - at lng: is required (expected number)',
    );
  });

  it('gives an error that is a GerbangError with a stable code, recognisable across copies', () => {
    const error = validate(point, null).error;
    expect(error).toBeInstanceOf(GerbangError);
    expect(error?.name).toBe('ValidationError');
    expect(error?.code).toBe('validation-failed');
    // What a second copy of the SDK would throw: the same brand and code, another class.
    const copy = { name: 'ValidationError', $$brand: error?.$$brand, code: error?.code, message: error?.message };
    expect(isGerbangError(copy, 'validation-failed')).toBe(true);
    expect(isGerbangError(new Error('plain'))).toBe(false);
    expect(isGerbangError(null)).toBe(false);
  });

  it('reports a schema that is asynchronous instead of throwing', () => {
    const slow = z.string().check(z.refine(async () => Promise.resolve(true)));
    const result = validate(slow, 'x');
    expect(result.error?.issues[0]?.code).toBe('unreadable');
  });

  it('rejects forbidden keys at any depth before the schema runs', () => {
    const result = validate(z.record(z.string(), z.unknown()), JSON.parse('{"a": [{"b": {"__proto__": {"x": 1}}}]}'));
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'forbidden_key', key: '__proto__', path: ['a', 0, 'b', '__proto__'] }),
    ]);
  });
});

describe('formatting', () => {
  it('writes paths as code would', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['routes', 1, 'path'])).toBe('routes[1].path');
    expect(formatPath(['requires', 'gerbang.api'])).toBe('requires["gerbang.api"]');
  });

  it('names value kinds precisely', () => {
    expect([null, [], new Date(0), Number.NaN, 1, 'a', undefined, {}, 1n].map(describeKind)).toEqual([
      'null', 'array', 'date', 'NaN', 'number', 'string', 'undefined', 'object', 'bigint',
    ]);
  });

  it('shortens long values', () => {
    expect(quoteValue('x'.repeat(500)).length).toBeLessThanOrEqual(42);
    expect(quoteValue({})).toBe('object');
  });

  it('formats issues one per line', () => {
    const error = new ValidationError('thing', [{ code: 'forbidden_key', key: '__proto__', path: ['__proto__'], message: 'no' }]);
    expect(formatIssues(error.issues)).toBe('  - at __proto__: no');
  });
});
