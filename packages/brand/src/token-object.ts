/**
 * A brand's tokens as a plain typed object, for React Native and other hosts without CSS.
 *
 * @module
 */
import type { HexColor } from './color.ts';
import type { Brand } from './brand.ts';
import type { ColorRole, ElevationLevel, RadiusStep, SpacingStep, TextStyleName } from './schema.ts';

/** A text style as React Native's `TextStyle` reads it. */
export interface TokenTextStyle {
  /** The font stack, first choice first; React Native takes one family, so use the first you load. */
  readonly fontFamily: readonly string[];
  /** In pixels. */
  readonly fontSize: number;
  /** In pixels (React Native does not take a multiple). */
  readonly lineHeight: number;
  /** A weight string, as React Native wants it: `'400'`. */
  readonly fontWeight: '100' | '200' | '300' | '400' | '500' | '600' | '700' | '800' | '900';
  /** In pixels. */
  readonly letterSpacing: number;
}

/** A shadow as React Native's `ViewStyle` reads it, with Android's `elevation`. */
export interface TokenShadow {
  /** The shadow colour. */
  readonly shadowColor: HexColor;
  /** The offset in pixels. */
  readonly shadowOffset: { readonly width: number; readonly height: number };
  /** 0 to 1. */
  readonly shadowOpacity: number;
  /** The blur radius in pixels. */
  readonly shadowRadius: number;
  /** Android's elevation, approximated from the offset and blur. */
  readonly elevation: number;
}

/** The design tokens of a brand for one colour scheme, as plain values. */
export interface BrandTokenObject {
  /** The colour scheme of `color`. */
  readonly scheme: 'light' | 'dark';
  /** Colours by role. */
  readonly color: Readonly<Record<ColorRole, HexColor>>;
  /** Text styles by name. */
  readonly text: Readonly<Record<TextStyleName, TokenTextStyle>>;
  /** Spacing in pixels. */
  readonly spacing: Readonly<Record<SpacingStep, number>>;
  /** Corner radius in pixels. */
  readonly radius: Readonly<Record<RadiusStep, number>>;
  /** Shadows by level. */
  readonly elevation: Readonly<Record<ElevationLevel, TokenShadow>>;
}

/**
 * Writes the design tokens of a brand as a plain object for one colour scheme, in the units React
 * Native uses: pixels as numbers, line heights in pixels, font weights as strings, shadows with
 * Android's `elevation`.
 *
 * @param brand - A brand from `parseBrand` or `defineBrand`.
 * @param options - The colour scheme (default `'light'`).
 * @example
 * ```ts
 * const tokens = toTokenObject(brand, { scheme: useColorScheme() === 'dark' ? 'dark' : 'light' });
 * <View style={{ backgroundColor: tokens.color.surface, padding: tokens.spacing.md }} />
 * ```
 */
export function toTokenObject(brand: Brand, options: { scheme?: 'light' | 'dark' } = {}): BrandTokenObject {
  const scheme = options.scheme ?? 'light';
  const { color, typography, spacing, radius, elevation } = brand.tokens;
  const text = {} as Record<TextStyleName, TokenTextStyle>;
  for (const [name, style] of Object.entries(typography.styles) as [TextStyleName, (typeof typography.styles)['body']][]) {
    text[name] = {
      fontFamily: style.family === 'heading' ? (typography.fontFamily.heading ?? typography.fontFamily.base) : typography.fontFamily.base,
      fontSize: style.size,
      lineHeight: Math.round(style.size * style.lineHeight),
      fontWeight: String(style.weight) as TokenTextStyle['fontWeight'],
      letterSpacing: style.letterSpacing ?? 0,
    };
  }
  const shadows = {} as Record<ElevationLevel, TokenShadow>;
  for (const [level, shadow] of Object.entries(elevation) as [ElevationLevel, (typeof elevation)['level1']][]) {
    shadows[level] = {
      shadowColor: shadow.color as HexColor,
      shadowOffset: { width: shadow.offsetX, height: shadow.offsetY },
      shadowOpacity: shadow.opacity,
      shadowRadius: shadow.blur / 2,
      elevation: Math.round(shadow.offsetY + shadow.blur / 2),
    };
  }
  return {
    scheme,
    color: color[scheme] as Record<ColorRole, HexColor>,
    text,
    spacing,
    radius,
    elevation: shadows,
  };
}
