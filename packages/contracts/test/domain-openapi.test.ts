import {
  aduanEndpoints,
  alertsEndpoints,
  createOpenApiDocument,
  emergencyEndpoints,
  GERBANG_ENDPOINTS,
  isEndpoint,
  newsEndpoints,
  pkbEndpoints,
  platformEndpoints,
  pricesEndpoints,
  type AnyEndpoint,
  type OpenApiDocument,
} from '@gerbang/contracts';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const domains = { aduanEndpoints, pricesEndpoints, pkbEndpoints, alertsEndpoints, newsEndpoints, emergencyEndpoints };
const domainEndpoints: AnyEndpoint[] = Object.values(domains).flatMap((domain) => Object.values<AnyEndpoint>(domain));

/** The document as `pnpm --filter @gerbang/contracts openapi` writes it, from the real script. */
function writeWithScript(): OpenApiDocument {
  const directory = mkdtempSync(join(tmpdir(), 'gerbang-openapi-'));
  const target = join(directory, 'gerbang.openapi.json');
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(join(packageDir, 'node_modules/.bin/tsx'), ['--conditions=@gerbang/source', 'scripts/write-openapi.ts', target], { cwd: packageDir, stdio: 'pipe' });
  const document = JSON.parse(readFileSync(target, 'utf8')) as OpenApiDocument;
  rmSync(directory, { recursive: true, force: true });
  return document;
}

describe('the OpenAPI document of every domain', () => {
  const written = writeWithScript();
  const operations = Object.entries(written.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, id: (operation as { operationId: string }).operationId })),
  );

  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(written) as never);
    if (!result.valid) expect.fail(`the document is not valid OpenAPI 3.1:\n${JSON.stringify(result.errors, null, 2).slice(0, 4000)}`);
    expect(validator.version).toBe('3.1');
  });

  it('lists every endpoint of every domain, and the platform endpoints, at its path and method', () => {
    const all = [...platformEndpoints, ...domainEndpoints];
    expect(operations).toHaveLength(all.length);
    for (const endpoint of all) {
      const path = endpoint.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      expect(operations, endpoint.id).toContainEqual({ path, method: endpoint.method.toLowerCase(), id: endpoint.id });
    }
    expect(domainEndpoints.map((endpoint) => endpoint.id).sort()).toEqual(
      [
        'alerts.active',
        'alerts.flood-gauges',
        'emergency.contacts',
        'news.get',
        'news.list',
        'pkb.inquiry',
        'pkb.payment-create',
        'pkb.payment-status',
        'pkb.receipt',
        'prices.commodities',
        'prices.history',
        'prices.markets',
        'prices.quotes',
        'reports.categories',
        'reports.create',
        'reports.get',
        'reports.list-mine',
        'reports.list-public',
        'reports.rate',
        'reports.support',
      ].sort(),
    );
  });

  it('is built from GERBANG_ENDPOINTS, which holds every endpoint the package exports, once', async () => {
    const contracts: Record<string, unknown> = await import('@gerbang/contracts');
    const exported = Object.values(contracts).filter(isEndpoint).map((endpoint) => endpoint.id);
    const listed = GERBANG_ENDPOINTS.map((endpoint) => endpoint.id);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...new Set(exported)].sort()).toEqual([...listed].sort());
    expect(listed.sort()).toEqual([...platformEndpoints, ...domainEndpoints].map((endpoint) => endpoint.id).sort());
  });

  it('is what createOpenApiDocument gives for the same endpoints', () => {
    const direct = createOpenApiDocument([...platformEndpoints, ...domainEndpoints], written.info);
    expect(written).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it('writes only valid JSON Schemas (draft 2020-12)', () => {
    // Components are reachable under one base URI, so that `$ref`s resolve as they do in the document.
    const base = 'https://gerbang.test/components';
    const resolve = (schema: unknown): object => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${base}#/$defs/`)) as object;
    const ajv = new Ajv2020({ strict: true, validateFormats: false, allowUnionTypes: true });
    ajv.addSchema(resolve({ $id: base, $defs: written.components.schemas ?? {} }));
    let count = 0;
    const visit = (value: unknown, where: string): void => {
      if (typeof value !== 'object' || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        if (key === 'schema') {
          count += 1;
          expect(() => ajv.compile(resolve(child)), where).not.toThrow();
        } else visit(child, `${where}/${key}`);
      }
    };
    visit(written.paths, '#/paths');
    expect(count).toBeGreaterThan(40);
  });

  it('sends report photos as multipart with a JSON report part, and keys idempotent POSTs', () => {
    const create = written.paths['/reports']?.post;
    expect(Object.keys(create?.requestBody?.content ?? {})).toEqual(['multipart/form-data']);
    expect(create?.requestBody?.content['multipart/form-data']?.schema).toMatchObject({
      properties: { report: { type: 'object' }, photos: { type: 'array', items: { type: 'string', format: 'binary' } } },
      required: ['report'],
    });
    expect(create?.parameters?.map((parameter) => parameter.name)).toEqual(['Idempotency-Key']);
    expect(written.paths['/pkb/payments']?.post?.parameters?.map((parameter) => parameter.name)).toEqual(['Idempotency-Key']);
  });
});
