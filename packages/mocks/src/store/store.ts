/**
 * The in-memory store of the mock back end, seeded with synthetic Lampung data. Every resolver
 * reads and writes it; tests and demos drive it directly (`store.reports.advance(...)`).
 *
 * @module
 */
import {
  defaultReportLifecycle,
  floodAlertLevel,
  InvalidDefinitionError,
  PROVINCES,
  REGENCIES,
  type CapAlert,
  type Commodity,
  type EmergencyContact,
  type FloodGauge,
  type Health,
  type Market,
  type ModuleCatalogue,
  type NewsArticle,
  type PriceQuote,
  type Province,
  type Regency,
  type ReportLifecycle,
} from '@gerbang/contracts';
import { MockRecordNotFoundError } from '../errors.ts';
import { createIdempotencyLedger, type IdempotencyLedger } from '../idempotency.ts';
import { createRandom, type MockSeed } from '../random.ts';
import { seedAlerts, type AlertsData } from './alerts.ts';
import { seedEmergency } from './emergency.ts';
import { seedNews } from './news.ts';
import { createPkbStore, seedPkb, type MockPkbStore, type PkbData } from './pkb.ts';
import { healthAt, seedPlatform, type PlatformData } from './platform.ts';
import { inRegion, seedPrices, type PricesData } from './prices.ts';
import { createReportStore, seedReports, type MockReportStore, type ReportsData } from './reports.ts';
import { toWib } from './time.ts';

/** The options of {@link createMockStore}. */
export interface MockStoreOptions {
  /**
   * The seed of the generated data: the same seed and clock give the same data.
   * @default 'lampung'
   */
  seed?: MockSeed;
  /**
   * The store's clock, in milliseconds since the epoch. Seed data is dated relative to the clock
   * when the store is created or reset, and new records are stamped with it.
   * @default Date.now
   * @example () => Date.parse('2026-11-02T09:00:00+07:00')
   */
  now?: () => number;
  /**
   * The report lifecycle whose transitions the store applies.
   * @default defaultReportLifecycle (from `@gerbang/contracts`)
   */
  lifecycle?: ReportLifecycle;
  /**
   * Moves every open report one step along its lifecycle each time this many milliseconds of the
   * store clock pass, so that a demo shows statuses change. No timers run: the store catches up
   * whenever the reports are read.
   * @default undefined (reports move only through `advance` and `tick`)
   * @example { everyMs: 30_000 }
   */
  autoProgress?: { everyMs: number };
  /**
   * What the store starts with instead of the seed data: an earlier {@link MockStore.snapshot}, so
   * that a demo keeps what was filed across a page reload. `reset()` still goes back to the seed.
   * @default the seed data
   * @example { data: JSON.parse(sessionStorage.getItem('mock-store') ?? 'null') ?? undefined }
   */
  data?: MockStoreData;
}

/** The platform part of the store: the health the back end reports and its module catalogue. */
export interface MockPlatformStore {
  /** What `GET /health` answers now. */
  health(): Health;
  /**
   * Sets the status the health check reports.
   *
   * @param status - `ok` or `degraded`.
   */
  setHealth(status: Health['status']): void;
  /** What `GET /modules/catalogue` answers now. */
  catalogue(): ModuleCatalogue;
  /**
   * Switches module versions off through the kill switch.
   *
   * @param id - The module id.
   * @param versions - A semver range; `*` for every version.
   * @param reason - Why, for the host's notice.
   */
  disableModule(id: string, versions: string, reason: string): void;
}

/** The region data the store serves: the provinces, and the regencies of Lampung and DKI Jakarta. */
export interface MockRegionStore {
  /** The 38 provinces. */
  provinces(): readonly Province[];
  /**
   * The regencies and cities of a province (Lampung and DKI Jakarta are listed in full).
   *
   * @param provinceCode - Such as `18`.
   */
  regencies(provinceCode: string): readonly Regency[];
}

/** The food-price part of the store. */
export interface MockPriceStore {
  /** The commodity catalogue. */
  commodities(): Commodity[];
  /**
   * The markets in a region.
   *
   * @param regionCode - A province, regency or city code.
   */
  markets(regionCode: string): Market[];
  /**
   * The quotes of a region, oldest date first.
   *
   * @param filter - The region, and optionally a commodity, a market and a date range.
   */
  quotes(filter: { regionCode: string; commodityCode?: string; marketId?: string; from?: string; to?: string }): PriceQuote[];
  /** The newest survey date, `YYYY-MM-DD`. */
  latestDate(): string;
  /**
   * Records a new price, as a market survey would.
   *
   * @param quote - The quote; it replaces any quote of the same commodity, market and date.
   */
  setQuote(quote: PriceQuote): void;
}

/** The alerts part of the store. */
export interface MockAlertStore {
  /**
   * The alerts in effect at the store clock (not expired, not cancelled), newest first.
   *
   * @param regionCode - Only alerts with an area in this region, when given.
   */
  active(regionCode?: string): CapAlert[];
  /**
   * Publishes an alert.
   *
   * @param alert - A CAP alert.
   */
  publish(alert: CapAlert): void;
  /**
   * The flood gauges.
   *
   * @param regionCode - Only gauges in this region, when given.
   */
  gauges(regionCode?: string): FloodGauge[];
  /**
   * Records a new water level at a gauge; its Siaga level follows from its thresholds.
   *
   * @param id - The gauge id.
   * @param waterLevelCm - The water level, in centimetres.
   */
  setWaterLevel(id: string, waterLevelCm: number): FloodGauge;
}

/** Everything the store holds, as plain JSON data; see {@link MockStore.snapshot}. */
export interface MockStoreData {
  /** The platform state. */
  platform: PlatformData;
  /** Citizen reports and their categories. */
  reports: ReportsData;
  /** Food prices. */
  prices: PricesData;
  /** Vehicle tax. */
  pkb: PkbData;
  /** Alerts and flood gauges. */
  alerts: AlertsData;
  /** News articles, newest first. */
  news: NewsArticle[];
  /** Emergency contacts, in display order. */
  emergency: EmergencyContact[];
}

/** The in-memory store of the mock back end, from {@link createMockStore}. */
export interface MockStore {
  /** The seed the data was generated from. */
  readonly seed: MockSeed;
  /** The store's clock, in milliseconds since the epoch. */
  now(): number;
  /** The store's clock as an RFC 3339 timestamp in WIB (`+07:00`). */
  timestamp(): string;
  /** The idempotency keys the handlers have seen; cleared by {@link MockStore.reset}. */
  readonly idempotency: IdempotencyLedger;
  /** The health check and the module catalogue. */
  readonly platform: MockPlatformStore;
  /** The regions. */
  readonly regions: MockRegionStore;
  /** Citizen reports. */
  readonly reports: MockReportStore;
  /** Food prices. */
  readonly prices: MockPriceStore;
  /** Vehicle tax. */
  readonly pkb: MockPkbStore;
  /** Alerts and flood gauges. */
  readonly alerts: MockAlertStore;
  /** News articles, newest first, as copies. */
  news(): NewsArticle[];
  /**
   * Publishes an article, as an editor would: it becomes the newest, replacing any article with
   * the same id. The article is served as given (the handlers still check it against the
   * contract), so tests can publish hostile but well-formed content and check that apps render
   * it safely.
   *
   * @param article - The article.
   * @example
   * ```ts
   * store.publishNews({ ...store.news()[0]!, id: 'uji', bodyFormat: 'plain', body: '<img src=x onerror=alert(1)>' });
   * ```
   */
  publishNews(article: NewsArticle): void;
  /**
   * The emergency contacts for a region, in display order: the national ones, those of the
   * regions the caller is in (the province's call centre), and those inside the caller's region.
   *
   * @param regionCode - The caller's region; the province (`18`) when left out.
   */
  emergencyContacts(regionCode?: string): EmergencyContact[];
  /** Generates the seed data again, and forgets every idempotency key. */
  reset(): void;
  /** A deep copy of everything the store holds, for assertions and debugging. */
  snapshot(): MockStoreData;
}

/** The seed used when none is given. */
export const DEFAULT_MOCK_SEED = 'lampung';

/**
 * Creates an in-memory store seeded with synthetic Lampung data: the regions, prices per market,
 * reports in several lifecycle states, vehicle tax bills and a QRIS payment code, news, alerts
 * with polygons, flood gauges and emergency numbers. The personal data in it is synthetic: no
 * real NIK, phone number or name of a private person.
 *
 * @param options - The seed, the clock, the lifecycle and automatic progression.
 * @throws InvalidDefinitionError (from `@gerbang/contracts`) when `autoProgress.everyMs` is not a
 *   positive number.
 * @example
 * ```ts
 * const store = createMockStore({ seed: 'demo', now: () => Date.parse('2026-11-02T09:00:00+07:00') });
 * store.reports.count({ status: 'submitted' }); // 1
 * ```
 */
export function createMockStore(options: MockStoreOptions = {}): MockStore {
  const seed = options.seed ?? DEFAULT_MOCK_SEED;
  const now = options.now ?? Date.now;
  const lifecycle = options.lifecycle ?? defaultReportLifecycle;
  const everyMs = options.autoProgress?.everyMs;
  if (everyMs !== undefined && !(Number.isFinite(everyMs) && everyMs > 0)) {
    throw new InvalidDefinitionError('mock store options', `autoProgress.everyMs must be a positive number of milliseconds, not ${String(everyMs)}`);
  }
  const idempotency = createIdempotencyLedger();
  let data = options.data === undefined ? seedData(seed, now(), lifecycle) : restore(options.data);

  const platform: MockPlatformStore = {
    health: () => healthAt(data.platform, now()),
    setHealth(status) {
      data.platform.health.status = status;
    },
    catalogue: () => ({ ...structuredClone(data.platform.catalogue), generatedAt: toWib(now()) }),
    disableModule(id, versions, reason) {
      data.platform.catalogue.disabled.push({ id, versions, reason });
    },
  };

  const prices: MockPriceStore = {
    commodities: () => structuredClone(data.prices.commodities),
    markets: (regionCode) => structuredClone(data.prices.markets.filter((market) => inRegion(market.regionCode, regionCode))),
    quotes: ({ regionCode, commodityCode, marketId, from, to }) =>
      structuredClone(
        data.prices.quotes.filter(
          (quote) =>
            inRegion(quote.regionCode, regionCode) &&
            (commodityCode === undefined || quote.commodityCode === commodityCode) &&
            (marketId === undefined || quote.marketId === marketId) &&
            (from === undefined || quote.date >= from) &&
            (to === undefined || quote.date <= to),
        ),
      ),
    latestDate: () => data.prices.quotes.reduce((latest, quote) => (quote.date > latest ? quote.date : latest), ''),
    setQuote(quote) {
      const same = (entry: PriceQuote) => entry.commodityCode === quote.commodityCode && entry.marketId === quote.marketId && entry.date === quote.date;
      data.prices.quotes = [...data.prices.quotes.filter((entry) => !same(entry)), structuredClone(quote)];
    },
  };

  const inEffect = (alert: CapAlert): boolean =>
    alert.msgType !== 'Cancel' && alert.info.every((block) => block.expires === undefined || Date.parse(block.expires) > now());
  const alertInRegion = (alert: CapAlert, regionCode: string): boolean =>
    alert.info.some((block) => block.area.some((area) => area.geocodes.some((code) => inRegion(code.value, regionCode) || inRegion(regionCode, code.value))));
  const alerts: MockAlertStore = {
    active: (regionCode) =>
      structuredClone(
        data.alerts.alerts
          .filter((alert) => inEffect(alert) && (regionCode === undefined || alertInRegion(alert, regionCode)))
          .sort((a, b) => Date.parse(b.sent) - Date.parse(a.sent)),
      ),
    publish(alert) {
      data.alerts.alerts.unshift(structuredClone(alert));
    },
    gauges: (regionCode) =>
      structuredClone(data.alerts.gauges.filter((gauge) => regionCode === undefined || (gauge.regionCode !== undefined && inRegion(gauge.regionCode, regionCode)))),
    setWaterLevel(id, waterLevelCm) {
      const index = data.alerts.gauges.findIndex((gauge) => gauge.id === id);
      const gauge = data.alerts.gauges[index];
      if (gauge === undefined) throw new MockRecordNotFoundError('flood gauge', id);
      const thresholds = gauge.thresholds;
      const updated: FloodGauge = {
        ...gauge,
        waterLevelCm,
        alertLevel: thresholds === undefined ? gauge.alertLevel : floodAlertLevel(waterLevelCm, thresholds),
        updatedAt: toWib(now()),
      };
      data.alerts.gauges[index] = updated;
      return structuredClone(updated);
    },
  };

  return {
    seed,
    now,
    timestamp: () => toWib(now()),
    idempotency,
    platform,
    regions: {
      provinces: () => PROVINCES,
      regencies: (provinceCode) => REGENCIES.filter((regency) => regency.provinceCode === provinceCode),
    },
    reports: createReportStore({ data: () => data.reports, now, lifecycle, autoProgressMs: everyMs }),
    prices,
    pkb: createPkbStore(() => data.pkb, now),
    alerts,
    news: () => structuredClone(data.news),
    publishNews(article) {
      data.news = [structuredClone(article), ...data.news.filter((entry) => entry.id !== article.id)];
    },
    emergencyContacts(regionCode = '18') {
      // National numbers, numbers of a region the caller is in, and numbers inside the caller's region.
      const applies = (contact: EmergencyContact): boolean =>
        contact.scope === 'national' ||
        (contact.regionCode !== undefined && (inRegion(regionCode, contact.regionCode) || inRegion(contact.regionCode, regionCode)));
      return structuredClone(data.emergency.filter(applies));
    },
    reset() {
      data = seedData(seed, now(), lifecycle);
      idempotency.clear();
    },
    snapshot: () => structuredClone(data),
  };
}

function seedData(seed: MockSeed, anchor: number, lifecycle: ReportLifecycle): MockStoreData {
  // One stream per part, so that adding data to one part never changes another's.
  const stream = (part: string) => createRandom(`${String(seed)}\u0000${part}`);
  return {
    platform: seedPlatform(),
    reports: seedReports(stream('reports'), anchor, lifecycle),
    prices: seedPrices(stream('prices'), anchor),
    pkb: seedPkb(anchor),
    alerts: seedAlerts(stream('alerts'), anchor),
    news: seedNews(anchor),
    emergency: seedEmergency(),
  };
}

/** A snapshot to start from, checked for the parts every resolver reads. */
function restore(snapshot: MockStoreData): MockStoreData {
  const parts = ['platform', 'reports', 'prices', 'pkb', 'alerts', 'news', 'emergency'] as const;
  const given = snapshot as unknown as Partial<Record<string, unknown>>;
  const missing = parts.filter((part) => typeof given[part] !== 'object' || given[part] === null);
  if (missing.length > 0) {
    throw new InvalidDefinitionError('mock store options', `data is not a snapshot of a mock store: it lacks ${missing.join(', ')}`);
  }
  return structuredClone(snapshot);
}
