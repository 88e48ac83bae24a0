/**
 * The part of a province's brand that the runtime reads. `@gerbang/brand` validates a full brand;
 * its `Brand` type is assignable to {@link HostBrand}, and neither package imports the other.
 *
 * @module
 */
import type { LocalizedText, PermissionId } from '@gerbang/contracts';

/** One section of the home screen: a title and the module ids it shows, in order. */
export interface HostBrandHomeSection {
  /** The section id, such as `layanan-utama`. */
  readonly id: string;
  /** The title shown above the section. */
  readonly title: LocalizedText;
  /** The module ids in the section, first = first tile. */
  readonly modules: readonly string[];
}

/** The home screen layout of a brand. */
export interface HostBrandHome {
  /** Sections of tiles. */
  readonly sections?: readonly HostBrandHomeSection[];
  /** Module ids in tile order, first = first tile. */
  readonly order?: readonly string[];
  /** Module ids shown as featured. */
  readonly featured?: readonly string[];
  /** Module ids pinned to the top. */
  readonly pinned?: readonly string[];
}

/** A brand's policy over permissions, applied to every module. */
export interface HostBrandPermissionPolicy {
  /** When given, only these permissions may be granted at all (the citizen is still asked). */
  readonly allow?: readonly PermissionId[];
  /** Permissions no module is ever granted. */
  readonly deny?: readonly PermissionId[];
}

/**
 * The brand as the runtime sees it: the regions served, the deep-link origins, the home layout,
 * which modules are on, feature flags and the permission policy.
 *
 * A feature flag `module.<id>` set to `false` hides and blocks that module.
 *
 * @example
 * ```ts
 * const brand: HostBrand = {
 *   provinceCode: '18',
 *   regions: ['18', '18.71'],
 *   origins: ['https://lampungin.example.id'],
 *   permissionPolicy: { deny: ['contacts'] },
 * };
 * ```
 */
export interface HostBrand {
  /** The Kemendagri province code, such as `'18'` for Lampung. */
  readonly provinceCode: string;
  /** The Kemendagri codes served: `'18'`, `'18.71'`, ... */
  readonly regions: readonly string[];
  /** The https origins whose URLs are deep links: `'https://lampungin.example.id'`. */
  readonly origins?: readonly string[];
  /** The home screen layout. */
  readonly home?: HostBrandHome;
  /** Which modules are on: when `enabled` is given only those; `disabled` ones never. */
  readonly modules?: { readonly enabled?: readonly string[]; readonly disabled?: readonly string[] };
  /** Feature flags; `module.<id>: false` hides and blocks a module. */
  readonly featureFlags?: Readonly<Record<string, boolean>>;
  /** Permissions allowed or denied to every module. */
  readonly permissionPolicy?: HostBrandPermissionPolicy;
  /** The locales and the province's time zone, for modules that format dates. */
  readonly locales?: HostBrandLocales;
  /** The numbers citizens call, for modules that show them (an emergency list, a help screen). */
  readonly contact?: HostBrandContact;
  /**
   * How the app shows citizen-report states, by status (`submitted`, `in_progress`, ...): labels
   * and colours over the default lifecycle's.
   */
  readonly reportStatuses?: Readonly<Record<string, { readonly label?: LocalizedText | undefined; readonly colour?: string | undefined } | undefined>>;
}

/** The locales of a brand, as modules read them. */
export interface HostBrandLocales {
  /** The default locale, a BCP 47 tag such as `id-ID`. */
  readonly default?: string;
  /** Every locale the app offers. */
  readonly supported?: readonly string[];
  /** The province's IANA time zone, such as `Asia/Jakarta`. */
  readonly timeZone?: string;
}

/** The contact numbers of a brand, as modules read them. */
export interface HostBrandContact {
  /** The emergency number, `112` unless the province has its own. */
  readonly emergency?: string;
  /** The province's call centre, with its label; `example` marks a placeholder number. */
  readonly callCenter?: { readonly number: string; readonly label?: LocalizedText | undefined; readonly example?: boolean | undefined };
  /** The contact email address. */
  readonly email?: string;
}

/** Why a brand leaves a module out: not in `modules.enabled`, in `modules.disabled`, flagged off, or outside its regions. */
export type BrandExclusion = 'not-enabled' | 'disabled-by-brand' | 'feature-flag' | 'region';

const idSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Whether `id` is in `ids` (`undefined` when there is no list); each list is indexed once. */
const listed = (ids: readonly string[] | undefined, id: string): boolean | undefined =>
  ids && (idSets.get(ids) ?? idSets.set(ids, new Set(ids)).get(ids)!).has(id);

/**
 * Why the brand leaves a module out, if it does: the one rule behind both the catalogue's
 * exclusions and the host's `turned-off` and `region-unavailable` blocks.
 *
 * @internal
 */
export function brandExclusion(brand: HostBrand | undefined, manifest: { readonly id: string; readonly regions?: readonly string[] | undefined }): BrandExclusion | undefined {
  if (!brand) return undefined;
  const { id } = manifest;
  if (listed(brand.modules?.enabled, id) === false) return 'not-enabled';
  if (listed(brand.modules?.disabled, id)) return 'disabled-by-brand';
  if (brand.featureFlags?.[`module.${id}`] === false) return 'feature-flag';
  return servesRegions(manifest.regions, brand.regions) ? undefined : 'region';
}

/**
 * Tells whether a module available in `moduleRegions` serves a brand for `brandRegions`. Codes
 * are Kemendagri codes (`18`, `18.71`); one region serves another when either contains the other,
 * so a module for the province `18` serves a brand for `18.71`, and a module for `18.71` is
 * offered in a brand for all of `18`. A module without regions serves everywhere.
 *
 * @param moduleRegions - The manifest's `regions`.
 * @param brandRegions - The brand's `regions`.
 */
export function servesRegions(moduleRegions: readonly string[] | undefined, brandRegions: readonly string[]): boolean {
  return moduleRegions?.some((region) => brandRegions.some((served) => within(region, served) || within(served, region))) ?? true;
}

/** `18` and `18.71` are within `18`; `187` and `19` are not. */
function within(inner: string, outer: string): boolean {
  return `${inner}.`.startsWith(`${outer}.`);
}

/** A localized text in `locale`, falling back to Indonesian. @internal */
export function localize(text: LocalizedText, locale: string): string {
  return (locale === 'en' ? text.en : undefined) ?? text.id;
}

