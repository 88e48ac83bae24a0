/**
 * Vehicle tax down to the QR image, on the production build: the QRIS the citizen scans carries
 * the bill's total.
 */
import { parseQris } from '@gerbang/contracts';
import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
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

describe('vehicle tax', () => {
  it('looks a bill up by plate and chassis, and shows a QRIS whose amount is the bill’s total', async () => {
    const { context, page, errors } = await openApp(browser, '/m/pajak-kendaraan', 'pkb-submit');
    const vehicle = await page.evaluate(() => window.gerbangMock!.store.pkb.vehicles()[0]!);
    const module = page.getByTestId('gb-module-pajak-kendaraan');
    await module.getByTestId('pkb-plate').fill(vehicle.plate);
    await module.getByTestId('pkb-chassis').fill(vehicle.chassisNumberSuffix);
    await module.getByTestId('pkb-submit').click();

    const total = Number(await module.getByTestId('pkb-total').getAttribute('data-amount'));
    expect(total).toBeGreaterThan(0);
    await module.getByTestId('pkb-pay').click();
    // Paying asks for the `payments` permission once, with the manifest's rationale.
    const prompt = page.getByTestId('gb-permission-prompt');
    await prompt.or(module.getByTestId('pkb-qris')).first().waitFor();
    if (await prompt.isVisible()) await prompt.getByTestId('gb-permission-allow').click();

    const image = module.getByTestId('pkb-qris');
    await image.waitFor();
    await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0)).toBe(true);
    const png = PNG.sync.read(await image.screenshot({ path: `${SCREENSHOTS}pkb-qris.png` }));
    const decoded = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
    expect(decoded, 'the QR image could not be decoded').not.toBeNull();
    const qris = parseQris(decoded!.data, { mode: 'lenient' });
    expect(qris.ok, JSON.stringify(qris)).toBe(true);
    if (!qris.ok) return;
    expect(Number(qris.value.transactionAmount)).toBe(total);
    expect(decoded!.data).toBe(await image.getAttribute('data-payload'));
    expect(errors).toEqual([]);
    await context.close();
  });
});
