/**
 * The shapes that steps see: one request going down the chain, one response coming back, and the
 * events a client emits.
 *
 * @module
 */
import type { AnyEndpoint, HttpMethod } from '@gerbang/contracts';
import type { ContractError } from './errors.ts';

/** Upload progress of a request body, in bytes. */
export interface UploadProgress {
  /** Bytes sent so far. */
  readonly loaded: number;
  /** The size of the body in bytes (an estimate for multipart bodies). */
  readonly total: number;
}

/**
 * How a call uses the response cache of {@link cacheStep}:
 * - `'default'`: fresh entries are used, stale ones revalidated;
 * - `'no-cache'`: always revalidate with the server (a 304 still reuses the cached body);
 * - `'no-store'`: bypass the cache entirely.
 */
export type CacheMode = 'default' | 'no-cache' | 'no-store';

/**
 * One request as it travels down the chain of steps. It is immutable: a step that changes it
 * passes a copy to `next` (`next({ ...request, headers: { ...request.headers, ... } })`).
 */
export interface ClientRequest {
  /** The endpoint called. */
  readonly endpoint: AnyEndpoint;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The absolute URL, with path parameters and query filled in. Mask it before logging. */
  readonly url: string;
  /** The request headers, with lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The encoded body (a string, `URLSearchParams` or `FormData`), if any. */
  readonly body: string | URLSearchParams | FormData | undefined;
  /** The caller's abort signal, if any. */
  readonly signal: AbortSignal | undefined;
  /** The timeout of one attempt in milliseconds. */
  readonly timeout: number;
  /** How the response cache is used. */
  readonly cache: CacheMode;
  /** The attempt number, from 0; set by the retry step. */
  readonly attempt: number;
  /** Receives the upload progress of the body, where the platform can report it. */
  readonly onUploadProgress: ((progress: UploadProgress) => void) | undefined;
}

/** One response as it travels back up the chain; the body is already read. */
export interface ClientResponse {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The body: parsed JSON, text, or `undefined` when empty. */
  readonly data: unknown;
}

/** Sends a request further down the chain (to the next step, and finally to the network). */
export type StepNext = (request: ClientRequest) => Promise<ClientResponse>;

/**
 * The per-client part of a step: called for every request with the request and `next`. It may
 * change the request, answer without calling `next` (a cache hit), call `next` several times (a
 * retry), or look at the response on its way back.
 */
export type StepHandler = (request: ClientRequest, next: StepNext) => Promise<ClientResponse>;

/** What a step receives once per client: the means to emit client events. */
export interface StepContext {
  /**
   * Emits a client event to the listeners registered with `client.on`.
   *
   * @param type - The event name.
   * @param event - The event payload.
   */
  emit<TType extends keyof ClientEvents>(type: TType, event: ClientEvents[TType]): void;
}

/**
 * A composable step of the client, in the spirit of tRPC links: a factory such as
 * {@link retryStep} returns one, and the client calls it once to get the step's
 * {@link StepHandler}, so that state (a refresh in flight, a cache) is per client.
 *
 * @example
 * ```ts
 * const stamp: ClientStep = () => (request, next) =>
 *   next({ ...request, headers: { ...request.headers, 'x-app-version': '1.4.0' } });
 * ```
 */
export type ClientStep = (context: StepContext) => StepHandler;

/** Emitted once when a 401 could not be cured by a token refresh: the citizen must sign in again. */
export interface AuthExpiredEvent {
  /** The endpoint whose call found the token expired. */
  readonly endpointId: string;
  /** The HTTP method of that call. */
  readonly method: string;
  /** The URL of that call, with personal data masked. */
  readonly url: string;
  /** Why the refresh failed: the error it threw, or `undefined` when it gave no token. */
  readonly cause: unknown;
}

/** Emitted in `tolerant` mode when a response breaks its contract but is returned anyway. */
export interface ContractViolationEvent {
  /** The endpoint whose response broke its contract. */
  readonly endpointId: string;
  /** The error that `strict` mode would have thrown, with every issue. */
  readonly error: ContractError;
}

/** Emitted by {@link circuitBreakerStep} when the circuit of an origin changes state. */
export interface CircuitStateEvent {
  /** The origin, such as `https://api.lampungin.example.id`. */
  readonly origin: string;
  /** The new state. */
  readonly state: CircuitState;
}

/** The state of a circuit breaker: `closed` (requests pass), `open` (refused), `half-open` (one probe). */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** The events of an API client, by name; listen with `client.on(name, listener)`. */
export interface ClientEvents {
  /** A 401 could not be cured by refreshing the token. */
  'auth-expired': AuthExpiredEvent;
  /** A response broke its contract in `tolerant` mode. */
  'contract-violation': ContractViolationEvent;
  /** A circuit breaker changed state. */
  'circuit-state': CircuitStateEvent;
}

/**
 * A listener of one event type.
 *
 * @typeParam TEvent - The event payload.
 */
export type Listener<TEvent> = (event: TEvent) => void;

/** Removes the listener it was returned for. Calling it twice is harmless. */
export type Unsubscribe = () => void;
