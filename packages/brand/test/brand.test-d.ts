import type { Brand, BrandInput, DesignToken, DtcgColor, PaletteTones, TonalPalette } from '@gerbang/brand';
import { defineBrand, extendBrand, lampungIn, parseBrand } from '@gerbang/brand';
import type { LocalizedText, PermissionId, ValidationIssue } from '@gerbang/contracts';
import { describe, expectTypeOf, it } from 'vitest';

/** A copy of the brand shape `@gerbang/core` reads (core's `HostBrand`), kept here on purpose: brand must not import core. */
interface HostBrand {
  readonly provinceCode: string;
  readonly regions: readonly string[];
  readonly origins?: readonly string[];
  readonly home?: {
    readonly sections?: readonly { readonly id: string; readonly title: LocalizedText; readonly modules: readonly string[] }[];
    readonly order?: readonly string[];
    readonly featured?: readonly string[];
    readonly pinned?: readonly string[];
  };
  readonly modules?: { readonly enabled?: readonly string[]; readonly disabled?: readonly string[] };
  readonly featureFlags?: Readonly<Record<string, boolean>>;
  readonly permissionPolicy?: { readonly allow?: readonly PermissionId[]; readonly deny?: readonly PermissionId[] };
  readonly locales?: { readonly default?: string; readonly supported?: readonly string[]; readonly timeZone?: string };
  readonly contact?: {
    readonly emergency?: string;
    readonly callCenter?: { readonly number: string; readonly label?: LocalizedText | undefined; readonly example?: boolean | undefined };
    readonly email?: string;
  };
  readonly reportStatuses?: Readonly<Record<string, { readonly label?: LocalizedText | undefined; readonly colour?: string | undefined } | undefined>>;
}

describe('Brand', () => {
  it('is assignable to the HostBrand that @gerbang/core reads', () => {
    // An assignment is the proof: it fails to compile if any field the host reads drifts.
    const asHostBrand = (brand: Brand): HostBrand => brand;
    expectTypeOf(asHostBrand(defineBrand(lampungIn))).toEqualTypeOf<HostBrand>();
    expectTypeOf<Brand>().toExtend<HostBrand>();
  });

  it('is deeply readonly, with regions always present', () => {
    expectTypeOf<Brand['regions']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Brand['tokens']['color']['light']['primary']>().toEqualTypeOf<string>();
    expectTypeOf<Brand['permissionPolicy']['allow']>().toEqualTypeOf<readonly PermissionId[] | undefined>();
  });

  it('narrows parse results on success', () => {
    const result = parseBrand({});
    if (result.success) expectTypeOf(result.brand).toEqualTypeOf<Brand>();
    else expectTypeOf(result.error.issues).toEqualTypeOf<readonly ValidationIssue[]>();
  });
});

describe('BrandInput', () => {
  it('accepts the presets and refuses unknown permissions and time zones', () => {
    expectTypeOf(lampungIn).toExtend<BrandInput>();
    // @ts-expect-error: "camara" is not a permission id
    defineBrand({ ...lampungIn, permissionPolicy: { allow: ['camara'] } });
    // @ts-expect-error: Europe/Berlin is not an Indonesian time zone
    defineBrand({ ...lampungIn, locales: { ...lampungIn.locales, timeZone: 'Europe/Berlin' } });
  });

  it('lets extendBrand take any part of a brand, arrays whole', () => {
    expectTypeOf(extendBrand).parameter(1).toExtend<object>();
    extendBrand(lampungIn, { tokens: { color: { dark: { primary: '#ffffff' } } }, regions: ['18.72'] });
    // @ts-expect-error: a wrong type deep in the overrides
    extendBrand(lampungIn, { tokens: { spacing: { md: '12px' } } });
  });
});

describe('DesignToken', () => {
  it('narrows its value by its type', () => {
    const token = {} as DesignToken;
    if (token.type === 'color') expectTypeOf(token.value).toEqualTypeOf<DtcgColor>();
    if (token.type === 'number') expectTypeOf(token.value).toEqualTypeOf<number>();
  });

  it('takes a tonal palette as palette tones', () => {
    expectTypeOf<TonalPalette>().toExtend<PaletteTones>();
  });
});
