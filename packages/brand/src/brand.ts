/**
 * Brands: parse, then normalize, then check. `parseBrand` never throws; `defineBrand` throws one
 * error listing every issue. Both refuse prototype-polluting keys, report every issue in one pass
 * with its path, and run the contrast gate.
 *
 * @module
 */
import { validate, ValidationError, type PathSegment, type ReadonlyDeep, type ValidationIssue } from '@gerbang/contracts';
import { normalizeHexColor } from './color.ts';
import { checkSchemeContrast } from './contrast.ts';
import { brandSchema, INDONESIAN_TIME_ZONES, isColorScheme, type BrandSchemaInput, type BrandSchemaOutput } from './schema.ts';

/**
 * A brand as its author writes it (a brand file, a preset): defaults may be left out, and arrays
 * may be readonly (`as const` works).
 */
export type BrandInput = ReadonlyDeep<BrandSchemaInput>;

/**
 * A validated, normalized brand: defaults filled in, colours written `#rrggbb` in lowercase, the
 * default locale first among the supported ones, `regions` present, and origins and API URLs
 * without a trailing slash. Its fields the host runtime reads (`provinceCode`, `regions`,
 * `origins`, `home`, `modules`, `featureFlags`, `permissionPolicy`) match what `@gerbang/core`
 * expects of a brand.
 */
export type Brand = ParsedData<Omit<BrandSchemaOutput, '$schema' | 'regions'> & { regions: string[] }>;

/**
 * `T` as parsing returns it: every property and array readonly at every depth, and optional
 * properties either present with a value or absent, never `undefined` (so that a brand fits types
 * written with `exactOptionalPropertyTypes`, such as `@gerbang/core`'s).
 */
export type ParsedData<T> = T extends readonly (infer TItem)[]
  ? readonly ParsedData<TItem>[]
  : T extends object
    ? { readonly [TKey in keyof T]: ParsedData<Exclude<T[TKey], undefined>> }
    : T;

/** The kinds of {@link BrandWarning}. */
export type BrandWarningCode = 'example-contact' | 'hidden-module' | 'time-zone';

/** Something in a valid brand that is probably a mistake, with where it is. */
export interface BrandWarning {
  /** What kind of warning it is. */
  readonly code: BrandWarningCode;
  /** Where it is, from the root of the brand. */
  readonly path: readonly PathSegment[];
  /** A sentence for people. */
  readonly message: string;
}

/** The outcome of {@link parseBrand}. Warnings are given either way. */
export type BrandParseResult =
  | { readonly success: true; readonly brand: Brand; readonly warnings: readonly BrandWarning[]; readonly error?: undefined }
  | { readonly success: false; readonly brand?: undefined; readonly warnings: readonly BrandWarning[]; readonly error: ValidationError };

/**
 * Validates an untrusted brand, such as a brand file or a remote configuration. It never throws.
 *
 * 1. **Parse**: the schema, with every issue in one pass, each with its path. Keys such as
 *    `__proto__` are refused at any depth.
 * 2. **Normalize**: colours to lowercase `#rrggbb`, the default locale first among the supported
 *    ones, `regions` defaulting to the province, origins and API URLs without a trailing slash.
 * 3. **Check**: every colour pair of both schemes against WCAG AA (see `CONTRAST_PAIRS`), regions
 *    inside the province, no module both enabled and disabled, no permission both allowed and
 *    denied, https for staging and production APIs. Warnings point at likely mistakes.
 *
 * When the schema fails, the contrast gate still runs on each colour scheme whose colours are
 * well-formed, so that one run reports both kinds of problem. Contrast issues name the pair and
 * the ratio; `checkBrand` also suggests the nearest passing tones (it needs a colour library, so
 * apps use `parseBrand` and tools use `checkBrand`).
 *
 * @param input - The brand as received, for example from `JSON.parse`.
 * @example
 * ```ts
 * const result = parseBrand(JSON.parse(text));
 * if (!result.success) console.error(result.error.message);
 * // Invalid brand "lampung-in": 1 issue
 * //   - at tokens.color.light.onPrimary: onPrimary (#ffffff) on primary (#f2a900) in the light
 * //     scheme has a contrast of 1.98:1, below the 4.5:1 WCAG AA needs for text
 * ```
 */
export function parseBrand(input: unknown): BrandParseResult {
  const subject = describeBrand(input);
  const parsed = validate(brandSchema, input, { subject });
  if (!parsed.success) {
    const contrast = parsed.error.issues.some((issue) => issue.code === 'forbidden_key' || issue.code === 'unreadable')
      ? []
      : contrastOfRawSchemes(input);
    return contrast.length === 0
      ? { success: false, error: parsed.error, warnings: [] }
      : { success: false, error: new ValidationError(subject, [...parsed.error.issues, ...contrast]), warnings: [] };
  }
  // zod leaves absent optional keys absent, so the output holds no `undefined` values.
  const brand = normalizeBrand(parsed.data as ParsedData<BrandSchemaOutput>);
  const warnings: BrandWarning[] = [];
  const issues = checkBrandFields(brand, warnings);
  if (issues.length > 0) return { success: false, error: new ValidationError(subject, issues), warnings };
  return { success: true, brand, warnings };
}

/**
 * Declares a brand in code: the editor checks it against {@link BrandInput}, and it is validated
 * at once, like {@link parseBrand}. Returns the normalized brand.
 *
 * @param brand - The brand.
 * @throws `ValidationError` (from `@gerbang/contracts`) listing every issue, each with its path.
 * @example
 * ```ts
 * import { defineBrand, lampungIn } from '@gerbang/brand';
 *
 * export const brand = defineBrand({ ...lampungIn, id: 'metro-in', name: 'Metro In', shortName: 'Metro', regions: ['18.72'] });
 * ```
 */
export function defineBrand(brand: BrandInput): Brand {
  const result = parseBrand(brand);
  if (!result.success) throw result.error;
  return result.brand;
}

// ---------------------------------------------------------------------------------------------
// internals

function describeBrand(input: unknown): string {
  try {
    const id = (input as { id?: unknown } | null)?.id;
    return typeof id === 'string' && id.length <= 100 ? `brand ${JSON.stringify(id)}` : 'brand';
  } catch {
    return 'brand';
  }
}

function contrastOfRawSchemes(input: unknown): ValidationIssue[] {
  try {
    const color = (input as { tokens?: { color?: Record<string, unknown> } } | null)?.tokens?.color;
    const issues: ValidationIssue[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const colors = color?.[scheme];
      if (isColorScheme(colors)) issues.push(...checkSchemeContrast(colors, scheme));
    }
    return issues;
  } catch {
    return [];
  }
}

const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');

function normalizeColors<TColors extends Readonly<Record<string, string>>>(colors: TColors): TColors {
  const out = {} as Record<string, string>;
  for (const [role, color] of Object.entries(colors)) out[role] = normalizeHexColor(color);
  return out as TColors;
}

/** Writes a parsed brand in its one canonical form. */
function normalizeBrand(parsed: ParsedData<BrandSchemaOutput>): Brand {
  const brand = { ...parsed };
  delete brand.$schema;
  const { tokens, locales, splash } = brand;
  const elevation = {} as Record<keyof typeof tokens.elevation, (typeof tokens.elevation)['level1']>;
  for (const [level, shadow] of Object.entries(tokens.elevation) as [keyof typeof tokens.elevation, (typeof tokens.elevation)['level1']][]) {
    elevation[level] = { ...shadow, color: normalizeHexColor(shadow.color) };
  }
  return {
    ...brand,
    ...(splash === undefined
      ? {}
      : {
          splash: {
            ...splash,
            background: normalizeHexColor(splash.background),
            ...(splash.darkBackground === undefined ? {} : { darkBackground: normalizeHexColor(splash.darkBackground) }),
          },
        }),
    locales: { ...locales, supported: [locales.default, ...locales.supported.filter((locale) => locale !== locales.default)] },
    regions: brand.regions ?? [brand.provinceCode],
    ...(brand.origins === undefined ? {} : { origins: brand.origins.map((origin) => withoutTrailingSlash(origin.toLowerCase())) }),
    tokens: {
      ...tokens,
      color: { light: normalizeColors(tokens.color.light), dark: normalizeColors(tokens.color.dark) },
      elevation,
    },
    api: {
      development: withoutTrailingSlash(brand.api.development),
      staging: withoutTrailingSlash(brand.api.staging),
      production: withoutTrailingSlash(brand.api.production),
    },
  };
}

/** The UTC offset, in hours, of the time zone a province lives in (Kemendagri code). */
function provinceUtcOffset(provinceCode: string): number {
  const code = Number(provinceCode);
  if (code >= 81) return 9; // Maluku and Papua: WIT
  if (code >= 63) return 8; // South, East and North Kalimantan, Sulawesi: WITA
  if (code >= 61) return 7; // West and Central Kalimantan: WIB
  if (code >= 51) return 8; // Bali and Nusa Tenggara: WITA
  return 7; // Sumatra and Java: WIB
}

/** The checks that need the whole, normalized brand. Returns errors; pushes warnings. */
function checkBrandFields(brand: Brand, warnings: BrandWarning[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const error = (path: PathSegment[], message: string): void => {
    issues.push({ code: 'custom', path, message, received: 'string' });
  };

  brand.regions.forEach((region, index) => {
    if (region !== brand.provinceCode && !region.startsWith(`${brand.provinceCode}.`)) {
      error(['regions', index], `region "${region}" is not in province "${brand.provinceCode}"`);
    }
  });

  const enabled = brand.modules.enabled === undefined ? undefined : new Set(brand.modules.enabled);
  const disabled = new Set(brand.modules.disabled);
  brand.modules.disabled?.forEach((id, index) => {
    if (enabled?.has(id) === true) error(['modules', 'disabled', index], `module "${id}" is both enabled and disabled`);
  });

  const allowed = new Set(brand.permissionPolicy.allow);
  brand.permissionPolicy.deny?.forEach((permission, index) => {
    if (allowed.has(permission)) error(['permissionPolicy', 'deny', index], `permission "${permission}" is both allowed and denied`);
  });

  for (const environment of ['staging', 'production'] as const) {
    if (!brand.api[environment].startsWith('https://')) {
      error(['api', environment], `the ${environment} API must use https (http is for development on localhost)`);
    }
  }

  issues.push(...checkSchemeContrast(brand.tokens.color.light, 'light'), ...checkSchemeContrast(brand.tokens.color.dark, 'dark'));

  // warnings
  const warn = (code: BrandWarningCode, path: PathSegment[], message: string): void => {
    warnings.push({ code, path, message });
  };
  const zone = INDONESIAN_TIME_ZONES[brand.locales.timeZone];
  const offset = provinceUtcOffset(brand.provinceCode);
  if (zone.utcOffsetHours !== offset) {
    warn('time-zone', ['locales', 'timeZone'], `province "${brand.provinceCode}" keeps UTC+${offset}, not ${brand.locales.timeZone} (${zone.abbreviation})`);
  }
  const checkShown = (ids: readonly string[] | undefined, ...path: PathSegment[]): void => {
    ids?.forEach((id, index) => {
      const reason = disabled.has(id)
        ? 'modules.disabled turns it off'
        : enabled?.has(id) === false
          ? 'it is not in modules.enabled'
          : brand.featureFlags[`module.${id}`] === false
            ? `the feature flag "module.${id}" is false`
            : undefined;
      if (reason !== undefined) warn('hidden-module', [...path, index], `module "${id}" will not be shown: ${reason}`);
    });
  };
  const { home, contact } = brand;
  checkShown(home.order, 'home', 'order');
  checkShown(home.featured, 'home', 'featured');
  checkShown(home.pinned, 'home', 'pinned');
  home.sections?.forEach((section, index) => {
    checkShown(section.modules, 'home', 'sections', index, 'modules');
  });
  if (contact.callCenter?.example === true) {
    warn('example-contact', ['contact', 'callCenter', 'number'], `the call centre number ${contact.callCenter.number} is an example; replace it before release`);
  }
  return issues;
}
