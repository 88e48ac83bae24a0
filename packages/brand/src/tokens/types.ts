/**
 * The values of the W3C Design Tokens Community Group format (DTCG 2025.10), as TypeScript types.
 *
 * @module
 */

/** The colour spaces a DTCG colour may be written in. */
export const DTCG_COLOR_SPACES = [
  'srgb',
  'srgb-linear',
  'hsl',
  'hwb',
  'lab',
  'lch',
  'oklab',
  'oklch',
  'display-p3',
  'a98-rgb',
  'prophoto-rgb',
  'rec2020',
  'xyz-d65',
  'xyz-d50',
] as const;

/** A DTCG colour space, such as `srgb` or `oklch`. */
export type DtcgColorSpace = (typeof DTCG_COLOR_SPACES)[number];

/** One component of a colour: a number, or `none` for a missing component (a grey's hue). */
export type DtcgColorComponent = number | 'none';

/** A DTCG colour: a colour space, its three components, an optional alpha and hex fallback. */
export interface DtcgColor {
  /** The colour space the components are in. */
  readonly colorSpace: DtcgColorSpace;
  /** The three components, in the order and ranges the colour space defines. */
  readonly components: readonly [DtcgColorComponent, DtcgColorComponent, DtcgColorComponent];
  /** Opacity from 0 to 1. @default 1 */
  readonly alpha?: number;
  /** A `#rrggbb` fallback for tools that do not read the colour space. */
  readonly hex?: string;
}

/** A DTCG dimension: a number and a unit. */
export interface DtcgDimension {
  /** The amount. */
  readonly value: number;
  /** Pixels or rems. */
  readonly unit: 'px' | 'rem';
}

/** A DTCG duration. */
export interface DtcgDuration {
  /** The amount. */
  readonly value: number;
  /** Milliseconds or seconds. */
  readonly unit: 'ms' | 's';
}

/** A DTCG cubic Bézier timing function: `[x1, y1, x2, y2]`, with x1 and x2 from 0 to 1. */
export type DtcgCubicBezier = readonly [number, number, number, number];

/** A DTCG font family: one name, or a stack, first choice first. */
export type DtcgFontFamily = string | readonly string[];

/** The font weight names DTCG accepts besides numbers from 1 to 1000. */
export const DTCG_FONT_WEIGHT_NAMES = [
  'thin',
  'hairline',
  'extra-light',
  'ultra-light',
  'light',
  'normal',
  'regular',
  'book',
  'medium',
  'semi-bold',
  'demi-bold',
  'bold',
  'extra-bold',
  'ultra-bold',
  'black',
  'heavy',
  'extra-black',
  'ultra-black',
] as const;

/** A DTCG font weight: a number from 1 to 1000 or a name such as `semi-bold`. */
export type DtcgFontWeight = number | (typeof DTCG_FONT_WEIGHT_NAMES)[number];

/** A DTCG stroke style: a CSS keyword, or a dash pattern and line cap. */
export type DtcgStrokeStyle =
  | 'solid'
  | 'dashed'
  | 'dotted'
  | 'double'
  | 'groove'
  | 'ridge'
  | 'outset'
  | 'inset'
  | { readonly dashArray: readonly DtcgDimension[]; readonly lineCap: 'round' | 'butt' | 'square' };

/** A DTCG border. */
export interface DtcgBorder {
  /** The colour. */
  readonly color: DtcgColor;
  /** The width. */
  readonly width: DtcgDimension;
  /** The stroke style. */
  readonly style: DtcgStrokeStyle;
}

/** A DTCG transition. */
export interface DtcgTransition {
  /** How long it runs. */
  readonly duration: DtcgDuration;
  /** How long it waits before starting. */
  readonly delay: DtcgDuration;
  /** Its timing function. */
  readonly timingFunction: DtcgCubicBezier;
}

/** One layer of a DTCG shadow. */
export interface DtcgShadowLayer {
  /** The colour. */
  readonly color: DtcgColor;
  /** Horizontal offset. */
  readonly offsetX: DtcgDimension;
  /** Vertical offset. */
  readonly offsetY: DtcgDimension;
  /** Blur radius. */
  readonly blur: DtcgDimension;
  /** Spread. */
  readonly spread: DtcgDimension;
  /** An inner shadow. @default false */
  readonly inset?: boolean;
}

/** A DTCG shadow: one layer or several. */
export type DtcgShadow = DtcgShadowLayer | readonly DtcgShadowLayer[];

/** A DTCG gradient: colour stops, each at a position from 0 to 1. */
export type DtcgGradient = readonly { readonly color: DtcgColor; readonly position: number }[];

/** A DTCG typography value. */
export interface DtcgTypography {
  /** The font family. */
  readonly fontFamily: DtcgFontFamily;
  /** The font size. */
  readonly fontSize: DtcgDimension;
  /** The font weight. */
  readonly fontWeight: DtcgFontWeight;
  /** The letter spacing. */
  readonly letterSpacing: DtcgDimension;
  /** The line height, as a multiple of the font size. */
  readonly lineHeight: number;
}

/** The value of a token of each DTCG type. */
export interface DtcgValueByType {
  /** A colour. */
  color: DtcgColor;
  /** A dimension. */
  dimension: DtcgDimension;
  /** A font family. */
  fontFamily: DtcgFontFamily;
  /** A font weight. */
  fontWeight: DtcgFontWeight;
  /** A duration. */
  duration: DtcgDuration;
  /** A cubic Bézier. */
  cubicBezier: DtcgCubicBezier;
  /** A number. */
  number: number;
  /** A stroke style. */
  strokeStyle: DtcgStrokeStyle;
  /** A border. */
  border: DtcgBorder;
  /** A transition. */
  transition: DtcgTransition;
  /** A shadow. */
  shadow: DtcgShadow;
  /** A gradient. */
  gradient: DtcgGradient;
  /** A typography style. */
  typography: DtcgTypography;
}

/** A DTCG token type, such as `color` or `typography`. */
export type DtcgType = keyof DtcgValueByType;

/** Every DTCG token type. */
export const DTCG_TYPES: readonly DtcgType[] = [
  'color',
  'dimension',
  'fontFamily',
  'fontWeight',
  'duration',
  'cubicBezier',
  'number',
  'strokeStyle',
  'border',
  'transition',
  'shadow',
  'gradient',
  'typography',
];

/** What every {@link DesignToken} carries besides its type and value. */
export interface DesignTokenBase {
  /** The token's path, its names joined by dots: `color.brand.primary`. */
  readonly path: string;
  /** Its `$description`. */
  readonly description?: string;
  /** Its `$deprecated`: `true`, or why and what to use instead. */
  readonly deprecated?: boolean | string;
  /** Its `$extensions`, as written. */
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** When its `$value` is an alias, the path it refers to (the first step of the chain). */
  readonly aliasOf?: string;
}

/** A resolved token: its type (inherited or from its alias) and its value with every alias replaced. */
export type DesignToken = { [TType in DtcgType]: DesignTokenBase & { readonly type: TType; readonly value: DtcgValueByType[TType] } }[DtcgType];

/** A DTCG token file as JSON: groups of tokens, each token an object with `$value`. */
export interface DesignTokenTree {
  readonly [name: string]: unknown;
}
