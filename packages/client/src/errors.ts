/**
 * The errors of the API client. Each extends `GerbangError` with a stable `code` (an anchor in
 * `docs/errors.md`), carries the method and the URL of the request (personal data in the URL
 * masked, see {@link maskUrl}) and the original error as `cause`. Check them with the guards
 * ({@link isHttpError}, ...), which work across SDK copies and realms, never with `instanceof`.
 *
 * @module
 */
import { GerbangError, formatIssues, isGerbangError, type ProblemDetails, type ValidationIssue } from '@gerbang/contracts';

// The error classes repeat these codes as literals on purpose: reading `CLIENT_ERROR_CODES.http`
// there would make every bundle keep the whole object. A test checks that both spellings agree.
/** The stable codes of the errors that `@gerbang/client` throws. */
export const CLIENT_ERROR_CODES = {
  /** The server answered with an error status; see {@link HttpError}. */
  http: 'http-error',
  /** No response arrived: DNS, refused or dropped connection; see {@link NetworkError}. */
  network: 'network-error',
  /** No complete response arrived in time; see {@link TimeoutError}. */
  timeout: 'timeout',
  /** The input or the response broke the endpoint's contract; see {@link ContractError}. */
  contract: 'contract-violation',
  /** The device is offline, so nothing was sent; see {@link OfflineError}. */
  offline: 'offline',
  /** The circuit breaker of the origin is open, so nothing was sent; see {@link CircuitOpenError}. */
  circuitOpen: 'circuit-open',
  /** The outbox refused an operation; see {@link OutboxError}. */
  outbox: 'outbox-error',
} as const;

/** What every request error says about the request that failed. */
export interface RequestErrorDetails {
  /** The HTTP method, such as `GET`. */
  readonly method: string;
  /** The URL of the request; personal data in it is masked before it is stored. */
  readonly url: string;
  /** The id of the endpoint called, when the request came from an endpoint descriptor. */
  readonly endpointId?: string | undefined;
  /** The underlying error. */
  readonly cause?: unknown;
}

/**
 * The base class of the errors about one request: it holds the method, the masked URL and the
 * endpoint id, and starts its message with `METHOD URL`.
 *
 * @typeParam TCode - The stable error code.
 */
export class RequestError<TCode extends string = string> extends GerbangError<TCode> {
  override name: string = 'RequestError';
  /** The HTTP method of the failed request. */
  readonly method: string;
  /** The URL of the failed request, with personal data masked. */
  readonly url: string;
  /** The id of the endpoint called, if known. */
  readonly endpointId: string | undefined;

  /**
   * @param code - The stable error code.
   * @param details - The request that failed.
   * @param reason - What went wrong, appended to `METHOD URL`.
   */
  constructor(code: TCode, details: RequestErrorDetails, reason: string) {
    const url = maskUrl(details.url);
    super(code, `${details.method} ${url} ${reason}`, 'cause' in details ? { cause: details.cause } : {});
    this.method = details.method;
    this.url = url;
    this.endpointId = details.endpointId;
  }
}

/** What an {@link HttpError} holds besides the request. */
export interface HttpErrorDetails extends RequestErrorDetails {
  /** The HTTP status of the response. */
  readonly status: number;
  /** The response body, read as RFC 9457 problem details, if it was one. */
  readonly problem?: ProblemDetails | undefined;
  /** The response headers. */
  readonly headers?: Headers | undefined;
}

/**
 * The server answered with an error status. `problem` holds the RFC 9457 problem details when the
 * body was one (read leniently), and `retryAfter` the wait the server asked for on 429 or 503.
 *
 * @example
 * ```ts
 * try {
 *   await client.call(getReport, { params: { id: 'LPG-1' } });
 * } catch (error) {
 *   if (isHttpError(error) && error.status === 404) showNotFound(error.problem?.detail);
 * }
 * ```
 */
export class HttpError extends RequestError<typeof CLIENT_ERROR_CODES.http> {
  override name = 'HttpError' as const;
  /** The HTTP status of the response. */
  readonly status: number;
  /** The RFC 9457 problem details of the response, if its body was one. */
  readonly problem: ProblemDetails | undefined;
  /** The response headers. */
  readonly headers: Headers;
  /** The wait, in milliseconds, that the response's `Retry-After` header asked for, if any. */
  readonly retryAfter: number | undefined;

  /** @param details - The request, the status and the parsed problem. */
  constructor(details: HttpErrorDetails) {
    const problem = details.problem;
    const summary = [problem?.title, problem?.detail].filter((part) => part !== undefined).join(': ');
    super('http-error', details, `failed with status ${details.status}${summary === '' ? '' : ` (${summary})`}`);
    this.status = details.status;
    this.problem = problem;
    this.headers = details.headers ?? new Headers();
    this.retryAfter = parseRetryAfter(this.headers.get('retry-after'));
  }
}

/**
 * No response arrived: the name did not resolve, the connection was refused or dropped, or the
 * body was cut off. Safe to retry for idempotent requests.
 */
export class NetworkError extends RequestError<typeof CLIENT_ERROR_CODES.network> {
  override name = 'NetworkError' as const;

  /** @param details - The request and the underlying error. */
  constructor(details: RequestErrorDetails) {
    super('network-error', details, `failed: no response (${describeCause(details.cause)})`);
  }
}

/** No complete response (headers and body) arrived within the timeout of one attempt. */
export class TimeoutError extends RequestError<typeof CLIENT_ERROR_CODES.timeout> {
  override name = 'TimeoutError' as const;
  /** The timeout that ran out, in milliseconds. */
  readonly timeout: number;

  /** @param details - The request and the timeout in milliseconds. */
  constructor(details: RequestErrorDetails & { readonly timeout: number }) {
    super('timeout', details, `timed out after ${details.timeout} ms`);
    this.timeout = details.timeout;
  }
}

/** Which part of a call broke the contract: the caller's input, or the server's response. */
export type ContractPart = 'input' | 'response';

/**
 * The input or the response broke the endpoint's contract. For the input nothing was sent; each
 * issue's path starts with `params`, `query` or `body`, so that a form can mark the field. For the
 * response (in `strict` mode) the server answered, but not as its contract says.
 */
export class ContractError extends RequestError<typeof CLIENT_ERROR_CODES.contract> {
  override name = 'ContractError' as const;
  /** Whether the caller's input or the server's response was wrong. */
  readonly part: ContractPart;
  /** Every problem found, each with the path of the bad value. */
  readonly issues: readonly ValidationIssue[];

  /** @param details - The request, which part was wrong, and the issues. */
  constructor(details: RequestErrorDetails & { readonly part: ContractPart; readonly issues: readonly ValidationIssue[] }) {
    const count = details.issues.length === 1 ? '1 issue' : `${details.issues.length} issues`;
    super(
      'contract-violation',
      details,
      `${details.part === 'input' ? 'was not sent: its input breaks' : 'got a response that breaks'} the contract${details.endpointId === undefined ? '' : ` of "${details.endpointId}"`} (${count})\n${formatIssues(details.issues)}`,
    );
    this.part = details.part;
    this.issues = details.issues;
  }
}

/** The device is offline (as the host's online signal says), so the request was not sent. */
export class OfflineError extends RequestError<typeof CLIENT_ERROR_CODES.offline> {
  override name = 'OfflineError' as const;

  /** @param details - The request. */
  constructor(details: RequestErrorDetails) {
    super('offline', details, 'was not sent: the device is offline');
  }
}

/**
 * The circuit breaker of the request's origin is open after repeated failures, so the request was
 * not sent; `retryAfter` says when the next probe is allowed.
 */
export class CircuitOpenError extends RequestError<typeof CLIENT_ERROR_CODES.circuitOpen> {
  override name = 'CircuitOpenError' as const;
  /** The origin whose circuit is open, such as `https://api.lampungin.example.id`. */
  readonly origin: string;
  /** Milliseconds until the circuit lets a probe through. */
  readonly retryAfter: number;

  /** @param details - The request, the origin and the wait in milliseconds. */
  constructor(details: RequestErrorDetails & { readonly origin: string; readonly retryAfter: number }) {
    super('circuit-open', details, `was not sent: the circuit of ${details.origin} is open for ${details.retryAfter} ms`);
    this.origin = details.origin;
    this.retryAfter = details.retryAfter;
  }
}

/** The outbox refused an operation: a non-idempotent or unknown endpoint, a missing item. */
export class OutboxError extends GerbangError<typeof CLIENT_ERROR_CODES.outbox> {
  override name = 'OutboxError' as const;

  /**
   * @param message - What was refused and why.
   * @param options - The cause, if any.
   */
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('outbox-error', message, options);
  }
}

/**
 * Tells whether a value is an {@link HttpError} from any copy of the SDK.
 *
 * @param value - Anything caught.
 * @example
 * ```ts
 * if (isHttpError(error) && error.status === 404) return undefined;
 * ```
 */
export function isHttpError(value: unknown): value is HttpError {
  return hasCodeAndName(value, 'http-error', 'HttpError');
}

/**
 * Tells whether a value is a {@link NetworkError} from any copy of the SDK.
 *
 * @param value - Anything caught.
 */
export function isNetworkError(value: unknown): value is NetworkError {
  return hasCodeAndName(value, 'network-error', 'NetworkError');
}

/**
 * Tells whether a value is a {@link TimeoutError} from any copy of the SDK.
 *
 * @param value - Anything caught.
 */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return hasCodeAndName(value, 'timeout', 'TimeoutError');
}

/**
 * Tells whether a value is a {@link ContractError} from any copy of the SDK.
 *
 * @param value - Anything caught.
 */
export function isContractError(value: unknown): value is ContractError {
  return hasCodeAndName(value, 'contract-violation', 'ContractError');
}

/**
 * Tells whether a value is an {@link OfflineError} from any copy of the SDK.
 *
 * @param value - Anything caught.
 */
export function isOfflineError(value: unknown): value is OfflineError {
  return hasCodeAndName(value, 'offline', 'OfflineError');
}

/**
 * Tells whether a value is a {@link CircuitOpenError} from any copy of the SDK.
 *
 * @param value - Anything caught.
 */
export function isCircuitOpenError(value: unknown): value is CircuitOpenError {
  return hasCodeAndName(value, 'circuit-open', 'CircuitOpenError');
}

/**
 * Tells whether a value is an {@link OutboxError} from any copy of the SDK.
 *
 * @param value - Anything caught.
 */
export function isOutboxError(value: unknown): value is OutboxError {
  return hasCodeAndName(value, 'outbox-error', 'OutboxError');
}

function hasCodeAndName(value: unknown, code: string, name: string): boolean {
  return isGerbangError(value, code) && (value as { name?: unknown }).name === name;
}

// ---------------------------------------------------------------------------------------------
// masking personal data in URLs

/** Query parameter names (lower case, without `_`, `-` or `.`) whose values are always masked. */
const PERSONAL_NAMES = /nik|ktp|phone|telepon|telp|email|token|password|secret|otp|apikey|msisdn|whatsapp|^(hp|nohp|kk|nokk|pin|code|nama|name|key|wa|sig|signature)$/;

/**
 * Masks personal data in a URL before it reaches an error message or a log (UU 27/2022, PDP):
 * the values of query parameters such as `nik`, `phone`, `hp`, `telepon`, `email`, `token` and
 * `password` become `***`, and so do 16-digit runs (a NIK) and e-mail addresses in the path.
 *
 * @param url - An absolute or relative URL.
 * @example
 * ```ts
 * maskUrl('https://api.example.id/citizens?nik=1871014506900001&page=2');
 * // "https://api.example.id/citizens?nik=***&page=2"
 * ```
 */
export function maskUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const hashAt = url.indexOf('#');
  const end = hashAt === -1 ? url.length : hashAt;
  const path = (queryAt === -1 ? url.slice(0, end) : url.slice(0, queryAt)).replace(/\d{16}|[^/?#@:]+@[^/?#]+\.[^/?#]+/g, '***');
  if (queryAt === -1 || queryAt > end) return path;
  const query = url
    .slice(queryAt + 1, end)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      const normalized = name.toLowerCase().replace(/%5b.*$|\[.*$|[_.-]/g, '');
      return equals !== -1 && PERSONAL_NAMES.test(normalized) ? `${name}=***` : pair.replace(/\d{16}/g, '***');
    })
    .join('&');
  return `${path}?${query}`;
}

/**
 * Reads an HTTP `Retry-After` value, in seconds or as an HTTP date, as milliseconds from `now`.
 *
 * @param value - The header value, or `null` when absent.
 * @param now - The current time in milliseconds since the epoch.
 * @returns The wait in milliseconds (0 for a date in the past), or `undefined` when absent or unreadable.
 * @example
 * ```ts
 * parseRetryAfter('120'); // 120000
 * parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('2026-10-21T07:27:00Z')); // 60000
 * ```
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    return `${cause.message}${inner}`;
  }
  return String(cause);
}
