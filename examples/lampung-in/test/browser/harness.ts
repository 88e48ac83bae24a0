/**
 * What the browser tests share: one headless Chromium per file, the production build served by
 * the global setup, a phone-sized page per test, and the page's errors collected.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MockWorker } from '@gerbang/mocks/browser';
import type { WebApp } from '@gerbang/web';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../../../scripts/lib/chromium.ts';

/** The origin the production build is served from. */
export const APP_URL = inject('appUrl');

/** The directory of the production build. */
export const DIST_DIR = inject('distDir');

/** Where screenshots go (ignored by git). */
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

/** The ids of the reference modules, in Lampung In's home order. */
export const MODULE_IDS = ['aduan', 'pajak-kendaraan', 'harga-pangan', 'berita', 'peringatan', 'darurat'] as const;

/** A page of the app in its own browser context. */
export interface AppPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors of the page, and what it logged as errors. */
  readonly errors: string[];
  /** Every URL path the page requested, in order. */
  readonly requests: string[];
}

/** Starts headless Chromium. */
export function launch(): Promise<Browser> {
  return launchChromium();
}

/**
 * Opens the app at a path in a fresh context (no cache, no service worker) on a 360 px wide
 * screen, and waits for `waitFor` (a `data-testid`), the home screen by default.
 */
export async function openApp(browser: Browser, path = '/', waitFor: string | null = 'gb-home'): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    geolocation: { latitude: -5.4292, longitude: 105.2613 },
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every 4xx/5xx answer and failed load itself; the tests check those by their effects.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === APP_URL) requests.push(url.pathname);
  });
  await page.goto(`${APP_URL}${path}`);
  if (waitFor !== null) await page.getByTestId(waitFor).first().waitFor();
  return { context, page, errors, requests };
}

declare global {
  interface Window {
    /** The mock back end and the app, which the example exposes in mock mode. */
    gerbangMock?: MockWorker & { readonly app: WebApp };
  }
}
