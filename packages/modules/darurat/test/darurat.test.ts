// @vitest-environment happy-dom
import { defineBrand, jakartaStyle, lampungIn } from '@gerbang/brand';
import { NATIONAL_EMERGENCY_CONTACTS } from '@gerbang/contracts';
import { setupMockServer } from '@gerbang/mocks/node';
import { DARURAT_MODULE_ID, daruratModule } from '@gerbang/module-darurat';
import { renderModule, type RenderedModule, type RenderModuleOptions } from '@gerbang/web/testing';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const baseUrl = 'https://api.darurat.test';
const mock = setupMockServer({ baseUrl, onUnhandledRequest: 'error' });

let view: RenderedModule | undefined;

beforeAll(() => {
  mock.listen();
});
afterEach(async () => {
  await view?.destroy();
  view = undefined;
  mock.reset();
});
afterAll(() => {
  mock.close();
});

async function open(options: Partial<RenderModuleOptions> = {}): Promise<HTMLElement> {
  view = await renderModule(daruratModule, { baseUrl, ...options });
  return view.element;
}

const links = (root: ParentNode): HTMLAnchorElement[] => [...root.querySelectorAll<HTMLAnchorElement>('[data-testid^="darurat-number-"]')];
const ids = (root: ParentNode): string[] => links(root).map((link) => link.dataset['testid']!.slice('darurat-number-'.length));
const link = (root: ParentNode, id: string): HTMLAnchorElement | null => root.querySelector(`[data-testid="darurat-number-${id}"]`);
const status = (root: ParentNode): string | null | undefined => root.querySelector('[role="status"]')?.textContent;

const NATIONAL_IDS = NATIONAL_EMERGENCY_CONTACTS.map((contact) => contact.id);

describe('manifest', () => {
  it('is the darurat module with one route', () => {
    expect(daruratModule.manifest.id).toBe(DARURAT_MODULE_ID);
    expect(daruratModule.manifest.routes).toEqual([{ name: 'main', path: '/', title: { id: 'Nomor Darurat', en: 'Emergency Numbers' } }]);
  });
});

describe('emergency numbers', () => {
  it("lists the region's numbers from the API, then the brand's own, each a tel: link named after the service and the number", async () => {
    const element = await open();
    await vi.waitFor(() => {
      expect(link(element, 'bandar-lampung-damkar')).not.toBeNull();
    });
    const api = mock.store.emergencyContacts('18').map((contact) => contact.id);
    expect(ids(element)).toEqual([...api, 'brand-call-centre']);

    const ambulance = link(element, 'national-118')!;
    expect(ambulance.getAttribute('href')).toBe('tel:118');
    expect(ambulance.getAttribute('aria-label')).toBe('Telepon Ambulans, 118');
    expect(link(element, 'lampung-call-centre')?.getAttribute('href')).toBe('tel:0721000112');
    expect(link(element, 'lampung-call-centre')?.getAttribute('aria-label')).toBe('Telepon Call Center Provinsi Lampung, 0721 000 112');
    expect(link(element, 'brand-call-centre')?.getAttribute('href')).toBe('tel:+627210000000');
    expect(link(element, 'brand-call-centre')?.getAttribute('aria-label')).toBe('Telepon Pusat Panggilan Lampung In, +62 721 000 0000');
    for (const each of links(element)) expect(each.getAttribute('href')).toMatch(/^tel:\+?\d+$/);
    expect(status(element)).toBe('');
  });

  it('puts 112 first and describes each number', async () => {
    const element = await open();
    await vi.waitFor(() => {
      expect(link(element, 'metro-ambulans')).not.toBeNull();
    });
    const first = links(element)[0]!;
    expect(first.getAttribute('href')).toBe('tel:112');
    expect(first.className).toContain('gb-darurat-primary');
    const describedBy = link(element, 'national-118')!.getAttribute('aria-describedby')!;
    expect(element.querySelector(`[id="${describedBy}"]`)?.textContent).toBe('24 jam · Bebas pulsa');
    expect(link(element, 'brand-call-centre')?.parentElement?.textContent).toContain('Nomor contoh, belum nomor sebenarnya');
  });

  it('works offline from the brand alone', async () => {
    const element = await open({ online: false });
    await vi.waitFor(() => {
      expect(status(element)).toBe('Anda sedang offline. Nomor di bawah tersimpan di aplikasi dan tetap bisa ditelepon.');
    });
    expect(ids(element)).toEqual(['national-112', 'brand-call-centre', ...NATIONAL_IDS.slice(1)]);
    expect(link(element, 'national-112')?.getAttribute('aria-label')).toBe('Telepon Panggilan Darurat 112, 112');
    expect(link(element, 'national-113')?.getAttribute('href')).toBe('tel:113');
    expect(link(element, 'bandar-lampung-damkar')).toBeNull();
  });

  it('falls back to the brand when the API fails, and loads the regional numbers on retry', async () => {
    mock.server.use(http.get(`${baseUrl}/emergency/contacts`, () => HttpResponse.json({ title: 'Boom', status: 500 }, { status: 500 }), { once: true }));
    const element = await open();
    await vi.waitFor(() => {
      expect(status(element)).toBe('Nomor daerah tidak dapat dimuat. Nomor di bawah tersimpan di aplikasi dan tetap bisa ditelepon.');
    });
    expect(ids(element)).toContain('brand-call-centre');
    expect(link(element, 'lampung-call-centre')).toBeNull();

    element.querySelector('button')!.click();
    await vi.waitFor(() => {
      expect(link(element, 'lampung-call-centre')).not.toBeNull();
    });
    expect(element.querySelector('button')).toBeNull();
  });

  it("uses another brand's numbers, normalized for tel:", async () => {
    const brand = defineBrand({
      ...lampungIn,
      contact: {
        emergency: '0721 112',
        callCenter: { number: '+62 721-000-1234', label: { id: 'Layanan Lampung In', en: 'Lampung In help line' } },
      },
    });
    const element = await open({ brand, online: false });
    await vi.waitFor(() => {
      expect(link(element, 'brand-emergency')).not.toBeNull();
    });
    expect(ids(element).slice(0, 3)).toEqual(['national-112', 'brand-emergency', 'brand-call-centre']);
    expect(link(element, 'brand-emergency')?.getAttribute('href')).toBe('tel:0721112');
    expect(link(element, 'brand-emergency')?.getAttribute('aria-label')).toBe('Telepon Panggilan Darurat, 0721 112');
    expect(link(element, 'brand-call-centre')?.getAttribute('href')).toBe('tel:+627210001234');
    expect(link(element, 'brand-call-centre')?.getAttribute('aria-label')).toBe('Telepon Layanan Lampung In, +62 721-000-1234');

    await view!.destroy();
    const jakarta = await open({ brand: defineBrand(jakartaStyle), online: false, locale: 'en' });
    await vi.waitFor(() => {
      expect(link(jakarta, 'brand-call-centre')?.getAttribute('aria-label')).toBe('Call Call centre, +62 21 000 0000');
    });
    expect(link(jakarta, 'brand-call-centre')?.getAttribute('href')).toBe('tel:+62210000000');
  });

  it('speaks English when the host does', async () => {
    const element = await open({ locale: 'en' });
    await vi.waitFor(() => {
      expect(link(element, 'metro-ambulans')).not.toBeNull();
    });
    expect(element.querySelector('h2')?.textContent).toBe('Emergency Numbers');
    expect(link(element, 'national-118')?.getAttribute('aria-label')).toBe('Call Ambulance, 118');
  });
});
