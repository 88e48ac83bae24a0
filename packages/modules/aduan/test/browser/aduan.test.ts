/**
 * The reports module in headless Chromium: a real file input, the browser's geolocation behind
 * the module's permission request, multipart uploads through msw's service worker, and the
 * offline outbox. The page script is `page.ts`, bundled with esbuild as an app's bundler would.
 */
import { MOCK_SERVICE_WORKER_FILE } from '@gerbang/mocks/browser';
import { mockServiceWorkerPath } from '@gerbang/mocks/node';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePageScript, servePage, type PageServer } from '../../../../../scripts/lib/browser-page.ts';
import { launchChromium } from '../../../../../scripts/lib/chromium.ts';
import type { AduanPage } from './page.ts';

const SETUP_TIMEOUT_MS = 60_000;
const HERE = { latitude: -5.3971, longitude: 105.2668 };

const INDEX_HTML = `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Lapor</title>
    <script type="module" src="/page.js"></script>
  </head>
  <body></body>
</html>
`;

let server: PageServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

const reports = (): Promise<ReturnType<AduanPage['reports']>> => page.evaluate(() => window.__aduan!.reports());
const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

beforeAll(async () => {
  const files = new Map([
    ['/', { type: 'text/html; charset=utf-8', body: INDEX_HTML }],
    ['/page.js', { type: 'text/javascript; charset=utf-8', body: await bundlePageScript(new URL('page.ts', import.meta.url)) }],
    [`/${MOCK_SERVICE_WORKER_FILE}`, { type: 'text/javascript; charset=utf-8', body: readFileSync(mockServiceWorkerPath(), 'utf8') }],
  ]);
  server = await servePage(files);
  browser = await launchChromium();
  // A phone-sized window, with the browser's own location permission granted; the module still asks through the host.
  context = await browser.newContext({ viewport: { width: 360, height: 740 }, geolocation: HERE, permissions: ['geolocation'] });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.__aduan !== undefined || window.__aduanError !== undefined, undefined, { timeout: SETUP_TIMEOUT_MS });
  const failure = await page.evaluate(() => window.__aduanError);
  if (failure !== undefined) throw new Error(`The page failed: ${failure}`);
}, SETUP_TIMEOUT_MS * 2);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
}, SETUP_TIMEOUT_MS);

async function fill(description: string): Promise<void> {
  await byTestId('aduan-category').locator('option[value="jalan-rusak"]').waitFor({ state: 'attached' });
  await byTestId('aduan-category').selectOption('jalan-rusak');
  await byTestId('aduan-description').fill(description);
  await byTestId('aduan-photo').setInputFiles({ name: 'lubang.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(4096, 0xff) });
  await page.locator('.gb-aduan-photos img').waitFor();
  await byTestId('aduan-locate').click();
  await page.getByText('Lokasi ditandai').waitFor();
  await byTestId('aduan-landmark').fill('Depan SDN 2 Rajabasa');
  await byTestId('aduan-region').selectOption('18.71');
  await byTestId('aduan-visibility').selectOption('public');
}

describe('the reports module in Chromium', () => {
  it('files a report with a photo from the file input and the device location, and opens it', async () => {
    const before = (await reports()).length;
    await fill('Lubang besar, diuji dari peramban.');
    await byTestId('aduan-submit').click();
    await byTestId('aduan-ticket').waitFor();
    const ticket = await byTestId('aduan-ticket').textContent();
    const filed = await reports();
    expect(filed).toHaveLength(before + 1);
    expect(filed[0]).toEqual([ticket, 'Lubang besar, diuji dari peramban.', 1, '18.71']);
    expect(await byTestId('aduan-status').getAttribute('data-status')).toBe('submitted');
    expect(await byTestId('aduan-timeline').locator('li').count()).toBe(1);
  });

  it('keeps a report made without signal, and sends it once when the signal returns', async () => {
    await page.evaluate(() => window.__aduan!.navigate('/m/aduan/baru'));
    const before = (await reports()).length;
    await page.evaluate(() => {
      window.__aduan!.setOnline(false);
    });
    await fill('Dikirim saat sinyal kembali.');
    await byTestId('aduan-submit').click();
    await byTestId('aduan-queued').waitFor();
    expect(await reports()).toHaveLength(before);
    await page.evaluate(() => {
      window.__aduan!.setOnline(true);
    });
    await byTestId('aduan-sent').waitFor();
    const filed = await reports();
    expect(filed).toHaveLength(before + 1);
    expect(filed[0]?.[1]).toBe('Dikirim saat sinyal kembali.');
  });

  it('ran without page errors, console errors or requests that escaped the mock', () => {
    expect(pageErrors).toEqual([]);
    // Chromium cannot load the mock's synthetic photo URLs (media.gerbang.test); nothing else may fail.
    expect(consoleErrors.filter((text) => !text.startsWith('Failed to load resource'))).toEqual([]);
    expect(server?.unexpected).toEqual([]);
  });
});
