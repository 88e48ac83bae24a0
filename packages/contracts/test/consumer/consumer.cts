/**
 * A consumer of the published `@gerbang/contracts`, as CommonJS: `require` resolves the package's
 * `require` condition (`index.cjs`, `index.d.cts`). See `consumer.mts` for how it is used.
 */
import contracts = require('@gerbang/contracts');
import type { Manifest, ParseResult } from '@gerbang/contracts';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer.cts: ${message}`);
}

const manifest = contracts.defineManifest({
  spec: 1,
  id: 'darurat',
  version: '0.1.0',
  name: { id: 'Darurat' },
  description: { id: 'Nomor telepon darurat.' },
  icon: 'https://cdn.example.go.id/icons/darurat.svg',
  category: 'darurat',
  engine: '*',
});

const valid: ParseResult<Manifest> = contracts.parseManifest(manifest);
assert(valid.success, `a valid manifest was rejected: ${valid.error?.message}`);
assert(valid.data.permissions.length === 0, 'parseManifest did not fill in defaults');

const invalid = contracts.parseManifest({ ...manifest, version: 'one' });
assert(!invalid.success && invalid.error.issues.length === 1, 'an invalid version was accepted');
assert(contracts.isGerbangError(invalid.error, 'validation-failed'), 'the error is not a GerbangError "validation-failed"');

const geoRef = contracts.createServiceRef<{ locate(): Promise<[number, number]> }>({ id: 'gerbang.geo', version: '2.1.0' });
assert(String(geoRef) === 'serviceRef{gerbang.geo@2.1.0}', `toString() gave ${String(geoRef)}`);

const document = contracts.createOpenApiDocument(contracts.platformEndpoints, { title: 'Smoke', version: '1.0.0' });
assert(document.paths['/health']?.get !== undefined, 'the OpenAPI document lacks GET /health');

// @section codecs
const qrisText = contracts.formatQris({
  payloadFormatIndicator: '01',
  pointOfInitiation: 'static',
  merchantAccounts: [],
  nationalRepository: { tag: '51', globallyUniqueId: 'ID.CO.QRIS.WWW', merchantId: 'ID1020012345678', otherFields: [] },
  merchantCategoryCode: '5812',
  transactionCurrency: '360',
  countryCode: 'ID',
  merchantName: 'WARUNG KOPI SINAR',
  merchantCity: 'METRO',
  otherFields: [],
});
assert(qrisText.ok, 'formatQris refused valid data');
const qris = contracts.parseQris(qrisText.value);
assert(qris.ok && qris.value.merchantCity === 'METRO', 'parseQris did not read back formatQris');
assert(contracts.crc16CcittFalse('123456789') === '29B1', 'crc16CcittFalse check value');
const dynamicQris = contracts.toDynamicQris(qrisText.value, { amount: 15000 });
assert(dynamicQris.ok && contracts.parseQris(dynamicQris.value).value?.transactionAmount === '15000', 'toDynamicQris');
const nik = contracts.parseNik('3171 0152 1280 0002', { now: Date.UTC(2026, 0, 1) });
assert(nik.ok && nik.value.birthDate === '1980-12-12' && nik.value.regency?.shortName === 'Jakarta Selatan', 'parseNik misread a NIK');

// @section domains
const bill = contracts.validate(contracts.pkbBillSchema, {
  billId: 'B-1',
  plate: 'BE 1234 AB',
  vehicle: {},
  taxYear: 2025,
  dueDate: '2025-03-10',
  validUntilAfterPayment: '2026-03-10',
  fiveYearRenewal: false,
  components: [
    { kind: 'pkb', taxYear: 2025, amount: 250000 },
    { kind: 'opsen_pkb', taxYear: 2025, amount: 165000 },
  ],
  total: 415001,
  issuedAt: '2025-03-01T08:00:00+07:00',
  expiresAt: '2025-03-01T10:00:00+07:00',
});
assert(!bill.success && bill.error.issues[0]?.path[0] === 'total', 'pkbBillSchema accepted a total that is not the sum of its parts');
assert(contracts.NATIONAL_EMERGENCY_CONTACTS[0]?.number === '112', 'the first emergency number is not 112');

export = {
  manifest,
  geoRef,
  checked: [
    'require() loads the CommonJS build',
    'parseManifest accepts a valid manifest and rejects a bad version',
    'isGerbangError recognises the error',
    `createServiceRef: ${String(geoRef)}`,
    `createOpenApiDocument: ${Object.keys(document.paths).length} paths`,
    'formatQris/parseQris round trip, toDynamicQris, crc16CcittFalse',
    'parseNik reads a Jakarta NIK',
    'pkbBillSchema refuses a wrong total; 112 comes first',
  ] as readonly string[],
};
