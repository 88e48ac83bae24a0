/**
 * `pnpm bench`: what lazy modules save. Builds the app for production as shipped (mock mode), and
 * twice against a back end URL: with modules loading when opened (lazy), and with every module's
 * code loaded up front (`VITE_EAGER_MODULES=1`). Then:
 *
 * - prints the gzip size of the JavaScript the home screen needs (the entry and its static
 *   imports, from the Vite manifest), of each module's lazy chunk and of the mock back end's chunk;
 * - times the first render (the first home tile in the DOM, and the first contentful paint) in
 *   headless Chromium with the CPU slowed down 4× (a low-end phone), the median of N cold loads
 *   of each of the lazy and eager builds, taken in turns;
 * - prints the eager/lazy ratios.
 *
 * Usage: pnpm bench [-- --runs 9]
 */
/* global window, document, MutationObserver -- in functions that run in the page */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../../scripts/lib/chromium.ts';
import { appChunks, buildApp, serveApp } from './app.ts';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag === -1 ? 7 : Number(process.argv[runsFlag + 1]);
const CPU_SLOWDOWN = 4;

const gzipSize = (dir, file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function sizes(dir) {
  const chunks = appChunks(JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')));
  const home = chunks.home.reduce((sum, file) => sum + gzipSize(dir, file), 0);
  const modules = new Map([...chunks.modules].map(([id, file]) => [id, gzipSize(dir, file)]));
  const deferred = chunks.deferred.reduce((sum, file) => sum + gzipSize(dir, file), 0);
  return { home, deferred, modules, mock: chunks.mock === undefined ? undefined : gzipSize(dir, chunks.mock) };
}

/** One cold load: a fresh browser context, the CPU slowed down, until the first tile is in the DOM. */
async function firstRender(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.querySelector('[data-testid^="gb-tile-"]') === null) return;
      window.__firstTile = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstTile !== undefined, undefined, { timeout: 60_000 });
  // The paint entry is queued after the frame is drawn.
  await page
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 })
    .catch(() => undefined);
  const result = await page.evaluate(() => ({
    tile: window.__firstTile,
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  await context.close();
  return result;
}

// The shipped build (mock mode) gives the sizes; two builds against a back end URL give the
// timings, so that starting the mock back end in the page (which the app awaits) does not drown
// what lazy modules change. The home screen needs no API call to draw its tiles.
const shipped = { outDir: 'test-results/bench/shipped', env: { VITE_API_URL: '', VITE_EAGER_MODULES: '0' } };
const builds = [
  { name: 'lazy (as shipped)', outDir: 'test-results/bench/lazy', env: { VITE_API_URL: '/api', VITE_EAGER_MODULES: '0' } },
  { name: 'eager (all modules up front)', outDir: 'test-results/bench/eager', env: { VITE_API_URL: '/api', VITE_EAGER_MODULES: '1' } },
];

process.stdout.write('Building the app for production, as shipped, lazy and eager...\n');
for (const build of [shipped, ...builds]) {
  build.dir = await buildApp({ outDir: build.outDir, env: { VITE_BRAND: 'lampung-in', ...build.env } });
  build.sizes = sizes(build.dir);
}

const [lazy, eager] = builds;
const lines = ['', 'JavaScript, gzip -9 (the home screen\'s budget: 60 kB)'];
lines.push(`  home screen, as shipped: ${kb(shipped.sizes.home)}  (entry + static imports, mock mode)`);
lines.push(`  home screen, lazy:       ${kb(lazy.sizes.home)}  (with a back end URL)`);
lines.push(`  home screen, eager:      ${kb(eager.sizes.home)}  (${(eager.sizes.home / lazy.sizes.home).toFixed(2)}× lazy)`);
lines.push(`  after the first screen:  ${kb(shipped.sizes.deferred)}  (the offline outbox, loaded once the home screen is drawn)`);
for (const [id, size] of shipped.sizes.modules) lines.push(`  module ${id.padEnd(17)} ${kb(size)}  (lazy chunk)`);
if (shipped.sizes.mock !== undefined) lines.push(`  mock back end            ${kb(shipped.sizes.mock)}  (its own chunk, mock mode only)`);
process.stdout.write(`${lines.join('\n')}\n`);

const servers = [];
const browser = await launchChromium();
try {
  for (const build of builds) {
    const served = await serveApp(build.dir);
    servers.push(served.server);
    build.url = served.url;
    build.times = [];
  }
  process.stdout.write(`\nFirst render, CPU ${CPU_SLOWDOWN}× slower, ${RUNS} cold loads each (median)\n`);
  for (let run = 0; run < RUNS; run++) {
    for (const build of run % 2 === 0 ? builds : [...builds].reverse()) build.times.push(await firstRender(browser, build.url));
  }
  for (const build of builds) {
    build.tile = median(build.times.map((time) => time.tile));
    const paints = build.times.map((time) => time.paint).filter((paint) => paint !== undefined);
    build.paint = paints.length === 0 ? undefined : median(paints);
    const paint = build.paint === undefined ? 'n/a' : `${build.paint.toFixed(0)} ms`;
    process.stdout.write(`  ${build.name.padEnd(30)} first tile ${build.tile.toFixed(0)} ms, first contentful paint ${paint}\n`);
  }
  process.stdout.write(`  eager / lazy: first tile ${(eager.tile / lazy.tile).toFixed(2)}×`);
  if (eager.paint !== undefined && lazy.paint !== undefined) process.stdout.write(`, first contentful paint ${(eager.paint / lazy.paint).toFixed(2)}×`);
  process.stdout.write('\n');
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
