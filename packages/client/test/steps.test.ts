import {
  authStep,
  cacheStep,
  circuitBreakerStep,
  computeBackoff,
  createApiClient,
  dedupeStep,
  defaultSteps,
  idempotencyStep,
  isCircuitOpenError,
  loggingStep,
  maskUrl,
  parseRetryAfter,
  retryStep,
  telemetryStep,
  type AuthExpiredEvent,
  type CachedResponse,
  type CircuitStateEvent,
  type HttpError,
  type RequestLogDetails,
  type RequestMeasurement,
} from '@gerbang/client';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, createReport, getReport, listReports, recordRequests, server } from './fixtures.ts';

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

const report = { id: 'LPG-0001', title: 'Jalan berlubang', status: 'submitted' } as const;
const newReport = { title: 'Pohon tumbang', description: 'Di Jl. Teuku Umar', category: 'pohon' } as const;

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** A virtual sleep: records each wait and resolves at once. */
function virtualSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return { waits, sleep: (ms) => (waits.push(ms), Promise.resolve()) };
}

describe('authStep', () => {
  it('sends the bearer token on required and optional endpoints only', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE_URL}/reports/:id`, ({ request }) => (seen.push(request.headers.get('authorization')), HttpResponse.json(report))),
      http.get(`${BASE_URL}/reports`, ({ request }) => (seen.push(request.headers.get('authorization')), HttpResponse.json({ items: [], nextCursor: null }))),
    );
    const client = createApiClient({ baseUrl: BASE_URL, steps: [authStep({ getToken: () => 'tok-A' })] });
    await client.call(getReport, { params: { id: 'LPG-1' } });
    await client.call(listReports);
    expect(seen).toEqual(['Bearer tok-A', null]);
  });

  it('refreshes once for 20 concurrent 401s and repeats each call once with the new token', async () => {
    let token = 'expired';
    let refreshes = 0;
    const attempts: string[] = [];
    server.use(
      http.get(`${BASE_URL}/reports/:id`, ({ request }) => {
        const auth = request.headers.get('authorization') ?? '';
        attempts.push(auth);
        return auth === 'Bearer fresh' ? HttpResponse.json(report) : HttpResponse.json({ title: 'Unauthorized' }, { status: 401 });
      }),
    );
    const client = createApiClient({
      baseUrl: BASE_URL,
      steps: [
        authStep({
          getToken: () => token,
          refresh: async () => {
            refreshes++;
            await new Promise((resolve) => setTimeout(resolve, 5));
            token = 'fresh';
            return token;
          },
        }),
      ],
    });
    const results = await Promise.all(Array.from({ length: 20 }, (_, index) => client.call(getReport, { params: { id: `LPG-${index}` } })));
    expect(results).toHaveLength(20);
    expect(refreshes).toBe(1);
    expect(attempts.filter((auth) => auth === 'Bearer expired')).toHaveLength(20);
    expect(attempts.filter((auth) => auth === 'Bearer fresh')).toHaveLength(20);
  });

  it('emits one typed auth-expired event when the refresh fails, and the calls fail with the 401', async () => {
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.json({ title: 'Unauthorized' }, { status: 401 })));
    let refreshes = 0;
    let token = 'old';
    const cause = new Error('refresh token revoked');
    const client = createApiClient({
      baseUrl: BASE_URL,
      steps: [
        authStep({
          getToken: () => token,
          refresh: () => {
            refreshes++;
            return Promise.reject(cause);
          },
        }),
      ],
    });
    const events: AuthExpiredEvent[] = [];
    const off = client.on('auth-expired', (event) => events.push(event));
    const errors = await Promise.all(Array.from({ length: 5 }, () => caught(client.call(getReport, { params: { id: 'LPG-1' } }))));
    expect(errors.map((error) => (error as HttpError).status)).toEqual([401, 401, 401, 401, 401]);
    expect(refreshes).toBe(1);
    expect(events).toEqual([{ endpointId: 'reports.get', method: 'GET', url: `${BASE_URL}/reports/LPG-1`, cause }]);
    // The same dead token: fail at once, no refresh storm, no second event.
    await caught(client.call(getReport, { params: { id: 'LPG-1' } }));
    expect(refreshes).toBe(1);
    expect(events).toHaveLength(1);
    // A new sign-in that is rejected too gets its own refresh; an unsubscribed listener hears nothing.
    off();
    token = 'new-sign-in';
    await caught(client.call(getReport, { params: { id: 'LPG-1' } }));
    expect(refreshes).toBe(2);
    expect(events).toHaveLength(1);
  });

  it('treats a refresh that gives no token as expired', async () => {
    server.use(http.get(`${BASE_URL}/reports/:id`, () => new HttpResponse(null, { status: 401 })));
    const client = createApiClient({ baseUrl: BASE_URL, steps: [authStep({ getToken: () => 'old', refresh: () => Promise.resolve(undefined) })] });
    const events: AuthExpiredEvent[] = [];
    client.on('auth-expired', (event) => events.push(event));
    await caught(client.call(getReport, { params: { id: 'LPG-1' } }));
    expect(events).toHaveLength(1);
    expect(events[0]?.cause).toBeUndefined();
  });

  it('never lets tokens reach the logs', async () => {
    const secret = 'eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.sig';
    server.use(
      http.get(`${BASE_URL}/reports`, ({ request }) =>
        request.headers.get('authorization') === `Bearer ${secret}`
          ? HttpResponse.json({ items: [], nextCursor: null })
          : HttpResponse.json({}, { status: 401 }),
      ),
      http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.json({}, { status: 401 })),
    );
    const lines: string[] = [];
    const logger = {
      info: (message: string, details: RequestLogDetails) => lines.push(message, JSON.stringify(details)),
      warn: (message: string, details: RequestLogDetails) => lines.push(message, JSON.stringify(details)),
    };
    const client = createApiClient({
      baseUrl: BASE_URL,
      steps: [...defaultSteps({ auth: { getToken: () => secret, refresh: () => Promise.resolve(secret) } }), loggingStep({ logger, now: () => 0 })],
    });
    await client.call(getReport, { params: { id: 'LPG-1' } }).catch(() => undefined);
    await client.call(listReports, { query: { nik: '1871014506900001' } }).catch(() => undefined);
    const output = lines.join('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(output).toContain(`GET ${BASE_URL}/reports/LPG-1 → 401 in 0 ms`);
    expect(output).not.toContain(secret);
    expect(output).not.toContain('c2VjcmV0LXRva2Vu');
    expect(output).not.toContain('1871014506900001');
    expect(output).toContain('nik=***');
  });
});

describe('retryStep', () => {
  it('retries an idempotent GET with full-jitter backoff until it succeeds', async () => {
    let count = 0;
    server.use(http.get(`${BASE_URL}/reports/:id`, () => (++count < 3 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json(report))));
    const { waits, sleep } = virtualSleep();
    const randoms = [0.5, 0.25];
    const client = createApiClient({ baseUrl: BASE_URL, steps: [retryStep({ sleep, random: () => randoms.shift()!, baseDelay: 100, maxDelay: 1000 })] });
    expect(await client.call(getReport, { params: { id: 'LPG-1' } })).toEqual(report);
    expect(count).toBe(3);
    expect(waits).toEqual([0.5 * 100, 0.25 * 200]);
  });

  it('retries network errors and timeouts, and gives up after the attempt cap with the last error', async () => {
    const requests = recordRequests();
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.error()));
    const { sleep } = virtualSleep();
    const client = createApiClient({ baseUrl: BASE_URL, steps: [retryStep({ sleep, attempts: 3 })] });
    const error = (await caught(client.call(getReport, { params: { id: 'LPG-1' } }))) as Error;
    expect(error.name).toBe('NetworkError');
    expect(requests).toHaveLength(3);
  });

  it('honours Retry-After in seconds and as an HTTP date on 429 and 503', async () => {
    const now = Date.parse('2026-06-15T03:00:00Z');
    const answers = [
      HttpResponse.json({}, { status: 429, headers: { 'retry-after': '7' } }),
      HttpResponse.json({}, { status: 503, headers: { 'retry-after': new Date(now + 3000).toUTCString() } }),
      HttpResponse.json(report),
    ];
    server.use(http.get(`${BASE_URL}/reports/:id`, () => answers.shift()));
    const { waits, sleep } = virtualSleep();
    const client = createApiClient({ baseUrl: BASE_URL, steps: [retryStep({ sleep, now: () => now })] });
    await client.call(getReport, { params: { id: 'LPG-1' } });
    expect(waits).toEqual([7000, 3000]);
  });

  it('does not wait beyond the total time cap: the last response stands', async () => {
    const requests = recordRequests();
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.json({ title: 'Maintenance' }, { status: 503, headers: { 'retry-after': '120' } })));
    const { waits, sleep } = virtualSleep();
    const client = createApiClient({ baseUrl: BASE_URL, steps: [retryStep({ sleep, maxElapsed: 30_000 })] });
    const error = (await caught(client.call(getReport, { params: { id: 'LPG-1' } }))) as HttpError;
    expect(error.status).toBe(503);
    expect(error.retryAfter).toBe(120_000);
    expect(waits).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('retries a POST that carries an Idempotency-Key, with the same key every time', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${BASE_URL}/reports`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length < 3 ? HttpResponse.json({}, { status: 502 }) : HttpResponse.json(report, { status: 201 });
      }),
    );
    const { sleep } = virtualSleep();
    const client = createApiClient({ baseUrl: BASE_URL, steps: [idempotencyStep(), retryStep({ sleep })] });
    await client.call(createReport, { body: newReport });
    await client.call(createReport, { body: newReport });
    expect(keys).toHaveLength(4);
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it('keeps a key the caller gives', async () => {
    const keys: (string | null)[] = [];
    server.use(http.post(`${BASE_URL}/reports`, ({ request }) => (keys.push(request.headers.get('idempotency-key')), HttpResponse.json(report, { status: 201 }))));
    const client = createApiClient({ baseUrl: BASE_URL });
    await client.call(createReport, { body: newReport }, { idempotencyKey: 'draft-42' });
    expect(keys).toEqual(['draft-42']);
  });

  it('does not retry statuses outside its list, such as 404', async () => {
    const requests = recordRequests();
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.json({}, { status: 404 })));
    const client = createApiClient({ baseUrl: BASE_URL, steps: [retryStep({ sleep: virtualSleep().sleep })] });
    await caught(client.call(getReport, { params: { id: 'LPG-1' } }));
    expect(requests).toHaveLength(1);
  });

  it('computes full jitter: random() * min(cap, base * 2^attempt)', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 1, max: 5000 }), (attempt, random, base) => {
        const delay = computeBackoff(attempt, { baseDelay: base, maxDelay: 60_000, random: () => random });
        expect(delay).toBe(random * Math.min(60_000, base * 2 ** attempt));
        expect(delay).toBeLessThan(60_000);
      }),
    );
  });

  it('reads Retry-After values', () => {
    const now = Date.parse('2026-10-21T07:27:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('circuitBreakerStep', () => {
  it('opens after the threshold, refuses without sending, probes after resetAfter, and closes on success', async () => {
    const requests = recordRequests();
    let healthy = false;
    server.use(http.get(`${BASE_URL}/reports/:id`, () => (healthy ? HttpResponse.json(report) : HttpResponse.json({}, { status: 500 }))));
    let now = 1_000_000;
    const client = createApiClient({ baseUrl: BASE_URL, steps: [circuitBreakerStep({ failureThreshold: 2, resetAfter: 10_000, now: () => now })] });
    const states: CircuitStateEvent[] = [];
    client.on('circuit-state', (event) => states.push(event));
    const call = () => client.call(getReport, { params: { id: 'LPG-1' } });
    await caught(call());
    await caught(call());
    const refused = await caught(call());
    expect(isCircuitOpenError(refused)).toBe(true);
    expect(refused).toMatchObject({ origin: 'https://api.gerbang.test', retryAfter: 10_000 });
    expect(requests).toHaveLength(2);
    now += 10_000;
    healthy = true;
    expect(await call()).toEqual(report);
    expect(requests).toHaveLength(3);
    expect(states.map((event) => event.state)).toEqual(['open', 'half-open', 'closed']);
  });

  it('opens again when the probe fails', async () => {
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.error()));
    let now = 0;
    const client = createApiClient({ baseUrl: BASE_URL, steps: [circuitBreakerStep({ failureThreshold: 1, resetAfter: 5000, now: () => now })] });
    const states: string[] = [];
    client.on('circuit-state', (event) => states.push(event.state));
    await caught(client.call(getReport, { params: { id: 'LPG-1' } }));
    now = 5000;
    await caught(client.call(getReport, { params: { id: 'LPG-1' } }));
    expect(isCircuitOpenError(await caught(client.call(getReport, { params: { id: 'LPG-1' } })))).toBe(true);
    expect(states).toEqual(['open', 'half-open', 'open']);
  });
});

describe('cacheStep', () => {
  it('revalidates with If-None-Match and answers a 304 with the cached body', async () => {
    const conditions: (string | null)[] = [];
    server.use(
      http.get(`${BASE_URL}/reports/:id`, ({ request }) => {
        const condition = request.headers.get('if-none-match');
        conditions.push(condition);
        return condition === '"v1"' ? new HttpResponse(null, { status: 304 }) : HttpResponse.json(report, { headers: { etag: '"v1"' } });
      }),
    );
    const client = createApiClient({ baseUrl: BASE_URL, steps: [cacheStep()] });
    expect(await client.call(getReport, { params: { id: 'LPG-1' } })).toEqual(report);
    expect(await client.call(getReport, { params: { id: 'LPG-1' } })).toEqual(report);
    await client.call(getReport, { params: { id: 'LPG-1' } }, { cache: 'no-store' });
    expect(conditions).toEqual([null, '"v1"', null]);
  });

  it('serves a fresh entry without a request, then a stale one while revalidating in the background', async () => {
    let version = 1;
    const requests = recordRequests();
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.json({ ...report, title: `v${version}` })));
    let now = 0;
    const store = new Map<string, CachedResponse>();
    const client = createApiClient({
      baseUrl: BASE_URL,
      steps: [cacheStep({ store, now: () => now, endpoints: { 'reports.get': { ttl: 1000, staleWhileRevalidate: 5000 } } })],
    });
    const title = async () => (await client.call(getReport, { params: { id: 'LPG-1' } })).title;
    expect(await title()).toBe('v1');
    version = 2;
    now = 500;
    expect(await title()).toBe('v1');
    expect(requests).toHaveLength(1);
    now = 2000;
    expect(await title()).toBe('v1');
    // The background revalidation stores the new version without the caller waiting for it.
    await waitUntil(() => (store.get(`${BASE_URL}/reports/LPG-1`)?.response.data as { title?: string } | undefined)?.title === 'v2');
    expect(requests).toHaveLength(2);
    expect(await title()).toBe('v2');
    now = 10_000;
    version = 3;
    expect(await title()).toBe('v3');
  });

  it('does not cache an endpoint turned off', async () => {
    const requests = recordRequests();
    server.use(http.get(`${BASE_URL}/reports/:id`, () => HttpResponse.json(report, { headers: { etag: '"x"' } })));
    const client = createApiClient({ baseUrl: BASE_URL, steps: [cacheStep({ ttl: 60_000, endpoints: { 'reports.get': false } })] });
    await client.call(getReport, { params: { id: 'LPG-1' } });
    await client.call(getReport, { params: { id: 'LPG-1' } });
    expect(requests.map((request) => request.headers.get('if-none-match'))).toEqual([null, null]);
  });
});

describe('dedupeStep', () => {
  it('makes 10 concurrent identical GETs one request', async () => {
    const requests = recordRequests();
    server.use(
      http.get(`${BASE_URL}/reports/:id`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return HttpResponse.json(report);
      }),
    );
    const client = createApiClient({ baseUrl: BASE_URL, steps: [dedupeStep()] });
    const results = await Promise.all(Array.from({ length: 10 }, () => client.call(getReport, { params: { id: 'LPG-1' } })));
    expect(results).toEqual(Array.from({ length: 10 }, () => report));
    expect(requests).toHaveLength(1);
    await client.call(getReport, { params: { id: 'LPG-1' } });
    expect(requests).toHaveLength(2);
  });

  it('lets one caller abort without cancelling the others', async () => {
    server.use(
      http.get(`${BASE_URL}/reports/:id`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return HttpResponse.json(report);
      }),
    );
    const client = createApiClient({ baseUrl: BASE_URL, steps: [dedupeStep()] });
    const controller = new AbortController();
    const first = client.call(getReport, { params: { id: 'LPG-1' } }, { signal: controller.signal });
    const second = client.call(getReport, { params: { id: 'LPG-1' } });
    controller.abort(new Error('left'));
    expect(((await caught(first)) as Error).message).toBe('left');
    expect(await second).toEqual(report);
  });
});

describe('telemetryStep', () => {
  it('records one measurement per attempt with masked URLs and adds trace headers', async () => {
    const traceparents: (string | null)[] = [];
    let count = 0;
    server.use(
      http.get(`${BASE_URL}/reports`, ({ request }) => {
        traceparents.push(request.headers.get('traceparent'));
        return ++count === 1 ? HttpResponse.json({}, { status: 500 }) : HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    const measurements: RequestMeasurement[] = [];
    const client = createApiClient({
      baseUrl: BASE_URL,
      steps: [
        retryStep({ sleep: () => Promise.resolve() }),
        telemetryStep({ record: (m) => measurements.push(m), headers: () => ({ traceparent: '00-abc-def-01' }), now: () => 0 }),
      ],
    });
    await client.call(listReports, { query: { nik: '1871014506900001' } });
    expect(measurements).toEqual([
      { endpointId: 'reports.list', method: 'GET', url: `${BASE_URL}/reports?nik=***`, attempt: 0, status: 500, error: undefined, durationMs: 0 },
      { endpointId: 'reports.list', method: 'GET', url: `${BASE_URL}/reports?nik=***`, attempt: 1, status: 200, error: undefined, durationMs: 0 },
    ]);
    expect(traceparents).toEqual(['00-abc-def-01', '00-abc-def-01']);
  });
});

describe('maskUrl', () => {
  it('masks personal query values, NIKs and e-mail addresses', () => {
    expect(maskUrl('https://x.id/a?nik=1871014506900001&phone=081234567890&no_hp=0812&telepon=1&email=a%40b.id&access_token=t&page=2')).toBe(
      'https://x.id/a?nik=***&phone=***&no_hp=***&telepon=***&email=***&access_token=***&page=2',
    );
    expect(maskUrl('/citizens/1871014506900001/reports?q=jalan#top')).toBe('/citizens/***/reports?q=jalan');
    expect(maskUrl('/users/warga@example.id')).toBe('/users/***');
  });

  it('never lets a NIK through, whatever the parameter is called', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z_]{1,10}$/), fc.stringMatching(/^\d{16}$/), (name, nik) => {
        expect(maskUrl(`https://x.id/p?${name}=${nik}`)).not.toContain(nik);
      }),
    );
  });
});

/** Polls a condition (a few seconds at most); the test fails if it never holds. */
async function waitUntil(condition: () => boolean): Promise<void> {
  for (let index = 0; index < 400 && !condition(); index++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
