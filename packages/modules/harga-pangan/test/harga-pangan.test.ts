// @vitest-environment happy-dom
import { defineBrand, lampungIn } from '@gerbang/brand';
import { createMockStore } from '@gerbang/mocks';
import { setupMockServer } from '@gerbang/mocks/node';
import { HARGA_PANGAN_MODULE_ID, hargaPanganModule } from '@gerbang/module-harga-pangan';
import { renderModule, type RenderedModule, type RenderModuleOptions } from '@gerbang/web/testing';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const baseUrl = 'https://api.harga.test';
const NOW = Date.parse('2026-11-23T12:00:00+07:00');
const mock = setupMockServer({ baseUrl, store: createMockStore({ now: () => NOW }), onUnhandledRequest: 'error' });
const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

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
  view = await renderModule(hargaPanganModule, { baseUrl, ...options });
  return view.element;
}

const byTestId = <T extends Element = HTMLElement>(root: ParentNode, id: string): T | null => root.querySelector<T>(`[data-testid="${id}"]`);

async function rowOf(root: HTMLElement, code: string): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const row = byTestId(root, `harga-row-${code}`);
    if (row === null) throw new Error(`no row for ${code} yet`);
    return row;
  });
}

/** The mean price of a commodity on a date, over the given markets' quotes, as the module shows it. */
function meanPrice(regionCode: string, commodityCode: string, date: string, marketId?: string): number {
  const quotes = mock.store.prices.quotes({ regionCode, commodityCode, from: date, to: date, ...(marketId === undefined ? {} : { marketId }) });
  expect(quotes.length).toBeGreaterThan(0);
  return Math.round(quotes.reduce((sum, quote) => sum + quote.price, 0) / quotes.length);
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('manifest', () => {
  it('is the harga-pangan module with Indonesian routes', () => {
    const { manifest } = hargaPanganModule;
    expect(manifest.id).toBe(HARGA_PANGAN_MODULE_ID);
    expect(manifest.routes.map((route) => [route.name, route.path])).toEqual([
      ['main', '/'],
      ['komoditas', '/komoditas/:commodity'],
    ]);
    expect(manifest.icon).toMatch(/^data:image\/svg\+xml,/);
  });
});

describe("today's prices", () => {
  it('opens on the capital city (the first kota of the brand) with every commodity at the mean of its markets', async () => {
    const element = await open();
    const regency = byTestId<HTMLSelectElement>(element, 'harga-regency')!;
    await rowOf(element, 'beras-medium');
    expect(regency.value).toBe('18.71');
    expect(regency.selectedOptions[0]?.textContent).toBe('Kota Bandar Lampung');
    const date = mock.store.prices.latestDate();
    for (const code of ['beras-medium', 'cabai-merah-keriting', 'minyak-goreng-curah']) {
      const row = await rowOf(element, code);
      expect(row.textContent).toContain(rupiah.format(meanPrice('18.71', code, date)));
    }
    expect((await rowOf(element, 'minyak-goreng-curah')).textContent).toContain('per liter');
    expect(element.querySelectorAll('[data-testid^="harga-row-"]')).toHaveLength(mock.store.prices.commodities().length);
  });

  it('shows the prices of the regency and the market the citizen picks', async () => {
    const element = await open();
    await rowOf(element, 'beras-medium');
    const date = mock.store.prices.latestDate();

    choose(byTestId<HTMLSelectElement>(element, 'harga-regency')!, '18.72');
    await vi.waitFor(() => {
      expect(byTestId(element, 'harga-row-beras-medium')?.textContent).toContain(rupiah.format(meanPrice('18.72', 'beras-medium', date)));
    });
    const market = byTestId<HTMLSelectElement>(element, 'harga-market')!;
    await vi.waitFor(() => {
      expect([...market.options].map((option) => option.textContent)).toEqual(['Semua pasar (rata-rata)', 'Pasar Cendrawasih']);
    });

    choose(byTestId<HTMLSelectElement>(element, 'harga-regency')!, '18.71');
    await vi.waitFor(() => {
      expect([...market.options].map((option) => option.value)).toContain('pasar-tugu');
    });
    choose(market, 'pasar-tugu');
    await vi.waitFor(() => {
      expect(byTestId(element, 'harga-row-daging-sapi')?.textContent).toContain(rupiah.format(meanPrice('18.71', 'daging-sapi', date, 'pasar-tugu')));
    });
    expect(byTestId(element, 'harga-row-daging-sapi')?.querySelector('a')?.getAttribute('href')).toBe(
      `/m/harga-pangan/komoditas/daging-sapi?wilayah=18.71&pasar=pasar-tugu`,
    );
  });

  it('opens on the regency and market of the query', async () => {
    const element = await open({ query: { wilayah: '18.01', pasar: 'pasar-natar' } });
    const date = mock.store.prices.latestDate();
    await vi.waitFor(() => {
      expect(byTestId(element, 'harga-row-gula-pasir')?.textContent).toContain(rupiah.format(meanPrice('18.01', 'gula-pasir', date, 'pasar-natar')));
    });
    expect(byTestId<HTMLSelectElement>(element, 'harga-regency')?.value).toBe('18.01');
    expect(byTestId<HTMLSelectElement>(element, 'harga-market')?.value).toBe('pasar-natar');
  });

  it('says whether each price went up, down or stayed, with an arrow and words, and when it was updated', async () => {
    const date = mock.store.prices.latestDate();
    const before = dayBefore(date);
    const [quote] = mock.store.prices.quotes({ regionCode: '18.72', commodityCode: 'beras-medium', from: before, to: before });
    const base = { ...quote!, regionCode: '18.72', marketId: 'pasar-cendrawasih', unit: 'kg' as const };
    mock.store.prices.setQuote({ ...base, date: before, price: 10_000 });
    mock.store.prices.setQuote({ ...base, date, price: 11_000, updatedAt: '2026-11-23T10:15:00+07:00' });
    mock.store.prices.setQuote({ ...base, commodityCode: 'gula-pasir', date: before, price: 18_000 });
    mock.store.prices.setQuote({ ...base, commodityCode: 'gula-pasir', date, price: 17_000 });
    mock.store.prices.setQuote({ ...base, commodityCode: 'bawang-putih', date: before, price: 40_000 });
    mock.store.prices.setQuote({ ...base, commodityCode: 'bawang-putih', date, price: 40_000 });

    const element = await open({ query: { wilayah: '18.72' } });
    const rice = await rowOf(element, 'beras-medium');
    await vi.waitFor(() => {
      expect(rice.textContent).toContain('Rp 11.000'.replace(' ', '\u00a0'));
    });
    expect(rice.textContent).toContain('naik 10% dari 22 Nov');
    expect(rice.querySelector('[aria-hidden="true"]')?.textContent).toBe('▲');
    expect(rice.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-23T10:15:00+07:00');
    expect(rice.querySelector('time')?.textContent).toBe('Diperbarui 23 Nov 2026, 10.15');
    expect((await rowOf(element, 'gula-pasir')).textContent).toContain('turun 5,6% dari 22 Nov');
    expect((await rowOf(element, 'bawang-putih')).textContent).toContain('stabil sejak 22 Nov');
  });

  it('compares with the latest earlier survey when the day before had none', async () => {
    const date = mock.store.prices.latestDate();
    const before = dayBefore(date);
    const twoDaysBefore = dayBefore(before);
    const skipped = http.get(`${baseUrl}/prices/quotes`, ({ request }) => {
      const url = new URL(request.url);
      // The day before had no survey; any other request goes on to the mock back end.
      return url.searchParams.get('date') === before ? HttpResponse.json({ date: before, items: [] }) : undefined;
    });
    mock.server.use(skipped);
    const [quote] = mock.store.prices.quotes({ regionCode: '18.72', commodityCode: 'beras-medium', from: date, to: date });
    mock.store.prices.setQuote({ ...quote!, date: twoDaysBefore, price: 12_000 });
    mock.store.prices.setQuote({ ...quote!, date, price: 12_600 });
    const element = await open({ query: { wilayah: '18.72' } });
    await vi.waitFor(() => {
      expect(byTestId(element, 'harga-row-beras-medium')?.textContent).toContain('naik 5% dari 21 Nov');
    });
  });

  it('says so when a regency has no prices', async () => {
    const element = await open({ query: { wilayah: '18.04' } });
    await vi.waitFor(() => {
      expect(element.textContent).toContain('Belum ada data harga untuk pilihan ini.');
    });
    expect(element.querySelector('[data-testid^="harga-row-"]')).toBeNull();
  });

  it('shows an error with a retry button, and recovers', async () => {
    mock.server.use(http.get(`${baseUrl}/prices/quotes`, () => HttpResponse.json({ title: 'Unavailable', status: 503 }, { status: 503 }), { once: true }));
    const element = await open();
    const alert = await vi.waitFor(() => {
      const found = element.querySelector('[role="alert"]');
      if (found === null) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toContain('Server menjawab dengan kesalahan (503).');
    alert.querySelector('button')!.click();
    await rowOf(element, 'beras-medium');
    expect(element.querySelector('[role="alert"]')).toBeNull();
  });

  it('speaks English when the host does', async () => {
    const element = await open({ locale: 'en' });
    await rowOf(element, 'beras-medium');
    expect(element.querySelector('h2')?.textContent).toBe("Today's Food Prices");
    expect(byTestId<HTMLSelectElement>(element, 'harga-market')?.options[0]?.textContent).toBe('All markets (average)');
  });
});

describe('price history', () => {
  /** The module's series: the mean per date over the regency's markets, for the 30 days the API returns. */
  function series(regionCode: string, code: string): { date: string; price: number }[] {
    const to = mock.store.prices.latestDate();
    const from = new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    const dates = [...new Set(mock.store.prices.quotes({ regionCode, commodityCode: code, from, to }).map((quote) => quote.date))].sort();
    return dates.map((date) => ({ date, price: meanPrice(regionCode, code, date) }));
  }

  it('draws a chart whose name gives the lowest, highest and latest price, beside a table of the same data', async () => {
    const element = await open({ route: 'komoditas', params: { commodity: 'cabai-rawit-merah' }, query: { wilayah: '18.71' } });
    const chart = await vi.waitFor(() => {
      const found = byTestId<SVGSVGElement>(element, 'harga-chart');
      if (found === null) throw new Error('no chart yet');
      return found;
    });
    const expected = series('18.71', 'cabai-rawit-merah');
    expect(expected).toHaveLength(30);
    const prices = expected.map((point) => point.price);
    const last = expected[expected.length - 1]!;

    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBe(
      `Grafik harga Cabai Rawit Merah selama 30 hari: terendah ${rupiah.format(Math.min(...prices))}, tertinggi ${rupiah.format(Math.max(...prices))}, terbaru ${rupiah.format(last.price)} pada 23 Nov 2026.`,
    );
    expect(chart.querySelector('title')?.textContent).toBe('Riwayat Harga Cabai Rawit Merah');
    expect(chart.querySelector('desc')?.textContent).toContain(rupiah.format(last.price));
    expect([...chart.querySelectorAll('text')].map((text) => text.textContent)).toEqual(expect.arrayContaining(['Harga (Rp)', 'Tanggal', '23 Nov']));

    const table = byTestId<HTMLTableElement>(element, 'harga-table')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [row.querySelector('time')?.getAttribute('datetime'), row.querySelector('td')?.textContent]);
    const points = [...chart.querySelectorAll('circle')].map((circle) => [circle.getAttribute('data-date'), rupiah.format(Number(circle.getAttribute('data-price')))]);
    expect(rows).toEqual(expected.map((point) => [point.date, rupiah.format(point.price)]));
    expect(points).toEqual(rows);
    expect(table.querySelector('caption')?.textContent).toBe('Harga Cabai Rawit Merah per tanggal');
  });

  it('draws the history of one market when the link names it', async () => {
    const element = await open({ route: 'komoditas', params: { commodity: 'beras-premium' }, query: { wilayah: '18.71', pasar: 'pasar-way-halim' } });
    const table = await vi.waitFor(() => {
      const found = byTestId<HTMLTableElement>(element, 'harga-table');
      if (found === null) throw new Error('no table yet');
      return found;
    });
    const date = mock.store.prices.latestDate();
    expect(table.querySelector('tbody tr:last-child td')?.textContent).toBe(
      rupiah.format(meanPrice('18.71', 'beras-premium', date, 'pasar-way-halim')),
    );
    expect(element.textContent).toContain('Pasar Way Halim, Kota Bandar Lampung');
  });

  it('follows a link from the list to the history', async () => {
    const element = await open();
    const link = (await rowOf(element, 'telur-ayam-ras')).querySelector('a')!;
    await view!.navigate(link.getAttribute('href')!);
    await vi.waitFor(() => {
      expect(byTestId(element, 'harga-chart')?.getAttribute('aria-label')).toContain('Telur Ayam Ras');
    });
    expect(element.querySelector('h2')?.textContent).toBe('Riwayat Harga Telur Ayam Ras');
  });

  it('says so for an unknown commodity', async () => {
    const element = await open({ route: 'komoditas', params: { commodity: 'durian' }, query: { wilayah: '18.71' } });
    await vi.waitFor(() => {
      expect(element.querySelector('[role="alert"]')?.textContent).toBe('Komoditas ini tidak dikenal.');
    });
    expect(byTestId(element, 'harga-chart')).toBeNull();
  });

  it('says so when there is no history', async () => {
    const element = await open({ route: 'komoditas', params: { commodity: 'beras-medium' }, query: { wilayah: '18.13' } });
    await vi.waitFor(() => {
      expect(element.textContent).toContain('Belum ada riwayat harga untuk komoditas ini.');
    });
    expect(byTestId(element, 'harga-table')).toBeNull();
  });
});

describe('brands', () => {
  it('lists only the regencies the brand serves', async () => {
    const brand = defineBrand({ ...lampungIn, regions: ['18', '18.72', '18.01'] });
    const element = await open({ brand });
    await rowOf(element, 'beras-medium');
    const regency = byTestId<HTMLSelectElement>(element, 'harga-regency')!;
    expect([...regency.options].map((option) => option.value)).toEqual(['18.72', '18.01']);
    expect(regency.value).toBe('18.72');
  });
});
