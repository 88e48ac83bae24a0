/**
 * The bridge between core's `HostApi` (what `ctx.api` calls) and `@gerbang/client`.
 *
 * @module
 */
import type { ApiClient } from '@gerbang/client';
import type { HostApi } from '@gerbang/core';

/**
 * Adapts an API client from `@gerbang/client` to the `HostApi` that `createSuperApp({ api })`
 * takes: each module's call goes through the client's steps (auth, retries, cache, idempotency),
 * and is aborted when the module stops.
 *
 * @param client - The client, from `createApiClient`.
 * @returns The host API; errors are the client's typed errors (`error.code` tells them apart).
 * @example
 * ```ts
 * const client = createApiClient({ baseUrl: '/api' });
 * const host = createSuperApp({ modules, api: createHostApi(client) });
 * ```
 */
export function createHostApi(client: ApiClient): HostApi {
  return {
    call(endpoint, input, context) {
      // The endpoint's input type is checked by the client at run time against its schemas.
      return client.call(endpoint, input as never, { signal: context.signal });
    },
  };
}
