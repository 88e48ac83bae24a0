/**
 * Deep links: `gerbang://<module>/<path>`, a brand origin's `https://<origin>/m/<module>/<path>`
 * and the app path `/m/<module>/<path>` resolve to a module, a route and typed params, through a
 * route table compiled once per registration batch.
 *
 * The parser is written by hand, strictly, rather than with `URL`: it refuses every form that
 * browsers would read differently from a plain reading (backslashes, whitespace, userinfo,
 * encoded slashes, dot segments), it runs in React Native, whose `URL` is incomplete, and it keeps
 * a lookup well under a microsecond.
 *
 * @module
 */
import {
  compilePathPattern,
  GerbangError,
  explainBadId,
  type ManifestRoute,
  type ManifestRoutes,
  type PathParams,
} from '@gerbang/contracts';
import { DEV } from './dev.ts';

// ---------------------------------------------------------------------------------------------
// the route table

/** The routes of one module, as {@link compileRouteTable} takes them. */
export interface RouteTableEntry {
  /** The module id. */
  readonly moduleId: string;
  /** The module's routes, from its validated manifest. */
  readonly routes: readonly ManifestRoute[];
}

/** A route of a {@link RouteTable}: the manifest's route, with its parameter names. */
export interface CompiledRoute {
  /** The module id. */
  readonly moduleId: string;
  /** The route name, such as `detail`. */
  readonly name: string;
  /** The path template, such as `/reports/:id`. */
  readonly path: string;
  /** The parameter names, in order. */
  readonly params: readonly string[];
  /** The route as the manifest declares it. */
  readonly route: ManifestRoute;
}

/**
 * Every module's routes, compiled per module: a route without parameters is found by its path in
 * one lookup, the others by a pattern each, static segments first. Create it with
 * {@link compileRouteTable}; it never changes.
 */
export interface RouteTable {
  /** The number of modules in the table. */
  readonly moduleCount: number;
  /** The number of routes in the table. */
  readonly routeCount: number;
  /**
   * Tells whether a module is in the table (even one without routes).
   *
   * @param moduleId - The module id.
   */
  has(moduleId: string): boolean;
  /**
   * A module's route by name, for opening a module on a named route.
   *
   * @param moduleId - The module id.
   * @param name - The route name.
   */
  route(moduleId: string, name: string): CompiledRoute | undefined;
  /**
   * A module's routes, in manifest order.
   *
   * @param moduleId - The module id.
   */
  routes(moduleId: string): readonly CompiledRoute[];
  /**
   * Matches a path of one module, such as `/reports/001`, against its routes. Static segments win
   * over parameters (`/reports/new` before `/reports/:id`). Parameters are percent-decoded.
   *
   * @param moduleId - The module id.
   * @param path - The path within the module, starting with `/`, without query or fragment.
   */
  match(moduleId: string, path: string): { readonly route: CompiledRoute; readonly params: Record<string, string> } | undefined;
}

/** Options of {@link compileRouteTable}. */
export interface CompileRouteTableOptions {
  /**
   * A table to extend: its modules are kept (without recompiling them), and the entries are added,
   * replacing a module that has the same id.
   */
  readonly base?: RouteTable;
}

/**
 * A route with the pattern that matches its paths (`/reports/:id` → `^/reports/([^/]+)$`) and its
 * matching order: its template with each parameter written as the highest character.
 */
type RouteMatcher = readonly [route: CompiledRoute, pattern: RegExp, order: string];

/** One module's routes: in manifest order, those without parameters by path, the others in matching order. */
type ModuleRoutes = readonly [list: readonly CompiledRoute[], statics: ReadonlyMap<string, CompiledRoute>, matchers: readonly RouteMatcher[]];

const MODULES = Symbol();

interface RouteTableInternals extends RouteTable {
  readonly [MODULES]: ReadonlyMap<string, ModuleRoutes>;
}

/**
 * Compiles the routes of a batch of modules into a {@link RouteTable}: once per batch, so that
 * resolving a link never scans modules, and only the routes with parameters of its own module.
 *
 * @param entries - Each module's id and routes (from validated manifests).
 * @param options - A table to extend.
 * @throws `InvalidDefinitionError` (from `@gerbang/contracts`) when a route's path template is
 *   malformed, which a validated manifest never has.
 * @example
 * ```ts
 * const table = compileRouteTable([
 *   { moduleId: 'lampung.aduan', routes: [{ name: 'detail', path: '/reports/:id' }] },
 * ]);
 * resolveDeepLink(table, 'gerbang://lampung.aduan/reports/LPG-001', { origins: [] });
 * // { ok: true, moduleId: 'lampung.aduan', route: 'detail', path: '/reports/LPG-001', params: { id: 'LPG-001' }, query: {} }
 * ```
 */
export function compileRouteTable(entries: readonly RouteTableEntry[], options: CompileRouteTableOptions = {}): RouteTable {
  const modules = new Map((options.base as Partial<RouteTableInternals> | undefined)?.[MODULES]);
  let routeCount = 0;
  for (const { moduleId, routes } of entries) {
    const matchers: RouteMatcher[] = [];
    const list = routes.map((route): CompiledRoute => {
      // The shape is the template with each parameter written as ":", which no static segment holds.
      const { params, shape } = compilePathPattern(route.path);
      const compiled = { moduleId, name: route.name, path: route.path, params, route };
      if (params.length > 0) matchers.push([compiled, new RegExp(`^${shape.replace(/\./g, '\\.').replaceAll(':', '([^/]+)')}$`), shape.replaceAll(':', '\uffff')]);
      return compiled;
    });
    // Of two routes that match a path, the one with a static segment where the other has a
    // parameter sorts first. The sort is stable: of two clashing routes (which validated manifests
    // never have), the first declared wins.
    matchers.sort(([, , a], [, , b]) => (a < b ? -1 : +(a > b)));
    // A route without parameters is found by its path, and wins over any with parameters. Reversed,
    // so that of two clashing routes (which validated manifests never have) the first declared wins.
    const statics = new Map(list.flatMap((route) => (route.params.length > 0 ? [] : [[route.path, route] as const])).reverse());
    modules.set(moduleId, [list, statics, matchers]);
  }
  for (const [list] of modules.values()) routeCount += list.length;

  const table: RouteTableInternals = {
    [MODULES]: modules,
    moduleCount: modules.size,
    routeCount,
    has: (moduleId) => modules.has(moduleId),
    route: (moduleId, name) => modules.get(moduleId)?.[0].find((route) => route.name === name),
    routes: (moduleId) => modules.get(moduleId)?.[0] ?? [],
    match: (moduleId, path) => {
      const module = modules.get(moduleId);
      const route = module?.[1].get(path);
      if (route) return { route, params: {} };
      try {
        // Indexes rather than destructuring, which is slow in this loop.
        for (const matcher of module?.[2] ?? []) {
          const values = matcher[1].exec(path);
          if (values) {
            const params: Record<string, string> = {};
            matcher[0].params.forEach((name, index) => (params[name] = decode(values[index + 1]!)));
            return { route: matcher[0], params };
          }
        }
      } catch {
        // A parameter that is not valid percent-encoding. No other route matches either: static
        // segments never contain "%", so every route that matches the path has a parameter there.
      }
      return undefined;
    },
  };
  return table;
}

// ---------------------------------------------------------------------------------------------
// errors

/** Why a deep link was refused: each names a way links are abused for redirects or injection. */
export type DeepLinkRefusal =
  | 'forbidden-scheme'
  | 'foreign-origin'
  | 'protocol-relative'
  | 'userinfo'
  | 'backslash'
  | 'encoded-separator'
  | 'dot-segment'
  | 'control-character';

/** The stable codes of {@link DeepLinkError}; each is an anchor in `docs/errors.md`. */
export type DeepLinkErrorCode = 'deep-link-not-found' | 'deep-link-refused' | 'deep-link-malformed';

/**
 * A deep link that did not resolve. Returned, never thrown, by {@link resolveDeepLink}:
 *
 * | code | meaning |
 * |---|---|
 * | `deep-link-not-found` | well-formed and safe, but no module or route has it; `moduleId` and `path` say what was asked |
 * | `deep-link-refused` | unsafe: `reason` says why (a `javascript:` scheme, a foreign origin, ...) |
 * | `deep-link-malformed` | not a link Gerbang can read |
 *
 * The link itself is kept in `url`; the message quotes at most its first 100 characters.
 */
export class DeepLinkError extends GerbangError<DeepLinkErrorCode> {
  override name = 'DeepLinkError' as const;
  /** The link as given. */
  declare readonly url: string;
  /** For `deep-link-refused`: why. */
  declare readonly reason: DeepLinkRefusal | undefined;
  /** For `deep-link-not-found`: the module asked for, when the link named one. */
  declare readonly moduleId: string | undefined;
  /** For `deep-link-not-found`: the path within the module. */
  declare readonly path: string | undefined;

  /**
   * @param code - The stable code.
   * @param url - The link as given.
   * @param explanation - What is wrong, for the message.
   * @param details - The refusal reason, or the module and path that were not found, and the cause.
   */
  constructor(
    code: DeepLinkErrorCode,
    url: string,
    explanation: string,
    details: { reason?: DeepLinkRefusal; moduleId?: string; path?: string; cause?: unknown } = {},
  ) {
    const shown = JSON.stringify(DEV && url.length > 100 ? `${url.slice(0, 100)}…` : url.slice(0, 100));
    super(code, DEV ? `Deep link ${shown} ${code.slice(10).replace('-', ' ')}: ${explanation}` : `${shown} ${explanation}`, details);
    Object.assign(this, { url, reason: details.reason, moduleId: details.moduleId, path: details.path });
  }
}

// ---------------------------------------------------------------------------------------------
// resolution

/**
 * The params of every route of a module, by route name: what `ManifestRoutes` from
 * `@gerbang/contracts` gives for a manifest written with `defineManifest`.
 */
export type RouteParamsMap = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * A deep link that resolved: the module, the route and its params, and the query. With a typed
 * `TRoutes`, `params` is typed by `route`: check `route` and TypeScript knows the params.
 *
 * @typeParam TRoutes - The module's routes by name (see {@link isDeepLinkTo}).
 * @typeParam TModuleId - The module id.
 */
export type DeepLinkMatch<TRoutes extends RouteParamsMap = RouteParamsMap, TModuleId extends string = string> = {
  [TName in keyof TRoutes & string]: {
    /** The link resolved. */
    readonly ok: true;
    /** The module to open. */
    readonly moduleId: TModuleId;
    /** The route name. */
    readonly route: TName;
    /** The path within the module, such as `/reports/LPG-001`. */
    readonly path: string;
    /** The route's params, percent-decoded. */
    readonly params: TRoutes[TName];
    /** The query, percent-decoded (`+` is a space); the first value of a repeated name wins. */
    readonly query: Readonly<Record<string, string>>;
    /** The failure; absent on success. */
    readonly error?: undefined;
  };
}[keyof TRoutes & string];

/** A deep link that did not resolve, with the reason. */
export interface DeepLinkFailure {
  /** The link did not resolve. */
  readonly ok: false;
  /** What was wrong. */
  readonly error: DeepLinkError;
}

/**
 * What {@link resolveDeepLink} gives: a match, or a failure with a typed {@link DeepLinkError}.
 *
 * @typeParam TRoutes - The routes by name, when known.
 */
export type DeepLinkResolution<TRoutes extends RouteParamsMap = RouteParamsMap> = DeepLinkMatch<TRoutes> | DeepLinkFailure;

/** Options of {@link resolveDeepLink}. */
export interface ResolveDeepLinkOptions {
  /**
   * The https origins whose URLs are deep links, such as `https://lampungin.example.id`: the
   * brand's `origins`. `http://localhost` origins are accepted for development. Any other origin
   * is refused.
   */
  readonly origins: readonly string[];
}

/** The custom scheme of deep links. */
export const DEEP_LINK_SCHEME = 'gerbang';

/** The path prefix of module links on web origins and in app paths: `/m/<module>/<path>`. */
export const MODULE_PATH_PREFIX = '/m/';

const MAX_LINK_LENGTH = 4096;
/**
 * The generic syntax of RFC 3986, which every string matches: the link without query and
 * fragment, then in it `scheme:`, `//authority` and the path; then the query.
 */
const LINK = /^((?:([a-z][a-z\d+.-]*):)?(\/\/[^/?#]*)?([^?#]*))(?:\?([^#]*))?/i;
const ENCODED_SEPARATOR = /%(?:2f|5c)/i;
/** A `.` or `..` segment, plain or percent-encoded. */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;
/**
 * A backslash, or a character that browsers strip or that hides what a link says: whitespace
 * (`\s` covers every Unicode space), C0 and C1 controls, zero-width and bidirectional marks.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTER = /[\\\s\0-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f]/;

/**
 * Resolves a deep link to a module, a route and typed params. It never throws, whatever the
 * string: a link that is unknown, unsafe or malformed gives `{ ok: false, error }`.
 *
 * Accepted forms:
 * - `gerbang://<module>/<path>?<query>`;
 * - `https://<origin>/m/<module>/<path>?<query>`, for an origin in `options.origins`;
 * - `/m/<module>/<path>?<query>`, a path within the app.
 *
 * Refused: any other scheme (`javascript:`, `data:`, `vbscript:`, `file:`, ...), origins not
 * listed, protocol-relative `//host`, userinfo (`https://origin@evil.example`), backslashes,
 * encoded `/` or `\`, `.` and `..` segments, whitespace and control characters. Nothing that
 * resolves can lead the app off its own origins.
 *
 * @param table - From {@link compileRouteTable}.
 * @param url - The link, untrusted.
 * @param options - The trusted origins.
 * @example
 * ```ts
 * const result = resolveDeepLink(table, 'https://lampungin.example.id/m/lampung.aduan/reports/LPG-001?tab=map', {
 *   origins: ['https://lampungin.example.id'],
 * });
 * if (result.ok) open(result.moduleId, result.route, result.params); // params: { id: 'LPG-001' }
 * else console.warn(result.error.code, result.error.message);
 * ```
 */
export function resolveDeepLink(table: RouteTable, url: string, options: ResolveDeepLinkOptions): DeepLinkResolution {
  try {
    return resolve(table, url, options);
  } catch (cause) {
    // Unreachable for any string; kept so that a bug here can never crash navigation.
    return malformed(typeof url === 'string' ? url : '', DEV ? 'the link could not be read' : '', { cause });
  }
}

/**
 * Tells whether a resolved deep link opens the module of a typed manifest, and narrows its route
 * and params to that manifest's routes.
 *
 * @param resolution - From {@link resolveDeepLink}.
 * @param manifest - The module's manifest, written with `defineManifest`.
 * @example
 * ```ts
 * const result = resolveDeepLink(table, url, { origins });
 * if (isDeepLinkTo(result, aduanManifest) && result.route === 'detail') {
 *   showReport(result.params.id); // typed: { id: string }
 * }
 * ```
 */
export function isDeepLinkTo<const TManifest extends DeepLinkManifest>(
  resolution: DeepLinkResolution,
  manifest: TManifest,
): resolution is DeepLinkMatchOf<TManifest> {
  return resolution.ok && resolution.moduleId === manifest.id;
}

/**
 * A resolved deep link into the module of a typed manifest, with its route names and params.
 *
 * @typeParam TManifest - The manifest's type, from `defineManifest`.
 */
// `infer … extends` lets TypeScript see that the typed match is a kind of resolution.
export type DeepLinkMatchOf<TManifest extends DeepLinkManifest> =
  DeepLinkMatch<ManifestRoutes<TManifest>, TManifest['id']> extends infer TMatch extends DeepLinkResolution ? TMatch : never;

/** The part of a manifest that {@link isDeepLinkTo} reads. */
export interface DeepLinkManifest {
  /** The module id. */
  readonly id: string;
  /** The routes. */
  readonly routes?: readonly { readonly name: string; readonly path: string }[];
}

/**
 * The params of one route of a typed manifest: `DeepLinkParams<typeof manifest, 'detail'>` is
 * `{ id: string }` for a route `{ name: 'detail', path: '/reports/:id' }`.
 *
 * @typeParam TManifest - The manifest's type.
 * @typeParam TName - The route name.
 */
export type DeepLinkParams<TManifest extends DeepLinkManifest, TName extends string> = PathParams<
  Extract<NonNullable<TManifest['routes']>[number], { readonly name: TName }>['path']
>;

function resolve(table: RouteTable, url: string, options: ResolveDeepLinkOptions): DeepLinkResolution {
  if (typeof url !== 'string') return malformed('', DEV ? `expected a string, received ${(url as unknown) === null ? 'null' : typeof url}` : typeof url);
  if (!url || url.length > MAX_LINK_LENGTH) return malformed(url, DEV ? (url ? `the link is longer than ${MAX_LINK_LENGTH} characters` : 'the link is empty') : '');
  const unsafe = UNSAFE_CHARACTER.exec(url)?.[0];
  if (unsafe) {
    return refused(
      url,
      unsafe === '\\' ? 'backslash' : 'control-character',
      DEV && (unsafe === '\\' ? 'links must not contain "\\", which browsers read as "/"' : 'links must not contain whitespace, control or invisible formatting characters; percent-encode them'),
    );
  }

  // Indexes rather than destructuring, which is slow on a match. `authority` keeps its "//", so
  // that an empty one is still there.
  const parts = LINK.exec(url)!;
  const head = parts[1]!;
  const scheme = parts[2]?.toLowerCase();
  const authority = parts[3] ?? '';
  const path = parts[4]!;
  if (!scheme) {
    if (authority) return refused(url, 'protocol-relative', DEV && 'a link starting with "//" leads to another host');
  } else if (scheme !== DEEP_LINK_SCHEME && scheme !== 'https' && scheme !== 'http') {
    return refused(url, 'forbidden-scheme', DEV && `the scheme "${scheme.slice(0, 30)}:" is not a deep link; use "${DEEP_LINK_SCHEME}:" or the app's https origins`);
  } else if (!authority) {
    return malformed(url, DEV ? `expected "${scheme}://${scheme === DEEP_LINK_SCHEME ? '<module>/<path>' : '<host>/…'}"` : '');
  }
  if (authority.includes('@')) return refused(url, 'userinfo', DEV && 'links must not carry a user name or password ("…@"), which hides the real host');
  const gerbang = scheme === DEEP_LINK_SCHEME;
  if (scheme && !gerbang) {
    const origin = normalizeOrigin(scheme + ':' + authority);
    if (!origin) return malformed(url, DEV ? `the host ${JSON.stringify(authority.slice(2))} is not valid` : 'host');
    if (!isTrustedOrigin(origin, options.origins)) {
      return refused(url, 'foreign-origin', DEV && `${origin} is not one of the app's origins${options.origins.length === 0 ? ' (none are configured)' : ''}`);
    }
  }

  if (!gerbang && !path.startsWith(MODULE_PATH_PREFIX)) {
    return scheme || path.startsWith('/')
      ? notFound(url, DEV ? `only paths under "${MODULE_PATH_PREFIX}<module>/" are deep links` : '')
      : malformed(url, DEV ? `expected "${DEEP_LINK_SCHEME}://<module>/<path>", an https URL or a path starting with "${MODULE_PATH_PREFIX}"` : '');
  }
  // The scheme and a web origin's host hold neither "%" nor dot segments, so these checks are the
  // path's (and a gerbang: module's); in `head`, a dot segment follows a "/".
  if (head.includes('%') || head.includes('/.')) {
    if (ENCODED_SEPARATOR.test(head)) return refused(url, 'encoded-separator', DEV && 'links must not contain an encoded "/" or "\\" (%2F, %5C)');
    if (DOT_SEGMENT.test(head)) return refused(url, 'dot-segment', DEV && 'links must not contain "." or ".." segments');
    try {
      decodeURIComponent(head);
    } catch {
      return malformed(url, DEV ? 'the path is not valid percent-encoding' : 'path');
    }
  }
  // `<module>/<path>` follows "gerbang://" or "/m/". Host names are case-insensitive and module ids
  // lowercase, so the module of a gerbang: link is lower-cased.
  const moduleStart = gerbang ? 'gerbang://'.length : head.length - path.length + '/m/'.length;
  const slash = head.indexOf('/', moduleStart);
  const moduleEnd = slash < 0 ? head.length : slash;
  const moduleName = head.slice(moduleStart, moduleEnd);
  const moduleId = gerbang ? moduleName.toLowerCase() : moduleName;
  // The path within the module, without a trailing "/", but "/" for the module root.
  const modulePath = head.slice(moduleEnd, head.length > moduleEnd + 1 && head.endsWith('/') ? -1 : head.length) || '/';
  const matched = table.match(moduleId, modulePath);
  if (!matched && !table.has(moduleId)) {
    // Registered ids are valid, so only a miss needs the id checked, to tell malformed from unknown.
    const badId = explainBadId(moduleId.slice(0, 101), 'module id');
    return badId ? malformed(url, badId) : notFound(url, DEV ? `no module "${moduleId}" is registered` : moduleId, { moduleId, path: modulePath });
  }

  let query;
  try {
    query = parseQuery(parts[5] ?? '');
  } catch {
    return malformed(url, DEV ? 'the query is not valid percent-encoding' : 'query');
  }
  return matched
    ? { ok: true, moduleId, route: matched.route.name, path: modulePath, params: matched.params, query }
    : notFound(
        url,
        DEV
          ? `module "${moduleId}" has no route for ${JSON.stringify(modulePath.slice(0, 200))}; ${
              table.routes(moduleId).length === 0 ? 'it declares no routes' : `its routes are ${table.routes(moduleId).slice(0, 10).map((route) => route.path).join(', ')}`
            }`
          : modulePath,
        { moduleId, path: modulePath },
      );
}

/** Percent-decodes `text`; throws when it is not valid percent-encoding. */
const decode = (text: string): string => (text.includes('%') ? decodeURIComponent(text) : text);

/** Reads `name=value&…`: percent-decoded, `+` as a space; the first of a repeated name wins. Throws on bad percent-encoding. */
function parseQuery(text: string): Record<string, string> {
  let query: Record<string, string> = {};
  for (let start = 0, end; start < text.length; start = end + 1) {
    end = text.indexOf('&', start);
    if (end < 0) end = text.length;
    const equals = text.indexOf('=', start);
    const split = equals < 0 || equals > end ? end : equals;
    const name = decodeQueryPart(text.slice(start, split));
    const value = decodeQueryPart(text.slice(split + 1, end));
    if (end > start && !Object.hasOwn(query, name)) {
      // Assigning "__proto__" would set the prototype; a computed key in a literal defines it as an
      // own property (at most once, so the copy costs nothing).
      if (name === '__proto__') query = { ...query, [name]: value };
      else query[name] = value;
    }
  }
  return query;
}

const decodeQueryPart = (part: string): string => decode(part.includes('+') ? part.replace(/\+/g, ' ') : part);

/** The origin of a link or of a configured origin: `https://Example.ID:443/` → `https://example.id`; `undefined` when its host is not plain ASCII DNS or IP. */
function normalizeOrigin(text: string): string | undefined {
  const parts = ORIGIN.exec(text.toLowerCase());
  const port = parts?.[3];
  return parts ? `${parts[1]}://${parts[2]}${port === undefined || +port === (parts[1] === 'https' ? 443 : 80) ? '' : `:${+port}`}` : undefined;
}

/** `http(s)://host:port/`, each DNS label 1 to 63 letters, digits and inner hyphens, or an IPv6 address. */
const ORIGIN = /^(https?):\/\/((?!-)[a-z\d-]{0,62}[a-z\d](?:\.(?!-)[a-z\d-]{0,62}[a-z\d])*|\[[\da-f:.]+\])(?::(\d{1,5}))?\/?$/;

/** The trusted origins of each origins array, normalized once. */
const trustedOrigins = new WeakMap<readonly string[], readonly (string | undefined)[]>();

function isTrustedOrigin(origin: string, origins: readonly string[]): boolean {
  let trusted = trustedOrigins.get(origins);
  if (!trusted) trustedOrigins.set(origins, (trusted = origins.map((configured) => normalizeOrigin(configured.trim()))));
  // Plain http is trusted for local development only.
  return trusted.includes(origin) && /^https:|^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::|$)/.test(origin);
}

/** Makes the failures of one code. */
const failure =
  (code: DeepLinkErrorCode) =>
  (url: string, explanation: string, details?: ConstructorParameters<typeof DeepLinkError>[3]): DeepLinkFailure => ({ ok: false, error: new DeepLinkError(code, url, explanation, details) });

const malformed = failure('deep-link-malformed');
const notFound = failure('deep-link-not-found');
const refusal = failure('deep-link-refused');

/** In the production build, `explanation` is `false`, and the message names the reason. */
const refused = (url: string, reason: DeepLinkRefusal, explanation: string | false): DeepLinkFailure => refusal(url, explanation || reason, { reason });
