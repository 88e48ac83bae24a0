/**
 * The QRIS of a payment as a real browser shows it: the module's QR image component renders a
 * payment's payload in headless Chromium, the image is screenshotted, and the screenshot's pixels
 * are decoded with jsQR and read back with `parseQris`. A code that scans to anything else, or to
 * another amount, fails.
 */
import { parseQris } from '@gerbang/contracts';
import { createMockStore } from '@gerbang/mocks';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePageScript } from '../../../../../scripts/lib/browser-page.ts';
import { launchChromium } from '../../../../../scripts/lib/chromium.ts';

const SETUP_TIMEOUT_MS = 60_000;

let browser: Browser | undefined;
let page: Page | undefined;
const pageErrors: string[] = [];

beforeAll(async () => {
  const script = await bundlePageScript(new URL('qr-page.ts', import.meta.url));
  const launched = await launchChromium();
  browser = launched;
  page = await launched.newPage({ viewport: { width: 360, height: 640 } });
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  await page.setContent('<!doctype html><html lang="id"><head><meta charset="utf-8"><title>QRIS</title></head><body style="margin:0;background:#fff"><main id="root"></main></body></html>');
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => typeof window.renderQris === 'function');
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
}, SETUP_TIMEOUT_MS);

/** Decodes the QR code in a PNG screenshot: the page draws it on a canvas, jsQR reads the pixels. */
async function decodeScreenshot(png: Buffer): Promise<string | undefined> {
  const pixels = await page!.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  }, png.toString('base64'));
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data;
}

describe('the QRIS image in Chromium', () => {
  it('scans to the payment payload, which parses and carries the bill amount', async () => {
    const store = createMockStore();
    const [vehicle] = store.pkb.vehicles();
    const bill = store.pkb.inquire(vehicle!.plate, vehicle!.chassisNumberSuffix)!;
    const payment = store.pkb.createPayment(bill.billId, 'qris');
    const payload = payment.qrisPayload!;

    await page!.evaluate(([text, alt]) => window.renderQris(text, alt), [payload, `QRIS ${bill.total}`] as const);
    const image = page!.locator('[data-testid="pkb-qris"]');
    expect(await image.getAttribute('data-payload')).toBe(payload);
    const box = await image.boundingBox();
    expect(box?.width).toBe(240);

    const scanned = await decodeScreenshot(await image.screenshot());
    expect(scanned).toBe(payload);
    const qris = parseQris(scanned ?? '');
    expect(qris.ok).toBe(true);
    expect(Number(qris.value?.transactionAmount)).toBe(bill.total);
    expect(qris.value?.additionalData?.billNumber).toBe(payment.paymentCode);
    expect(pageErrors).toEqual([]);
  });

  it('scans a blank screenshot to nothing, so a decode above is real', async () => {
    await page!.evaluate(() => {
      document.getElementById('root')!.replaceChildren();
    });
    const blank = await page!.screenshot({ clip: { x: 0, y: 0, width: 240, height: 240 } });
    expect(await decodeScreenshot(blank)).toBeUndefined();
  });
});
