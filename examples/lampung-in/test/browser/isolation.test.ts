/**
 * What a broken or hostile part cannot do, on the production build: a module that throws when
 * opened gets an error card while the rest of the app works, and a hostile news article runs
 * nothing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('isolation', () => {
  it('shows an error card for a module that throws when opened, and the rest keeps working', async () => {
    // Jakarta-style lists no enabled modules, so a module registered at run time shows there.
    const { context, page, errors } = await openApp(browser, '/?brand=jakarta-style');
    const rejected = await page.evaluate(() => {
      const manifest = {
        spec: 1,
        id: 'rusak',
        version: '0.1.0',
        name: { id: 'Modul Rusak', en: 'Broken Module' },
        description: { id: 'Modul yang gagal saat dibuka, untuk pengujian.' },
        icon: 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%2024%2024%22%3E%3Ccircle%20cx=%2212%22%20cy=%2212%22%20r=%2210%22%20fill=%22currentColor%22/%3E%3C/svg%3E',
        category: 'informasi',
        routes: [{ name: 'main', path: '/' }],
        engine: '^0.1.0',
      };
      const implementation = {
        activate() {
          throw new Error('Modul rusak (uji)');
        },
      };
      // A module as `defineModule` of any copy of @gerbang/core makes it: a branded, versioned object.
      const result = window.gerbangMock!.app.register({ $$brand: '@gerbang/module', $$version: 1, manifest, load: () => Promise.resolve({ default: implementation }) } as never);
      return result.rejected.length;
    });
    expect(rejected).toBe(0);
    await page.getByTestId('gb-tile-rusak').click();
    const card = page.getByTestId('gb-error-card-rusak');
    await card.waitFor();
    expect(await card.getByTestId('gb-retry-rusak').isVisible()).toBe(true);

    await page.getByTestId('gb-back').or(page.locator('a[href="/"]')).first().click();
    await page.getByTestId('gb-tile-darurat').click();
    await page.getByTestId('gb-module-darurat').locator('section').first().waitFor();
    expect(await page.getByTestId('gb-error-card-darurat').count()).toBe(0);
    expect(errors.filter((error) => !error.includes('Modul rusak (uji)'))).toEqual([]);
    await context.close();
  });

  it('renders a hostile news article as text: no script runs and no dialog opens', async () => {
    const { context, page, errors } = await openApp(browser, '/');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const payload = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>';
    await page.evaluate((body) => {
      const store = window.gerbangMock!.store;
      const [latest] = store.news();
      store.publishNews({
        ...latest!,
        id: 'uji-keamanan',
        title: 'Pengumuman <svg onload="window.__pwned=3">',
        summary: '<iframe src="javascript:window.__pwned=4"></iframe>',
        bodyFormat: 'plain',
        body: `Isi berita.\n${body}\n<a href="javascript:window.__pwned=5">klik</a>`,
      });
    }, payload);
    // Within the app: a reload would start a new in-page mock back end, without the article.
    await page.evaluate(() => window.gerbangMock!.app.navigate('/m/berita'));
    const news = page.getByTestId('gb-module-berita');
    await news.getByRole('link', { name: /Pengumuman/ }).first().click();
    await news.getByText('Isi berita.', { exact: false }).first().waitFor();
    expect(await news.innerText()).toContain('<script>window.__pwned=2</script>');
    expect(await news.locator('script, iframe, img[src="x"], svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
