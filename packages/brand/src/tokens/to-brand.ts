/**
 * From a designer's DTCG file back to a brand: the tokens laid out as `toDesignTokens` writes them
 * become brand token overrides, so that a province's designers own the look in their own tools.
 *
 * @module
 */
import { ValidationError, type ValidationIssue } from '@gerbang/contracts';
import { COLOR_ROLES, ELEVATION_LEVELS, RADIUS_STEPS, SPACING_STEPS, TEXT_STYLES } from '../schema.ts';
import type { BrandOverrides } from '../extend.ts';
import type { DesignToken, DtcgColor, DtcgDimension, DtcgFontWeight, DtcgShadowLayer, DtcgValueByType } from './types.ts';
import { BRAND_TOKENS_EXTENSION } from './write.ts';

/** The brand tokens read from a DTCG file: any part of a brand's `tokens`. */
export type BrandTokenOverrides = NonNullable<BrandOverrides['tokens']>;

/** The outcome of {@link brandTokensFromDesignTokens}. */
export type BrandTokensResult =
  | { readonly success: true; readonly tokens: BrandTokenOverrides; readonly error?: undefined }
  | { readonly success: false; readonly tokens?: undefined; readonly error: ValidationError };

const REM_IN_PX = 16;

/** The DTCG font weight names as numbers (CSS Fonts 4). */
const WEIGHTS: Record<string, number> = {
  thin: 100,
  hairline: 100,
  'extra-light': 200,
  'ultra-light': 200,
  light: 300,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  'semi-bold': 600,
  'demi-bold': 600,
  bold: 700,
  'extra-bold': 800,
  'ultra-bold': 800,
  black: 900,
  heavy: 900,
  'extra-black': 950,
  'ultra-black': 950,
};

/**
 * Reads the brand's tokens out of a parsed DTCG file laid out as `toDesignTokens` writes it:
 * `color.light.<role>` and `color.dark.<role>`, `font.family.base` and `font.family.heading`,
 * `typography.<style>` (its font stack from `$extensions["id.gerbang.brand"].family`, or else the
 * stack it equals), `spacing.<step>`, `radius.<step>` and `shadow.<level>`. Tokens elsewhere in
 * the file are left alone, and tokens the file does not have are left out, so the result merges
 * onto a base brand with `extendBrand`.
 *
 * Colours must be sRGB, or carry a `hex` fallback (brands are written `#rrggbb`); dimensions in
 * `rem` are converted at 16 px. A token of the wrong type or in a colour space without a fallback is
 * an issue at its path.
 *
 * @param tokens - The tokens of a successful `parseDesignTokens` result.
 * @example
 * ```ts
 * const file = parseDesignTokens(await readFile('lampung.tokens.json', 'utf8'));
 * if (!file.success) throw file.error;
 * const read = brandTokensFromDesignTokens(file.tokens);
 * if (!read.success) throw read.error;
 * const brand = extendBrand(lampungIn, { tokens: read.tokens }); // validated, contrast gate included
 * ```
 */
export function brandTokensFromDesignTokens(tokens: ReadonlyMap<string, DesignToken>): BrandTokensResult {
  const issues: ValidationIssue[] = [];
  const report = (path: string, message: string): void => {
    issues.push({ code: 'custom', path: path.split('.'), message, received: 'object' });
  };
  const read = <TType extends DesignToken['type']>(path: string, type: TType): DtcgValueByType[TType] | undefined => {
    const token = tokens.get(path);
    if (token === undefined) return undefined;
    if (token.type !== type) {
      report(path, `expected a ${type} token, found a ${token.type} token`);
      return undefined;
    }
    return token.value as DtcgValueByType[TType];
  };
  const hex = (path: string, color: DtcgColor): string | undefined => {
    const result = colorToHex(color);
    if (result === undefined) report(path, `a ${color.colorSpace} colour needs a "hex" fallback: brands are written in sRGB as #rrggbb`);
    return result;
  };
  const pixels = (dimension: DtcgDimension): number => (dimension.unit === 'rem' ? dimension.value * REM_IN_PX : dimension.value);

  const out: Record<string, unknown> = {};
  const color: Record<string, Record<string, string>> = {};
  for (const scheme of ['light', 'dark']) {
    for (const role of COLOR_ROLES) {
      const path = `color.${scheme}.${role}`;
      const value = read(path, 'color');
      if (value !== undefined && (value.alpha ?? 1) < 1) report(path, 'a colour role must be opaque (alpha 1)');
      const written = value === undefined || (value.alpha ?? 1) < 1 ? undefined : hex(path, value);
      if (written !== undefined) (color[scheme] ??= {})[role] = written;
    }
  }
  if (Object.keys(color).length > 0) out.color = color;

  const stacks: Record<string, string[]> = {};
  for (const family of ['base', 'heading']) {
    const value = read(`font.family.${family}`, 'fontFamily');
    // A heading stack that is only an alias of the base stack means "no heading stack of its own".
    if (value !== undefined && tokens.get(`font.family.${family}`)?.aliasOf !== 'font.family.base') {
      stacks[family] = typeof value === 'string' ? [value] : [...value];
    }
  }
  const styles: Record<string, unknown> = {};
  for (const style of TEXT_STYLES) {
    const path = `typography.${style}`;
    const value = read(path, 'typography');
    if (value === undefined) continue;
    const fontStack = typeof value.fontFamily === 'string' ? [value.fontFamily] : [...value.fontFamily];
    const weight = fontWeight(value.fontWeight);
    const family = familyOf(tokens.get(path)?.extensions) ?? (stacks.heading !== undefined && fontStack.join() === stacks.heading.join() && fontStack.join() !== stacks.base?.join() ? 'heading' : undefined);
    const letterSpacing = pixels(value.letterSpacing);
    styles[style] = {
      size: pixels(value.fontSize),
      lineHeight: value.lineHeight,
      weight,
      ...(letterSpacing === 0 ? {} : { letterSpacing }),
      ...(family === 'heading' ? { family } : {}),
    };
  }
  if (Object.keys(stacks).length > 0 || Object.keys(styles).length > 0) {
    out.typography = {
      ...(Object.keys(stacks).length > 0 ? { fontFamily: stacks } : {}),
      ...(Object.keys(styles).length > 0 ? { styles } : {}),
    };
  }

  for (const [group, steps] of [
    ['spacing', SPACING_STEPS],
    ['radius', RADIUS_STEPS],
  ] as const) {
    const scale: Record<string, number> = {};
    for (const step of steps) {
      const value = read(`${group}.${step}`, 'dimension');
      if (value !== undefined) scale[step] = pixels(value);
    }
    if (Object.keys(scale).length > 0) out[group] = scale;
  }

  const elevation: Record<string, unknown> = {};
  for (const level of ELEVATION_LEVELS) {
    const path = `shadow.${level}`;
    const value = read(path, 'shadow');
    if (value === undefined) continue;
    const layers: readonly DtcgShadowLayer[] = Array.isArray(value) ? value : [value as DtcgShadowLayer];
    const layer = layers[0];
    if (layer === undefined || layers.length > 1 || layer.inset === true) {
      report(path, 'an elevation is one outer shadow layer');
      continue;
    }
    const shadowColor = hex(path, layer.color);
    if (shadowColor === undefined) continue;
    elevation[level] = {
      offsetX: pixels(layer.offsetX),
      offsetY: pixels(layer.offsetY),
      blur: pixels(layer.blur),
      spread: pixels(layer.spread),
      color: shadowColor,
      opacity: layer.color.alpha ?? 1,
    };
  }
  if (Object.keys(elevation).length > 0) out.elevation = elevation;

  if (issues.length > 0) return { success: false, error: new ValidationError('brand tokens', issues) };
  return { success: true, tokens: out };
}

/** The font stack a text style uses, as `toDesignTokens` records it in `$extensions`. */
function familyOf(extensions: Readonly<Record<string, unknown>> | undefined): 'base' | 'heading' | undefined {
  const family = (extensions?.[BRAND_TOKENS_EXTENSION] as { family?: unknown } | undefined)?.family;
  return family === 'base' || family === 'heading' ? family : undefined;
}

function fontWeight(weight: DtcgFontWeight): number {
  return typeof weight === 'number' ? weight : (WEIGHTS[weight] ?? 400);
}

/** A DTCG colour as `#rrggbb`: its hex fallback, or its sRGB components. */
function colorToHex(color: DtcgColor): string | undefined {
  if (color.hex !== undefined) return color.hex.toLowerCase();
  if (color.colorSpace !== 'srgb') return undefined;
  return `#${color.components.map((component) => Math.round((component === 'none' ? 0 : component) * 255).toString(16).padStart(2, '0')).join('')}`;
}
