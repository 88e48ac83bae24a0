/**
 * The idempotency step: one `Idempotency-Key` per call of an endpoint marked `idempotent`, kept
 * across the call's retries.
 *
 * @module
 */
import type { ClientStep } from '../types.ts';

/** The options of {@link idempotencyStep}. */
export interface IdempotencyStepOptions {
  /**
   * Makes a new key; keys must be unique (a UUID v4 is).
   * @default crypto.randomUUID
   * @example () => ulid()
   */
  generateKey?: () => string;
}

/**
 * Gives each call of an endpoint marked `idempotent` (a POST or PATCH that carries an
 * `Idempotency-Key`) a new key, unless the call brought its own (`{ idempotencyKey }`, as the
 * outbox does). Put it before {@link retryStep}, so that every retry repeats the same key and the
 * server applies the call once.
 *
 * @param options - How keys are made.
 * @example
 * ```ts
 * createApiClient({ baseUrl, steps: [idempotencyStep(), retryStep()] });
 * ```
 */
export function idempotencyStep(options: IdempotencyStepOptions = {}): ClientStep {
  const generateKey = options.generateKey ?? randomKey;
  return () => (request, next) =>
    request.endpoint.idempotencyKey && request.headers['idempotency-key'] === undefined
      ? next({ ...request, headers: { ...request.headers, 'idempotency-key': generateKey() } })
      : next(request);
}

/** @internal A random UUID v4, from `crypto.randomUUID` or, where it is missing (React Native), `crypto.getRandomValues`. */
export function randomKey(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string; getRandomValues(bytes: Uint8Array): unknown } }).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const random = (): number => {
    const byte = new Uint8Array(1);
    if (crypto === undefined) byte[0] = Math.random() * 256;
    else crypto.getRandomValues(byte);
    return byte[0]!;
  };
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) => (Number(digit) ^ (random() & (15 >> (Number(digit) / 4)))).toString(16));
}
