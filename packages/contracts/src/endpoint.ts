/**
 * Endpoint descriptors: one frozen object per HTTP call that says everything about it (method,
 * path with typed parameters, query, body, response, problems, auth, idempotency). The same
 * descriptor drives the API client, the mock back end, the OpenAPI 3.1 document and the docs.
 *
 * @module
 */
import * as z from 'zod/mini';
import { InvalidDefinitionError } from './errors.ts';
import { explainBadId } from './ids.ts';
import { checkPathTemplate, compilePathPattern, type PathParamNames, type PathPattern } from './path-pattern.ts';
import { getProblemDefinition, isZodSchema } from './problem.ts';
import { quoteValue } from './validation.ts';

const ENDPOINT_BRAND = '@gerbang/endpoint';

/**
 * The HTTP header that carries an idempotency key on a POST or PATCH marked `idempotent` (IETF
 * httpapi draft "The Idempotency-Key HTTP Header Field").
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** The HTTP methods an endpoint can use. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call an endpoint:
 * - `'none'`: anyone; no token is sent;
 * - `'optional'`: anyone, but a signed-in citizen's token is sent and may change the answer;
 * - `'required'`: only with a valid bearer token (the default: least privilege).
 */
export type EndpointAuth = 'none' | 'optional' | 'required';

/** How a request body is encoded: JSON, a URL-encoded form, or a multipart form (for files). */
export type EndpointBodyType = 'json' | 'form' | 'multipart';

/** The media type of a request body, by {@link EndpointBodyType}. */
export type RequestContentType = 'application/json' | 'application/x-www-form-urlencoded' | 'multipart/form-data';

/** The status codes an endpoint can succeed with. */
export type SuccessStatus = 200 | 201 | 202 | 204;

/** The schema of an endpoint's path parameters or query: a zod object. */
export type EndpointObjectSchema = z.core.$ZodObject;

/**
 * The problem schemas of one error status: one schema (usually from `defineProblem`), or several
 * when the same status can carry different problem types (422 for validation and for a reused
 * idempotency key).
 */
export type EndpointErrorSchema = z.core.$ZodType | readonly z.core.$ZodType[];

/** An endpoint's problems, keyed by HTTP error status (400 to 599). */
export type EndpointErrors = { readonly [TStatus: number]: EndpointErrorSchema };

/**
 * The path parameter schema `defineEndpoint` derives from a template when `params` is left out:
 * each parameter is a non-empty string.
 *
 * @typeParam TPath - The path template.
 */
export type DefaultParamsSchema<TPath extends string> = z.ZodMiniObject<
  string extends TPath
    ? Record<string, z.ZodMiniString<string>>
    : { [TName in PathParamNames<TPath>]: z.ZodMiniString<string> }
>;

/**
 * The descriptor of one HTTP call, from {@link defineEndpoint}. It is frozen data: schemas,
 * status, content types, auth and idempotency, everything the client, the mocks, the OpenAPI
 * document and the docs need. Check for one with {@link isEndpoint}, never `instanceof`.
 *
 * @typeParam TId - The endpoint id, such as `reports.get`.
 * @typeParam TMethod - The HTTP method.
 * @typeParam TPath - The path template, such as `/reports/:id`.
 * @typeParam TParams - The schema of the path parameters.
 * @typeParam TQuery - The schema of the query, or `undefined`.
 * @typeParam TBody - The schema of the request body, or `undefined`.
 * @typeParam TResponse - The schema of the success response body.
 * @typeParam TErrors - The problem schemas, by status.
 */
export interface Endpoint<
  TId extends string = string,
  TMethod extends HttpMethod = HttpMethod,
  TPath extends string = string,
  TParams extends EndpointObjectSchema = EndpointObjectSchema,
  TQuery extends EndpointObjectSchema | undefined = EndpointObjectSchema | undefined,
  TBody extends z.core.$ZodType | undefined = z.core.$ZodType | undefined,
  TResponse extends z.core.$ZodType = z.core.$ZodType,
  TErrors extends EndpointErrors = EndpointErrors,
> {
  /** The brand that identifies endpoint descriptors across SDK copies; see {@link isEndpoint}. */
  readonly $$brand: typeof ENDPOINT_BRAND;
  /** The version of the descriptor format. */
  readonly $$version: 1;
  /** The endpoint id, a Gerbang id; the OpenAPI `operationId`. */
  readonly id: TId;
  /** The HTTP method. */
  readonly method: TMethod;
  /** The path template, such as `/reports/:id`. */
  readonly path: TPath;
  /** The path template, compiled once for building and matching paths. */
  readonly pattern: PathPattern;
  /** The schema of the path parameters: the given one, or one derived from the template. */
  readonly params: TParams;
  /** The schema of the query, if the endpoint takes one. */
  readonly query: TQuery;
  /** The schema of the request body, if the endpoint takes one. */
  readonly body: TBody;
  /** How the request body is encoded; `undefined` when there is no body. */
  readonly bodyType: TBody extends undefined ? undefined : EndpointBodyType;
  /** The media type of the request body; `undefined` when there is no body. */
  readonly requestContentType: TBody extends undefined ? undefined : RequestContentType;
  /** The schema of the success response body (`z.void()` or `z.undefined()` for no content). */
  readonly response: TResponse;
  /** The success status. */
  readonly status: SuccessStatus;
  /** The media type of the success response; `undefined` when it has no content. */
  readonly responseContentType: 'application/json' | undefined;
  /** The problem schemas, by error status; each is sent as `application/problem+json`. */
  readonly errors: Readonly<TErrors>;
  /** Who may call the endpoint. */
  readonly auth: EndpointAuth;
  /**
   * Whether repeating the call has the same effect as making it once, so that it is safe to
   * retry: true for GET, HEAD, PUT and DELETE by HTTP semantics, and for a POST or PATCH that
   * carries an idempotency key.
   */
  readonly idempotent: boolean;
  /** Whether each call carries an `Idempotency-Key` header (a POST or PATCH marked `idempotent`). */
  readonly idempotencyKey: boolean;
  /** A one-line summary, for the docs. */
  readonly summary?: string;
  /** A longer description in Markdown, for the docs. */
  readonly description?: string;
  /** Tags that group endpoints in the docs. */
  readonly tags: readonly string[];
  /** Whether the endpoint is deprecated and should no longer be used. */
  readonly deprecated: boolean;
}

/** Any endpoint descriptor, whatever its types; use it as a constraint. */
export type AnyEndpoint = Endpoint;

/**
 * The options of {@link defineEndpoint}.
 *
 * @typeParam TId - The endpoint id.
 * @typeParam TMethod - The HTTP method.
 * @typeParam TPath - The path template.
 * @typeParam TParams - The schema of the path parameters, if given.
 * @typeParam TQuery - The schema of the query, if any.
 * @typeParam TBody - The schema of the request body, if any.
 * @typeParam TResponse - The schema of the success response.
 * @typeParam TErrors - The problem schemas, by status.
 */
export interface EndpointConfig<
  TId extends string = string,
  TMethod extends HttpMethod = HttpMethod,
  TPath extends string = string,
  TParams extends EndpointObjectSchema | undefined = EndpointObjectSchema | undefined,
  TQuery extends EndpointObjectSchema | undefined = EndpointObjectSchema | undefined,
  TBody extends z.core.$ZodType | undefined = z.core.$ZodType | undefined,
  TResponse extends z.core.$ZodType = z.core.$ZodType,
  TErrors extends EndpointErrors = EndpointErrors,
> {
  /**
   * The endpoint id: a Gerbang id, unique in an API; the OpenAPI `operationId`.
   * @example 'reports.get'
   */
  id: TId;
  /**
   * The HTTP method, in capitals.
   * @example 'GET'
   */
  method: TMethod;
  /**
   * The path template, relative to the API base URL. Parameters are written `:name`.
   * @example '/reports/:id'
   */
  path: TPath;
  /**
   * A zod object that refines the path parameters; its keys must be exactly the template's
   * parameters, and each must accept a string.
   * @default each parameter a non-empty string
   * @example z.object({ id: z.string().check(z.regex(/^LPG-\d+$/)) })
   */
  params?: TParams;
  /**
   * A zod object for the query string.
   * @default undefined (no query)
   * @example z.object({ page: z.optional(z.coerce.number()) })
   */
  query?: TQuery;
  /**
   * The schema of the request body. Not allowed on GET, HEAD and DELETE.
   * @default undefined (no body)
   * @example z.object({ title: z.string(), description: z.string() })
   */
  body?: TBody;
  /**
   * How the body is encoded: `'json'`, `'form'` (`application/x-www-form-urlencoded`) or
   * `'multipart'` (`multipart/form-data`, for files). Forms need a zod object body.
   * @default 'json'
   */
  bodyType?: EndpointBodyType;
  /**
   * The schema of the success response body; `z.void()` (or `z.undefined()`) for no content.
   * @example z.object({ id: z.string(), status: z.enum(['open', 'closed']) })
   */
  response: TResponse;
  /**
   * The success status: 200, 201, 202, or 204 (which needs a `z.void()` response).
   * @default 204 when the response is `z.void()` and the method is not HEAD, otherwise 200
   */
  status?: SuccessStatus;
  /**
   * The problems the endpoint can answer with, by HTTP error status (400 to 599). Each is a
   * problem schema from `defineProblem`, or an array of them when several share a status.
   * @default {}
   * @example { 404: notFoundProblem, 422: [validationFailedProblem, idempotencyKeyReusedProblem] }
   */
  errors?: TErrors;
  /**
   * Who may call the endpoint: `'none'`, `'optional'` or `'required'` (a bearer token).
   * @default 'required'
   */
  auth?: EndpointAuth;
  /**
   * For POST and PATCH only: each call carries an `Idempotency-Key` header, so that a retried
   * call (after a timeout, or from the offline queue) takes effect once. GET, HEAD, PUT and
   * DELETE are idempotent by HTTP semantics and do not take this option.
   * @default false
   */
  idempotent?: boolean;
  /**
   * A one-line summary, for the docs.
   * @default undefined
   * @example 'Get a report'
   */
  summary?: string;
  /**
   * A longer description in Markdown, for the docs.
   * @default undefined
   */
  description?: string;
  /**
   * Tags that group endpoints in the docs.
   * @default []
   * @example ['reports']
   */
  tags?: readonly string[];
  /**
   * Whether the endpoint is deprecated.
   * @default false
   */
  deprecated?: boolean;
}

/**
 * Compile-time checks of {@link defineEndpoint}'s options: `unknown` when everything is fine,
 * otherwise an impossible requirement that names the mistake in the compiler's message. It is
 * self-contained on purpose, so that the API reference shows it without internal names.
 */
type EndpointConfigChecks<TMethod extends HttpMethod, TPath extends string, TParams, TErrors> =
  // `params` must have exactly the template's parameters, each accepting a string.
  ([TParams] extends [z.core.$ZodObject<infer TShape>]
    ? string extends TPath
      ? unknown
      : [Exclude<keyof TShape, PathParamNames<TPath>>, Exclude<PathParamNames<TPath>, keyof TShape>] extends [never, never]
        ? { [TName in keyof TShape]: z.input<TShape[TName]> extends string ? never : TName } extends Record<keyof TShape, never>
          ? unknown
          : { params: { 'path parameters must accept strings': true } }
        : {
            params: {
              'params keys must equal the path parameters': PathParamNames<TPath>;
              extra: Exclude<keyof TShape, PathParamNames<TPath>>;
              missing: Exclude<PathParamNames<TPath>, keyof TShape>;
            };
          }
    : unknown) &
  // GET, HEAD and DELETE have no body; only POST and PATCH take `idempotent`.
  ([TMethod] extends ['GET' | 'HEAD' | 'DELETE'] ? { body?: undefined } : unknown) &
  ([TMethod] extends ['POST' | 'PATCH'] ? unknown : { idempotent?: undefined }) &
  // Error statuses are 4xx or 5xx.
  ([Exclude<`${keyof TErrors & (string | number)}`, `${4 | 5}${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`>] extends [never]
    ? unknown
    : { errors: { 'error statuses must be 4xx or 5xx': Exclude<`${keyof TErrors & (string | number)}`, `${4 | 5}${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`> } }) &
  // A problem from defineProblem is listed under its own status.
  ({
    [TKey in keyof TErrors]: (TErrors[TKey] extends readonly (infer TItem)[] ? TItem : TErrors[TKey]) extends infer TSchema
      ? TSchema extends { readonly problem: { readonly status: infer TStatus extends number } }
        ? number extends TStatus
          ? never
          : `${TStatus}` extends `${TKey & (string | number)}`
            ? never
            : TKey
        : never
      : never;
  }[keyof TErrors] extends infer TMisfiled
    ? [TMisfiled] extends [never]
      ? unknown
      : { errors: { 'a problem is listed under another status': TMisfiled } }
    : unknown);

const METHODS: readonly HttpMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const AUTH: readonly EndpointAuth[] = ['none', 'optional', 'required'];
const SUCCESS_STATUSES: readonly number[] = [200, 201, 202, 204];
const CONTENT_TYPES: Readonly<Record<EndpointBodyType, RequestContentType>> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  multipart: 'multipart/form-data',
};
const CONFIG_KEYS: readonly string[] = [
  'id',
  'method',
  'path',
  'params',
  'query',
  'body',
  'bodyType',
  'response',
  'status',
  'errors',
  'auth',
  'idempotent',
  'summary',
  'description',
  'tags',
  'deprecated',
];

/**
 * Defines an HTTP endpoint. The options are checked at once, so that a wrong contract fails when
 * its module is loaded, with a message naming the endpoint; the result is a frozen
 * {@link Endpoint} descriptor. Path parameters are inferred from the template.
 *
 * Defining an endpoint has no side effects, and the function is annotated `@__NO_SIDE_EFFECTS__`,
 * so Rollup and Rolldown (Vite) drop the endpoints an app does not use. esbuild honours that
 * annotation only within one file: for esbuild, put a `@__PURE__` comment before each call.
 *
 * @param config - The endpoint; see {@link EndpointConfig}.
 * @throws {@link InvalidDefinitionError} when the id, the method or the path template is
 * malformed, `params` does not match the template's parameters, a GET, HEAD or DELETE has a body,
 * an error status is not 4xx or 5xx, or any other option is wrong.
 * @example
 * ```ts
 * export const getReport = defineEndpoint({
 *   id: 'reports.get',
 *   method: 'GET',
 *   path: '/reports/:id',
 *   response: reportSchema,
 *   errors: { 404: notFoundProblem },
 *   auth: 'optional',
 *   summary: 'Get a report',
 * });
 *
 * export const createReport = defineEndpoint({
 *   id: 'reports.create',
 *   method: 'POST',
 *   path: '/reports',
 *   body: newReportSchema,
 *   response: reportSchema,
 *   status: 201,
 *   errors: { 422: [validationFailedProblem, idempotencyKeyReusedProblem], 409: idempotencyKeyInUseProblem },
 *   idempotent: true,
 * });
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function defineEndpoint<
  TId extends string,
  TMethod extends HttpMethod,
  TPath extends string,
  TResponse extends z.core.$ZodType,
  TParams extends EndpointObjectSchema | undefined = undefined,
  TQuery extends EndpointObjectSchema | undefined = undefined,
  TBody extends z.core.$ZodType | undefined = undefined,
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no errors: an object without keys
  TErrors extends EndpointErrors = {},
>(
  config: EndpointConfig<TId, TMethod, TPath, TParams, TQuery, TBody, TResponse, TErrors> &
    EndpointConfigChecks<TMethod, TPath, TParams, TErrors>,
): Endpoint<
  TId,
  TMethod,
  TPath,
  [TParams] extends [EndpointObjectSchema] ? TParams : DefaultParamsSchema<TPath>,
  TQuery,
  TBody,
  TResponse,
  TErrors
> {
  return buildEndpoint(config) as never;
}

/**
 * Tells whether a value is an endpoint descriptor from {@link defineEndpoint}, from any copy of
 * the SDK.
 *
 * @param value - Any value.
 * @example
 * ```ts
 * isEndpoint(getHealth); // true
 * isEndpoint({ id: 'health.get' }); // false
 * ```
 */
export function isEndpoint(value: unknown): value is AnyEndpoint {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { readonly [TKey in keyof AnyEndpoint]?: unknown };
  return (
    candidate.$$brand === ENDPOINT_BRAND &&
    typeof candidate.id === 'string' &&
    typeof candidate.method === 'string' &&
    typeof candidate.path === 'string' &&
    typeof candidate.pattern === 'object' &&
    candidate.pattern !== null
  );
}

/**
 * Tells whether a response schema means "no content": `z.void()` or `z.undefined()`.
 *
 * @param schema - An endpoint's response schema.
 */
export function isNoContentSchema(schema: z.core.$ZodType): boolean {
  const type = schema._zod.def.type;
  return type === 'void' || type === 'undefined';
}

// ---------------------------------------------------------------------------------------------
// type helpers

/**
 * What a caller passes to call an endpoint: `{ params, query, body }`, each part present only
 * when the endpoint has it, and optional when every field in it is optional; an empty object
 * (`Record<string, never>`) for an endpoint without input.
 *
 * @typeParam TEndpoint - An endpoint descriptor type.
 * @example
 * ```ts
 * type Input = EndpointInput<typeof getReport>; // { params: { id: string } }
 * ```
 */
export type EndpointInput<TEndpoint extends AnyEndpoint> = ((TEndpoint['params'] extends z.core.$ZodObject<infer TShape>
  ? [keyof TShape] extends [never]
    ? unknown
    : { params: z.input<TEndpoint['params']> }
  : { params: z.input<TEndpoint['params']> }) &
  (TEndpoint['query'] extends z.core.$ZodType
    ? Partial<z.input<TEndpoint['query']>> extends z.input<TEndpoint['query']>
      ? { query?: z.input<TEndpoint['query']> }
      : { query: z.input<TEndpoint['query']> }
    : unknown) &
  (TEndpoint['body'] extends z.core.$ZodType
    ? undefined extends z.input<TEndpoint['body']>
      ? { body?: Exclude<z.input<TEndpoint['body']>, undefined> }
      : { body: z.input<TEndpoint['body']> }
    : unknown)) extends infer TInput
  ? [keyof TInput] extends [never]
    ? Record<string, never>
    : { [TKey in keyof TInput]: TInput[TKey] }
  : never;

/**
 * The path parameters of an endpoint, as a caller passes them: `{ id: string }` for `/reports/:id`,
 * `Record<string, never>` for a path without parameters.
 *
 * @typeParam TEndpoint - An endpoint descriptor type.
 */
export type EndpointParams<TEndpoint extends AnyEndpoint> = TEndpoint['params'] extends z.core.$ZodObject<infer TShape>
  ? [keyof TShape] extends [never]
    ? Record<string, never>
    : z.input<TEndpoint['params']>
  : z.input<TEndpoint['params']>;

/**
 * The query of an endpoint as a caller passes it, or `undefined` when it takes none.
 *
 * @typeParam TEndpoint - An endpoint descriptor type.
 */
export type EndpointQuery<TEndpoint extends AnyEndpoint> = TEndpoint['query'] extends z.core.$ZodType
  ? z.input<TEndpoint['query']>
  : undefined;

/**
 * The request body of an endpoint as a caller passes it, or `undefined` when it takes none.
 *
 * @typeParam TEndpoint - An endpoint descriptor type.
 */
export type EndpointBody<TEndpoint extends AnyEndpoint> = TEndpoint['body'] extends z.core.$ZodType
  ? z.input<TEndpoint['body']>
  : undefined;

/**
 * The success response of an endpoint, as the client returns it after parsing.
 *
 * @typeParam TEndpoint - An endpoint descriptor type.
 */
export type EndpointResponse<TEndpoint extends AnyEndpoint> = z.output<TEndpoint['response']>;

/**
 * The problems an endpoint declares, as a union of their parsed types (`never` when none).
 *
 * @typeParam TEndpoint - An endpoint descriptor type.
 */
export type EndpointProblem<TEndpoint extends AnyEndpoint> = {
  [TStatus in keyof TEndpoint['errors']]: TEndpoint['errors'][TStatus] extends readonly (infer TItem extends z.core.$ZodType)[]
    ? z.output<TItem>
    : TEndpoint['errors'][TStatus] extends z.core.$ZodType
      ? z.output<TEndpoint['errors'][TStatus]>
      : never;
}[keyof TEndpoint['errors']];

// ---------------------------------------------------------------------------------------------
// internals

type RawConfig = { readonly [TKey in keyof EndpointConfig]?: unknown };

function buildEndpoint(input: unknown): AnyEndpoint {
  if (typeof input !== 'object' || input === null) {
    throw new InvalidDefinitionError('endpoint', 'the definition must be an object');
  }
  const config = input as RawConfig;
  const { id } = config;
  const subject = `endpoint ${typeof id === 'string' ? JSON.stringify(id) : '(without an id)'}`;
  const fail: (reason: string) => never = (reason) => {
    throw new InvalidDefinitionError(subject, reason);
  };

  const unknown = Object.keys(config).filter((key) => !CONFIG_KEYS.includes(key));
  if (unknown.length > 0) fail(`unknown ${unknown.length === 1 ? 'option' : 'options'} ${unknown.map((key) => JSON.stringify(key)).join(', ')}`);

  if (typeof id !== 'string') return fail('the id must be a string such as "reports.get"');
  const badId = explainBadId(id, 'the id');
  if (badId !== undefined) fail(badId);

  const method = config.method as HttpMethod;
  if (!METHODS.includes(method)) fail(`the method ${quoteValue(method)} must be one of ${METHODS.join(', ')}`);
  const { path } = config;
  if (typeof path !== 'string') return fail('the path must be a template string such as "/reports/:id"');
  const badPath = checkPathTemplate(path);
  if (badPath !== undefined) fail(`the path template ${JSON.stringify(path)} ${badPath}`);
  const pattern = compilePathPattern(path);

  const params = checkParams(config.params, pattern, fail);
  const query = checkObjectSchema(config.query, 'query', fail);

  const { body } = config;
  if (body !== undefined) {
    if (!isZodSchema(body)) fail('the body must be a zod schema');
    if (method === 'GET' || method === 'HEAD' || method === 'DELETE') {
      fail(`a ${method} request cannot have a body; send the data in the query or use POST`);
    }
  }
  const bodyType = (config.bodyType ?? 'json') as EndpointBodyType;
  if (config.bodyType !== undefined) {
    if (!Object.keys(CONTENT_TYPES).includes(bodyType)) fail(`the bodyType ${quoteValue(bodyType)} must be "json", "form" or "multipart"`);
    if (!isZodSchema(body)) fail(`the bodyType "${bodyType}" is given, but there is no body`);
    if (bodyType !== 'json' && body._zod.def.type !== 'object') fail(`a "${bodyType}" body must be a zod object`);
  }

  const { response } = config;
  if (!isZodSchema(response)) return fail('the response must be a zod schema (z.void() for no content)');
  const noContent = isNoContentSchema(response);
  const status = (config.status ?? (noContent && method !== 'HEAD' ? 204 : 200)) as SuccessStatus;
  if (!SUCCESS_STATUSES.includes(status)) fail(`the status ${quoteValue(status)} must be one of ${SUCCESS_STATUSES.join(', ')}`);
  if (status === 204 && !noContent) fail('the status 204 means no content, so the response must be z.void()');
  if (method === 'HEAD' && !noContent) fail('a HEAD response has no content, so the response must be z.void()');

  const errors = checkErrors(config.errors, fail);

  const auth = (config.auth ?? 'required') as EndpointAuth;
  if (!AUTH.includes(auth)) fail(`the auth ${quoteValue(auth)} must be "none", "optional" or "required"`);

  const { idempotent } = config;
  if (idempotent !== undefined) {
    if (typeof idempotent !== 'boolean') fail('idempotent must be a boolean');
    if (method !== 'POST' && method !== 'PATCH') {
      fail(`idempotent applies only to POST and PATCH; a ${method} request is idempotent by HTTP semantics`);
    }
  }
  const idempotencyKey = idempotent === true;

  const { summary, description, tags = [], deprecated = false } = config;
  if (summary !== undefined && typeof summary !== 'string') fail('the summary must be a string');
  if (description !== undefined && typeof description !== 'string') fail('the description must be a string');
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string' || tag.trim() === '')) {
    fail('the tags must be an array of non-empty strings');
  }
  const tagList = tags as readonly string[];
  const duplicateTag = tagList.find((tag, index) => tagList.indexOf(tag) !== index);
  if (duplicateTag !== undefined) fail(`the tag ${JSON.stringify(duplicateTag)} is listed twice`);
  if (typeof deprecated !== 'boolean') fail('deprecated must be a boolean');

  const endpoint: AnyEndpoint = {
    $$brand: ENDPOINT_BRAND,
    $$version: 1,
    id,
    method,
    path,
    pattern: freezePattern(pattern),
    params,
    query,
    body,
    bodyType: body === undefined ? undefined : bodyType,
    requestContentType: body === undefined ? undefined : CONTENT_TYPES[bodyType],
    response,
    status,
    responseContentType: noContent ? undefined : 'application/json',
    errors,
    auth,
    idempotent: idempotencyKey || (method !== 'POST' && method !== 'PATCH'),
    idempotencyKey,
    ...(typeof summary === 'string' ? { summary } : {}),
    ...(typeof description === 'string' ? { description } : {}),
    tags: Object.freeze([...tagList]),
    deprecated,
  };
  return Object.freeze(endpoint);
}

function freezePattern(pattern: PathPattern): PathPattern {
  pattern.segments.forEach((segment) => Object.freeze(segment));
  Object.freeze(pattern.segments);
  Object.freeze(pattern.params);
  return Object.freeze(pattern);
}

function checkObjectSchema(schema: unknown, what: string, fail: (reason: string) => never): EndpointObjectSchema | undefined {
  if (schema === undefined) return undefined;
  if (!isZodSchema(schema) || schema._zod.def.type !== 'object') fail(`the ${what} must be a zod object such as z.object({ ... })`);
  return schema as EndpointObjectSchema;
}

function checkParams(schema: unknown, pattern: PathPattern, fail: (reason: string) => never): EndpointObjectSchema {
  const given = checkObjectSchema(schema, 'params', fail);
  if (given === undefined) {
    return z.object(Object.fromEntries(pattern.params.map((name) => [name, z.string().check(z.minLength(1))])));
  }
  const keys = Object.keys(given._zod.def.shape);
  const extra = keys.filter((key) => !pattern.params.includes(key));
  const missing = pattern.params.filter((name) => !keys.includes(name));
  if (extra.length > 0 || missing.length > 0) {
    const list = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');
    const expected = pattern.params.length === 0 ? 'none' : list(pattern.params);
    const problems = [
      ...(extra.length > 0 ? [`${list(extra)} ${extra.length === 1 ? 'is' : 'are'} not in the template`] : []),
      ...(missing.length > 0 ? [`${list(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`] : []),
    ];
    fail(`the params keys must equal the parameters of "${pattern.template}" (${expected}): ${problems.join('; ')}`);
  }
  return given;
}

function checkErrors(errors: unknown, fail: (reason: string) => never): EndpointErrors {
  if (errors === undefined) return Object.freeze({});
  if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) {
    return fail('errors must be an object of problem schemas keyed by HTTP status, such as { 404: notFoundProblem }');
  }
  const checked: Record<number, EndpointErrorSchema> = {};
  for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
    const status = Number(key);
    if (!/^[45]\d\d$/.test(key)) fail(`the error status ${JSON.stringify(key)} must be an HTTP error status from 400 to 599`);
    const schemas: readonly unknown[] = Array.isArray(value) ? value : [value];
    if (schemas.length === 0) fail(`errors[${key}] must list at least one problem schema`);
    schemas.forEach((schema, index) => {
      if (!isZodSchema(schema)) fail(`errors[${key}] must be a problem schema (see defineProblem) or an array of them`);
      if (schemas.indexOf(schema) !== index) fail(`errors[${key}] lists the same problem schema twice`);
      const problem = getProblemDefinition(schema);
      if (problem !== undefined && problem.status !== status) {
        fail(`errors[${key}] is the problem ${JSON.stringify(problem.type)}, whose status is ${problem.status}`);
      }
    });
    checked[status] = Array.isArray(value) ? Object.freeze([...(value as z.core.$ZodType[])]) : (value as z.core.$ZodType);
  }
  return Object.freeze(checked);
}
