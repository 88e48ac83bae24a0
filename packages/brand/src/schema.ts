/**
 * The schema of a brand file. Every rule is a plain function that returns the reason a value is
 * wrong (contracts' `rule`), so that messages name what to write instead and the parser stays
 * small. Checks that need more than one field (regions against the province, the contrast of
 * colour pairs) run after parsing, on the normalized brand (see `brand.ts`).
 *
 * @module
 */
import {
  REPORT_STATUSES,
  gerbangIdSchema,
  localizedTextSchema,
  patternSchema,
  permissionIdSchema,
  quoteValue,
  regionCodeSchema,
  rule,
  textSchema,
  tooLong,
  uniqueBy,
} from '@gerbang/contracts';
import * as z from 'zod/mini';
import { isHexColor } from './color.ts';

/** The version of the brand file format that this package reads. */
export const BRAND_SPEC_VERSION = 1;

/**
 * The colour roles of a scheme. Each `on…` role is the colour of text and icons drawn on the role
 * it names (`onPrimary` on `primary`); the contrast gate checks those pairs.
 */
export const COLOR_ROLES = [
  'primary',
  'onPrimary',
  'primaryContainer',
  'onPrimaryContainer',
  'secondary',
  'onSecondary',
  'background',
  'onBackground',
  'surface',
  'onSurface',
  'surfaceVariant',
  'onSurfaceVariant',
  'outline',
  'error',
  'onError',
  'success',
  'onSuccess',
  'warning',
  'onWarning',
] as const;

/** One colour role of a scheme, such as `primary` or `onSurface`. */
export type ColorRole = (typeof COLOR_ROLES)[number];

/** The named steps of the spacing scale. */
export const SPACING_STEPS = ['xs', 'sm', 'md', 'lg', 'xl', 'xxl'] as const;
/** The named steps of the corner radius scale. */
export const RADIUS_STEPS = ['none', 'sm', 'md', 'lg', 'full'] as const;
/** The elevation levels, each a shadow. */
export const ELEVATION_LEVELS = ['level1', 'level2', 'level3'] as const;
/** The text styles of the typography scale. */
export const TEXT_STYLES = ['display', 'headline', 'title', 'body', 'label', 'caption'] as const;

/** A step of the spacing scale. */
export type SpacingStep = (typeof SPACING_STEPS)[number];
/** A step of the corner radius scale. */
export type RadiusStep = (typeof RADIUS_STEPS)[number];
/** An elevation level. */
export type ElevationLevel = (typeof ELEVATION_LEVELS)[number];
/** A text style of the typography scale. */
export type TextStyleName = (typeof TEXT_STYLES)[number];

/**
 * The IANA time zones of Indonesia and the name people use for each: WIB (UTC+7), WITA (UTC+8)
 * and WIT (UTC+9).
 */
export const INDONESIAN_TIME_ZONES = {
  'Asia/Jakarta': { abbreviation: 'WIB', utcOffsetHours: 7 },
  'Asia/Pontianak': { abbreviation: 'WIB', utcOffsetHours: 7 },
  'Asia/Makassar': { abbreviation: 'WITA', utcOffsetHours: 8 },
  'Asia/Jayapura': { abbreviation: 'WIT', utcOffsetHours: 9 },
} as const;

/** An IANA time zone of Indonesia, such as `Asia/Jakarta` (WIB). */
export type IndonesianTimeZone = keyof typeof INDONESIAN_TIME_ZONES;

// ---------------------------------------------------------------------------------------------
// field schemas

const HTTPS_URL = /^https:\/\/[^\s/?#@"'<>]+(?:[/?#][^\s"'<>]*)?$/;
const API_URL = /^(?:https:\/\/[^\s/?#@"'<>]+|http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?)(?:[/?#][^\s"'<>]*)?$/;
const ORIGIN = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?\/?$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;
const PHONE = /^\+?\d[\d -]{1,18}\d$/;
const FONT_NAME = /^[A-Za-z0-9][A-Za-z0-9 _-]{0,63}$/;
const FLAG = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const IMAGE_URL = /^(?:https:\/\/[^\s"'<>]+|\.{0,2}\/(?!\/)[^\s"'<>]*|data:image\/(?:svg\+xml|png|webp)(?:;base64)?,[^\s"'<>]+)$/;
/** What an inline SVG may not hold: scripts, event handlers, `javascript:` URLs, foreign HTML. */
const UNSAFE_SVG = /<script|<foreignObject|\son[a-z]+\s*=|javascript:|<!ENTITY/i;

/** The reason an image (URL, path, data URI or inline SVG) is not acceptable, if it is not. */
function explainBadImage(value: string): string | undefined {
  if (value.length > 65_536) return 'an image must be at most 65536 characters';
  const text = value.trim();
  if (text.startsWith('<svg')) {
    if (!text.endsWith('</svg>')) return 'an inline SVG must be one <svg> element, ending with "</svg>"';
    return UNSAFE_SVG.test(text) ? 'an inline SVG must not hold scripts, event handlers, javascript: URLs or entities' : undefined;
  }
  return IMAGE_URL.test(value)
    ? undefined
    : `${quoteValue(value)} must be an https URL, a path, a data:image URI or an inline <svg>`;
}

const hexColorSchema = /* @__PURE__ */ z
  .string()
  .check(rule((value: string) => (isHexColor(value) ? undefined : `${quoteValue(value)} is not a colour such as "#0a5c36" (#rgb or #rrggbb)`)));

const imageSchema = /* @__PURE__ */ z.string().check(rule(explainBadImage));

const moduleIdSchema = /* @__PURE__ */ gerbangIdSchema('module id');

const moduleListSchema = /* @__PURE__ */ z.array(moduleIdSchema).check(rule(tooLong(200)), uniqueBy((id: string) => id, 'module'));

const httpsUrlSchema = /* @__PURE__ */ patternSchema(HTTPS_URL, (shown) => `${shown} must be an https URL`);

const apiUrlSchema = /* @__PURE__ */ patternSchema(
  API_URL,
  (shown) => `${shown} must be an https URL (http only on localhost or 127.0.0.1), without credentials`,
);

/** A province: a Kemendagri region code of 2 digits that names one of the 38 provinces. */
const provinceCodeSchema = /* @__PURE__ */ regionCodeSchema.check(
  rule((code: string) => (code.length === 2 ? undefined : `province code ${quoteValue(code)} must be 2 digits, such as "18" for Lampung`)),
);

const phoneSchema = /* @__PURE__ */ patternSchema(PHONE, (shown) => `${shown} must be a phone number of digits, such as "112" or "+62 721 123456"`);

const px = (max: number) =>
  z.number().check(rule((value: number) => (Number.isFinite(value) && value >= 0 && value <= max ? undefined : `must be a number of pixels from 0 to ${max}`)));

const fontStackSchema = /* @__PURE__ */ z
  .array(patternSchema(FONT_NAME, (shown) => `font family ${shown} may hold only letters, digits, spaces, "-" and "_"`))
  .check(rule((fonts: readonly string[]) => (fonts.length === 0 ? 'must name at least one font family, such as "system-ui"' : tooLong(10)(fonts))));

const textStyleSchema = /* @__PURE__ */ z.strictObject({
  size: px(200),
  /** A multiple of the size, such as 1.5. */
  lineHeight: z.number().check(rule((value: number) => (value >= 1 && value <= 3 ? undefined : 'must be a multiple of the font size from 1 to 3, such as 1.5'))),
  weight: z.number().check(rule((value: number) => (Number.isInteger(value) && value >= 100 && value <= 900 && value % 100 === 0 ? undefined : 'must be a font weight from 100 to 900 in steps of 100'))),
  letterSpacing: z.optional(z.number().check(rule((value: number) => (Math.abs(value) <= 10 ? undefined : 'must be from -10 to 10 pixels')))),
  family: z.optional(z.literal(['base', 'heading'])),
});

const shadowSchema = /* @__PURE__ */ z.strictObject({
  offsetX: z.number(),
  offsetY: z.number(),
  blur: px(100),
  spread: z.number(),
  color: hexColorSchema,
  opacity: z.number().check(rule((value: number) => (value >= 0 && value <= 1 ? undefined : 'must be an opacity from 0 to 1'))),
});

/** An object with exactly the given keys, each holding a value of `schema`. */
function recordOf<const TKey extends string, TSchema extends z.core.$ZodType>(
  keys: readonly TKey[],
  schema: TSchema,
): z.ZodMiniObject<{ [K in TKey]: TSchema }, z.core.$strict> {
  const shape = {} as { [K in TKey]: TSchema };
  for (const key of keys) shape[key] = schema;
  return z.strictObject(shape);
}

const colorSchemeSchema = /* @__PURE__ */ recordOf(COLOR_ROLES, hexColorSchema);

const sectionSchema = /* @__PURE__ */ z.strictObject({
  id: patternSchema(/^[a-z][a-z0-9-]{0,39}$/, (shown) => `section id ${shown} must be a lowercase slug such as "layanan-utama"`),
  title: localizedTextSchema(60),
  modules: moduleListSchema,
});

// ---------------------------------------------------------------------------------------------
// the brand

/**
 * The schema of a brand file. Parse brands with `parseBrand`, which also normalizes them, runs the
 * contrast gate and the cross-field checks, and refuses prototype-polluting keys.
 */
export const brandSchema = /* @__PURE__ */ z.strictObject({
  /** The JSON Schema the file was written against; editors use it for completion. */
  $schema: z.optional(z.string()),
  spec: z.literal(BRAND_SPEC_VERSION, {
    error: (issue) =>
      issue.input === undefined ? `is required: the brand format version, ${BRAND_SPEC_VERSION}` : `unsupported brand spec ${quoteValue(issue.input)}; this SDK reads spec ${BRAND_SPEC_VERSION}`,
  }),
  id: gerbangIdSchema('brand id'),
  name: textSchema(40),
  shortName: textSchema(16),
  description: z.optional(localizedTextSchema(300)),
  provinceCode: provinceCodeSchema,
  logo: z.strictObject({ light: imageSchema, dark: z.optional(imageSchema) }),
  icon: imageSchema,
  splash: z.optional(z.strictObject({ image: z.optional(imageSchema), background: hexColorSchema, darkBackground: z.optional(hexColorSchema) })),
  locales: z.strictObject({
    default: z._default(patternSchema(LOCALE, (shown) => `locale ${shown} must be a BCP 47 tag such as "id-ID"`), 'id-ID'),
    supported: z._default(
      z
        .array(patternSchema(LOCALE, (shown) => `locale ${shown} must be a BCP 47 tag such as "en-US"`))
        .check(rule(tooLong(20)), uniqueBy((locale: string) => locale, 'locale')),
      ['id-ID'],
    ),
    timeZone: z.literal(Object.keys(INDONESIAN_TIME_ZONES) as IndonesianTimeZone[], {
      error: (issue) =>
        `${issue.input === undefined ? 'is required' : `time zone ${quoteValue(issue.input)} is not Indonesian`}: use one of ${Object.keys(INDONESIAN_TIME_ZONES).join(', ')}`,
    }),
  }),
  regions: z.optional(z.array(regionCodeSchema).check(rule(tooLong(10_000)), uniqueBy((region: string) => region, 'region'))),
  origins: z.optional(
    z
      .array(patternSchema(ORIGIN, (shown) => `origin ${shown} must be an https origin without a path`))
      .check(rule(tooLong(20)), uniqueBy((origin: string) => origin.toLowerCase().replace(/\/$/, ''), 'origin')),
  ),
  tokens: z.strictObject({
    color: z.strictObject({ light: colorSchemeSchema, dark: colorSchemeSchema }),
    typography: z._default(
      z.strictObject({
        fontFamily: z.strictObject({ base: fontStackSchema, heading: z.optional(fontStackSchema) }),
        styles: recordOf(TEXT_STYLES, textStyleSchema),
      }),
      {
        fontFamily: { base: ['system-ui', 'Roboto', 'Segoe UI', 'sans-serif'] },
        styles: {
          display: { size: 32, lineHeight: 1.25, weight: 700, family: 'heading' },
          headline: { size: 24, lineHeight: 1.3, weight: 700, family: 'heading' },
          title: { size: 18, lineHeight: 1.4, weight: 600, family: 'heading' },
          body: { size: 16, lineHeight: 1.5, weight: 400 },
          label: { size: 14, lineHeight: 1.4, weight: 500, letterSpacing: 0.1 },
          caption: { size: 12, lineHeight: 1.4, weight: 400 },
        },
      },
    ),
    spacing: z._default(recordOf(SPACING_STEPS, px(256)), { xs: 4, sm: 8, md: 12, lg: 16, xl: 24, xxl: 32 }),
    radius: z._default(recordOf(RADIUS_STEPS, px(9999)), { none: 0, sm: 4, md: 8, lg: 16, full: 9999 }),
    elevation: z._default(recordOf(ELEVATION_LEVELS, shadowSchema), {
      level1: { offsetX: 0, offsetY: 1, blur: 3, spread: 0, color: '#000000', opacity: 0.15 },
      level2: { offsetX: 0, offsetY: 2, blur: 6, spread: 0, color: '#000000', opacity: 0.18 },
      level3: { offsetX: 0, offsetY: 6, blur: 12, spread: 0, color: '#000000', opacity: 0.2 },
    }),
  }),
  home: z._default(
    z.strictObject({
      sections: z.optional(
        z.array(sectionSchema).check(rule(tooLong(30)), uniqueBy((section: { id: string }) => section.id, 'section', ['id'])),
      ),
      order: z.optional(moduleListSchema),
      featured: z.optional(moduleListSchema),
      pinned: z.optional(moduleListSchema),
    }),
    {},
  ),
  modules: z._default(z.strictObject({ enabled: z.optional(moduleListSchema), disabled: z.optional(moduleListSchema) }), {}),
  // An object with a catchall rather than z.record: the same JSON Schema, less code to ship.
  featureFlags: z._default(
    z.catchall(z.object({}), z.literal([true, false])).check(
      rule(
        (flags: Record<string, boolean>) =>
          Object.keys(flags).flatMap((flag) =>
            FLAG.test(flag) ? [] : [{ path: [flag], message: `feature flag ${quoteValue(flag)} must be lowercase, such as "module.aduan"` }],
          ),
        { when: (value) => typeof value === 'object' && value !== null && !Array.isArray(value) },
      ),
    ),
    {},
  ),
  permissionPolicy: z._default(
    z.strictObject({
      allow: z.optional(z.array(permissionIdSchema).check(uniqueBy((id: string) => id, 'permission'))),
      deny: z.optional(z.array(permissionIdSchema).check(uniqueBy((id: string) => id, 'permission'))),
    }),
    {},
  ),
  // How the app shows citizen-report states: labels and colours over the default lifecycle's.
  // Transitions are the back end's policy, not the brand's.
  reportStatuses: z.optional(
    z.partial(recordOf(REPORT_STATUSES, z.strictObject({ label: z.optional(localizedTextSchema(40)), colour: z.optional(hexColorSchema) }))),
  ),
  contact: z.strictObject({
    emergency: z._default(phoneSchema, '112'),
    callCenter: z.optional(
      z.strictObject({
        number: phoneSchema,
        label: z.optional(localizedTextSchema(60)),
        /** Marks a placeholder number that must be replaced before release. */
        example: z.optional(z.literal([true, false])),
      }),
    ),
    email: z.optional(patternSchema(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, (shown) => `${shown} must be an email address`)),
  }),
  legal: z.strictObject({
    privacyPolicy: httpsUrlSchema,
    terms: httpsUrlSchema,
    accessibility: z.optional(httpsUrlSchema),
  }),
  api: z.strictObject({
    development: apiUrlSchema,
    staging: apiUrlSchema,
    production: apiUrlSchema,
  }),
});

/** A brand as its author writes it: defaults may be left out. */
export type BrandSchemaInput = z.input<typeof brandSchema>;

/** A brand as the schema reads it, with defaults filled in but not yet normalized. */
export type BrandSchemaOutput = z.output<typeof brandSchema>;

/**
 * Tells whether a value is a complete, well-formed colour scheme (every role a colour), so that
 * the contrast gate can run on it even when other parts of the brand failed.
 *
 * @internal
 */
export function isColorScheme(value: unknown): value is Record<ColorRole, string> {
  if (typeof value !== 'object' || value === null) return false;
  return COLOR_ROLES.every((role) => isHexColor((value as Record<string, unknown>)[role]));
}
