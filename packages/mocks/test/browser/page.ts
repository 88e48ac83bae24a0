/**
 * The script of the page that `worker.test.ts` opens in Chromium. It starts the mock back end on
 * msw's service worker, calls it with the browser's own `fetch`, and leaves what it saw in
 * `window.__results` (a {@link PageResults}) for the test to check.
 */
import { IDEMPOTENCY_KEY_HEADER } from '@gerbang/contracts';
import { createMockStore, DEMO_CITIZEN, IDEMPOTENT_REPLAYED_HEADER } from '@gerbang/mocks';
import { startMockWorker } from '@gerbang/mocks/browser';

/** The mock back end's base URL, relative to the page's origin. */
const API_BASE = '/api';

/** The store's clock, fixed so that the health check's time is known. */
const PAGE_NOW = '2026-11-02T09:00:00+07:00';

/** One HTTP exchange as the page saw it. */
export interface PageExchange {
  status: number;
  contentType: string | null;
  /** The `Idempotent-Replayed` header, or `null`. */
  replayed: string | null;
  /** The `WWW-Authenticate` header, or `null`. */
  wwwAuthenticate: string | null;
  body: unknown;
}

/** What the page leaves in `window.__results`. */
export type PageResults =
  | {
      ok: true;
      health: PageExchange;
      unauthenticated: PageExchange;
      created: PageExchange;
      replayed: PageExchange;
      mine: PageExchange;
      reportsBefore: number;
      reportsAfter: number;
      /** The messages of the back end's `onError` (a resolver answered outside its contract). */
      mockErrors: string[];
    }
  | { ok: false; error: string };

async function exchange(path: string, init: RequestInit = {}): Promise<PageExchange> {
  const response = await fetch(`${API_BASE}${path}`, init);
  const contentType = response.headers.get('Content-Type');
  const text = await response.text();
  return {
    status: response.status,
    contentType,
    replayed: response.headers.get(IDEMPOTENT_REPLAYED_HEADER),
    wwwAuthenticate: response.headers.get('WWW-Authenticate'),
    body: contentType !== null && contentType.includes('json') ? (JSON.parse(text) as unknown) : text,
  };
}

/** A report form as the app sends it: the draft as JSON and one small JPEG. */
function reportForm(): FormData {
  const draft = {
    categoryCode: 'jalan-rusak',
    description: 'Lubang besar di depan sekolah, diuji dari peramban.',
    location: { point: { lat: -5.3971, lng: 105.2668 }, landmark: 'Depan SD', regionCode: '18.71' },
    visibility: 'public',
    anonymous: false,
    channel: 'app',
  };
  const form = new FormData();
  form.append('report', new Blob([JSON.stringify(draft)], { type: 'application/json' }));
  form.append('photos', new File([new Uint8Array(2048)], 'lubang.jpg', { type: 'image/jpeg' }));
  return form;
}

async function run(): Promise<PageResults> {
  const mockErrors: string[] = [];
  const mock = await startMockWorker({
    baseUrl: API_BASE,
    quiet: true,
    store: createMockStore({ seed: 'browser', now: () => Date.parse(PAGE_NOW) }),
    onError: (error, endpoint) => mockErrors.push(`${endpoint.id}: ${describeError(error)}`),
  });
  const citizen = { Authorization: `Bearer ${DEMO_CITIZEN}` };
  const health = await exchange('/health');
  const unauthenticated = await exchange('/me/reports');
  const reportsBefore = mock.store.reports.count();
  const file = () => exchange('/reports', { method: 'POST', body: reportForm(), headers: { ...citizen, [IDEMPOTENCY_KEY_HEADER]: 'browser-report-1' } });
  const created = await file();
  const replayed = await file();
  const reportsAfter = mock.store.reports.count();
  const mine = await exchange('/me/reports?limit=50', { headers: citizen });
  return { ok: true, health, unauthenticated, created, replayed, mine, reportsBefore, reportsAfter, mockErrors };
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}

const results = await run().catch((error: unknown): PageResults => ({ ok: false, error: describeError(error) }));
Object.assign(globalThis, { __results: results });
