import { brandTokensFromDesignTokens, extendBrand, lampungIn, parseBrand, parseDesignTokens } from '@gerbang/brand';
import { isGerbangError } from '@gerbang/contracts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const RUNS = 300;

/** Any JSON value, with keys drawn partly from the brand's own field names so that runs go deep. */
const brandKeys = fc.constantFrom(
  'spec',
  'id',
  'name',
  'provinceCode',
  'tokens',
  'color',
  'light',
  'dark',
  'primary',
  'onPrimary',
  'home',
  'featured',
  'modules',
  'regions',
  'api',
  'production',
  '__proto__',
  'constructor',
);
const key = fc.oneof(brandKeys, fc.string({ maxLength: 8 }));
const json = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('#fff', '#8c1c13', '{color.a}', '18.71', 'https://example.id'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** The Lampung preset with one field, somewhere in it, replaced by a random value. */
const mutatedBrand = fc.tuple(fc.nat(), json).map(([seed, value]) => {
  const brand = JSON.parse(JSON.stringify(lampungIn)) as Record<string, unknown>;
  const objects: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    objects.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) visit(child);
  };
  visit(brand);
  const target = objects[seed % objects.length]!;
  const keys = Object.keys(target);
  const field = keys[seed % Math.max(1, keys.length)] ?? 'extra';
  target[field] = value;
  return brand;
});

describe('parseBrand on random input', () => {
  it('never throws, and every failure has issues with paths and messages', () => {
    fc.assert(
      fc.property(fc.oneof(json, mutatedBrand), (input) => {
        const result = parseBrand(input);
        if (result.success) return;
        expect(isGerbangError(result.error, 'validation-failed')).toBe(true);
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) {
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('names the mutated field: a changed brand fails only at or below paths that exist in the input', () => {
    fc.assert(
      fc.property(mutatedBrand, (input) => {
        const result = parseBrand(input);
        for (const issue of result.error?.issues ?? []) {
          let node: unknown = input;
          // every segment but the last leads through the input (the last may name a missing field)
          for (const segment of issue.path.slice(0, -1)) {
            expect(typeof node === 'object' && node !== null).toBe(true);
            node = (node as Record<string | number, unknown>)[segment];
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('extendBrand with random overrides either returns a valid brand or throws a validation error', () => {
    fc.assert(
      fc.property(fc.dictionary(brandKeys, json, { maxKeys: 3 }), (overrides) => {
        try {
          const brand = extendBrand(lampungIn, overrides);
          expect(parseBrand(brand).success).toBe(true);
        } catch (error) {
          expect(isGerbangError(error, 'validation-failed')).toBe(true);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});

const tokenName = fc.oneof(
  fc.constantFrom('a', 'b', 'c', '$type', '$value', '$root', 'x.y', '__proto__', 'color', 'light', 'primary', 'spacing', 'md', 'shadow', 'level1'),
  fc.string({ maxLength: 5 }),
);
const tokenFile = fc.letrec<{ group: unknown; value: unknown }>((tie) => ({
  value: fc.oneof(
    json,
    fc.constantFrom('{a}', '{a.b}', '{b.a}', '{c}', '{a.$root}'),
    fc.record({ colorSpace: fc.constantFrom('srgb', 'oklch', 'hsl', 'lab'), components: fc.array(fc.oneof(fc.double(), fc.constant('none')), { maxLength: 4 }) }),
    fc.record({ value: fc.double(), unit: fc.constantFrom('px', 'rem', 'em') }),
  ),
  group: fc.dictionary(
    tokenName,
    fc.oneof(
      { depthSize: 'small' },
      fc.record({ $value: tie('value'), $type: fc.constantFrom('color', 'dimension', 'number', 'border', 'shadow', 'bogus') }, { requiredKeys: ['$value'] }),
      tie('group'),
      json,
    ),
    { maxKeys: 5 },
  ),
})).group;

describe('parseDesignTokens on random input', () => {
  it('never throws, and every failure has issues with paths', () => {
    fc.assert(
      fc.property(fc.oneof(tokenFile, json), (input) => {
        const result = parseDesignTokens(input);
        if (result.success) {
          for (const [path, token] of result.tokens) expect(token.path).toBe(path);
          // whatever the file holds, reading brand tokens from it returns a result
          expect(typeof brandTokensFromDesignTokens(result.tokens).success).toBe('boolean');
          return;
        }
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) expect(Array.isArray(issue.path)).toBe(true);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
