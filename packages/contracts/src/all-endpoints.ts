/**
 * Every endpoint of the Gerbang HTTP contract in one list: the platform endpoints the kernel calls
 * and each public-service domain's. The OpenAPI document and the mock back end are built from it.
 *
 * @module
 */
import { aduanEndpoints } from './aduan/endpoints.ts';
import { alertsEndpoints } from './alerts/endpoints.ts';
import type { AnyEndpoint } from './endpoint.ts';
import { emergencyEndpoints } from './emergency/endpoints.ts';
import { newsEndpoints } from './news/endpoints.ts';
import { pkbEndpoints } from './pkb/endpoints.ts';
import { platformEndpoints } from './platform.ts';
import { pricesEndpoints } from './prices/endpoints.ts';

/**
 * Every endpoint a Gerbang back end implements: {@link platformEndpoints} first, then the citizen
 * reports, food prices, vehicle tax, alerts, news and emergency contacts. Importing it pulls in
 * every domain; import single endpoints to keep a bundle small.
 *
 * @example
 * ```ts
 * const document = createOpenApiDocument(GERBANG_ENDPOINTS, { title: 'Gerbang API', version: '1.0.0' });
 * ```
 */
export const GERBANG_ENDPOINTS: readonly AnyEndpoint[] = listEndpoints();

// Side-effect free by annotation, so that bundles which do not use the list drop every domain.
/*@__NO_SIDE_EFFECTS__*/
function listEndpoints(): readonly AnyEndpoint[] {
  const domains = [aduanEndpoints, pricesEndpoints, pkbEndpoints, alertsEndpoints, newsEndpoints, emergencyEndpoints];
  return [...platformEndpoints, ...domains.flatMap((domain) => Object.values<AnyEndpoint>(domain))];
}
