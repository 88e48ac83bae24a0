// @vitest-environment happy-dom
import { lampungIn } from '@gerbang/brand';
import { createWebApp } from '@gerbang/web';
import type { WebApp, WebAppOptions } from '@gerbang/web';
import { describe, expect, it } from 'vitest';
import { brokenModule, brokenViewModule, greetingModule } from './fixtures.ts';
import { BASE, setupShellTests } from './shell-harness.ts';
import { byTestId, testBrand, until } from './support.ts';

const shell = setupShellTests({
  brand: testBrand(['salam', 'cuaca', 'rusak']),
  modules: [greetingModule('salam', 'Salam'), greetingModule('cuaca', 'Cuaca'), brokenModule('rusak')],
});
let app: WebApp | undefined;

async function start(overrides: Partial<WebAppOptions> = {}, path = '/'): Promise<WebApp> {
  app = await shell.start(overrides, path);
  return app;
}

const heading = (moduleId: string) => byTestId(`gb-module-${moduleId}`)?.querySelector('h2')?.textContent;

describe('createWebApp', () => {
  it('renders the home screen with a tile link per module, and sets the language', async () => {
    await start();
    expect(byTestId('gb-home')).not.toBeNull();
    expect(document.documentElement.lang).toBe('id');
    const tile = byTestId('gb-tile-salam') as HTMLAnchorElement;
    expect(tile.tagName).toBe('A');
    expect(tile.getAttribute('href')).toBe('/m/salam/');
    expect(tile.textContent).toBe('Salam');
    expect(document.querySelector('h1')?.textContent).toBe('Lampung In');
    expect(document.querySelectorAll('main')).toHaveLength(1);
  });

  it('draws the home screen of a first load with a query, in its language, without taking focus from the page', async () => {
    await start({}, '/?lang=en');
    expect(byTestId('gb-home')).not.toBeNull();
    expect(location.search).toBe('?lang=en');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.activeElement).toBe(document.body);
  });

  it('opens a tile in place: the view mounts, the address changes and focus moves to its heading', async () => {
    await start();
    byTestId('gb-tile-salam')?.click();
    await until(() => heading('salam') === 'Salam: id' && byTestId('gb-home') === null, 'the view');
    expect(location.pathname).toBe('/m/salam/');
    expect(document.activeElement?.textContent).toBe('Salam: id');

    byTestId('gb-back')?.click();
    await until(() => byTestId('gb-home') !== null, 'the home screen');
    expect(location.pathname).toBe('/');
    expect(byTestId('gb-module-salam')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Semua layanan');
  });

  it('follows links inside a view, ctx.navigate and the browser’s back button', async () => {
    await start();
    await app?.navigate('/m/salam/');
    await until(() => heading('salam') === 'Salam: id', 'the main view');
    byTestId('gb-module-salam')?.querySelector('a')?.click();
    await until(() => heading('salam') === 'Detail satu', 'the linked view');
    expect(location.pathname).toBe('/m/salam/detail/satu');

    byTestId('gb-module-salam')?.querySelector('button')?.click();
    await until(() => heading('salam') === 'Detail dua', 'the view opened by ctx.navigate');
    expect(location.pathname).toBe('/m/salam/detail/dua');

    history.back();
    await until(() => heading('salam') === 'Detail satu', 'the previous view after popstate');
    expect(location.pathname).toBe('/m/salam/detail/satu');
  });

  it('opens the deep link of the first load, in the language of ?lang=', async () => {
    await start({}, '/m/cuaca/detail/pagi?lang=en');
    await until(() => heading('cuaca') === 'Detail pagi' && byTestId('gb-home') === null, 'the deep-linked view');
    expect(document.documentElement.lang).toBe('en');
    expect(byTestId('gb-back')?.textContent).toContain('Back');
  });

  it('shows a not-found card for a link to no module or no route', async () => {
    await start();
    await app?.navigate('/m/tidak-ada/');
    await until(() => byTestId('gb-not-found') !== null, 'the not-found card');
    expect(byTestId('gb-not-found')?.querySelector('h2')?.textContent).toBe('Halaman tidak ditemukan');
    await app?.navigate('/');
    await until(() => byTestId('gb-home') !== null, 'the home screen');
    await app?.navigate('/m/salam/tidak/ada');
    await until(() => byTestId('gb-not-found') !== null, 'the not-found card of an unknown route');
    expect(location.pathname).toBe('/m/salam/tidak/ada');
  });

  it('shows an error card for a failing module, while the others keep working', async () => {
    await start();
    await app?.navigate('/m/rusak/');
    await until(() => byTestId('gb-error-card-rusak') !== null, 'the error card');
    const card = byTestId('gb-error-card-rusak');
    expect(card?.querySelector('h2')?.textContent).toBe('Rusak sedang bermasalah');
    expect(card?.textContent).toContain('dijalankan');
    expect(byTestId('gb-module-rusak')).toBeNull();

    const failures: string[] = [];
    app?.host.on('host:module-failed', ({ moduleId, phase }) => failures.push(`${moduleId}:${phase}`));
    byTestId('gb-retry-rusak')?.click();
    await until(() => failures.length === 1, 'the failure after the retry');
    await until(() => byTestId('gb-retry-rusak') !== null, 'the error card after the retry');
    expect(failures).toEqual(['rusak:activate']);

    await app?.navigate('/m/salam/');
    await until(() => heading('salam') === 'Salam: id', 'another module');
    expect(byTestId('gb-error-card-rusak')).toBeNull();
  });

  it('shows an error card when a view throws while mounting', async () => {
    await start({ modules: [brokenViewModule('layar')], brand: testBrand(['layar']) });
    await app?.navigate('/m/layar/');
    await until(() => byTestId('gb-error-card-layar') !== null, 'the error card');
    expect(byTestId('gb-error-card-layar')?.textContent).toContain('ditampilkan');
    expect(byTestId('gb-module-layar')).toBeNull();
  });

  it('retries a module that failed once, and shows its view on the same route', async () => {
    let attempts = 0;
    const flaky = greetingModule('labil', 'Labil');
    const module = {
      ...flaky,
      load: async () => {
        attempts++;
        if (attempts === 1) throw new Error('the network dropped while loading');
        return flaky.load();
      },
    };
    await start({ modules: [module], brand: testBrand(['labil']) });
    await app?.navigate('/m/labil/detail/x');
    await until(() => byTestId('gb-error-card-labil') !== null, 'the error card');
    expect(byTestId('gb-error-card-labil')?.textContent).toContain('dimuat');
    byTestId('gb-retry-labil')?.click();
    await until(() => heading('labil') === 'Detail x', 'the view after the retry');
    expect(location.pathname).toBe('/m/labil/detail/x');
  });

  it('shows a sign-in card for a module that needs login while signed out', async () => {
    const secret = greetingModule('rahasia', 'Rahasia');
    const module = { ...secret, manifest: { ...secret.manifest, loginRequired: true } };
    const citizen: { token?: string } = {};
    await start({ modules: [module], brand: testBrand(['rahasia']), token: () => citizen.token });
    await app?.navigate('/m/rahasia/');
    await until(() => byTestId('gb-login-card-rahasia') !== null, 'the sign-in card');
    expect(byTestId('gb-login-card-rahasia')?.textContent).toContain('Masuk ke akun Anda untuk menggunakan Rahasia');
    expect(app?.host.state('rahasia')).toBe('registered');
    citizen.token = 'demo-citizen';
    await app?.navigate('/m/rahasia/');
    await until(() => heading('rahasia') === 'Rahasia: id', 'the view once signed in');
  });

  it('filters the tiles with the catalogue’s search', async () => {
    await start();
    const search = byTestId('gb-search') as HTMLInputElement;
    search.value = 'cua';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => byTestId('gb-tile-salam') === null, 'the search results');
    expect(byTestId('gb-tile-cuaca')).not.toBeNull();
    expect(document.querySelector('[role="status"].gb-visually-hidden')?.textContent).toBe('1 layanan ditemukan.');
    search.value = 'zzz';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => byTestId('gb-tile-cuaca') === null, 'no results');
    expect(byTestId('gb-home')?.textContent).toContain('Tidak ada layanan untuk "zzz"');
  });

  it('refuses a brand that was not parsed, saying how to parse it', () => {
    const element = document.createElement('div');
    expect(() => createWebApp({ element, brand: lampungIn as never, modules: [], apiBaseUrl: BASE })).toThrow(/defineBrand\(preset\)/);
  });

  it('adds the tile of a module registered at run time', async () => {
    await start({ modules: [greetingModule('salam', 'Salam')], brand: testBrand(['salam', 'baru']) });
    expect(byTestId('gb-tile-baru')).toBeNull();
    app?.register(greetingModule('baru', 'Baru'));
    await until(() => byTestId('gb-tile-baru') !== null, 'the new tile');
  });
});
