import {
  CircuitOpenError,
  CLIENT_ERROR_CODES,
  ContractError,
  createApiClient,
  HttpError,
  isCircuitOpenError,
  isContractError,
  isHttpError,
  isNetworkError,
  isOfflineError,
  isOutboxError,
  isTimeoutError,
  NetworkError,
  OfflineError,
  OutboxError,
  TimeoutError,
  type ContractViolationEvent,
  type FetchFunction,
  type UploadProgress,
} from '@gerbang/client';
import { GerbangError, isGerbangError } from '@gerbang/contracts';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  createReport,
  createReportWithPhotos,
  deleteReport,
  getReport,
  listReports,
  postComment,
  readMultipart,
  recordRequests,
  server,
  submitOpen311,
} from './fixtures.ts';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => {
  server.close();
});

const report: { id: string; title: string; status: 'submitted' } = { id: 'LPG-0001', title: 'Jalan berlubang', status: 'submitted' };

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('call', () => {
  it('fills the path, encodes the query and returns the parsed response', async () => {
    const requests = recordRequests();
    server.use(
      http.get(`${BASE_URL}/reports`, ({ request }) => {
        const url = new URL(request.url);
        return HttpResponse.json({ items: [report], nextCursor: url.searchParams.get('limit') });
      }),
      http.get(`${BASE_URL}/reports/:id`, ({ params }) => HttpResponse.json({ ...report, id: params['id'] })),
    );
    const client = createApiClient({ baseUrl: `${BASE_URL}/`, steps: [], headers: { 'Accept-Language': 'id' } });
    expect(await client.call(getReport, { params: { id: 'LPG 1/2' } })).toEqual({ ...report, id: 'LPG 1/2' });
    expect(await client.call(listReports, { query: { limit: 5 } })).toEqual({ items: [report], nextCursor: '5' });
    expect(await client.call(listReports)).toEqual({ items: [report], nextCursor: null });
    expect(requests.map((request) => request.url)).toEqual([
      `${BASE_URL}/reports/LPG%201%2F2`,
      `${BASE_URL}/reports?limit=5`,
      `${BASE_URL}/reports`,
    ]);
    expect(requests[0]!.headers.get('accept-language')).toBe('id');
    expect(requests[0]!.headers.get('accept')).toContain('application/problem+json');
  });

  it('sends a JSON body and returns a 204 as undefined', async () => {
    server.use(
      http.post(`${BASE_URL}/reports`, async ({ request }) => {
        const body = (await request.json()) as { title: string };
        return HttpResponse.json({ ...report, title: body.title }, { status: 201 });
      }),
      http.delete(`${BASE_URL}/reports/:id`, () => new HttpResponse(null, { status: 204 })),
    );
    const client = createApiClient({ baseUrl: BASE_URL, steps: [] });
    const created = await client.call(createReport, { body: { title: 'Pohon tumbang', description: 'Di Jl. Teuku Umar', category: 'pohon' } });
    expect(created.title).toBe('Pohon tumbang');
    await expect(client.call(deleteReport, { params: { id: 'LPG-0001' } })).resolves.toBeUndefined();
  });

  it('encodes a form body with bracketed keys (Open311)', async () => {
    let received = '';
    let type = '';
    server.use(
      http.post(`${BASE_URL}/requests`, async ({ request }) => {
        type = request.headers.get('content-type') ?? '';
        received = await request.text();
        return HttpResponse.json([{ service_request_id: '001' }]);
      }),
    );
    const client = createApiClient({ baseUrl: BASE_URL, steps: [] });
    const result = await client.call(submitOpen311, { body: { service_code: '001', lat: -5.4, long: 105.26, attribute: { WHISPER: 'ya' } } });
    expect(result).toEqual([{ service_request_id: '001' }]);
    expect(type).toContain('application/x-www-form-urlencoded');
    expect(new URLSearchParams(received).get('attribute[WHISPER]')).toBe('ya');
    expect(new URLSearchParams(received).get('lat')).toBe('-5.4');
  });

  it('encodes a multipart body with files, keeping their names and bytes', async () => {
    const parts: { name: string; file: string; type: string; size: number }[] = [];
    let title: string | undefined;
    server.use(
      http.post(`${BASE_URL}/reports/with-photos`, async ({ request }) => {
        const form = await readMultipart(request);
        title = form.fields.get('title');
        for (const file of form.files) parts.push({ name: file.field, file: file.name, type: file.type, size: file.size });
        return HttpResponse.json(report, { status: 201 });
      }),
    );
    const client = createApiClient({ baseUrl: BASE_URL, steps: [] });
    const photos = [new File([new Uint8Array(1000)], 'jalan.jpg', { type: 'image/jpeg' }), new Blob([new Uint8Array(10)], { type: 'image/png' })];
    await client.call(createReportWithPhotos, { body: { title: 'Lubang', description: 'Dalam', photos } });
    expect(title).toBe('Lubang');
    expect(parts).toEqual([
      { name: 'photos', file: 'jalan.jpg', type: 'image/jpeg', size: 1000 },
      { name: 'photos', file: 'photos', type: 'image/png', size: 10 },
    ]);
  });
});

describe('contracts at the edges', () => {
  it('refuses bad input with a ContractError naming each field, and sends nothing', async () => {
    const requests = recordRequests();
    const client = createApiClient({ baseUrl: BASE_URL });
    const error = await caught(
      client.call(createReport, { body: { title: 'ab', description: 'x', category: 'banjir' as 'jalan' } }),
    );
    expect(isContractError(error)).toBe(true);
    const contract = error as ContractError;
    expect(contract.part).toBe('input');
    expect(contract.issues.map((issue) => issue.path)).toEqual([
      ['body', 'title'],
      ['body', 'category'],
    ]);
    expect(contract.message).toContain('body.title');
    expect(contract.message).toContain('reports.create');
    expect(contract).toBeInstanceOf(GerbangError);
    expect(requests).toHaveLength(0);
  });

  it('refuses a missing path parameter', async () => {
    const client = createApiClient({ baseUrl: BASE_URL });
    const error = (await caught(client.call(getReport, { params: { id: '' } }))) as ContractError;
    expect(error.issues[0]?.path).toEqual(['params', 'id']);
  });

  it('throws a ContractError for a response that breaks the contract, in strict mode', async () => {
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.json({ id: 7, title: 'x', status: 'lost' })));
    const client = createApiClient({ baseUrl: BASE_URL });
    const error = (await caught(client.call(getReport, { params: { id: 'LPG-7' } }))) as ContractError;
    expect(isContractError(error)).toBe(true);
    expect(error.part).toBe('response');
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['id', 'status']);
    expect(error.url).toBe(`${BASE_URL}/reports/LPG-7`);
  });

  it('returns the data and reports the issues in tolerant mode', async () => {
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.json({ ...report, status: 'archived', extra: 1 })));
    const client = createApiClient({ baseUrl: BASE_URL, validation: 'tolerant' });
    const events: ContractViolationEvent[] = [];
    const off = client.on('contract-violation', (event) => events.push(event));
    const data = await client.call(getReport, { params: { id: 'LPG-1' } });
    expect(data).toEqual({ ...report, status: 'archived', extra: 1 });
    expect(events).toHaveLength(1);
    expect(events[0]?.endpointId).toBe('reports.get');
    expect(events[0]?.error.issues[0]?.path).toEqual(['status']);
    off();
    await client.call(getReport, { params: { id: 'LPG-1' } });
    expect(events).toHaveLength(1);
    // a call can be strict in a tolerant client
    expect(isContractError(await caught(client.call(getReport, { params: { id: 'LPG-1' } }, { validation: 'strict' })))).toBe(true);
  });

  it('treats a malformed JSON body as a contract violation', async () => {
    server.use(http.get(`${BASE_URL}/reports/:id`, () => new HttpResponse('{"id": "LPG', { headers: { 'content-type': 'application/json' } })));
    const client = createApiClient({ baseUrl: BASE_URL });
    const error = (await caught(client.call(getReport, { params: { id: 'LPG-1' } }))) as ContractError;
    expect(error.part).toBe('response');
  });
});

describe('errors', () => {
  it('parses RFC 9457 problem details into HttpError.problem', async () => {
    server.use(
      http.get(`${BASE_URL}/reports/:id`, () =>
        HttpResponse.json(
          { type: 'https://gerbang.dev/problems/not-found', title: 'Not found', status: 404, detail: 'Laporan LPG-9 tidak ada', ticket: 'T-1' },
          { status: 404, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const client = createApiClient({ baseUrl: BASE_URL });
    const error = (await caught(client.call(getReport, { params: { id: 'LPG-9' } }))) as HttpError;
    expect(isHttpError(error)).toBe(true);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.code).toBe(CLIENT_ERROR_CODES.http);
    expect(error.status).toBe(404);
    expect(error.method).toBe('GET');
    expect(error.endpointId).toBe('reports.get');
    expect(error.problem).toEqual({
      type: 'https://gerbang.dev/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'Laporan LPG-9 tidak ada',
      ticket: 'T-1',
    });
    expect(error.message).toBe(`GET ${BASE_URL}/reports/LPG-9 failed with status 404 (Not found: Laporan LPG-9 tidak ada)`);
  });

  it('reads a problem leniently and keeps a non-problem body out of it', async () => {
    server.use(
      http.get(`${BASE_URL}/reports/:id`, ({ params }) =>
        params['id'] === 'a'
          ? HttpResponse.json({ title: 42, status: '500', detail: 'Gangguan' }, { status: 500, headers: { 'content-type': 'application/problem+json' } })
          : new HttpResponse('Bad gateway', { status: 502 }),
      ),
    );
    const client = createApiClient({ baseUrl: BASE_URL, steps: [] });
    const lenient = (await caught(client.call(getReport, { params: { id: 'a' } }))) as HttpError;
    expect(lenient.problem).toEqual({ type: 'about:blank', detail: 'Gangguan' });
    const plain = (await caught(client.call(getReport, { params: { id: 'b' } }))) as HttpError;
    expect(plain.status).toBe(502);
    expect(plain.problem).toBeUndefined();
  });

  it('masks personal data of the query in error URLs and messages', async () => {
    server.use(http.get(`${BASE_URL}/reports`, () => HttpResponse.json({ type: 'about:blank', title: 'Forbidden' }, { status: 403 })));
    const client = createApiClient({ baseUrl: BASE_URL });
    const error = (await caught(client.call(listReports, { query: { nik: '1871014506900001', limit: 2 } }))) as HttpError;
    expect(error.url).toBe(`${BASE_URL}/reports?limit=2&nik=***`);
    expect(error.message).not.toContain('1871014506900001');
  });

  it('turns a dropped connection into a NetworkError with its cause', async () => {
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.error()));
    const client = createApiClient({ baseUrl: BASE_URL, steps: [] });
    const error = (await caught(client.call(getReport, { params: { id: 'LPG-1' } }))) as Error;
    expect(isNetworkError(error)).toBe(true);
    expect(isGerbangError(error, 'network-error')).toBe(true);
    expect(error.cause).toBeDefined();
    expect(error.message).toContain(`GET ${BASE_URL}/reports/LPG-1 failed: no response`);
  });

  it('turns a slow response into a TimeoutError', async () => {
    server.use(
      http.get(`${BASE_URL}/reports/:id`, async () => {
        await delay(2000);
        return HttpResponse.json(report);
      }),
    );
    const client = createApiClient({ baseUrl: BASE_URL, steps: [], timeout: 20 });
    const error = await caught(client.call(getReport, { params: { id: 'LPG-1' } }));
    expect(isTimeoutError(error)).toBe(true);
    expect((error as { timeout: number }).timeout).toBe(20);
  });

  it('fails at once with an OfflineError when the host says it is offline, and sends nothing', async () => {
    const requests = recordRequests();
    const client = createApiClient({ baseUrl: BASE_URL, isOnline: () => false });
    const error = await caught(client.call(getReport, { params: { id: 'LPG-1' } }));
    expect(isOfflineError(error)).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it('rejects with the signal reason when the caller aborts', async () => {
    server.use(
      http.get(`${BASE_URL}/reports/:id`, async () => {
        await delay(2000);
        return HttpResponse.json(report);
      }),
    );
    const client = createApiClient({ baseUrl: BASE_URL });
    const controller = new AbortController();
    const pending = client.call(getReport, { params: { id: 'LPG-1' } }, { signal: controller.signal });
    const reason = new Error('the citizen left the screen');
    controller.abort(reason);
    expect(await caught(pending)).toBe(reason);
  });

  it('recognises errors across SDK copies by brand, code and name, never instanceof', () => {
    const foreign = { $$brand: '@gerbang/error', code: 'http-error', name: 'HttpError', message: 'GET x failed', status: 500 };
    expect(isHttpError(foreign)).toBe(true);
    expect(isNetworkError(foreign)).toBe(false);
    expect(isHttpError(new Error('x'))).toBe(false);
    expect(isHttpError({ ...foreign, name: 'Other' })).toBe(false);
  });

  it('never exposes ky: errors are the client own classes', async () => {
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.json({}, { status: 500 })));
    const client = createApiClient({ baseUrl: BASE_URL, steps: [] });
    const error = (await caught(client.call(getReport, { params: { id: 'LPG-1' } }))) as Error;
    expect(error.name).toBe('HttpError');
    expect(Object.keys(client).sort()).toEqual(['$$brand', '$$version', 'baseUrl', 'call', 'on', 'paginate']);
  });
});

describe('paginate', () => {
  const pages: Record<string, { items: (typeof report)[]; nextCursor: string | null }> = {
    first: { items: [report], nextCursor: 'c2' },
    c2: { items: [{ ...report, id: 'LPG-0002' }], nextCursor: 'c3' },
    c3: { items: [{ ...report, id: 'LPG-0003' }], nextCursor: null },
  };

  it('follows nextCursor until a page has none', async () => {
    const requests = recordRequests();
    server.use(http.get(`${BASE_URL}/reports`, ({ request }) => HttpResponse.json(pages[new URL(request.url).searchParams.get('cursor') ?? 'first'])));
    const client = createApiClient({ baseUrl: BASE_URL });
    const ids: string[] = [];
    for await (const page of client.paginate(listReports, { query: { limit: 1 } })) ids.push(...page.items.map((item) => item.id));
    expect(ids).toEqual(['LPG-0001', 'LPG-0002', 'LPG-0003']);
    expect(requests.map((request) => new URL(request.url).search)).toEqual(['?limit=1', '?cursor=c2&limit=1', '?cursor=c3&limit=1']);
  });

  it('takes another cursor parameter and reader, and stops on a repeated cursor', async () => {
    const paged = listReports;
    server.use(http.get(`${BASE_URL}/reports`, () => HttpResponse.json({ items: [report], nextCursor: 'same' })));
    const client = createApiClient({ baseUrl: BASE_URL, steps: [] });
    let count = 0;
    for await (const page of client.paginate(paged, {}, { cursorParam: 'cursor', nextCursor: (p) => p.nextCursor })) count += page.items.length;
    expect(count).toBe(2);
  });

  it('stops when the signal aborts', async () => {
    server.use(http.get(`${BASE_URL}/reports`, ({ request }) => HttpResponse.json(pages[new URL(request.url).searchParams.get('cursor') ?? 'first'])));
    const client = createApiClient({ baseUrl: BASE_URL });
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await caught(
      (async () => {
        for await (const page of client.paginate(listReports, {}, { signal: controller.signal })) {
          seen.push(page.items.length);
          controller.abort(new Error('stop'));
        }
      })(),
    );
    expect((error as Error).message).toBe('stop');
    expect(seen).toEqual([1]);
  });
});

describe('posts', () => {
  it('does not retry a POST without an idempotency key', async () => {
    const requests = recordRequests();
    server.use(http.post(`${BASE_URL}/reports/:id/comments`, () => HttpResponse.json({}, { status: 503 })));
    const client = createApiClient({ baseUrl: BASE_URL });
    const error = (await caught(client.call(postComment, { params: { id: 'LPG-1' }, body: { text: 'Mohon segera' } }))) as HttpError;
    expect(error.status).toBe(503);
    expect(requests).toHaveLength(1);
  });
});

describe('upload progress', () => {
  const photos = () => [new File([new Uint8Array(50_000).fill(3)], 'pohon.jpg', { type: 'image/jpeg' })];

  it('falls back to a plain body, once and for good, when a streamed upload is refused (Chromium over HTTP/1.1)', async () => {
    const sizes: number[] = [];
    server.use(
      http.post(`${BASE_URL}/reports/with-photos`, async ({ request }) => {
        sizes.push((await readMultipart(request)).files[0]?.size ?? 0);
        return HttpResponse.json(report, { status: 201 });
      }),
    );
    let streamedAttempts = 0;
    const refuseStreams: FetchFunction = (input, init) => {
      if (typeof input !== 'string' && input.body instanceof ReadableStream) {
        streamedAttempts++;
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return fetch(input, init);
    };
    const client = createApiClient({ baseUrl: BASE_URL, steps: [], fetch: refuseStreams });
    const progress: UploadProgress[] = [];
    const body = { title: 'Pohon', description: 'Tumbang', photos: photos() };
    await client.call(createReportWithPhotos, { body }, { onUploadProgress: (event) => progress.push(event) });
    await client.call(createReportWithPhotos, { body }, { onUploadProgress: (event) => progress.push(event) });
    expect(sizes).toEqual([50_000, 50_000]);
    expect(streamedAttempts).toBe(1);
    expect(progress).toHaveLength(2);
    expect(progress[0]!.loaded).toBe(progress[0]!.total);
    expect(progress[0]!.total).toBeGreaterThan(50_000);
  });

  it('does not repeat a non-idempotent call whose streamed upload failed', async () => {
    const client = createApiClient({ baseUrl: BASE_URL, steps: [], fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const error = await caught(
      client.call(postComment, { params: { id: 'LPG-1' }, body: { text: 'Mohon segera' } }, { onUploadProgress: () => undefined }),
    );
    expect(isNetworkError(error)).toBe(true);
  });
});

describe('error codes', () => {
  it('are the documented CLIENT_ERROR_CODES, and each guard knows its own class only', () => {
    const details = { method: 'GET', url: 'https://x.id/a' };
    const errors = {
      http: new HttpError({ ...details, status: 500 }),
      network: new NetworkError(details),
      timeout: new TimeoutError({ ...details, timeout: 5 }),
      contract: new ContractError({ ...details, part: 'input', issues: [] }),
      offline: new OfflineError(details),
      circuitOpen: new CircuitOpenError({ ...details, origin: 'https://x.id', retryAfter: 1 }),
      outbox: new OutboxError('refused'),
    };
    const guards = {
      http: isHttpError,
      network: isNetworkError,
      timeout: isTimeoutError,
      contract: isContractError,
      offline: isOfflineError,
      circuitOpen: isCircuitOpenError,
      outbox: isOutboxError,
    };
    for (const [name, error] of Object.entries(errors)) {
      expect(error.code).toBe(CLIENT_ERROR_CODES[name as keyof typeof CLIENT_ERROR_CODES]);
      expect(error).toBeInstanceOf(GerbangError);
      for (const [guardName, guard] of Object.entries(guards)) expect(guard(error)).toBe(guardName === name);
    }
  });
});
