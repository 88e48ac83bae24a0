/**
 * The dedupe step: identical GET and HEAD requests in flight share one network request.
 *
 * @module
 */
import type { ClientResponse, ClientStep } from '../types.ts';

/**
 * Makes identical GET and HEAD requests that are in flight at the same time (same URL and
 * headers) share one network request and its response. The shared request is not tied to any
 * one caller's signal; each caller can still abort its own wait.
 *
 * @example
 * ```ts
 * createApiClient({ baseUrl, steps: [dedupeStep(), cacheStep(), retryStep()] });
 * ```
 */
export function dedupeStep(): ClientStep {
  return () => {
    const inFlight = new Map<string, Promise<ClientResponse>>();
    return (request, next) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return next(request);
      const key = `${request.method} ${request.url} ${request.cache} ${JSON.stringify(request.headers)}`;
      let shared = inFlight.get(key);
      if (shared === undefined) {
        shared = next({ ...request, signal: undefined }).finally(() => inFlight.delete(key));
        inFlight.set(key, shared);
      }
      const { signal } = request;
      if (signal === undefined) return shared;
      return new Promise<ClientResponse>((resolve, reject) => {
        const onAbort = () => {
          reject(signal.reason as Error);
        };
        if (signal.aborted) onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        shared.then(resolve, reject).finally(() => {
          signal.removeEventListener('abort', onAbort);
        });
      });
    };
  };
}
