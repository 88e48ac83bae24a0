/**
 * A consumer of the published `@gerbang/brand`, as ESM. `scripts/registry-smoke.mjs` installs the
 * package from a local registry into a fresh project, compiles this file under the strictest
 * tsconfig (NodeNext, declaration emit, skipLibCheck off) and imports the output with Node.
 *
 * It throws on any wrong behaviour; `checked` lists what it verified. It imports nothing but the
 * package and its contracts.
 */
import {
  checkBrand,
  contrastRatio,
  createTonalPalette,
  defineBrand,
  extendBrand,
  jakartaStyle,
  lampungIn,
  parseBrand,
  parseDesignTokens,
  toCssVariables,
  toDesignTokens,
  toTokenObject,
} from '@gerbang/brand';
import type { Brand, BrandParseResult, BrandTokenObject, ContrastIssue, CssVariables, DesignTokenTree, TonalPalette } from '@gerbang/brand';
import { isGerbangError } from '@gerbang/contracts';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.mts: ${message}`);
}

/** Lampung In, validated. */
export const brand: Brand = defineBrand(lampungIn);
/** A city brand made from it. */
export const metro: Brand = extendBrand(lampungIn, { id: 'metro-in', name: 'Metro In', shortName: 'Metro', regions: ['18.72'] });
assert(metro.regions.join() === '18.72' && metro.tokens.color.light.primary === brand.tokens.color.light.primary, 'extendBrand did not merge');

const jakarta: BrandParseResult = parseBrand(JSON.parse(JSON.stringify(jakartaStyle)));
assert(jakarta.success && jakarta.brand.provinceCode === '31', `the Jakarta preset was rejected: ${jakarta.error?.message}`);

const dim: BrandParseResult = checkBrand({ ...lampungIn, tokens: { ...lampungIn.tokens, color: { ...lampungIn.tokens.color, light: { ...lampungIn.tokens.color.light, primary: '#f2a900' } } } });
assert(!dim.success && isGerbangError(dim.error, 'validation-failed'), 'a low-contrast brand was accepted');
const contrast = dim.error.issues[0] as ContrastIssue;
assert(contrast.check === 'contrast' && contrast.suggestions?.background !== undefined, 'the contrast issue has no suggestion');

assert(contrastRatio('#767676', '#ffffff').toFixed(2) === '4.54', 'contrastRatio does not match WCAG');

/** The web host's variables. */
export const css: CssVariables = toCssVariables(brand, { scheme: 'dark' });
assert(css.css.startsWith(':root{color-scheme:dark;--gerbang-color-primary:#ffb4a8'), `toCssVariables gave ${css.css.slice(0, 60)}`);
/** The React Native host's tokens. */
export const tokens: BrandTokenObject = toTokenObject(brand);
/** A tonal palette of the primary colour. */
export const palette: TonalPalette = createTonalPalette(brand.tokens.color.light.primary);
/** The DTCG file, with the palette. */
export const file: DesignTokenTree = toDesignTokens(brand, { palettes: { primary: palette } });
const read = parseDesignTokens(JSON.stringify(file));
assert(read.success && read.tokens.get('color.light.primary')?.type === 'color', 'the DTCG file did not read back');

/** What this consumer verified, printed by the smoke test. */
export const checked: readonly string[] = [
  'defineBrand and parseBrand accept both presets',
  'extendBrand merges a city brand',
  `checkBrand rejects a low-contrast brand and suggests ${contrast.suggestions.background.color}`,
  'contrastRatio(#767676, white) = 4.54',
  `toCssVariables: ${Object.keys(css.variables).length} variables; toTokenObject: body ${tokens.text.body.fontSize}px`,
  `toDesignTokens + parseDesignTokens: ${read.tokens.size} tokens`,
];
