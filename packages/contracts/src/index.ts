/**
 * `@gerbang/contracts`: the shared language of Gerbang. Module manifests and the permission
 * vocabulary, typed service refs with semver matching, HTTP endpoint descriptors with RFC 9457
 * problems, the OpenAPI 3.1 document, and the one error hierarchy every package shares.
 *
 * @packageDocumentation
 */

// errors
export { CONTRACT_ERROR_CODES, GerbangError, InvalidDefinitionError, isGerbangError } from './errors.ts';
export type { GerbangErrorOptions } from './errors.ts';

// validation at the edges
export { describeKind, FORBIDDEN_KEYS, formatIssues, formatPath, quoteValue, rule, validate, ValidationError } from './validation.ts';
export type {
  ParseResult,
  PathSegment,
  RuleFinding,
  ValidateOptions,
  ValidationIssue,
  ValidationIssueBase,
  ValidationIssueCode,
  ValueKind,
} from './validation.ts';

// ids
export { explainBadId, GERBANG_ID_MAX_LENGTH, GERBANG_ID_PATTERN, isGerbangId } from './ids.ts';

// shared field schemas
export {
  gerbangIdSchema,
  localizedTextSchema,
  patternSchema,
  semverRangeSchema,
  semverSchema,
  textSchema,
  timestampSchema,
  tooLong,
  uniqueBy,
} from './fields.ts';
export type { LocalizedText } from './fields.ts';

// path patterns
export { buildPath, checkPathTemplate, compilePathPattern, matchPathPattern, pathShape } from './path-pattern.ts';
export type { PathParamNames, PathParams, PathPattern, PathSegmentPattern } from './path-pattern.ts';

// @section permissions
export { isPermissionId, PERMISSION_IDS, permissionIdSchema, PERMISSIONS } from './permissions.ts';
export type { PermissionDescriptor, PermissionId, PermissionLabel } from './permissions.ts';

// @section manifest
export {
  defineManifest,
  isActivationEvent,
  MANIFEST_SPEC_VERSION,
  manifestSchema,
  parseManifest,
} from './manifest.ts';
export type {
  ActivationEvent,
  Manifest,
  ManifestInput,
  ManifestPermission,
  ManifestRoute,
  ManifestRoutes,
  ReadonlyDeep,
} from './manifest.ts';
export { INTEGRITY_PATTERN, parseIntegrity } from './integrity.ts';
export type { IntegrityAlgorithm, IntegrityHash } from './integrity.ts';

// @section semver
export { compareVersions, isValidRange, isValidVersion, maxSatisfying, parseRange, parseVersion, satisfies } from './semver.ts';
export type { SemVer, SemverRange } from './semver.ts';

// @section service-refs
export { createServiceRef, isServiceRef, serviceRefSatisfies } from './service-ref.ts';
export type { ServiceOf, ServiceRef, ServiceRefConfig } from './service-ref.ts';

// @section problems
export {
  conflictProblem,
  defineProblem,
  forbiddenProblem,
  getProblemDefinition,
  idempotencyKeyInUseProblem,
  idempotencyKeyReusedProblem,
  notFoundProblem,
  parseProblemDetails,
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPE_BASE,
  PROBLEM_TYPES,
  problemDetailsSchema,
  rateLimitedProblem,
  serviceUnavailableProblem,
  unauthorizedProblem,
  validationFailedProblem,
} from './problem.ts';
export type {
  DefineProblemOptions,
  ProblemBaseShape,
  ProblemDefinition,
  ProblemDetails,
  ProblemExtensions,
  ProblemSchema,
} from './problem.ts';

// @section endpoints
export { defineEndpoint, IDEMPOTENCY_KEY_HEADER, isEndpoint, isNoContentSchema } from './endpoint.ts';
export type {
  AnyEndpoint,
  DefaultParamsSchema,
  Endpoint,
  EndpointAuth,
  EndpointBody,
  EndpointBodyType,
  EndpointConfig,
  EndpointErrors,
  EndpointErrorSchema,
  EndpointInput,
  EndpointObjectSchema,
  EndpointParams,
  EndpointProblem,
  EndpointQuery,
  EndpointResponse,
  HttpMethod,
  RequestContentType,
  SuccessStatus,
} from './endpoint.ts';

// @section openapi
export { createOpenApiDocument, OPENAPI_VERSION } from './openapi.ts';
export type {
  JsonObject,
  OpenApiDocument,
  OpenApiInfo,
  OpenApiOperation,
  OpenApiOptions,
  OpenApiParameter,
  OpenApiResponse,
  OpenApiServer,
} from './openapi.ts';

// @section platform-endpoints
export {
  getHealth,
  getModuleCatalogue,
  healthSchema,
  MODULE_CATALOGUE_SPEC_VERSION,
  moduleCatalogueSchema,
  platformEndpoints,
} from './platform.ts';
export type { CatalogueSignature, DisabledModule, Health, ModuleCatalogue } from './platform.ts';
