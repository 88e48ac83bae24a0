/**
 * RFC 9457 problem details: the one shape of every error a Gerbang back end returns, served as
 * `application/problem+json`. {@link defineProblem} describes one problem type for an endpoint's
 * `errors`; {@link parseProblemDetails} reads any problem leniently, as RFC 9457 asks.
 *
 * @module
 */
import * as z from 'zod/mini';
import { InvalidDefinitionError } from './errors.ts';
import { FORBIDDEN_KEYS } from './validation.ts';

/** The media type of a problem details body (RFC 9457 §3). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * The base URI of the problem types that Gerbang defines: each type is this base plus a slug,
 * such as `https://gerbang.dev/problems/not-found`. The errors guide lists every type (`docs/errors.md`, "Problem types").
 */
export const PROBLEM_TYPE_BASE = 'https://gerbang.dev/problems/';

// The common problems below repeat these URIs as literals on purpose: a property read such as
// `PROBLEM_TYPES.notFound` in their definitions makes bundlers keep every one of them (the size
// budgets of `{ defineEndpoint }` and `{ createOpenApiDocument }` catch it). A test checks that
// both spellings agree.
/** The type URIs of the common problems that `@gerbang/contracts` ships, by name. */
export const PROBLEM_TYPES = {
  /** The request was understood, but its content is invalid; see {@link validationFailedProblem}. */
  validationFailed: 'https://gerbang.dev/problems/validation-failed',
  /** No valid credentials were sent; see {@link unauthorizedProblem}. */
  unauthorized: 'https://gerbang.dev/problems/unauthorized',
  /** The credentials do not allow this; see {@link forbiddenProblem}. */
  forbidden: 'https://gerbang.dev/problems/forbidden',
  /** The resource does not exist; see {@link notFoundProblem}. */
  notFound: 'https://gerbang.dev/problems/not-found',
  /** The request conflicts with the resource's current state; see {@link conflictProblem}. */
  conflict: 'https://gerbang.dev/problems/conflict',
  /** A request with the same idempotency key is still in progress; see {@link idempotencyKeyInUseProblem}. */
  idempotencyKeyInUse: 'https://gerbang.dev/problems/idempotency-key-in-use',
  /** The idempotency key was used before with another payload; see {@link idempotencyKeyReusedProblem}. */
  idempotencyKeyReused: 'https://gerbang.dev/problems/idempotency-key-reused',
  /** Too many requests; see {@link rateLimitedProblem}. */
  rateLimited: 'https://gerbang.dev/problems/rate-limited',
  /** The service is down or overloaded for a while; see {@link serviceUnavailableProblem}. */
  serviceUnavailable: 'https://gerbang.dev/problems/service-unavailable',
} as const;

/**
 * The schema of any problem details object (RFC 9457 §3.1): `type` (default `about:blank`),
 * `title`, `status`, `detail` and `instance`, plus any extension members. It is strict about the
 * standard members; to read a problem from the network, use the lenient {@link parseProblemDetails}.
 */
export const problemDetailsSchema = createProblemDetailsSchema();

// Module-level schemas are built by functions annotated as side-effect free, declared in the same
// file: esbuild honours `@__NO_SIDE_EFFECTS__` only within one file, so this keeps every unused
// schema out of bundles made by esbuild as well as by Rollup and Rolldown.
/*@__NO_SIDE_EFFECTS__*/
function createProblemDetailsSchema() {
  return z.looseObject({
    /** A URI reference that identifies the problem type. */
    type: z._default(z.string(), 'about:blank'),
    /** A short, human-readable summary of the problem type. */
    title: z.optional(z.string()),
    /** The HTTP status code of this occurrence. */
    status: z.optional(z.int().check(z.gte(100), z.lte(599))),
    /** A human-readable explanation of this occurrence. */
    detail: z.optional(z.string()),
    /** A URI reference that identifies this occurrence. */
    instance: z.optional(z.string()),
  });
}

/** A problem details object (RFC 9457), with any extension members. */
export type ProblemDetails = z.output<typeof problemDetailsSchema>;

/**
 * Reads a problem details object leniently, as RFC 9457 §3.1 requires: a standard member with the
 * wrong JSON type is ignored rather than fatal (a missing or non-string `type` becomes
 * `about:blank`; a `status` that is not an integer from 100 to 599 is dropped), and extension
 * members are kept. Keys such as `__proto__` are dropped, never merged. It never throws.
 *
 * @param json - A parsed JSON body, typically of an `application/problem+json` response.
 * @returns The problem, or `undefined` when the body is not a JSON object.
 * @example
 * ```ts
 * parseProblemDetails({ type: 'https://gerbang.dev/problems/not-found', status: '404', title: 'Not found' });
 * // { type: 'https://gerbang.dev/problems/not-found', title: 'Not found' }  (the string status is ignored)
 * parseProblemDetails('Bad gateway'); // undefined
 * ```
 */
export function parseProblemDetails(json: unknown): ProblemDetails | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  try {
    const source = json as Record<string, unknown>;
    const problem: ProblemDetails = { type: typeof source['type'] === 'string' ? source['type'] : 'about:blank' };
    const title = source['title'];
    if (typeof title === 'string') problem.title = title;
    const status = source['status'];
    if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599) problem.status = status;
    const detail = source['detail'];
    if (typeof detail === 'string') problem.detail = detail;
    const instance = source['instance'];
    if (typeof instance === 'string') problem.instance = instance;
    for (const key of Object.keys(source)) {
      if (STANDARD_MEMBERS.includes(key) || FORBIDDEN_KEYS.includes(key)) continue;
      problem[key] = source[key];
    }
    return problem;
  } catch {
    // A getter that throws, a revoked proxy: not a problem document we can read.
    return undefined;
  }
}

const STANDARD_MEMBERS: readonly string[] = ['type', 'title', 'status', 'detail', 'instance'];

/** The extension members of a problem type, as zod schemas keyed by member name. */
export type ProblemExtensions = Readonly<Record<string, z.core.$ZodType>>;

/** What a problem schema from {@link defineProblem} says about its problem type. */
export interface ProblemDefinition<TType extends string = string, TStatus extends number = number> {
  /** The problem type URI, such as `https://gerbang.dev/problems/not-found`. */
  readonly type: TType;
  /** The title of the problem type, in English; back ends may localize the title they send. */
  readonly title: string;
  /** The HTTP status code that this problem type is returned with. */
  readonly status: TStatus;
  /** A longer description of when the problem occurs, for the OpenAPI document and the docs. */
  readonly description?: string;
  /** The names of the extension members, in order. */
  readonly extensions: readonly string[];
}

/** The members every problem type has: `type` and `status` fixed, `title` required. */
export interface ProblemBaseShape<TType extends string, TStatus extends number> {
  /** The problem type URI, fixed by the problem type. */
  type: z.ZodMiniLiteral<TType>;
  /** A short summary of the problem type, possibly localized. */
  title: z.ZodMiniString<string>;
  /** The HTTP status code, fixed by the problem type. */
  status: z.ZodMiniLiteral<TStatus>;
  /** A human-readable explanation of this occurrence. */
  detail: z.ZodMiniOptional<z.ZodMiniString<string>>;
  /** A URI reference that identifies this occurrence. */
  instance: z.ZodMiniOptional<z.ZodMiniString<string>>;
}

/**
 * The zod schema of one problem type, from {@link defineProblem}: a loose object (unknown
 * extension members are allowed, as RFC 9457 says) whose `type` and `status` are literals, plus
 * the problem's {@link ProblemDefinition} as `problem`.
 *
 * @typeParam TType - The problem type URI.
 * @typeParam TStatus - The HTTP status code.
 * @typeParam TExtensions - The schemas of the extension members.
 */
export type ProblemSchema<
  TType extends string = string,
  TStatus extends number = number,
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no extension members
  TExtensions extends ProblemExtensions = {},
> = z.ZodMiniObject<
  { [TKey in keyof (ProblemBaseShape<TType, TStatus> & TExtensions)]: (ProblemBaseShape<TType, TStatus> & TExtensions)[TKey] },
  z.core.$loose
> & {
  /** What this problem type is: its URI, title, status and extension member names. */
  readonly problem: ProblemDefinition<TType, TStatus>;
};

/** The options of {@link defineProblem}. */
export interface DefineProblemOptions<TType extends string, TStatus extends number, TExtensions extends ProblemExtensions> {
  /**
   * The problem type URI: an absolute URI that, ideally, resolves to documentation. Gerbang's own
   * types live under {@link PROBLEM_TYPE_BASE}; a province uses its own domain.
   * @example 'https://lampungin.example.id/problems/report-closed'
   */
  type: TType;
  /**
   * A short summary of the problem type, in English. It does not change between occurrences.
   * @example 'Report closed'
   */
  title: string;
  /**
   * The HTTP status code, from 400 to 599, that this problem type is returned with.
   * @example 409
   */
  status: TStatus;
  /**
   * When the problem occurs and what a client should do, for the OpenAPI document.
   * @default undefined
   */
  description?: string;
  /**
   * Extension members, as zod schemas. Names follow RFC 9457 §3.2: a letter, then letters,
   * digits or `_`, at least three characters; the standard members cannot be redefined.
   * @default {}
   * @example { closedAt: z.iso.datetime({ offset: true }) }
   */
  extensions?: TExtensions;
}

const EXTENSION_NAME = /^[A-Za-z][A-Za-z0-9_]{2,}$/;
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;

/**
 * Defines one problem type: returns the zod schema that an endpoint lists in its `errors`, that
 * the client parses error bodies with, that the mocks answer with, and that becomes a named schema
 * in the OpenAPI document. Like `defineEndpoint`, it has no side effects; with esbuild, mark
 * put a `@__PURE__` comment before each call so that unused problems are dropped.
 *
 * @param options - The type URI, title, status and extension members.
 * @throws {@link InvalidDefinitionError} when the type is not an absolute URI, the status is not
 * 4xx or 5xx, the title is empty, or an extension member has a bad or standard name.
 * @example
 * ```ts
 * export const reportClosedProblem = defineProblem({
 *   type: 'https://lampungin.example.id/problems/report-closed',
 *   title: 'Report closed',
 *   status: 409,
 *   extensions: { closedAt: z.iso.datetime({ offset: true }) },
 * });
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function defineProblem<
  const TType extends string,
  const TStatus extends number,
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no extension members
  TExtensions extends ProblemExtensions = {},
>(options: DefineProblemOptions<TType, TStatus, TExtensions>): ProblemSchema<TType, TStatus, TExtensions> {
  return buildProblem(options) as unknown as ProblemSchema<TType, TStatus, TExtensions>;
}

function buildProblem(input: unknown): z.core.$ZodType {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as {
    readonly [TKey in keyof DefineProblemOptions<string, number, ProblemExtensions>]?: unknown;
  };
  const { type, title, status, description, extensions = {} } = raw;
  const subject = `problem type ${typeof type === 'string' ? JSON.stringify(type) : '(without a type)'}`;
  if (typeof input !== 'object' || input === null) throw new InvalidDefinitionError(subject, 'the options must be an object');
  if (typeof type !== 'string' || !ABSOLUTE_URI.test(type) || type === 'about:blank') {
    throw new InvalidDefinitionError(subject, 'the type must be an absolute URI other than "about:blank", such as "https://gerbang.dev/problems/not-found"');
  }
  if (typeof title !== 'string' || title.trim() === '') throw new InvalidDefinitionError(subject, 'the title must be a non-empty string');
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) {
    throw new InvalidDefinitionError(subject, `the status must be an HTTP error status from 400 to 599, not ${String(status)}`);
  }
  if (description !== undefined && typeof description !== 'string') {
    throw new InvalidDefinitionError(subject, 'the description must be a string');
  }
  if (typeof extensions !== 'object' || extensions === null) {
    throw new InvalidDefinitionError(subject, 'the extensions must be an object of zod schemas');
  }
  const members = extensions as Record<string, unknown>;
  const names = Object.keys(members);
  for (const name of names) {
    if (STANDARD_MEMBERS.includes(name)) {
      throw new InvalidDefinitionError(subject, `the extension member "${name}" would redefine a standard member of RFC 9457`);
    }
    if (!EXTENSION_NAME.test(name)) {
      throw new InvalidDefinitionError(
        subject,
        `the extension member ${JSON.stringify(name)} must start with a letter and have at least three letters, digits or "_" (RFC 9457 §3.2)`,
      );
    }
    if (!isZodSchema(members[name])) throw new InvalidDefinitionError(subject, `the extension member "${name}" must be a zod schema`);
  }
  const schema = z.looseObject({
    type: z.literal(type),
    title: z.string(),
    status: z.literal(status),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    ...(members as ProblemExtensions),
  });
  const problem: ProblemDefinition = Object.freeze({
    type,
    title,
    status,
    ...(typeof description === 'string' ? { description } : {}),
    extensions: Object.freeze(names),
  });
  return Object.assign(schema, { problem });
}

/**
 * Returns the {@link ProblemDefinition} of a problem schema made by {@link defineProblem}, from
 * any copy of the SDK, or `undefined` for any other value.
 *
 * @param schema - An error schema of an endpoint, or any value.
 * @example
 * ```ts
 * getProblemDefinition(notFoundProblem)?.type; // "https://gerbang.dev/problems/not-found"
 * ```
 */
export function getProblemDefinition(schema: unknown): ProblemDefinition | undefined {
  if (!isZodSchema(schema)) return undefined;
  const problem: unknown = (schema as { problem?: unknown }).problem;
  if (typeof problem !== 'object' || problem === null) return undefined;
  const candidate = problem as { readonly [TKey in keyof ProblemDefinition]?: unknown };
  return typeof candidate.type === 'string' && typeof candidate.title === 'string' && typeof candidate.status === 'number'
    ? (problem as ProblemDefinition)
    : undefined;
}

/** @internal Tells whether a value is a zod schema (classic or mini, from any copy of zod 4). */
export function isZodSchema(value: unknown): value is z.core.$ZodType {
  if (typeof value !== 'object' || value === null || !('_zod' in value)) return false;
  const internals = value._zod;
  return typeof internals === 'object' && internals !== null && 'def' in internals;
}

// ---------------------------------------------------------------------------------------------
// common problems

/*@__NO_SIDE_EFFECTS__*/
function retryAfterSchema() {
  return z.optional(z.int().check(z.gte(0)));
}

/*@__NO_SIDE_EFFECTS__*/
function validationIssuesSchema() {
  return z.array(
    z.object({
      path: z.array(z.union([z.string(), z.int()])),
      code: z.string(),
      message: z.string(),
    }),
  );
}

/**
 * 422: the request is well-formed, but its content failed validation. `issues` lists every
 * problem with its path (as in `ValidationIssue`), so that a form can show each next to its field.
 */
export const validationFailedProblem = defineProblem({
  type: 'https://gerbang.dev/problems/validation-failed',
  title: 'Validation failed',
  status: 422,
  description: 'The request content failed validation. Each issue names the path of the bad value, a stable code and a message.',
  extensions: { issues: validationIssuesSchema() },
});

/** 401: no valid credentials were sent; the client should sign the citizen in (again). */
export const unauthorizedProblem = defineProblem({
  type: 'https://gerbang.dev/problems/unauthorized',
  title: 'Authentication required',
  status: 401,
  description: 'No valid access token was sent. Sign in again and retry with a fresh token.',
});

/** 403: the credentials are valid, but do not allow this request. */
export const forbiddenProblem = defineProblem({
  type: 'https://gerbang.dev/problems/forbidden',
  title: 'Forbidden',
  status: 403,
  description: 'The access token is valid, but does not allow this request.',
});

/** 404: the resource does not exist, or is not visible to the caller. */
export const notFoundProblem = defineProblem({
  type: 'https://gerbang.dev/problems/not-found',
  title: 'Not found',
  status: 404,
  description: 'The resource does not exist, or is not visible to the caller.',
});

/** 409: the request conflicts with the current state of the resource. */
export const conflictProblem = defineProblem({
  type: 'https://gerbang.dev/problems/conflict',
  title: 'Conflict',
  status: 409,
  description: 'The request conflicts with the current state of the resource.',
});

/**
 * 409: a request with the same `Idempotency-Key` is still being processed. Retry later with the
 * same key; the first result will then be replayed.
 */
export const idempotencyKeyInUseProblem = defineProblem({
  type: 'https://gerbang.dev/problems/idempotency-key-in-use',
  title: 'Idempotency key in use',
  status: 409,
  description: 'A request with the same Idempotency-Key is still being processed. Retry later with the same key.',
});

/**
 * 422: the `Idempotency-Key` was used before with another payload. A client must use a new key for
 * a new request; this is a bug in the client, not a condition to retry.
 */
export const idempotencyKeyReusedProblem = defineProblem({
  type: 'https://gerbang.dev/problems/idempotency-key-reused',
  title: 'Idempotency key reused',
  status: 422,
  description: 'The Idempotency-Key was already used with a different request payload. Use a new key for a new request.',
});

/** 429: too many requests; `retryAfter` (seconds) mirrors the `Retry-After` header when known. */
export const rateLimitedProblem = defineProblem({
  type: 'https://gerbang.dev/problems/rate-limited',
  title: 'Too many requests',
  status: 429,
  description: 'Too many requests. Wait as long as the Retry-After header (or retryAfter, in seconds) says, then retry.',
  extensions: { retryAfter: retryAfterSchema() },
});

/** 503: the service is down or overloaded for a while; `retryAfter` (seconds) when known. */
export const serviceUnavailableProblem = defineProblem({
  type: 'https://gerbang.dev/problems/service-unavailable',
  title: 'Service unavailable',
  status: 503,
  description: 'The service is temporarily unavailable. Retry after the time the Retry-After header (or retryAfter, in seconds) says.',
  extensions: { retryAfter: retryAfterSchema() },
});
