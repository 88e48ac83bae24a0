/**
 * `@gerbang/mocks`: a mock Gerbang back end on msw 2. Handlers for every endpoint of
 * `@gerbang/contracts`, generated from the endpoint descriptors, run on an in-memory store seeded
 * with synthetic Lampung data; they validate input, check auth, apply the report lifecycle and
 * the idempotency rules, answer RFC 9457 problems, and can misbehave on purpose (chaos mode).
 *
 * This entry imports neither `msw/node` nor `msw/browser`: use `@gerbang/mocks/node`
 * (`setupMockServer`) in Node and `@gerbang/mocks/browser` (`startMockWorker`) in browsers.
 *
 * @packageDocumentation
 */

// @section engine
export {
  createMockHandlers,
  DEFAULT_MOCK_BASE_URL,
  defineMockRoute,
  IDEMPOTENT_REPLAYED_HEADER,
  mockProblem,
  mockReply,
  notImplementedRoute,
} from './engine.ts';
export type {
  MockAuthenticate,
  MockHandlerOptions,
  MockPrincipal,
  MockReply,
  MockRequestContext,
  MockResolverResult,
  MockRoute,
} from './engine.ts';
export { createIdempotencyLedger } from './idempotency.ts';
export type { IdempotencyLedger, IdempotencyLookup, StoredResponse } from './idempotency.ts';
export {
  idempotencyKeyMissingProblem,
  internalErrorProblem,
  invalidRequestProblem,
  methodNotAllowedProblem,
  mockResponseInvalidProblem,
  notImplementedProblem,
  unsupportedMediaTypeProblem,
} from './problems.ts';
export { MOCK_ERROR_CODES, MockRecordNotFoundError, MockResponseError } from './errors.ts';

// @section chaos
export { createChaos } from './chaos.ts';
export type { Chaos, ChaosOptions, ChaosOutcome, ChaosOutcomeKind, ChaosRule } from './chaos.ts';
export { createRandom } from './random.ts';
export type { MockRandom, MockSeed } from './random.ts';

// @section store
export { createMockStore, DEFAULT_MOCK_SEED } from './store/store.ts';
export type {
  MockAlertStore,
  MockPlatformStore,
  MockPriceStore,
  MockRegionStore,
  MockStore,
  MockStoreData,
  MockStoreOptions,
} from './store/store.ts';
export { MOCK_BACKEND_VERSION } from './store/platform.ts';
export type { PlatformData } from './store/platform.ts';
export { DEMO_CITIZEN, MOCK_MEDIA_ORIGIN } from './store/reports.ts';
export type {
  AdvanceOptions,
  CreateReportOptions,
  MockReportStore,
  PhotoUpload,
  ReportFilter,
  ReportsData,
  StoredReport,
} from './store/reports.ts';
export { PRICE_HISTORY_DAYS, PRICE_SOURCE } from './store/prices.ts';
export type { PricesData } from './store/prices.ts';
export { EXAMPLE_PKB_FINE_CONFIG } from './store/pkb.ts';
export type { MockPkbStore, MockVehicle, PkbData } from './store/pkb.ts';
export type { AlertsData } from './store/alerts.ts';

// @section gerbang
export { createGerbangMocks, createGerbangRoutes } from './gerbang.ts';
export type { GerbangMocks, GerbangMocksOptions } from './gerbang.ts';
export { aduanRoutes } from './routes/aduan.ts';
export { DEFAULT_PAGE_SIZE } from './routes/paging.ts';
export { platformRoutes } from './routes/platform.ts';
export { alertsRoutes, emergencyRoutes, newsRoutes, pkbRoutes, pricesRoutes } from './routes/services.ts';
