/**
 * A consumer of the published `@gerbang/contracts`, as ESM. `scripts/registry-smoke.mjs` installs
 * the package from a local registry into a fresh project, compiles this file under the strictest
 * tsconfig (NodeNext, declaration emit, skipLibCheck off) and imports the output with Node.
 *
 * It throws on any wrong behaviour; `checked` lists what it verified. The exported values make
 * declaration emit name the package's public types, which catches types that cannot be named.
 * It imports nothing but the package: no zod, no Node built-ins.
 */
import {
  createOpenApiDocument,
  createServiceRef,
  defineEndpoint,
  defineManifest,
  GerbangError,
  healthSchema,
  isGerbangError,
  isServiceRef,
  manifestSchema,
  notFoundProblem,
  parseManifest,
  platformEndpoints,
  serviceRefSatisfies,
  validate,
} from '@gerbang/contracts';
import type { EndpointResponse, Manifest, OpenApiDocument, ParseResult, ServiceOf, ServiceRef, ValidationIssue } from '@gerbang/contracts';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.mts: ${message}`);
}

// manifests
/** A valid manifest, written with the package's own helper. */
export const manifest = defineManifest({
  spec: 1,
  id: 'lampung.aduan',
  version: '1.2.0',
  name: { id: 'Lapor', en: 'Report' },
  description: { id: 'Laporkan masalah di sekitar Anda.' },
  icon: '/icons/aduan.svg',
  category: 'pengaduan',
  engine: '^0.1.0',
  permissions: [{ id: 'location', rationale: { id: 'Untuk menandai lokasi laporan.' } }],
  routes: [{ name: 'detail', path: '/reports/:id' }],
});

const valid: ParseResult<Manifest> = parseManifest(JSON.parse(JSON.stringify(manifest)));
assert(valid.success, `a valid manifest was rejected: ${valid.error?.message}`);
assert(valid.data.loginRequired === false, 'parseManifest did not fill in defaults');

const invalid = parseManifest({ ...manifest, id: 'Not An Id', permissions: [{ id: 'camara', rationale: { id: 'x' } }] });
assert(!invalid.success, 'an invalid manifest was accepted');
const first: ValidationIssue | undefined = invalid.error.issues[0];
assert(first !== undefined && invalid.error.issues.length >= 2, `expected 2 issues, got ${invalid.error.message}`);
assert(isGerbangError(invalid.error, 'validation-failed'), 'the error is not a GerbangError "validation-failed"');
assert(invalid.error instanceof GerbangError, 'the error is not an instance of GerbangError');

const polluted = validate(manifestSchema, JSON.parse('{"__proto__": {"polluted": true}}'), { subject: 'manifest' });
assert(!polluted.success && polluted.error.issues.some((issue) => issue.code === 'forbidden_key'), '__proto__ was not rejected');

// service refs
/** A service contract, as a module author writes one. */
export interface PaymentsService {
  pay(invoiceId: string): Promise<{ receiptId: string }>;
}
/** A typed ref to it. */
export const paymentsRef: ServiceRef<PaymentsService> = createServiceRef<PaymentsService>({ id: 'lampung.payments', version: '1.2.0' });
/** An implementation, typed through the ref. */
export const payments: ServiceOf<typeof paymentsRef> = { pay: (invoiceId) => Promise.resolve({ receiptId: `r-${invoiceId}` }) };
assert(paymentsRef.toString() === 'serviceRef{lampung.payments@1.2.0}', `toString() gave ${paymentsRef.toString()}`);
assert(isServiceRef(paymentsRef) && serviceRefSatisfies(paymentsRef, '^1.0.0') && !serviceRefSatisfies(paymentsRef, '>=2'), 'semver matching');
let badRef: unknown;
try {
  createServiceRef({ id: 'Bad Id', version: '1.0.0' });
} catch (error) {
  badRef = error;
}
assert(isGerbangError(badRef, 'invalid-definition'), 'a bad service id did not throw InvalidDefinitionError');

// endpoints and the OpenAPI document
/** An endpoint, with its path parameters inferred from the template. */
export const getReportHealth = defineEndpoint({
  id: 'reports.health',
  method: 'GET',
  path: '/reports/:id/health',
  response: healthSchema,
  errors: { 404: notFoundProblem },
  auth: 'none',
});
/** Its response type, as a consumer names it. */
export type ReportHealth = EndpointResponse<typeof getReportHealth>;
assert(getReportHealth.pattern.params.join() === 'id' && getReportHealth.status === 200, 'defineEndpoint did not compile the path');

/** The OpenAPI document of the platform endpoints plus this one. */
export const document: OpenApiDocument = createOpenApiDocument([...platformEndpoints, getReportHealth], { title: 'Smoke', version: '1.0.0' });
const operation = document.paths['/reports/{id}/health']?.get;
assert(operation?.operationId === 'reports.health', 'the OpenAPI document lacks GET /reports/{id}/health');

/** What this consumer verified, printed by the smoke test. */
export const checked: readonly string[] = [
  'parseManifest accepts a valid manifest and fills in defaults',
  `parseManifest returns ${invalid.error.issues.length} issues for an invalid one, first at ${first.path.join('.')}`,
  'isGerbangError and instanceof GerbangError recognise a ValidationError',
  'validate rejects a __proto__ key',
  `createServiceRef: ${paymentsRef.toString()}, semver matching, InvalidDefinitionError on a bad id`,
  'defineEndpoint infers path params',
  `createOpenApiDocument: ${Object.keys(document.paths).length} paths`,
];
