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

export = {
  manifest,
  geoRef,
  checked: [
    'require() loads the CommonJS build',
    'parseManifest accepts a valid manifest and rejects a bad version',
    'isGerbangError recognises the error',
    `createServiceRef: ${String(geoRef)}`,
    `createOpenApiDocument: ${Object.keys(document.paths).length} paths`,
  ] as readonly string[],
};
