/**
 * Article bodies in a real browser: the module's sanitizing render functions, bundled alone with
 * DOMPurify, render hostile bodies in headless Chromium. Nothing may run: a global flag that any
 * payload would set stays unset, no dialog opens, the page does not navigate or load anything,
 * and nothing is logged. Allowed formatting survives.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePage, type PageServer } from '../../../../../scripts/lib/browser-page.ts';
import { launchChromium } from '../../../../../scripts/lib/chromium.ts';
import type { BodyInput } from './page.ts';

const SETUP_TIMEOUT_MS = 60_000;

const INDEX_HTML = `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Berita</title>
    <script type="module" src="/page.js"></script>
  </head>
  <body><main id="root"></main></body>
</html>
`;

/** Every payload sets `window.__pwned` (or calls `alert`) if it runs. */
const HOSTILE_HTML = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src="x" onerror="window.__pwned = 'img-onerror'">`,
  `<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/%3E">`,
  `<a id="js" href="javascript:window.__pwned = 'javascript-link'">klik</a>`,
  `<a id="js-tab" href="&#x20;jav&#x09;ascript:window.__pwned = 'obfuscated-link'">klik</a>`,
  `<a id="vb" href="vbscript:msgbox(1)">vb</a>`,
  `<a id="data" href="data:text/html,<script>alert(1)</script>">data</a>`,
  `<svg onload="window.__pwned = 'svg-onload'"><circle r="1"/></svg>`,
  `<svg><animate onbegin="window.__pwned = 'svg-animate'" attributeName="x" dur="1s"/></svg>`,
  `<iframe srcdoc="<script>parent.__pwned = 'iframe-srcdoc'</script>"></iframe>`,
  `<iframe src="javascript:parent.__pwned = 'iframe-src'"></iframe>`,
  `<object data="javascript:window.__pwned = 'object'"></object>`,
  `<embed src="javascript:window.__pwned = 'embed'">`,
  `<form action="javascript:window.__pwned = 'form'"><button id="send">Kirim</button></form>`,
  `<details open ontoggle="window.__pwned = 'details'"><summary>x</summary></details>`,
  `<video><source onerror="window.__pwned = 'video'"></video>`,
  `<body onload="window.__pwned = 'body'">`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned = 'meta'">`,
  `<base href="javascript:/">`,
  `<style>@import 'x.css'; body { display: none }</style>`,
  `<p style="position:fixed;inset:0;background:red" onmouseover="window.__pwned = 'mouseover'" onfocus="window.__pwned = 'focus'" tabindex="0">overlay</p>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 'mxss'"></style></mglyph></table></mtext></math>`,
  `<noscript><p title="</noscript><img src=x onerror=&quot;window.__pwned = 'noscript'&quot;>"></p></noscript>`,
  `<a id="target" href="/m/aduan" target="_top" onclick="window.__pwned = 'onclick'">app</a>`,
  `<img src="https://media.gerbang.test/a.png" srcset="x 1x" onerror="window.__pwned = 'https-img'">`,
].join('\n');

const HOSTILE_MARKDOWN = [
  '<script>window.__pwned = "markdown-script"</script>',
  '<img src=x onerror="window.__pwned = \'markdown-img\'">',
  '[klik](javascript:window.__pwned=1) [data](data:text/html,x) ![x](javascript:alert(1)) ![y](http://insecure.example/a.png)',
  '<svg onload="alert(1)"> <iframe srcdoc="<script>alert(1)</script>">',
].join('\n\n');

const FORMATTED_MARKDOWN = [
  '## Jadwal',
  '',
  'Hujan **lebat** dan *petir* diperkirakan ~~reda~~ berlanjut. Kode `SIAGA-1`.',
  '',
  '- Pantau [peta banjir](/m/peringatan)',
  '- Hubungi [112](tel:112) atau [email](mailto:bpbd@lampungprov.go.id)',
  '',
  '1. Siapkan tas siaga',
  '2. Matikan listrik',
  '',
  '> Tetap tenang.',
  '',
  '![Peta genangan](https://media.gerbang.test/peta.png)',
  '',
  'Info lengkap di [BMKG](https://www.bmkg.go.id/cuaca).',
].join('\n');

/** A 1×1 transparent PNG. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let server: PageServer | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
let origin = '';
const pageErrors: string[] = [];
const consoleMessages: string[] = [];
const dialogs: string[] = [];
const navigations: string[] = [];
const popups: string[] = [];

async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  const script = await bundlePage();
  server = await servePage(
    new Map([
      ['/', { type: 'text/html; charset=utf-8', body: INDEX_HTML }],
      ['/page.js', { type: 'text/javascript; charset=utf-8', body: script }],
    ]),
  );
  origin = server.origin;
  const launched = await launchChromium();
  browser = launched;
  const context = await launched.newContext();
  // Images from the bodies' https host are answered here (a 1×1 PNG); any other request reaches
  // the test's server, which records it.
  await context.route('https://media.gerbang.test/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }));
  const opened = await context.newPage();
  page = opened;
  context.on('page', (popup) => popups.push(popup.url()));
  opened.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  opened.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  opened.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await opened.goto(`${origin}/`);
  await opened.waitForFunction(() => typeof window.renderBody === 'function');
  opened.on('framenavigated', (frame) => navigations.push(frame.url()));
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, SETUP_TIMEOUT_MS);

function render(input: BodyInput): Promise<string> {
  return page!.evaluate((body) => window.renderBody(body), input);
}

/**
 * Pokes every element of the bodies: hover, focus, and a click on everything but the links that
 * kept an href (those are allowed targets: following one is navigation, not a payload running).
 */
async function poke(): Promise<void> {
  await page!.evaluate(() => {
    for (const element of document.querySelectorAll('[data-testid="berita-body"] *')) {
      for (const type of ['mouseover', 'focus', 'toggle', 'load', 'error', 'animationstart']) element.dispatchEvent(new Event(type));
      if (!element.hasAttribute('href')) (element as HTMLElement).click();
    }
  });
  // Let whatever a payload could have scheduled (image errors, frames, timers) happen.
  await page!.waitForLoadState('networkidle');
  await page!.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

describe('hostile article bodies in Chromium', () => {
  it('run nothing when sanitized as HTML', async () => {
    const html = await render({ format: 'html', body: HOSTILE_HTML });
    await poke();

    expect(await page!.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(navigations).toEqual([]);
    expect(popups).toEqual([]);
    expect(page!.url()).toBe(`${origin}/`);
    expect(server?.unexpected).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleMessages).toEqual([]);

    const body = page!.locator('[data-testid="berita-body"]').last();
    expect(await body.locator('script, iframe, object, embed, form, svg, math, style, meta, base, details, video, noscript, button').count()).toBe(0);
    const attributes = await body.evaluate((element) => [...element.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((attribute) => `${node.tagName.toLowerCase()}[${attribute.name}]`)));
    expect(attributes.filter((name) => /\[(?:on|style|srcset|tabindex|id)/.test(name))).toEqual([]);
    expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
    // The app link stays, without the body's target; the https image is kept, lazily, without referrer.
    expect(await body.locator('a[href="/m/aduan"]:not([target])').count()).toBe(1);
    expect(await body.locator('img[src="https://media.gerbang.test/a.png"][loading="lazy"][referrerpolicy="no-referrer"]').count()).toBe(1);
  });

  it('run nothing as Markdown or plain text, where raw HTML is only text', async () => {
    const markdown = await render({ format: 'markdown', body: HOSTILE_MARKDOWN });
    const plain = await render({ format: 'plain', body: HOSTILE_HTML });
    await poke();

    expect(await page!.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(navigations).toEqual([]);
    expect(server?.unexpected).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleMessages).toEqual([]);
    expect(markdown).not.toMatch(/<(?:script|img|svg|iframe)|href="(?:javascript|data):/i);
    expect(markdown).toContain('&lt;script&gt;');
    expect(plain).not.toMatch(/<(?!\/?(?:p|br)>)/);
    const texts = await page!.locator('[data-testid="berita-body"]').allTextContents();
    expect(texts.at(-1)).toContain(`<script>window.__pwned = 'script'</script>`);
  });

  it('keep their formatting, and mark external links', async () => {
    await render({ format: 'markdown', body: FORMATTED_MARKDOWN });
    const body = page!.locator('[data-testid="berita-body"]').last();
    expect(await body.locator('h4').textContent()).toBe('Jadwal');
    expect(await body.locator('p strong').textContent()).toBe('lebat');
    expect(await body.locator('p em').textContent()).toBe('petir');
    expect(await body.locator('p del').textContent()).toBe('reda');
    expect(await body.locator('p code').textContent()).toBe('SIAGA-1');
    expect(await body.locator('ul > li').count()).toBe(2);
    expect(await body.locator('ol > li').count()).toBe(2);
    expect(await body.locator('blockquote').textContent()).toBe('Tetap tenang.');
    expect(await body.locator('a[href="/m/peringatan"]:not([target])').count()).toBe(1);
    expect(await body.locator('a[href="tel:112"]:not([target])').count()).toBe(1);
    expect(await body.locator('a[href="mailto:bpbd@lampungprov.go.id"]').count()).toBe(1);
    expect(await body.locator('img[src="https://media.gerbang.test/peta.png"]').getAttribute('alt')).toBe('Peta genangan');
    const external = body.locator('a[href="https://www.bmkg.go.id/cuaca"]');
    expect(await external.getAttribute('target')).toBe('_blank');
    expect(await external.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await external.textContent()).toContain('tautan eksternal');
    expect(pageErrors).toEqual([]);
  });

  it('are caught by these checks when they are not sanitized (the control)', async () => {
    await page!.evaluate((html) => {
      window.renderUnsafe(html);
    }, HOSTILE_HTML);
    await poke();
    await page!.waitForFunction(() => (window as { __pwned?: unknown }).__pwned !== undefined);
    expect(await page!.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeDefined();
  });
});
