/**
 * The platform endpoints that the Gerbang kernel itself calls: the health check and the remote
 * module catalogue (with its kill switch). Every Gerbang back end implements them.
 *
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoint } from './endpoint.ts';
import { gerbangIdSchema, semverRangeSchema, timestampSchema, uniqueBy } from './fields.ts';
import { manifestSchema } from './manifest.ts';
import { rateLimitedProblem, serviceUnavailableProblem } from './problem.ts';

/** The version of the module catalogue format that this package reads. */
export const MODULE_CATALOGUE_SPEC_VERSION = 1;

/**
 * The schema of the health check's answer: `status` (`ok`, or `degraded` when the back end works
 * with reduced function), the back end's `version`, and its clock as an RFC 3339 `time` with an
 * offset (clients can estimate their clock skew from it).
 */
export const healthSchema = createHealthSchema();

/** The health check's answer; see {@link healthSchema}. */
export type Health = z.output<typeof healthSchema>;

/**
 * The schema of the remote module catalogue: the manifests of the modules a back end offers, and
 * the kill switch (`disabled`), which turns module versions off at once on every device.
 *
 * Unknown top-level members are dropped, so that a back end can add members without breaking
 * older apps; a change that older apps must not misread raises `spec`.
 *
 * The optional `signature` covers the canonical JSON (RFC 8785) of the catalogue without its
 * `signature` member. This schema only checks its shape: verifying it belongs to the host
 * runtime, which holds the trusted public keys and must verify the JSON as received, since
 * parsing drops unknown members and fills in defaults.
 */
export const moduleCatalogueSchema = createModuleCatalogueSchema();

// The schemas are built by functions annotated as side-effect free in this same file (esbuild
// honours the annotation only within one file), so that bundles which use neither drop them.

/*@__NO_SIDE_EFFECTS__*/
function createHealthSchema() {
  return z.object({
    /** `ok`, or `degraded` when the back end answers but some dependency is failing. */
    status: z.literal(['ok', 'degraded']),
    /** The back end's version, such as `2.4.1` or a build id. */
    version: z.string().check(z.minLength(1), z.maxLength(100)),
    /** The back end's clock, such as `2025-03-01T08:00:00+07:00`. */
    time: timestampSchema,
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createModuleCatalogueSchema() {
  const disabledModule = z.object({
    /** The module id. */
    id: gerbangIdSchema('module id'),
    /** The versions that are switched off, as a semver range; `*` for every version. */
    versions: semverRangeSchema,
    /** Why, for the logs and the host's notice. */
    reason: z.string().check(z.minLength(1), z.maxLength(500)),
  });
  const signature = z.object({
    /** The signature algorithm. */
    algorithm: z.literal(['Ed25519', 'ES256']),
    /** Which of the host's trusted public keys verifies this signature. */
    keyId: z.string().check(z.minLength(1), z.maxLength(200)),
    /** The signature, base64url-encoded without padding. */
    value: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, { error: 'must be base64url without padding' })),
  });
  return z.object({
    /** The catalogue format version; see {@link MODULE_CATALOGUE_SPEC_VERSION}. */
    spec: z.literal(MODULE_CATALOGUE_SPEC_VERSION),
    /** When the back end generated the catalogue, as an RFC 3339 timestamp with an offset. */
    generatedAt: timestampSchema,
    /** The manifests of the modules on offer, each module id once. */
    modules: z.array(manifestSchema).check(uniqueBy((module: { id: string }) => module.id, 'module', ['id'])),
    /** The kill switch: module versions that must not be loaded, or must be unloaded now. */
    disabled: z.array(disabledModule),
    /** A signature over the catalogue, for hosts that require signed catalogues. */
    signature: z.optional(signature),
  });
}

/** The remote module catalogue, parsed; see {@link moduleCatalogueSchema}. */
export type ModuleCatalogue = z.output<typeof moduleCatalogueSchema>;

/** A module switched off remotely: which module, which versions (a semver range), and why. */
export type DisabledModule = ModuleCatalogue['disabled'][number];

/** The signature of a module catalogue; see {@link moduleCatalogueSchema}. */
export type CatalogueSignature = NonNullable<ModuleCatalogue['signature']>;

/**
 * `GET /health`: whether the back end is up. Anyone may call it. A back end that cannot serve at
 * all answers 503 with a problem.
 *
 * @example
 * ```ts
 * const health = await client.call(getHealth, {});
 * if (health.status === 'degraded') showBanner();
 * ```
 */
export const getHealth = /* @__PURE__ */ defineEndpoint({
  id: 'platform.health',
  method: 'GET',
  path: '/health',
  auth: 'none',
  response: healthSchema,
  errors: { 503: serviceUnavailableProblem },
  summary: 'Check that the back end is up',
  tags: ['platform'],
});

/**
 * `GET /modules/catalogue`: the remote module catalogue with the kill switch. Auth is optional:
 * a signed-in citizen may be offered modules that an anonymous one is not.
 *
 * @example
 * ```ts
 * const catalogue = await client.call(getModuleCatalogue, {});
 * for (const { id, versions } of catalogue.disabled) host.disable(id, versions);
 * ```
 */
export const getModuleCatalogue = /* @__PURE__ */ defineEndpoint({
  id: 'platform.module-catalogue',
  method: 'GET',
  path: '/modules/catalogue',
  auth: 'optional',
  response: moduleCatalogueSchema,
  errors: { 429: rateLimitedProblem, 503: serviceUnavailableProblem },
  summary: 'Get the remote module catalogue and kill switch',
  description:
    'The manifests of the modules this back end offers, and the module versions switched off remotely. ' +
    'The optional signature covers the RFC 8785 canonical JSON of the catalogue without its `signature` member; ' +
    'the host runtime verifies it against its trusted keys.',
  tags: ['platform'],
});

/** Every platform endpoint, for the OpenAPI document and the mock back end. */
export const platformEndpoints = [getHealth, getModuleCatalogue] as const;
