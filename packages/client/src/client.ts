/**
 * `createApiClient`: typed calls from endpoint descriptors, through a chain of steps, down to one
 * transport that sends with `fetch`, and with ky for bodies streamed with upload progress. ky stays
 * an internal detail: its types and errors never reach the public API.
 *
 * @module
 */
import {
  buildPath,
  isNoContentSchema,
  parseProblemDetails,
  validate,
  type AnyEndpoint,
  type EndpointInput,
  type EndpointResponse,
  type ValidationIssue,
} from '@gerbang/contracts';
import type { KyInstance, Options as KyOptions } from 'ky';
import { encodeForm, encodeMultipart, encodeQuery } from './encode.ts';
import { ContractError, HttpError, NetworkError, OfflineError, TimeoutError, type RequestErrorDetails } from './errors.ts';
import { createEmitter } from './events.ts';
import { defaultSteps } from './steps/defaults.ts';
import type {
  CacheMode,
  ClientEvents,
  ClientRequest,
  ClientResponse,
  ClientStep,
  Listener,
  StepNext,
  Unsubscribe,
  UploadProgress,
} from './types.ts';

const CLIENT_BRAND = '@gerbang/api-client';

/**
 * How responses are checked against their contract:
 * - `'strict'`: a response that breaks its contract throws a {@link ContractError};
 * - `'tolerant'`: the response data is returned as received, and the issues are reported through
 *   the `contract-violation` event, so that a back end that adds or loosens a field does not break
 *   the app in the field.
 */
export type ValidationMode = 'strict' | 'tolerant';

/**
 * Any `fetch`-compatible function, such as `globalThis.fetch` or a wrapper around it.
 *
 * @param input - The URL or the request.
 * @param init - Extra options, as `fetch` takes them.
 */
export type FetchFunction = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** The options of {@link createApiClient}. */
export interface ApiClientOptions {
  /**
   * The base URL of the API; endpoint paths are appended to it.
   * @example 'https://api.lampungin.example.id/v1'
   */
  baseUrl: string;
  /**
   * The steps every request goes through, outermost first.
   * @default defaultSteps()
   * @example [dedupeStep(), cacheStep(), idempotencyStep(), retryStep(), authStep({ getToken })]
   */
  steps?: readonly ClientStep[];
  /**
   * How responses are checked against their contract.
   * @default 'strict'
   * @example 'tolerant'
   */
  validation?: ValidationMode;
  /**
   * The timeout of one attempt in milliseconds, from sending until the whole body is read.
   * @default 10000
   * @example 30000
   */
  timeout?: number;
  /**
   * Headers sent with every request.
   * @default {}
   * @example { 'accept-language': 'id' }
   */
  headers?: Readonly<Record<string, string>>;
  /**
   * Tells whether the device is online; when it says no, requests fail at once with an
   * {@link OfflineError} instead of waiting for a timeout.
   * @default () => navigator.onLine, where `navigator` exists; otherwise always online
   * @example () => netInfo.isConnected
   */
  isOnline?: () => boolean;
  /**
   * The `fetch` to send requests with.
   * @default globalThis.fetch
   * @example (request) => fetch(request, { keepalive: true })
   */
  fetch?: FetchFunction;
}

/** The options of one call. */
export interface CallOptions {
  /**
   * Aborts the call; the call then rejects with the signal's reason.
   * @default undefined
   * @example AbortSignal.timeout(5000)
   */
  signal?: AbortSignal | undefined;
  /**
   * The timeout of one attempt in milliseconds.
   * @default the client's `timeout`
   * @example 60000
   */
  timeout?: number | undefined;
  /**
   * The idempotency key to send, instead of a new one (the outbox passes its stored key).
   * @default a new random key, for endpoints marked `idempotent`
   * @example 'a3c1f4e2-5b7d-4e0a-9f1c-2d3e4f5a6b7c'
   */
  idempotencyKey?: string | undefined;
  /**
   * Extra headers for this call.
   * @default {}
   * @example { 'accept-language': 'en' }
   */
  headers?: Readonly<Record<string, string>> | undefined;
  /**
   * How the response cache is used.
   * @default 'default'
   * @example 'no-cache'
   */
  cache?: CacheMode | undefined;
  /**
   * How the response is checked.
   * @default the client's `validation`
   * @example 'tolerant'
   */
  validation?: ValidationMode | undefined;
  /**
   * Receives the upload progress of the body. Where the platform cannot stream request bodies
   * (most browsers over HTTP/1.1), it is called once, when the upload is complete.
   * @default undefined
   * @example ({ loaded, total }) => setProgress(loaded / total)
   */
  onUploadProgress?: ((progress: UploadProgress) => void) | undefined;
}

/**
 * The arguments of {@link ApiClient.call} after the endpoint: the input, optional when every part
 * of it is optional, then the options.
 *
 * @typeParam TEndpoint - The endpoint descriptor type.
 */
export type CallArgs<TEndpoint extends AnyEndpoint> =
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "every part optional"
  {} extends EndpointInput<TEndpoint>
    ? [input?: EndpointInput<TEndpoint>, options?: CallOptions]
    : [input: EndpointInput<TEndpoint>, options?: CallOptions];

/**
 * The options of {@link ApiClient.paginate}.
 *
 * @typeParam TPage - The type of one page.
 */
export interface PaginateOptions<TPage> extends CallOptions {
  /**
   * The query parameter that carries the cursor.
   * @default 'cursor'
   * @example 'page_token'
   */
  cursorParam?: string;
  /**
   * Reads the next cursor from a page; `null`, `undefined` or `''` ends the iteration.
   * @default (page) => page.nextCursor
   * @example (page) => page.meta.next
   */
  nextCursor?: (page: TPage) => string | null | undefined;
}

/** A typed API client, from {@link createApiClient}. */
export interface ApiClient {
  /** The brand that identifies API clients across SDK copies. */
  readonly $$brand: typeof CLIENT_BRAND;
  /** The version of the client interface. */
  readonly $$version: 1;
  /** The base URL that endpoint paths are appended to. */
  readonly baseUrl: string;
  /**
   * Calls an endpoint: validates the input (nothing is sent when it is wrong), sends the request
   * through the steps, and validates the response.
   *
   * @param endpoint - The endpoint descriptor.
   * @param args - The input (`{ params, query, body }` as the endpoint declares them), then the options.
   * @returns The parsed response.
   * @throws {@link ContractError} when the input (or, in strict mode, the response) breaks the
   * contract; {@link HttpError} on an error status; {@link NetworkError}, {@link TimeoutError},
   * {@link OfflineError} or {@link CircuitOpenError} when no response arrived; the signal's
   * reason when aborted.
   * @example
   * ```ts
   * const report = await client.call(getReport, { params: { id: 'LPG-0001' } }, { signal });
   * ```
   */
  call<TEndpoint extends AnyEndpoint>(endpoint: TEndpoint, ...args: CallArgs<TEndpoint>): Promise<EndpointResponse<TEndpoint>>;
  /**
   * Iterates a cursor-paginated endpoint page by page, following the cursor each page gives,
   * until a page has none (or repeats one).
   *
   * @param endpoint - An endpoint whose query takes the cursor.
   * @param input - The input of the first page.
   * @param options - The cursor parameter, how to read the next cursor, and call options.
   * @example
   * ```ts
   * for await (const page of client.paginate(listMyReports, { query: { limit: 20 } }, { signal })) {
   *   render(page.items);
   * }
   * ```
   */
  paginate<TEndpoint extends AnyEndpoint>(
    endpoint: TEndpoint,
    input: EndpointInput<TEndpoint>,
    options?: PaginateOptions<EndpointResponse<TEndpoint>>,
  ): AsyncIterable<EndpointResponse<TEndpoint>>;
  /**
   * Listens to a client event.
   *
   * @param type - The event name, such as `'auth-expired'`.
   * @param listener - Called with the event.
   * @returns A function that removes the listener.
   * @example
   * ```ts
   * const off = client.on('auth-expired', () => navigate('/login'));
   * ```
   */
  on<TType extends keyof ClientEvents>(type: TType, listener: Listener<ClientEvents[TType]>): Unsubscribe;
}

/**
 * Creates a typed API client for a Gerbang back end.
 *
 * @param options - The base URL, the steps and the defaults; see {@link ApiClientOptions}.
 * @example
 * ```ts
 * const client = createApiClient({
 *   baseUrl: 'https://api.lampungin.example.id/v1',
 *   steps: defaultSteps({ auth: { getToken: () => session.accessToken, refresh: () => session.refresh() } }),
 * });
 * const report = await client.call(getReport, { params: { id: 'LPG-0001' } });
 * ```
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const mode = options.validation ?? 'strict';
  const timeout = options.timeout ?? 10_000;
  const defaultHeaders = lowerCaseKeys(options.headers);
  const events = createEmitter<ClientEvents>();
  const context = { emit: events.emit };
  const run = (options.steps ?? defaultSteps())
    .map((step) => step(context))
    .reduceRight<StepNext>((next, handler) => (request) => handler(request, next), createTransport(options));

  async function call(endpoint: AnyEndpoint, input: Record<string, unknown> = {}, callOptions: CallOptions = {}): Promise<unknown> {
    const { path, query, body } = prepareInput(endpoint, input, baseUrl);
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...defaultHeaders };
    let encoded: ClientRequest['body'];
    if (endpoint.body !== undefined && body !== undefined) {
      if (endpoint.bodyType === 'multipart') encoded = encodeMultipart(body as Record<string, unknown>);
      else if (endpoint.bodyType === 'form') encoded = encodeForm(body);
      else {
        headers['content-type'] = 'application/json';
        encoded = JSON.stringify(body);
      }
    }
    if (callOptions.idempotencyKey !== undefined) headers['idempotency-key'] = callOptions.idempotencyKey;
    Object.assign(headers, lowerCaseKeys(callOptions.headers));
    const request: ClientRequest = {
      endpoint,
      method: endpoint.method,
      url: `${baseUrl}${path}${encodeQuery(query)}`,
      headers,
      body: encoded,
      signal: callOptions.signal,
      timeout: callOptions.timeout ?? timeout,
      cache: callOptions.cache ?? 'default',
      attempt: 0,
      onUploadProgress: callOptions.onUploadProgress,
    };
    const response = await run(request);
    return readResult(request, response, callOptions.validation ?? mode, events.emit);
  }

  async function* paginate(
    endpoint: AnyEndpoint,
    input: Record<string, unknown>,
    paginateOptions: PaginateOptions<unknown> = {},
  ): AsyncGenerator<unknown, void, undefined> {
    const { cursorParam = 'cursor', nextCursor = readNextCursor, ...callOptions } = paginateOptions;
    const seen = new Set<string>();
    let cursor: string | null | undefined;
    for (;;) {
      callOptions.signal?.throwIfAborted();
      const query = cursor === undefined || cursor === null ? input['query'] : { ...(input['query'] as object), [cursorParam]: cursor };
      const page = await call(endpoint, { ...input, ...(query === undefined ? {} : { query }) }, callOptions);
      yield page;
      cursor = nextCursor(page);
      if (cursor === undefined || cursor === null || cursor === '' || seen.has(cursor)) return;
      seen.add(cursor);
    }
  }

  return {
    $$brand: CLIENT_BRAND,
    $$version: 1,
    baseUrl,
    call: call as ApiClient['call'],
    paginate: paginate as ApiClient['paginate'],
    on: events.on,
  };
}

/**
 * @internal Validates a call's input against the endpoint; throws a {@link ContractError} naming
 * every bad field (with `params`, `query` or `body` first in its path) before anything is sent.
 */
export function prepareInput(
  endpoint: AnyEndpoint,
  input: Record<string, unknown>,
  baseUrl: string,
): { readonly path: string; readonly query: unknown; readonly body: unknown } {
  const issues: ValidationIssue[] = [];
  const check = (part: 'params' | 'query' | 'body', schema: AnyEndpoint['body'], value: unknown): unknown => {
    if (schema === undefined) return undefined;
    const result = validate(schema, value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) issues.push({ ...issue, path: [part, ...issue.path] });
    return undefined;
  };
  const params = check('params', endpoint.params, input['params'] ?? {});
  const query = check('query', endpoint.query, input['query'] ?? {});
  const body = check('body', endpoint.body, input['body']);
  if (issues.length > 0) {
    throw new ContractError({ method: endpoint.method, url: `${baseUrl}${endpoint.path}`, endpointId: endpoint.id, part: 'input', issues });
  }
  return { path: buildPath(endpoint.pattern, params as Record<string, string>), query, body };
}

function readResult(
  request: ClientRequest,
  response: ClientResponse,
  mode: ValidationMode,
  emit: (type: 'contract-violation', event: ClientEvents['contract-violation']) => void,
): unknown {
  const { endpoint } = request;
  const details: RequestErrorDetails = { method: request.method, url: request.url, endpointId: endpoint.id };
  if (response.status < 200 || response.status > 299) {
    throw new HttpError({ ...details, status: response.status, headers: response.headers, problem: parseProblemDetails(response.data) });
  }
  if (isNoContentSchema(endpoint.response)) return undefined;
  const result = validate(endpoint.response, response.data);
  if (result.success) return result.data;
  const error = new ContractError({ ...details, part: 'response', issues: result.error.issues, cause: result.error });
  if (mode === 'strict') throw error;
  emit('contract-violation', { endpointId: endpoint.id, error });
  return response.data;
}

function readNextCursor(page: unknown): string | undefined {
  const cursor = typeof page === 'object' && page !== null ? (page as { nextCursor?: unknown }).nextCursor : undefined;
  return typeof cursor === 'string' ? cursor : undefined;
}

function lowerCaseKeys(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (headers !== undefined) for (const [name, value] of Object.entries(headers)) result[name.toLowerCase()] = value;
  return result;
}

// ---------------------------------------------------------------------------------------------
// the transport: the one place that sends a request, with fetch (and ky for upload progress)

const TIMED_OUT = Symbol('timed out');

function defaultIsOnline(): boolean {
  return (globalThis as { navigator?: { onLine?: unknown } }).navigator?.onLine !== false;
}

function createTransport(options: ApiClientOptions): StepNext {
  const isOnline = options.isOnline ?? defaultIsOnline;
  const fetchFunction: FetchFunction = options.fetch ?? ((input, init) => fetch(input, init));
  // Streaming a request body (for upload progress) fails on some platforms only when tried, such
  // as Chromium over HTTP/1.1; after one such failure the client reports progress at the end.
  let canStream = supportsRequestStreams();

  async function attempt(request: ClientRequest, stream: boolean): Promise<ClientResponse> {
    const details: RequestErrorDetails = { method: request.method, url: request.url, endpointId: request.endpoint.id };
    const { signal } = request;
    signal?.throwIfAborted();
    if (!isOnline()) throw new OfflineError(details);
    const progress = request.onUploadProgress;
    // ky is loaded only for a body streamed with upload progress, so apps that never upload with
    // progress (and every first screen) do not download it.
    let ky: KyInstance | undefined;
    if (stream && progress !== undefined) {
      try {
        ky = (await import('ky')).default;
      } catch (cause) {
        // Its chunk could not be fetched: a network failure like any other.
        throw new NetworkError({ ...details, cause });
      }
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(TIMED_OUT);
    }, request.timeout);
    const forwardAbort = () => {
      controller.abort(signal?.reason);
    };
    signal?.addEventListener('abort', forwardAbort, { once: true });
    const init = { method: request.method, headers: request.headers, body: request.body ?? null, signal: controller.signal };
    try {
      const response =
        ky !== undefined && progress !== undefined
          ? await ky(request.url, {
              ...init,
              retry: 0,
              timeout: false,
              throwHttpErrors: false,
              fetch: fetchFunction as NonNullable<KyOptions['fetch']>,
              onUploadProgress: ({ transferredBytes, totalBytes }) => {
                progress({ loaded: transferredBytes, total: totalBytes });
              },
            })
          : await fetchFunction(request.url, init);
      const data = await readBody(response, request.method);
      return { status: response.status, headers: response.headers, data };
    } catch (cause) {
      if (signal?.aborted === true) throw signal.reason;
      if (controller.signal.reason === TIMED_OUT) throw new TimeoutError({ ...details, cause, timeout: request.timeout });
      throw isOnline() ? new NetworkError({ ...details, cause }) : new OfflineError({ ...details, cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  return async (request) => {
    const progress = request.onUploadProgress;
    if (progress === undefined || request.body === undefined) return attempt(request, false);
    if (canStream) {
      try {
        return await attempt(request, true);
      } catch (error) {
        // A streamed body may be refused before any response (Chromium over HTTP/1.1). When the
        // call is safe to repeat, stop streaming and send it once more as a plain body.
        if ((error as { name?: unknown }).name !== 'NetworkError' || !request.endpoint.idempotent) throw error;
        canStream = false;
      }
    }
    const response = await attempt(request, false);
    const total = bodySize(request.body);
    progress({ loaded: total, total });
    return response;
  };
}

async function readBody(response: Response, method: string): Promise<unknown> {
  if (method === 'HEAD' || response.status === 204 || response.status === 304) {
    await response.body?.cancel();
    return undefined;
  }
  const text = await response.text();
  if (text === '' || !/json/i.test(response.headers.get('content-type') ?? '')) return text === '' ? undefined : text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON after all: the response validation reports it.
    return text;
  }
}

function bodySize(body: ClientRequest['body']): number {
  if (typeof body === 'string' || body instanceof URLSearchParams) return new TextEncoder().encode(String(body)).length;
  let size = 0;
  body?.forEach((value) => {
    size += typeof value === 'string' ? new TextEncoder().encode(value).length : value.size;
  });
  return size;
}

function supportsRequestStreams(): boolean {
  const probe = { duplexRead: false };
  try {
    const hasType = new Request('https://example.invalid', {
      method: 'POST',
      body: new ReadableStream(),
      get duplex() {
        probe.duplexRead = true;
        return 'half';
      },
    } as RequestInit).headers.has('content-type');
    return probe.duplexRead && !hasType;
  } catch {
    return false;
  }
}
