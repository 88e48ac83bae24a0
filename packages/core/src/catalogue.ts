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
import { createSearchIndex, foldText, type SearchEntry } from './search.ts';

const { freeze } = Object;

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
  const { brand, locale = 'id', states } = options;
  const home = brand?.home;
  const pinned = home?.pinned ?? [];
  const sections = home?.sections ?? [];
  // A module's rank: its first place among the pinned modules, then among the ordered ones.
  // (Both maps are built from reversed pairs, so that the first of duplicate ids wins.)
  const rankOf = new Map([...pinned, ...(home?.order ?? [])].map((id, at): [string, number] => [id, at]).reverse());
  // A module's section: the first that lists it.
  const sectionOf = new Map(sections.flatMap((section) => section.modules.map((id): [string, string] => [id, section.id])).reverse());
  const featured = new Set(home?.featured);
  const stateOf: ReadonlyMap<string, string> =
    typeof states?.get === 'function' ? (states as ReadonlyMap<string, string>) : new Map(states && Object.entries(states));

  const excluded: CatalogueExclusion[] = [];
  // Every id seen, with its tile when the module is visible.
  const byId = new Map<string, CatalogueTile | undefined>();
  const visible: (SearchEntry<CatalogueTile> & { rank: number; sortName: string })[] = [];
  for (const manifest of manifests) {
    const { id, name, description, keywords, category } = manifest;
    if (byId.has(id)) continue; // the registry refuses duplicates; the first wins here
    const state = stateOf.get(id);
    // Modules `disabled` (the kill switch) or `blocked` cannot be opened, and get no tile.
    const reason = brandExclusion(brand, manifest) ?? ((state === 'disabled' || state === 'blocked') && 'state');
    let tile: CatalogueTile | undefined;
    if (reason) excluded.push({ id, reason });
    else {
      const rank = rankOf.get(id) ?? Infinity;
      const localName = localize(name, locale);
      tile = freeze({
        id,
        name: localName,
        description: localize(description, locale),
        icon: manifest.icon,
        category,
        featured: featured.has(id),
        pinned: rank < pinned.length,
        section: sectionOf.get(id),
        loginRequired: manifest.loginRequired,
        state,
      });
      visible.push({
        item: tile,
        rank,
        sortName: foldText(localName),
        texts: [[name.id, name.en], [keywords?.id, keywords?.en, category].flat(), [description.id, description.en]],
      });
    }
    byId.set(id, tile);
  }
  // Modules without a rank come last; between two of them, Infinity - Infinity is NaN, which
  // is falsy, so the names decide.
  visible.sort((a, b) => a.rank - b.rank || compareText(a.sortName, b.sortName) || compareText(a.item.id, b.item.id));

  return freeze({
    tiles: freeze(visible.map((entry) => entry.item)),
    sections: freeze(
      sections.map((section) =>
        freeze({
          id: section.id,
          title: localize(section.title, locale),
          tiles: freeze(section.modules.flatMap((id) => byId.get(id) ?? [])),
        }),
      ),
    ),
    excluded: freeze(excluded),
    tile: (id: string) => byId.get(id),
    // Built here, once, so that no keystroke pays for it.
    search: createSearchIndex(visible),
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
