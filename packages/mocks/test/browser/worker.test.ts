/**
 * `@gerbang/mocks/browser` in a real browser: a page served over HTTP by this test starts the mock
 * back end on msw's service worker in headless Chromium, and calls it with the browser's `fetch`.
 * The page script is `page.ts`, bundled here with esbuild as an app's bundler would.
 *
 * Chromium comes from the system (`CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`).
 */
import {
  cursorPageSchema,
  healthSchema,
  PROBLEM_CONTENT_TYPE,
  reportSchema,
  unauthorizedProblem,
  validate,
} from '@gerbang/contracts';
import { DEMO_CITIZEN, MOCK_BACKEND_VERSION } from '@gerbang/mocks';
import { MOCK_SERVICE_WORKER_FILE } from '@gerbang/mocks/browser';
import { mockServiceWorkerPath } from '@gerbang/mocks/node';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { bundlePageScript, servePage, type PageServer } from '../../../../scripts/lib/browser-page.ts';
import { launchChromium } from '../../../../scripts/lib/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageExchange, PageResults } from './page.ts';

const SETUP_TIMEOUT_MS = 60_000;

const INDEX_HTML = `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Gerbang mock worker</title>
    <script type="module" src="/page.js"></script>
  </head>
  <body></body>
</html>
`;

let server: PageServer | undefined;
let browser: Browser | undefined;
let results: PageResults | undefined;
const pageErrors: string[] = [];
const consoleMessages: { type: string; text: string; url: string }[] = [];

beforeAll(async () => {
  const files = new Map([
    ['/', { type: 'text/html; charset=utf-8', body: INDEX_HTML }],
    ['/page.js', { type: 'text/javascript; charset=utf-8', body: await bundlePageScript(new URL('page.ts', import.meta.url)) }],
    [`/${MOCK_SERVICE_WORKER_FILE}`, { type: 'text/javascript; charset=utf-8', body: readFileSync(mockServiceWorkerPath(), 'utf8') }],
  ]);
  server = await servePage(files);

  browser = await launchChromium();
  const page = await browser.newPage();
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text(), url: message.location().url }));
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  // 127.0.0.1 is a secure context, so the page may register a service worker over plain HTTP.
  await page.goto(`${server.origin}/`);
  // An error thrown outside the page script's own catch (a broken bundle) ends the wait at once.
  const thrown = new Promise<never>((_resolve, reject) => page.once('pageerror', reject));
  thrown.catch(() => undefined);
  await Promise.race([page.waitForFunction(() => '__results' in globalThis, undefined, { timeout: SETUP_TIMEOUT_MS }), thrown]);
  results = await page.evaluate(() => (globalThis as { __results?: PageResults }).__results);
}, SETUP_TIMEOUT_MS * 2);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, SETUP_TIMEOUT_MS);

/** The page's results, failing with the page's own error when it could not finish. */
function pageResults(): Extract<PageResults, { ok: true }> {
  expect(results, 'the page left no results').toBeDefined();
  if (results?.ok !== true) throw new Error(`The page failed: ${results?.error ?? 'no results'}`);
  return results;
}

const bodyOf = (exchange: PageExchange) => exchange.body as Record<string, unknown>;

describe('startMockWorker in headless Chromium', () => {
  it('starts without page errors or console output, and answers without reaching the server', () => {
    const page = pageResults();
    expect(pageErrors).toEqual([]);
    // Chromium itself logs every 4xx answer as a failed resource load; the one expected is the 401.
    const failedLoads = consoleMessages.filter((message) => message.text.startsWith('Failed to load resource'));
    expect(consoleMessages.filter((message) => !failedLoads.includes(message))).toEqual([]);
    expect(failedLoads.map((message) => [new URL(message.url).pathname, message.text.includes('401')])).toEqual([['/api/me/reports', true]]);
    expect(page.mockErrors).toEqual([]);
    // Every API call was answered in the browser: the server only ever saw its three files.
    // Requests the page sent to the HTTP server for anything but the three files it serves.
    expect(server?.unexpected).toEqual([]);
    expect(server?.requests).toEqual(expect.arrayContaining(['/', '/page.js', `/${MOCK_SERVICE_WORKER_FILE}`]));
  });

  it('answers the health check from the mock, in the contract’s shape', () => {
    const { health } = pageResults();
    expect(health.status).toBe(200);
    expect(health.contentType).toContain('application/json');
    expect(validate(healthSchema, health.body).error?.message).toBeUndefined();
    expect(health.body).toEqual({ status: 'ok', version: MOCK_BACKEND_VERSION, time: '2026-11-02T09:00:00+07:00' });
  });

  it('answers 401 with a problem document when an endpoint that needs auth gets no token', () => {
    const { unauthenticated } = pageResults();
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.contentType).toContain(PROBLEM_CONTENT_TYPE);
    expect(unauthenticated.wwwAuthenticate).toBe('Bearer');
    expect(validate(unauthorizedProblem, unauthenticated.body).error?.message).toBeUndefined();
    expect(unauthenticated.body).toMatchObject({ status: 401, type: 'https://gerbang.dev/problems/unauthorized' });
  });

  it('files a multipart report once for one Idempotency-Key, and replays the answer to the retry', () => {
    const { created, replayed, reportsBefore, reportsAfter } = pageResults();
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(validate(reportSchema, created.body).error?.message).toBeUndefined();
    expect(created.body).toMatchObject({
      status: 'submitted',
      categoryCode: 'jalan-rusak',
      reporter: { id: DEMO_CITIZEN },
      photos: [{ bytes: 2048, mediaType: 'image/jpeg' }],
    });
    expect(created.replayed).toBeNull();
    expect(replayed.status).toBe(201);
    expect(replayed.replayed).toBe('true');
    expect(replayed.body).toEqual(created.body);
    expect(reportsAfter).toBe(reportsBefore + 1);
  });

  it('lists the filed report among the citizen’s own, once', () => {
    const { created, mine } = pageResults();
    expect(mine.status).toBe(200);
    expect(validate(cursorPageSchema(reportSchema), mine.body).error?.message).toBeUndefined();
    const ticket = bodyOf(created).ticket;
    const items = bodyOf(mine).items as { ticket: string }[];
    expect(items.filter((report) => report.ticket === ticket)).toHaveLength(1);
    expect(items[0]?.ticket).toBe(ticket);
  });
});
