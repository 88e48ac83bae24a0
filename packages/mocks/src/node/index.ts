/**
 * `@gerbang/mocks/node`: the mock Gerbang back end in Node, on msw's `setupServer`, for tests and
 * scripts that call the API with `fetch` (or any client built on it).
 *
 * @packageDocumentation
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGerbangMocks, type GerbangMocks, type GerbangMocksOptions } from '../gerbang.ts';
import { setupServer, type SetupServer } from 'msw/node';

/** The options of {@link setupMockServer}. */
export interface MockServerOptions extends GerbangMocksOptions {
  /**
   * What to do with a request that no handler answers (other hosts: the mock back end answers
   * every path under its base URL). `bypass` lets it through to the network.
   * @default 'bypass'
   */
  onUnhandledRequest?: 'bypass' | 'error';
}

/** The mock back end in Node, from {@link setupMockServer}. */
export interface MockServer extends GerbangMocks {
  /** msw's server, to add handlers for one test with `server.use(...)`. */
  readonly server: SetupServer;
  /** Starts intercepting requests. */
  listen(): void;
  /** Removes the handlers added with `server.use`, reseeds the store and restarts the chaos sequences. */
  reset(): void;
  /** Stops intercepting requests. */
  close(): void;
}

/**
 * Sets up the mock Gerbang back end in Node with msw's `setupServer`. Call `listen()` before the
 * tests and `close()` after them.
 *
 * @param options - The store, base URL, auth, chaos and extra routes; see {@link MockServerOptions}.
 * @example
 * ```ts
 * const mock = setupMockServer({ baseUrl: 'https://api.lampung.example' });
 * beforeAll(() => mock.listen());
 * afterEach(() => mock.reset());
 * afterAll(() => mock.close());
 *
 * test('health', async () => {
 *   const response = await fetch('https://api.lampung.example/health');
 *   expect(response.status).toBe(200);
 * });
 * ```
 */
export function setupMockServer(options: MockServerOptions = {}): MockServer {
  const { onUnhandledRequest = 'bypass', ...rest } = options;
  const mocks = createGerbangMocks(rest);
  const server = setupServer(...mocks.handlers);
  return {
    ...mocks,
    server,
    listen() {
      server.listen({ onUnhandledRequest: onUnhandledRequest === 'bypass' ? 'bypass' : failUnhandled });
    },
    reset() {
      server.resetHandlers();
      mocks.store.reset();
      mocks.chaos?.reset();
    },
    close() {
      server.close();
    },
  };
}

/** Fails an unhandled request with a network error, without writing to the console. */
function failUnhandled(request: Request): void {
  throw new TypeError(`No mock handler answers ${request.method} ${request.url}`);
}

/**
 * The file path of msw's service worker script (`mockServiceWorker.js`), which a web app must
 * serve from the root of its origin for `startMockWorker` of `@gerbang/mocks/browser`.
 *
 * @example
 * ```ts
 * copyFileSync(mockServiceWorkerPath(), 'public/mockServiceWorker.js');
 * ```
 */
export function mockServiceWorkerPath(): string {
  const base = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
  return createRequire(base).resolve('msw/mockServiceWorker.js');
}

/**
 * Copies msw's service worker script into a directory that a web app serves from the root of its
 * origin (such as `public/`), the same as `npx msw init public`.
 *
 * @param directory - The directory, created if missing.
 * @returns The path of the copy.
 * @example
 * ```ts
 * copyMockServiceWorker('examples/lampung-in/public');
 * ```
 */
export function copyMockServiceWorker(directory: string): string {
  mkdirSync(directory, { recursive: true });
  const target = join(directory, 'mockServiceWorker.js');
  copyFileSync(mockServiceWorkerPath(), target);
  return target;
}
