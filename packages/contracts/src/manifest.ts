/**
 * The module manifest: the data from which a host draws the home screen, search, permission
 * prompts and deep-link tables before any module code loads.
 *
 * @module
 */
import * as z from 'zod/mini';
import { explainBadId, isGerbangId } from './ids.ts';
import { parseIntegrity } from './integrity.ts';
import { checkPathTemplate, compilePathPattern, type PathParams } from './path-pattern.ts';
import { permissionIdSchema } from './permissions.ts';
import { isValidRange, isValidVersion } from './semver.ts';
import { validate, type ParseResult } from './validation.ts';

/** The version of the manifest format that this package reads and writes. */
export const MANIFEST_SPEC_VERSION = 1;

/** An event that wakes a module: opening it, following a deep link into it, start-up, or a named event. */
export type ActivationEvent = 'onStartup' | 'onOpen' | 'onDeepLink' | `onEvent:${string}`;

const EVENT_NAME = /^[a-z0-9][a-z0-9._:/-]{0,127}$/;

/**
 * Tells whether a string is an activation event: `onStartup`, `onOpen`, `onDeepLink`, or
 * `onEvent:<name>` with a lowercase event name such as `onEvent:host.online`.
 *
 * @param value - Any value.
 */
export function isActivationEvent(value: unknown): value is ActivationEvent {
  if (value === 'onStartup' || value === 'onOpen' || value === 'onDeepLink') return true;
  return typeof value === 'string' && value.startsWith('onEvent:') && EVENT_NAME.test(value.slice('onEvent:'.length));
}

// ---------------------------------------------------------------------------------------------
// field schemas

const quoted = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : String(value);

function text(max: number) {
  return z.string().check(
    z.maxLength(max, { error: `must be at most ${max} characters` }),
    z.refine((value: string) => value.trim() !== '', { error: 'must not be empty' }),
  );
}

/**
 * A text in Bahasa Indonesia (`id`, required) and optionally English (`en`).
 *
 * @param max - The longest text accepted, in characters.
 */
function localized(max: number) {
  return z.strictObject({ id: text(max), en: z.optional(text(max)) });
}

/** The schema of a localized text such as a module's name: `{ id: 'Lapor', en: 'Report' }`. */
export const localizedTextSchema = localized(200);

/** A text in Bahasa Indonesia and, optionally, English. */
export type LocalizedText = z.output<typeof localizedTextSchema>;

const idSchema = (what: string) =>
  z.string().check(z.refine(isGerbangId, { error: (issue) => explainBadId(String(issue.input), what) }));

const versionSchema = z
  .string()
  .check(z.refine(isValidVersion, { error: (issue) => `${quoted(issue.input)} is not a semantic version such as "1.4.0"` }));

const rangeSchema = z.string().check(
  z.refine(isValidRange, {
    error: (issue) => `${quoted(issue.input)} is not a semver range such as "^1.2.0" or ">=1.0.0 <3.0.0"`,
  }),
);

const SLUG = /^[a-z][a-z0-9-]{0,39}$/;
const ROUTE_NAME = /^[a-z][a-zA-Z0-9-]{0,49}$/;
const REGION = /^\d{2}(?:\.\d{2})?$/;
const ICON =
  /^(?:https:\/\/[^\s"'<>]+|\.{0,2}\/(?!\/)[^\s"'<>]*|data:image\/(?:svg\+xml|png|webp)(?:;base64)?,[^\s"'<>]+)$/;
const SECURE_URL = /^(?:https:\/\/[^\s/?#@]+|http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?)(?:[/?#][^\s]*)?$/;

const permissionSchema = z.strictObject({
  id: permissionIdSchema,
  rationale: localized(300),
});

const routeSchema = z.strictObject({
  name: z.string().check(
    z.regex(ROUTE_NAME, {
      error: (issue) => `route name ${quoted(issue.input)} must be a lowercase word such as "detail" or "my-reports"`,
    }),
  ),
  path: z.string().check(z.refine((path: string) => checkPathTemplate(path) === undefined, {
    error: (issue) => checkPathTemplate(String(issue.input)) ?? 'is not a path template',
  })),
  title: z.optional(localized(80)),
});

const entrySchema = z.strictObject({
  url: z.string().check(
    z.maxLength(2048),
    z.regex(SECURE_URL, {
      error: (issue) => `${quoted(issue.input)} must be an https URL (http only on localhost), without credentials`,
    }),
  ),
  integrity: z.string().check(
    z.refine((value: string) => parseIntegrity(value).ok, {
      error: (issue) => {
        const result = parseIntegrity(String(issue.input));
        return `integrity ${result.ok ? '' : result.reason}`;
      },
    }),
  ),
});

/** Adds an issue for every value that repeats an earlier one, keyed by `key`. */
function unique<T>(key: (item: T) => string, what: string, at: (string | number)[] = []) {
  return z.superRefine((items: readonly T[], ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) {
        ctx.addIssue({ code: 'custom', path: [index, ...at], input: item, message: `${what} ${JSON.stringify(value)} is listed twice` });
      }
      seen.add(value);
    });
  });
}

/** Reports routes whose patterns match exactly the same paths (`/a/:x` and `/a/:y`). */
const noClashingRoutes = z.superRefine((routes: readonly { name: string; path: string }[], ctx) => {
  const shapes = new Map<string, string>();
  routes.forEach((route, index) => {
    if (checkPathTemplate(route.path) !== undefined) return; // reported on the route itself
    const shape = compilePathPattern(route.path).shape;
    const earlier = shapes.get(shape);
    if (earlier !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'path'],
        input: route.path,
        message: `route ${JSON.stringify(route.path)} clashes with ${JSON.stringify(earlier)}: both match the same paths`,
      });
    } else {
      shapes.set(shape, route.path);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// the manifest

/**
 * The schema of a module manifest. Parse untrusted manifests with {@link parseManifest}, which
 * also guards against prototype pollution and never throws.
 */
export const manifestSchema = z.strictObject({
  /** The manifest format version; see {@link MANIFEST_SPEC_VERSION}. */
  spec: z.literal(MANIFEST_SPEC_VERSION, {
    error: (issue) => `unsupported manifest spec ${quoted(issue.input)}; this SDK reads spec ${MANIFEST_SPEC_VERSION}`,
  }),
  id: idSchema('module id'),
  version: versionSchema,
  name: localized(60),
  description: localized(500),
  icon: z.string().check(
    z.maxLength(65_536),
    z.regex(ICON, {
      error: 'icon must be an https URL, a path such as "/icons/aduan.svg", or a data:image/svg+xml, png or webp URI',
    }),
  ),
  category: z.string().check(
    z.regex(SLUG, { error: (issue) => `category ${quoted(issue.input)} must be a lowercase slug such as "pengaduan"` }),
  ),
  keywords: z.optional(
    z.strictObject({
      id: z.array(text(40)).check(z.maxLength(30)),
      en: z.optional(z.array(text(40)).check(z.maxLength(30))),
    }),
  ),
  permissions: z._default(
    z.array(permissionSchema).check(unique((permission: { id: string }) => permission.id, 'permission', ['id'])),
    [],
  ),
  requires: z._default(z.record(idSchema('service id'), rangeSchema), {}),
  provides: z._default(
    z
      .array(z.strictObject({ id: idSchema('service id'), version: versionSchema }))
      .check(unique((service: { id: string; version: string }) => `${service.id}@${service.version}`, 'service')),
    [],
  ),
  routes: z._default(
    z
      .array(routeSchema)
      .check(z.maxLength(200), unique((route: { name: string }) => route.name, 'route name', ['name']), noClashingRoutes),
    [],
  ),
  activation: z._default(
    z
      .array(
        z.custom<ActivationEvent>(isActivationEvent, {
          error: (issue) =>
            `${quoted(issue.input)} is not an activation event; use "onStartup", "onOpen", "onDeepLink" or "onEvent:<name>"`,
        }),
      )
      .check(unique((event: string) => event, 'activation event')),
    ['onOpen', 'onDeepLink'],
  ),
  engine: rangeSchema,
  regions: z.optional(
    z
      .array(
        z.string().check(
          z.regex(REGION, {
            error: (issue) => `region ${quoted(issue.input)} must be a Kemendagri province code ("18") or regency code ("18.71")`,
          }),
        ),
      )
      .check(unique((region: string) => region, 'region')),
  ),
  loginRequired: z._default(z.boolean(), false),
  entry: z.optional(entrySchema),
});

/** A validated module manifest, with every default filled in. */
export type Manifest = z.output<typeof manifestSchema>;

/** One declared permission of a manifest, with the rationale shown to the citizen. */
export type ManifestPermission = Manifest['permissions'][number];

/** One route of a manifest: a name, a path template and an optional title. */
export type ManifestRoute = Manifest['routes'][number];

type ReadonlyDeep<T> = T extends (infer TItem)[]
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
