/**
 * `@gerbang/client`: the typed, offline-first API client of Gerbang. Calls typed from endpoint
 * descriptors, composable steps (auth with single-flight refresh, retries with full jitter,
 * idempotency keys, ETag caching, dedupe, logging, telemetry, a circuit breaker), typed errors, an
 * offline outbox that sends each report exactly once, and cursor pagination.
 *
 * @packageDocumentation
 */

// the client
export { createApiClient } from './client.ts';
export type { ApiClient, ApiClientOptions, CallArgs, CallOptions, FetchFunction, PaginateOptions, ValidationMode } from './client.ts';
export type {
  AuthExpiredEvent,
  CacheMode,
  CircuitState,
  CircuitStateEvent,
  ClientEvents,
  ClientRequest,
  ClientResponse,
  ClientStep,
  ContractViolationEvent,
  Listener,
  StepContext,
  StepHandler,
  StepNext,
  Unsubscribe,
  UploadProgress,
} from './types.ts';

// errors
export {
  CircuitOpenError,
  CLIENT_ERROR_CODES,
  ContractError,
  HttpError,
  isCircuitOpenError,
  isContractError,
  isHttpError,
  isNetworkError,
  isOfflineError,
  isOutboxError,
  isTimeoutError,
  maskUrl,
  NetworkError,
  OfflineError,
  OutboxError,
  parseRetryAfter,
  RequestError,
  TimeoutError,
} from './errors.ts';
export type { ContractPart, HttpErrorDetails, RequestErrorDetails } from './errors.ts';

// steps
export { authStep } from './steps/auth.ts';
export type { AuthStepOptions } from './steps/auth.ts';
export { cacheStep } from './steps/cache.ts';
export type { CachedResponse, CachePolicy, CacheStepOptions, ResponseCacheStore } from './steps/cache.ts';
export { circuitBreakerStep } from './steps/circuit-breaker.ts';
export type { CircuitBreakerStepOptions } from './steps/circuit-breaker.ts';
export { dedupeStep } from './steps/dedupe.ts';
export { defaultSteps } from './steps/defaults.ts';
export type { DefaultStepsOptions } from './steps/defaults.ts';
export { idempotencyStep } from './steps/idempotency.ts';
export type { IdempotencyStepOptions } from './steps/idempotency.ts';
export { loggingStep } from './steps/logging.ts';
export type { ClientLogger, LoggingStepOptions, RequestLogDetails } from './steps/logging.ts';
export { computeBackoff, retryStep } from './steps/retry.ts';
export type { BackoffOptions, RetryStepOptions } from './steps/retry.ts';
export { telemetryStep } from './steps/telemetry.ts';
export type { RequestMeasurement, TelemetryStepOptions } from './steps/telemetry.ts';

// the offline outbox
export { createOutbox } from './outbox/outbox.ts';
export type { EnqueueOptions, Outbox, OutboxOptions } from './outbox/outbox.ts';
export type {
  OnlineSignal,
  OutboxEvents,
  OutboxItem,
  OutboxItemError,
  OutboxItemEvent,
  OutboxItemState,
  OutboxStorage,
} from './outbox/types.ts';
export { browserOnlineSignal, createOnlineSignal } from './outbox/online.ts';
export type { ManualOnlineSignal } from './outbox/online.ts';
export { createMemoryOutboxStorage } from './outbox/memory.ts';
export { createIndexedDbOutboxStorage } from './outbox/indexed-db.ts';
export type { IndexedDbFactory, IndexedDbOutboxStorageOptions } from './outbox/indexed-db.ts';
