/**
 * Writes the OpenAPI 3.1 document of the platform endpoints, pretty-printed.
 *
 * Usage: `pnpm --filter @gerbang/contracts openapi [output-path]`. The default path is the
 * repository's `docs/openapi/gerbang.openapi.json`. It runs from source on Node 20 with
 * `--experimental-strip-types`, so type-only imports must use `import type`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOpenApiDocument, platformEndpoints } from '@gerbang/contracts';
import type { OpenApiInfo } from '@gerbang/contracts';

const info: OpenApiInfo = {
  title: 'Gerbang platform API',
  version: '1.0.0',
  summary: 'The endpoints every Gerbang back end implements for the super-app kernel.',
  description:
    'Generated from the endpoint descriptors of `@gerbang/contracts` by `pnpm --filter @gerbang/contracts openapi`; do not edit by hand. ' +
    'Every error is an RFC 9457 problem served as `application/problem+json`.',
  license: { name: 'Apache 2.0', identifier: 'Apache-2.0' },
};

const defaultPath = fileURLToPath(new URL('../../../docs/openapi/gerbang.openapi.json', import.meta.url));
const target = resolve(process.argv[2] ?? defaultPath);
const document = createOpenApiDocument(platformEndpoints, info);

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
process.stdout.write(`Wrote ${target} (${Object.keys(document.paths).length} paths)\n`);
