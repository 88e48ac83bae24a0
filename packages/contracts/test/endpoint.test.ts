import {
  buildPath,
  conflictProblem,
  defineEndpoint,
  getHealth,
  getModuleCatalogue,
  healthSchema,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyInUseProblem,
  idempotencyKeyReusedProblem,
  InvalidDefinitionError,
  isEndpoint,
  isGerbangError,
  isNoContentSchema,
  matchPathPattern,
  moduleCatalogueSchema,
  notFoundProblem,
  platformEndpoints,
  validate,
  validationFailedProblem,
} from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { aduanManifest, minimalManifest } from './fixtures/manifests.ts';

const reportSchema = z.object({ id: z.string(), title: z.string(), status: z.enum(['open', 'closed']) });

const getReport = defineEndpoint({
  id: 'reports.get',
  method: 'GET',
  path: '/reports/:id',
  response: reportSchema,
  errors: { 404: notFoundProblem },
  auth: 'optional',
  summary: 'Get a report',
  tags: ['reports'],
});

const createReport = defineEndpoint({
  id: 'reports.create',
  method: 'POST',
  path: '/reports',
  body: z.object({ title: z.string() }),
  response: reportSchema,
  status: 201,
  errors: { 409: idempotencyKeyInUseProblem, 422: [validationFailedProblem, idempotencyKeyReusedProblem] },
  idempotent: true,
});

/** `defineEndpoint` without its compile-time checks, to test the run-time ones. */
const defineUnchecked = defineEndpoint as unknown as (config: Record<string, unknown>) => unknown;

describe('defineEndpoint', () => {
  it('returns a frozen, branded descriptor with the compiled path pattern', () => {
    expect(Object.isFrozen(getReport)).toBe(true);
    expect(Object.isFrozen(getReport.errors)).toBe(true);
    expect(Object.isFrozen(getReport.tags)).toBe(true);
    expect(Object.isFrozen(getReport.pattern)).toBe(true);
    expect(getReport.$$brand).toBe('@gerbang/endpoint');
    expect(getReport.pattern).toMatchObject({ template: '/reports/:id', params: ['id'], shape: '/reports/:' });
    expect(matchPathPattern(getReport.pattern, '/reports/LPG-1')).toEqual({ id: 'LPG-1' });
    expect(buildPath(getReport.pattern, { id: 'LPG 1' })).toBe('/reports/LPG%201');
  });

  it('fills in the defaults: auth required, status 200, JSON, no idempotency key', () => {
    const endpoint = defineEndpoint({ id: 'reports.list', method: 'GET', path: '/reports', response: z.array(reportSchema) });
    expect(endpoint).toMatchObject({
      auth: 'required',
      status: 200,
      responseContentType: 'application/json',
      bodyType: undefined,
      requestContentType: undefined,
      query: undefined,
      body: undefined,
      errors: {},
      tags: [],
      deprecated: false,
      idempotent: true,
      idempotencyKey: false,
    });
    expect(endpoint).not.toHaveProperty('summary');
    expect(endpoint).not.toHaveProperty('description');
  });

  it('derives a params schema from the template when none is given', () => {
    expect(validate(getReport.params, { id: 'LPG-1' }).data).toEqual({ id: 'LPG-1' });
    expect(validate(getReport.params, { id: '' }).success).toBe(false);
    expect(validate(getReport.params, {}).success).toBe(false);
    const root = defineEndpoint({ id: 'root', method: 'GET', path: '/', response: z.string(), auth: 'none' });
    expect(validate(root.params, {}).success).toBe(true);
  });

  it('keeps a params schema that refines the template', () => {
    const params = z.object({ id: z.string().check(z.regex(/^LPG-\d+$/)) });
    const endpoint = defineEndpoint({ id: 'reports.get-strict', method: 'GET', path: '/reports/:id', params, response: reportSchema });
    expect(endpoint.params).toBe(params);
    expect(validate(endpoint.params, { id: 'x' }).success).toBe(false);
  });

  it('marks idempotency by method, and an idempotency key only for idempotent POST and PATCH', () => {
    const body = z.object({ title: z.string() });
    const make = (method: 'GET' | 'HEAD' | 'PUT' | 'DELETE' | 'POST' | 'PATCH', idempotent?: boolean) =>
      defineUnchecked({
        id: `x.${method.toLowerCase()}`,
        method,
        path: '/x',
        ...(method === 'GET' || method === 'HEAD' || method === 'DELETE' ? {} : { body }),
        response: method === 'HEAD' ? z.void() : z.string(),
        ...(idempotent === undefined ? {} : { idempotent }),
      }) as { idempotent: boolean; idempotencyKey: boolean };
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE'] as const) {
      expect(make(method)).toMatchObject({ idempotent: true, idempotencyKey: false });
    }
    expect(make('POST')).toMatchObject({ idempotent: false, idempotencyKey: false });
    expect(make('PATCH', false)).toMatchObject({ idempotent: false, idempotencyKey: false });
    expect(make('POST', true)).toMatchObject({ idempotent: true, idempotencyKey: true });
    expect(make('PATCH', true)).toMatchObject({ idempotent: true, idempotencyKey: true });
    expect(createReport.idempotencyKey).toBe(true);
    expect(IDEMPOTENCY_KEY_HEADER).toBe('Idempotency-Key');
  });

  it('gives each body type its media type', () => {
    const body = z.object({ title: z.string(), photo: z.optional(z.file()) });
    const media = (bodyType?: 'json' | 'form' | 'multipart') =>
      defineEndpoint({ id: 'reports.upload', method: 'POST', path: '/reports', body, response: reportSchema, ...(bodyType ? { bodyType } : {}) });
    expect(media().requestContentType).toBe('application/json');
    expect(media('json').bodyType).toBe('json');
    expect(media('form').requestContentType).toBe('application/x-www-form-urlencoded');
    expect(media('multipart')).toMatchObject({ bodyType: 'multipart', requestContentType: 'multipart/form-data' });
  });

  it('treats z.void() as no content, with 204 by default', () => {
    const remove = defineEndpoint({ id: 'reports.delete', method: 'DELETE', path: '/reports/:id', response: z.void() });
    expect(remove.status).toBe(204);
    expect(remove.responseContentType).toBeUndefined();
    expect(isNoContentSchema(remove.response)).toBe(true);
    expect(isNoContentSchema(reportSchema)).toBe(false);
    const head = defineEndpoint({ id: 'reports.exists', method: 'HEAD', path: '/reports/:id', response: z.undefined() });
    expect(head.status).toBe(200);
    const accepted = defineEndpoint({ id: 'reports.reindex', method: 'POST', path: '/reports/reindex', response: z.void(), status: 202 });
    expect(accepted.status).toBe(202);
  });

  it('keeps several problems for one status', () => {
    expect(createReport.errors[422]).toEqual([validationFailedProblem, idempotencyKeyReusedProblem]);
    expect(createReport.errors[409]).toBe(idempotencyKeyInUseProblem);
  });
});

describe('isEndpoint', () => {
  it('recognizes descriptors by their brand, from any copy of the SDK', () => {
    expect(isEndpoint(getReport)).toBe(true);
    expect(isEndpoint({ ...getReport })).toBe(true);
    expect(isEndpoint({ id: 'reports.get', method: 'GET', path: '/reports/:id' })).toBe(false);
    expect(isEndpoint({ ...getReport, $$brand: '@other/endpoint' })).toBe(false);
    expect(isEndpoint(null)).toBe(false);
    expect(isEndpoint('reports.get')).toBe(false);
  });
});

describe('defineEndpoint: bad definitions', () => {
  const ok = { id: 'reports.bad', method: 'GET', path: '/reports/:id', response: reportSchema };
  const body = z.object({ title: z.string() });

  it.each([
    ['a malformed id', { ...ok, id: 'Reports Get' }, 'must be lowercase words'],
    ['an unknown method', { ...ok, method: 'get' }, 'the method "get" must be one of'],
    ['a template without a leading slash', { ...ok, path: 'reports/:id' }, 'the path template "reports/:id" must start with "/"'],
    ['a template with a trailing slash', { ...ok, path: '/reports/' }, 'the path template "/reports/" must not end with "/"'],
    ['a template with an empty segment', { ...ok, path: '/reports//x' }, 'the path template "/reports//x"'],
    ['a parameter used twice', { ...ok, path: '/reports/:id/:id' }, 'the path template "/reports/:id/:id"'],
    ['a bad template segment', { ...ok, path: '/reports/{id}' }, 'the path template "/reports/{id}"'],
    ['params with an extra key', { ...ok, params: z.object({ id: z.string(), tab: z.string() }) }, '"tab" is not in the template'],
    ['params with a missing key', { ...ok, path: '/reports/:id/photos/:photoId', params: z.object({ id: z.string() }) }, '"photoId" is missing'],
    ['params that are not an object', { ...ok, params: z.string() }, 'the params must be a zod object'],
    ['a query that is not an object', { ...ok, query: z.array(z.string()) }, 'the query must be a zod object'],
    ['a body on GET', { ...ok, body }, 'a GET request cannot have a body'],
    ['a body on HEAD', { ...ok, method: 'HEAD', response: z.void(), body }, 'a HEAD request cannot have a body'],
    ['a body on DELETE', { ...ok, method: 'DELETE', body }, 'a DELETE request cannot have a body'],
    ['a body that is not a schema', { ...ok, method: 'POST', body: { title: 'x' } }, 'the body must be a zod schema'],
    ['a bodyType without a body', { ...ok, bodyType: 'json' }, 'there is no body'],
    ['an unknown bodyType', { ...ok, method: 'POST', body, bodyType: 'xml' }, 'the bodyType "xml"'],
    ['a form body that is not an object', { ...ok, method: 'POST', body: z.string(), bodyType: 'form' }, 'a "form" body must be a zod object'],
    ['a missing response', { ...ok, response: undefined }, 'the response must be a zod schema'],
    ['an unsupported success status', { ...ok, status: 301 }, 'the status 301 must be one of'],
    ['status 204 with content', { ...ok, status: 204 }, 'the response must be z.void()'],
    ['a HEAD with content', { ...ok, method: 'HEAD' }, 'a HEAD response has no content'],
    ['a success status as an error', { ...ok, errors: { 200: notFoundProblem } }, 'error status "200"'],
    ['an error status above 599', { ...ok, errors: { 600: notFoundProblem } }, 'error status "600"'],
    ['a non-numeric error status', { ...ok, errors: { missing: notFoundProblem } }, 'error status "missing"'],
    ['an error that is not a schema', { ...ok, errors: { 404: 'Not found' } }, 'errors[404] must be a problem schema'],
    ['an empty list of errors', { ...ok, errors: { 422: [] } }, 'at least one problem schema'],
    ['a problem under the wrong status', { ...ok, errors: { 404: conflictProblem } }, 'whose status is 409'],
    ['the same problem twice', { ...ok, errors: { 404: [notFoundProblem, notFoundProblem] } }, 'the same problem schema twice'],
    ['errors that are not an object', { ...ok, errors: [notFoundProblem] }, 'errors must be an object'],
    ['an unknown auth', { ...ok, auth: 'sometimes' }, 'the auth "sometimes"'],
    ['idempotent on GET', { ...ok, idempotent: true }, 'idempotent applies only to POST and PATCH'],
    ['idempotent on PUT', { ...ok, method: 'PUT', body, idempotent: false }, 'a PUT request is idempotent by HTTP semantics'],
    ['a tag listed twice', { ...ok, tags: ['reports', 'reports'] }, 'listed twice'],
    ['an empty tag', { ...ok, tags: [''] }, 'non-empty strings'],
    ['a misspelt option', { ...ok, querry: z.object({}) }, 'unknown option "querry"'],
  ])('rejects %s', (_name, config, reason) => {
    let caught: unknown;
    try {
      defineUnchecked(config);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidDefinitionError);
    expect(isGerbangError(caught, 'invalid-definition')).toBe(true);
    const message = (caught as Error).message;
    const id = (config as { id: string }).id;
    expect(message).toContain(`Invalid endpoint ${JSON.stringify(id)}:`);
    expect(message).toContain(reason);
  });

  it('rejects a definition that is not an object', () => {
    expect(() => defineUnchecked(null as never)).toThrow(InvalidDefinitionError);
  });
});

describe('platform endpoints', () => {
  it('defines the health check and the module catalogue', () => {
    expect(platformEndpoints).toEqual([getHealth, getModuleCatalogue]);
    expect(getHealth).toMatchObject({ id: 'platform.health', method: 'GET', path: '/health', auth: 'none' });
    expect(getModuleCatalogue).toMatchObject({ id: 'platform.module-catalogue', method: 'GET', path: '/modules/catalogue', auth: 'optional' });
  });

  it('accepts a health answer whose time has an offset', () => {
    expect(validate(healthSchema, { status: 'ok', version: '1.0.0', time: '2025-03-01T08:00:00+07:00' }).success).toBe(true);
    expect(validate(healthSchema, { status: 'degraded', version: 'b1234', time: '2025-03-01T01:00:00.123Z' }).success).toBe(true);
    expect(validate(healthSchema, { status: 'ok', version: '1.0.0', time: '2025-03-01T08:00:00' }).success).toBe(false);
    expect(validate(healthSchema, { status: 'down', version: '1.0.0', time: '2025-03-01T08:00:00Z' }).success).toBe(false);
  });

  const catalogue = {
    spec: 1,
    generatedAt: '2025-03-01T08:00:00+07:00',
    modules: [aduanManifest, minimalManifest],
    disabled: [{ id: 'lampung.pajak', versions: '<1.4.2', reason: 'Defaced content (incident 2025-17).' }],
    signature: { algorithm: 'Ed25519', keyId: 'lampung-2025', value: 'c2lnbmF0dXJl' },
  };

  it('parses a module catalogue with manifests, the kill switch and a signature', () => {
    const result = validate(moduleCatalogueSchema, catalogue, { subject: 'module catalogue' });
    expect(result.error?.message).toBeUndefined();
    expect(result.data?.modules[1]?.permissions).toEqual([]);
    expect(result.data?.disabled[0]?.versions).toBe('<1.4.2');
    expect(validate(moduleCatalogueSchema, { ...catalogue, signature: undefined }).success).toBe(true);
  });

  it('rejects a bad catalogue with paths to the issues', () => {
    const bad = {
      ...catalogue,
      spec: 2,
      modules: [aduanManifest, aduanManifest],
      disabled: [{ id: 'Lampung Pajak', versions: 'soon', reason: '' }],
      signature: { algorithm: 'RS256', keyId: 'k', value: 'not base64url!' },
    };
    const result = validate(moduleCatalogueSchema, bad, { subject: 'module catalogue' });
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['spec', 'modules.1.id', 'disabled.0.id', 'disabled.0.versions', 'disabled.0.reason', 'signature.algorithm', 'signature.value']),
    );
  });
});
