import { extendBrand, lampungIn, type BrandOverrides } from '@gerbang/brand';
import { isGerbangError } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

function thrown(run: () => unknown): Error & { issues?: { code: string; path: (string | number)[] }[] } {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('extendBrand', () => {
  it('merges objects deeply and replaces arrays', () => {
    const metro = extendBrand(lampungIn, {
      id: 'metro-in',
      name: 'Metro In',
      shortName: 'Metro In',
      regions: ['18.72'],
      tokens: { color: { light: { primary: '#1b5e20' } } },
      home: { featured: ['berita'] },
    });
    expect(metro.id).toBe('metro-in');
    expect(metro.regions).toEqual(['18.72']);
    expect(metro.tokens.color.light.primary).toBe('#1b5e20');
    expect(metro.tokens.color.light.onPrimary).toBe('#ffffff');
    expect(metro.tokens.color.dark.primary).toBe('#ffb4a8');
    expect(metro.home.featured).toEqual(['berita']);
    expect(metro.home.pinned).toEqual(['darurat']);
    expect(metro.home.order).toEqual(lampungIn.home.order);
  });

  it('leaves fields given as undefined as they are, and does not change the base', () => {
    const before = JSON.stringify(lampungIn);
    const brand = extendBrand(lampungIn, { name: undefined, tokens: { color: { light: { primary: undefined } } } });
    expect(brand.name).toBe('Lampung In');
    expect(brand.tokens.color.light.primary).toBe('#8c1c13');
    expect(JSON.stringify(lampungIn)).toBe(before);
  });

  it('merges onto the defaults of the base, so one step of a defaulted scale can change', () => {
    const brand = extendBrand(lampungIn, { tokens: { spacing: { md: 14 } } });
    expect(brand.tokens.spacing).toEqual({ xs: 4, sm: 8, md: 14, lg: 16, xl: 24, xxl: 32 });
  });

  it('refuses an invalid base with its own issues', () => {
    const error = thrown(() => extendBrand({ ...lampungIn, provinceCode: '99' }, { name: 'X' }));
    expect(error.issues?.map((issue) => issue.path.join('.'))).toEqual(['provinceCode']);
  });

  it('extends a parsed brand too', () => {
    const base = extendBrand(lampungIn, {});
    expect(extendBrand(base, { shortName: 'Lampung' }).shortName).toBe('Lampung');
  });

  it('validates the result again, with every issue', () => {
    const error = thrown(() => extendBrand(lampungIn, { provinceCode: '31', tokens: { color: { light: { onPrimary: '#8c1c13' } } } }));
    expect(isGerbangError(error, 'validation-failed')).toBe(true);
    expect(error.issues?.map((issue) => issue.path.join('.'))).toEqual([
      ...Array.from({ length: 16 }, (_, index) => `regions.${index}`),
      'tokens.color.light.onPrimary',
    ]);
  });

  it.each([
    ['{"__proto__": {"polluted": true}}', '__proto__'],
    ['{"tokens": {"__proto__": {"polluted": true}}}', 'tokens.__proto__'],
    ['{"home": {"constructor": {"prototype": {"polluted": true}}}}', 'home.constructor'],
    ['{"tokens": {"color": {"light": {"prototype": "#000000"}}}}', 'tokens.color.light.prototype'],
  ])('refuses %s from JSON.parse without polluting prototypes', (json, path) => {
    const overrides = JSON.parse(json) as BrandOverrides;
    const error = thrown(() => extendBrand(lampungIn, overrides));
    expect(isGerbangError(error, 'validation-failed')).toBe(true);
    expect(error.issues?.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['forbidden_key', path]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a polluted base too', () => {
    const base = JSON.parse(JSON.stringify(lampungIn).replace('"home":{', '"home":{"__proto__":{"polluted":true},')) as typeof lampungIn;
    const error = thrown(() => extendBrand(base, { name: 'X' }));
    expect(error.issues?.map((issue) => issue.path.join('.'))).toEqual(['home.__proto__']);
  });
});
