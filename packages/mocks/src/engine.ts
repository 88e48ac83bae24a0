/**
 * The generic engine: turns endpoint descriptors and resolvers into msw 2 request handlers that
 * honour the contract (input validation with problem details, auth, idempotency, ETags, response
 * checks), with optional seeded chaos.
 *
 * @module
 */
import {
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyInUseProblem,
  idempotencyKeyReusedProblem,
  matchPathPattern,
  notFoundProblem,
  PROBLEM_CONTENT_TYPE,
  rateLimitedProblem,
  serviceUnavailableProblem,
  unauthorizedProblem,
  validate,
  validationFailedProblem,
  type AnyEndpoint,
  type EndpointErrorSchema,
  type ProblemSchema,
  type ValidationIssue,
} from '@gerbang/contracts';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import { createChaos, isChaos, type Chaos, type ChaosOptions, type ChaosOutcome } from './chaos.ts';
import { MockResponseError } from './errors.ts';
import { createIdempotencyLedger, type IdempotencyLedger, type StoredResponse } from './idempotency.ts';
import { bodyFingerprint, entityTag, ifNoneMatchMatches } from './json.ts';
import {
  idempotencyKeyMissingProblem,
  internalErrorProblem,
  invalidRequestProblem,
  methodNotAllowedProblem,
  mockResponseInvalidProblem,
  notImplementedProblem,
  unsupportedMediaTypeProblem,
} from './problems.ts';

/** The base URL the handlers answer on when none is given. */
export const DEFAULT_MOCK_BASE_URL = 'https://api.gerbang.test';

/** The response header that marks a replayed idempotent response. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/** Who is calling: the citizen that a valid bearer token stands for. */
export interface MockPrincipal {
  /** A stable id of the citizen, such as `demo-citizen`. */
  readonly subject: string;
}

/**
 * Checks a bearer token and returns who it stands for, or `undefined` to answer 401.
 *
 * @param token - The token from `Authorization: Bearer <token>`.
 */
export type MockAuthenticate = (token: string) => MockPrincipal | undefined;

/**
 * What a resolver receives: the request's validated parts, and who is calling.
 *
 * @typeParam TEndpoint - The endpoint descriptor type.
 */
export interface MockRequestContext<TEndpoint extends AnyEndpoint = AnyEndpoint> {
  /** The endpoint being served. */
  readonly endpoint: TEndpoint;
  /** The path parameters, parsed by the endpoint's schema. */
  readonly params: z.output<TEndpoint['params']>;
  /** The query, parsed by the endpoint's schema; `undefined` when it takes none. */
  readonly query: TEndpoint['query'] extends z.core.$ZodType ? z.output<TEndpoint['query']> : undefined;
  /** The body, parsed by the endpoint's schema; `undefined` when it takes none. */
  readonly body: TEndpoint['body'] extends z.core.$ZodType ? z.output<TEndpoint['body']> : undefined;
  /** The citizen behind the bearer token, when one was sent and accepted. */
  readonly principal: MockPrincipal | undefined;
  /** The idempotency key, on endpoints that take one. */
  readonly idempotencyKey: string | undefined;
  /** The request URL. */
  readonly url: URL;
  /** The request headers. */
  readonly headers: Headers;
}

/**
 * A response a resolver builds itself, with {@link mockReply} or {@link mockProblem}, to answer
 * with another status or headers than the endpoint's success default. Resolvers may return it or
 * throw it.
 */
export interface MockReply {
  /** Marks a reply, so that it is told apart from a response body. */
  readonly $$mockReply: true;
  /** The HTTP status. */
  readonly status: number;
  /** Extra response headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, or `undefined` for no content. */
  readonly body: unknown;
  /** Whether the body is a problem (`application/problem+json`). */
  readonly problem: boolean;
}

/**
 * What a resolver returns: the success body (typed as the response schema's output, so that
 * every field with a default is written out), or a {@link MockReply}.
 *
 * @typeParam TEndpoint - The endpoint descriptor type.
 */
export type MockResolverResult<TEndpoint extends AnyEndpoint> = z.output<TEndpoint['response']> | MockReply;

/**
 * The behaviour of one endpoint in the mock back end.
 *
 * @typeParam TEndpoint - The endpoint descriptor type.
 */
export interface MockRoute<TEndpoint extends AnyEndpoint = AnyEndpoint> {
  /** The endpoint it serves. */
  readonly endpoint: TEndpoint;
  /**
   * Answers one request whose input already passed the endpoint's schemas.
   *
   * @param context - The validated request.
   */
  resolve(context: MockRequestContext<TEndpoint>): MockResolverResult<TEndpoint> | Promise<MockResolverResult<TEndpoint>>;
}

/**
 * Pairs an endpoint with its resolver, typed from the descriptor: the resolver sees the parsed
 * params, query and body, and must return the response body (checked against the response schema
 * at run time, too).
 *
 * @param endpoint - The endpoint descriptor.
 * @param resolve - Answers one validated request.
 * @example
 * ```ts
 * const health = defineMockRoute(getHealth, () => ({ status: 'ok', version: '1.0.0', time: '2026-01-05T08:00:00+07:00' }));
 * const handlers = createMockHandlers([health], { baseUrl: 'https://api.lampung.example' });
 * ```
 */
export function defineMockRoute<TEndpoint extends AnyEndpoint>(
  endpoint: TEndpoint,
  resolve: (context: MockRequestContext<TEndpoint>) => MockResolverResult<TEndpoint> | Promise<MockResolverResult<TEndpoint>>,
): MockRoute<TEndpoint> {
  return { endpoint, resolve };
}

/**
 * Builds a reply with another status or headers than the endpoint's default.
 *
 * @param init - The status (default 200), the JSON body and extra headers.
 * @example
 * ```ts
 * return mockReply({ status: 202, body: { id }, headers: { Location: `/reports/${id}` } });
 * ```
 */
export function mockReply(init: { status?: number; body?: unknown; headers?: Readonly<Record<string, string>> }): MockReply {
  return { $$mockReply: true, status: init.status ?? 200, headers: init.headers ?? {}, body: init.body, problem: false };
}

/**
 * Builds a problem reply (RFC 9457) of a problem type from `defineProblem`: `type`, `title` and
 * `status` come from the problem type; `fields` add `detail` and extension members.
 *
 * @param schema - The problem type, such as `notFoundProblem`.
 * @param fields - `detail`, `instance` and extension members.
 * @param headers - Extra response headers, such as `Retry-After`.
 * @example
 * ```ts
 * if (report === undefined) return mockProblem(notFoundProblem, { detail: `No report ${params.id}` });
 * ```
 */
export function mockProblem<TSchema extends ProblemSchema<string, number, Record<string, z.core.$ZodType>>>(
  schema: TSchema,
  fields: Partial<Omit<z.input<TSchema>, 'type' | 'status'>> = {},
  headers: Readonly<Record<string, string>> = {},
): MockReply {
  const { type, title, status } = schema.problem;
  return {
    $$mockReply: true,
    status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers },
    body: { type, title, status, ...fields },
    problem: true,
  };
}

/** Tells whether a value is a {@link MockReply}. */
function isMockReply(value: unknown): value is MockReply {
  return typeof value === 'object' && value !== null && (value as Partial<MockReply>).$$mockReply === true;
}

/** The options of {@link createMockHandlers}. */
export interface MockHandlerOptions {
  /**
   * The base URL the endpoints' paths are appended to. Use `*` to answer on any origin.
   * @default DEFAULT_MOCK_BASE_URL ('https://api.gerbang.test')
   * @example 'https://api.lampung.example/v1'
   */
  baseUrl?: string;
  /**
   * Checks bearer tokens. Endpoints with auth `required` answer 401 without a token it accepts;
   * endpoints with auth `optional` answer 401 for a token it refuses.
   * @default every well-formed token is accepted, and stands for the citizen whose subject is the token
   */
  authenticate?: MockAuthenticate;
  /**
   * The ledger of idempotency keys. The mock store passes its own, so that `store.reset()` clears it.
   * @default a new ledger
   */
  idempotency?: IdempotencyLedger;
  /**
   * Chaos mode: a {@link Chaos} source or its options.
   * @default no chaos
   */
  chaos?: Chaos | ChaosOptions;
  /**
   * Checks every response a resolver builds against the endpoint's schemas. A success body that
   * breaks the contract is answered 500 (`mock-response-invalid`); a problem with a status the
   * endpoint does not declare is reported but sent.
   * @default true
   */
  validateResponses?: boolean;
  /**
   * Adds a last handler that answers any other request under the base URL: 405 (with `Allow`) for
   * a known path with another method, 404 otherwise. Turn it off to combine several handler lists
   * on the same base URL.
   * @default true, except with the base URL `*`
   */
  fallback?: boolean;
  /**
   * Called with every {@link MockResponseError} (a response that breaks the contract) and every
   * error a resolver throws; tests use it to fail on drift.
   * @default undefined
   */
  onError?: (error: unknown, endpoint: AnyEndpoint) => void;
}

const TOKEN_PATTERN = /^[A-Za-z0-9\-._~+/]+=*$/;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const PASS: ChaosOutcome = { kind: 'pass', latencyMs: 0 };

const defaultAuthenticate: MockAuthenticate = (token) => ({ subject: token });

/**
 * Turns routes into msw 2 request handlers, one per endpoint, more specific paths first.
 *
 * Every handler:
 * - checks auth (a bearer token; 401 problem otherwise, with `WWW-Authenticate: Bearer`);
 * - on an endpoint marked idempotent, requires `Idempotency-Key` (400 without it), replays the
 *   first response of a key (with `Idempotent-Replayed: true`), answers 422 to the same key with
 *   another payload and 409 while the first request is still running;
 * - reads the body by the endpoint's body type (JSON, form, multipart): 415 for another media
 *   type, 400 for unreadable JSON;
 * - validates path parameters and query (400, `invalid-request`) and body (422,
 *   `validation-failed`), each issue with its path;
 * - on GET, sends an `ETag` and answers 304 to a matching `If-None-Match`;
 * - checks its own response against the contract (see `validateResponses`).
 *
 * @param routes - The routes, from {@link defineMockRoute}; one per endpoint.
 * @param options - Base URL, auth, idempotency ledger, chaos and response checks.
 * @example
 * ```ts
 * const server = setupServer(...createMockHandlers([health], { baseUrl: 'https://api.example.test' }));
 * ```
 */
export function createMockHandlers(routes: readonly MockRoute[], options: MockHandlerOptions = {}): HttpHandler[] {
  const baseUrl = (options.baseUrl ?? DEFAULT_MOCK_BASE_URL).replace(/\/+$/, '');
  const settings: EngineSettings = {
    authenticate: options.authenticate ?? defaultAuthenticate,
    ledger: options.idempotency ?? createIdempotencyLedger(),
    chaos: options.chaos === undefined ? undefined : isChaos(options.chaos) ? options.chaos : createChaos(options.chaos),
    validateResponses: options.validateResponses ?? true,
    onError: options.onError,
  };
  const handlers = [...routes].sort(compareRoutes).map((route) => {
    const method = route.endpoint.method.toLowerCase() as Lowercase<AnyEndpoint['method']>;
    // A contract template is already in msw's form: static segments of URL-safe characters that
    // msw's matcher reads literally, and `:name` parameters, which msw decodes.
    return http[method](`${baseUrl}${route.endpoint.path}`, ({ request, params }) => serve(route, request, params, settings));
  });
  if (options.fallback ?? baseUrl !== '*') handlers.push(fallbackHandler(baseUrl, routes));
  return handlers;
}

/**
 * The last handler: answers any other request under the base URL with 405 (a known path, another
 * method, with `Allow`) or 404, so that a typo in a path is a problem, not a network error.
 */
function fallbackHandler(baseUrl: string, routes: readonly MockRoute[]): HttpHandler {
  const basePath = baseUrl.startsWith('/') ? baseUrl : new URL(baseUrl.startsWith('*') ? `https://any${baseUrl.slice(1)}` : baseUrl).pathname.replace(/\/+$/, '');
  return http.all(`${baseUrl}/*`, ({ request }) => {
    const path = new URL(request.url).pathname.slice(basePath.length) || '/';
    const allowed = routes.filter((route) => matchPathPattern(route.endpoint.pattern, path) !== undefined).map((route) => route.endpoint.method);
    if (allowed.length > 0) {
      return send(
        mockProblem(methodNotAllowedProblem, { detail: `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}.` }, { Allow: allowed.join(', ') }),
      );
    }
    return send(mockProblem(notFoundProblem, { detail: `No endpoint of the mock back end answers ${request.method} ${path}.` }));
  });
}

/**
 * A route for an endpoint that the mock back end does not implement: it validates the input like
 * any other, then answers 501 (`not-implemented`).
 *
 * @param endpoint - The endpoint.
 */
export function notImplementedRoute(endpoint: AnyEndpoint): MockRoute {
  return defineMockRoute(endpoint, () =>
    mockProblem(notImplementedProblem, { detail: `The mock back end has no resolver for "${endpoint.id}".`, endpointId: endpoint.id }),
  );
}

// ---------------------------------------------------------------------------------------------
// internals

interface EngineSettings {
  readonly authenticate: MockAuthenticate;
  readonly ledger: IdempotencyLedger;
  readonly chaos: Chaos | undefined;
  readonly validateResponses: boolean;
  readonly onError: ((error: unknown, endpoint: AnyEndpoint) => void) | undefined;
}

/** Static segments before parameters, position by position, so that `/reports/mine` wins over `/reports/:id`. */
function compareRoutes(left: MockRoute, right: MockRoute): number {
  const a = left.endpoint.pattern.segments;
  const b = right.endpoint.pattern.segments;
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const rank = (a[index]!.kind === 'param' ? 1 : 0) - (b[index]!.kind === 'param' ? 1 : 0);
    if (rank !== 0) return rank;
  }
  return b.length - a.length;
}

async function serve(route: MockRoute, request: Request, rawParams: Record<string, unknown>, settings: EngineSettings): Promise<Response> {
  const outcome = settings.chaos?.decide(route.endpoint.id) ?? PASS;
  if (outcome.latencyMs > 0) await delay(outcome.latencyMs);
  switch (outcome.kind) {
    case 'drop':
      return HttpResponse.error();
    case 'rate-limit':
      return send(
        mockProblem(rateLimitedProblem, { detail: 'Too many requests (chaos mode).', retryAfter: outcome.retryAfterSeconds }, {
          'Retry-After': String(outcome.retryAfterSeconds),
        }),
      );
    case 'error':
      return send(
        outcome.status === 503
          ? mockProblem(
              serviceUnavailableProblem,
              { detail: 'The service is unavailable (chaos mode).', retryAfter: outcome.retryAfterSeconds ?? 1 },
              { 'Retry-After': String(outcome.retryAfterSeconds ?? 1) },
            )
          : mockProblem(internalErrorProblem, { detail: 'The server failed (chaos mode).' }),
      );
    default: {
      const reply = await handle(route, request, rawParams, settings);
      if (outcome.kind === 'malformed' && reply.status < 300 && reply.body !== undefined) {
        return outcome.form === 'truncated-json'
          ? new HttpResponse(JSON.stringify(reply.body).slice(0, -1), { status: reply.status, headers: { 'Content-Type': 'application/json' } })
          : HttpResponse.json({ unexpected: 'shape', data: [reply.body] }, { status: reply.status });
      }
      return send(reply, request, route.endpoint);
    }
  }
}

/** Sends a reply; on a successful GET or HEAD, with an ETag and 304 for a matching If-None-Match. */
function send(reply: MockReply, request?: Request, endpoint?: AnyEndpoint): Response {
  const headers = new Headers(reply.headers);
  const conditional = request !== undefined && endpoint !== undefined && (endpoint.method === 'GET' || endpoint.method === 'HEAD');
  if (conditional && reply.status === 200 && reply.body !== undefined) {
    const tag = entityTag(reply.body);
    headers.set('ETag', tag);
    if (ifNoneMatchMatches(request.headers.get('If-None-Match'), tag)) {
      headers.delete('Content-Type');
      return new HttpResponse(null, { status: 304, headers });
    }
  }
  if (reply.body === undefined || reply.status === 204 || endpoint?.method === 'HEAD') {
    return new HttpResponse(null, { status: reply.status, headers });
  }
  if (reply.problem) headers.set('Content-Type', PROBLEM_CONTENT_TYPE);
  return HttpResponse.json(reply.body as Record<string, unknown>, { status: reply.status, headers });
}

async function handle(route: MockRoute, request: Request, rawParams: Record<string, unknown>, settings: EngineSettings): Promise<MockReply> {
  const { endpoint } = route;
  const url = new URL(request.url);

  // 1. auth
  let principal: MockPrincipal | undefined;
  if (endpoint.auth !== 'none') {
    const authorization = request.headers.get('Authorization');
    if (authorization !== null || endpoint.auth === 'required') {
      const token = /^Bearer +(\S+)$/i.exec(authorization ?? '')?.[1];
      principal = token !== undefined && TOKEN_PATTERN.test(token) ? settings.authenticate(token) : undefined;
      if (principal === undefined) {
        return mockProblem(
          unauthorizedProblem,
          { detail: authorization === null ? 'This endpoint needs a bearer token.' : 'The bearer token is not valid.' },
          { 'WWW-Authenticate': authorization === null ? 'Bearer' : 'Bearer error="invalid_token"' },
        );
      }
    }
  }

  // 2. the idempotency key
  let idempotencyKey: string | undefined;
  if (endpoint.idempotencyKey) {
    idempotencyKey = request.headers.get(IDEMPOTENCY_KEY_HEADER) ?? undefined;
    if (idempotencyKey === undefined || !KEY_PATTERN.test(idempotencyKey)) {
      return mockProblem(idempotencyKeyMissingProblem, {
        detail:
          idempotencyKey === undefined
            ? `${endpoint.method} ${endpoint.path} requires an ${IDEMPOTENCY_KEY_HEADER} header.`
            : `The ${IDEMPOTENCY_KEY_HEADER} header must be 1 to 255 visible ASCII characters.`,
      });
    }
  }

  // 3. read the body
  let rawBody: unknown;
  if (endpoint.body !== undefined) {
    const read = await readBody(endpoint, request);
    if (isMockReply(read)) return read;
    rawBody = read.value;
  }

  // 4. validate params, query and body
  const params = validate(endpoint.params, rawParams, { subject: 'path parameters' });
  const query = endpoint.query === undefined ? undefined : validate(endpoint.query, readQuery(endpoint.query, url.searchParams), { subject: 'query' });
  const requestIssues = [
    ...(params.success ? [] : prefixIssues('params', params.error.issues)),
    ...(query === undefined || query.success ? [] : prefixIssues('query', query.error.issues)),
  ];
  if (requestIssues.length > 0) {
    return mockProblem(invalidRequestProblem, {
      detail: `The ${params.success ? 'query' : 'path parameters'} of ${endpoint.method} ${endpoint.path} break the contract.`,
      issues: requestIssues,
    });
  }
  let body: unknown;
  if (endpoint.body !== undefined) {
    const parsed = validate(endpoint.body, rawBody, { subject: 'body' });
    if (!parsed.success) {
      return mockProblem(validationFailedProblem, {
        detail: `The request body has ${parsed.error.issues.length === 1 ? '1 invalid value' : `${parsed.error.issues.length} invalid values`}.`,
        issues: toProblemIssues(parsed.error.issues),
      });
    }
    body = parsed.data;
  }

  // 5. idempotency: replay, mismatch, in progress, or run
  const scope = `${endpoint.id}\u0000${principal?.subject ?? ''}`;
  if (idempotencyKey !== undefined) {
    const lookup = settings.ledger.begin(scope, idempotencyKey, bodyFingerprint({ path: url.pathname, query: url.search, body: rawBody }));
    if (lookup.state === 'replay') {
      return { ...storedToReply(lookup.response), headers: { ...lookup.response.headers, [IDEMPOTENT_REPLAYED_HEADER]: 'true' } };
    }
    if (lookup.state === 'mismatch') {
      return mockProblem(idempotencyKeyReusedProblem, {
        detail: `The ${IDEMPOTENCY_KEY_HEADER} was already used with another payload; use a new key for a new request.`,
      });
    }
    if (lookup.state === 'in-progress') {
      return mockProblem(idempotencyKeyInUseProblem, { detail: 'A request with this key is still being processed; retry later.' }, { 'Retry-After': '1' });
    }
  }

  // 6. resolve
  const context: MockRequestContext = {
    endpoint,
    params: params.data!,
    query: query?.data as never,
    body: body as never,
    principal,
    idempotencyKey,
    url,
    headers: request.headers,
  };
  let reply: MockReply;
  try {
    const result = await route.resolve(context);
    reply = isMockReply(result) ? result : { $$mockReply: true, status: endpoint.status, headers: {}, body: result, problem: false };
  } catch (error) {
    if (isMockReply(error)) {
      reply = error;
    } else {
      settings.onError?.(error, endpoint);
      reply = mockProblem(internalErrorProblem, { detail: `The resolver of "${endpoint.id}" threw: ${describeError(error)}` });
    }
  }
  if (settings.validateResponses) reply = checkReply(endpoint, reply, settings);

  // 7. remember the result for the key; a 5xx or 429 may be retried, so it is not kept
  if (idempotencyKey !== undefined) {
    if (reply.status >= 500 || reply.status === 429) settings.ledger.abandon(scope, idempotencyKey);
    else settings.ledger.complete(scope, idempotencyKey, { status: reply.status, headers: reply.headers, body: reply.body });
  }
  return reply;
}

function storedToReply(response: StoredResponse): MockReply {
  return {
    $$mockReply: true,
    status: response.status,
    headers: response.headers,
    body: response.body,
    problem: response.headers['Content-Type'] === PROBLEM_CONTENT_TYPE,
  };
}

function checkReply(endpoint: AnyEndpoint, reply: MockReply, settings: EngineSettings): MockReply {
  if (reply.status < 400) {
    const schema = reply.status === endpoint.status ? endpoint.response : undefined;
    if (schema === undefined) return reply;
    const result = validate(schema, reply.body, { subject: `response of ${endpoint.id}` });
    if (result.success) return reply;
    const error = new MockResponseError(endpoint.id, result.error.issues, { cause: result.error });
    settings.onError?.(error, endpoint);
    return mockProblem(mockResponseInvalidProblem, {
      detail: error.message,
      endpointId: endpoint.id,
      issues: toProblemIssues(result.error.issues),
    });
  }
  const declared: EndpointErrorSchema | undefined = endpoint.errors[reply.status];
  if (declared === undefined) {
    const problem = getProblemType(reply.body);
    if (!ENGINE_PROBLEM_TYPES.has(problem)) {
      settings.onError?.(
        new MockResponseError(endpoint.id, [
          { code: 'custom', path: ['status'], received: 'number', message: `the status ${reply.status} (${problem}) is not among the endpoint's errors` },
        ]),
        endpoint,
      );
    }
    return reply;
  }
  const schemas = Array.isArray(declared) ? declared : [declared];
  const failures = schemas.map((schema) => validate(schema, reply.body, { subject: `problem of ${endpoint.id}` }));
  if (failures.some((result) => result.success)) return reply;
  const issues = failures.flatMap((result) => result.error?.issues ?? []);
  settings.onError?.(new MockResponseError(endpoint.id, issues), endpoint);
  return reply;
}

/** Problems the engine answers on any endpoint, declared or not. */
const ENGINE_PROBLEM_TYPES = new Set<string>([
  'https://gerbang.dev/problems/unauthorized',
  'https://gerbang.dev/problems/invalid-request',
  'https://gerbang.dev/problems/validation-failed',
  'https://gerbang.dev/problems/unsupported-media-type',
  'https://gerbang.dev/problems/idempotency-key-missing',
  'https://gerbang.dev/problems/idempotency-key-reused',
  'https://gerbang.dev/problems/idempotency-key-in-use',
  'https://gerbang.dev/problems/not-implemented',
  'https://gerbang.dev/problems/internal-error',
  'https://gerbang.dev/problems/mock-response-invalid',
]);

function getProblemType(body: unknown): string {
  const type = typeof body === 'object' && body !== null ? (body as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : 'about:blank';
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : typeof error === 'string' ? error : 'a non-error value';
}

function prefixIssues(where: string, issues: readonly ValidationIssue[]): ProblemIssue[] {
  return toProblemIssues(issues).map((issue) => ({ ...issue, path: [where, ...issue.path] }));
}

interface ProblemIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

function toProblemIssues(issues: readonly ValidationIssue[]): ProblemIssue[] {
  return issues.map((issue) => ({ path: [...issue.path], code: issue.code, message: issue.message }));
}

async function readBody(endpoint: AnyEndpoint, request: Request): Promise<{ value: unknown } | MockReply> {
  const expected = endpoint.requestContentType!;
  const contentType = request.headers.get('Content-Type');
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  const text = endpoint.bodyType === 'json' ? await request.text() : undefined;
  if (contentType === null && (text === undefined || text === '')) {
    // No body at all: let the schema decide whether the body is optional.
    return { value: endpoint.bodyType === 'json' ? undefined : {} };
  }
  if (mediaType !== expected && !(expected === 'application/json' && mediaType !== undefined && /^application\/[\w.+-]*\+json$/.test(mediaType))) {
    return mockProblem(unsupportedMediaTypeProblem, {
      detail: `${endpoint.method} ${endpoint.path} takes ${expected}, not ${mediaType ?? 'a body without a Content-Type'}.`,
      expected,
    });
  }
  if (text !== undefined) {
    if (text === '') return { value: undefined };
    try {
      return { value: JSON.parse(text) as unknown };
    } catch (error) {
      return mockProblem(invalidRequestProblem, { detail: `The body is not valid JSON: ${describeError(error)}` });
    }
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the mock reads small test bodies in memory; the note is about production servers
    const form = await request.formData();
    return { value: await formToObject(endpoint.body!, form) };
  } catch (error) {
    return mockProblem(invalidRequestProblem, { detail: `The ${expected} body cannot be read: ${describeError(error)}` });
  }
}

/**
 * Reads form fields or query parameters into an object: a repeated name, or a name whose schema is
 * an array, gives an array; others give the last value.
 */
function entriesToObject(schema: z.core.$ZodType, entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of entries) {
    const existing = result[name];
    if (Array.isArray(existing)) existing.push(value);
    else if (existing !== undefined) result[name] = [existing, value];
    else result[name] = isArrayField(schema, name) ? [value] : value;
  }
  return { ...result };
}

/**
 * Reads a form: a part whose schema is an object (such as a report's JSON part beside its photos)
 * is parsed as JSON, from a string or from a blob; unreadable JSON is left as is, for the schema
 * to reject at its path.
 */
async function formToObject(schema: z.core.$ZodType, form: FormData): Promise<Record<string, unknown>> {
  const entries: [string, unknown][] = [];
  for (const [name, value] of form.entries()) {
    if (!isJsonField(schema, name)) {
      entries.push([name, value]);
      continue;
    }
    const text = typeof value === 'string' ? value : await (value as Blob).text();
    try {
      entries.push([name, JSON.parse(text) as unknown]);
    } catch {
      entries.push([name, text]);
    }
  }
  return entriesToObject(schema, entries);
}

function readQuery(schema: z.core.$ZodType, search: URLSearchParams): Record<string, unknown> {
  return entriesToObject(schema, search.entries());
}

interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, z.core.$ZodType>;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
}

/** The type of an object schema's field, through optional, default, nullable and pipes. */
function fieldType(schema: z.core.$ZodType, name: string): string | undefined {
  const shape = (schema._zod.def as SchemaDef).shape;
  let field = shape === undefined || !Object.hasOwn(shape, name) ? undefined : shape[name];
  for (let depth = 0; field !== undefined && depth < 8; depth++) {
    const def = field._zod.def as SchemaDef;
    const inner = def.innerType ?? def.in;
    if (inner === undefined) return def.type;
    field = inner;
  }
  return undefined;
}

function isArrayField(schema: z.core.$ZodType, name: string): boolean {
  return fieldType(schema, name) === 'array';
}

function isJsonField(schema: z.core.$ZodType, name: string): boolean {
  const type = fieldType(schema, name);
  return type === 'object' || type === 'record';
}
