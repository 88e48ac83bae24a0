/**
 * `createWebApp` in headless Chromium: a page bundled with esbuild runs the shell with two small
 * modules against the mock back end on msw's service worker. It checks the tiles, opening a view,
 * error isolation, deep links on first load, and axe-core on the home screen and an open module.
 */
import { MOCK_SERVICE_WORKER_FILE } from '@gerbang/mocks/browser';
import { mockServiceWorkerPath } from '@gerbang/mocks/node';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundlePageScript, servePage, type PageServer } from '../../../../scripts/lib/browser-page.ts';
import { launchChromium } from '../../../../scripts/lib/chromium.ts';

const TIMEOUT_MS = 60_000;

const INDEX_HTML = `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Lampung In</title>
    <script type="module" src="/page.js"></script>
  </head>
  <body><div id="app"></div></body>
</html>
`;

let server: PageServer | undefined;
let browser: Browser | undefined;
let origin = '';
const problems: string[] = [];

beforeAll(async () => {
  const files = new Map([
    ['/page.js', { type: 'text/javascript; charset=utf-8', body: await bundlePageScript(new URL('page.ts', import.meta.url)) }],
    [`/${MOCK_SERVICE_WORKER_FILE}`, { type: 'text/javascript; charset=utf-8', body: readFileSync(mockServiceWorkerPath(), 'utf8') }],
  ]);
  // Every other path is the page itself: the app's deep links.
  server = await servePage(files, { fallback: { type: 'text/html; charset=utf-8', body: INDEX_HTML } });
  origin = server.origin;
  browser = await launchChromium();
}, TIMEOUT_MS * 2);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, TIMEOUT_MS);

let page: Page;
beforeEach(async () => {
  if (browser === undefined) throw new Error('Chromium did not start');
  page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
});

async function open(path: string): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => '__ready' in globalThis, undefined, { timeout: TIMEOUT_MS });
}

/** The axe-core violations of the page as it is now, each as `rule: targets`. */
async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (globalThis as unknown as { axe: typeof axe }).axe.run(document);
    if (result.passes.length === 0) return ['axe-core checked nothing'];
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

describe('createWebApp in headless Chromium', () => {
  it('renders a tile per module on the home screen, with no axe-core violations', async () => {
    await open('/');
    await page.getByTestId('gb-tile-sapa').waitFor();
    expect(await page.getByTestId('gb-home').locator('a.gb-tile').count()).toBe(3);
    expect(await page.getByTestId('gb-tile-rusak').textContent()).toBe('Layanan Rusak');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await axeViolations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, TIMEOUT_MS);

  it('opens a tile: the view mounts and calls the mock API, with no axe-core violations', async () => {
    await open('/');
    await page.getByTestId('gb-tile-sapa').click();
    const view = page.getByTestId('gb-module-sapa');
    await view.getByRole('heading', { name: 'Sapa Warga' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/m/sapa/');
    await expect.poll(() => view.getByTestId('sapa-categories').textContent(), { timeout: TIMEOUT_MS }).toMatch(/^Kategori laporan: [1-9]\d*$/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sapa Warga');
    expect(await axeViolations()).toEqual([]);

    await view.getByRole('link', { name: 'Lihat detail satu' }).click();
    await view.getByRole('heading', { name: 'Detail satu' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/m/sapa/detail/satu');
    await page.goBack();
    await view.getByRole('heading', { name: 'Sapa Warga' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  }, TIMEOUT_MS);

  it('shows an error card for the module that throws, and the other module still works', async () => {
    await open('/');
    await page.getByTestId('gb-tile-rusak').click();
    const card = page.getByTestId('gb-error-card-rusak');
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('Layanan Rusak sedang bermasalah');
    await page.getByTestId('gb-retry-rusak').click();
    await card.waitFor();
    expect(await axeViolations()).toEqual([]);

    await page.getByTestId('gb-back').click();
    await page.getByTestId('gb-tile-sapa').click();
    await page.getByTestId('gb-module-sapa').getByRole('heading', { name: 'Sapa Warga' }).waitFor();
    expect(await page.getByTestId('gb-error-card-rusak').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, TIMEOUT_MS);

  it('asks for a permission in an accessible modal dialog; Escape denies', async () => {
    await open('/');
    await page.getByTestId('gb-tile-lokasi').click();
    const dialog = page.getByRole('dialog', { name: 'Izin untuk Lokasi Saya' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await dialog.textContent()).toContain('Untuk menandai tempat laporan Anda di peta.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('gb-permission-deny');
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('gb-permission-deny');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('lokasi-status').textContent(), { timeout: TIMEOUT_MS }).toBe('Izin lokasi ditolak');
    expect(await page.getByTestId('gb-permission-prompt').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, TIMEOUT_MS);

  it('opens a deep link on first load, in English with ?lang=en', async () => {
    await open('/m/sapa/detail/dua?lang=en');
    await page.getByTestId('gb-module-sapa').getByRole('heading', { name: 'Detail dua' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByTestId('gb-back').textContent()).toContain('Back');
    expect((server?.requests ?? []).filter((path) => path.startsWith('/api'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, TIMEOUT_MS);
});
