/**
 * The retry step: exponential backoff with full jitter, `Retry-After`, and caps on attempts and
 * total time. Only requests that are safe to repeat are retried.
 *
 * @module
 */
import { parseRetryAfter } from '../errors.ts';
import type { ClientRequest, ClientResponse, ClientStep } from '../types.ts';
import { sleep as defaultSleep } from './sleep.ts';

/** The options of {@link computeBackoff}. */
export interface BackoffOptions {
  /**
   * The delay ceiling of the first retry, in milliseconds; it doubles with each attempt.
   * @default 250
   * @example 1000
   */
  baseDelay?: number;
  /**
   * The largest delay ceiling, in milliseconds.
   * @default 10000
   * @example 60000
   */
  maxDelay?: number;
  /**
   * A random number in [0, 1); inject a seeded one for repeatable tests and simulations.
   * @default Math.random
   * @example () => 0.5
   */
  random?: () => number;
}

/**
 * The wait before retry number `attempt` (0 for the first retry), with "full jitter":
 * `random() * min(maxDelay, baseDelay * 2 ** attempt)`. Spreading each wait over its whole range
 * keeps clients that failed together from retrying together (AWS, "Exponential Backoff And
 * Jitter").
 *
 * @param attempt - How many retries came before, from 0.
 * @param options - The base delay, the cap and the random source.
 * @returns The wait in milliseconds.
 * @example
 * ```ts
 * computeBackoff(3, { baseDelay: 250, maxDelay: 10_000, random: () => 0.5 }); // 1000
 * ```
 */
export function computeBackoff(attempt: number, options: BackoffOptions = {}): number {
  const { baseDelay = 250, maxDelay = 10_000, random = Math.random } = options;
  return random() * Math.min(maxDelay, baseDelay * 2 ** attempt);
}

/** The options of {@link retryStep}. */
export interface RetryStepOptions extends BackoffOptions {
  /**
   * The most attempts of one call, the first included.
   * @default 4
   * @example 6
   */
  attempts?: number;
  /**
   * The most time one call may take, waits included, in milliseconds; a retry that would end
   * later is not made, and the last outcome stands.
   * @default 30000
   * @example 120000
   */
  maxElapsed?: number;
  /**
   * The response statuses that are retried.
   * @default [408, 429, 500, 502, 503, 504]
   * @example [429, 503]
   */
  statuses?: readonly number[];
  /**
   * Waits between attempts; inject a virtual clock in tests.
   * @default a timer that the call's signal cuts short
   * @example (ms) => clock.advance(ms)
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * The current time in milliseconds, for `maxElapsed` and `Retry-After` dates.
   * @default Date.now
   * @example () => clock.now
   */
  now?: () => number;
}

const IDEMPOTENT_METHODS = ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'];
const RETRYABLE_ERRORS = ['NetworkError', 'TimeoutError'];

/**
 * Retries requests that are safe to repeat (GET, HEAD, PUT, DELETE, OPTIONS, and any request
 * carrying an `Idempotency-Key`) after a network error, a timeout, or a retryable status. It waits
 * {@link computeBackoff} between attempts, or what `Retry-After` says on 429 and 503, within a cap
 * on attempts and on total time.
 *
 * @param options - Attempts, delays, statuses, and the clock; see {@link RetryStepOptions}.
 * @example
 * ```ts
 * createApiClient({ baseUrl, steps: [idempotencyStep(), retryStep({ attempts: 5, maxElapsed: 60_000 })] });
 * ```
 */
export function retryStep(options: RetryStepOptions = {}): ClientStep {
  const {
    attempts = 4,
    maxElapsed = 30_000,
    statuses = [408, 429, 500, 502, 503, 504],
    sleep = defaultSleep,
    now = Date.now,
  } = options;
  return () => async (request, next) => {
    if (!isRepeatable(request)) return next(request);
    const started = now();
    for (let attempt = 0; ; attempt++) {
      let response: ClientResponse | undefined;
      let failure: unknown;
      try {
        response = await next(attempt === 0 ? request : { ...request, attempt });
        if (!statuses.includes(response.status)) return response;
      } catch (error) {
        if (!RETRYABLE_ERRORS.includes((error as { name?: unknown }).name as string)) throw error;
        failure = error;
      }
      const asked = response !== undefined && (response.status === 429 || response.status === 503)
        ? parseRetryAfter(response.headers.get('retry-after'), now())
        : undefined;
      const delay = asked ?? computeBackoff(attempt, options);
      if (attempt + 1 >= attempts || now() - started + delay > maxElapsed) {
        if (response !== undefined) return response;
        throw failure;
      }
      await sleep(delay, request.signal);
    }
  };
}

function isRepeatable(request: ClientRequest): boolean {
  return IDEMPOTENT_METHODS.includes(request.method) || request.headers['idempotency-key'] !== undefined;
}
