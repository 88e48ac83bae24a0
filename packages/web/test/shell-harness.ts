/**
 * The set-up of the shell tests in Node: the mock back end of a test file, and the app each test
 * starts.
 */
import { createMemoryOutboxStorage } from '@gerbang/client';
import { createReport } from '@gerbang/contracts';
import { setupMockServer, type MockServer } from '@gerbang/mocks/node';
import { createWebApp } from '@gerbang/web';
import type { WebApp, WebAppOptions } from '@gerbang/web';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** Where the mock back end of the shell tests answers. */
export const BASE = 'https://api.gerbang.test';

/**
 * Sets up the shell tests of a file: a mock back end for the whole file, and an app per test,
 * destroyed after it with the page and the address reset.
 *
 * @param defaults - The app's options besides its element, memory outbox and API address.
 * @returns The mock back end, and `start`, which starts an app at `path` with `overrides`.
 */
export function setupShellTests(defaults: Omit<WebAppOptions, 'element' | 'apiBaseUrl'>): {
  readonly mock: MockServer;
  start(overrides?: Partial<WebAppOptions>, path?: string): Promise<WebApp>;
} {
  const mock = setupMockServer({ baseUrl: BASE, onUnhandledRequest: 'error' });
  let app: WebApp | undefined;
  beforeAll(() => {
    mock.listen();
  });
  afterEach(async () => {
    await app?.destroy();
    app = undefined;
    mock.reset();
    document.body.replaceChildren();
    history.replaceState(null, '', '/');
  });
  afterAll(() => {
    mock.close();
  });
  return {
    mock,
    async start(overrides = {}, path = '/') {
      history.replaceState(null, '', path);
      const element = document.createElement('div');
      document.body.append(element);
      app = createWebApp({
        element,
        apiBaseUrl: BASE,
        outboxStorage: createMemoryOutboxStorage(),
        outboxEndpoints: [createReport],
        ...defaults,
        ...overrides,
      });
      await app.start();
      return app;
    },
  };
}
