/**
 * Throughput of the codecs, each beside a baseline in the same run: one iteration reads 10,000
 * QRIS payloads or 10,000 NIKs, so items per second are vitest's `hz` × 10,000. The baselines are
 * the least any reader must do: split the TLV fields (QRIS) and test the 16-digit shape (NIK).
 */
import { formatQris, parseNik, parseQris, type QrisData } from '@gerbang/contracts';
import { bench, describe } from 'vitest';

const ITEMS = 10_000;

const template: QrisData = {
  payloadFormatIndicator: '01',
  pointOfInitiation: 'dynamic',
  merchantAccounts: [
    { tag: '26', globallyUniqueId: 'ID.DANA.WWW', merchantPan: '936009153012345678', merchantId: '0012345678', merchantCriteria: 'UMI', otherFields: [] },
  ],
  nationalRepository: { tag: '51', globallyUniqueId: 'ID.CO.QRIS.WWW', merchantId: 'ID1020012345678', merchantCriteria: 'UMI', otherFields: [] },
  merchantCategoryCode: '5812',
  transactionCurrency: '360',
  countryCode: 'ID',
  merchantName: 'WARUNG KOPI SINAR',
  merchantCity: 'BANDAR LAMPUNG',
  postalCode: '35111',
  additionalData: { terminalLabel: 'A01', otherFields: [] },
  otherFields: [],
};

/** 10,000 distinct synthetic payloads: other amounts, names and references. */
const payloads = Array.from({ length: ITEMS }, (_, index) => {
  const written = formatQris({
    ...template,
    transactionAmount: String(1000 + index * 7),
    merchantName: `WARUNG ${index}`,
    additionalData: { terminalLabel: 'A01', referenceLabel: `INV${String(index).padStart(8, '0')}`, otherFields: [] },
  });
  if (!written.ok) throw new Error(written.error.message);
  return written.value;
});

/** 10,000 distinct synthetic NIKs across Lampung and Jakarta. */
const niks = Array.from({ length: ITEMS }, (_, index) => {
  const region = ['187101', '180102', '317305', '310101'][index % 4]!;
  const day = (index % 28) + 1 + (index % 2 === 0 ? 40 : 0);
  const month = (index % 12) + 1;
  const year = index % 100;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${region}${pad(day)}${pad(month)}${pad(year)}${String((index % 9999) + 1).padStart(4, '0')}`;
});

let sink = 0;

describe('parse 10,000 QRIS payloads', () => {
  bench('baseline: split the root TLV fields', () => {
    for (const payload of payloads) {
      for (let at = 0; at < payload.length; ) {
        const length = Number(payload.slice(at + 2, at + 4));
        sink += payload.charCodeAt(at);
        at += 4 + length;
      }
    }
  });
  bench('parseQris strict (TLV, CRC, templates, typed data)', () => {
    for (const payload of payloads) if (parseQris(payload).ok) sink++;
  });
  bench('parseQris lenient', () => {
    for (const payload of payloads) if (parseQris(payload, { mode: 'lenient' }).ok) sink++;
  });
});

describe('parse 10,000 NIKs', () => {
  const now = new Date('2026-06-15T00:00:00Z');
  bench('baseline: test the 16-digit shape', () => {
    for (const nik of niks) if (/^\d{16}$/.test(nik)) sink++;
  });
  bench('parseNik (region, date, sex, names)', () => {
    for (const nik of niks) if (parseNik(nik, { now }).ok) sink++;
  });
});

export { sink };
