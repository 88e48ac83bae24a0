import {
  browserOnlineSignal,
  createApiClient,
  createIndexedDbOutboxStorage,
  createMemoryOutboxStorage,
  createOnlineSignal,
  createOutbox,
  isContractError,
  isOutboxError,
  type OutboxEvents,
  type IndexedDbFactory,
  type OutboxItem,
  type OutboxStorage,
} from '@gerbang/client';
import { createFileOutboxStorage } from '@gerbang/client/node';
import { IDBFactory } from 'fake-indexeddb';
import { http, HttpResponse } from 'msw';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BASE_URL, createReport, createReportWithPhotos, deleteReport, postComment, readMultipart, server } from './fixtures.ts';

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

/** A fresh in-memory IndexedDB (fake-indexeddb's types need the DOM library, which the package does not load). */
const newIndexedDb = (): IndexedDbFactory => new (IDBFactory as unknown as new () => IndexedDbFactory)();

const newReport = (title: string) => ({ title, description: 'Jalan berlubang di depan pasar', category: 'jalan' as const });
const immediately = () => Promise.resolve();

interface Received {
  readonly key: string | null;
  readonly title: string;
}

/** A back end that dedupes by Idempotency-Key, as a real one does. */
function reportsBackEnd(answer: (attempt: number) => 'ok' | 503 | 422 = () => 'ok'): Received[] {
  const created = new Map<string, object>();
  const received: Received[] = [];
  let attempt = 0;
  server.use(
    http.post(`${BASE_URL}/reports`, async ({ request }) => {
      const key = request.headers.get('idempotency-key');
      const body = (await request.json()) as { title: string };
      const outcome = answer(attempt++);
      if (outcome !== 'ok') return HttpResponse.json({ title: 'Failed' }, { status: outcome, headers: { 'content-type': 'application/problem+json' } });
      if (key !== null && created.has(key)) return HttpResponse.json(created.get(key), { status: 201 });
      const report = { id: `LPG-${received.length + 1}`, title: body.title, status: 'submitted' };
      received.push({ key, title: body.title });
      if (key !== null) created.set(key, report);
      return HttpResponse.json(report, { status: 201 });
    }),
  );
  return received;
}

function recordEvents(outbox: { on: <T extends keyof OutboxEvents>(type: T, listener: (event: OutboxEvents[T]) => void) => () => void }): string[] {
  const log: string[] = [];
  for (const type of ['queued', 'sending', 'sent', 'retrying', 'failed'] as const) {
    outbox.on(type, ({ item }) => log.push(`${type}:${(item.input as { body: { title: string } }).body.title}`));
  }
  return log;
}

describe('enqueue', () => {
  const client = createApiClient({ baseUrl: BASE_URL });

  it('refuses endpoints that are not idempotent or not listed', async () => {
    const outbox = createOutbox({ client, storage: createMemoryOutboxStorage(), endpoints: [createReport, postComment] });
    const notIdempotent = await outbox.enqueue(postComment, { params: { id: 'LPG-1' }, body: { text: 'x' } }).catch((error: unknown) => error);
    expect(isOutboxError(notIdempotent)).toBe(true);
    expect((notIdempotent as Error).message).toContain('"reports.comment" (POST /reports/:id/comments) cannot be queued');
    const unlisted = await outbox.enqueue(deleteReport, { params: { id: 'LPG-1' } }).catch((error: unknown) => error);
    expect((unlisted as Error).message).toContain('list it in createOutbox({ endpoints })');
    outbox.close();
  });

  it('refuses bad input with a ContractError and stores nothing', async () => {
    const storage = createMemoryOutboxStorage();
    const outbox = createOutbox({ client, storage, endpoints: [createReport] });
    const error = await outbox.enqueue(createReport, { body: { ...newReport('ab') } }).catch((caught: unknown) => caught);
    expect(isContractError(error)).toBe(true);
    expect(await storage.load()).toEqual([]);
    outbox.close();
  });

  it('stores the item before the first send, and the stored item carries the key that is sent', async () => {
    const storage = createMemoryOutboxStorage();
    const storedWhenSent: (readonly OutboxItem[])[] = [];
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${BASE_URL}/reports`, async ({ request }) => {
        storedWhenSent.push(await storage.load());
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json({ id: 'LPG-1', title: 'Lubang', status: 'submitted' }, { status: 201 });
      }),
    );
    const outbox = createOutbox({ client, storage, endpoints: [createReport] });
    const item = await outbox.enqueue(createReport, { body: newReport('Lubang') }, { idempotencyKey: 'draft-7' });
    expect(item).toMatchObject({ id: 'draft-7', queue: 'default', state: 'queued', attempts: 0 });
    await outbox.flush();
    expect(storedWhenSent[0]?.map((stored) => stored.id)).toEqual(['draft-7']);
    expect(keys).toEqual(['draft-7']);
    expect(await storage.load()).toEqual([]);
    outbox.close();
  });

  it('keeps one item when the same draft is queued twice', async () => {
    const storage = createMemoryOutboxStorage();
    const outbox = createOutbox({ client, storage, endpoints: [createReport], online: createOnlineSignal(false) });
    await outbox.enqueue(createReport, { body: newReport('Lubang') }, { idempotencyKey: 'draft-1' });
    await outbox.enqueue(createReport, { body: newReport('Lubang') }, { idempotencyKey: 'draft-1' });
    expect(await storage.load()).toHaveLength(1);
    outbox.close();
  });
});

describe('sending', () => {
  it('waits while offline, then sends in order per queue with a typed event per transition', async () => {
    const received = reportsBackEnd();
    const online = createOnlineSignal(false);
    const client = createApiClient({ baseUrl: BASE_URL });
    const outbox = createOutbox({ client, storage: createMemoryOutboxStorage(), endpoints: [createReport], online, sleep: immediately });
    const log = recordEvents(outbox);
    for (const title of ['Satu', 'Dua', 'Tiga']) await outbox.enqueue(createReport, { body: newReport(title) }, { queue: 'reports' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toEqual([]);
    expect((await outbox.items()).map((item) => item.state)).toEqual(['queued', 'queued', 'queued']);
    online.set(true);
    await outbox.flush();
    expect(received.map((report) => report.title)).toEqual(['Satu', 'Dua', 'Tiga']);
    expect(log).toEqual([
      'queued:Satu',
      'queued:Dua',
      'queued:Tiga',
      'sending:Satu',
      'sent:Satu',
      'sending:Dua',
      'sent:Dua',
      'sending:Tiga',
      'sent:Tiga',
    ]);
    expect(await outbox.items()).toEqual([]);
    outbox.close();
  });

  it('retries passing failures with backoff and keeps the order behind a retrying item', async () => {
    const received = reportsBackEnd((attempt) => (attempt < 2 ? 503 : 'ok'));
    const client = createApiClient({ baseUrl: BASE_URL, steps: [] });
    const waits: number[] = [];
    const outbox = createOutbox({
      client,
      storage: createMemoryOutboxStorage(),
      endpoints: [createReport],
      sleep: (ms) => (waits.push(ms), Promise.resolve()),
      backoff: { baseDelay: 1000, maxDelay: 60_000, random: () => 1 - Number.EPSILON },
    });
    const log = recordEvents(outbox);
    await outbox.enqueue(createReport, { body: newReport('Satu') });
    await outbox.enqueue(createReport, { body: newReport('Dua') });
    await outbox.flush();
    expect(received.map((report) => report.title)).toEqual(['Satu', 'Dua']);
    expect(log.filter((entry) => entry.startsWith('retrying'))).toEqual(['retrying:Satu', 'retrying:Satu']);
    expect(log.indexOf('sent:Satu')).toBeLessThan(log.indexOf('sending:Dua'));
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    outbox.close();
  });

  it('sets a refused item aside as failed, goes on with the next, and can retry or discard it', async () => {
    const received = reportsBackEnd((attempt) => (attempt === 0 ? 422 : 'ok'));
    const client = createApiClient({ baseUrl: BASE_URL });
    const storage = createMemoryOutboxStorage();
    const outbox = createOutbox({ client, storage, endpoints: [createReport], sleep: immediately });
    const failures: unknown[] = [];
    outbox.on('failed', ({ error }) => failures.push(error));
    const first = await outbox.enqueue(createReport, { body: newReport('Satu') });
    await outbox.enqueue(createReport, { body: newReport('Dua') });
    await outbox.flush();
    expect(received.map((report) => report.title)).toEqual(['Dua']);
    expect(failures).toHaveLength(1);
    const [failed] = await outbox.items();
    expect(failed).toMatchObject({ id: first.id, state: 'failed', lastError: { code: 'http-error', status: 422 } });
    expect((await storage.load())[0]?.state).toBe('failed');
    await outbox.retry(first.id);
    await outbox.flush();
    expect(received.map((report) => report.title)).toEqual(['Dua', 'Satu']);
    const another = await outbox.enqueue(createReport, { body: newReport('Tiga') }, { idempotencyKey: 'draft-3' });
    expect(another.id).toBe('draft-3');
    await outbox.flush();
    await expect(outbox.discard('missing')).rejects.toThrow('The outbox has no item "missing"');
    outbox.close();
  });

  it('resumes after a restart: a new outbox over the same storage sends the pending items with their keys', async () => {
    const received = reportsBackEnd();
    const storage = createMemoryOutboxStorage();
    const client = createApiClient({ baseUrl: BASE_URL });
    const offline = createOutbox({ client, storage, endpoints: [createReport], online: createOnlineSignal(false) });
    const item = await offline.enqueue(createReport, { body: newReport('Sebelum restart') });
    offline.close();
    const resumed = createOutbox({ client, storage, endpoints: [createReport] });
    await resumed.flush();
    expect(received).toEqual([{ key: item.id, title: 'Sebelum restart' }]);
    resumed.close();
  });

  it('uploads a report with photos as multipart, with progress events', async () => {
    const sizes: number[] = [];
    server.use(
      http.post(`${BASE_URL}/reports/with-photos`, async ({ request }) => {
        const form = await readMultipart(request);
        for (const file of form.files) sizes.push(file.size);
        return HttpResponse.json({ id: 'LPG-1', title: form.fields.get('title') ?? '', status: 'submitted' }, { status: 201 });
      }),
    );
    const client = createApiClient({ baseUrl: BASE_URL });
    const outbox = createOutbox({ client, storage: createMemoryOutboxStorage(), endpoints: [createReportWithPhotos] });
    const progress: { loaded: number; total: number }[] = [];
    outbox.on('progress', ({ loaded, total }) => progress.push({ loaded, total }));
    const photo = new File([new Uint8Array(200_000).fill(7)], 'lubang.jpg', { type: 'image/jpeg' });
    await outbox.enqueue(createReportWithPhotos, { body: { title: 'Lubang', description: 'Dalam', photos: [photo] } });
    await outbox.flush();
    expect(sizes).toEqual([200_000]);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.loaded).toBe(progress.at(-1)!.total);
    expect(progress.at(-1)!.loaded).toBeGreaterThanOrEqual(200_000);
    outbox.close();
  });
});

const photoInput = () => ({
  body: {
    title: 'Pohon tumbang',
    description: 'Menutup jalan',
    photos: [new File([new Uint8Array([1, 2, 3, 255])], 'pohon.jpg', { type: 'image/jpeg', lastModified: 1_700_000_000_000 }), new Blob(['abc'], { type: 'image/png' })],
  },
});

async function expectPhotosSurvive(first: OutboxStorage, reopened: () => OutboxStorage): Promise<void> {
  const client = createApiClient({ baseUrl: BASE_URL });
  const offline = createOutbox({ client, storage: first, endpoints: [createReportWithPhotos], online: createOnlineSignal(false) });
  const item = await offline.enqueue(createReportWithPhotos, photoInput(), { idempotencyKey: 'draft/ü 1' });
  offline.close();
  const [loaded] = await reopened().load();
  expect(loaded).toMatchObject({ id: 'draft/ü 1', state: 'queued', endpointId: 'reports.create-with-photos', seq: item.seq });
  const photos = (loaded!.input as { body: { photos: Blob[] } }).body.photos;
  expect(photos[0]).toBeInstanceOf(File);
  expect((photos[0] as File).name).toBe('pohon.jpg');
  expect(photos[0]!.type).toBe('image/jpeg');
  expect([...new Uint8Array(await photos[0]!.arrayBuffer())]).toEqual([1, 2, 3, 255]);
  expect(await photos[1]!.text()).toBe('abc');
  expect(photos[1]!.type).toBe('image/png');

  const parts: string[] = [];
  server.use(
    http.post(`${BASE_URL}/reports/with-photos`, async ({ request }) => {
      const form = await readMultipart(request);
      for (const file of form.files) parts.push(`${file.name}:${file.size}`);
      return HttpResponse.json({ id: 'LPG-1', title: 'Pohon tumbang', status: 'submitted' }, { status: 201 });
    }),
  );
  const resumed = createOutbox({ client, storage: reopened(), endpoints: [createReportWithPhotos] });
  await resumed.flush();
  expect(parts).toEqual(['pohon.jpg:4', 'photos:3']);
  expect(await reopened().load()).toEqual([]);
  resumed.close();
}

describe('IndexedDB storage', () => {
  it('keeps items with their photos (as Blobs) across a reload', async () => {
    const indexedDB = newIndexedDb();
    await expectPhotosSurvive(createIndexedDbOutboxStorage({ indexedDB }), () => createIndexedDbOutboxStorage({ indexedDB }));
  });

  it('replaces an item on put and ignores deleting a missing one', async () => {
    const storage = createIndexedDbOutboxStorage({ indexedDB: newIndexedDb(), name: 'test' });
    const item: OutboxItem = { id: 'a', queue: 'q', seq: 1, endpointId: 'reports.create', input: {}, state: 'queued', attempts: 0, createdAt: 1, updatedAt: 1, nextAttemptAt: 0 };
    await storage.put(item);
    await storage.put({ ...item, state: 'sending', attempts: 1 });
    expect(await storage.load()).toEqual([{ ...item, state: 'sending', attempts: 1 }]);
    await storage.delete('a');
    await storage.delete('a');
    expect(await storage.load()).toEqual([]);
  });

  it('fails clearly where IndexedDB does not exist', () => {
    expect(() => createIndexedDbOutboxStorage()).toThrow('IndexedDB is not available here');
  });
});

describe('file storage (@gerbang/client/node)', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'gerbang-outbox-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('keeps items with their photos (as bytes) across a restart', async () => {
    const dir = join(directory, 'photos');
    await expectPhotosSurvive(createFileOutboxStorage({ directory: dir }), () => createFileOutboxStorage({ directory: dir }));
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes atomically: leftovers of an interrupted write are ignored and cleaned up', async () => {
    const dir = join(directory, 'atomic');
    const storage = createFileOutboxStorage({ directory: dir });
    const item: OutboxItem = {
      id: 'x',
      queue: 'q',
      seq: 1,
      endpointId: 'reports.create',
      input: { body: { when: new Date('2026-06-15T03:00:00.000Z') } },
      state: 'queued',
      attempts: 0,
      createdAt: 1,
      updatedAt: 1,
      nextAttemptAt: 0,
    };
    await storage.put(item);
    // A crash in the middle of the next write leaves a torn temporary file and an orphan photo.
    await writeFile(join(dir, 'eA.json.tmp-abc'), '{"id": "x", "sta');
    await writeFile(join(dir, 'b3JwaGFu.0.bin'), 'orphan');
    const loaded = await createFileOutboxStorage({ directory: dir }).load();
    expect(loaded).toEqual([item]);
    expect(await readdir(dir)).toEqual(['eA.json']);
  });
});

describe('online signals', () => {
  it('reads the browser online state and events where they exist, and is harmless elsewhere', () => {
    expect(browserOnlineSignal().isOnline()).toBe(true);
    expect(() => {
      browserOnlineSignal().subscribe(() => undefined)();
    }).not.toThrow();
    const target = new EventTarget();
    const navigator = { onLine: false };
    vi.stubGlobal('navigator', navigator);
    vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
    vi.stubGlobal('removeEventListener', target.removeEventListener.bind(target));
    try {
      const signal = browserOnlineSignal();
      const heard: boolean[] = [];
      const off = signal.subscribe((online) => heard.push(online));
      expect(signal.isOnline()).toBe(false);
      target.dispatchEvent(new Event('online'));
      target.dispatchEvent(new Event('offline'));
      off();
      target.dispatchEvent(new Event('online'));
      expect(heard).toEqual([true, false]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('tells listeners only real changes of a manual signal', () => {
    const signal = createOnlineSignal(true);
    const heard: boolean[] = [];
    signal.subscribe((online) => heard.push(online));
    signal.set(true);
    signal.set(false);
    signal.set(false);
    signal.set(true);
    expect(heard).toEqual([false, true]);
  });
});
