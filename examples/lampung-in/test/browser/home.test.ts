/**
 * The home screen of the production build in headless Chromium: both brands from configuration
 * alone, English by `?lang=en`, and no module code before a module is opened.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Manifest } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appChunks } from '../../scripts/app.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../scripts/lib/chromium.ts';
import { APP_URL, DIST_DIR, launch, MODULE_IDS, openApp, SCREENSHOTS } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const tileIds = (ids: string[]): string[] => ids.map((id) => id.replace(/^gb-tile-/, '')).sort();

describe('the home screen', () => {
  it.each([
    ['lampung-in', 'Lampung In', 'Lampung In'],
    ['jakarta-style', 'Jakarta Kini', 'JAKI'],
  ])('renders under the %s brand: its name and a tile per module', async (brand, appName, shortName) => {
    const { context, page, errors } = await openApp(browser, `/?brand=${brand}`);
    expect(await page.title()).toBe(appName);
    expect([appName, shortName]).toContain(await page.getByRole('heading', { level: 1 }).innerText());
    const tiles = await page.locator('[data-testid^="gb-tile-"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid') ?? ''));
    expect(tileIds(tiles)).toEqual([...MODULE_IDS].sort());
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(`/manifest.${brand}.webmanifest`);
    await page.screenshot({ path: join(SCREENSHOTS, `home-${brand}.png`), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('remembers the brand from the URL for the session, and speaks English with ?lang=en', async () => {
    const { context, page, errors } = await openApp(browser, '/?brand=jakarta-style');
    await page.goto(new URL('/?lang=en', page.url()).href);
    await page.getByTestId('gb-home').waitFor();
    expect(await page.title()).toBe('Jakarta Kini');
    await expect.poll(() => page.getByTestId('gb-tile-aduan').innerText()).toContain('Report');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves a web app manifest built from each brand', () => {
    const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'manifest.jakarta-style.webmanifest'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Jakarta Kini', short_name: 'JAKI', theme_color: '#0057a8', display: 'standalone', start_url: '/?brand=jakarta-style' });
    expect(readFileSync(join(DIST_DIR, 'manifest.webmanifest'), 'utf8')).toBe(readFileSync(join(DIST_DIR, 'manifest.lampung-in.webmanifest'), 'utf8'));
  });

  it.each(['lampung-in', 'jakarta-style'])('is installable under the %s brand: Chromium finds nothing missing', async (brand) => {
    // A profile on disk: Chromium never offers to install from an incognito-like context.
    const profile = mkdtempSync(join(tmpdir(), 'gerbang-pwa-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
    try {
      const page = await context.newPage();
      await page.goto(`${APP_URL}/?brand=${brand}`);
      await page.getByTestId('gb-home').waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const cdp = await context.newCDPSession(page);
      const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
      expect(manifest.url).toBe(`${APP_URL}/manifest.${brand}.webmanifest`);
      expect(manifest.errors).toEqual([]);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('loads no module code before a tile is opened, then only that module’s', async () => {
    const chunks = appChunks(JSON.parse(readFileSync(join(DIST_DIR, '.vite/manifest.json'), 'utf8')) as Manifest);
    expect(chunks.modules.size).toBe(MODULE_IDS.length);
    const { context, page, errors, requests } = await openApp(browser, '/');
    const loadedModules = (): string[] => [...chunks.modules].filter(([, file]) => requests.includes(`/${file}`)).map(([id]) => id);
    for (const file of chunks.home) expect(requests).toContain(`/${file}`);
    expect(loadedModules(), JSON.stringify(requests)).toEqual([]);

    await page.getByTestId('gb-tile-darurat').click();
    await page.getByTestId('gb-module-darurat').locator('section').first().waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/m\/darurat\/?$/);
    expect(loadedModules()).toEqual(['darurat']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
