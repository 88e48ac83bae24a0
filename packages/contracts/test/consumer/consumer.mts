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

// @section codecs (imports)
import { formatQris, maskNik, parseNik, parsePlate, parseQris } from '@gerbang/contracts';
import type { CodecResult, Nik, NikError, QrisData } from '@gerbang/contracts';

// @section domains (imports)
import { createReport, parseOpen311Json, reportDraftSchema, summarizePrices, transitionReport } from '@gerbang/contracts';
import type { CapAlert, PriceSummary, Report, ReportDraft } from '@gerbang/contracts';
import { parseCapAlert } from '@gerbang/contracts/cap';
import type { CapParseError } from '@gerbang/contracts/cap';

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

// @section codecs
/** A synthetic static QRIS, as data. */
export const qrisData: QrisData = {
  payloadFormatIndicator: '01',
  pointOfInitiation: 'static',
  merchantAccounts: [],
  nationalRepository: { tag: '51', globallyUniqueId: 'ID.CO.QRIS.WWW', merchantId: 'ID1020012345678', merchantCriteria: 'UMI', otherFields: [] },
  merchantCategoryCode: '5812',
  transactionCurrency: '360',
  countryCode: 'ID',
  merchantName: 'WARUNG KOPI SINAR',
  merchantCity: 'BANDAR LAMPUNG',
  otherFields: [],
};
const qrisText = formatQris(qrisData);
assert(qrisText.ok, `formatQris refused valid data: ${qrisText.error?.message ?? ''}`);
const qris = parseQris(qrisText.value);
assert(qris.ok && qris.value.nationalRepository?.merchantId === 'ID1020012345678' && qris.value.crc === qrisText.value.slice(-4), 'parseQris did not read back formatQris');
const tampered = parseQris(qrisText.value.replace('KOPI', 'KOPO'));
assert(!tampered.ok && tampered.error.reason === 'crc-mismatch' && tampered.error.tag === '63', 'parseQris accepted a changed payload');
/** A synthetic NIK, parsed. */
export const nik: CodecResult<Nik, NikError> = parseNik('1871 0141 0590 0001', { now: new Date('2026-01-01T00:00:00Z') });
assert(nik.ok && nik.value.birthDate === '1990-05-01' && nik.value.sex === 'female' && nik.value.regency?.name === 'Kota Bandar Lampung', 'parseNik misread a NIK');
assert(parseNik('1871013102900001').error?.reason === 'bad-date', 'parseNik accepted 31 February');
assert(maskNik('1871014105900001') === '1871********0001', 'maskNik');
assert(parsePlate('be1234ab').value?.text === 'BE 1234 AB', 'parsePlate');

// @section domains
/** A report draft, parsed with its defaults. */
export const draft: ParseResult<ReportDraft> = validate(reportDraftSchema, {
  categoryCode: '001',
  description: 'Lubang besar di jalan.',
  location: { point: { lat: -5.3971, lng: 105.2668 }, regionCode: '18.71.01.1001' },
});
assert(draft.success && draft.data.visibility === 'private' && draft.data.channel === 'app', 'reportDraftSchema did not fill in defaults');
assert(createReport.bodyType === 'multipart' && createReport.idempotencyKey, 'createReport is not an idempotent multipart POST');
/** A report moved through its lifecycle. */
export const verified: Report = transitionReport(
  {
    ticket: 'LPG-1',
    ...draft.data,
    photos: [],
    routing: { jurisdiction: 'province' },
    status: 'submitted',
    history: [{ from: null, to: 'submitted', at: '2025-03-01T08:00:00+07:00', actor: { kind: 'citizen' }, evidence: [] }],
    createdAt: '2025-03-01T08:00:00+07:00',
    updatedAt: '2025-03-01T08:00:00+07:00',
    support: { count: 0, supportedByMe: false },
  },
  { to: 'verified', actor: { kind: 'officer' }, at: '2025-03-01T09:00:00+07:00' },
);
assert(verified.history.length === 2, 'transitionReport did not append the change');
let refused: unknown;
try {
  transitionReport(verified, { to: 'done', actor: { kind: 'officer' }, at: '2025-03-01T10:00:00+07:00' });
} catch (error) {
  refused = error;
}
assert(isGerbangError(refused, 'report-transition-refused'), 'an illegal transition was not refused');
assert((parseOpen311Json('[{"service_code":001}]').value as { service_code: string }[])[0]?.service_code === '001', 'parseOpen311Json lost a leading zero');
/** A price summary. */
export const prices: PriceSummary[] = summarizePrices([
  { commodityCode: 'beras-medium', date: '2025-03-01', price: 13_000 },
  { commodityCode: 'beras-medium', date: '2025-03-02', price: 13_500 },
]);
assert(prices[0]?.trend.direction === 'up', 'summarizePrices');
/** A CAP alert read from XML through the cap subpath. */
export const alert: CodecResult<CapAlert, CapParseError> = parseCapAlert(
  '<?xml version="1.0"?><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>X1</identifier><sender>bmkg@bmkg.go.id</sender>' +
    '<sent>2025-03-01T08:00:00+07:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope><info><language>id</language>' +
    '<category>Met</category><event>Hujan Lebat</event><urgency>Immediate</urgency><severity>Moderate</severity><certainty>Likely</certainty>' +
    '<area><areaDesc>Bandar Lampung</areaDesc><polygon>-5.3,105.2 -5.3,105.3 -5.4,105.3 -5.3,105.2</polygon></area></info></alert>',
);
assert(alert.ok && alert.value.info[0]?.area[0]?.polygons[0]?.length === 4, `parseCapAlert: ${alert.error?.message ?? ''}`);
assert(parseCapAlert('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><alert/>').error?.reason === 'doctype-forbidden', 'parseCapAlert accepted a DOCTYPE');

/** What this consumer verified, printed by the smoke test. */
export const checked: readonly string[] = [
  'reportDraftSchema defaults, createReport is multipart and idempotent, transitionReport appends and refuses',
  'parseOpen311Json keeps leading zeros; summarizePrices; parseCapAlert (cap subpath) reads CAP and refuses a DOCTYPE',
  `formatQris/parseQris round trip (${qrisText.value.length} characters, CRC ${qris.value.crc}), CRC mismatch caught`,
  'parseNik reads region, birth date and sex, and refuses 31 February; maskNik; parsePlate',
  'parseManifest accepts a valid manifest and fills in defaults',
  `parseManifest returns ${invalid.error.issues.length} issues for an invalid one, first at ${first.path.join('.')}`,
  'isGerbangError and instanceof GerbangError recognise a ValidationError',
  'validate rejects a __proto__ key',
  `createServiceRef: ${paymentsRef.toString()}, semver matching, InvalidDefinitionError on a bad id`,
  'defineEndpoint infers path params',
  `createOpenApiDocument: ${Object.keys(document.paths).length} paths`,
];
