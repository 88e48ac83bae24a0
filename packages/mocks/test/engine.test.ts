import {
  conflictProblem,
  defineEndpoint,
  getHealth,
  idempotencyKeyInUseProblem,
  idempotencyKeyReusedProblem,
  notFoundProblem,
  serviceUnavailableProblem,
  validationFailedProblem,
} from '@gerbang/contracts';
import { createMockHandlers, defineMockRoute, IDEMPOTENT_REPLAYED_HEADER, mockProblem, type MockRoute } from '@gerbang/mocks';
import * as fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';

const BASE = 'https://engine.gerbang.test/v1';

const itemSchema = z.object({ id: z.string(), title: z.string(), count: z.int() });

const getItem = defineEndpoint({
  id: 'items.get',
  method: 'GET',
  path: '/items/:id',
  params: z.object({ id: z.string().check(z.regex(/^it-\d+$/)) }),
  response: itemSchema,
  errors: { 404: notFoundProblem },
  auth: 'none',
});
const getMine = defineEndpoint({ id: 'items.mine', method: 'GET', path: '/items/mine', response: z.array(itemSchema) });
const listItems = defineEndpoint({
  id: 'items.list',
  method: 'GET',
  path: '/items',
  query: z.object({ limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(10))), tag: z.optional(z.array(z.string())) }),
  response: z.object({ items: z.array(itemSchema), tags: z.array(z.string()) }),
  auth: 'optional',
});
const createItem = defineEndpoint({
  id: 'items.create',
  method: 'POST',
  path: '/items',
  body: z.object({ title: z.string().check(z.minLength(3)), count: z.int().check(z.gte(0)) }),
  response: itemSchema,
  status: 201,
  errors: { 422: [validationFailedProblem, idempotencyKeyReusedProblem], 409: idempotencyKeyInUseProblem },
  idempotent: true,
});
const submitForm = defineEndpoint({
  id: 'items.form',
  method: 'POST',
  path: '/items/form',
  bodyType: 'form',
  body: z.object({ service_code: z.string(), lat: z.coerce.number(), media: z.optional(z.array(z.string())) }),
  response: z.object({ received: z.string(), lat: z.number(), media: z.array(z.string()) }),
  auth: 'none',
});
const upload = defineEndpoint({
  id: 'items.upload',
  method: 'POST',
  path: '/items/upload',
  bodyType: 'multipart',
  body: z.object({ meta: z.object({ title: z.string() }), files: z.optional(z.array(z.file().check(z.mime(['image/png'])))) }),
  response: z.object({ title: z.string(), sizes: z.array(z.int()) }),
});
const deleteItem = defineEndpoint({ id: 'items.delete', method: 'DELETE', path: '/items/:id', response: z.void(), errors: { 409: conflictProblem } });
const drifting = defineEndpoint({ id: 'items.drift', method: 'GET', path: '/drift', response: itemSchema, auth: 'none' });

let created = 0;
let run = 0;
const items = new Map([['it-1', { id: 'it-1', title: 'Jalan berlubang', count: 3 }]]);
const routes: MockRoute[] = [
  defineMockRoute(getItem, ({ params }) => items.get(params.id) ?? mockProblem(notFoundProblem, { detail: `No item ${params.id}` })),
  defineMockRoute(getMine, ({ principal }) => [...items.values()].filter(() => principal?.subject === 'warga-demo')),
  defineMockRoute(listItems, ({ query }) => ({ items: [...items.values()].slice(0, query.limit ?? 10), tags: query.tag ?? [] })),
  defineMockRoute(createItem, ({ body }) => {
    created++;
    const item = { id: `it-${100 + created}`, ...body };
    items.set(item.id, item);
    return item;
  }),
  defineMockRoute(submitForm, ({ body }) => ({ received: body.service_code, lat: body.lat, media: body.media ?? [] })),
  defineMockRoute(upload, async ({ body }) => ({
    title: body.meta.title,
    sizes: await Promise.all((body.files ?? []).map(async (file) => (await file.arrayBuffer()).byteLength)),
  })),
  defineMockRoute(deleteItem, ({ params }) => {
    if (!items.delete(params.id)) return mockProblem(conflictProblem, { detail: 'already gone' });
    return undefined;
  }),
  defineMockRoute(drifting, () => ({ id: 'it-9', title: 'x', count: 'many' }) as unknown as z.output<typeof itemSchema>),
];
const onError = vi.fn();
const server = setupServer(...createMockHandlers(routes, { baseUrl: BASE, onError }));

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => onError.mockReset());
afterAll(() => {
  server.close();
});

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: 'Bearer warga-demo', ...headers },
  body: JSON.stringify(body),
});

describe('paths and params', () => {
  it('serves a path template and validates its parameters', async () => {
    const ok = await fetch(`${BASE}/items/it-1`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: 'it-1', title: 'Jalan berlubang', count: 3 });

    const bad = await fetch(`${BASE}/items/nope`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = (await bad.json()) as { type: string; issues: { path: unknown[] }[] };
    expect(problem.type).toBe('https://gerbang.dev/problems/invalid-request');
    expect(problem.issues[0]?.path).toEqual(['params', 'id']);
  });

  it('answers a resolver problem with its status and problem JSON', async () => {
    const response = await fetch(`${BASE}/items/it-404`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ type: 'https://gerbang.dev/problems/not-found', status: 404, detail: 'No item it-404' });
  });

  it('prefers a static segment over a parameter', async () => {
    const response = await fetch(`${BASE}/items/mine`, { headers: { Authorization: 'Bearer warga-demo' } });
    expect(response.status).toBe(200);
    expect(Array.isArray(await response.json())).toBe(true);
  });

  it('answers 404 for an unknown path and 405 for a known path with another method', async () => {
    const missing = await fetch(`${BASE}/nothing/here`);
    expect(missing.status).toBe(404);
    const wrongMethod = await fetch(`${BASE}/items/it-1`, { method: 'PUT' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('Allow')).toBe('GET, DELETE');
  });
});

describe('base URL', () => {
  it('answers on any origin with the base URL "*", without a catch-all', async () => {
    const health = defineMockRoute(getHealth, () => ({ status: 'ok' as const, version: '1', time: '2026-11-02T09:00:00+07:00' }));
    const handlers = createMockHandlers([health], { baseUrl: '*' });
    expect(handlers).toHaveLength(1);
    server.use(...handlers);
    expect((await fetch('https://any-origin.gerbang.test/health')).status).toBe(200);
    server.resetHandlers();
  });
});

describe('query', () => {
  it('coerces and validates the query, with arrays from repeated names', async () => {
    const ok = await fetch(`${BASE}/items?limit=1&tag=jalan`);
    expect(await ok.json()).toMatchObject({ tags: ['jalan'], items: [{ id: 'it-1' }] });
    const many = await fetch(`${BASE}/items?tag=a&tag=b`);
    expect(((await many.json()) as { tags: string[] }).tags).toEqual(['a', 'b']);

    const bad = await fetch(`${BASE}/items?limit=50`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['query', 'limit']);
  });
});

describe('auth', () => {
  it('answers 401 without a bearer token, or with a malformed one', async () => {
    const missing = await fetch(`${BASE}/items/mine`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect(await missing.json()).toMatchObject({ type: 'https://gerbang.dev/problems/unauthorized' });
    const malformed = await fetch(`${BASE}/items/mine`, { headers: { Authorization: 'Basic abc' } });
    expect(malformed.status).toBe(401);
  });

  it('accepts no token on an optional endpoint but refuses a bad one', async () => {
    expect((await fetch(`${BASE}/items`)).status).toBe(200);
    expect((await fetch(`${BASE}/items`, { headers: { Authorization: 'Bearer has spaces' } })).status).toBe(401);
  });

  it('uses the authenticate option', async () => {
    const local = setupServer(
      ...createMockHandlers([routes[1]!], { baseUrl: 'https://auth.gerbang.test', authenticate: (token) => (token === 'good' ? { subject: 's' } : undefined) }),
    );
    server.close();
    local.listen({ onUnhandledRequest: 'error' });
    try {
      expect((await fetch('https://auth.gerbang.test/items/mine', { headers: { Authorization: 'Bearer good' } })).status).toBe(200);
      expect((await fetch('https://auth.gerbang.test/items/mine', { headers: { Authorization: 'Bearer bad' } })).status).toBe(401);
    } finally {
      local.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('JSON bodies', () => {
  it('answers 422 with each issue at its path', async () => {
    const response = await fetch(`${BASE}/items`, json({ title: 'ab', count: -1 }, { 'Idempotency-Key': 'k-invalid' }));
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { type: string; issues: { path: unknown[]; code: string }[] };
    expect(problem.type).toBe('https://gerbang.dev/problems/validation-failed');
    expect(problem.issues.map((issue) => issue.path)).toEqual([['title'], ['count']]);
  });

  it('answers 400 for unreadable JSON and 415 for another media type', async () => {
    const broken = await fetch(`${BASE}/items`, { ...json({}, { 'Idempotency-Key': 'k-broken' }), body: '{"title":' });
    expect(broken.status).toBe(400);
    const wrongType = await fetch(`${BASE}/items`, { ...json({}, { 'Idempotency-Key': 'k-type', 'Content-Type': 'text/plain' }) });
    expect(wrongType.status).toBe(415);
    expect(await wrongType.json()).toMatchObject({ expected: 'application/json' });
  });

  it('rejects __proto__ keys instead of merging them', async () => {
    const response = await fetch(`${BASE}/items`, { ...json({}, { 'Idempotency-Key': 'k-proto' }), body: '{"title":"abc","count":1,"__proto__":{"x":1}}' });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { issues: { code: string }[] }).issues[0]?.code).toBe('forbidden_key');
  });
});

describe('idempotency', () => {
  it('requires the key on an idempotent POST', async () => {
    const response = await fetch(`${BASE}/items`, json({ title: 'Lampu mati', count: 1 }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: 'https://gerbang.dev/problems/idempotency-key-missing' });
  });

  it('replays the first response for the same key and body, once created', async () => {
    const before = created;
    const first = await fetch(`${BASE}/items`, json({ title: 'Lampu mati', count: 1 }, { 'Idempotency-Key': 'k-1' }));
    expect(first.status).toBe(201);
    expect(first.headers.get(IDEMPOTENT_REPLAYED_HEADER)).toBeNull();
    const firstBody: unknown = await first.json();
    const again = await fetch(`${BASE}/items`, json({ count: 1, title: 'Lampu mati' }, { 'Idempotency-Key': 'k-1' }));
    expect(again.status).toBe(201);
    expect(again.headers.get(IDEMPOTENT_REPLAYED_HEADER)).toBe('true');
    expect(await again.json()).toEqual(firstBody);
    expect(created).toBe(before + 1);
  });

  it('answers 422 for the same key with another body', async () => {
    await fetch(`${BASE}/items`, json({ title: 'Pohon tumbang', count: 1 }, { 'Idempotency-Key': 'k-2' }));
    const other = await fetch(`${BASE}/items`, json({ title: 'Pohon tumbang', count: 2 }, { 'Idempotency-Key': 'k-2' }));
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ type: 'https://gerbang.dev/problems/idempotency-key-reused' });
  });

  it('answers 409 while the first request with a key is still running', async () => {
    let release: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const running = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const slowEndpoint = defineEndpoint({
      id: 'items.slow',
      method: 'POST',
      path: '/slow',
      body: z.object({ n: z.int() }),
      response: z.object({ n: z.int() }),
      errors: { 409: idempotencyKeyInUseProblem },
      idempotent: true,
      auth: 'none',
    });
    server.use(
      ...createMockHandlers(
        [
          defineMockRoute(slowEndpoint, async ({ body }) => {
            entered();
            await gate;
            return body;
          }),
        ],
        { baseUrl: BASE, fallback: false },
      ),
    );
    const first = fetch(`${BASE}/slow`, json({ n: 1 }, { 'Idempotency-Key': 'k-slow' }));
    await running;
    const second = await fetch(`${BASE}/slow`, json({ n: 1 }, { 'Idempotency-Key': 'k-slow' }));
    expect(second.status).toBe(409);
    release();
    expect((await first).status).toBe(200);
    server.resetHandlers();
  });

  it('keeps no result for a request that failed validation, or failed with 5xx or 429', async () => {
    const invalid = await fetch(`${BASE}/items`, json({ title: 'x', count: 1 }, { 'Idempotency-Key': 'k-fix' }));
    expect(invalid.status).toBe(422);
    const fixed = await fetch(`${BASE}/items`, json({ title: 'Got mampet', count: 1 }, { 'Idempotency-Key': 'k-fix' }));
    expect(fixed.status).toBe(201);

    let calls = 0;
    const flaky = defineEndpoint({ id: 'items.flaky', method: 'POST', path: '/flaky', body: z.object({ n: z.int() }), response: z.object({ call: z.int() }), idempotent: true, auth: 'none', errors: { 503: serviceUnavailableProblem } });
    server.use(
      ...createMockHandlers(
        [defineMockRoute(flaky, () => (++calls === 1 ? mockProblem(serviceUnavailableProblem, { retryAfter: 1 }) : { call: calls }))],
        { baseUrl: BASE, fallback: false },
      ),
    );
    expect((await fetch(`${BASE}/flaky`, json({ n: 1 }, { 'Idempotency-Key': 'k-flaky' }))).status).toBe(503);
    const retried = await fetch(`${BASE}/flaky`, json({ n: 1 }, { 'Idempotency-Key': 'k-flaky' }));
    expect(await retried.json()).toEqual({ call: 2 });
    const replayed = await fetch(`${BASE}/flaky`, json({ n: 1 }, { 'Idempotency-Key': 'k-flaky' }));
    expect(replayed.headers.get(IDEMPOTENT_REPLAYED_HEADER)).toBe('true');
    expect(calls).toBe(2);
    server.resetHandlers();
  });

  it('takes effect once per key, whatever the order of retries and payloads', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('Lubang jalan', 'Pohon tumbang')), { minLength: 1, maxLength: 12 }),
        fc.string({ minLength: 1, maxLength: 8 }).map((prefix) => prefix.replace(/[^\x21-\x7e]/g, 'x')),
        async (calls, prefix) => {
          const before = created;
          const first = new Map<string, { title: string; id: string }>();
          for (const [key, title] of calls) {
            const response = await fetch(`${BASE}/items`, json({ title, count: 1 }, { 'Idempotency-Key': `prop-${run}-${prefix}-${key}` }));
            const seen = first.get(key);
            if (seen === undefined) {
              expect(response.status).toBe(201);
              first.set(key, { title, id: ((await response.json()) as { id: string }).id });
            } else if (seen.title === title) {
              expect(response.headers.get(IDEMPOTENT_REPLAYED_HEADER)).toBe('true');
              expect(((await response.json()) as { id: string }).id).toBe(seen.id);
            } else {
              expect(response.status).toBe(422);
            }
          }
          run++;
          expect(created - before).toBe(first.size);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('scopes keys by citizen', async () => {
    const body = { title: 'Sampah menumpuk', count: 1 };
    const mine = await fetch(`${BASE}/items`, json(body, { 'Idempotency-Key': 'k-3' }));
    const theirs = await fetch(`${BASE}/items`, json(body, { 'Idempotency-Key': 'k-3', Authorization: 'Bearer warga-lain' }));
    expect(theirs.headers.get(IDEMPOTENT_REPLAYED_HEADER)).toBeNull();
    expect(((await theirs.json()) as { id: string }).id).not.toBe(((await mine.json()) as { id: string }).id);
  });
});

describe('forms and multipart', () => {
  it('reads a URL-encoded form, with arrays for array fields', async () => {
    const response = await fetch(`${BASE}/items/form`, {
      method: 'POST',
      body: new URLSearchParams([
        ['service_code', '001'],
        ['lat', '-5.42'],
        ['media', 'https://cdn.example/a.jpg'],
      ]),
    });
    expect(await response.json()).toEqual({ received: '001', lat: -5.42, media: ['https://cdn.example/a.jpg'] });
    const bad = await fetch(`${BASE}/items/form`, { method: 'POST', body: new URLSearchParams([['lat', 'north']]) });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { issues: { path: unknown[] }[] }).issues.map((issue) => issue.path)).toEqual([['service_code'], ['lat']]);
  });

  it('reads multipart with a JSON part and files', async () => {
    const form = new FormData();
    form.append('meta', new Blob([JSON.stringify({ title: 'Foto jalan' })], { type: 'application/json' }));
    form.append('files', new File([new Uint8Array(7)], 'a.png', { type: 'image/png' }));
    form.append('files', new File([new Uint8Array(3)], 'b.png', { type: 'image/png' }));
    const response = await fetch(`${BASE}/items/upload`, { method: 'POST', body: form, headers: { Authorization: 'Bearer warga-demo' } });
    expect(await response.json()).toEqual({ title: 'Foto jalan', sizes: [7, 3] });

    const wrong = new FormData();
    wrong.append('meta', JSON.stringify({ title: 'x' }));
    wrong.append('files', new File(['GIF89a'], 'c.gif', { type: 'image/gif' }));
    const rejected = await fetch(`${BASE}/items/upload`, { method: 'POST', body: wrong, headers: { Authorization: 'Bearer warga-demo' } });
    expect(rejected.status).toBe(422);
    expect(((await rejected.json()) as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['files', 0]);
  });
});

describe('responses', () => {
  it('answers 204 without a body', async () => {
    const response = await fetch(`${BASE}/items/it-1`, { method: 'DELETE', headers: { Authorization: 'Bearer warga-demo' } });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    items.set('it-1', { id: 'it-1', title: 'Jalan berlubang', count: 3 });
  });

  it('sends an ETag on GET and 304 for a matching If-None-Match', async () => {
    const first = await fetch(`${BASE}/items/it-1`);
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^"[0-9a-z]+-[0-9a-z]+"$/);
    const again = await fetch(`${BASE}/items/it-1`, { headers: { 'If-None-Match': `W/${tag!}, "other"` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(tag);
    items.set('it-1', { id: 'it-1', title: 'Jalan berlubang', count: 4 });
    const changed = await fetch(`${BASE}/items/it-1`, { headers: { 'If-None-Match': tag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(tag);
    items.set('it-1', { id: 'it-1', title: 'Jalan berlubang', count: 3 });
  });

  it('answers 500 when its own response breaks the contract, and reports it', async () => {
    const response = await fetch(`${BASE}/drift`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ type: 'https://gerbang.dev/problems/mock-response-invalid', issues: [{ path: ['count'] }] });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'mock-response-invalid', endpointId: 'items.drift' });
  });

  it('answers 500 when a resolver throws, and reports it', async () => {
    server.use(
      ...createMockHandlers(
        [
          defineMockRoute(getHealth, () => {
            throw new Error('boom');
          }),
        ],
        { baseUrl: BASE, onError, fallback: false },
      ),
    );
    const response = await fetch(`${BASE}/health`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ type: 'https://gerbang.dev/problems/internal-error' });
    expect(onError).toHaveBeenCalledTimes(1);
    server.resetHandlers();
  });
});
