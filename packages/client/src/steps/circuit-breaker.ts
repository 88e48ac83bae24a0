/**
 * The circuit breaker step: after repeated failures an origin is left alone for a while, then
 * probed with one request.
 *
 * @module
 */
import { CircuitOpenError } from '../errors.ts';
import type { CircuitState, ClientStep } from '../types.ts';

/** The options of {@link circuitBreakerStep}. */
export interface CircuitBreakerStepOptions {
  /**
   * Consecutive failures (5xx, 429, network errors, timeouts) that open the circuit of an origin.
   * @default 5
   * @example 10
   */
  failureThreshold?: number;
  /**
   * How long an open circuit refuses requests before it lets one probe through, in milliseconds.
   * @default 30000
   * @example 60000
   */
  resetAfter?: number;
  /**
   * The current time in milliseconds.
   * @default Date.now
   * @example () => clock.now
   */
  now?: () => number;
}

interface Circuit {
  state: CircuitState;
  failures: number;
  openedAt: number;
}

/**
 * Keeps a circuit per origin: `closed` lets requests through and counts consecutive failures;
 * at `failureThreshold` it turns `open` and refuses requests at once with a
 * {@link CircuitOpenError}; after `resetAfter` it turns `half-open` and lets one probe through,
 * whose success closes it and whose failure opens it again. Each change emits `circuit-state`.
 * Put it after {@link retryStep}: a refused request is not retried.
 *
 * @param options - The threshold, the reset time and the clock.
 * @example
 * ```ts
 * createApiClient({ baseUrl, steps: [retryStep(), circuitBreakerStep({ failureThreshold: 5 })] });
 * ```
 */
export function circuitBreakerStep(options: CircuitBreakerStepOptions = {}): ClientStep {
  const { failureThreshold = 5, resetAfter = 30_000, now = Date.now } = options;
  return (context) => {
    const circuits = new Map<string, Circuit>();
    const move = (origin: string, circuit: Circuit, state: CircuitState) => {
      if (circuit.state === state) return;
      circuit.state = state;
      context.emit('circuit-state', { origin, state });
    };
    return async (request, next) => {
      const origin = new URL(request.url).origin;
      let circuit = circuits.get(origin);
      if (circuit === undefined) circuits.set(origin, (circuit = { state: 'closed', failures: 0, openedAt: 0 }));
      if (circuit.state !== 'closed') {
        const waited = now() - circuit.openedAt;
        if (circuit.state === 'half-open' || waited < resetAfter) {
          const retryAfter = Math.max(0, resetAfter - waited);
          throw new CircuitOpenError({ method: request.method, url: request.url, endpointId: request.endpoint.id, origin, retryAfter });
        }
        move(origin, circuit, 'half-open');
      }
      const fail = () => {
        circuit.failures++;
        if (circuit.state === 'half-open' || circuit.failures >= failureThreshold) {
          circuit.openedAt = now();
          move(origin, circuit, 'open');
        }
      };
      try {
        const response = await next(request);
        if (response.status >= 500 || response.status === 429) fail();
        else {
          circuit.failures = 0;
          move(origin, circuit, 'closed');
        }
        return response;
      } catch (error) {
        const name = (error as { name?: unknown }).name;
        if (name === 'NetworkError' || name === 'TimeoutError') fail();
        else if ((circuit.state as CircuitState) === 'half-open') move(origin, circuit, 'closed');
        throw error;
      }
    };
  };
}
