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

interface IssueBase {
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
  | (IssueBase & { readonly code: 'invalid_type'; readonly expected: string; readonly received: ValueKind })
  | (IssueBase & { readonly code: 'invalid_value'; readonly received: ValueKind })
  | (IssueBase & { readonly code: 'invalid_format'; readonly format: string; readonly received: ValueKind })
  | (IssueBase & {
      readonly code: 'too_small' | 'too_big';
      readonly limit: number | bigint;
      readonly received: ValueKind;
    })
  | (IssueBase & { readonly code: 'unrecognized_keys'; readonly keys: readonly string[] })
  | (IssueBase & { readonly code: 'forbidden_key'; readonly key: string })
  | (IssueBase & { readonly code: 'unreadable' })
  | (IssueBase & { readonly code: 'custom'; readonly received: ValueKind });

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
    const result = z.safeParse(schema, input, { reportInput: true, error: unsetMessage });
    if (result.success) return { success: true, data: result.data };
    return failure(subject, (result.error.issues as readonly RawIssue[]).map(toIssue));
  } catch (cause) {
    return failure(subject, [{ code: 'unreadable', path: [], message: `the value could not be read: ${describeCause(cause)}` }], cause);
  }
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
  return typeof value as ValueKind;
}

/**
 * Quotes a bad value for a message, shortened so that a huge or personal value never floods logs.
 *
 * @param value - The offending value.
 */
export function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : describeKind(value);
  return text.length > 42 ? `${text.slice(0, 40)}…"` : text;
}

// ---------------------------------------------------------------------------------------------
// internals

interface RawIssue {
  readonly code?: string;
  readonly path?: readonly PropertyKey[] | readonly { key: PropertyKey }[];
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
  return path.map((segment) => {
    const key = typeof segment === 'object' && segment !== null ? segment.key : segment;
    return typeof key === 'number' ? key : String(key);
  });
}

const sizeNouns: Record<string, string> = {
  string: 'characters',
  array: 'items',
  set: 'items',
  file: 'bytes',
};

function toIssue(raw: RawIssue): ValidationIssue {
  const path = normalizePath(raw.path);
  const received = describeKind(raw.input);
  // A message other than the unset one was written by the schema's author, and is kept.
  const custom = raw.message !== undefined && raw.message !== UNSET_MESSAGE ? raw.message : undefined;
  switch (raw.code) {
    case 'invalid_type': {
      const expected = raw.expected ?? 'another type';
      const message =
        custom ??
        (received === 'undefined' ? `is required (expected ${expected})` : `expected ${expected}, received ${received}`);
      return { code: 'invalid_type', path, message, expected, received };
    }
    case 'invalid_value': {
      const allowed = (raw.values ?? []).map((value) => JSON.stringify(value)).join(', ');
      const shown = received === 'string' || received === 'number' ? quoteValue(raw.input) : received;
      return { code: 'invalid_value', path, received, message: custom ?? `expected one of ${allowed}, received ${shown}` };
    }
    case 'invalid_format': {
      const format = raw.format ?? 'format';
      const message = custom ?? `${quoteValue(raw.input)} is not a valid ${format === 'regex' ? 'value' : format}`;
      return { code: 'invalid_format', path, format, received, message };
    }
    case 'too_small':
    case 'too_big': {
      const limit = (raw.code === 'too_small' ? raw.minimum : raw.maximum) ?? 0;
      const noun = sizeNouns[raw.origin ?? ''] ?? '';
      const bound = raw.code === 'too_small' ? (raw.inclusive === false ? 'more than' : 'at least') : raw.inclusive === false ? 'less than' : 'at most';
      const message = custom ?? `must be ${bound} ${String(limit)}${noun === '' ? '' : ` ${noun}`}`;
      return { code: raw.code, path, limit, received, message };
    }
    case 'unrecognized_keys': {
      const keys = raw.keys ?? [];
      const list = keys.map((key) => JSON.stringify(key)).join(', ');
      return { code: 'unrecognized_keys', path, keys, message: `unknown ${keys.length === 1 ? 'key' : 'keys'} ${list}` };
    }
    case 'invalid_union': {
      const branches = raw.errors ?? [];
      const closest = branches.find((branch) => branch.length > 0);
      const inner = closest?.[0];
      if (branches.length === 1 && inner !== undefined) {
        return toIssue({ ...inner, path: [...path, ...normalizePath(inner.path)] });
      }
      return { code: 'invalid_type', path, expected: 'one of the allowed forms', received, message: custom ?? `${received === 'string' ? quoteValue(raw.input) : received} matches none of the allowed forms` };
    }
    case 'invalid_key':
    case 'invalid_element': {
      const inner = raw.issues?.[0];
      if (inner !== undefined) return toIssue({ ...inner, path: [...path, ...normalizePath(inner.path)] });
      return { code: 'custom', path, received, message: 'invalid key' };
    }
    default:
      return { code: 'custom', path, received, message: custom ?? 'is invalid' };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Finds `__proto__`, `constructor` and `prototype` keys in plain data, without recursion limits failing. */
function findForbiddenKeys(root: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new WeakSet<object>();
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value) || path.length > MAX_WALK_DEPTH) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      continue;
    }
    if (!isPlainObject(value)) continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.includes(key)) {
        issues.push({ code: 'forbidden_key', path: [...path, key], key, message: `the key "${key}" is not allowed in input` });
      } else {
        stack.push({ value: value[key], path: [...path, key] });
      }
    }
  }
  return issues;
}
