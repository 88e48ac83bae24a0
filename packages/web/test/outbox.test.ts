import { createApiClient, createMemoryOutboxStorage, createOnlineSignal, defaultSteps } from '@gerbang/client';
import type { OutboxItem, OutboxStorage } from '@gerbang/client';
import { createReport, listReportCategories } from '@gerbang/contracts';
import type { OutboxEntry } from '@gerbang/contracts';
import { DEMO_CITIZEN } from '@gerbang/mocks';
import { setupMockServer } from '@gerbang/mocks/node';
import { createHostApi, createWebOutbox } from '@gerbang/web';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reportBody } from './fixtures.ts';

const BASE = 'https://api.gerbang.test';
const mock = setupMockServer({ baseUrl: BASE, onUnhandledRequest: 'error' });
const requests: string[] = [];
beforeAll(() => {
  mock.listen();
  mock.server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get('Idempotency-Key') ?? ''}`);
  });
});
afterEach(() => {
  mock.reset();
  requests.length = 0;
});
afterAll(() => {
  mock.close();
});

/** A storage shared by two outboxes, like IndexedDB across a reload (copies, keeping the files). */
function sharedStorage(): OutboxStorage & { readonly raw: Map<string, OutboxItem> } {
  const raw = new Map<string, OutboxItem>();
  return {
    raw,
    load: () => Promise.resolve([...raw.values()].map((item) => ({ ...item }))),
    put: (item) => {
      raw.set(item.id, { ...item });
      return Promise.resolve();
    },
    delete: (id) => {
      raw.delete(id);
      return Promise.resolve();
    },
  };
}

function setup(options: { online?: boolean; storage?: OutboxStorage } = {}) {
  const online = createOnlineSignal(options.online ?? true);
  const client = createApiClient({
    baseUrl: BASE,
    steps: defaultSteps({ retry: false, auth: { getToken: () => DEMO_CITIZEN } }),
    isOnline: () => online.isOnline(),
  });
  const web = createWebOutbox({ client, storage: options.storage ?? createMemoryOutboxStorage(), endpoints: [createReport], online });
  return { online, client, web };
}

const settle = async (check: () => boolean | Promise<boolean>, what: string): Promise<void> => {
  for (let tries = 0; tries < 200; tries++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('createHostApi', () => {
  it('calls an endpoint through the client and passes the abort signal', async () => {
    const { client } = setup();
    const api = createHostApi(client);
    const result = (await api.call(listReportCategories, {}, { moduleId: 'lapor', signal: new AbortController().signal })) as { items: unknown[] };
    expect(result.items.length).toBeGreaterThan(0);
    const stopped = new AbortController();
    stopped.abort(new Error('the module stopped'));
    await expect(api.call(listReportCategories, {}, { moduleId: 'lapor', signal: stopped.signal })).rejects.toThrow('the module stopped');
  });

  it('rejects with the client’s typed error, told apart by code', async () => {
    const { client, online } = setup();
    online.set(false);
    await expect(createHostApi(client).call(listReportCategories, {}, { moduleId: 'lapor', signal: new AbortController().signal })).rejects.toMatchObject({
      code: 'offline',
    });
  });
});

describe('the outbox service', () => {
  it('sends at once when online and resolves with the response', async () => {
    const { web } = setup();
    const before = mock.store.reports.count();
    const result = await web.forModule('lapor').submit(createReport, { body: reportBody() }, { label: 'Jalan rusak' });
    expect(result.status).toBe('sent');
    if (result.status !== 'sent') return;
    expect(result.response).toMatchObject({ status: 'submitted', categoryCode: 'jalan-rusak' });
    expect(result.entry).toMatchObject({ moduleId: 'lapor', label: 'Jalan rusak', state: 'sent', endpointId: 'reports.create' });
    expect(mock.store.reports.count()).toBe(before + 1);
    expect(await web.forModule('lapor').entries()).toEqual([]);
    web.close();
  });

  it('queues while offline, keeps the label, and sends once when the network returns', async () => {
    const { web, online } = setup({ online: false });
    const service = web.forModule('lapor');
    const seen: (readonly OutboxEntry[])[] = [];
    const stop = service.subscribe((entries) => seen.push(entries));
    const before = mock.store.reports.count();
    const result = await service.submit(createReport, { body: reportBody() }, { label: 'Jalan rusak' });
    expect(result).toMatchObject({ status: 'queued', entry: { state: 'queued', label: 'Jalan rusak', moduleId: 'lapor', attempts: 0 } });
    expect(requests).toEqual([]);
    expect((await service.entries()).map((entry) => entry.state)).toEqual(['queued']);

    online.set(true);
    await settle(() => seen.at(-1)?.[0]?.state === 'sent', 'the entry to be sent');
    const sent = seen.at(-1)?.[0];
    expect(sent).toMatchObject({ label: 'Jalan rusak', response: { status: 'submitted' } });
    expect(mock.store.reports.count()).toBe(before + 1);
    expect(requests).toEqual([`POST /reports ${result.entry.id}`]);
    expect(seen.flat().map((entry) => entry.state)).toEqual(expect.arrayContaining(['queued', 'sending', 'sent']));
    stop();
    web.close();
  });

  it('sends an entry queued before a reload exactly once, with its label kept', async () => {
    const storage = sharedStorage();
    const first = setup({ online: false, storage });
    const queued = await first.web.forModule('lapor').submit(createReport, { body: reportBody() }, { label: 'Pohon tumbang' });
    first.web.close();
    expect([...storage.raw.values()]).toHaveLength(1);

    const before = mock.store.reports.count();
    const second = setup({ online: false, storage });
    expect(await second.web.forModule('lapor').entries()).toMatchObject([{ id: queued.entry.id, label: 'Pohon tumbang', state: 'queued' }]);
    second.online.set(true);
    await settle(() => storage.raw.size === 0, 'the entry to be sent after the reload');
    expect(mock.store.reports.count()).toBe(before + 1);
    expect(requests).toEqual([`POST /reports ${queued.entry.id}`]);
    second.web.close();
  });

  it('queues at once behind an entry of the same module that still waits, and sends both in order', async () => {
    const { web } = setup();
    const service = web.forModule('lapor');
    mock.server.use(http.post(`${BASE}/reports`, () => new HttpResponse(null, { status: 503 }), { once: true }));
    const first = await service.submit(createReport, { body: reportBody('Laporan pertama.') }, { label: 'satu' });
    expect(first).toMatchObject({ status: 'queued', entry: { state: 'retrying', attempts: 1, error: { code: 'http-error', status: 503 } } });
    // Online, but behind an entry that waits for its next attempt: kept without waiting for the server.
    const second = await service.submit(createReport, { body: reportBody('Laporan kedua.') }, { label: 'dua' });
    expect(second).toMatchObject({ status: 'queued', entry: { state: 'queued', attempts: 0 } });
    await web.outbox.flush();
    expect(await service.entries()).toEqual([]);
    expect(requests).toEqual([`POST /reports ${first.entry.id}`, `POST /reports ${first.entry.id}`, `POST /reports ${second.entry.id}`]);
    web.close();
  });

  it('keeps each module’s entries apart', async () => {
    const { web } = setup({ online: false });
    const lapor = web.forModule('lapor');
    const other = web.forModule('lain');
    const heard: string[] = [];
    const stop = other.subscribe((entries) => heard.push(...entries.map((entry) => entry.id)));
    const { entry } = await lapor.submit(createReport, { body: reportBody() });
    expect(await lapor.entries()).toHaveLength(1);
    expect(await other.entries()).toEqual([]);
    await expect(other.discard(entry.id)).rejects.toMatchObject({ code: 'outbox-error' });
    await expect(other.retry(entry.id)).rejects.toMatchObject({ code: 'outbox-error' });
    expect(heard).toEqual([]);
    expect(await web.entries()).toMatchObject([{ id: entry.id, moduleId: 'lapor' }]);
    await lapor.discard(entry.id);
    expect(await lapor.entries()).toEqual([]);
    stop();
    web.close();
  });

  it('rejects with the typed error when the server refuses the first attempt for good, and keeps nothing', async () => {
    const { web } = setup();
    const refused = web.forModule('lapor').submit(createReport, { body: { ...reportBody(), report: { ...reportBody().report, categoryCode: 'gajah-lepas' } } });
    await expect(refused).rejects.toMatchObject({ code: 'http-error', status: 422 });
    expect(await web.forModule('lapor').entries()).toEqual([]);
    web.close();
  });

  it('refuses an endpoint it was not given, naming it', async () => {
    const { web } = setup();
    await expect(web.forModule('lapor').submit(listReportCategories as never, {} as never)).rejects.toThrow(/reports\.categories/);
    web.close();
  });
});
