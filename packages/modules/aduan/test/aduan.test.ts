// @vitest-environment happy-dom
import { defineBrand, lampungIn } from '@gerbang/brand';
import { outboxServiceRef, parseManifest, type PermissionId } from '@gerbang/contracts';
import { createSuperApp, provideService } from '@gerbang/core';
import { DEMO_CITIZEN } from '@gerbang/mocks';
import { setupMockServer } from '@gerbang/mocks/node';
import { aduanModule, ADUAN_MODULE_ID } from '@gerbang/module-aduan';
import { renderModule, type RenderedModule } from '@gerbang/web/testing';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const BASE = 'https://api.gerbang.test';
const mock = setupMockServer({ baseUrl: BASE, onUnhandledRequest: 'error' });
const here = { latitude: -5.3971, longitude: 105.2668, accuracy: 12 };

beforeAll(() => {
  mock.listen();
});
afterEach(() => {
  mock.reset();
  document.body.replaceChildren();
});
afterAll(() => {
  mock.close();
});

// The device's location, as the browser would give it once the permission is granted.
Object.defineProperty(navigator, 'geolocation', {
  configurable: true,
  value: {
    getCurrentPosition(success: (position: { coords: typeof here; timestamp: number }) => void) {
      success({ coords: here, timestamp: Date.now() });
    },
  },
});

async function until(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 400; tries++) {
    try {
      if (check()) return;
    } catch {
      // Not there yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const find = <T extends Element = HTMLElement>(view: RenderedModule, id: string): T | null => view.element.querySelector<T>(`[data-testid="${id}"]`);
function get<T extends Element = HTMLElement>(view: RenderedModule, id: string): T {
  const element = find<T>(view, id);
  if (element === null) throw new Error(`no element with data-testid="${id}"`);
  return element;
}

function choose(view: RenderedModule, id: string, value: string): void {
  const select = get<HTMLSelectElement>(view, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(view: RenderedModule, id: string, value: string): void {
  const field = get<HTMLInputElement | HTMLTextAreaElement>(view, id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function attach(view: RenderedModule, files: File[]): void {
  const input = get<HTMLInputElement>(view, 'aduan-photo');
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const unused = (): never => {
  throw new Error('the module code must not run');
};

const photo = (name = 'lubang.jpg'): File => new File([new Uint8Array(2048)], name, { type: 'image/jpeg' });

async function openForm(options: { online?: boolean } = {}): Promise<RenderedModule> {
  const view = await renderModule(aduanModule, { baseUrl: BASE, token: DEMO_CITIZEN, route: 'baru', ...options });
  await until(() => get<HTMLSelectElement>(view, 'aduan-category').options.length > 1, 'the categories');
  return view;
}

async function fillForm(view: RenderedModule, description: string): Promise<void> {
  choose(view, 'aduan-category', 'jalan-rusak');
  type(view, 'aduan-description', description);
  attach(view, [photo()]);
  get(view, 'aduan-locate').click();
  await until(() => view.element.textContent.includes('Lokasi ditandai'), 'the geotag');
  type(view, 'aduan-landmark', 'Depan SDN 2 Rajabasa');
  choose(view, 'aduan-region', '18.71');
  choose(view, 'aduan-visibility', 'public');
}

describe('the manifest', () => {
  it('is valid, with Indonesian routes, its permissions and the outbox it needs', () => {
    const result = parseManifest(aduanModule.manifest);
    expect(result.error?.message).toBeUndefined();
    expect(result.data).toMatchObject({
      id: ADUAN_MODULE_ID,
      version: '0.1.0',
      requires: { 'gerbang.outbox': '^1.0.0' },
      permissions: [{ id: 'location' }, { id: 'camera' }],
    });
    expect(result.data?.routes.map((route) => `${route.name} ${route.path}`)).toEqual(['main /', 'baru /baru', 'saya /saya', 'laporan /laporan/:ticket', 'publik /publik']);
    expect(result.data?.regions).toBeUndefined();
  });

  it('is registered and shown on the home screen without loading the module code', async () => {
    const outbox = { submit: unused, entries: unused, subscribe: unused, retry: unused, discard: unused };
    const host = createSuperApp({ modules: [aduanModule], brand: defineBrand(lampungIn), services: [provideService(outboxServiceRef, outbox)] });
    await host.start();
    expect(host.state(ADUAN_MODULE_ID)).toBe('registered');
    expect(host.catalogue().tiles.map((tile) => tile.id)).toContain(ADUAN_MODULE_ID);
    await host.stop();
  });

  it('keeps the entry manifest-only: no static import of the implementation, preact or endpoint schemas', () => {
    const imports = (file: string): string[] =>
      [...readFileSync(fileURLToPath(import.meta.url.replace(/test\/[^/]+$/, `src/${file}`)), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((match) => match[1]!);
    expect(imports('index.ts').sort()).toEqual(['./manifest.ts', './manifest.ts', '@gerbang/core'].sort());
    expect(imports('manifest.ts')).toEqual(['@gerbang/contracts']);
  });
});

describe('filing a report', () => {
  it('sends the report with its photo, opens its detail, and lists it in my reports', async () => {
    const view = await openForm();
    const before = mock.store.reports.count();
    await fillForm(view, 'Lubang besar di tengah jalan, dua motor jatuh minggu ini.');
    expect(view.element.querySelectorAll('.gb-aduan-photos img, .gb-aduan-photos span')).toHaveLength(1);
    get(view, 'aduan-submit').click();
    await until(() => find(view, 'aduan-ticket') !== null, 'the detail of the new report');
    expect(mock.store.reports.count()).toBe(before + 1);
    const ticket = get(view, 'aduan-ticket').textContent;
    const stored = mock.store.reports.get(ticket);
    expect(stored).toMatchObject({
      categoryCode: 'jalan-rusak',
      description: 'Lubang besar di tengah jalan, dua motor jatuh minggu ini.',
      visibility: 'public',
      location: { point: { lat: here.latitude, lng: here.longitude }, landmark: 'Depan SDN 2 Rajabasa', regionCode: '18.71' },
      status: 'submitted',
    });
    expect(stored?.photos).toHaveLength(1);
    expect(stored?.photos[0]).toMatchObject({ mediaType: 'image/jpeg', bytes: 2048 });
    await until(() => find(view, 'aduan-status') !== null, 'the status');
    expect(get(view, 'aduan-status').dataset['status']).toBe('submitted');
    expect(get(view, 'aduan-status').textContent).toBe('Menunggu');

    // Back to the landing through the module's own link, then to my reports.
    view.element.querySelector<HTMLAnchorElement>('nav a')!.click();
    await until(() => find(view, 'aduan-new') !== null, 'the landing');
    view.element.querySelector<HTMLAnchorElement>('a[href="/m/aduan/saya"]')!.click();
    await until(() => find(view, `aduan-report-${ticket}`) !== null && view.element.querySelector('h2')?.textContent === 'Laporan saya', 'the report in my reports');
    expect(get(view, `aduan-report-${ticket}`).textContent).toContain('Jalan Rusak');
    await view.destroy();
  });

  it('asks for the camera before opening the picker, and for the location before reading it', async () => {
    const asked: PermissionId[] = [];
    const view = await renderModule(aduanModule, {
      baseUrl: BASE,
      token: DEMO_CITIZEN,
      route: 'baru',
      consent: ({ permission }) => {
        asked.push(permission);
        return Promise.resolve(permission === 'location');
      },
    });
    await until(() => find(view, 'aduan-photo') !== null, 'the form');
    const input = get<HTMLInputElement>(view, 'aduan-photo');
    expect(input.accept).toBe('image/*');
    expect(input.getAttribute('capture')).toBe('environment');
    input.click();
    await until(() => view.element.textContent.includes('Izin kamera ditolak'), 'the camera refusal');
    // Refused: the gallery is still offered, without the camera.
    expect(get<HTMLInputElement>(view, 'aduan-photo').hasAttribute('capture')).toBe(false);
    get(view, 'aduan-locate').click();
    await until(() => view.element.textContent.includes('Lokasi ditandai'), 'the geotag');
    expect(asked).toEqual(['camera', 'location']);
    await view.destroy();
  });

  it('shows what is wrong next to each field, keeps what was typed, and keeps the draft across a reload', async () => {
    const view = await openForm();
    const before = mock.store.reports.count();
    type(view, 'aduan-description', 'Lampu jalan mati sejak seminggu.');
    get(view, 'aduan-submit').click();
    await until(() => get(view, 'aduan-category').getAttribute('aria-invalid') === 'true', 'the errors');

    const errorOf = (id: string): string => {
      const field = get(view, id);
      const described = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      return described.map((ref) => view.element.querySelector(`[id="${ref}"]`)?.textContent ?? '').join(' | ');
    };
    expect(errorOf('aduan-category')).toContain('Pilih kategori laporan.');
    expect(errorOf('aduan-region')).toContain('Pilih kabupaten/kota.');
    expect(errorOf('aduan-locate')).toContain('Tandai lokasi');
    expect(view.element.querySelector('[role="alert"]')?.textContent).toContain('3 isian');
    expect(get(view, 'aduan-description').getAttribute('aria-invalid')).toBe('false');
    expect(get<HTMLTextAreaElement>(view, 'aduan-description').value).toBe('Lampu jalan mati sejak seminggu.');
    expect(mock.store.reports.count()).toBe(before);
    // Without a geotag, a landmark places the report.
    type(view, 'aduan-landmark', 'Dekat masjid');

    // A fixed field loses its error.
    choose(view, 'aduan-category', 'lampu-jalan');
    await until(() => get(view, 'aduan-category').getAttribute('aria-invalid') === 'false', 'the category error to go');

    // The module is unloaded and loaded again (as on a reload): the draft comes back from its storage.
    await view.host.unload(ADUAN_MODULE_ID);
    view.host.register(aduanModule);
    await view.navigate('/m/aduan/baru');
    await until(() => find(view, 'aduan-description') !== null, 'the form again');
    expect(get<HTMLTextAreaElement>(view, 'aduan-description').value).toBe('Lampu jalan mati sejak seminggu.');
    expect(get<HTMLInputElement>(view, 'aduan-landmark').value).toBe('Dekat masjid');
    await until(() => get<HTMLSelectElement>(view, 'aduan-category').value === 'lampu-jalan', 'the category');
    await view.destroy();
  });

  it('keeps to the photo rules of the contract: required by the category, at most 5, images only', async () => {
    const view = await openForm();
    const photoError = (): string => {
      const refs = (get(view, 'aduan-photo').getAttribute('aria-describedby') ?? '').split(' ');
      return refs.map((ref) => view.element.querySelector(`[id="${ref}"]`)?.textContent ?? '').join(' | ');
    };
    choose(view, 'aduan-category', 'jalan-rusak');
    get(view, 'aduan-submit').click();
    await until(() => get(view, 'aduan-photo').getAttribute('aria-invalid') === 'true', 'the photo error');
    expect(photoError()).toContain('memerlukan paling sedikit 1 foto');

    attach(view, [new File(['GIF89a'], 'animasi.gif', { type: 'image/gif' })]);
    await until(() => photoError().includes('JPEG, PNG, WebP atau HEIC.'), 'the type error');

    const remove = (): void => {
      view.element.querySelector<HTMLButtonElement>('.gb-aduan-photos button')!.click();
    };
    remove();
    await until(() => view.element.querySelector('.gb-aduan-photos') === null, 'the photo to go');
    attach(view, [1, 2, 3, 4, 5, 6].map((n) => photo(`foto-${n}.jpg`)));
    await until(() => view.element.querySelectorAll('.gb-aduan-photos li').length === 5, 'five photos');
    expect(photoError()).toContain('Paling banyak 5 foto.');
    expect(get<HTMLInputElement>(view, 'aduan-photo').disabled).toBe(true);
    await view.destroy();
  });

  it("shows the back end's refusal next to its field, and keeps the form", async () => {
    mock.server.use(
      http.post(`${BASE}/reports`, () =>
        HttpResponse.json(
          {
            type: 'https://gerbang.dev/problems/validation-failed',
            title: 'Validation failed',
            status: 422,
            issues: [{ path: ['report', 'location', 'regionCode'], code: 'custom', message: 'the region is outside the province' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const view = await openForm();
    await fillForm(view, 'Sampah menumpuk di TPS.');
    get(view, 'aduan-submit').click();
    await until(() => get(view, 'aduan-region').getAttribute('aria-invalid') === 'true', 'the refusal');
    expect(view.element.textContent).toContain('Pilih kabupaten/kota.');
    expect(get<HTMLTextAreaElement>(view, 'aduan-description').value).toBe('Sampah menumpuk di TPS.');
    expect(get<HTMLSelectElement>(view, 'aduan-category').value).toBe('jalan-rusak');
    expect(view.element.querySelectorAll('.gb-aduan-photos li')).toHaveLength(1);
    expect(find(view, 'aduan-queued')).toBeNull();
    // Refused for good on the first attempt: nothing is kept in the outbox, the form holds it.
    expect(await view.outbox.items()).toEqual([]);
    await view.destroy();
  });

  it('queues the report offline, lists it as waiting, and sends it exactly once when the signal returns', async () => {
    const view = await openForm();
    view.setOnline(false);
    const before = mock.store.reports.count();
    await fillForm(view, 'Pohon tumbang menutup jalan.');
    choose(view, 'aduan-category', 'pohon-tumbang');
    get(view, 'aduan-submit').click();
    await until(() => find(view, 'aduan-queued') !== null, 'the queued notice');
    expect(get(view, 'aduan-queued').textContent).toContain('Menunggu sinyal');
    expect(get(view, 'aduan-queued').getAttribute('role')).toBe('status');
    // The form is empty again: the report is kept in the outbox, not in the form.
    expect(get<HTMLTextAreaElement>(view, 'aduan-description').value).toBe('');
    expect(mock.store.reports.count()).toBe(before);

    await view.navigate('/m/aduan/saya');
    await until(() => find(view, 'aduan-queued') !== null, 'the waiting report in my reports');
    expect(get(view, 'aduan-queued').closest('li')?.textContent).toContain('Pohon Tumbang');

    view.setOnline(true);
    await until(() => mock.store.reports.count() === before + 1, 'the report to be sent');
    const [newest] = mock.store.reports.list({ owner: DEMO_CITIZEN });
    expect(newest?.description).toBe('Pohon tumbang menutup jalan.');
    await until(() => find(view, `aduan-report-${newest!.ticket}`) !== null && find(view, 'aduan-queued') === null, 'the real report');
    // Sent once, whatever happens next.
    get<HTMLButtonElement>(view, 'aduan-report-' + newest!.ticket).closest('div')?.querySelector<HTMLButtonElement>('button')?.click();
    await until(() => !view.element.textContent.includes('Memuat'), 'the reload');
    expect(mock.store.reports.count()).toBe(before + 1);
    expect(await view.outbox.items()).toEqual([]);
    await view.destroy();
  });
});

describe('following a report', () => {
  it('shows a status change in the detail after a refresh, with its timeline', async () => {
    const [report] = mock.store.reports.list({ owner: DEMO_CITIZEN, status: 'submitted' });
    const ticket = report!.ticket;
    const view = await renderModule(aduanModule, { baseUrl: BASE, token: DEMO_CITIZEN, route: 'laporan', params: { ticket } });
    await until(() => find(view, 'aduan-status') !== null, 'the report');
    expect(get(view, 'aduan-ticket').textContent).toBe(ticket);
    expect(get(view, 'aduan-status').dataset['status']).toBe('submitted');
    expect(get(view, 'aduan-timeline').querySelectorAll('li')).toHaveLength(1);

    mock.store.reports.advance(ticket, 'verified');
    get(view, 'aduan-refresh').click();
    await until(() => get(view, 'aduan-status').dataset['status'] === 'verified', 'the new status');
    expect(get(view, 'aduan-status').textContent).toBe('Koordinasi');

    mock.store.reports.advance(ticket, 'out_of_scope', { note: { visibility: 'public', text: 'Jalan milik pengembang perumahan.' } });
    get(view, 'aduan-refresh').click();
    await until(() => get(view, 'aduan-status').dataset['status'] === 'out_of_scope', 'the next status');
    expect(get(view, 'aduan-status').textContent).toBe('Di luar kewenangan');
    const steps = [...get(view, 'aduan-timeline').querySelectorAll('li')];
    expect(steps.map((step) => step.dataset['status'])).toEqual(['out_of_scope', 'verified', 'submitted']);
    expect(steps[0]?.textContent).toContain('Jalan milik pengembang perumahan.');
    await view.destroy();
  });

  it("uses the tenant's labels and colours when the brand carries a lifecycle", async () => {
    const [report] = mock.store.reports.list({ owner: DEMO_CITIZEN, status: 'submitted' });
    const brand = defineBrand({ ...lampungIn, reportStatuses: { submitted: { label: { id: 'Belum diverifikasi' }, colour: '#B71C1C' } } });
    const view = await renderModule(aduanModule, { baseUrl: BASE, token: DEMO_CITIZEN, brand, route: 'laporan', params: { ticket: report!.ticket } });
    await until(() => find(view, 'aduan-status') !== null, 'the report');
    expect(get(view, 'aduan-status').textContent).toBe('Belum diverifikasi');
    expect(get(view, 'aduan-status').querySelector<HTMLElement>('.gb-aduan-dot')?.style.background.toUpperCase()).toMatch(/#B71C1C|RGB\(183, 28, 28\)/);
    await view.destroy();
  });

  it('pages my reports with "load more"', async () => {
    for (let index = 0; index < 30; index++) {
      mock.store.reports.create(
        { categoryCode: 'parkir-liar', description: `Parkir liar ${index}`, location: { point: { lat: -5.4, lng: 105.26 }, regionCode: '18.71' }, visibility: 'private', anonymous: false, channel: 'app' },
        { owner: DEMO_CITIZEN },
      );
    }
    const total = mock.store.reports.count({ owner: DEMO_CITIZEN });
    const view = await renderModule(aduanModule, { baseUrl: BASE, token: DEMO_CITIZEN, route: 'saya' });
    const listed = (): number => view.element.querySelectorAll('[data-testid^="aduan-report-"]').length;
    await until(() => listed() > 0, 'the first page');
    expect(listed()).toBeLessThan(total);
    while (find(view, 'aduan-load-more') !== null) {
      const count = listed();
      get(view, 'aduan-load-more').click();
      await until(() => listed() > count || find(view, 'aduan-load-more') === null, 'the next page');
    }
    expect(listed()).toBe(total);
    await view.destroy();
  });

  it('lets a citizen support a public report once', async () => {
    const [report] = mock.store.reports.list({ visibility: 'public', status: 'in_progress' });
    const ticket = report!.ticket;
    const count = mock.store.reports.supportOf(ticket, undefined).count;
    const view = await renderModule(aduanModule, { baseUrl: BASE, token: 'warga-lain', route: 'publik' });
    await until(() => find(view, `aduan-report-${ticket}`) !== null, 'the public feed');
    const item = get(view, `aduan-report-${ticket}`);
    const button = item.querySelector<HTMLButtonElement>('[data-testid="aduan-support"]')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    await until(() => button.getAttribute('aria-pressed') === 'true', 'the support');
    expect(item.querySelector('[data-testid="aduan-support-count"]')?.textContent).toBe(`${count + 1} dukungan`);
    expect(mock.store.reports.supportOf(ticket, undefined).count).toBe(count + 1);
    await view.destroy();
  });

  it('lets the reporter rate a resolved report', async () => {
    const [report] = mock.store.reports.list({ owner: DEMO_CITIZEN }).filter((entry) => entry.status === 'done' || entry.status === 'closed');
    const ticket = report!.ticket;
    const view = await renderModule(aduanModule, { baseUrl: BASE, token: DEMO_CITIZEN, route: 'laporan', params: { ticket } });
    await until(() => find(view, 'aduan-rate-4') !== null, 'the rating form');
    get(view, 'aduan-rate-4').querySelector('input')!.click();
    await until(() => !get<HTMLButtonElement>(view, 'aduan-rate-submit').disabled, 'the stars');
    get(view, 'aduan-rate-submit').click();
    await until(() => get(view, 'aduan-rating').textContent !== '', 'the rating');
    expect(get(view, 'aduan-rating').textContent).toBe('Penilaian Anda: 4 dari 5 bintang.');
    expect(mock.store.reports.get(ticket)?.rating?.stars).toBe(4);
    await view.destroy();
  });

  it('speaks English when the host does', async () => {
    const view = await renderModule(aduanModule, { baseUrl: BASE, token: DEMO_CITIZEN, locale: 'en' });
    await until(() => find(view, 'aduan-new') !== null, 'the landing');
    expect(view.element.querySelector('h2')?.textContent).toBe('Report');
    expect(get(view, 'aduan-new').textContent).toBe('New report');
    expect(get(view, 'aduan-new').getAttribute('href')).toBe('/m/aduan/baru');
    await view.destroy();
  });
});
