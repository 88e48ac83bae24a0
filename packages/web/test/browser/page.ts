/**
 * The page that `shell.test.ts` opens in Chromium: the mock back end on msw's service worker, and
 * `createWebApp` with two small modules, one that works and calls the API, one that throws when it
 * starts.
 */
import { listReportCategories } from '@gerbang/contracts';
import { defineModule } from '@gerbang/core';
import type { ModuleImplementation, ViewProps } from '@gerbang/core';
import type { ComponentChild } from 'preact';
import { DEMO_CITIZEN } from '@gerbang/mocks';
import { startMockWorker } from '@gerbang/mocks/browser';
import { createWebApp } from '@gerbang/web';
import { h, render } from 'preact';
import { testBrand } from '../support.ts';

const ICON =
  'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%2024%2024%22%3E%3Ccircle%20cx=%2212%22%20cy=%2212%22%20r=%2210%22/%3E%3C/svg%3E';

const manifest = (id: string, name: string, en: string, permissions: readonly { id: 'location'; rationale: { id: string; en: string } }[] = []) =>
  ({
    spec: 1,
    id,
    version: '0.1.0',
    name: { id: name, en },
    description: { id: `Layanan ${name} untuk pengujian.`, en: `The ${en} service, for tests.` },
    icon: ICON,
    category: 'informasi',
    keywords: { id: [name.toLowerCase()], en: [en.toLowerCase()] },
    permissions,
    routes: [{ name: 'detail', path: '/detail/:item' }],
    engine: '^0.1.0',
  }) as const;

const greeting: ModuleImplementation = {
  activate(ctx) {
    const view = (draw: (props: ViewProps, count: string) => ComponentChild) => ({
      mount(element: unknown, props: ViewProps) {
        const target = element as HTMLElement;
        const paint = (count: string) => {
          render(draw(props, count), target);
        };
        paint('…');
        ctx.api.call(listReportCategories, {}).then(
          (list) => {
            paint(String((list as { items: unknown[] }).items.length));
          },
          (error: unknown) => {
            paint(`error: ${(error as { code?: string }).code ?? 'unknown'}`);
          },
        );
        return () => {
          render(null, target);
        };
      },
    });
    ctx.views.register(
      'main',
      view((_props, count) =>
        h('section', { 'aria-labelledby': 'sapa-title', class: 'gb-sapa' }, [
          h('h2', { id: 'sapa-title' }, 'Sapa Warga'),
          h('p', { 'data-testid': 'sapa-categories' }, `Kategori laporan: ${count}`),
          h('a', { href: '/m/sapa/detail/satu' }, 'Lihat detail satu'),
        ]),
      ),
    );
    ctx.views.register(
      'detail',
      view((props) => h('section', { 'aria-labelledby': 'sapa-detail' }, [h('h2', { id: 'sapa-detail' }, `Detail ${props.params['item'] ?? ''}`)])),
    );
  },
};

const location: ModuleImplementation = {
  activate(ctx) {
    ctx.views.register('main', {
      mount(element: unknown) {
        const target = element as HTMLElement;
        const paint = (text: string) => {
          render(
            h('section', { 'aria-labelledby': 'lokasi-title' }, [h('h2', { id: 'lokasi-title' }, 'Lokasi Saya'), h('p', { role: 'status', 'data-testid': 'lokasi-status' }, text)]),
            target,
          );
        };
        paint('Menunggu izin…');
        ctx.permissions.request('location').then(
          () => {
            paint('Izin lokasi diberikan');
          },
          () => {
            paint('Izin lokasi ditolak');
          },
        );
        return () => {
          render(null, target);
        };
      },
    });
  },
};

const broken: ModuleImplementation = {
  activate() {
    throw new Error('this module breaks on purpose');
  },
};

await startMockWorker({ baseUrl: '/api', quiet: true });
const element = document.getElementById('app');
if (element === null) throw new Error('the page has no #app element');
const app = createWebApp({
  element,
  brand: testBrand(['sapa', 'rusak', 'lokasi'], { featured: ['sapa'] }),
  modules: [
    defineModule({ manifest: manifest('sapa', 'Sapa Warga', 'Citizen greeting'), load: () => Promise.resolve({ default: greeting }) }),
    defineModule({
      manifest: manifest('lokasi', 'Lokasi Saya', 'My location', [
        { id: 'location', rationale: { id: 'Untuk menandai tempat laporan Anda di peta.', en: 'To pin the place of your report on the map.' } },
      ]),
      load: () => Promise.resolve({ default: location }),
    }),
    defineModule({ manifest: manifest('rusak', 'Layanan Rusak', 'Broken service'), load: () => Promise.resolve({ default: broken }) }),
  ],
  apiBaseUrl: '/api',
  token: () => DEMO_CITIZEN,
});
await app.start();
Object.assign(globalThis, { __ready: true });
