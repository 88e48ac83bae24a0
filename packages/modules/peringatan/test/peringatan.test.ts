// @vitest-environment happy-dom
import type { CapAlert, CapInfo } from '@gerbang/contracts';
import { createMockStore } from '@gerbang/mocks';
import { setupMockServer } from '@gerbang/mocks/node';
import {
  ALERTS_STALE_AFTER_MS,
  GAUGES_STALE_AFTER_MS,
  PERINGATAN_MODULE_ID,
  PERINGATAN_POLL_INTERVAL_MS,
  peringatanModule,
} from '@gerbang/module-peringatan';
import { renderModule, type RenderedModule, type RenderModuleOptions } from '@gerbang/web/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const baseUrl = 'https://api.peringatan.test';
const MINUTE = 60_000;
const T0 = Date.parse('2026-11-23T12:00:00+07:00');
/** The back end's clock; the module's clock is `Date.now`, faked by vitest. */
let storeNow = T0;
const mock = setupMockServer({ baseUrl, store: createMockStore({ now: () => storeNow }), onUnhandledRequest: 'error' });

const FLOOD = 'BPBD-LPG-20261123-001';
const NOWCAST = 'CBD20261123001';

let view: RenderedModule | undefined;

beforeAll(() => {
  mock.listen();
});
beforeEach(() => {
  storeNow = T0;
  mock.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
});
afterEach(async () => {
  await view?.destroy();
  view = undefined;
  vi.useRealTimers();
});
afterAll(() => {
  mock.close();
});

async function open(options: Partial<RenderModuleOptions> = {}): Promise<HTMLElement> {
  view = await renderModule(peringatanModule, { baseUrl, ...options });
  return view.element;
}

const all = (root: ParentNode, selector: string): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(selector)];
const testId = (id: string): string => `[data-testid="${id}"]`;

async function find(root: ParentNode, selector: string): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const found = root.querySelector<HTMLElement>(selector);
    if (found === null) throw new Error(`nothing matches ${selector} yet`);
    return found;
  });
}

/** Clicks the view's Refresh button. */
function refresh(root: HTMLElement): void {
  all(root, 'button')
    .find((element) => element.textContent === 'Perbarui')!
    .click();
}

const wib = (instant: number): string => `${new Date(instant + 7 * 60 * MINUTE).toISOString().slice(0, 19)}+07:00`;

function alert(identifier: string, severity: CapInfo['severity'], sentMinutesAgo: number): CapAlert {
  const sent = T0 - sentMinutesAgo * MINUTE;
  return {
    identifier,
    sender: 'bpbd@lampungprov.example',
    sent: wib(sent),
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    code: [],
    info: [
      {
        language: 'id',
        category: ['Met'],
        event: `Peristiwa ${identifier}`,
        responseType: [],
        urgency: 'Expected',
        severity,
        certainty: 'Possible',
        eventCode: [],
        parameter: [],
        headline: `Judul ${identifier}`,
        effective: wib(sent),
        expires: wib(T0 + 6 * 60 * MINUTE),
        area: [{ areaDesc: `Wilayah ${identifier}`, polygons: [], circles: [], geocodes: [{ valueName: 'ADM2', value: '18.71' }] }],
      },
    ],
  };
}

describe('manifest and constants', () => {
  it('is the peringatan module with documented freshness rules', () => {
    expect(peringatanModule.manifest.id).toBe(PERINGATAN_MODULE_ID);
    expect(peringatanModule.manifest.routes.map((route) => route.path)).toEqual(['/', '/peringatan/:id']);
    expect([ALERTS_STALE_AFTER_MS, GAUGES_STALE_AFTER_MS, PERINGATAN_POLL_INTERVAL_MS]).toEqual([15 * MINUTE, 60 * MINUTE, MINUTE]);
  });
});

describe('active alerts', () => {
  it('lists the alerts in effect, most severe first and then newest first, with the severity in words', async () => {
    mock.store.alerts.publish(alert('TEST-MINOR', 'Minor', 1));
    mock.store.alerts.publish(alert('TEST-EXTREME', 'Extreme', 90));
    mock.store.alerts.publish(alert('TEST-SEVERE-NEW', 'Severe', 5));
    const element = await open();
    await find(element, testId('peringatan-alert-TEST-MINOR'));
    const order = all(element, '[data-testid^="peringatan-alert-"]').map((item) => item.dataset['testid']!.slice('peringatan-alert-'.length));
    expect(order).toEqual(['TEST-EXTREME', 'TEST-SEVERE-NEW', FLOOD, NOWCAST, 'TEST-MINOR']);
    const severities = all(element, '[data-testid^="peringatan-alert-"] .gb-peringatan-severity').map((badge) => badge.textContent.trim());
    expect(severities).toEqual([
      '‼ Tingkat bahaya: Ekstrem',
      '! Tingkat bahaya: Parah',
      '! Tingkat bahaya: Parah',
      '▲ Tingkat bahaya: Sedang',
      '● Tingkat bahaya: Ringan',
    ]);
  });

  it('shows what, how urgent and certain, where and until when, with a link to the alert', async () => {
    const element = await open();
    const flood = await find(element, testId(`peringatan-alert-${FLOOD}`));
    expect(flood.textContent).toContain('Banjir · Urgensi: Dalam waktu dekat · Kepastian: Kemungkinan besar');
    expect(flood.textContent).toContain('Wilayah: Kec. Rajabasa dan Kec. Kedaton, Kota Bandar Lampung');
    expect(flood.textContent).toContain('Berlaku 23 Nov 2026, 11.20 · Berakhir 24 Nov 2026, 00.00');
    expect(flood.querySelector('a')?.getAttribute('href')).toBe(`/m/peringatan/peringatan/${FLOOD}`);
    expect(flood.querySelector('h4')?.textContent).toBe('Waspada banjir di Kota Bandar Lampung');
  });

  it('says so when no alert is in effect', async () => {
    vi.setSystemTime(T0 + 2 * 24 * 60 * MINUTE);
    storeNow = T0 + 2 * 24 * 60 * MINUTE;
    const element = await open();
    await vi.waitFor(() => {
      expect(element.textContent).toContain('Tidak ada peringatan yang berlaku saat ini.');
    });
  });
});

describe('flood gauges', () => {
  it('shows each gauge with its level, Siaga status in words, pumps and when it was read', async () => {
    mock.store.alerts.setWaterLevel('pa-way-awi', 210);
    const element = await open();
    const gate = await find(element, testId('peringatan-gauge-pa-way-awi'));
    expect(gate.textContent).toContain('Pintu air');
    expect(gate.textContent).toContain('Siaga 2 · Siaga Tinggi air 210 cm');
    expect(gate.textContent).toContain('Pompa: Pompa 1 menyala, Pompa 2 rusak');
    expect(gate.querySelector(testId('peringatan-updated'))?.textContent).toBe('Diperbarui 23 Nov 2026, 12.00');
    expect(gate.textContent).toContain('Sumber: BBWS Mesuji Sekampung (data simulasi)');
    // Most severe first.
    const levels = all(element, '[data-testid^="peringatan-gauge-"] .gb-peringatan-level').map((badge) => Number(/Siaga (\d)/.exec(badge.textContent)![1]));
    expect(levels).toEqual([...levels].sort());
  });
});

describe('freshness', () => {
  it('shows when every dataset was updated and marks only the gauge that stopped reporting as stale', async () => {
    const element = await open();
    await find(element, testId('peringatan-gauge-pda-way-semaka'));
    await find(element, testId(`peringatan-alert-${FLOOD}`));
    expect(all(element, testId('peringatan-updated'))).toHaveLength(1 + 4);
    expect(element.querySelector(`.gb-peringatan-part ${testId('peringatan-updated')}`)?.textContent).toBe('Diperbarui 23 Nov 2026, 12.00');
    const stale = all(element, testId('peringatan-stale'));
    expect(stale).toHaveLength(1);
    expect(stale[0]!.textContent).toBe('Data lama');
    expect(stale[0]!.closest('[data-testid^="peringatan-gauge-"]')?.getAttribute('data-testid')).toBe('peringatan-gauge-pda-way-semaka');
    expect(stale[0]!.parentElement?.textContent).toContain('Pembacaan ini lebih dari 60 menit lalu');
  });

  it('marks gauge readings older than an hour as stale, and clears the mark when a new reading arrives', async () => {
    const element = await open();
    await find(element, testId('peringatan-gauge-pda-way-kuala'));
    expect(all(element, testId('peringatan-stale'))).toHaveLength(1);

    vi.setSystemTime(T0 + 2 * 60 * MINUTE);
    refresh(element);
    // Every reading is now more than an hour old; the alerts list was just fetched.
    await vi.waitFor(() => {
      expect(element.querySelector(`.gb-peringatan-part ${testId('peringatan-updated')}`)?.textContent).toBe('Diperbarui 23 Nov 2026, 14.00');
    });
    expect(all(element, testId('peringatan-stale')).map((badge) => badge.closest('li')?.dataset['testid'])).toEqual([
      'peringatan-gauge-pda-way-kuala',
      'peringatan-gauge-pa-way-awi',
      'peringatan-gauge-pda-way-sekampung-metro',
      'peringatan-gauge-pda-way-semaka',
    ]);

    storeNow = T0 + 2 * 60 * MINUTE;
    mock.store.alerts.setWaterLevel('pda-way-kuala', 300);
    refresh(element);
    await vi.waitFor(() => {
      expect(element.querySelector(testId('peringatan-gauge-pda-way-kuala'))?.textContent).toContain('Siaga 1 · Bahaya Tinggi air 300 cm');
    });
    expect(element.querySelector(`${testId('peringatan-gauge-pda-way-kuala')} ${testId('peringatan-stale')}`)).toBeNull();
    expect(all(element, testId('peringatan-stale'))).toHaveLength(3);
  });

  it('marks the alerts stale when they could not be refreshed for more than 15 minutes, and keeps showing them', async () => {
    const element = await open();
    await find(element, testId(`peringatan-alert-${FLOOD}`));
    const alertsPart = element.querySelector('.gb-peringatan-part')!;

    view!.setOnline(false);
    vi.setSystemTime(T0 + 14 * MINUTE);
    refresh(element);
    await vi.waitFor(() => {
      expect(alertsPart.querySelector('[role="alert"]')?.textContent).toContain('Gagal memuat peringatan. Anda sedang offline.');
    });
    expect(alertsPart.querySelector(testId('peringatan-stale'))).toBeNull();

    vi.setSystemTime(T0 + 16 * MINUTE);
    alertsPart.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    const badge = await find(alertsPart, testId('peringatan-stale'));
    expect(badge.parentElement?.textContent).toContain('lebih dari 15 menit lalu');
    expect(alertsPart.querySelector('[role="alert"]')?.textContent).toContain('Data yang tampil adalah data terakhir yang berhasil dimuat.');
    expect(alertsPart.querySelector(testId(`peringatan-alert-${FLOOD}`))).not.toBeNull();
    expect(alertsPart.querySelector(testId('peringatan-updated'))?.textContent).toBe('Diperbarui 23 Nov 2026, 12.00');

    view!.setOnline(true);
    refresh(element);
    await vi.waitFor(() => {
      expect(alertsPart.querySelector(testId('peringatan-updated'))?.textContent).toBe('Diperbarui 23 Nov 2026, 12.16');
    });
    expect(alertsPart.querySelector(testId('peringatan-stale'))).toBeNull();
    expect(alertsPart.querySelector('[role="alert"]')).toBeNull();
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Diperbarui pukul 12.16');
  });

  it(`refreshes by itself every ${PERINGATAN_POLL_INTERVAL_MS / 1000} seconds`, async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: T0 });
    const element = await open();
    await find(element, testId('peringatan-gauge-pda-way-kuala'));
    storeNow = T0 + MINUTE;
    mock.store.alerts.setWaterLevel('pda-way-kuala', 120);
    await vi.advanceTimersByTimeAsync(PERINGATAN_POLL_INTERVAL_MS - 1000);
    expect(element.querySelector(testId('peringatan-gauge-pda-way-kuala'))?.textContent).not.toContain('120 cm');
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => {
      expect(element.querySelector(testId('peringatan-gauge-pda-way-kuala'))?.textContent).toContain('Siaga 4 · Normal Tinggi air 120 cm');
    });
    // A refresh the citizen did not ask for is not announced.
    expect(element.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('does not poll while the page is hidden, and refreshes as soon as it is visible again', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: T0 });
    const element = await open();
    await find(element, testId('peringatan-gauge-pda-way-kuala'));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    storeNow = T0 + MINUTE;
    mock.store.alerts.setWaterLevel('pda-way-kuala', 130);
    await vi.advanceTimersByTimeAsync(3 * PERINGATAN_POLL_INTERVAL_MS);
    // Let any request that was (wrongly) started come back before looking.
    vi.useFakeTimers({ toFake: ['Date'], now: T0 + 3 * MINUTE });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(element.querySelector(testId('peringatan-gauge-pda-way-kuala'))?.textContent).not.toContain('130 cm');

    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => {
      expect(element.querySelector(testId('peringatan-gauge-pda-way-kuala'))?.textContent).toContain('Tinggi air 130 cm');
    });
  });
});

describe('one alert', () => {
  it('shows the instruction, the areas and the severity of the alert', async () => {
    const element = await open({ route: 'peringatan', params: { id: FLOOD } });
    await vi.waitFor(() => {
      expect(element.querySelector('h2')?.textContent).toBe('Waspada banjir di Kota Bandar Lampung');
    });
    expect(element.textContent).toContain('Tingkat bahaya: Parah');
    expect(element.querySelector('.gb-peringatan-instruction')?.textContent).toBe(
      'Yang harus dilakukanAmankan dokumen penting, matikan listrik bila air masuk rumah, dan ikuti arahan petugas.',
    );
    expect(all(element, 'ul li').map((item) => item.textContent)).toEqual(['Kec. Rajabasa dan Kec. Kedaton, Kota Bandar Lampung']);
    expect(all(element, 'dd').map((item) => item.textContent)).toEqual(expect.arrayContaining(['Dalam waktu dekat', 'Kemungkinan besar', 'BPBD Provinsi Lampung (simulasi)']));
    expect(all(element, testId('peringatan-updated'))).toHaveLength(1);
  });

  it('opens from the list', async () => {
    const element = await open();
    const link = (await find(element, testId(`peringatan-alert-${NOWCAST}`))).querySelector('a')!;
    await view!.navigate(link.getAttribute('href')!);
    await vi.waitFor(() => {
      expect(element.querySelector('h2')?.textContent).toBe('Hujan lebat disertai petir di sebagian Lampung');
    });
  });

  it('says so when the alert is not in effect', async () => {
    const element = await open({ route: 'peringatan', params: { id: 'TIDAK-ADA' } });
    await vi.waitFor(() => {
      expect(element.querySelector('[role="alert"]')?.textContent).toBe('Peringatan ini tidak ditemukan atau sudah tidak berlaku.');
    });
  });
});

describe('English', () => {
  it('writes severity, levels and staleness in English', async () => {
    const element = await open({ locale: 'en' });
    const flood = await find(element, testId(`peringatan-alert-${FLOOD}`));
    expect(flood.textContent).toContain('Severity: Severe');
    const semaka = await find(element, testId('peringatan-gauge-pda-way-semaka'));
    expect(semaka.querySelector(testId('peringatan-stale'))?.textContent).toBe('Stale data');
    expect(semaka.textContent).toContain('Level');
  });
});
