/**
 * The mock back end, in the browser: `@gerbang/mocks` on msw's worker, which shares the app's
 * service worker (`/sw.js` imports msw's). Loaded only when the build has no `VITE_API_URL`, in a
 * chunk of its own.
 */
import { createMockStore, DEMO_CITIZEN, type MockStoreData } from '@gerbang/mocks';
import { startMockWorker, type MockWorker } from '@gerbang/mocks/browser';
import { http, HttpResponse } from 'msw';

/** Where the mock back end answers, on the app's own origin. */
export const MOCK_API_BASE = '/api';

/** The mock back end, and the token of its demo citizen (`DEMO_CITIZEN`), who owns most seeded reports. */
export type Mock = MockWorker & { readonly token: string };

/** Where the tab keeps the mock back end's data between reloads. */
const STORE_KEY = 'gerbang.mock-store';

/** The data the tab kept, if any and readable; a new tab starts from the seed. */
function keptData(): MockStoreData | undefined {
  try {
    const kept = sessionStorage.getItem(STORE_KEY);
    return kept === null ? undefined : (JSON.parse(kept) as MockStoreData);
  } catch {
    return undefined;
  }
}

/**
 * Starts the mock back end. Reports move one step along their lifecycle every 30 seconds, so a
 * demo shows statuses change. Its data lives for the tab: what a citizen filed survives a reload,
 * as it would on a real back end.
 */
export async function startMock(): Promise<Mock> {
  const options = { autoProgress: { everyMs: 30_000 } };
  const data = keptData();
  let store;
  try {
    store = createMockStore(data === undefined ? options : { ...options, data });
  } catch {
    // Kept by an older version of the app: start again from the seed.
    store = createMockStore(options);
  }
  addEventListener('pagehide', () => {
    try {
      sessionStorage.setItem(STORE_KEY, JSON.stringify(store.snapshot()));
    } catch {
      // Storage full or off (private modes): the next load starts from the seed.
    }
  });
  const mock = await startMockWorker({ baseUrl: MOCK_API_BASE, quiet: true, serviceWorkerUrl: '/sw.js', store });
  // msw answers in the page, so without this the mock would still answer with the network down
  // (Playwright's offline mode, a plane): fail like a real back end would, before any other handler.
  mock.worker.use(http.all(`${MOCK_API_BASE}/*`, () => (navigator.onLine ? undefined : HttpResponse.error())));
  return { ...mock, token: DEMO_CITIZEN };
}
