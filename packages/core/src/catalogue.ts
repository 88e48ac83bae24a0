/**
 * The catalogue: the home screen's tiles and sections and the search over them, drawn from
 * manifests alone (no module code), and ordered and filtered by the brand's layout, regions and
 * feature flags.
 *
 * @module
 */
import type { Manifest } from '@gerbang/contracts';
import { brandExclusion, localize } from './brand.ts';
import type { HostBrand } from './brand.ts';
import { createSearchIndex, foldText } from './search.ts';

/** A language the catalogue can show: Bahasa Indonesia or English. */
export type CatalogueLocale = 'id' | 'en';

/** One tile of the home screen, from a module's manifest. */
export interface CatalogueTile {
  /** The module id. */
  readonly id: string;
  /** The module's name in the catalogue's locale (Bahasa Indonesia when there is no English). */
  readonly name: string;
  /** The description, in the same locale. */
  readonly description: string;
  /** The icon: an https URL, a path or a data URI. */
  readonly icon: string;
  /** The category slug, such as `pengaduan`. */
  readonly category: string;
  /** Whether the brand features the module. */
  readonly featured: boolean;
  /** Whether the brand pins the module to the top. */
  readonly pinned: boolean;
  /** The id of the first home section that lists the module, if any. */
  readonly section: string | undefined;
  /** Whether the module needs a signed-in citizen. */
  readonly loginRequired: boolean;
  /** The module's state in the host, when the host passed states. */
  readonly state: string | undefined;
}

/** A section of the home screen, with the tiles it shows, in the brand's order. */
export interface CatalogueSection {
  /** The section id. */
  readonly id: string;
  /** The title in the catalogue's locale. */
  readonly title: string;
  /** Its visible tiles; modules that are hidden are left out. */
  readonly tiles: readonly CatalogueTile[];
}

/** Why a module has no tile. */
export type CatalogueExclusionReason = 'not-enabled' | 'disabled-by-brand' | 'region' | 'feature-flag' | 'state';

/** A module left out of the catalogue, and why, for diagnostics. */
export interface CatalogueExclusion {
  /** The module id. */
  readonly id: string;
  /** Why it has no tile. */
  readonly reason: CatalogueExclusionReason;
}

/** Options of {@link Catalogue.search}. */
export interface CatalogueSearchOptions {
  /**
   * The most tiles to return.
   * @default 20
   */
  readonly limit?: number;
}

/** The home screen's tiles and sections, and search over them. */
export interface Catalogue {
  /** The visible tiles: pinned first, then in the brand's order, then by name. */
  readonly tiles: readonly CatalogueTile[];
  /** The brand's home sections, with their visible tiles. */
  readonly sections: readonly CatalogueSection[];
  /** The modules left out, and why. */
  readonly excluded: readonly CatalogueExclusion[];
  /**
   * A tile by module id, when the module is visible.
   *
   * @param id - The module id.
   */
  tile(id: string): CatalogueTile | undefined;
  /**
   * Searches the visible tiles by name, keywords and description, in Bahasa Indonesia and
   * English, ignoring case and accents. Each word of the query must start a word of the module;
   * a match at the start of the name ranks first, then a word of the name, a keyword, and the
   * description.
   *
   * @param query - What the citizen typed.
   * @param options - The most results.
   * @example
   * ```ts
   * catalogue.search('lapor jalan'); // tiles of modules whose words start with "lapor" and "jalan"
   * ```
   */
  search(query: string, options?: CatalogueSearchOptions): readonly CatalogueTile[];
}

/** Options of {@link buildCatalogue}. */
export interface BuildCatalogueOptions {
  /** The brand: its layout, enabled modules, regions and feature flags. Without it, every module shows, by name. */
  readonly brand?: HostBrand;
  /**
   * The language of names and titles.
   * @default 'id'
   */
  readonly locale?: CatalogueLocale;
  /**
   * The modules' states in the host, by module id. Modules `disabled` (the kill switch) or
   * `blocked` get no tile; other states are passed on to the tiles.
   */
  readonly states?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

/** States whose modules cannot be opened, and therefore get no tile. */
const HIDDEN_STATES: ReadonlySet<string> = new Set(['disabled', 'blocked']);

/**
 * Builds the catalogue from manifests alone: tiles ordered by the brand (pinned first, then
 * `home.order`, then by name), filtered by `modules.enabled` and `modules.disabled`, by region
 * (a module for `18` serves a brand for `18.71`, and the reverse), by feature flags
 * (`module.<id>: false` hides a module) and by state. The search index is built here, once.
 *
 * @param manifests - Validated manifests.
 * @param options - The brand, the locale and the modules' states.
 * @example
 * ```ts
 * const catalogue = buildCatalogue(manifests, {
 *   brand: { provinceCode: '18', regions: ['18'], home: { order: ['lampung.aduan'], pinned: ['lampung.darurat'] } },
 *   locale: 'id',
 * });
 * catalogue.tiles.map((tile) => tile.id); // ['lampung.darurat', 'lampung.aduan', ...]
 * catalogue.search('lapor');
 * ```
 */
export function buildCatalogue(manifests: readonly Manifest[], options: BuildCatalogueOptions = {}): Catalogue {
  const { brand, locale = 'id' } = options;
  const stateOf = toLookup(options.states);
  const home = brand?.home;
  const pinned = indexOf(home?.pinned);
  const order = indexOf(home?.order);
  const featured = new Set(home?.featured);
  const sectionOf = new Map<string, string>();
  for (const section of home?.sections ?? []) {
    for (const id of section.modules) if (!sectionOf.has(id)) sectionOf.set(id, section.id);
  }

  const excluded: CatalogueExclusion[] = [];
  const visible: { manifest: Manifest; tile: CatalogueTile; sortName: string }[] = [];
  const seen = new Set<string>();
  for (const manifest of manifests) {
    if (seen.has(manifest.id)) continue; // the registry refuses duplicates; the first wins here
    seen.add(manifest.id);
    const state = stateOf(manifest.id);
    const reason: CatalogueExclusionReason | undefined = brandExclusion(brand, manifest) ?? (state !== undefined && HIDDEN_STATES.has(state) ? 'state' : undefined);
    if (reason !== undefined) {
      excluded.push({ id: manifest.id, reason });
      continue;
    }
    const name = localize(manifest.name, locale);
    visible.push({
      manifest,
      sortName: foldText(name),
      tile: Object.freeze({
        id: manifest.id,
        name,
        description: localize(manifest.description, locale),
        icon: manifest.icon,
        category: manifest.category,
        featured: featured.has(manifest.id),
        pinned: pinned.has(manifest.id),
        section: sectionOf.get(manifest.id),
        loginRequired: manifest.loginRequired,
        state,
      }),
    });
  }

  const rank = (id: string): number => {
    const pin = pinned.get(id);
    if (pin !== undefined) return pin;
    const at = order.get(id);
    return at === undefined ? Number.MAX_SAFE_INTEGER : pinned.size + at;
  };
  visible.sort((a, b) => rank(a.tile.id) - rank(b.tile.id) || compareText(a.sortName, b.sortName) || compareText(a.tile.id, b.tile.id));

  const tiles = Object.freeze(visible.map((entry) => entry.tile));
  const byId = new Map(tiles.map((tile) => [tile.id, tile]));
  const sections = Object.freeze(
    (home?.sections ?? []).map((section) =>
      Object.freeze({
        id: section.id,
        title: localize(section.title, locale),
        tiles: Object.freeze(section.modules.flatMap((id) => byId.get(id) ?? [])),
      }),
    ),
  );

  // Built here, once, so that no keystroke pays for it.
  const index = createSearchIndex(
    visible.map(({ manifest, tile }) => ({
      item: tile,
      names: [manifest.name.id, manifest.name.en],
      keywords: [...(manifest.keywords?.id ?? []), ...(manifest.keywords?.en ?? []), manifest.category],
      descriptions: [manifest.description.id, manifest.description.en],
    })),
  );

  return Object.freeze({
    tiles,
    sections,
    excluded: Object.freeze(excluded),
    tile: (id: string) => byId.get(id),
    search: (query: string, searchOptions: CatalogueSearchOptions = {}) => index.search(query, searchOptions.limit ?? 20),
  });
}

function indexOf(ids: readonly string[] | undefined): Map<string, number> {
  const positions = new Map<string, number>();
  ids?.forEach((id, position) => {
    if (!positions.has(id)) positions.set(id, position);
  });
  return positions;
}

function toLookup(states: BuildCatalogueOptions['states']): (id: string) => string | undefined {
  if (states === undefined) return () => undefined;
  if (typeof states.get === 'function') {
    const map = states as ReadonlyMap<string, string>;
    return (id) => map.get(id);
  }
  const record = states as Readonly<Record<string, string>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : undefined);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
