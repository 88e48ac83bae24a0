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

// @section host-services
export { outboxServiceRef } from './host-services.ts';
export type { OutboxEntry, OutboxEntryState, OutboxService, OutboxSubmission } from './host-services.ts';

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

// @section codecs
export type { CodecResult } from './identity/result.ts';

// @section identity
export { maskNik, nikSchema, parseNik } from './identity/nik.ts';
export type { Nik, NikError, NikFailureReason, NikSegment, NikSex, ParseNikOptions } from './identity/nik.ts';
export { maskPhoneNumber, normalizePhoneNumber, phoneNumberSchema } from './identity/phone.ts';
export type { PhoneNumber, PhoneNumberError, PhoneNumberFailureReason } from './identity/phone.ts';

// @section regions
export { formatRegionCode, KEMENDAGRI_PROVINCE_CODES, parseRegionCode, REGION_LEVELS, regionCodeSchema } from './regions/code.ts';
export type {
  ParseRegionCodeOptions,
  RegionCode,
  RegionCodeError,
  RegionCodeFailureReason,
  RegionCodeParts,
  RegionLevel,
  RegionScheme,
  RegionSchemeConversionError,
} from './regions/code.ts';
export { PROVINCES, PROVINCES_WITH_REGENCIES, REGENCIES } from './regions/data.ts';
export type { Province, Regency } from './regions/data.ts';
export { convertRegionCode, getProvince, getRegencies, getRegency, searchRegions } from './regions/lookup.ts';
export type { RegionMatch } from './regions/lookup.ts';

// @section plates
export { PLATE_AREAS } from './plate/areas.ts';
export type { PlateAreaEntry } from './plate/areas.ts';
export { parsePlate, plateSchema } from './plate/plate.ts';
export type { Plate, PlateError, PlateFailureReason, PlateRegion } from './plate/plate.ts';

// @section domain-fields
export { calendarDateSchema, cursorPageSchema, cursorQueryShape, geoPointSchema, isStale, MAX_PAGE_SIZE, provenanceShape, rupiahSchema } from './domain-fields.ts';
export type { CursorPage, GeoPoint } from './domain-fields.ts';

// @section aduan
export {
  allowedReportTransitions,
  DEFAULT_REPORT_STATES,
  DEFAULT_REPORT_TRANSITIONS,
  defaultReportLifecycle,
  defineReportLifecycle,
  isFinalReportStatus,
  REPORT_STATUSES,
  ReportTransitionError,
} from './aduan/lifecycle.ts';
export type {
  Open311Status,
  ReportLifecycle,
  ReportLifecycleConfig,
  ReportStatus,
  ReportStatusDisplay,
  ReportTransitionRefusal,
} from './aduan/lifecycle.ts';
export {
  createReportBodySchema,
  REPORT_CHANNELS,
  REPORT_DESCRIPTION_MAX_LENGTH,
  REPORT_JURISDICTIONS,
  REPORT_MAX_PHOTOS,
  REPORT_PHOTO_MAX_BYTES,
  REPORT_PHOTO_TYPES,
  reportActorSchema,
  reportCategoryCodeSchema,
  reportCategorySchema,
  reportDraftSchema,
  reportLocationSchema,
  reportMediaSchema,
  reportNoteSchema,
  reportRatingInputSchema,
  reportRatingSchema,
  reportSchema,
  reportStatusChangeSchema,
  reportSupportSchema,
  ticketSchema,
} from './aduan/schema.ts';
export type {
  CreateReportBody,
  Report,
  ReportActor,
  ReportCategory,
  ReportChannel,
  ReportDraft,
  ReportDraftInput,
  ReportJurisdiction,
  ReportLocation,
  ReportMedia,
  ReportNote,
  ReportRating,
  ReportRatingInput,
  ReportStatusChange,
  ReportSupport,
} from './aduan/schema.ts';
export { transitionReport } from './aduan/transition.ts';
export { JAKI_REPORT_DEADLINE_POLICY, reportDeadline, reportDeadlineState } from './aduan/deadline.ts';
export type { ReportDeadlinePolicy, ReportDeadlineState } from './aduan/deadline.ts';
export {
  categoryToOpen311Service,
  decodeOpen311RequestForm,
  encodeOpen311RequestForm,
  fromOpen311Status,
  open311ErrorsToProblem,
  open311RequestToReportDraft,
  open311ServiceToCategory,
  parseOpen311Json,
  problemToOpen311Errors,
  readOpen311ServiceRequest,
  reportToOpen311Request,
  toOpen311Status,
} from './aduan/open311.ts';
export type {
  Open311Error,
  Open311RequestForm,
  Open311Result,
  Open311Service,
  Open311ServiceRequest,
  Open311ToReportOptions,
  ReportToOpen311Options,
} from './aduan/open311.ts';
export type { ReportTransition } from './aduan/transition.ts';
export {
  aduanEndpoints,
  createReport,
  getReport,
  listMyReports,
  listPublicReports,
  listReportCategories,
  rateReport,
  supportReport,
} from './aduan/endpoints.ts';

// @section prices
export {
  commodityCodeSchema,
  commoditySchema,
  marketIdSchema,
  marketSchema,
  PRICE_UNITS,
  priceListSchema,
  priceQuoteSchema,
} from './prices/schema.ts';
export type { Commodity, Market, PriceList, PriceQuote, PriceUnit } from './prices/schema.ts';
export { priceTrend, summarizePrices } from './prices/summary.ts';
export type { PriceSummary, PriceTrend, PriceTrendDirection, SummarizableQuote, SummarizePricesOptions } from './prices/summary.ts';
export { getCommodityPriceHistory, listCommodities, listMarkets, listPriceQuotes, pricesEndpoints } from './prices/endpoints.ts';

// @section pkb
export {
  chassisNumberSuffixSchema,
  createPkbPaymentBodySchema,
  explainPkbTotal,
  PKB_COMPONENT_KINDS,
  PKB_PAYMENT_STATUSES,
  pkbBillSchema,
  pkbComponentSchema,
  pkbInquirySchema,
  pkbPaymentSchema,
  pkbReceiptSchema,
  sumPkbComponents,
} from './pkb/schema.ts';
export type {
  CreatePkbPaymentBody,
  PkbBill,
  PkbComponent,
  PkbComponentKind,
  PkbInquiry,
  PkbPayment,
  PkbPaymentStatus,
  PkbReceipt,
} from './pkb/schema.ts';
export { computeOpsenPkb, computePkbFine, PKB_OPSEN_RATE, pkbFineConfigSchema } from './pkb/fine.ts';
export type { PkbFine, PkbFineConfig, PkbFineInput } from './pkb/fine.ts';
export { createPkbPayment, getPkbPayment, getPkbReceipt, inquirePkb, pkbEndpoints } from './pkb/endpoints.ts';

// @section alerts
export {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_MESSAGE_TYPES,
  CAP_RESPONSE_TYPES,
  CAP_SCOPES,
  CAP_SEVERITIES,
  CAP_STATUSES,
  CAP_URGENCIES,
  capAlertSchema,
  capAreaSchema,
  capDateTimeSchema,
  capInfoSchema,
  capPolygonSchema,
  explainBadCapPolygon,
  FLOOD_ALERT_LEVELS,
  floodAlertLevel,
  floodGaugeSchema,
} from './alerts/schema.ts';
export type { CapAlert, CapArea, CapInfo, CapPoint, FloodAlertLevel, FloodGauge, FloodThresholds } from './alerts/schema.ts';
export { alertsEndpoints, listActiveAlerts, listFloodGauges } from './alerts/endpoints.ts';

// @section news
export { explainUnsafeMarkdown, NEWS_BODY_FORMATS, NEWS_BODY_MAX_LENGTH, newsArticleSchema, newsSummarySchema } from './news/schema.ts';
export type { NewsArticle, NewsBodyFormat, NewsSummary } from './news/schema.ts';
export { getNewsArticle, listNews, newsEndpoints } from './news/endpoints.ts';

// @section emergency
export {
  EMERGENCY_SERVICE_KINDS,
  emergencyContactSchema,
  emergencyContactsConfigSchema,
  NATIONAL_EMERGENCY_CONTACTS,
  resolveEmergencyContacts,
} from './emergency/schema.ts';
export type { EmergencyContact, EmergencyContactInput, EmergencyContactsConfig, EmergencyServiceKind } from './emergency/schema.ts';
export { emergencyEndpoints, listEmergencyContacts } from './emergency/endpoints.ts';

// @section qris
export { crc16CcittFalse } from './qris/crc.ts';
export { formatQris, parseQris, toDynamicQris } from './qris/qris.ts';
export type {
  Qris,
  QrisAdditionalData,
  QrisData,
  QrisError,
  QrisFailureReason,
  QrisMerchantAccount,
  QrisMode,
  QrisOptions,
  QrisTipIndicator,
  ToDynamicQrisOptions,
} from './qris/qris.ts';
export type { QrisField } from './qris/tlv.ts';

// @section canonical JSON
export { canonicalJson } from './canonical-json.ts';

// @section all endpoints
export { GERBANG_ENDPOINTS } from './all-endpoints.ts';
