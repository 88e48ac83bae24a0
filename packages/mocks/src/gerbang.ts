/**
 * The mock Gerbang back end: a handler for every endpoint of `@gerbang/contracts`, resolved on one
 * seeded store.
 *
 * @module
 */
import { GERBANG_ENDPOINTS } from '@gerbang/contracts';
import type { HttpHandler } from 'msw';
import { createChaos, isChaos, type Chaos } from './chaos.ts';
import { createMockHandlers, notImplementedRoute, type MockHandlerOptions, type MockRoute } from './engine.ts';
import { aduanRoutes } from './routes/aduan.ts';
import { platformRoutes } from './routes/platform.ts';
import { alertsRoutes, emergencyRoutes, newsRoutes, pkbRoutes, pricesRoutes } from './routes/services.ts';
import { createMockStore, type MockStore } from './store/store.ts';

/** The options of {@link createGerbangMocks}. */
export interface GerbangMocksOptions extends Omit<MockHandlerOptions, 'idempotency'> {
  /**
   * The store the resolvers work on.
   * @default createMockStore()
   */
  store?: MockStore;
  /**
   * Routes that replace the built-in resolver of their endpoint, or serve endpoints the contracts
   * do not have.
   * @default []
   */
  routes?: readonly MockRoute[];
}

/** The mock back end, from {@link createGerbangMocks}. */
export interface GerbangMocks {
  /** The msw handlers, one per endpoint; spread them into `setupServer` or `setupWorker`. */
  readonly handlers: HttpHandler[];
  /** The store the handlers work on. */
  readonly store: MockStore;
  /** The chaos source, when chaos mode is on. */
  readonly chaos: Chaos | undefined;
}

/**
 * The routes of every contract endpoint on a store: the built-in resolvers, and a 501 route for
 * any endpoint without one.
 *
 * @param store - The store the resolvers work on.
 */
export function createGerbangRoutes(store: MockStore): MockRoute[] {
  const resolved = new Map<string, MockRoute>();
  const routes = [
    ...platformRoutes(store),
    ...aduanRoutes(store),
    ...pricesRoutes(store),
    ...pkbRoutes(store),
    ...alertsRoutes(store),
    ...newsRoutes(store),
    ...emergencyRoutes(store),
  ];
  for (const route of routes) resolved.set(route.endpoint.id, route);
  return GERBANG_ENDPOINTS.map((endpoint) => resolved.get(endpoint.id) ?? notImplementedRoute(endpoint));
}

/**
 * Creates the mock Gerbang back end: msw handlers for every endpoint of the contracts, on a seeded
 * store, with the contracts' rules (validation, auth, idempotency, lifecycle) and optional chaos.
 *
 * @param options - The store, base URL, auth, chaos, response checks and extra routes.
 * @example
 * ```ts
 * const { handlers, store } = createGerbangMocks({ baseUrl: 'https://api.lampung.example' });
 * const worker = setupWorker(...handlers);
 * ```
 */
export function createGerbangMocks(options: GerbangMocksOptions = {}): GerbangMocks {
  const { store = createMockStore(), routes: extra = [], chaos: chaosOption, ...rest } = options;
  const chaos = chaosOption === undefined ? undefined : isChaos(chaosOption) ? chaosOption : createChaos(chaosOption);
  const overrides = new Map(extra.map((route) => [route.endpoint.id, route]));
  const routes = createGerbangRoutes(store).map((route) => overrides.get(route.endpoint.id) ?? route);
  const known = new Set(routes.map((route) => route.endpoint.id));
  for (const route of extra) if (!known.has(route.endpoint.id)) routes.push(route);
  const handlers = createMockHandlers(routes, { ...rest, ...(chaos === undefined ? {} : { chaos }), idempotency: store.idempotency });
  return { handlers, store, chaos };
}
