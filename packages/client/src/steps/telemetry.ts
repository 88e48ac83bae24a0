/**
 * The telemetry step: one measurement per attempt, for metrics and tracing.
 *
 * @module
 */
import { maskUrl } from '../errors.ts';
import type { ClientStep } from '../types.ts';
import { defaultClock } from './logging.ts';

/** One measured attempt. */
export interface RequestMeasurement {
  /** The endpoint id, a good metric label (unlike the URL). */
  readonly endpointId: string;
  /** The HTTP method. */
  readonly method: string;
  /** The URL with personal data masked. */
  readonly url: string;
  /** The attempt number, from 0. */
  readonly attempt: number;
  /** The response status, or `undefined` when no response arrived. */
  readonly status: number | undefined;
  /** The error name when no response arrived, such as `TimeoutError`. */
  readonly error: string | undefined;
  /** How long the attempt took, in milliseconds. */
  readonly durationMs: number;
}

/** The options of {@link telemetryStep}. */
export interface TelemetryStepOptions {
  /**
   * Receives each measurement; it must not throw.
   * @example (m) => histogram.record(m.durationMs, { endpoint: m.endpointId, status: m.status })
   */
  record: (measurement: RequestMeasurement) => void;
  /**
   * Extra headers for each request, such as a W3C `traceparent`.
   * @default undefined
   * @example () => ({ traceparent: tracer.currentTraceparent() })
   */
  headers?: () => Readonly<Record<string, string>>;
  /**
   * The clock for durations, in milliseconds.
   * @default performance.now, or Date.now where missing
   * @example () => performance.now()
   */
  now?: () => number;
}

/**
 * Measures each attempt and hands the measurement to `record`; optionally adds trace headers.
 *
 * @param options - Where measurements go, trace headers, the clock.
 * @example
 * ```ts
 * telemetryStep({ record: (m) => metrics.push(m) });
 * ```
 */
export function telemetryStep(options: TelemetryStepOptions): ClientStep {
  const { record, headers } = options;
  const now = options.now ?? defaultClock();
  return () => async (request, next) => {
    const started = now();
    const sent = headers === undefined ? request : { ...request, headers: { ...request.headers, ...headers() } };
    const measure = (status: number | undefined, error: string | undefined) => {
      record({
        endpointId: request.endpoint.id,
        method: request.method,
        url: maskUrl(request.url),
        attempt: request.attempt,
        status,
        error,
        durationMs: now() - started,
      });
    };
    try {
      const response = await next(sent);
      measure(response.status, undefined);
      return response;
    } catch (error) {
      measure(undefined, error instanceof Error ? error.name : typeof error);
      throw error;
    }
  };
}
