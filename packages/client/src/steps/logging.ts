/**
 * The logging step: one line per attempt, with the method, the masked URL, the status or the
 * error, and the duration. Headers and bodies are never logged, so tokens never reach a log.
 *
 * @module
 */
import { maskUrl } from '../errors.ts';
import type { ClientStep } from '../types.ts';

/** What the logging step writes: a `message` for people and `details` for log processors. */
export interface RequestLogDetails {
  /** The endpoint id. */
  readonly endpointId: string;
  /** The HTTP method. */
  readonly method: string;
  /** The URL with personal data masked. */
  readonly url: string;
  /** The attempt number, from 0. */
  readonly attempt: number;
  /** The response status, if a response arrived. */
  readonly status?: number;
  /** The error name, if the attempt failed without a response. */
  readonly error?: string;
  /** How long the attempt took, in milliseconds. */
  readonly durationMs: number;
}

/** A logger, such as `console` or the host's redacting logger. */
export interface ClientLogger {
  /**
   * Writes a line about a successful attempt.
   *
   * @param message - A line such as `GET https://api.example.id/prices → 200 in 41 ms`.
   * @param details - The same, as data.
   */
  info(message: string, details: RequestLogDetails): void;
  /**
   * Writes a line about an attempt that failed (an error status or no response).
   *
   * @param message - A line such as `GET https://api.example.id/prices → 503 in 12 ms`.
   * @param details - The same, as data.
   */
  warn(message: string, details: RequestLogDetails): void;
}

/** The options of {@link loggingStep}. */
export interface LoggingStepOptions {
  /**
   * Where lines go.
   * @example console
   */
  logger: ClientLogger;
  /**
   * The clock for durations, in milliseconds.
   * @default performance.now, or Date.now where missing
   * @example () => performance.now()
   */
  now?: () => number;
}

/**
 * Logs each attempt (put it after {@link retryStep} to see every retry, before it to see each
 * call once). Personal data in URLs is masked with {@link maskUrl}; headers and bodies are never
 * logged.
 *
 * @param options - The logger and the clock.
 * @example
 * ```ts
 * createApiClient({ baseUrl, steps: [...defaultSteps(), loggingStep({ logger: console })] });
 * ```
 */
export function loggingStep(options: LoggingStepOptions): ClientStep {
  const { logger } = options;
  const now = options.now ?? defaultClock();
  return () => async (request, next) => {
    const started = now();
    const base = { endpointId: request.endpoint.id, method: request.method, url: maskUrl(request.url), attempt: request.attempt };
    const line = (outcome: string, durationMs: number) =>
      `${base.method} ${base.url} → ${outcome} in ${Math.round(durationMs)} ms${base.attempt > 0 ? ` (retry ${base.attempt})` : ''}`;
    try {
      const response = await next(request);
      const durationMs = now() - started;
      const details = { ...base, status: response.status, durationMs };
      if (response.status >= 400) logger.warn(line(String(response.status), durationMs), details);
      else logger.info(line(String(response.status), durationMs), details);
      return response;
    } catch (error) {
      const durationMs = now() - started;
      const name = error instanceof Error ? error.name : typeof error;
      logger.warn(line(name, durationMs), { ...base, error: name, durationMs });
      throw error;
    }
  };
}

/** @internal The best clock available for durations. */
export function defaultClock(): () => number {
  const performance = (globalThis as { performance?: { now(): number } }).performance;
  return performance === undefined ? Date.now : () => performance.now();
}
