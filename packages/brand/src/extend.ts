/**
 * Brand inheritance: a new brand is an existing one plus the fields that differ.
 *
 * @module
 */
import { FORBIDDEN_KEYS, ValidationError, type PathSegment, type ValidationIssue } from '@gerbang/contracts';
import { defineBrand, parseBrand, type Brand, type BrandInput } from './brand.ts';

/** Every field optional (and `undefined` allowed), at every depth; arrays stay whole (they replace, never merge). */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [TKey in keyof T]?: DeepPartial<T[TKey]> | undefined }
    : T;

/** What {@link extendBrand} takes as overrides: any part of a brand. */
export type BrandOverrides = DeepPartial<BrandInput>;

const MAX_DEPTH = 32;

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Makes a brand from another: objects are merged deeply, arrays and other values in `overrides`
 * replace those of `base` (so `regions: ['18.72']` serves Metro alone), and `undefined` leaves a
 * field as it is. The base is parsed first, so overrides merge onto its defaults too (one spacing
 * step can change). The result is validated again, like {@link defineBrand}. Keys such as
 * `__proto__` are refused wherever they appear, so overrides from `JSON.parse` cannot pollute
 * prototypes.
 *
 * @param base - A brand or preset, such as `lampungIn`.
 * @param overrides - The fields that differ.
 * @throws `ValidationError` (from `@gerbang/contracts`) listing every issue of the base, of the merged
 *   brand, or every refused key.
 * @example
 * ```ts
 * const metroIn = extendBrand(lampungIn, {
 *   id: 'metro-in',
 *   name: 'Metro In',
 *   shortName: 'Metro',
 *   regions: ['18.72'],
 *   tokens: { color: { light: { primary: '#1b5e20' } } },
 * });
 * ```
 */
export function extendBrand(base: BrandInput | Brand, overrides: BrandOverrides): Brand {
  const parsed = parseBrand(base);
  if (!parsed.success) throw parsed.error;
  const issues: ValidationIssue[] = [];
  const merged = merge(parsed.brand, overrides, [], issues);
  if (issues.length > 0) throw new ValidationError('brand overrides', issues);
  return defineBrand(merged as BrandInput);
}

function merge(base: unknown, override: unknown, path: PathSegment[], issues: ValidationIssue[]): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(override) || !isPlainObject(base)) return override;
  if (path.length >= MAX_DEPTH) {
    issues.push({ code: 'too_big', path, limit: MAX_DEPTH, received: 'object', message: `overrides nest deeper than ${MAX_DEPTH} levels` });
    return base;
  }
  const out: Record<string, unknown> = {};
  const define = (key: string, value: unknown): void => {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  };
  for (const [source, record] of [['base', base], ['overrides', override]] as const) {
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.includes(key)) {
        issues.push({ code: 'forbidden_key', path: [...path, key], key, message: `the key "${key}" is not allowed in ${source === 'base' ? 'the base brand' : 'overrides'}` });
      } else if (source === 'base') {
        define(key, record[key]);
      } else {
        define(key, merge(base[key], record[key], [...path, key], issues));
      }
    }
  }
  return out;
}
