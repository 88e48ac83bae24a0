/**
 * Resolvers of the platform endpoints: the health check and the module catalogue.
 *
 * @module
 */
import { getHealth, getModuleCatalogue } from '@gerbang/contracts';
import { defineMockRoute, type MockRoute } from '../engine.ts';
import type { MockStore } from '../store/store.ts';

/**
 * The routes of the platform endpoints (`GET /health`, `GET /modules/catalogue`) on a store.
 *
 * @param store - The store they read.
 */
export function platformRoutes(store: MockStore): MockRoute[] {
  return [defineMockRoute(getHealth, () => store.platform.health()), defineMockRoute(getModuleCatalogue, () => store.platform.catalogue())];
}
