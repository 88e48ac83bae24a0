/**
 * Colour science from `@material/material-color-utilities` (HCT: hue, chroma and tone, where tone
 * is CIE L*): tonal palettes, and the nearest passing tone for the contrast gate. This file is the
 * only one that imports the library, so hosts that only parse brands and emit CSS never ship it.
 *
 * @module
 */
import { argbFromHex, Hct, hexFromArgb, TonalPalette as MaterialTonalPalette } from '@material/material-color-utilities';
import { ValidationError, type ValidationIssue } from '@gerbang/contracts';
import { contrastRatio, formatContrastRatio, normalizeHexColor, type HexColor } from './color.ts';
import { parseBrand, type BrandParseResult } from './brand.ts';
import type { ContrastIssue, ToneSuggestion } from './contrast.ts';

/** The tones a palette lists, from 0 (black) to 100 (white), as Material 3 uses them. */
export const TONAL_PALETTE_TONES = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 99, 100] as const;

/** A tone of {@link TONAL_PALETTE_TONES}. */
export type TonalPaletteTone = (typeof TONAL_PALETTE_TONES)[number];

/** The tones of one hue and chroma, from black to white. */
export interface TonalPalette {
  /** The colour the palette was made from. */
  readonly sourceColor: HexColor;
  /** The HCT hue of the palette, 0–360. */
  readonly hue: number;
  /** The HCT chroma of the palette. */
  readonly chroma: number;
  /** The listed tones. */
  readonly tones: Readonly<Record<TonalPaletteTone, HexColor>>;
  /**
   * Any tone of the palette.
   * @param tone - 0 (black) to 100 (white).
   */
  tone(tone: number): HexColor;
}

/**
 * Makes the tonal palette of a colour: the same HCT hue and chroma at every tone from black to
 * white, with chroma reduced only where sRGB cannot show it. The palettes of Material 3 are made
 * this way.
 *
 * @param sourceColor - A colour such as the brand's primary, `#rgb` or `#rrggbb`.
 * @throws `ValidationError` (from `@gerbang/contracts`) when the colour is not `#rgb` or `#rrggbb`.
 * @example
 * ```ts
 * const palette = createTonalPalette(brand.tokens.color.light.primary);
 * palette.tones[90]; // a light tint for containers
 * toDesignTokens(brand, { palettes: { primary: palette } });
 * ```
 */
export function createTonalPalette(sourceColor: string): TonalPalette {
  const source = normalizeHexColor(sourceColor);
  const palette = MaterialTonalPalette.fromInt(argbFromHex(source));
  const tone = (value: number): HexColor => hexFromArgb(palette.tone(Math.min(100, Math.max(0, value)))) as HexColor;
  const tones = {} as Record<TonalPaletteTone, HexColor>;
  for (const step of TONAL_PALETTE_TONES) tones[step] = tone(step);
  return { sourceColor: source, hue: palette.hue, chroma: palette.chroma, tones, tone };
}

/**
 * Finds the colour nearest in tone to `color`, with its HCT hue and chroma, whose WCAG contrast
 * against `against` reaches `minimum`. Tones are tried outwards from the colour's own tone in steps
 * of 0.5, so the suggestion changes the colour as little as possible. `checkBrand` uses it for
 * every pair that fails the contrast gate.
 *
 * @param color - The colour to change.
 * @param against - The colour it must contrast with, which stays as it is.
 * @param minimum - The contrast ratio to reach, such as 4.5.
 * @returns The suggestion, or `undefined` when no tone of that hue reaches the ratio.
 * @example
 * ```ts
 * suggestPassingTone('#f2a900', '#ffffff', 4.5); // { color: '#8a5f00', ratio: 4.6, tone: 45.5 } or so
 * ```
 */
export function suggestPassingTone(color: string, against: string, minimum: number): ToneSuggestion | undefined {
  const source = Hct.fromInt(argbFromHex(normalizeHexColor(color)));
  const background = normalizeHexColor(against);
  const start = Math.round(source.tone * 2) / 2;
  for (let distance = 0; distance <= 100; distance += 0.5) {
    for (const tone of distance === 0 ? [start] : [start - distance, start + distance]) {
      if (tone < 0 || tone > 100) continue;
      const candidate = hexFromArgb(Hct.from(source.hue, source.chroma, tone).toInt()) as HexColor;
      const ratio = contrastRatio(candidate, background);
      if (ratio >= minimum) return { color: candidate, ratio, tone };
    }
  }
  return undefined;
}

/**
 * {@link parseBrand} plus the nearest passing tones: every colour pair that fails the contrast gate
 * comes with a suggestion for either colour (`ContrastIssue.suggestions`, and at the end of its
 * message), found by {@link suggestPassingTone}. This is what `gerbang-brand check` runs; use it in
 * tools and tests, and `parseBrand` in apps, which then do not ship the colour library.
 *
 * @param input - The brand as received.
 * @example
 * ```ts
 * const result = checkBrand(JSON.parse(text));
 * // - at tokens.color.light.onPrimary: onPrimary (#ffffff) on primary (#f2a900) in the light scheme
 * //   has a contrast of 2.01:1, below the 4.5:1 WCAG AA needs for text; nearest passing tone:
 * //   onPrimary #47494a (4.50:1) or primary #9d6c00 (4.59:1)
 * ```
 */
export function checkBrand(input: unknown): BrandParseResult {
  const result = parseBrand(input);
  if (result.success || !result.error.issues.some(isContrastIssue)) return result;
  const issues = result.error.issues.map((issue) => (isContrastIssue(issue) ? withSuggestions(issue) : issue));
  return { success: false, error: new ValidationError(result.error.subject, issues), warnings: result.warnings };
}

function isContrastIssue(issue: ValidationIssue): issue is ContrastIssue {
  return (issue as Partial<ContrastIssue>).check === 'contrast';
}

function withSuggestions(issue: ContrastIssue): ContrastIssue {
  const { pair, foreground, background, minimum } = issue;
  const forForeground = suggestPassingTone(foreground, background, minimum);
  const forBackground = suggestPassingTone(background, foreground, minimum);
  const options = [
    forForeground === undefined ? undefined : `${pair.foreground} ${forForeground.color} (${formatContrastRatio(forForeground.ratio)})`,
    forBackground === undefined ? undefined : `${pair.background} ${forBackground.color} (${formatContrastRatio(forBackground.ratio)})`,
  ].filter((option) => option !== undefined);
  return {
    ...issue,
    message: options.length === 0 ? issue.message : `${issue.message}; nearest passing tone: ${options.join(' or ')}`,
    suggestions: {
      ...(forForeground === undefined ? {} : { foreground: forForeground }),
      ...(forBackground === undefined ? {} : { background: forBackground }),
    },
  };
}
