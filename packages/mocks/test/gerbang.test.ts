import {
  aduanEndpoints,
  alertsEndpoints,
  emergencyEndpoints,
  GERBANG_ENDPOINTS,
  getHealth,
  isEndpoint,
  newsEndpoints,
  pkbEndpoints,
  platformEndpoints,
  pricesEndpoints,
  validate,
  type AnyEndpoint,
} from '@gerbang/contracts';
import * as contracts from '@gerbang/contracts';
import { createGerbangMocks, createMockStore, defineMockRoute } from '@gerbang/mocks';
import { setupMockServer } from '@gerbang/mocks/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const BASE = 'https://api.lampung.test';
const NOW = Date.parse('2026-11-02T09:00:00+07:00');
const errors: unknown[] = [];
const mock = setupMockServer({ baseUrl: BASE, store: createMockStore({ now: () => NOW }), onError: (error) => errors.push(error), onUnhandledRequest: 'error' });

beforeAll(() => {
  mock.listen();
});
afterEach(() => {
  mock.reset();
  expect(errors).toEqual([]);
});
afterAll(() => {
  mock.close();
});

const auth = (token = 'demo-citizen') => ({ Authorization: `Bearer ${token}` });
const getJson = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${BASE}${path}`, { headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { items?: Record<string, unknown>[] } };
};
const postJson = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`${BASE}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth(), ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
};

const DOMAIN_OBJECTS = { platformEndpoints, aduanEndpoints, pricesEndpoints, pkbEndpoints, alertsEndpoints, newsEndpoints, emergencyEndpoints };

describe('contract conformance', () => {
  it('has a handler for every endpoint the contracts export', () => {
    const exported = new Set((Object.values(contracts) as unknown[]).filter(isEndpoint).map((endpoint) => endpoint.id));
    const groups: readonly (readonly AnyEndpoint[])[] = Object.values(DOMAIN_OBJECTS).map((group) => Object.values(group) as AnyEndpoint[]);
    const fromObjects = new Set(groups.flat().map((endpoint) => endpoint.id));
    const mocked = new Set(GERBANG_ENDPOINTS.map((endpoint) => endpoint.id));
    expect([...exported].filter((id) => !mocked.has(id))).toEqual([]);
    expect([...fromObjects].filter((id) => !mocked.has(id))).toEqual([]);
    expect(mock.handlers.length).toBe(GERBANG_ENDPOINTS.length + 1);
  });

  it('answers every GET endpoint with a body its response schema accepts, and never 501', async () => {
    const paths: Record<string, string> = {
      'platform.health': '/health',
      'platform.module-catalogue': '/modules/catalogue',
      'reports.get': `/reports/${mock.store.reports.list({ visibility: 'public' })[0]!.ticket}`,
      'reports.list-mine': '/me/reports?limit=3',
      'reports.list-public': '/reports?regionCode=18',
      'reports.categories': '/report-categories',
      'prices.commodities': '/prices/commodities',
      'prices.markets': '/prices/markets?regionCode=18.71',
      'prices.quotes': '/prices/quotes?regionCode=18.71',
      'prices.history': '/prices/commodities/cabai-merah-keriting/history?regionCode=18.71&marketId=pasar-tugu',
      'pkb.payment-status': `/pkb/payments/${mock.store.snapshot().pkb.payments[0]!.paymentCode}`,
      'alerts.active': '/alerts?regionCode=18.71',
      'alerts.flood-gauges': '/flood/gauges',
      'news.list': '/news',
      'news.get': `/news/${mock.store.news()[0]!.id}`,
      'emergency.contacts': '/emergency/contacts?regionCode=18.71',
    };
    for (const endpoint of GERBANG_ENDPOINTS.filter((entry) => entry.method === 'GET' && entry.id !== 'pkb.receipt')) {
      const path = paths[endpoint.id];
      expect(path, `a request for ${endpoint.id}`).toBeDefined();
      const { status, body } = await getJson(path!, auth());
      expect(status, `${endpoint.id}: ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
      expect(validate(endpoint.response, body).error?.message, endpoint.id).toBeUndefined();
    }
  });
});

describe('createGerbangMocks', () => {
  it('replaces a built-in resolver with a route of the routes option', async () => {
    const degraded = defineMockRoute(getHealth, () => ({ status: 'degraded' as const, version: 'custom', time: '2026-11-02T09:00:00+07:00' }));
    const custom = createGerbangMocks({ baseUrl: BASE, routes: [degraded] });
    expect(custom.handlers).toHaveLength(mock.handlers.length);
    mock.server.use(...custom.handlers);
    expect((await getJson('/health')).body).toMatchObject({ status: 'degraded', version: 'custom' });
  });
});

describe('platform', () => {
  it('reports health from the store, degraded included', async () => {
    expect((await getJson('/health')).body).toEqual({ status: 'ok', version: '0.1.0-mock', time: '2026-11-02T09:00:00+07:00' });
    mock.store.platform.setHealth('degraded');
    expect((await getJson('/health')).body.status).toBe('degraded');
  });

  it('serves the kill switch', async () => {
    mock.store.platform.disableModule('lampung.pajak', '*', 'Maintenance');
    const { body } = await getJson('/modules/catalogue');
    expect(body.disabled).toContainEqual({ id: 'lampung.pajak', versions: '*', reason: 'Maintenance' });
  });
});

describe('reports through the endpoints', () => {
  const draft = {
    categoryCode: 'jalan-rusak',
    description: 'Lubang besar di depan sekolah.',
    location: { point: { lat: -5.3971, lng: 105.2668 }, landmark: 'Depan SD', regionCode: '18.71' },
    visibility: 'public' as 'public' | 'private',
    anonymous: false,
    channel: 'app' as const,
  };
  const form = (report: unknown, photos = 1) => {
    const body = new FormData();
    body.append('report', new Blob([JSON.stringify(report)], { type: 'application/json' }));
    for (let index = 0; index < photos; index++) body.append('photos', new File([new Uint8Array(1024)], `foto-${index}.jpg`, { type: 'image/jpeg' }));
    return body;
  };
  const file = (report: unknown, key: string, photos = 1, token = 'demo-citizen') =>
    fetch(`${BASE}/reports`, { method: 'POST', body: form(report, photos), headers: { ...auth(token), 'Idempotency-Key': key } });

  it('files a report with photos once, and the store shows one', async () => {
    const before = mock.store.reports.count();
    const first = await file(draft, 'key-file-1');
    expect(first.status).toBe(201);
    const report = (await first.json()) as { ticket: string; status: string; photos: { url: string; bytes: number }[]; reporter: { id: string } };
    expect(report).toMatchObject({ status: 'submitted', reporter: { id: 'demo-citizen' }, photos: [{ bytes: 1024, mediaType: 'image/jpeg' }] });
    const retry = await file(draft, 'key-file-1');
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await retry.json()) as { ticket: string }).ticket).toBe(report.ticket);
    expect(mock.store.reports.count()).toBe(before + 1);

    const changed = await file({ ...draft, description: 'Another text.' }, 'key-file-1');
    expect(changed.status).toBe(422);
    expect(await changed.json()).toMatchObject({ type: 'https://gerbang.dev/problems/idempotency-key-reused' });
    // The same text with another photo is another body too: the files count in the fingerprint.
    const otherPhoto = form(draft, 0);
    otherPhoto.append('photos', new File([new Uint8Array(2048)], 'foto-0.jpg', { type: 'image/jpeg' }));
    const withOtherPhoto = await fetch(`${BASE}/reports`, { method: 'POST', body: otherPhoto, headers: { ...auth(), 'Idempotency-Key': 'key-file-1' } });
    expect(withOtherPhoto.status).toBe(422);
    expect(mock.store.reports.count()).toBe(before + 1);
  });

  it('refuses a report without its key, with an unknown category, or without a required photo', async () => {
    const noKey = await fetch(`${BASE}/reports`, { method: 'POST', body: form(draft), headers: auth() });
    expect(noKey.status).toBe(400);
    const unknown = await file({ ...draft, categoryCode: 'gajah-lepas' }, 'key-file-2');
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['report', 'categoryCode']);
    const noPhoto = await file(draft, 'key-file-3', 0);
    expect(((await noPhoto.json()) as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['photos']);
    const badLocation = await file({ ...draft, location: { ...draft.location, point: { lat: 95, lng: 105 } } }, 'key-file-4');
    expect(((await badLocation.json()) as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['report', 'location', 'point', 'lat']);
    const anonymous = await fetch(`${BASE}/reports`, { method: 'POST', body: form(draft), headers: { 'Idempotency-Key': 'key-file-5' } });
    expect(anonymous.status).toBe(401);
  });

  it('shows a status change made in the store, and lists it among mine', async () => {
    const created = (await (await file(draft, 'key-file-6')).json()) as { ticket: string };
    mock.store.reports.advance(created.ticket, 'verified');
    const { body } = await getJson(`/reports/${created.ticket}`);
    expect(body.status).toBe('verified');
    expect(body.reporter).toBeUndefined();
    const mine = await getJson('/me/reports?status=verified', auth());
    expect(mine.body.items?.map((report) => report.ticket)).toContain(created.ticket);
  });

  it('hides private reports from others, and internal notes from everyone', async () => {
    const owner = 'warga-uji-21';
    const { ticket } = mock.store.reports.create(
      { ...draft, visibility: 'private' },
      { owner },
    );
    expect((await getJson(`/reports/${ticket}`)).status).toBe(404);
    expect((await getJson(`/reports/${ticket}`, auth('someone-else'))).status).toBe(404);
    expect((await getJson(`/reports/${ticket}`, auth(owner))).status).toBe(200);
    mock.store.reports.advance(ticket, 'verified', { note: { visibility: 'internal', text: 'Catatan internal petugas.' } });
    expect(JSON.stringify(mock.store.reports.get(ticket))).toContain('Catatan internal');
    const { body } = await getJson(`/reports/${ticket}`, auth(owner));
    expect(JSON.stringify(body)).not.toContain('Catatan internal');
  });

  it('pages through the public feed with cursors', async () => {
    const all = mock.store.reports.count({ visibility: 'public' });
    const seen: unknown[] = [];
    let path: string | undefined = '/reports?limit=2';
    while (path !== undefined) {
      const page: { body: { items?: unknown[]; nextCursor?: unknown } } = await getJson(path);
      seen.push(...(page.body.items ?? []));
      path = typeof page.body.nextCursor === 'string' ? `/reports?limit=2&cursor=${page.body.nextCursor}` : undefined;
    }
    expect(seen).toHaveLength(all);
    expect((await getJson('/reports?cursor=forged')).status).toBe(400);
  });

  it('counts support once per citizen, and only on public reports', async () => {
    const ticket = mock.store.reports.list({ visibility: 'public' })[0]!.ticket;
    const before = mock.store.reports.supportOf(ticket, undefined).count;
    const put = (token: string) => fetch(`${BASE}/reports/${ticket}/support`, { method: 'PUT', headers: auth(token) });
    expect(await (await put('warga-uji-50')).json()).toEqual({ count: before + 1, supportedByMe: true });
    expect(await (await put('warga-uji-50')).json()).toEqual({ count: before + 1, supportedByMe: true });
    const { ticket: mine } = mock.store.reports.create(
      { ...draft, visibility: 'private' },
      { owner: 'demo-citizen' },
    );
    expect((await fetch(`${BASE}/reports/${mine}/support`, { method: 'PUT', headers: auth() })).status).toBe(403);
  });

  it('takes a rating once the report is done, and 409 before', async () => {
    const created = (await (await file(draft, 'key-file-7')).json()) as { ticket: string };
    const rate = () =>
      fetch(`${BASE}/reports/${created.ticket}/rating`, {
        method: 'PUT',
        headers: { ...auth(), 'Content-Type': 'application/json' },
        body: JSON.stringify({ stars: 4, comment: 'Cepat ditangani.' }),
      });
    expect((await rate()).status).toBe(409);
    for (const to of ['verified', 'routed', 'in_progress', 'awaiting_validation', 'done'] as const) mock.store.reports.advance(created.ticket, to);
    const rated = await rate();
    expect(rated.status).toBe(200);
    expect(await rated.json()).toMatchObject({ stars: 4, at: '2026-11-02T09:00:00+07:00' });
    const other = await fetch(`${BASE}/reports/${created.ticket}/rating`, {
      method: 'PUT',
      headers: { ...auth('warga-uji-02'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ stars: 1 }),
    });
    expect(other.status).toBe(403);
  });
});

describe('prices', () => {
  it('answers the latest quotes of a regency, and a history per market', async () => {
    const quotes = await getJson('/prices/quotes?regionCode=18.72');
    expect(quotes.body.date).toBe('2026-11-02');
    expect(quotes.body.items?.every((quote) => quote.regionCode === '18.72' && quote.date === '2026-11-02')).toBe(true);
    const history = await getJson('/prices/commodities/beras-medium/history?regionCode=18.71&marketId=pasar-tugu');
    expect(history.body.items).toHaveLength(30);
    expect((await getJson('/prices/commodities/durian/history?regionCode=18')).status).toBe(404);
    expect((await getJson('/prices/quotes')).status).toBe(400);
  });
});

describe('vehicle tax', () => {
  it('looks a bill up, issues a QRIS code once per key, and gives a receipt once paid', async () => {
    const vehicle = mock.store.pkb.vehicles()[0]!;
    const bill = await postJson('/pkb/inquiries', { plate: vehicle.plate, chassisNumberSuffix: vehicle.chassisNumberSuffix });
    expect(bill.status).toBe(200);
    expect(await postJson('/pkb/inquiries', { plate: vehicle.plate, chassisNumberSuffix: 'ZZZZZ' })).toMatchObject({ status: 404 });
    expect(await postJson('/pkb/inquiries', { plate: 'be 1234 zz', chassisNumberSuffix: 'A1234' })).toMatchObject({ status: 422 });

    const payment = await postJson('/pkb/payments', { billId: bill.body.billId, method: 'qris' }, { 'Idempotency-Key': 'pay-1' });
    expect(payment.status).toBe(201);
    expect(payment.body).toMatchObject({ amount: bill.body.total, status: 'pending', expiresAt: '2026-11-02T11:00:00+07:00' });
    const again = await postJson('/pkb/payments', { billId: bill.body.billId, method: 'qris' }, { 'Idempotency-Key': 'pay-1' });
    expect(again.body.paymentCode).toBe(payment.body.paymentCode);
    const code = payment.body.paymentCode as string;
    expect((await getJson(`/pkb/payments/${code}/receipt`, auth())).status).toBe(409);
    mock.store.pkb.pay(code);
    const receipt = await getJson(`/pkb/payments/${code}/receipt`, auth());
    expect(receipt.status).toBe(200);
    expect(receipt.body.total).toBe(bill.body.total);
    const paidTwice = await postJson('/pkb/payments', { billId: bill.body.billId, method: 'virtual_account' }, { 'Idempotency-Key': 'pay-2' });
    expect(paidTwice.status).toBe(409);
    expect((await postJson('/pkb/payments', { billId: 'PKB-NONE', method: 'qris' }, { 'Idempotency-Key': 'pay-3' })).status).toBe(404);
  });
});

describe('alerts, news and emergency', () => {
  it('filters alerts and gauges by region', async () => {
    expect((await getJson('/alerts?regionCode=18.72')).body.items).toEqual([]);
    expect((await getJson('/alerts?regionCode=18.10')).body.items).toHaveLength(1);
    mock.store.alerts.setWaterLevel('pda-way-kuala', 300);
    const gauges = await getJson('/flood/gauges?regionCode=18.71');
    expect(gauges.body.items?.find((gauge) => gauge.id === 'pda-way-kuala')).toMatchObject({ waterLevelCm: 300, alertLevel: 1 });
  });

  it('lists news summaries without bodies and serves each article', async () => {
    const list = await getJson('/news?kind=announcement');
    expect(list.body.items?.every((item) => item.kind === 'announcement' && !('body' in item))).toBe(true);
    expect((await getJson('/news/tidak-ada')).status).toBe(404);
  });

  it('serves a published article first, replacing one with the same id, as given', async () => {
    const [first] = mock.store.news();
    const hostile = { ...first!, id: 'uji-berita', title: '<b>Judul</b>', bodyFormat: 'plain' as const, body: '<img src=x onerror="alert(1)">' };
    mock.store.publishNews(hostile);
    mock.store.publishNews({ ...hostile, summary: 'Diperbarui.' });
    const list = await getJson('/news');
    expect(list.body.items?.filter((item) => item.id === 'uji-berita')).toHaveLength(1);
    expect(list.body.items?.[0]).toMatchObject({ id: 'uji-berita', summary: 'Diperbarui.' });
    expect((await getJson('/news/uji-berita')).body).toMatchObject({ title: '<b>Judul</b>', bodyFormat: 'plain', body: '<img src=x onerror="alert(1)">' });
    mock.reset();
    expect((await getJson('/news/uji-berita')).status).toBe(404);
  });

  it('answers ETag revalidation with 304', async () => {
    const first = await fetch(`${BASE}/emergency/contacts`);
    const tag = first.headers.get('ETag')!;
    expect((await fetch(`${BASE}/emergency/contacts`, { headers: { 'If-None-Match': tag } })).status).toBe(304);
  });
});
