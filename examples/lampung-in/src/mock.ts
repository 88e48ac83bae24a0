/**
 * The mock back end, in the browser: `@gerbang/mocks` on msw's worker, which shares the app's
 * service worker (`/sw.js` imports msw's). Loaded only when the build has no `VITE_API_URL`, in a
 * chunk of its own.
 */
import { createMockStore, DEMO_CITIZEN } from '@gerbang/mocks';
import { startMockWorker, type MockWorker } from '@gerbang/mocks/browser';
import { http, HttpResponse } from 'msw';

/** Where the mock back end answers, on the app's own origin. */
export const MOCK_API_BASE = '/api';

/** The mock back end, and the token of its demo citizen (`DEMO_CITIZEN`), who owns most seeded reports. */
export type Mock = MockWorker & { readonly token: string };

/**
 * Starts the mock back end. Reports move one step along their lifecycle every 30 seconds, so a
 * demo shows statuses change.
 */
export async function startMock(): Promise<Mock> {
  const mock = await startMockWorker({
    baseUrl: MOCK_API_BASE,
    quiet: true,
    serviceWorkerUrl: '/sw.js',
    store: createMockStore({ autoProgress: { everyMs: 30_000 } }),
  });
  // msw answers in the page, so without this the mock would still answer with the network down
  // (Playwright's offline mode, a plane): fail like a real back end would, before any other handler.
  mock.worker.use(http.all(`${MOCK_API_BASE}/*`, () => (navigator.onLine ? undefined : HttpResponse.error())));
  return { ...mock, token: DEMO_CITIZEN };
}
