/**
 * `@gerbang/core`: the headless mini-app runtime of Gerbang. A module registry built on manifests,
 * lazy lifecycles with phase timeouts, per-module fault isolation, permissions with consent and
 * an audit log, scoped events, typed services, deep links, the home catalogue and a kill switch.
 *
 * @packageDocumentation
 */

// @section runtime
export { createSuperApp } from './app.ts';
export type {
  DisableTarget,
  HostEvents,
  ModuleFailure,
  ModuleStateChange,
  ModuleStatus,
  OpenOptions,
  RegistrationResult,
  RejectedModule,
  SuperApp,
  SuperAppOptions,
} from './app.ts';
export type { HostBrand, HostBrandContact, HostBrandHome, HostBrandHomeSection, HostBrandLocales, HostBrandPermissionPolicy } from './brand.ts';
export type { HostApi } from './context.ts';
export {
  ApiUnavailableError,
  CORE_ERROR_CODES,
  DuplicateModuleError,
  InvalidModuleError,
  ModuleFailedError,
  ModuleUnavailableError,
  PermissionDeniedError,
  PhaseTimeoutError,
  ServiceNotDeclaredError,
  ServiceNotFoundError,
  UnknownModuleError,
  UnknownRouteError,
} from './errors.ts';
export type { ModulePhase, PermissionDenialReason } from './errors.ts';
export { DEFAULT_PHASE_TIMEOUTS, ENGINE_VERSION, MODULE_STATES, systemClock } from './lifecycle.ts';
export type { Clock, ModuleState, PhaseTimeouts } from './lifecycle.ts';
export { defineModule, isGerbangModule } from './module.ts';
export type {
  AnyModuleImplementation,
  EventMap,
  GerbangModule,
  ModuleApi,
  ModuleContext,
  ModuleDefinition,
  ModuleEvents,
  ModuleI18n,
  ModuleImplementation,
  ModuleLoader,
  ModulePermissions,
  ModuleServices,
  ModuleTimers,
  ModuleView,
  ModuleViews,
  NavigationResult,
  OpenedModule,
  PermissionStatus,
  TimerHandle,
  Unsubscribe,
  ViewProps,
  ViewUnmount,
} from './module.ts';
export type { AuditEntry, ConsentPrompt, ConsentRequest, PermissionDecision } from './permissions.ts';
export type { ModuleBlock, ModuleBlockCode } from './resolution.ts';
export { provideModuleService, provideService } from './services.ts';
export type { HostService, ProvideServiceOptions } from './services.ts';

// @section edges (deep links, catalogue, remote modules, storage, logging)
export { compileRouteTable, DEEP_LINK_SCHEME, DeepLinkError, isDeepLinkTo, MODULE_PATH_PREFIX, resolveDeepLink } from './deep-link.ts';
export type {
  CompiledRoute,
  CompileRouteTableOptions,
  DeepLinkErrorCode,
  DeepLinkFailure,
  DeepLinkManifest,
  DeepLinkMatch,
  DeepLinkMatchOf,
  DeepLinkParams,
  DeepLinkRefusal,
  DeepLinkResolution,
  ResolveDeepLinkOptions,
  RouteParamsMap,
  RouteTable,
  RouteTableEntry,
} from './deep-link.ts';
export { buildCatalogue } from './catalogue.ts';
export { servesRegions } from './brand.ts';
export type {
  BuildCatalogueOptions,
  Catalogue,
  CatalogueExclusion,
  CatalogueExclusionReason,
  CatalogueLocale,
  CatalogueSearchOptions,
  CatalogueSection,
  CatalogueTile,
} from './catalogue.ts';
export { computeIntegrity, verifyIntegrity } from './integrity.ts';
export {
  createRemoteModules,
  findDisabledEntry,
  IntegrityError,
  isDisabledBy,
  parseRemoteCatalogue,
  RemoteCatalogueError,
  RemoteModuleError,
  signCatalogue,
} from './remote.ts';
export type {
  CataloguePublicKey,
  CatalogueSignatureAlgorithm,
  CatalogueSignatureProblem,
  ParseRemoteCatalogueOptions,
  PublicJsonWebKey,
  RemoteCatalogueErrorCode,
  RemoteCatalogueResult,
  RemoteEvaluate,
  RemoteFetch,
  RemoteModuleErrorCode,
  RemoteModulesOptions,
  RemoteResponse,
  SignCatalogueOptions,
  WebCryptoKey,
} from './remote.ts';
export { createMemoryStorage, createModuleStorage, createWebStorage, moduleStoragePrefix, StorageError } from './storage.ts';
export type { ModuleStorage, StorageAdapter, StorageErrorCode, WebStorageLike } from './storage.ts';
export { createConsoleSink, createRedactingLogger, isSensitiveKey, redactPersonalData, redactText } from './logger.ts';
export type { LogFields, Logger, LogLevel, LogRecord, LogSink, RedactingLoggerOptions } from './logger.ts';
