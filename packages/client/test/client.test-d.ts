import { createApiClient, createMemoryOutboxStorage, createOutbox, type ApiClient, type ClientStep, type HttpError, type OutboxItem } from '@gerbang/client';
import { createReport as createAduanReport, listMyReports, type Report } from '@gerbang/contracts';
import { describe, expectTypeOf, it } from 'vitest';
import { createReport, deleteReport, getReport, listReports, submitOpen311 } from './fixtures.ts';

const client: ApiClient = createApiClient({ baseUrl: 'https://api.gerbang.test' });

describe('client.call types', () => {
  it('infers the response from the endpoint', () => {
    expectTypeOf(client.call(getReport, { params: { id: 'LPG-1' } })).resolves.toEqualTypeOf<{
      id: string;
      title: string;
      status: 'submitted' | 'verified' | 'done';
    }>();
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a 204 endpoint resolves with void
    expectTypeOf(client.call(deleteReport, { params: { id: 'x' } })).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.call(listReports)).resolves.toHaveProperty('nextCursor').toEqualTypeOf<string | null>();
  });

  it('requires the path parameters, the body, and nothing else', () => {
    // @ts-expect-error -- params are required
    void client.call(getReport);
    // @ts-expect-error -- the parameter is `id`
    void client.call(getReport, { params: { reportId: 'x' } });
    // @ts-expect-error -- the body is required
    void client.call(createReport, {});
    void client.call(createReport, { body: { title: 'Lubang', description: 'x', category: 'jalan' } });
    // @ts-expect-error -- the category is an enum
    void client.call(createReport, { body: { title: 'Lubang', description: 'x', category: 'banjir' } });
    // @ts-expect-error -- the query is typed
    void client.call(listReports, { query: { limit: 'ten' } });
    void client.call(submitOpen311, { body: { service_code: '001', lat: 1, long: 2 } });
  });

  it('takes typed options', () => {
    void client.call(getReport, { params: { id: 'x' } }, { signal: AbortSignal.timeout(1000), cache: 'no-cache', validation: 'tolerant' });
    // @ts-expect-error -- no such cache mode
    void client.call(getReport, { params: { id: 'x' } }, { cache: 'sometimes' });
  });

  it('types paginate pages and events', () => {
    const pages = client.paginate(listReports, {}, { nextCursor: (page) => page.nextCursor });
    expectTypeOf(pages).toEqualTypeOf<AsyncIterable<{ items: { id: string; title: string; status: 'submitted' | 'verified' | 'done' }[]; nextCursor: string | null }>>();
    client.on('auth-expired', (event) => {
      expectTypeOf(event.endpointId).toEqualTypeOf<string>();
    });
    // @ts-expect-error -- unknown event
    client.on('no-such-event', () => undefined);
  });

  it('exposes no ky types: steps see plain requests and responses', () => {
    const step: ClientStep = () => (request, next) => next({ ...request, headers: { ...request.headers, 'x-a': '1' } });
    expectTypeOf(step).toBeFunction();
    expectTypeOf<HttpError['headers']>().toEqualTypeOf<Headers>();
  });

  it('types the outbox enqueue input', () => {
    const outbox = createOutbox({ client, storage: createMemoryOutboxStorage(), endpoints: [createReport] });
    expectTypeOf(outbox.enqueue(createReport, { body: { title: 'a', description: 'b', category: 'pohon' } })).resolves.toEqualTypeOf<OutboxItem>();
    // @ts-expect-error -- the body is typed
    void outbox.enqueue(createReport, { body: { title: 1 } });
  });

  it('types the real aduan endpoints of the contracts', async () => {
    for await (const page of client.paginate(listMyReports, { query: { limit: 20, status: 'submitted' } })) {
      expectTypeOf(page.items).toEqualTypeOf<Report[]>();
      expectTypeOf(page.nextCursor).toEqualTypeOf<string | null>();
    }
    // @ts-expect-error -- the multipart body has a `report` part and `photos`, not a title
    void client.call(createAduanReport, { body: { title: 'x' } });
  });
});
