import {
  defineEndpoint,
  defineProblem,
  idempotencyKeyReusedProblem,
  notFoundProblem,
  parseProblemDetails,
  validationFailedProblem,
  type Endpoint,
  type EndpointBody,
  type EndpointInput,
  type EndpointParams,
  type EndpointProblem,
  type EndpointQuery,
  type EndpointResponse,
  type getHealth,
  type getModuleCatalogue,
  type Health,
  type HttpMethod,
  type Manifest,
  type ModuleCatalogue,
  type ProblemDetails,
} from '@gerbang/contracts';
import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';

const report = z.object({ id: z.string(), title: z.string(), status: z._default(z.enum(['open', 'closed']), 'open') });

const getPhoto = defineEndpoint({
  id: 'reports.photos.get',
  method: 'GET',
  path: '/reports/:id/photos/:photoId',
  response: z.object({ url: z.string() }),
  errors: { 404: notFoundProblem },
});

const listReports = defineEndpoint({
  id: 'reports.list',
  method: 'GET',
  path: '/reports',
  query: z.object({ page: z.optional(z.int()), status: z.optional(z.enum(['open', 'closed'])) }),
  response: z.array(report),
});

const searchReports = defineEndpoint({
  id: 'reports.search',
  method: 'GET',
  path: '/reports/search',
  query: z.object({ q: z.string() }),
  response: z.array(report),
});

const createReport = defineEndpoint({
  id: 'reports.create',
  method: 'POST',
  path: '/reports',
  body: report,
  response: report,
  status: 201,
  errors: { 422: [validationFailedProblem, idempotencyKeyReusedProblem] },
  idempotent: true,
});

const updateReport = defineEndpoint({
  id: 'reports.update',
  method: 'PATCH',
  path: '/reports/:id',
  params: z.object({ id: z.enum(['a', 'b']) }),
  body: z.object({ title: z.string() }),
  response: report,
});

describe('endpoint types', () => {
  it('keeps the literal id, method and path', () => {
    expectTypeOf(getPhoto.id).toEqualTypeOf<'reports.photos.get'>();
    expectTypeOf(getPhoto.method).toEqualTypeOf<'GET'>();
    expectTypeOf(getPhoto.path).toEqualTypeOf<'/reports/:id/photos/:photoId'>();
    expectTypeOf(createReport.method).toEqualTypeOf<'POST'>();
    expectTypeOf([listReports.id, searchReports.id, updateReport.id]).toEqualTypeOf<('reports.list' | 'reports.search' | 'reports.update')[]>();
    expectTypeOf(getPhoto).toExtend<Endpoint>();
    expectTypeOf<HttpMethod>().toEqualTypeOf<'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'>();
  });

  it('infers path params from the template', () => {
    expectTypeOf<EndpointParams<typeof getPhoto>>().toEqualTypeOf<{ id: string; photoId: string }>();
    expectTypeOf<EndpointInput<typeof getPhoto>>().toEqualTypeOf<{ params: { id: string; photoId: string } }>();
  });

  it('takes the params type from a refining schema', () => {
    expectTypeOf<EndpointParams<typeof updateReport>>().toEqualTypeOf<{ id: 'a' | 'b' }>();
  });

  it('leaves out the parts an endpoint does not have', () => {
    expectTypeOf<EndpointInput<typeof getHealth>>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<EndpointQuery<typeof getHealth>>().toEqualTypeOf<undefined>();
    expectTypeOf<EndpointBody<typeof getHealth>>().toEqualTypeOf<undefined>();
  });

  it('makes the query optional when every field is optional, required otherwise', () => {
    expectTypeOf<EndpointInput<typeof listReports>>().toEqualTypeOf<{
      query?: { page?: number | undefined; status?: 'open' | 'closed' | undefined };
    }>();
    expectTypeOf<EndpointInput<typeof searchReports>>().toEqualTypeOf<{ query: { q: string } }>();
  });

  it('uses the input type of the body, and the output type of the response', () => {
    expectTypeOf<EndpointInput<typeof createReport>>().toEqualTypeOf<{
      body: { id: string; title: string; status?: 'open' | 'closed' | undefined };
    }>();
    expectTypeOf<EndpointResponse<typeof createReport>>().toEqualTypeOf<{
      id: string;
      title: string;
      status: 'open' | 'closed';
    }>();
    expectTypeOf<EndpointInput<typeof updateReport>>().toEqualTypeOf<{ params: { id: 'a' | 'b' }; body: { title: string } }>();
  });

  it('unions the declared problems', () => {
    type Problem = EndpointProblem<typeof createReport>;
    expectTypeOf<Problem['type']>().toEqualTypeOf<
      'https://gerbang.dev/problems/validation-failed' | 'https://gerbang.dev/problems/idempotency-key-reused'
    >();
    expectTypeOf<Problem['status']>().toEqualTypeOf<422>();
    expectTypeOf<Extract<Problem, { type: 'https://gerbang.dev/problems/validation-failed' }>['issues']>().toEqualTypeOf<
      { path: (string | number)[]; code: string; message: string }[]
    >();
    expectTypeOf<EndpointProblem<typeof getPhoto>['status']>().toEqualTypeOf<404>();
    expectTypeOf<EndpointProblem<typeof listReports>>().toBeNever();
  });

  it('types the platform endpoints', () => {
    expectTypeOf<EndpointResponse<typeof getHealth>>().toEqualTypeOf<Health>();
    expectTypeOf<Health['status']>().toEqualTypeOf<'ok' | 'degraded'>();
    expectTypeOf<EndpointResponse<typeof getModuleCatalogue>>().toEqualTypeOf<ModuleCatalogue>();
    expectTypeOf<ModuleCatalogue['modules']>().toEqualTypeOf<Manifest[]>();
    expectTypeOf<NonNullable<ModuleCatalogue['signature']>['algorithm']>().toEqualTypeOf<'Ed25519' | 'ES256'>();
  });

  it('types problems', () => {
    const closed = defineProblem({
      type: 'https://lampung.go.id/problems/report-closed',
      title: 'Report closed',
      status: 409,
      extensions: { closedAt: z.string() },
    });
    type Closed = z.output<typeof closed>;
    expectTypeOf<Closed['type']>().toEqualTypeOf<'https://lampung.go.id/problems/report-closed'>();
    expectTypeOf<Closed['status']>().toEqualTypeOf<409>();
    expectTypeOf<Closed['closedAt']>().toEqualTypeOf<string>();
    expectTypeOf(closed.problem.status).toEqualTypeOf<409>();
    expectTypeOf(parseProblemDetails).returns.toEqualTypeOf<ProblemDetails | undefined>();
    expectTypeOf<ProblemDetails['type']>().toEqualTypeOf<string>();
  });

  it('rejects wrong definitions at compile time', () => {
    const response = z.string();
    // @ts-expect-error: params keys must equal the template's parameters
    defineEndpoint({ id: 'a.b', method: 'GET', path: '/a/:id', params: z.object({ key: z.string() }), response });
    // @ts-expect-error: a path parameter must accept a string
    defineEndpoint({ id: 'a.b', method: 'GET', path: '/a/:id', params: z.object({ id: z.number() }), response });
    // @ts-expect-error: a GET has no body
    defineEndpoint({ id: 'a.b', method: 'GET', path: '/a', body: z.object({}), response });
    // @ts-expect-error: idempotent is for POST and PATCH only
    defineEndpoint({ id: 'a.b', method: 'PUT', path: '/a', body: z.object({}), response, idempotent: true });
    // @ts-expect-error: error statuses are 4xx or 5xx
    defineEndpoint({ id: 'a.b', method: 'GET', path: '/a', response, errors: { 200: notFoundProblem } });
    // @ts-expect-error: a 422 problem cannot be listed under 404
    defineEndpoint({ id: 'a.b', method: 'GET', path: '/a', response, errors: { 404: idempotencyKeyReusedProblem } });
    // @ts-expect-error: the response is required
    defineEndpoint({ id: 'a.b', method: 'GET', path: '/a' });
  });
});
