import { brandTokensFromDesignTokens, defineBrand, extendBrand, jakartaStyle, lampungIn, parseDesignTokens, toDesignTokens, type DesignToken } from '@gerbang/brand';
import { isGerbangError } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

function read(file: unknown): ReadonlyMap<string, DesignToken> {
  const result = parseDesignTokens(file);
  if (!result.success) throw result.error;
  return result.tokens;
}

describe('brandTokensFromDesignTokens', () => {
  it.each([
    ['lampungIn', lampungIn],
    ['jakartaStyle', jakartaStyle],
  ])('round-trips the tokens of %s through a DTCG file', (_name, preset) => {
    const brand = defineBrand(preset);
    const result = brandTokensFromDesignTokens(read(JSON.parse(JSON.stringify(toDesignTokens(brand)))));
    expect(result.error?.message).toBeUndefined();
    // every token of the brand comes back, and nothing else
    expect(result.tokens).toEqual(brand.tokens);
    // so the file's tokens replace every colour of another brand
    const other = defineBrand(preset === lampungIn ? jakartaStyle : lampungIn);
    expect(extendBrand(other, { tokens: result.tokens }).tokens.color).toEqual(brand.tokens.color);
  });

  it("takes a designer's file with only some tokens, in rem, oklch with hex fallbacks and named weights", () => {
    const tokens = read({
      color: { light: { $type: 'color', primary: { $value: { colorSpace: 'oklch', components: [0.45, 0.15, 145], hex: '#1B5E20' } } } },
      spacing: { $type: 'dimension', md: { $value: { value: 1, unit: 'rem' } } },
      font: { family: { $type: 'fontFamily', base: { $value: 'Inter' } } },
      typography: {
        body: { $type: 'typography', $value: { fontFamily: '{font.family.base}', fontSize: { value: 1, unit: 'rem' }, fontWeight: 'semi-bold', letterSpacing: { value: 0.5, unit: 'px' }, lineHeight: 1.6 } },
      },
      other: { $type: 'number', $value: 3 },
    });
    const result = brandTokensFromDesignTokens(tokens);
    expect(result.tokens).toEqual({
      color: { light: { primary: '#1b5e20' } },
      typography: { fontFamily: { base: ['Inter'] }, styles: { body: { size: 16, lineHeight: 1.6, weight: 600, letterSpacing: 0.5 } } },
      spacing: { md: 16 },
    });
    const brand = extendBrand(lampungIn, { tokens: result.tokens! });
    expect(brand.tokens.color.light.primary).toBe('#1b5e20');
    expect(brand.tokens.spacing).toMatchObject({ sm: 8, md: 16 });
  });

  it('reports colours it cannot write as #rrggbb, wrong types and layered elevations, at their token paths', () => {
    const black = { colorSpace: 'srgb', components: [0, 0, 0] };
    const px = (value: number) => ({ value, unit: 'px' });
    const result = brandTokensFromDesignTokens(
      read({
        color: {
          light: {
            primary: { $type: 'color', $value: { colorSpace: 'display-p3', components: [0.5, 0.1, 0.1] } },
            surface: { $type: 'color', $value: { ...black, alpha: 0.5 } },
            outline: { $type: 'dimension', $value: px(1) },
          },
        },
        shadow: { level1: { $type: 'shadow', $value: [{ color: black, offsetX: px(0), offsetY: px(1), blur: px(2), spread: px(0) }, { color: black, offsetX: px(0), offsetY: px(2), blur: px(4), spread: px(0) }] } },
      }),
    );
    expect(isGerbangError(result.error, 'validation-failed')).toBe(true);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['color.light.primary', 'a display-p3 colour needs a "hex" fallback: brands are written in sRGB as #rrggbb'],
      ['color.light.surface', 'a colour role must be opaque (alpha 1)'],
      ['color.light.outline', 'expected a color token, found a dimension token'],
      ['shadow.level1', 'an elevation is one outer shadow layer'],
    ]);
  });
});
