/**
 * Colours as brands write them (`#rrggbb`), and the WCAG 2.x contrast ratio. Nothing here needs a
 * colour library: the host path (parse a brand, emit CSS variables) stays small.
 *
 * @module
 */
import { ValidationError } from '@gerbang/contracts';

/** A colour written as `#rrggbb`, lowercase, the form every normalized brand carries. */
export type HexColor = `#${string}`;

const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * Tells whether a value is a colour written `#rgb` or `#rrggbb` (either case).
 *
 * @param value - Any value.
 */
export function isHexColor(value: unknown): value is HexColor {
  return typeof value === 'string' && HEX.test(value);
}

/**
 * Writes a `#rgb` or `#rrggbb` colour as lowercase `#rrggbb`.
 *
 * @param color - A colour accepted by {@link isHexColor}.
 * @throws `ValidationError` (from `@gerbang/contracts`) when `color` is not such a colour.
 * @example
 * ```ts
 * normalizeHexColor('#F0A'); // '#ff00aa'
 * ```
 */
export function normalizeHexColor(color: string): HexColor {
  if (!isHexColor(color)) {
    throw new ValidationError('colour', [
      { code: 'invalid_format', path: [], format: 'hex colour', received: typeof color === 'string' ? 'string' : 'object', message: `${JSON.stringify(color)} is not a colour such as "#0a5c36"` },
    ]);
  }
  const digits = color.length === 4 ? color.slice(1).replace(/./g, (digit) => digit + digit) : color.slice(1);
  return `#${digits.toLowerCase()}`;
}

/**
 * Splits a colour into its red, green and blue channels, each 0–255.
 *
 * @param color - A colour accepted by {@link isHexColor}.
 */
export function hexToRgb(color: string): readonly [number, number, number] {
  const value = Number.parseInt(normalizeHexColor(color).slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * The relative luminance of a colour, as WCAG 2.x defines it: each sRGB channel is linearized
 * (with the sRGB threshold 0.04045), then weighted 0.2126 R + 0.7152 G + 0.0722 B.
 *
 * @param color - A colour accepted by {@link isHexColor}.
 */
export function relativeLuminance(color: string): number {
  const [red, green, blue] = hexToRgb(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/**
 * The WCAG 2.x contrast ratio of two colours, from 1 (none) to 21 (black on white): the lighter
 * relative luminance plus 0.05 over the darker one plus 0.05. The order of the colours does not
 * matter, and the ratio is not rounded (WCAG forbids rounding up to pass).
 *
 * @param foreground - The text or UI colour.
 * @param background - The colour behind it.
 * @throws `ValidationError` (from `@gerbang/contracts`) when a colour is not `#rgb` or `#rrggbb`.
 * @example
 * ```ts
 * contrastRatio('#767676', '#ffffff').toFixed(2); // '4.54', which passes AA for text
 * ```
 */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * The WCAG 2.x contrast minimums Gerbang checks: AA for body text, AA for large text (24 px, or
 * 18.66 px bold) and for UI components and graphics, and AAA for body text.
 */
export const CONTRAST_MINIMUMS = {
  /** WCAG 1.4.3 (AA), normal text. */
  text: 4.5,
  /** WCAG 1.4.3 (AA), large text. */
  largeText: 3,
  /** WCAG 1.4.11 (AA), UI components and graphical objects. */
  ui: 3,
  /** WCAG 1.4.6 (AAA), normal text. */
  textEnhanced: 7,
} as const;

/** What a colour pair is used for, which sets its contrast minimum (see {@link CONTRAST_MINIMUMS}). */
export type ContrastUse = 'text' | 'largeText' | 'ui';

/**
 * Writes a contrast ratio for people, as `4.54:1`. A ratio that fails its minimum is never shown
 * rounded up to it: 4.497 against 4.5 is written `4.497:1`, not `4.50:1`.
 *
 * @param ratio - A ratio from {@link contrastRatio}.
 * @param minimum - The minimum it is compared with, if any.
 */
export function formatContrastRatio(ratio: number, minimum?: number): string {
  const shown = ratio.toFixed(2);
  return `${minimum !== undefined && ratio < minimum && Number(shown) >= minimum ? (Math.floor(ratio * 1000) / 1000).toFixed(3) : shown}:1`;
}
