import {
  createOpenApiDocument,
  defineEndpoint,
  defineProblem,
  idempotencyKeyInUseProblem,
  idempotencyKeyReusedProblem,
  InvalidDefinitionError,
  notFoundProblem,
  OPENAPI_VERSION,
  platformEndpoints,
  rateLimitedProblem,
  validationFailedProblem,
  type AnyEndpoint,
  type JsonObject,
  type OpenApiDocument,
  type OpenApiResponse,
} from '@gerbang/contracts';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

// ---------------------------------------------------------------------------------------------
// a small reports API that exercises every feature of the document

const reportStatus = z.enum(['open', 'in-progress', 'closed']);
const report = z
  .object({
    id: z.string(),
    title: z.string().check(z.minLength(3), z.maxLength(120)),
    status: z._default(reportStatus, 'open'),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .register(z.globalRegistry, { id: 'OpenApiTestReport', description: 'A citizen report.' });

const reportClosedProblem = defineProblem({
  type: 'https://lampung.go.id/problems/report-closed',
  title: 'Report closed',
  status: 409,
  extensions: { closedAt: z.iso.datetime({ offset: true }) },
});

interface Category {
  name: string;
  children: Category[];
}
const category: z.ZodMiniType<Category> = z.object({
  name: z.string(),
  get children() {
    return z.array(category);
  },
});

const listReports = defineEndpoint({
  id: 'reports.list',
  method: 'GET',
  path: '/reports',
  query: z.object({
    status: z.optional(reportStatus),
    page: z._default(z.int().check(z.gte(1)), 1),
    q: z.string().check(z.minLength(2)),
  }),
  response: z.object({ items: z.array(report), next: z.optional(z.string()) }),
  errors: { 429: rateLimitedProblem },
  auth: 'optional',
  tags: ['reports'],
  summary: 'List reports',
});

const getReport = defineEndpoint({
  id: 'reports.get',
  method: 'GET',
  path: '/reports/:id',
  params: z.object({ id: z.string().check(z.regex(/^LPG-\d+$/), z.describe('The report number, such as LPG-1.')) }),
  response: report,
  errors: { 404: notFoundProblem },
  auth: 'none',
  tags: ['reports'],
});

const createReport = defineEndpoint({
  id: 'reports.create',
  method: 'POST',
  path: '/reports',
  body: z.object({ title: z.string(), description: z.optional(z.string()) }),
  response: report,
  status: 201,
  errors: { 409: idempotencyKeyInUseProblem, 422: [validationFailedProblem, idempotencyKeyReusedProblem] },
  idempotent: true,
  tags: ['reports'],
});

const uploadPhoto = defineEndpoint({
  id: 'reports.photos.upload',
  method: 'POST',
  path: '/reports/:id/photos',
  body: z.object({ photo: z.file(), caption: z.optional(z.string()) }),
  bodyType: 'multipart',
  response: z.object({ url: z.string() }),
  errors: { 404: notFoundProblem, 409: reportClosedProblem },
  tags: ['photos'],
});

const rateReport = defineEndpoint({
  id: 'reports.rate',
  method: 'POST',
  path: '/reports/:id/rating',
  body: z.object({ stars: z.string() }),
  bodyType: 'form',
  response: z.void(),
  deprecated: true,
});

const deleteReport = defineEndpoint({
  id: 'reports.delete',
  method: 'DELETE',
  path: '/reports/:id',
  response: z.void(),
  errors: { 404: notFoundProblem },
  description: 'Withdraws a report that nobody has handled yet.',
});

const listCategories = defineEndpoint({
  id: 'categories.list',
  method: 'GET',
  path: '/categories',
  response: z.array(category),
  auth: 'none',
});

const testEndpoints: readonly AnyEndpoint[] = [
  ...platformEndpoints,
  listReports,
  getReport,
  createReport,
  uploadPhoto,
  rateReport,
  deleteReport,
  listCategories,
];
const info = { title: 'Gerbang test API', version: '1.0.0' };

function operation(document: OpenApiDocument, path: string, method: 'get' | 'post' | 'delete') {
  const found = document.paths[path]?.[method];
  if (found === undefined) throw new Error(`no operation ${method} ${path}`);
  return found;
}

/** Every JSON Schema in the document, with its location. */
function collectSchemas(document: OpenApiDocument): [string, JsonObject][] {
  const found: [string, JsonObject][] = [];
  const visit = (value: unknown, where: string): void => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${where}/${index}`);
      });
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'schema') found.push([`${where}/schema`, child as JsonObject]);
      else visit(child, `${where}/${key.replaceAll('/', '~1')}`);
    }
  };
  visit(document.paths, '#/paths');
  for (const [name, schema] of Object.entries(document.components.schemas ?? {})) found.push([`#/components/schemas/${name}`, schema]);
  return found;
}

describe('createOpenApiDocument', () => {
  const document = createOpenApiDocument(testEndpoints, info, { servers: [{ url: 'https://api.lampung.go.id/gerbang', description: 'Production' }] });

  it('writes a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as never);
    if (!result.valid) expect.fail(`the document is not valid OpenAPI 3.1:\n${JSON.stringify(result.errors, null, 2)}`);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('uses a validator that does catch invalid documents', async () => {
    const broken = structuredClone(document);
    // A response without a description is not valid OpenAPI.
    broken.paths['/health'] = { get: { operationId: 'platform.health', responses: { '200': {} as OpenApiResponse }, security: [] } };
    const result = await new Validator().validate(broken as never);
    expect(result.valid).toBe(false);
  });

  it('writes the platform document valid as well', async () => {
    const platform = createOpenApiDocument(platformEndpoints, info);
    const validator = new Validator();
    const result = await validator.validate(structuredClone(platform) as never);
    if (!result.valid) expect.fail(JSON.stringify(result.errors, null, 2));
    expect(Object.keys(platform.paths)).toEqual(['/health', '/modules/catalogue']);
  });

  it('writes only valid JSON Schemas (draft 2020-12)', () => {
    // Components are reachable under one base URI, so that `$ref`s resolve as they do in the document.
    const base = 'https://gerbang.test/components';
    const resolve = (schema: JsonObject): JsonObject =>
      JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${base}#/$defs/`)) as JsonObject;
    const ajv = new Ajv2020({ strict: true, validateFormats: false, allowUnionTypes: true });
    ajv.addSchema(resolve({ $id: base, $defs: document.components.schemas ?? {} }));
    const schemas = collectSchemas(document);
    expect(schemas.length).toBeGreaterThan(20);
    for (const [where, schema] of schemas) {
      expect(() => ajv.compile(resolve(schema)), where).not.toThrow();
    }
  });

  it('has the header, info, servers and tags', () => {
    expect(document.openapi).toBe(OPENAPI_VERSION);
    expect(OPENAPI_VERSION).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toEqual(info);
    expect(Object.keys(document)).toEqual(['openapi', 'info', 'servers', 'tags', 'paths', 'components']);
    expect(document.servers).toEqual([{ url: 'https://api.lampung.go.id/gerbang', description: 'Production' }]);
    expect(document.tags).toEqual([{ name: 'photos' }, { name: 'platform' }, { name: 'reports' }]);
  });

  it('writes paths with {param}, sorted, and the endpoint id as operationId', () => {
    expect(Object.keys(document.paths)).toEqual([
      '/categories',
      '/health',
      '/modules/catalogue',
      '/reports',
      '/reports/{id}',
      '/reports/{id}/photos',
      '/reports/{id}/rating',
    ]);
    expect(Object.keys(document.paths['/reports'] ?? {})).toEqual(['get', 'post']);
    expect(Object.keys(document.paths['/reports/{id}'] ?? {})).toEqual(['get', 'delete']);
    expect(operation(document, '/reports/{id}', 'get').operationId).toBe('reports.get');
  });

  it('writes path and query parameters from the input schemas', () => {
    const get = operation(document, '/reports/{id}', 'get');
    expect(get.parameters).toEqual([
      {
        name: 'id',
        in: 'path',
        required: true,
        description: 'The report number, such as LPG-1.',
        schema: { type: 'string', pattern: '^LPG-\\d+$', description: 'The report number, such as LPG-1.' },
      },
    ]);
    const list = operation(document, '/reports', 'get');
    expect(list.parameters?.map(({ name, in: where, required }) => ({ name, in: where, required }))).toEqual([
      { name: 'status', in: 'query', required: false },
      { name: 'page', in: 'query', required: false },
      { name: 'q', in: 'query', required: true },
    ]);
    expect(list.parameters?.[1]?.schema).toMatchObject({ type: 'integer', minimum: 1, default: 1 });
    const remove = operation(document, '/reports/{id}', 'delete');
    expect(remove.parameters?.[0]).toEqual({ name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1 } });
  });

  it('requires an Idempotency-Key header on idempotent POST and PATCH only', () => {
    const create = operation(document, '/reports', 'post');
    expect(create.parameters).toEqual([
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', minLength: 1, maxLength: 255 } }),
    ]);
    const upload = operation(document, '/reports/{id}/photos', 'post');
    expect(upload.parameters?.map((parameter) => parameter.name)).toEqual(['id']);
  });

  it('writes the request body with the media type of its body type', () => {
    expect(operation(document, '/reports', 'post').requestBody).toEqual({
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: { title: { type: 'string' }, description: { type: 'string' } },
            required: ['title'],
          },
        },
      },
    });
    const upload = operation(document, '/reports/{id}/photos', 'post').requestBody;
    expect(Object.keys(upload?.content ?? {})).toEqual(['multipart/form-data']);
    expect(upload?.content['multipart/form-data']?.schema).toMatchObject({ properties: { photo: { type: 'string', format: 'binary' } } });
    expect(Object.keys(operation(document, '/reports/{id}/rating', 'post').requestBody?.content ?? {})).toEqual([
      'application/x-www-form-urlencoded',
    ]);
    expect(operation(document, '/reports/{id}', 'get').requestBody).toBeUndefined();
  });

  it('writes the success response, and none for no content', () => {
    expect(operation(document, '/reports', 'post').responses['201']).toEqual({
      description: 'Created',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/OpenApiTestReport' } } },
    });
    expect(operation(document, '/reports/{id}', 'delete').responses['204']).toEqual({ description: 'No Content' });
  });

  it('writes each error as application/problem+json, naming problem types as components', () => {
    const get = operation(document, '/reports/{id}', 'get');
    expect(get.responses['404']).toEqual({
      description: 'Not found',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/NotFoundProblem' } } },
    });
    const create = operation(document, '/reports', 'post');
    expect(create.responses['422']?.content?.['application/problem+json']?.schema).toEqual({
      anyOf: [{ $ref: '#/components/schemas/ValidationFailedProblem' }, { $ref: '#/components/schemas/IdempotencyKeyReusedProblem' }],
    });
    expect(create.responses['422']?.description).toBe('Validation failed, or Idempotency key reused');
    expect(operation(document, '/reports', 'get').responses['429']?.headers?.['Retry-After']).toBeDefined();
    const notFound = document.components.schemas?.['NotFoundProblem'];
    expect(notFound).toMatchObject({
      type: 'object',
      properties: {
        type: { type: 'string', const: 'https://gerbang.dev/problems/not-found' },
        status: { type: 'number', const: 404 },
      },
      required: ['type', 'title', 'status'],
      additionalProperties: {},
      description: notFoundProblem.problem.description,
    });
    expect(document.components.schemas?.['ReportClosedProblem']).toMatchObject({
      properties: { closedAt: { type: 'string', format: 'date-time' } },
    });
  });

  it('writes security per auth, with one bearer scheme', () => {
    expect(document.components.securitySchemes).toEqual({
      bearerAuth: { type: 'http', scheme: 'bearer', description: expect.any(String) as unknown },
    });
    expect(operation(document, '/reports/{id}', 'get').security).toEqual([]);
    expect(operation(document, '/reports', 'get').security).toEqual([{}, { bearerAuth: [] }]);
    expect(operation(document, '/reports', 'post').security).toEqual([{ bearerAuth: [] }]);
    const open = createOpenApiDocument([listCategories], info);
    expect(open.components.securitySchemes).toBeUndefined();
  });

  it('writes tags, summary, description and deprecated', () => {
    expect(operation(document, '/reports', 'get')).toMatchObject({ tags: ['reports'], summary: 'List reports' });
    expect(operation(document, '/reports/{id}', 'delete').description).toBe('Withdraws a report that nobody has handled yet.');
    expect(operation(document, '/reports/{id}/rating', 'post').deprecated).toBe(true);
    expect(operation(document, '/reports/{id}', 'get')).not.toHaveProperty('deprecated');
    expect(Object.keys(operation(document, '/reports', 'post'))).toEqual([
      'tags',
      'operationId',
      'parameters',
      'requestBody',
      'responses',
      'security',
    ]);
  });

  it('names schemas that carry an id, with an Input variant when the request form differs', () => {
    const schemas = document.components.schemas ?? {};
    expect(Object.keys(schemas)).toEqual([...Object.keys(schemas)].sort());
    expect(schemas['OpenApiTestReport']).toMatchObject({ required: ['id', 'title', 'status', 'createdAt'], description: 'A citizen report.' });
    const list = operation(document, '/reports', 'get').responses['200']?.content?.['application/json']?.schema;
    expect(list).toMatchObject({ properties: { items: { items: { $ref: '#/components/schemas/OpenApiTestReport' } } } });

    const replace = defineEndpoint({ id: 'reports.replace', method: 'PUT', path: '/reports/:id', body: report, response: report });
    const both = createOpenApiDocument([replace], info);
    expect(both.components.schemas?.['OpenApiTestReportInput']).toMatchObject({ required: ['id', 'title', 'createdAt'] });
    expect(both.paths['/reports/{id}']?.put?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/OpenApiTestReportInput',
    });
  });

  it('names recursive schemas instead of pointing at the document root', () => {
    const schema = operation(document, '/categories', 'get').responses['200']?.content?.['application/json']?.schema;
    expect(schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/categories.list.response.0' } });
    expect(document.components.schemas?.['categories.list.response.0']).toMatchObject({
      properties: { children: { items: { $ref: '#/components/schemas/categories.list.response.0' } } },
    });
    const direct = defineEndpoint({ id: 'categories.root', method: 'GET', path: '/categories/root', response: category });
    const rooted = createOpenApiDocument([direct], info);
    expect(JSON.stringify(rooted)).not.toContain('"$ref":"#"');
    expect(rooted.components.schemas?.['categories.root.response']).toBeDefined();
  });

  it('is deterministic and independent of the order of the endpoints', () => {
    const again = createOpenApiDocument([...testEndpoints].reverse(), info, {
      servers: [{ url: 'https://api.lampung.go.id/gerbang', description: 'Production' }],
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(document));
  });

  it('never shares objects between the document and later documents', () => {
    const first = createOpenApiDocument(platformEndpoints, info);
    (first.components.schemas as Record<string, JsonObject>)['ServiceUnavailableProblem']!['mutated'] = true;
    const second = createOpenApiDocument(platformEndpoints, info);
    expect(second.components.schemas?.['ServiceUnavailableProblem']).not.toHaveProperty('mutated');
  });
});

describe('createOpenApiDocument: bad input', () => {
  const expectInvalid = (run: () => unknown, ...parts: string[]) => {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidDefinitionError);
    for (const part of parts) expect((caught as Error).message).toContain(part);
  };

  it('rejects two endpoints with the same id', () => {
    const twin = defineEndpoint({ id: 'reports.get', method: 'GET', path: '/reports/:id/summary', response: report });
    expectInvalid(() => createOpenApiDocument([getReport, twin], info), 'two endpoints have the id "reports.get"');
    expectInvalid(() => createOpenApiDocument([getReport, getReport], info), 'listed twice');
  });

  it('rejects two endpoints with the same method and path shape', () => {
    const clash = defineEndpoint({ id: 'reports.fetch', method: 'GET', path: '/reports/:reportId', response: report });
    expectInvalid(() => createOpenApiDocument([getReport, clash], info), 'endpoint "reports.fetch"', '/reports/:id', 'reports.get');
    const sameRoute = defineEndpoint({ id: 'reports.fetch', method: 'GET', path: '/reports/:id', response: report });
    expectInvalid(() => createOpenApiDocument([getReport, sameRoute], info), 'endpoint "reports.fetch"', 'clashes with endpoint "reports.get"');
  });

  it('rejects values that are not endpoints, and a bad info', () => {
    expectInvalid(() => createOpenApiDocument([getReport, { id: 'x' } as never], info), 'endpoints[1] is not an endpoint');
    expectInvalid(() => createOpenApiDocument([getReport], { title: '', version: '1' }), 'info.title');
    expectInvalid(() => createOpenApiDocument([getReport], { title: 'API' } as never), 'info.version');
  });

  it('rejects a schema that JSON Schema cannot express, naming the endpoint', () => {
    const dated = defineEndpoint({ id: 'reports.dated', method: 'GET', path: '/dated', response: z.object({ at: z.date() }) });
    expectInvalid(() => createOpenApiDocument([dated], info), 'endpoint "reports.dated"', 'response', 'Date');
    const transformed = defineEndpoint({
      id: 'reports.transformed',
      method: 'GET',
      path: '/transformed',
      response: z.pipe(z.string(), z.transform((value) => value.length)),
    });
    expectInvalid(() => createOpenApiDocument([transformed], info), 'endpoint "reports.transformed"', 'Transforms');
  });

  it('rejects two different schemas with the same id', () => {
    const first = defineEndpoint({
      id: 'a.get',
      method: 'GET',
      path: '/a',
      response: z.object({ a: z.string() }).register(z.globalRegistry, { id: 'OpenApiTestClash' }),
    });
    const second = defineEndpoint({
      id: 'b.get',
      method: 'GET',
      path: '/b',
      response: z.object({ b: z.number() }).register(z.globalRegistry, { id: 'OpenApiTestClash' }),
    });
    expectInvalid(() => createOpenApiDocument([first, second], info), 'OpenApiTestClash');
  });
});
