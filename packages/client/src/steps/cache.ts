/**
 * The cache step: GET responses kept per URL, revalidated with ETag / If-None-Match, and served
 * stale while they revalidate, with a policy per endpoint.
 *
 * @module
 */
import type { ClientRequest, ClientResponse, ClientStep, StepNext } from '../types.ts';

/** How long a cached response may be used, for one endpoint or as the default. */
export interface CachePolicy {
  /**
   * How long a response stays fresh (served without asking the server), in milliseconds.
   * @default 0 (always revalidate; a 304 still saves the body)
   * @example 60000
   */
  ttl?: number;
  /**
   * How long after `ttl` a stale response is still served at once while a revalidation runs in
   * the background, in milliseconds.
   * @default 0
   * @example 300000
   */
  staleWhileRevalidate?: number;
}

/** One cached response, as a {@link ResponseCacheStore} holds it. */
export interface CachedResponse {
  /** The response as first received (status 2xx). */
  readonly response: ClientResponse;
  /** Its `ETag`, if the server sent one. */
  readonly etag: string | undefined;
  /** When it was stored or last confirmed by a 304, in milliseconds since the epoch. */
  readonly storedAt: number;
}

/** Where {@link cacheStep} keeps responses: a `Map` works; keep a reference to clear it at sign-out. */
export interface ResponseCacheStore {
  /**
   * Returns the cached response of a URL, if any.
   *
   * @param key - The request URL.
   */
  get(key: string): CachedResponse | undefined;
  /**
   * Keeps a response for a URL, replacing any other.
   *
   * @param key - The request URL.
   * @param value - The response to keep.
   */
  set(key: string, value: CachedResponse): unknown;
  /**
   * Forgets the response of a URL.
   *
   * @param key - The request URL.
   */
  delete(key: string): unknown;
}

/** The options of {@link cacheStep}. */
export interface CacheStepOptions extends CachePolicy {
  /**
   * Policies per endpoint id, over the defaults; `false` turns caching off for that endpoint.
   * @default {}
   * @example { 'prices.quotes': { ttl: 60_000, staleWhileRevalidate: 600_000 }, 'reports.get': false }
   */
  endpoints?: Readonly<Record<string, CachePolicy | false>>;
  /**
   * Where responses are kept. Responses of signed-in calls are kept too: clear the store when the
   * citizen signs out.
   * @default a new Map per client
   * @example sharedStore
   */
  store?: ResponseCacheStore;
  /**
   * The current time in milliseconds.
   * @default Date.now
   * @example () => clock.now
   */
  now?: () => number;
}

/**
 * Caches GET responses by URL. A fresh entry (younger than `ttl`) is served without a request; a
 * stale one within `staleWhileRevalidate` is served at once and revalidated in the background;
 * otherwise the request carries `If-None-Match` and a 304 answers with the cached body. Only
 * responses with an `ETag` or a `ttl` are kept.
 *
 * @param options - Default and per-endpoint policies, the store and the clock.
 * @example
 * ```ts
 * cacheStep({ endpoints: { 'prices.quotes': { ttl: 60_000, staleWhileRevalidate: 10 * 60_000 } } });
 * ```
 */
export function cacheStep(options: CacheStepOptions = {}): ClientStep {
  const { endpoints = {}, now = Date.now } = options;
  return () => {
    const store: ResponseCacheStore = options.store ?? new Map<string, CachedResponse>();
    const revalidating = new Set<string>();

    const fetchAndStore = async (request: ClientRequest, next: StepNext, ttl: number): Promise<ClientResponse> => {
      const key = request.url;
      const entry = store.get(key);
      const conditional =
        entry?.etag === undefined ? request : { ...request, headers: { ...request.headers, 'if-none-match': entry.etag } };
      const response = await next(conditional);
      if (response.status === 304 && entry !== undefined) {
        store.set(key, { ...entry, storedAt: now() });
        return entry.response;
      }
      const etag = response.headers.get('etag') ?? undefined;
      if (response.status >= 200 && response.status < 300) {
        if (etag !== undefined || ttl > 0) store.set(key, { response, etag, storedAt: now() });
        else store.delete(key);
      }
      return response;
    };

    return (request, next) => {
      const policy = endpoints[request.endpoint.id];
      if (request.method !== 'GET' || request.cache === 'no-store' || policy === false) return next(request);
      const ttl = policy?.ttl ?? options.ttl ?? 0;
      const window = policy?.staleWhileRevalidate ?? options.staleWhileRevalidate ?? 0;
      const entry = store.get(request.url);
      if (entry !== undefined && request.cache === 'default') {
        const age = now() - entry.storedAt;
        if (age < ttl) return Promise.resolve(entry.response);
        if (age < ttl + window) {
          if (!revalidating.has(request.url)) {
            revalidating.add(request.url);
            fetchAndStore({ ...request, signal: undefined }, next, ttl)
              .catch(() => undefined)
              .finally(() => revalidating.delete(request.url));
          }
          return Promise.resolve(entry.response);
        }
      }
      return fetchAndStore(request, next, ttl);
    };
  };
}
