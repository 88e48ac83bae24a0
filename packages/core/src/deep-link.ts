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
 * Every module's routes, compiled into a tree per module, so that resolving a link costs one
 * lookup per path segment however many routes there are. Create it with
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

interface RouteNode {
  readonly children: Map<string, RouteNode>;
  param: RouteNode | undefined;
  route: CompiledRoute | undefined;
}

interface ModuleRoutes {
  readonly root: RouteNode;
  readonly byName: ReadonlyMap<string, CompiledRoute>;
  readonly list: readonly CompiledRoute[];
}

const MODULES = Symbol('modules');

interface RouteTableInternals extends RouteTable {
  readonly [MODULES]: ReadonlyMap<string, ModuleRoutes>;
}

/**
 * Compiles the routes of a batch of modules into a {@link RouteTable}: once per batch, so that
 * resolving a link never scans modules or routes.
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
  const base = options.base === undefined ? undefined : (options.base as Partial<RouteTableInternals>)[MODULES];
  const modules = new Map<string, ModuleRoutes>(base);
  for (const entry of entries) modules.set(entry.moduleId, compileModuleRoutes(entry));
  let routeCount = 0;
  for (const module of modules.values()) routeCount += module.list.length;

  const table: RouteTableInternals = {
    [MODULES]: modules,
    moduleCount: modules.size,
    routeCount,
    has: (moduleId) => modules.has(moduleId),
    route: (moduleId, name) => modules.get(moduleId)?.byName.get(name),
    routes: (moduleId) => modules.get(moduleId)?.list ?? [],
    match: (moduleId, path) => {
      const module = modules.get(moduleId);
      return module === undefined ? undefined : matchModule(module, path);
    },
  };
  return table;
}

function compileModuleRoutes(entry: RouteTableEntry): ModuleRoutes {
  const root = newNode();
  const byName = new Map<string, CompiledRoute>();
  const list: CompiledRoute[] = [];
  for (const declared of entry.routes) {
    const pattern = compilePathPattern(declared.path);
    const route: CompiledRoute = { moduleId: entry.moduleId, name: declared.name, path: declared.path, params: pattern.params, route: declared };
    let node = root;
    for (const segment of pattern.segments) {
      if (segment.kind === 'param') {
        node.param ??= newNode();
        node = node.param;
      } else {
        let child = node.children.get(segment.value);
        if (child === undefined) {
          child = newNode();
          node.children.set(segment.value, child);
        }
        node = child;
      }
    }
    // Manifests are validated to have no clashing routes; should two clash anyway, the first wins.
    node.route ??= route;
    if (!byName.has(route.name)) byName.set(route.name, route);
    list.push(route);
  }
  return { root, byName, list };
}

function matchModule(module: ModuleRoutes, path: string): { route: CompiledRoute; params: Record<string, string> } | undefined {
  return path.startsWith('/') ? matchSegments(module.root, path, path === '/' ? -1 : 1, []) : undefined;
}

function newNode(): RouteNode {
  return { children: new Map(), param: undefined, route: undefined };
}

/**
 * Walks the tree, static children first, falling back to the parameter child. `at` is the index
 * in `path` where the next segment starts, or -1 past the last one; no array of segments is made.
 */
function matchSegments(
  node: RouteNode,
  path: string,
  at: number,
  values: string[],
): { route: CompiledRoute; params: Record<string, string> } | undefined {
  if (at === -1) {
    const route = node.route;
    if (route === undefined) return undefined;
    const params: Record<string, string> = {};
    for (let index = 0; index < route.params.length; index++) {
      const raw = values[index]!;
      if (raw.includes('%')) {
        try {
          params[route.params[index]!] = decodeURIComponent(raw);
        } catch {
          return undefined;
        }
      } else {
        params[route.params[index]!] = raw;
      }
    }
    return { route, params };
  }
  const slash = path.indexOf('/', at);
  const part = slash === -1 ? path.slice(at) : path.slice(at, slash);
  const next = slash === -1 ? -1 : slash + 1;
  const child = node.children.get(part);
  if (child !== undefined) {
    const found = matchSegments(child, path, next, values);
    if (found !== undefined) return found;
  }
  if (node.param !== undefined && part !== '') {
    values.push(part);
    const found = matchSegments(node.param, path, next, values);
    values.pop();
    return found;
  }
  return undefined;
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
  readonly url: string;
  /** For `deep-link-refused`: why. */
  readonly reason: DeepLinkRefusal | undefined;
  /** For `deep-link-not-found`: the module asked for, when the link named one. */
  readonly moduleId: string | undefined;
  /** For `deep-link-not-found`: the path within the module. */
  readonly path: string | undefined;

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
    const shown = JSON.stringify(url.length > 100 ? `${url.slice(0, 100)}…` : url);
    super(code, `Deep link ${shown} ${code.slice(10).replace('-', ' ')}: ${explanation}`, details);
    this.url = url;
    this.reason = details.reason;
    this.moduleId = details.moduleId;
    this.path = details.path;
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
const USERINFO = 'links must not carry a user name or password ("…@"), which hides the real host';
const OUTSIDE_MODULE_PATHS = `only paths under "${MODULE_PATH_PREFIX}<module>/" are deep links`;
const ENCODED_SEPARATOR = /%(?:2f|5c)/i;
/** A `.` or `..` segment, plain or percent-encoded. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
/**
 * A backslash, or a character that browsers strip or that hides what a link says: whitespace
 * (`\s` covers every Unicode space), C0 and C1 controls, zero-width and bidirectional marks.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTER = /[\\\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f]/;

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
    const text = typeof url === 'string' ? url : '';
    return { ok: false, error: new DeepLinkError('deep-link-malformed', text, 'the link could not be read', { cause }) };
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
  const input: unknown = url;
  if (typeof input !== 'string') return malformed('', `expected a string, received ${input === null ? 'null' : typeof input}`);
  if (url.length === 0) return malformed(url, 'the link is empty');
  if (url.length > MAX_LINK_LENGTH) return malformed(url, `the link is longer than ${MAX_LINK_LENGTH} characters`);
  // `test` first: it allocates nothing, and nearly every link passes.
  const unsafe = UNSAFE_CHARACTER.test(url) ? UNSAFE_CHARACTER.exec(url)?.[0] : undefined;
  if (unsafe === '\\') return refused(url, 'backslash', 'links must not contain "\\", which browsers read as "/"');
  if (unsafe !== undefined) {
    return refused(url, 'control-character', 'links must not contain whitespace, control or invisible formatting characters; percent-encode them');
  }

  const scheme = url.charCodeAt(0) === 0x2f ? undefined : readScheme(url);
  // Indexes into `url` rather than slices: most links are resolved without copying any part twice.
  let moduleStart: number; // where `<module>/<path>?<query>#<fragment>` begins
  let lowerModule = false;
  if (scheme === undefined) {
    if (url.startsWith('//')) return refused(url, 'protocol-relative', 'a link starting with "//" leads to another host');
    if (!url.startsWith(MODULE_PATH_PREFIX)) {
      return url.startsWith('/')
        ? notFound(url, OUTSIDE_MODULE_PATHS, {})
        : malformed(url, `expected "${DEEP_LINK_SCHEME}://<module>/<path>", an https URL or a path starting with "${MODULE_PATH_PREFIX}"`);
    }
    moduleStart = MODULE_PATH_PREFIX.length;
  } else if (scheme === DEEP_LINK_SCHEME || scheme === 'https' || scheme === 'http') {
    const authorityStart = scheme.length + 3;
    if (!url.startsWith('//', scheme.length + 1)) {
      return malformed(url, `expected "${scheme}://${scheme === DEEP_LINK_SCHEME ? '<module>/<path>' : '<host>/…'}"`);
    }
    const at = url.indexOf('@', authorityStart);
    if (at !== -1 && at < endOfAuthority(url, authorityStart)) return refused(url, 'userinfo', USERINFO);
    if (scheme === DEEP_LINK_SCHEME) {
      moduleStart = authorityStart;
      // Hosts are case-insensitive; module ids are lowercase.
      lowerModule = true;
    } else {
      const authorityEnd = endOfAuthority(url, authorityStart);
      const authority = url.slice(authorityStart, authorityEnd);
      const origin = normalizeOrigin(scheme, authority);
      if (origin === undefined) return malformed(url, `the host ${JSON.stringify(authority)} is not valid`);
      if (!isTrustedOrigin(origin, options.origins)) {
        return refused(url, 'foreign-origin', `${origin} is not one of the app's origins${options.origins.length === 0 ? ' (none are configured)' : ''}`);
      }
      if (!url.startsWith(MODULE_PATH_PREFIX, authorityEnd)) return notFound(url, OUTSIDE_MODULE_PATHS, {});
      moduleStart = authorityEnd + MODULE_PATH_PREFIX.length;
    }
  } else {
    return refused(url, 'forbidden-scheme', `the scheme "${scheme.slice(0, 30)}:" is not a deep link; use "${DEEP_LINK_SCHEME}:" or the app's https origins`);
  }
  return resolveModulePath(table, url, moduleStart, lowerModule);
}

/** Resolves the `<module>/<path>?<query>#<fragment>` part of `url`, which begins at `start`. */
function resolveModulePath(table: RouteTable, url: string, start: number, lowerModule: boolean): DeepLinkResolution {
  const fragmentAt = url.indexOf('#', start);
  const end = fragmentAt === -1 ? url.length : fragmentAt;
  const queryAt = url.indexOf('?', start);
  const targetEnd = queryAt === -1 || queryAt > end ? end : queryAt;

  const slash = url.indexOf('/', start);
  const moduleEnd = slash === -1 || slash > targetEnd ? targetEnd : slash;
  let moduleId = url.slice(start, moduleEnd);
  if (lowerModule) moduleId = moduleId.toLowerCase();
  let path = moduleEnd === targetEnd ? '/' : url.slice(moduleEnd, targetEnd);
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);

  const percent = url.indexOf('%', start);
  const encoded = percent !== -1 && percent < targetEnd;
  const target = encoded || url.startsWith('.', start) || url.includes('/.', start) ? url.slice(start, targetEnd) : undefined;
  if (target !== undefined) {
    if (encoded && ENCODED_SEPARATOR.test(target)) return refused(url, 'encoded-separator', 'links must not contain an encoded "/" or "\\" (%2F, %5C)');
    if (target.split('/').some((segment) => DOT_SEGMENT.test(segment))) return refused(url, 'dot-segment', 'links must not contain "." or ".." segments');
    if (encoded && !isPercentEncoded(target)) return malformed(url, 'the path is not valid percent-encoding');
  }
  // A table from compileRouteTable is read directly: one Map lookup for the module, not two.
  const module = (table as Partial<RouteTableInternals>)[MODULES]?.get(moduleId);
  if (module === undefined && !table.has(moduleId)) {
    // Registered ids are valid, so only a miss needs the id checked, to tell malformed from unknown.
    if (moduleId === '') return malformed(url, 'the link names no module');
    const badId = explainBadId(moduleId.slice(0, 101), 'module id');
    if (badId !== undefined) return malformed(url, badId);
    return notFound(url, `no module "${moduleId}" is registered`, { moduleId, path });
  }

  const query = queryAt === -1 || queryAt > end ? {} : parseQuery(url, queryAt + 1, end);
  if (query === undefined) return malformed(url, 'the query is not valid percent-encoding');
  const matched = module === undefined ? table.match(moduleId, path) : matchModule(module, path);
  if (matched === undefined) {
    const names = table.routes(moduleId).map((route) => route.path);
    const known = names.length === 0 ? 'it declares no routes' : `its routes are ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}`;
    return notFound(url, `module "${moduleId}" has no route for ${JSON.stringify(path.slice(0, 200))}; ${known}`, { moduleId, path });
  }
  return { ok: true, moduleId, route: matched.route.name, path, params: matched.params, query };
}

/** Reads `name=value&…` between `from` and `to`. */
function parseQuery(url: string, from: number, to: number): Record<string, string> | undefined {
  const query: Record<string, string> = {};
  let start = from;
  while (start < to) {
    const ampersand = url.indexOf('&', start);
    const end = ampersand === -1 || ampersand > to ? to : ampersand;
    if (end > start) {
      const equals = url.indexOf('=', start);
      const split = equals === -1 || equals > end ? end : equals;
      const name = decodeQueryPart(url.slice(start, split));
      const value = split === end ? '' : decodeQueryPart(url.slice(split + 1, end));
      if (name === undefined || value === undefined) return undefined;
      if (!Object.hasOwn(query, name)) {
        // Assigning "__proto__" would set the prototype: define it as an own data property instead.
        if (name === '__proto__') Object.defineProperty(query, name, { value, enumerable: true, writable: true, configurable: true });
        else query[name] = value;
      }
    }
    start = end + 1;
  }
  return query;
}

function decodeQueryPart(part: string): string | undefined {
  const spaced = part.includes('+') ? part.replace(/\+/g, ' ') : part;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return undefined;
  }
}

function isPercentEncoded(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** The scheme of a link (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`), lower-cased, if it has one. */
function readScheme(url: string): string | undefined {
  return SCHEME.test(url) ? url.slice(0, url.indexOf(':')).toLowerCase() : undefined;
}

/** The index of the first `/`, `?` or `#` in `text` at or after `from`, or `text.length`. */
function endOfAuthority(text: string, from = 0): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2f || code === 0x3f || code === 0x23) return index;
  }
  return text.length;
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/;

/** `https://Example.ID:443` → `https://example.id`; `undefined` for a host that is not plain ASCII DNS or IP. */
function normalizeOrigin(scheme: string, authority: string): string | undefined {
  const lower = authority.toLowerCase();
  const match = HOST.exec(lower);
  if (match === null) return undefined;
  const port = match[1];
  const defaultPort = scheme === 'https' ? '443' : '80';
  const host = port === undefined ? lower : lower.slice(0, lower.length - port.length - 1);
  return port === undefined || Number(port) === Number(defaultPort) ? `${scheme}://${host}` : `${scheme}://${host}:${Number(port)}`;
}

const trustedOrigins = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Whether an origin is trusted; each origins array is normalized once and cached. */
function isTrustedOrigin(origin: string, origins: readonly string[]): boolean {
  let trusted = trustedOrigins.get(origins);
  if (trusted === undefined) {
    trusted = new Set(
      origins.flatMap((configured) => {
        const match = /^(https?):\/\/([^/?#@\\]+)\/?$/i.exec(configured.trim());
        if (match === null) return [];
        const scheme = match[1]!.toLowerCase();
        const normalized = normalizeOrigin(scheme, match[2]!);
        // Plain http is trusted for local development only.
        if (normalized === undefined || (scheme === 'http' && !/^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/.test(normalized))) return [];
        return [normalized];
      }),
    );
    trustedOrigins.set(origins, trusted);
  }
  return trusted.has(origin);
}

function malformed(url: string, explanation: string): DeepLinkFailure {
  return { ok: false, error: new DeepLinkError('deep-link-malformed', url, explanation) };
}

function refused(url: string, reason: DeepLinkRefusal, explanation: string): DeepLinkFailure {
  return { ok: false, error: new DeepLinkError('deep-link-refused', url, explanation, { reason }) };
}

function notFound(url: string, explanation: string, details: { moduleId?: string; path?: string }): DeepLinkFailure {
  return { ok: false, error: new DeepLinkError('deep-link-not-found', url, explanation, details) };
}
