import {
  explainPkbTotal,
  isGerbangError,
  parseNik,
  parseQris,
  PROVINCES,
  REPORT_STATUSES,
  reportSchema,
  validate,
  capAlertSchema,
  explainBadCapPolygon,
} from '@gerbang/contracts';
import { createMockStore } from '@gerbang/mocks';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const NOW = Date.parse('2026-11-02T09:00:00+07:00');
const clock = () => NOW;

describe('seed data', () => {
  it('is the same for the same seed and clock, and differs for another seed', () => {
    const a = createMockStore({ seed: 'a', now: clock }).snapshot();
    expect(createMockStore({ seed: 'a', now: clock }).snapshot()).toEqual(a);
    expect(createMockStore({ seed: 'b', now: clock }).snapshot()).not.toEqual(a);
  });

  it('holds reports in several lifecycle states, each valid with its history', () => {
    const store = createMockStore({ now: clock });
    const reports = store.reports.list();
    const states = new Set(reports.map((report) => report.status));
    expect(states.size).toBeGreaterThanOrEqual(8);
    for (const report of reports) {
      expect(validate(reportSchema, report).error?.message).toBeUndefined();
      expect(report.history[0]).toMatchObject({ from: null, to: 'submitted' });
      expect(report.history.at(-1)?.to).toBe(report.status);
      expect(Date.parse(report.updatedAt)).toBeLessThanOrEqual(NOW);
    }
    expect(reports.some((report) => report.support.count > 0)).toBe(true);
  });

  it('holds prices of several regencies over weeks, in whole rupiah', () => {
    const store = createMockStore({ now: clock });
    const quotes = store.prices.quotes({ regionCode: '18' });
    const regencies = new Set(quotes.map((quote) => quote.regionCode));
    const dates = new Set(quotes.map((quote) => quote.date));
    expect(regencies.size).toBeGreaterThanOrEqual(5);
    expect(dates.size).toBeGreaterThanOrEqual(21);
    expect(quotes.every((quote) => Number.isSafeInteger(quote.price) && quote.price > 0)).toBe(true);
    expect(store.prices.latestDate()).toBe('2026-11-02');
  });

  it('holds a vehicle tax bill whose components sum to the total, and a QRIS payment code', () => {
    const store = createMockStore({ now: clock });
    const { bills, payments } = store.snapshot().pkb;
    expect(bills).toHaveLength(1);
    const bill = bills[0]!;
    expect(bill.plate.startsWith('BE ')).toBe(true);
    expect(explainPkbTotal(bill)).toBeUndefined();
    expect(bill.components.map((component) => component.kind)).toEqual(['pkb', 'opsen_pkb', 'swdkllj', 'pkb_fine', 'opsen_pkb_fine', 'swdkllj_fine', 'stnk_fee', 'plate_fee']);
    const qris = parseQris(payments[0]!.qrisPayload!);
    expect(qris.ok).toBe(true);
    expect(qris.value?.transactionAmount).toBe(String(bill.total));
  });

  it('holds a flood alert with closed polygons and gauges with provenance', () => {
    const store = createMockStore({ now: clock });
    const alerts = store.alerts.active('18.71');
    expect(alerts.map((alert) => alert.info[0]?.event)).toContain('Banjir');
    for (const alert of alerts) expect(validate(capAlertSchema, alert).success).toBe(true);
    const polygons = alerts.flatMap((alert) => alert.info.flatMap((info) => info.area.flatMap((area) => area.polygons)));
    expect(polygons.length).toBeGreaterThanOrEqual(2);
    for (const polygon of polygons) expect(explainBadCapPolygon(polygon)).toBeUndefined();
    // The expired nowcast over Metro is not in effect.
    expect(store.alerts.active('18.72')).toEqual([]);
    expect(store.alerts.gauges().every((gauge) => gauge.source.length > 0 && gauge.updatedAt.endsWith('+07:00'))).toBe(true);
  });

  it('serves the regions of the contracts, news and emergency numbers', () => {
    const store = createMockStore({ now: clock });
    expect(store.regions.provinces()).toBe(PROVINCES);
    expect(store.regions.regencies('18')).toHaveLength(15);
    expect(store.news().length).toBeGreaterThanOrEqual(4);
    const contacts = store.emergencyContacts('18.71');
    expect(contacts[0]?.number).toBe('112');
    expect(contacts.map((contact) => contact.id)).toContain('bandar-lampung-damkar');
    expect(store.emergencyContacts('18.72').map((contact) => contact.id)).not.toContain('bandar-lampung-damkar');
    expect(store.emergencyContacts().map((contact) => contact.id)).toEqual(expect.arrayContaining(['lampung-call-centre', 'bandar-lampung-damkar', 'metro-ambulans']));
  });

  it('holds no NIK-shaped number and only synthetic phone numbers', () => {
    const text = JSON.stringify(createMockStore({ now: clock }).snapshot());
    for (const match of text.matchAll(/\d{16}/g)) expect(parseNik(match[0]).ok).toBe(false);
    for (const match of text.matchAll(/\b0\d{2,3}[ -]?\d{3}[ -]?\d{3,4}\b/g)) expect(match[0]).toMatch(/^0\d{2,3}[ -]?000[ -]?\d+$/);
  });
});

describe('reports', () => {
  it('advances a report through the lifecycle, with notes and evidence where required', () => {
    const store = createMockStore({ now: clock });
    const ticket = store.reports.list({ status: 'submitted' })[0]!.ticket;
    for (const to of ['verified', 'routed', 'in_progress', 'awaiting_validation', 'done', 'closed'] as const) store.reports.advance(ticket, to);
    const report = store.reports.get(ticket)!;
    expect(report.status).toBe('closed');
    expect(report.history.map((change) => change.to)).toEqual(['submitted', 'verified', 'routed', 'in_progress', 'awaiting_validation', 'done', 'closed']);
    expect(report.history.find((change) => change.to === 'done')?.evidence).toHaveLength(1);
    expect(validate(reportSchema, report).success).toBe(true);
  });

  it('refuses an illegal transition with the typed error of the contracts', () => {
    const store = createMockStore({ now: clock });
    const ticket = store.reports.list({ status: 'submitted' })[0]!.ticket;
    let error: unknown;
    try {
      store.reports.advance(ticket, 'done');
    } catch (caught) {
      error = caught;
    }
    expect(isGerbangError(error, 'report-transition-refused')).toBe(true);
    expect(error).toMatchObject({ from: 'submitted', to: 'done', reason: 'not-allowed', allowed: ['verified', 'rejected', 'redirected', 'removed'] });
    expect(store.reports.get(ticket)?.status).toBe('submitted');
  });

  it('throws a typed error for an unknown ticket', () => {
    expect(() => createMockStore({ now: clock }).reports.advance('LPG-2026-999999', 'verified')).toThrow(expect.objectContaining({ code: 'mock-record-not-found' }));
  });

  it('never breaks the contract, whatever the sequence of steps asked for', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(11), fc.constantFrom(...REPORT_STATUSES)), { maxLength: 30 }), (steps) => {
        const store = createMockStore({ now: clock });
        const tickets = store.reports.list().map((report) => report.ticket);
        for (const [index, to] of steps) {
          try {
            store.reports.advance(tickets[index % tickets.length]!, to);
          } catch (error) {
            if (!isGerbangError(error, 'report-transition-refused')) throw error;
          }
        }
        return store.reports.list().every((report) => validate(reportSchema, report).success);
      }),
      { numRuns: 40 },
    );
  });

  it('moves every open report one step per tick', () => {
    const store = createMockStore({ now: clock });
    const before = store.reports.get(store.reports.list({ status: 'submitted' })[0]!.ticket)!;
    const moved = store.reports.tick();
    expect(moved).toBeGreaterThan(0);
    expect(store.reports.get(before.ticket)?.status).toBe('verified');
    for (let tick = 0; tick < 10; tick++) store.reports.tick();
    expect(store.reports.get(before.ticket)?.status).toBe('closed');
    expect(store.reports.tick()).toBe(0);
  });

  it('moves reports by themselves as the clock passes, with autoProgress', () => {
    let now = NOW;
    const store = createMockStore({ now: () => now, autoProgress: { everyMs: 60_000 } });
    const ticket = store.reports.list({ status: 'submitted' })[0]!.ticket;
    expect(store.reports.get(ticket)?.status).toBe('submitted');
    now += 59_000;
    expect(store.reports.get(ticket)?.status).toBe('submitted');
    now += 2 * 60_000;
    expect(store.reports.get(ticket)?.status).toBe('routed');
  });

  it('refuses an automatic progression that is not a positive interval', () => {
    expect(() => createMockStore({ autoProgress: { everyMs: 0 } })).toThrow(expect.objectContaining({ code: 'invalid-definition' }));
  });

  it('counts reports, and reset brings the seed back', () => {
    const store = createMockStore({ now: clock });
    const count = store.reports.count();
    store.reports.create(
      { categoryCode: 'lampu-jalan', description: 'Lampu mati', location: { point: { lat: -5.4, lng: 105.26 }, regionCode: '18.71' }, visibility: 'private', anonymous: false, channel: 'app' },
      { owner: 'warga-uji-09' },
    );
    expect(store.reports.count()).toBe(count + 1);
    expect(store.reports.count({ owner: 'warga-uji-09' })).toBe(1);
    store.idempotency.begin('scope', 'key', 'x');
    store.reset();
    expect(store.reports.count()).toBe(count);
    expect(store.idempotency.size).toBe(0);
  });

  it('starts from a snapshot, so that a demo keeps what was filed across a reload, and refuses one that is not', () => {
    const before = createMockStore({ now: clock });
    const filed = before.reports.create(
      { categoryCode: 'lampu-jalan', description: 'Lampu mati', location: { landmark: 'depan pasar', regionCode: '18.71' }, visibility: 'private', anonymous: false, channel: 'app' },
      { owner: 'warga-uji-10' },
    );
    // As a page keeps it: through JSON, in sessionStorage.
    const kept = JSON.parse(JSON.stringify(before.snapshot())) as ReturnType<typeof before.snapshot>;
    const after = createMockStore({ now: clock, data: kept });
    expect(after.reports.get(filed.ticket)?.description).toBe('Lampu mati');
    expect(after.reports.count()).toBe(before.reports.count());
    after.reset();
    expect(after.reports.count()).toBe(before.reports.count() - 1);
    expect(() => createMockStore({ data: { reports: {} } as never })).toThrow('data is not a snapshot of a mock store: it lacks platform, prices, pkb, alerts, news, emergency');
  });
});
