/**
 * Writes the OpenAPI 3.1 document of every Gerbang endpoint, pretty-printed: the platform
 * endpoints the kernel calls, and the public-service domains (citizen reports, food prices,
 * vehicle tax, alerts and flood gauges, news, emergency contacts).
 *
 * Usage: `pnpm --filter @gerbang/contracts openapi [output-path]`. The default path is the
 * repository's `docs/openapi/gerbang.openapi.json`. It runs from source with tsx and the
 * `@gerbang/source` condition, so no build is needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOpenApiDocument, GERBANG_ENDPOINTS } from '@gerbang/contracts';
import type { OpenApiInfo } from '@gerbang/contracts';

const info: OpenApiInfo = {
  title: 'Gerbang API',
  version: '1.0.0',
  summary: 'The endpoints a Gerbang back end implements: the platform endpoints of the super-app kernel and the public-service domains.',
  description:
    'Generated from the endpoint descriptors of `@gerbang/contracts` by `pnpm --filter @gerbang/contracts openapi`; do not edit by hand. ' +
    'Every error is an RFC 9457 problem served as `application/problem+json`. Amounts are whole rupiah; region codes are Kemendagri codes (`18.71`).',
  license: { name: 'Apache 2.0', identifier: 'Apache-2.0' },
};

const endpoints = GERBANG_ENDPOINTS;

const defaultPath = fileURLToPath(new URL('../../../docs/openapi/gerbang.openapi.json', import.meta.url));
const target = resolve(process.argv[2] ?? defaultPath);
const document = createOpenApiDocument(endpoints, info);

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
process.stdout.write(`Wrote ${target} (${Object.keys(document.paths).length} paths, ${endpoints.length} endpoints)\n`);
