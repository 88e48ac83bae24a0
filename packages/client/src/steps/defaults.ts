/**
 * The default chain of steps.
 *
 * @module
 */
import type { ClientStep } from '../types.ts';
import { authStep, type AuthStepOptions } from './auth.ts';
import { cacheStep, type CacheStepOptions } from './cache.ts';
import { dedupeStep } from './dedupe.ts';
import { idempotencyStep } from './idempotency.ts';
import { retryStep, type RetryStepOptions } from './retry.ts';

/** The options of {@link defaultSteps}. */
export interface DefaultStepsOptions {
  /**
   * The token provider; without it no `Authorization` header is sent.
   * @default undefined
   * @example { getToken: () => session.accessToken, refresh: () => session.refresh() }
   */
  auth?: AuthStepOptions;
  /**
   * The retry policy, or `false` for no retries.
   * @default {} (the defaults of retryStep)
   * @example { attempts: 6 }
   */
  retry?: RetryStepOptions | false;
  /**
   * The cache policy, or `false` for no cache.
   * @default {} (revalidate every GET with its ETag)
   * @example { endpoints: { 'prices.quotes': { ttl: 60_000 } } }
   */
  cache?: CacheStepOptions | false;
}

/**
 * The steps a client uses unless told otherwise, outermost first: {@link dedupeStep},
 * {@link cacheStep}, {@link idempotencyStep}, {@link retryStep}, and {@link authStep} when a token
 * provider is given (innermost, so that every retry sends the current token).
 *
 * @param options - Auth, retry and cache options.
 * @example
 * ```ts
 * createApiClient({ baseUrl, steps: [telemetryStep({ record }), ...defaultSteps({ auth })] });
 * ```
 */
export function defaultSteps(options: DefaultStepsOptions = {}): ClientStep[] {
  const { auth, retry = {}, cache = {} } = options;
  return [
    dedupeStep(),
    ...(cache === false ? [] : [cacheStep(cache)]),
    idempotencyStep(),
    ...(retry === false ? [] : [retryStep(retry)]),
    ...(auth === undefined ? [] : [authStep(auth)]),
  ];
}
