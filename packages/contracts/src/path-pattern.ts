/**
 * Path patterns such as `/reports/:id`, shared by module routes and HTTP endpoints: one syntax,
 * one parser, one matcher, with parameter names inferred from the template at the type level.
 *
 * @module
 */
import { InvalidDefinitionError } from './errors.ts';
import { describeKind, FORBIDDEN_KEYS, ValidationError } from './validation.ts';

/**
 * The parameter names of a path template, as a union: `'id' | 'tab'` for `/reports/:id/:tab`.
 *
 * @typeParam TPath - A path template literal.
 */
export type PathParamNames<TPath extends string> = TPath extends `${infer THead}/${infer TTail}`
  ? PathParamNames<THead> | PathParamNames<TTail>
  : TPath extends `:${infer TName}`
    ? TName
    : never;

/**
 * The parameters of a path template as an object type: `{ id: string }` for `/reports/:id`, and
 * `Record<string, never>` for a template without parameters. A template typed only as `string`
 * gives `Record<string, string>`.
 *
 * @typeParam TPath - A path template literal.
 */
export type PathParams<TPath extends string> = string extends TPath
  ? Record<string, string>
  : [PathParamNames<TPath>] extends [never]
    ? Record<string, never>
    : { [TName in PathParamNames<TPath>]: string };

/** One segment of a compiled path pattern. */
export type PathSegmentPattern =
  | { readonly kind: 'static'; readonly value: string }
  | { readonly kind: 'param'; readonly name: string };

/**
 * A path template checked and split once, ready for fast matching and building.
 *
 * @typeParam TPath - The template literal, so that {@link buildPath} knows its parameters.
 */
export interface PathPattern<TPath extends string = string> {
  /** The template as written, such as `/reports/:id`. */
  readonly template: TPath;
  /** Its segments, in order. */
  readonly segments: readonly PathSegmentPattern[];
  /** The parameter names, in order. */
  readonly params: readonly string[];
  /** The template's {@link pathShape}: patterns with the same shape clash. */
  readonly shape: string;
}

const STATIC_SEGMENT = /^[A-Za-z0-9._~-]+$/;
const PARAM_SEGMENT = /^:([A-Za-z_][A-Za-z0-9_]*)$/;

/**
 * Checks a path template and returns the reason it is malformed, or `undefined` when it is fine.
 * Templates start with `/`, have no trailing `/` (except `/` itself), and consist of static
 * segments (`reports`) and named parameters (`:id`), each name used once.
 *
 * @param template - A template such as `/reports/:id`.
 */
export function checkPathTemplate(template: string): string | undefined {
  if (!template.startsWith('/')) return 'must start with "/"';
  if (template === '/') return undefined;
  if (template.endsWith('/')) return 'must not end with "/"';
  const names = new Set<string>();
  for (const segment of template.slice(1).split('/')) {
    const name = PARAM_SEGMENT.exec(segment)?.[1];
    if (name === undefined && !STATIC_SEGMENT.test(segment)) {
      return `has the segment ${JSON.stringify(segment)}; a segment is letters, digits, ".", "_", "~" or "-", or a parameter such as ":id"`;
    }
    if (name !== undefined) {
      if (FORBIDDEN_KEYS.includes(name) || names.has(name)) return `cannot use the parameter ":${name}" ${names.has(name) ? 'twice' : 'at all'}`;
      names.add(name);
    }
  }
  return undefined;
}

/**
 * The shape of a path template: the template with every parameter written as `:`. Two templates
 * with the same shape match exactly the same paths, and therefore clash.
 *
 * @param template - A well-formed template (see {@link checkPathTemplate}).
 * @example
 * ```ts
 * pathShape('/reports/:id'); // "/reports/:"
 * ```
 */
export function pathShape(template: string): string {
  return template.replace(/:[A-Za-z_][A-Za-z0-9_]*/g, ':');
}

/**
 * Compiles a path template once, for matching and building.
 *
 * @param template - A template such as `/reports/:id`.
 * @throws {@link InvalidDefinitionError} when the template is malformed.
 */
export function compilePathPattern<TPath extends string>(template: TPath): PathPattern<TPath> {
  const problem = checkPathTemplate(template);
  if (problem !== undefined) throw new InvalidDefinitionError(`path template ${JSON.stringify(template)}`, problem);
  const segments: PathSegmentPattern[] =
    template === '/'
      ? []
      : template
          .slice(1)
          .split('/')
          .map((segment) =>
            segment.startsWith(':') ? { kind: 'param', name: segment.slice(1) } : { kind: 'static', value: segment },
          );
  return {
    template,
    segments,
    params: segments.flatMap((segment) => (segment.kind === 'param' ? [segment.name] : [])),
    shape: pathShape(template),
  };
}

/**
 * Matches a path against a compiled pattern and returns the decoded parameters, or `undefined`
 * when the path does not match (including a parameter that is not valid percent-encoding).
 *
 * @param pattern - From {@link compilePathPattern}.
 * @param path - A path without query or fragment, such as `/reports/001`.
 */
export function matchPathPattern(pattern: PathPattern, path: string): Record<string, string> | undefined {
  const parts = path === '/' ? [] : path.startsWith('/') ? path.slice(1).split('/') : undefined;
  if (parts === undefined || parts.length !== pattern.segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < parts.length; index++) {
    const segment = pattern.segments[index]!;
    const part = parts[index]!;
    if (segment.kind === 'static') {
      if (segment.value !== part) return undefined;
      continue;
    }
    if (part === '') return undefined;
    try {
      params[segment.name] = decodeURIComponent(part);
    } catch {
      return undefined;
    }
  }
  return params;
}

/**
 * Fills a path template with parameters, percent-encoding each value.
 *
 * @param template - A template such as `/reports/:id`, or its compiled pattern.
 * @param params - A value for every parameter.
 * @throws {@link ValidationError} when a parameter is missing or empty.
 * @example
 * ```ts
 * buildPath('/reports/:id', { id: 'LPG 001' }); // "/reports/LPG%20001"
 * ```
 */
export function buildPath<TPath extends string>(template: TPath | PathPattern<TPath>, params: PathParams<TPath>): string {
  const pattern = typeof template === 'string' ? compilePathPattern(template) : template;
  const values = params as Record<string, unknown>;
  const missing = pattern.params.filter((name) => typeof values[name] !== 'string' || values[name] === '');
  if (missing.length > 0) {
    throw new ValidationError(
      `parameters of ${pattern.template}`,
      missing.map((name) => ({
        code: 'invalid_type',
        path: [name],
        expected: 'non-empty string',
        received: describeKind(values[name]),
        message: `is required to build ${pattern.template}`,
      })),
    );
  }
  if (pattern.segments.length === 0) return '/';
  return `/${pattern.segments
    .map((segment) => (segment.kind === 'static' ? segment.value : encodeURIComponent(values[segment.name] as string)))
    .join('/')}`;
}
