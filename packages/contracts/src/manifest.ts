/**
 * The module manifest: the data from which a host draws the home screen, search, permission
 * prompts and deep-link tables before any module code loads.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  gerbangIdSchema,
  localizedTextSchema,
  patternSchema,
  semverRangeSchema,
  semverSchema,
  textSchema,
  tooLong,
  uniqueBy,
} from './fields.ts';
import { explainBadId } from './ids.ts';
import { INTEGRITY_PATTERN } from './integrity.ts';
import { checkPathTemplate, pathShape, type PathParams } from './path-pattern.ts';
import { permissionIdSchema } from './permissions.ts';
import { quoteValue, rule, validate, type ParseResult } from './validation.ts';

/** The version of the manifest format that this package reads and writes. */
export const MANIFEST_SPEC_VERSION = 1;

/** An event that wakes a module: opening it, following a deep link into it, start-up, or a named event. */
export type ActivationEvent = 'onStartup' | 'onOpen' | 'onDeepLink' | `onEvent:${string}`;

const ACTIVATION_EVENT = /^(?:onStartup|onOpen|onDeepLink|onEvent:[a-z0-9][a-z0-9._:/-]{0,127})$/;

/**
 * Tells whether a string is an activation event: `onStartup`, `onOpen`, `onDeepLink`, or
 * `onEvent:<name>` with a lowercase event name such as `onEvent:host.online`.
 *
 * @param value - Any value.
 */
export function isActivationEvent(value: unknown): value is ActivationEvent {
  return typeof value === 'string' && ACTIVATION_EVENT.test(value);
}

// ---------------------------------------------------------------------------------------------
// field schemas
//
// Every rule is a plain function that returns the reason a value is wrong (see `rule` and
// fields.ts); zod's own checks are avoided, so that the parser stays within its size budget.

const ROUTE_NAME = /^[a-z][a-zA-Z0-9-]{0,49}$/;
const ICON =
  /^(?:https:\/\/[^\s"'<>]+|\.{0,2}\/(?!\/)[^\s"'<>]*|data:image\/(?:svg\+xml|png|webp)(?:;base64)?,[^\s"'<>]+)$/;
const SECURE_URL = /^(?:https:\/\/[^\s/?#@]+|http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?)(?:[/?#][^\s]*)?$/;

const routeSchema = /* @__PURE__ */ z.strictObject({
  name: patternSchema(ROUTE_NAME, (shown) => `route name ${shown} must be a lowercase word such as "detail" or "my-reports"`),
  path: z.string().check(rule(checkPathTemplate)),
  title: z.optional(localizedTextSchema(80)),
});

const entrySchema = /* @__PURE__ */ z.strictObject({
  url: patternSchema(SECURE_URL, (shown) => `${shown} must be an https URL (http only on localhost), without credentials`).check(
    rule(tooLong(2048)),
  ),
  integrity: patternSchema(
    INTEGRITY_PATTERN,
    (shown) => `integrity ${shown} must be "sha256-", "sha384-" or "sha512-" and the base64 digest of the module's code`,
  ),
});

/** Reports routes whose patterns match exactly the same paths (`/a/:x` and `/a/:y`). */
const noClashingRoutes = /* @__PURE__ */ rule((routes: readonly { path: string }[]) => {
  const shapes = new Map<string, string>();
  return routes.flatMap((route, index) => {
    if (checkPathTemplate(route.path) !== undefined) return []; // reported on the route itself
    const shape = pathShape(route.path);
    const earlier = shapes.get(shape);
    if (earlier !== undefined) {
      return [{ path: [index, 'path'], message: `route ${JSON.stringify(route.path)} clashes with ${JSON.stringify(earlier)}: both match the same paths` }];
    }
    shapes.set(shape, route.path);
    return [];
  });
});

/** Service ids as the keys of `requires`, each checked where it stands, even when a range is bad. */
const serviceIdKeys = /* @__PURE__ */ rule(
  (requires: Record<string, string>) =>
    Object.keys(requires).flatMap((id) => {
      const message = explainBadId(id, 'service id');
      return message === undefined ? [] : [{ path: [id], message }];
    }),
  { when: (value) => typeof value === 'object' && value !== null && !Array.isArray(value) },
);

// ---------------------------------------------------------------------------------------------
// the manifest

/**
 * The schema of a module manifest. Parse untrusted manifests with {@link parseManifest}, which
 * also guards against prototype pollution and never throws.
 */
export const manifestSchema = /* @__PURE__ */ z.strictObject({
  spec: z.literal(MANIFEST_SPEC_VERSION, {
    error: (issue) => `unsupported manifest spec ${quoteValue(issue.input)}; this SDK reads spec ${MANIFEST_SPEC_VERSION}`,
  }),
  id: gerbangIdSchema('module id'),
  version: semverSchema,
  name: localizedTextSchema(60),
  description: localizedTextSchema(500),
  icon: patternSchema(ICON, () => 'icon must be an https URL, a path such as "/icons/aduan.svg", or a data:image/svg+xml, png or webp URI').check(
    rule(tooLong(65_536)),
  ),
  category: patternSchema(/^[a-z][a-z0-9-]{0,39}$/, (shown) => `category ${shown} must be a lowercase slug such as "pengaduan"`),
  keywords: z.optional(
    z.strictObject({
      id: z.array(textSchema(40)).check(rule(tooLong(30))),
      en: z.optional(z.array(textSchema(40)).check(rule(tooLong(30)))),
    }),
  ),
  permissions: z._default(
    z
      .array(z.strictObject({ id: permissionIdSchema, rationale: localizedTextSchema(300) }))
      .check(uniqueBy((permission: { id: string }) => permission.id, 'permission', ['id'])),
    [],
  ),
  // An object with a catchall rather than z.record: the same JSON Schema, less code to ship.
  requires: z._default(z.catchall(z.object({}), semverRangeSchema).check(serviceIdKeys), {}),
  provides: z._default(
    z
      .array(z.strictObject({ id: gerbangIdSchema('service id'), version: semverSchema }))
      .check(uniqueBy((service: { id: string; version: string }) => `${service.id}@${service.version}`, 'service')),
    [],
  ),
  routes: z._default(
    z
      .array(routeSchema)
      .check(rule(tooLong(200)), uniqueBy((route: { name: string }) => route.name, 'route name', ['name']), noClashingRoutes),
    [],
  ),
  activation: z._default(
    z
      .array(
        // A pattern rather than a rule, so that the JSON Schema of manifests carries it too.
        patternSchema(
          ACTIVATION_EVENT,
          (shown) => `${shown} is not an activation event; use "onStartup", "onOpen", "onDeepLink" or "onEvent:<name>"`,
        ) as unknown as z.ZodMiniType<ActivationEvent, ActivationEvent>,
      )
      .check(uniqueBy((event: string) => event, 'activation event')),
    ['onOpen', 'onDeepLink'],
  ),
  engine: semverRangeSchema,
  regions: z.optional(
    z
      .array(
        patternSchema(/^\d{2}(?:\.\d{2})?$/, (shown) => `region ${shown} must be a Kemendagri province code ("18") or regency code ("18.71")`),
      )
      .check(uniqueBy((region: string) => region, 'region')),
  ),
  // The same JSON Schema as a boolean, and zod's boolean type stays out of the manifest parser.
  loginRequired: z._default(z.literal([true, false]), false),
  entry: z.optional(entrySchema),
});

/** A validated module manifest, with every default filled in. */
export type Manifest = z.output<typeof manifestSchema>;

/** One declared permission of a manifest, with the rationale shown to the citizen. */
export type ManifestPermission = Manifest['permissions'][number];

/** One route of a manifest: a name, a path template and an optional title. */
export type ManifestRoute = Manifest['routes'][number];

/** `T` with every property and array readonly, at every depth, as `as const` objects are. */
export type ReadonlyDeep<T> = T extends (infer TItem)[]
  ? readonly ReadonlyDeep<TItem>[]
  : T extends object
    ? { readonly [TKey in keyof T]: ReadonlyDeep<T[TKey]> }
    : T;

/** A manifest as its author writes it: defaults may be left out, and arrays may be readonly. */
export type ManifestInput = ReadonlyDeep<z.input<typeof manifestSchema>>;

/**
 * The routes of a manifest as a map from route name to its typed parameters:
 * `{ detail: { id: string } }` for a route `{ name: 'detail', path: '/reports/:id' }`.
 *
 * @typeParam TManifest - The type of a manifest written with {@link defineManifest}.
 */
export type ManifestRoutes<TManifest extends { readonly routes?: readonly { readonly name: string; readonly path: string }[] }> =
  {
    [TRoute in NonNullable<TManifest['routes']>[number] as TRoute['name']]: PathParams<TRoute['path']>;
  };

/**
 * Declares a manifest in code, keeping its literal types (route names and paths, service ids) for
 * inference. It validates nothing at run time, so that a module never breaks its host by being
 * imported: the host validates manifests with {@link parseManifest} when they are registered.
 *
 * @param manifest - The manifest.
 * @example
 * ```ts
 * export const manifest = defineManifest({
 *   spec: 1,
 *   id: 'lampung.aduan',
 *   version: '1.0.0',
 *   name: { id: 'Lapor', en: 'Report' },
 *   description: { id: 'Laporkan masalah di sekitar Anda.' },
 *   icon: '/icons/aduan.svg',
 *   category: 'pengaduan',
 *   engine: '^0.1.0',
 *   permissions: [{ id: 'location', rationale: { id: 'Untuk menandai lokasi laporan.' } }],
 *   routes: [{ name: 'detail', path: '/reports/:id' }],
 * });
 * ```
 */
export function defineManifest<const TManifest extends ManifestInput>(manifest: TManifest): TManifest {
  return manifest;
}

/**
 * Validates an untrusted manifest, such as one from a remote catalogue. It never throws: it
 * returns the manifest with defaults filled in, or a `ValidationError` listing every issue with
 * its path. Keys such as `__proto__` are rejected, not merged.
 *
 * @param input - The manifest as received, for example from `JSON.parse`.
 * @example
 * ```ts
 * const result = parseManifest(JSON.parse(text));
 * if (!result.success) {
 *   console.error(result.error.message);
 *   // Invalid manifest "lampung.aduan": 1 issue
 *   //   - at permissions[0].id: unknown permission "camara"; known permissions are location, ...
 * }
 * ```
 */
export function parseManifest(input: unknown): ParseResult<Manifest> {
  return validate(manifestSchema, input, { subject: describeManifest(input) });
}

function describeManifest(input: unknown): string {
  try {
    const id = (input as { id?: unknown } | null)?.id;
    return typeof id === 'string' && id.length <= 100 ? `manifest ${JSON.stringify(id)}` : 'manifest';
  } catch {
    return 'manifest';
  }
}
