/**
 * The accessibility gate: the colour pairs of a brand that must meet WCAG 2.x AA, and the check
 * that reports each failing pair with its ratio. Suggesting a passing tone needs a colour library,
 * so `checkBrand` (tonal.ts) adds suggestions afterwards: hosts that only parse a brand do not ship
 * the library.
 *
 * @module
 */
import type { ValidationIssueBase, ValueKind } from '@gerbang/contracts';
import { CONTRAST_MINIMUMS, contrastRatio, formatContrastRatio, normalizeHexColor, type ContrastUse, type HexColor } from './color.ts';
import type { ColorRole } from './schema.ts';

/** A pair of colour roles drawn one on the other, and what the pair is used for. */
export interface ContrastPair {
  /** The role drawn on top: text, an icon, a border. */
  readonly foreground: ColorRole;
  /** The role behind it. */
  readonly background: ColorRole;
  /** What the foreground is, which sets the minimum ratio (see `CONTRAST_MINIMUMS`). */
  readonly use: ContrastUse;
}

/**
 * The pairs every scheme of a brand must pass: each `on…` role on its role (text, 4.5:1), error
 * text on surfaces (4.5:1), and the primary colour and outline on the page and on surfaces, where
 * they draw links, icons, focus rings and field borders (UI components, 3:1).
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: 'onPrimary', background: 'primary', use: 'text' },
  { foreground: 'onPrimaryContainer', background: 'primaryContainer', use: 'text' },
  { foreground: 'onSecondary', background: 'secondary', use: 'text' },
  { foreground: 'onBackground', background: 'background', use: 'text' },
  { foreground: 'onSurface', background: 'surface', use: 'text' },
  { foreground: 'onSurfaceVariant', background: 'surfaceVariant', use: 'text' },
  { foreground: 'onError', background: 'error', use: 'text' },
  { foreground: 'onSuccess', background: 'success', use: 'text' },
  { foreground: 'onWarning', background: 'warning', use: 'text' },
  { foreground: 'error', background: 'surface', use: 'text' },
  { foreground: 'primary', background: 'background', use: 'ui' },
  { foreground: 'primary', background: 'surface', use: 'ui' },
  { foreground: 'outline', background: 'surface', use: 'ui' },
];

/** A colour that passes where the brand's colour failed, found by `suggestPassingTone`. */
export interface ToneSuggestion {
  /** The suggested colour. */
  readonly color: HexColor;
  /** Its contrast ratio against the other colour of the pair. */
  readonly ratio: number;
  /** Its tone (perceived lightness, 0 black to 100 white). */
  readonly tone: number;
}

/**
 * A colour pair of a brand below its WCAG minimum. It is a `custom` validation issue at the path of
 * the foreground colour, with the pair, the ratio and, from `checkBrand`, the nearest
 * passing tones as data (`checkBrand` adds them).
 */
export interface ContrastIssue extends ValidationIssueBase {
  /** The pair and its ratio, for people; `checkBrand` appends the nearest passing tones. */
  readonly message: string;
  /** A rule of the brand failed. */
  readonly code: 'custom';
  /** The kind of the value at the path. */
  readonly received: ValueKind;
  /** Which check found the issue. */
  readonly check: 'contrast';
  /** The colour scheme of the pair. */
  readonly scheme: 'light' | 'dark';
  /** The roles and colours of the pair, and what it is used for. */
  readonly pair: ContrastPair;
  /** The foreground colour. */
  readonly foreground: HexColor;
  /** The background colour. */
  readonly background: HexColor;
  /** The pair's contrast ratio, unrounded. */
  readonly ratio: number;
  /** The minimum the pair must reach. */
  readonly minimum: number;
  /** The nearest passing tones, for either colour of the pair, when `checkBrand` found them. */
  readonly suggestions?: { readonly foreground?: ToneSuggestion; readonly background?: ToneSuggestion };
}

/**
 * Checks every pair of {@link CONTRAST_PAIRS} in one colour scheme, and returns an issue for each
 * pair below its minimum.
 *
 * @param colors - The scheme's colours, by role.
 * @param scheme - Which scheme it is, for the path and message.
 */
export function checkSchemeContrast(colors: Readonly<Record<ColorRole, string>>, scheme: 'light' | 'dark'): ContrastIssue[] {
  const issues: ContrastIssue[] = [];
  for (const pair of CONTRAST_PAIRS) {
    const foreground = normalizeHexColor(colors[pair.foreground]);
    const background = normalizeHexColor(colors[pair.background]);
    const ratio = contrastRatio(foreground, background);
    const minimum = CONTRAST_MINIMUMS[pair.use];
    if (ratio >= minimum) continue;
    issues.push({
      code: 'custom',
      check: 'contrast',
      received: 'string',
      path: ['tokens', 'color', scheme, pair.foreground],
      message: `${pair.foreground} (${foreground}) on ${pair.background} (${background}) in the ${scheme} scheme has a contrast of ${formatContrastRatio(ratio, minimum)}, below the ${minimum}:1 WCAG AA needs for ${pair.use === 'text' ? 'text' : 'UI components'}`,
      scheme,
      pair,
      foreground,
      background,
      ratio,
      minimum,
    });
  }
  return issues;
}
