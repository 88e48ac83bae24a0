/**
 * Citizen reports end to end on the production build: filing one with a photo, following its
 * status as the mock back end moves it, filing offline and across a reload, and deep links.
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, SCREENSHOTS } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** A small PNG photo, as a phone camera would hand the file input one. */
function photo(): { name: string; mimeType: string; buffer: Buffer } {
  const image = new PNG({ width: 32, height: 24 });
  for (let index = 0; index < image.data.length; index += 4) image.data.set([120, 90, 60, 255], index);
  return { name: 'jalan-berlubang.png', mimeType: 'image/png', buffer: PNG.sync.write(image) };
}

/** Fills the report form (category, description, photo, landmark and region) and sends it. */
async function fileReport(page: Page, description: string): Promise<void> {
  const form = page.getByTestId('gb-module-aduan');
  await form.getByTestId('aduan-category').locator('option[value="jalan-rusak"]').waitFor({ state: 'attached' });
  await form.getByTestId('aduan-category').selectOption('jalan-rusak');
  await form.getByTestId('aduan-description').fill(description);
  await form.getByTestId('aduan-photo').setInputFiles(photo());
  // The location: the device's (the shell asks the citizen first, with the manifest's rationale) and a landmark.
  await form.getByTestId('aduan-locate').click();
  const prompt = page.getByTestId('gb-permission-prompt');
  const located = form.locator('[role="status"]').filter({ hasText: /-5\.4/ });
  await prompt.or(located).first().waitFor();
  if (await prompt.isVisible()) await prompt.getByTestId('gb-permission-allow').click();
  await located.first().waitFor();
  await form.getByTestId('aduan-landmark').fill('Depan SD Negeri 2, Jl. Teuku Umar');
  await form.getByTestId('aduan-region').selectOption('18.71');
  await form.getByTestId('aduan-submit').click();
}

/** The reports in the in-page mock store with this description. */
const reportsWith = (page: Page, description: string): Promise<{ ticket: string; status: string }[]> =>
  page.evaluate(
    (text) =>
      window
        .gerbangMock!.store.reports.list()
        .filter((report) => report.description === text)
        .map((report) => ({ ticket: report.ticket, status: report.status })),
    description,
  );

describe('citizen reports', () => {
  it('files a report with a photo, lists it in “my reports”, and shows its status as it moves', async () => {
    const { context, page, errors } = await openApp(browser, '/m/aduan/baru', 'aduan-submit');
    const module = page.getByTestId('gb-module-aduan');
    const description = `Lubang besar di depan sekolah, uji peramban ${Date.now()}.`;
    await fileReport(page, description);
    await expect.poll(() => reportsWith(page, description)).toHaveLength(1);
    const [report] = await reportsWith(page, description);
    expect(report).toMatchObject({ status: 'submitted' });
    const ticket = report!.ticket;
    await page.getByTestId('aduan-sent').or(module.getByText(ticket)).first().waitFor();

    await page.evaluate(() => window.gerbangMock!.app.navigate('/m/aduan/saya'));
    await module.getByRole('link', { name: new RegExp(ticket) }).or(module.locator(`a[href$="/laporan/${ticket}"]`)).first().click();
    const status = module.locator('[data-status]').first();
    await expect.poll(() => status.getAttribute('data-status')).toBe('submitted');

    // The back end moves the report; the citizen refreshes and sees it.
    for (const next of ['verified', 'routed']) {
      await page.evaluate(([id, to]) => window.gerbangMock!.store.reports.advance(id!, to as 'verified'), [ticket, next]);
      await module.getByRole('button', { name: 'Perbarui' }).click();
      await expect.poll(() => status.getAttribute('data-status')).toBe(next);
    }
    await page.screenshot({ path: `${SCREENSHOTS}aduan-report.png`, fullPage: true });

    // A reload keeps what the citizen filed: the demo back end keeps its data for the tab.
    await page.reload();
    await module.locator(`[data-status]`).first().waitFor();
    await expect.poll(() => reportsWith(page, description)).toEqual([{ ticket, status: 'routed' }]);
    await expect.poll(() => module.locator('[data-status]').first().getAttribute('data-status')).toBe('routed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a report filed offline, across a reload, and sends it exactly once when the network returns', async () => {
    const { context, page, errors } = await openApp(browser, '/m/aduan/baru', 'aduan-submit');
    // The service worker has precached the app shell once it is ready.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.getByTestId('gb-offline-banner').waitFor();
    const description = `Pohon tumbang menutup jalan, dikirim tanpa sinyal ${Date.now()}.`;
    await fileReport(page, description);
    await page.getByTestId('aduan-queued').waitFor();
    expect(await reportsWith(page, description)).toEqual([]);

    // Offline, the service worker serves the app; the queued report is still on the device.
    await page.reload();
    await page.getByTestId('gb-home').or(page.getByTestId('gb-module-aduan')).first().waitFor();
    await expect.poll(() => page.getByTestId('gb-outbox').innerText()).not.toBe('');
    expect(await reportsWith(page, description)).toEqual([]);

    await context.setOffline(false);
    await expect.poll(() => reportsWith(page, description), { timeout: 30_000 }).toHaveLength(1);
    // Whatever else the outbox still does, the report stays sent once.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2_000)));
    expect(await reportsWith(page, description)).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a deep link to a report on first load', async () => {
    const first = await openApp(browser, '/');
    const ticket = await first.page.evaluate(() => window.gerbangMock!.store.reports.list({ owner: 'demo-citizen' })[0]!.ticket);
    await first.context.close();

    // The seeded data is the same in every fresh page, so the ticket exists in the next one too.
    const { context, page, errors } = await openApp(browser, `/m/aduan/laporan/${ticket}`, 'gb-module-aduan');
    await page.getByTestId('gb-module-aduan').getByText(ticket).first().waitFor();
    expect(await page.getByTestId('gb-module-aduan').locator('h1, h2').first().innerText()).not.toBe('');
    expect(new URL(page.url()).pathname).toBe(`/m/aduan/laporan/${ticket}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
