/**
 * The real `createReport` endpoint of the contracts (multipart: a JSON `report` part and photo
 * files), queued through the outbox over IndexedDB, as the Lampung In app does.
 */
import { createApiClient, createIndexedDbOutboxStorage, createOnlineSignal, createOutbox, type ContractViolationEvent, type IndexedDbFactory } from '@gerbang/client';
import { createReport } from '@gerbang/contracts';
import { IDBFactory } from 'fake-indexeddb';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BASE_URL, server } from './fixtures.ts';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
});

const draft = {
  report: {
    categoryCode: 'jalan-rusak',
    description: 'Jalan berlubang dalam di depan SDN 2 Rajabasa, membahayakan pengendara motor.',
    location: { point: { lat: -5.3739, lng: 105.2404 }, landmark: 'Depan SDN 2 Rajabasa', regionCode: '18.71.01.1001' },
  },
  photos: [new File([new Uint8Array(5000).fill(9)], 'lubang.jpg', { type: 'image/jpeg' })],
};

it('queues a report with a photo and uploads it as multipart, the report as an application/json part', async () => {
  const received: { key: string | null; report: unknown; reportType: string; photos: string[] }[] = [];
  server.use(
    http.post(`${BASE_URL}/reports`, async ({ request }) => {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- a test server may parse a small form in memory
      const form = await request.formData();
      const report = form.get('report') as Blob;
      received.push({
        key: request.headers.get('idempotency-key'),
        report: JSON.parse(await report.text()),
        reportType: report.type,
        photos: form.getAll('photos').map((photo) => `${(photo as Blob & { name: string }).name}:${(photo as Blob).type}:${(photo as Blob).size}`),
      });
      return HttpResponse.json({ ticket: 'LPG-2026-000123' }, { status: 201 });
    }),
  );
  const client = createApiClient({ baseUrl: BASE_URL, validation: 'tolerant' });
  const violations: ContractViolationEvent[] = [];
  client.on('contract-violation', (event) => violations.push(event));
  const indexedDB = new (IDBFactory as unknown as new () => IndexedDbFactory)();
  const online = createOnlineSignal(false);
  const first = createOutbox({ client, storage: createIndexedDbOutboxStorage({ indexedDB }), endpoints: [createReport], online });
  const item = await first.enqueue(createReport, { body: draft }, { queue: 'reports', idempotencyKey: 'draft-rajabasa-1' });
  first.close();

  // The app is reopened with a signal: a new outbox resumes the stored report and its photo.
  const resumed = createOutbox({ client, storage: createIndexedDbOutboxStorage({ indexedDB }), endpoints: [createReport] });
  await resumed.flush();
  expect(received).toEqual([
    {
      key: item.id,
      report: { ...draft.report, visibility: 'private', anonymous: false, channel: 'app' },
      reportType: 'application/json',
      photos: ['lubang.jpg:image/jpeg:5000'],
    },
  ]);
  // The stub answers with a ticket only, so tolerant mode reports what is missing.
  expect(violations[0]?.endpointId).toBe('reports.create');
  expect(await resumed.items()).toEqual([]);
  resumed.close();
});

it('refuses a photo that is not an image before anything is stored', async () => {
  const client = createApiClient({ baseUrl: BASE_URL });
  const outbox = createOutbox({ client, storage: createIndexedDbOutboxStorage({ indexedDB: new (IDBFactory as unknown as new () => IndexedDbFactory)() }), endpoints: [createReport] });
  const error = await outbox
    .enqueue(createReport, { body: { ...draft, photos: [new File(['%PDF'], 'surat.pdf', { type: 'application/pdf' })] } })
    .catch((caught: unknown) => caught as { issues: { path: unknown[] }[] });
  expect((error as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['body', 'photos', 0]);
  expect(await outbox.items()).toEqual([]);
  outbox.close();
});
