/**
 * A brand's design tokens as a DTCG 2025.10 file, for design tools and token pipelines.
 *
 * @module
 */
import { hexToRgb, type HexColor } from '../color.ts';
import type { Brand } from '../brand.ts';
import type { DesignTokenTree, DtcgColor, DtcgDimension } from './types.ts';

/** A tonal palette to add to a DTCG file: tone (0 black … 100 white) to colour. */
export interface PaletteTones {
  /** The colours by tone. */
  readonly tones: Readonly<Record<number, HexColor>>;
}

/** Options of {@link toDesignTokens}. */
export interface DesignTokensOptions {
  /**
   * Tonal palettes to add under `color.palette.<name>.<tone>`, such as
   * `{ primary: createTonalPalette(brand.tokens.color.light.primary) }`.
   * @default {}
   */
  palettes?: Readonly<Record<string, PaletteTones>>;
}

/**
 * Writes a `#rrggbb` colour as a DTCG colour: sRGB components from 0 to 1 and the hex fallback.
 *
 * @param color - A colour such as `#0a5c36`.
 * @param alpha - Opacity from 0 to 1; left out when 1.
 */
export function toDtcgColor(color: string, alpha = 1): DtcgColor {
  const [red, green, blue] = hexToRgb(color).map((channel) => Math.round((channel / 255) * 10_000) / 10_000) as [number, number, number];
  const hex = `#${hexToRgb(color).map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  return { colorSpace: 'srgb', components: [red, green, blue], ...(alpha === 1 ? {} : { alpha }), hex };
}

const px = (value: number): DtcgDimension => ({ value, unit: 'px' });

/** The `$extensions` key of what only Gerbang reads: the brand's id, a text style's font stack. */
export const BRAND_TOKENS_EXTENSION = 'id.gerbang.brand';
const EXTENSION = BRAND_TOKENS_EXTENSION;

/**
 * Writes the design tokens of a brand as a DTCG 2025.10 file: both colour schemes
 * (`color.light.primary`, `color.dark.primary`), font stacks (`font.family.base`), text styles as
 * typography tokens that alias the font stacks, spacing, radius and shadows, each group with its
 * `$type`. The file reads back with `parseDesignTokens`.
 *
 * @param brand - A brand from `parseBrand` or `defineBrand`.
 * @param options - Tonal palettes to include.
 * @example
 * ```ts
 * await writeFile('lampung.tokens.json', JSON.stringify(toDesignTokens(brand), null, 2));
 * ```
 */
export function toDesignTokens(brand: Brand, options: DesignTokensOptions = {}): DesignTokenTree {
  const { color, typography, spacing, radius, elevation } = brand.tokens;
  const scheme = (colors: Readonly<Record<string, string>>) =>
    Object.fromEntries(Object.entries(colors).map(([role, value]) => [role, { $value: toDtcgColor(value) }]));
  const palettes = Object.fromEntries(
    Object.entries(options.palettes ?? {}).map(([name, palette]) => [
      name,
      Object.fromEntries(Object.entries(palette.tones).map(([tone, value]) => [tone, { $value: toDtcgColor(value) }])),
    ]),
  );
  return {
    $description: `Design tokens of ${brand.name} (${brand.id}), written by @gerbang/brand`,
    $extensions: { [EXTENSION]: { id: brand.id, spec: brand.spec } },
    color: {
      $type: 'color',
      light: scheme(color.light),
      dark: scheme(color.dark),
      ...(Object.keys(palettes).length === 0 ? {} : { palette: palettes }),
    },
    font: {
      family: {
        $type: 'fontFamily',
        base: { $value: [...typography.fontFamily.base] },
        heading: { $value: typography.fontFamily.heading === undefined ? '{font.family.base}' : [...typography.fontFamily.heading] },
      },
    },
    typography: {
      $type: 'typography',
      ...Object.fromEntries(
        Object.entries(typography.styles).map(([name, style]) => [
          name,
          {
            $extensions: { [EXTENSION]: { family: style.family ?? 'base' } },
            $value: {
              fontFamily: `{font.family.${style.family ?? 'base'}}`,
              fontSize: px(style.size),
              fontWeight: style.weight,
              letterSpacing: px(style.letterSpacing ?? 0),
              lineHeight: style.lineHeight,
            },
          },
        ]),
      ),
    },
    spacing: { $type: 'dimension', ...Object.fromEntries(Object.entries(spacing).map(([step, value]) => [step, { $value: px(value) }])) },
    radius: { $type: 'dimension', ...Object.fromEntries(Object.entries(radius).map(([step, value]) => [step, { $value: px(value) }])) },
    shadow: {
      $type: 'shadow',
      ...Object.fromEntries(
        Object.entries(elevation).map(([level, shadow]) => [
          level,
          {
            $value: {
              color: toDtcgColor(shadow.color, shadow.opacity),
              offsetX: px(shadow.offsetX),
              offsetY: px(shadow.offsetY),
              blur: px(shadow.blur),
              spread: px(shadow.spread),
            },
          },
        ]),
      ),
    },
  };
}
