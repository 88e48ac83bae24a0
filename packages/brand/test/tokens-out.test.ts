import {
  COLOR_ROLES,
  contrastRatio,
  createTonalPalette,
  defineBrand,
  jakartaStyle,
  lampungIn,
  parseDesignTokens,
  TONAL_PALETTE_TONES,
  toCssVariables,
  toDesignTokens,
  toDtcgColor,
  toTokenObject,
} from '@gerbang/brand';
import { isGerbangError } from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

const presets = [
  ['lampungIn', defineBrand(lampungIn)],
  ['jakartaStyle', defineBrand(jakartaStyle)],
] as const;

describe.each(presets)('tokens of %s', (_name, brand) => {
  it('emits DTCG 2025.10 that reads back, every colour and dimension intact', () => {
    const file = JSON.parse(JSON.stringify(toDesignTokens(brand))) as unknown;
    const result = parseDesignTokens(file);
    expect(result.error?.message).toBeUndefined();
    const tokens = result.tokens!;
    for (const scheme of ['light', 'dark'] as const) {
      for (const role of COLOR_ROLES) {
        const token = tokens.get(`color.${scheme}.${role}`);
        expect(token?.type).toBe('color');
        expect(token?.type === 'color' && token.value.hex).toBe(brand.tokens.color[scheme][role]);
      }
    }
    expect(tokens.get('spacing.md')).toMatchObject({ type: 'dimension', value: { value: brand.tokens.spacing.md, unit: 'px' } });
    const body = tokens.get('typography.body');
    expect(body?.type).toBe('typography');
    expect(body?.type === 'typography' && body.value.fontFamily).toEqual(brand.tokens.typography.fontFamily.base);
    expect(tokens.get('shadow.level1')?.type).toBe('shadow');
  });

  it('emits CSS variables for both schemes', () => {
    const light = toCssVariables(brand);
    const dark = toCssVariables(brand, { scheme: 'dark', selector: '[data-theme="dark"]' });
    expect(light.css.startsWith(':root{color-scheme:light;--gerbang-color-primary:')).toBe(true);
    expect(dark.css.startsWith('[data-theme="dark"]{color-scheme:dark;')).toBe(true);
    expect(light.variables['--gerbang-color-on-primary-container']).toBe(brand.tokens.color.light.onPrimaryContainer);
    expect(dark.variables['--gerbang-color-primary']).toBe(brand.tokens.color.dark.primary);
    expect(Object.keys(light.variables).filter((name) => name.startsWith('--gerbang-color-'))).toHaveLength(COLOR_ROLES.length);
    expect(light.css.endsWith(';}')).toBe(true);
    expect(light.css.split('{')).toHaveLength(2);
  });

  it('emits a token object for React Native', () => {
    const tokens = toTokenObject(brand, { scheme: 'dark' });
    expect(tokens.scheme).toBe('dark');
    expect(tokens.color.surface).toBe(brand.tokens.color.dark.surface);
    expect(tokens.text.body.lineHeight).toBe(24);
    expect(tokens.text.body.fontWeight).toBe('400');
    expect(tokens.spacing.md).toBe(12);
    expect(tokens.elevation.level2.shadowOffset).toEqual({ width: 0, height: 2 });
  });
});

describe('toCssVariables', () => {
  const brand = defineBrand(lampungIn);

  it('writes text styles as font shorthands on the font stacks, and shadows with rgb()', () => {
    const { variables } = toCssVariables(brand);
    expect(variables['--gerbang-font-family-base']).toBe('"Plus Jakarta Sans", system-ui, "Roboto", sans-serif');
    expect(variables['--gerbang-text-display']).toBe('800 32px/1.25 var(--gerbang-font-family-heading)');
    expect(variables['--gerbang-text-label-letter-spacing']).toBe('0.1px');
    expect(variables['--gerbang-radius-full']).toBe('9999px');
    expect(variables['--gerbang-shadow-level1']).toBe('0px 1px 3px 0px rgb(0 0 0 / 0.15)');
  });

  it('takes another prefix, and refuses selectors and prefixes that could break out of the rule', () => {
    expect(Object.keys(toCssVariables(brand, { prefix: 'li' }).variables)[0]).toBe('--li-color-primary');
    for (const options of [{ selector: ':root{}body' }, { selector: '</style><script>' }, { prefix: 'Bad Prefix' }]) {
      let caught: unknown;
      try {
        toCssVariables(brand, options);
      } catch (error) {
        caught = error;
      }
      expect(isGerbangError(caught, 'validation-failed')).toBe(true);
    }
  });
});

describe('toDesignTokens', () => {
  it('writes colours as sRGB components with the hex fallback, and alpha only below 1', () => {
    expect(toDtcgColor('#8c1c13')).toEqual({ colorSpace: 'srgb', components: [0.549, 0.1098, 0.0745], hex: '#8c1c13' });
    expect(toDtcgColor('#000', 0.15)).toEqual({ colorSpace: 'srgb', components: [0, 0, 0], alpha: 0.15, hex: '#000000' });
  });

  it('adds tonal palettes on request', () => {
    const brand = defineBrand(lampungIn);
    const palette = createTonalPalette(brand.tokens.color.light.primary);
    const file = toDesignTokens(brand, { palettes: { primary: palette } });
    const tokens = parseDesignTokens(file).tokens!;
    expect(tokens.get('color.palette.primary.40')).toMatchObject({ type: 'color', value: { hex: palette.tones[40] } });
  });
});

describe('createTonalPalette', () => {
  it('runs from black to white in one hue', () => {
    const palette = createTonalPalette('#8C1C13');
    expect(palette.sourceColor).toBe('#8c1c13');
    expect(palette.tones[0]).toBe('#000000');
    expect(palette.tones[100]).toBe('#ffffff');
    expect(Object.keys(palette.tones).map(Number)).toEqual([...TONAL_PALETTE_TONES]);
    // lighter tones have less contrast with white, tone by tone
    const ratios = TONAL_PALETTE_TONES.map((tone) => contrastRatio(palette.tones[tone], '#ffffff'));
    for (let index = 1; index < ratios.length; index++) expect(ratios[index]).toBeLessThanOrEqual(ratios[index - 1]!);
    expect(palette.hue).toBeGreaterThan(20);
    expect(palette.hue).toBeLessThan(40);
    expect(palette.tone(45)).toMatch(/^#[0-9a-f]{6}$/);
  });
});
