/**
 * The home screen of the production build in headless Chromium: both brands from configuration
 * alone, English by `?lang=en`, and no module code before a module is opened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Manifest } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appChunks } from '../../scripts/app.ts';
import { DIST_DIR, launch, MODULE_IDS, openApp, SCREENSHOTS } from './harness.ts';

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
