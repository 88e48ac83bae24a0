/**
 * `@gerbang/mocks/browser`: the mock Gerbang back end in a browser, on msw's service worker
 * (`setupWorker`), for demos and browser tests. The app must serve msw's `mockServiceWorker.js`
 * from the root of its origin: run `npx msw init public --save`, or `copyMockServiceWorker()` of
 * `@gerbang/mocks/node` in a build script.
 *
 * @packageDocumentation
 */
import { createGerbangMocks, type GerbangMocks, type GerbangMocksOptions } from '../gerbang.ts';
import { setupWorker, type SetupWorker } from 'msw/browser';

/** The file name of msw's service worker script, which the app serves from the root of its origin. */
export const MOCK_SERVICE_WORKER_FILE = 'mockServiceWorker.js';

/** The options of {@link startMockWorker}. */
export interface MockWorkerOptions extends GerbangMocksOptions {
  /**
   * The URL the app serves msw's worker script from.
   * @default '/mockServiceWorker.js'
   */
  serviceWorkerUrl?: string;
  /**
   * Whether to leave out msw's "Mocking enabled" line in the browser console.
   * @default false
   */
  quiet?: boolean;
}

/** The mock back end in a browser, from {@link startMockWorker}. */
export interface MockWorker extends GerbangMocks {
  /** msw's worker, to add handlers at run time with `worker.use(...)`. */
  readonly worker: SetupWorker;
  /** Removes the handlers added with `worker.use`, reseeds the store and restarts the chaos sequences. */
  reset(): void;
  /** Stops the worker; requests go to the network again. */
  stop(): void;
}

/**
 * Starts the mock Gerbang back end in the browser with msw's service worker. Resolves once the
 * worker intercepts requests; requests to other hosts go to the network.
 *
 * @param options - The store, base URL, auth, chaos, extra routes and worker URL.
 * @example
 * ```ts
 * if (import.meta.env.DEV) {
 *   const mock = await startMockWorker({ baseUrl: '/api', quiet: true });
 *   window.gerbangMock = mock.store;
 * }
 * ```
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const { serviceWorkerUrl = `/${MOCK_SERVICE_WORKER_FILE}`, quiet = false, ...rest } = options;
  const mocks = createGerbangMocks(rest);
  const worker = setupWorker(...mocks.handlers);
  await worker.start({ serviceWorker: { url: serviceWorkerUrl }, quiet, onUnhandledRequest: 'bypass' });
  return {
    ...mocks,
    worker,
    reset() {
      worker.resetHandlers();
      mocks.store.reset();
      mocks.chaos?.reset();
    },
    stop() {
      worker.stop();
    },
  };
}
