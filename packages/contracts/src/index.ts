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
export { describeKind, FORBIDDEN_KEYS, formatIssues, formatPath, quoteValue, validate, ValidationError } from './validation.ts';
export type {
  ParseResult,
  PathSegment,
  ValidateOptions,
  ValidationIssue,
  ValidationIssueCode,
  ValueKind,
} from './validation.ts';

// ids
export { explainBadId, GERBANG_ID_MAX_LENGTH, GERBANG_ID_PATTERN, isGerbangId } from './ids.ts';

// path patterns
export { buildPath, checkPathTemplate, compilePathPattern, matchPathPattern } from './path-pattern.ts';
export type { PathParamNames, PathParams, PathPattern, PathSegmentPattern } from './path-pattern.ts';

// @section permissions
export { isPermissionId, PERMISSION_IDS, permissionIdSchema, PERMISSIONS } from './permissions.ts';
export type { PermissionDescriptor, PermissionId, PermissionLabel } from './permissions.ts';

// @section manifest
export {
  defineManifest,
  isActivationEvent,
  localizedTextSchema,
  MANIFEST_SPEC_VERSION,
  manifestSchema,
  parseManifest,
} from './manifest.ts';
export type {
  ActivationEvent,
  LocalizedText,
  Manifest,
  ManifestInput,
  ManifestPermission,
  ManifestRoute,
  ManifestRoutes,
} from './manifest.ts';
export { parseIntegrity } from './integrity.ts';
export type { IntegrityAlgorithm, IntegrityHash } from './integrity.ts';

// @section semver
export { compareVersions, isValidRange, isValidVersion, maxSatisfying, parseRange, parseVersion, satisfies } from './semver.ts';
export type { SemVer, SemverRange } from './semver.ts';

// @section service-refs
export { createServiceRef, isServiceRef, serviceRefSatisfies } from './service-ref.ts';
export type { ServiceOf, ServiceRef, ServiceRefConfig } from './service-ref.ts';

// @section problems

// @section endpoints

// @section openapi

// @section platform-endpoints
