/**
 * `@gerbang/brand`: regional branding for Gerbang apps. The brand schema with its contrast gate,
 * brand inheritance, W3C design tokens (DTCG 2025.10) in and out, CSS variables and a token object
 * for React Native, tonal palettes, and the Lampung In and Jakarta-style presets.
 *
 * What a host needs at run time (`parseBrand`, `toCssVariables`, `toTokenObject`) is small and
 * free of the colour library and the token reader; both are tree-shaken away when unused.
 *
 * @packageDocumentation
 */

// colours and contrast
export { CONTRAST_MINIMUMS, contrastRatio, formatContrastRatio, hexToRgb, isHexColor, normalizeHexColor, relativeLuminance } from './color.ts';
export type { ContrastUse, HexColor } from './color.ts';
export { checkSchemeContrast, CONTRAST_PAIRS } from './contrast.ts';
export type { ContrastIssue, ContrastPair, ToneSuggestion } from './contrast.ts';

// the brand
export {
  BRAND_SPEC_VERSION,
  brandSchema,
  COLOR_ROLES,
  ELEVATION_LEVELS,
  INDONESIAN_TIME_ZONES,
  RADIUS_STEPS,
  SPACING_STEPS,
  TEXT_STYLES,
} from './schema.ts';
export type {
  BrandSchemaInput,
  BrandSchemaOutput,
  ColorRole,
  ElevationLevel,
  IndonesianTimeZone,
  RadiusStep,
  SpacingStep,
  TextStyleName,
} from './schema.ts';
export { defineBrand, parseBrand } from './brand.ts';
export type { Brand, BrandInput, BrandParseResult, BrandWarning, BrandWarningCode, ParsedData } from './brand.ts';
export { extendBrand } from './extend.ts';
export type { BrandOverrides, DeepPartial } from './extend.ts';
export { createBrandJsonSchema } from './json-schema.ts';

// tokens out
export { cssFontFamily, toCssVariables } from './css.ts';
export type { CssVariables, CssVariablesOptions } from './css.ts';
export { toTokenObject } from './token-object.ts';
export type { BrandTokenObject, TokenShadow, TokenTextStyle } from './token-object.ts';
export { BRAND_TOKENS_EXTENSION, toDesignTokens, toDtcgColor } from './tokens/write.ts';
export type { DesignTokensOptions, PaletteTones } from './tokens/write.ts';

// tokens in
export { parseDesignTokens } from './tokens/read.ts';
export type { DesignTokensResult } from './tokens/read.ts';
export { brandTokensFromDesignTokens } from './tokens/to-brand.ts';
export type { BrandTokenOverrides, BrandTokensResult } from './tokens/to-brand.ts';
export { DTCG_COLOR_SPACES, DTCG_FONT_WEIGHT_NAMES, DTCG_TYPES } from './tokens/types.ts';
export type {
  DesignToken,
  DesignTokenBase,
  DesignTokenTree,
  DtcgBorder,
  DtcgColor,
  DtcgColorComponent,
  DtcgColorSpace,
  DtcgCubicBezier,
  DtcgDimension,
  DtcgDuration,
  DtcgFontFamily,
  DtcgFontWeight,
  DtcgGradient,
  DtcgShadow,
  DtcgShadowLayer,
  DtcgStrokeStyle,
  DtcgTransition,
  DtcgType,
  DtcgTypography,
  DtcgValueByType,
} from './tokens/types.ts';

// colour science (@material/material-color-utilities)
export { checkBrand, createTonalPalette, suggestPassingTone, TONAL_PALETTE_TONES } from './tonal.ts';
export type { TonalPalette, TonalPaletteTone } from './tonal.ts';

// presets
export { jakartaStyle } from './presets/jakarta-style.ts';
export { lampungIn } from './presets/lampung-in.ts';
