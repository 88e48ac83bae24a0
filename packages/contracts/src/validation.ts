/**
 * Validation at the edges: every manifest, endpoint input and response, and config that enters
 * Gerbang goes through {@link validate}. It never throws; it returns the typed value or a
 * {@link ValidationError} whose issues name the path, the reason and the kind of the bad value.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CONTRACT_ERROR_CODES, GerbangError } from './errors.ts';

/** One step of a path into a value: an object key or an array index. */
export type PathSegment = string | number;

/** The kind of a value, as named in messages (`"array"`, `"null"`, `"NaN"`, ...). */
export type ValueKind =
  | 'undefined'
  | 'null'
  | 'boolean'
  | 'number'
  | 'NaN'
  | 'bigint'
  | 'string'
  | 'symbol'
  | 'function'
  | 'array'
  | 'date'
  | 'object';

/** What every {@link ValidationIssue} carries. */
export interface ValidationIssueBase {
  /** Where the problem is, from the root of the validated value. */
  readonly path: readonly PathSegment[];
  /** A sentence for people; {@link formatIssues} prefixes it with the path. */
  readonly message: string;
}

/**
 * One validation problem, as data: a union keyed on `code`, so that tools can react to a kind of
 * problem without parsing messages.
 */
export type ValidationIssue =
  | (ValidationIssueBase & { readonly code: 'invalid_type'; readonly expected: string; readonly received: ValueKind })
  | (ValidationIssueBase & { readonly code: 'invalid_value'; readonly received: ValueKind })
  | (ValidationIssueBase & { readonly code: 'invalid_format'; readonly format: string; readonly received: ValueKind })
  | (ValidationIssueBase & {
      readonly code: 'too_small' | 'too_big';
      readonly limit: number | bigint;
      readonly received: ValueKind;
    })
  | (ValidationIssueBase & { readonly code: 'unrecognized_keys'; readonly keys: readonly string[] })
  | (ValidationIssueBase & { readonly code: 'forbidden_key'; readonly key: string })
  | (ValidationIssueBase & { readonly code: 'unreadable' })
  | (ValidationIssueBase & { readonly code: 'custom'; readonly received: ValueKind });

/** The codes a {@link ValidationIssue} can carry. */
export type ValidationIssueCode = ValidationIssue['code'];

/**
 * Thrown, or returned in a failed {@link ParseResult}, when input does not match its contract.
 * The message lists every issue with its path; `issues` holds them as data.
 */
export class ValidationError extends GerbangError<typeof CONTRACT_ERROR_CODES.validationFailed> {
  override name = 'ValidationError' as const;
  /** What was validated, such as `manifest "lampung.aduan"` or `response of GET /reports/:id`. */
  readonly subject: string;
  /** Every problem found, in one pass. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param subject - What was validated.
   * @param issues - The problems found; at least one.
   * @param options - The cause, if validation itself failed.
   */
  constructor(subject: string, issues: readonly ValidationIssue[], options: { cause?: unknown } = {}) {
    super(
      CONTRACT_ERROR_CODES.validationFailed,
      `Invalid ${subject}: ${issues.length === 1 ? '1 issue' : `${issues.length} issues`}\n${formatIssues(issues)}`,
      options,
    );
    this.subject = subject;
    this.issues = issues;
  }
}

/** The outcome of {@link validate}: the typed value, or the error that says what was wrong. */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: ValidationError };

/** Options of {@link validate}. */
export interface ValidateOptions {
  /**
   * What is being validated, used in the error message.
   * @default 'value'
   */
  subject?: string;
}

/**
 * Keys that are never accepted in input, at any depth, because merging them can change the
 * prototype of every object in the runtime.
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const MAX_WALK_DEPTH = 64;
/**
 * The message of every issue whose schema gave none. Messages are then written here, from the
 * issue's data, whatever locale or error map the app configured globally for zod.
 */
const UNSET_MESSAGE = '\u0000unset';
const unsetMessage = (): string => UNSET_MESSAGE;

/**
 * Validates input against a zod schema (classic or mini) without ever throwing.
 *
 * Before the schema runs, the input is searched for keys that could pollute prototypes
 * ({@link FORBIDDEN_KEYS}); such input is rejected, not merged. A getter that throws or any other
 * failure while reading the input becomes an `unreadable` issue.
 *
 * @param schema - The schema of the contract.
 * @param input - Untrusted input.
 * @param options - What the input is, for messages.
 * @example
 * ```ts
 * const result = validate(manifestSchema, JSON.parse(text), { subject: 'manifest' });
 * if (!result.success) console.error(result.error.message);
 * ```
 */
export function validate<TSchema extends z.core.$ZodType>(
  schema: TSchema,
  input: unknown,
  options: ValidateOptions = {},
): ParseResult<z.output<TSchema>> {
  const subject = options.subject ?? 'value';
  try {
    const forbidden = findForbiddenKeys(input);
    if (forbidden.length > 0) return failure(subject, forbidden);
    // Valid input, the common case, parses without a context, which zod handles faster; only a
    // failure is parsed again, with the input reported and the messages left to `toIssue`.
    const result = z.safeParse(schema, input);
    if (result.success) return { success: true, data: result.data };
    const detailed = z.safeParse(schema, input, { reportInput: true, error: unsetMessage });
    return failure(subject, (detailed.error ?? result.error).issues.map(toIssue));
  } catch (cause) {
    return failure(subject, [{ code: 'unreadable', path: [], message: `the value could not be read: ${describeCause(cause)}` }], cause);
  }
}

/** What a {@link rule} finds wrong: one reason, several issues at sub-paths, or nothing. */
export type RuleFinding = string | readonly { readonly path: readonly PathSegment[]; readonly message: string }[] | undefined;

/**
 * Makes a zod check from a plain function that explains what is wrong with a value, so that one
 * function serves both as a check in a schema and as a reason in a message. It costs less bundle
 * than `z.refine` and reports every finding, each at its own path.
 *
 * @param explain - Returns the reason the value is wrong, issues at sub-paths, or `undefined`.
 * @param options - `when` makes the rule run even after other parts of the value failed, for any
 *   value it accepts (by default a rule runs only on a value that passed its schema).
 * @example
 * ```ts
 * const even = z.number().check(rule((n: number) => (n % 2 === 0 ? undefined : 'must be even')));
 * ```
 */
export function rule<T>(
  explain: (value: T) => RuleFinding,
  options: { when?: (value: unknown) => boolean } = {},
): z.core.$ZodCheck<T> {
  const when = options.when;
  const params = when === undefined ? {} : { when: (payload: { value: unknown }) => when(payload.value) };
  return z.check<T>((payload) => {
    const finding = explain(payload.value);
    if (finding === undefined) return;
    for (const { path, message } of typeof finding === 'string' ? [{ path: [], message: finding }] : finding) {
      payload.issues.push({ code: 'custom', input: payload.value, path: [...path], message });
    }
  }, params);
}

/**
 * Writes issues as lines for people, one per issue, each starting with its path.
 *
 * @param issues - Issues from a {@link ValidationError}.
 * @example
 * ```ts
 * formatIssues(error.issues);
 * // "  - at permissions[0].id: unknown permission \"camara\""
 * ```
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `  - at ${formatPath(issue.path)}: ${issue.message}`).join('\n');
}

/**
 * Writes a path the way a person would type it in code: `routes[1].path`, or `(root)`.
 *
 * @param path - The path from a {@link ValidationIssue}.
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * Names the kind of a value for messages, telling arrays, `null`, `NaN` and dates apart.
 *
 * @param value - Any value.
 */
export function describeKind(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/**
 * Quotes a bad value for a message, shortened so that a huge or personal value never floods logs.
 *
 * @param value - The offending value.
 */
export function quoteValue(value: unknown): string {
  const kind = describeKind(value);
  const text = kind === 'string' ? JSON.stringify(value) : kind === 'number' || kind === 'boolean' ? String(value) : kind;
  return text.length > 42 ? `${text.slice(0, 40)}…"` : text;
}

// ---------------------------------------------------------------------------------------------
// internals

interface RawIssue {
  readonly code?: string;
  readonly path?: readonly PropertyKey[];
  readonly message?: string;
  readonly expected?: string;
  readonly input?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
  readonly inclusive?: boolean;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly errors?: readonly (readonly RawIssue[])[];
  readonly issues?: readonly RawIssue[];
}

function failure(subject: string, issues: ValidationIssue[], cause?: unknown): ParseResult<never> {
  return { success: false, error: new ValidationError(subject, issues, cause === undefined ? {} : { cause }) };
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return describeKind(cause);
}

function normalizePath(path: RawIssue['path']): PathSegment[] {
  if (path === undefined) return [];
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function toIssue(raw: RawIssue): ValidationIssue {
  const path = normalizePath(raw.path);
  // A union with one candidate branch, or a bad map key or set element: report the inner issue.
  const inner = raw.issues?.[0] ?? (raw.errors?.length === 1 ? raw.errors[0]?.[0] : undefined);
  if (inner !== undefined) return toIssue({ ...inner, path: [...path, ...normalizePath(inner.path)] });
  const received = describeKind(raw.input);
  // A message other than the unset one was written by the schema's author, and is kept.
  const custom = raw.message === UNSET_MESSAGE ? undefined : raw.message;
  const shown = quoteValue(raw.input);
  switch (raw.code) {
    case 'invalid_type': {
      const expected = raw.expected ?? 'another type';
      const fallback = received === 'undefined' ? `is required (expected ${expected})` : `expected ${expected}, received ${received}`;
      return { code: 'invalid_type', path, expected, received, message: custom ?? fallback };
    }
    case 'invalid_value': {
      const allowed = (raw.values ?? []).map((value) => JSON.stringify(value)).join(', ');
      return { code: 'invalid_value', path, received, message: custom ?? `expected one of ${allowed}, received ${shown}` };
    }
    case 'invalid_format': {
      const format = raw.format ?? 'format';
      return { code: 'invalid_format', path, format, received, message: custom ?? `${shown} is not a valid ${format}` };
    }
    case 'too_small':
    case 'too_big': {
      const small = raw.code === 'too_small';
      const limit = (small ? raw.minimum : raw.maximum) ?? 0;
      const bound = raw.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
      return { code: raw.code, path, limit, received, message: custom ?? `must be ${bound} ${String(limit)}` };
    }
    case 'unrecognized_keys': {
      const keys = raw.keys ?? [];
      return { code: 'unrecognized_keys', path, keys, message: `unknown key ${keys.map((key) => JSON.stringify(key)).join(', ')}` };
    }
    default:
      return {
        code: 'custom',
        path,
        received,
        message: custom ?? (raw.code === 'invalid_union' ? `${shown} matches none of the allowed forms` : 'is invalid'),
      };
  }
}

/**
 * Finds `__proto__`, `constructor` and `prototype` keys in plain data (arrays and plain objects),
 * to a depth of {@link MAX_WALK_DEPTH}. One path array is shared by the walk and copied only for a
 * finding, so that clean input, the common case, costs little more than visiting it.
 */
function findForbiddenKeys(root: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new WeakSet();
  const path: PathSegment[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || path.length > MAX_WALK_DEPTH) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (typeof item !== 'object' || item === null) continue;
        path.push(index);
        visit(item);
        path.pop();
      }
      return;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return;
    for (const key of Object.keys(value)) {
      // Three comparisons, not `FORBIDDEN_KEYS.includes`: this runs once per key of the input.
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        issues.push({ code: 'forbidden_key', path: [...path, key], key, message: `the key "${key}" is not allowed in input` });
        continue;
      }
      const child = (value as Record<string, unknown>)[key];
      // Primitives, most values, need no visit and no path step.
      if (typeof child !== 'object' || child === null) continue;
      path.push(key);
      visit(child);
      path.pop();
    }
  };
  visit(root);
  return issues;
}
