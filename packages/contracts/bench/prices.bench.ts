/**
 * The cost of `validate()` on a large list: a day's food-price survey of a province, 10,000 quotes,
 * through `validate(priceListSchema, ...)` against zod's own `parse` of the same schema, in the
 * same run. `validate()` adds a walk for prototype-polluting keys and the typed result; the budget
 * is 1.2× zod's parse. vitest prints both and the ratio ("N× slower than").
 */
import { priceListSchema, summarizePrices, validate } from '@gerbang/contracts';
import { bench, describe } from 'vitest';
import * as z from 'zod/mini';

const ROWS = 10_000;
const quotes: unknown = JSON.parse(
  JSON.stringify(
    Array.from({ length: ROWS }, (_, index) => ({
      commodityCode: `komoditas-${index % 40}`,
      marketId: `pasar-${index % 25}`,
      regionCode: '18.71',
      date: `2025-03-${String(1 + (index % 28)).padStart(2, '0')}`,
      price: 10_000 + (index % 500) * 25,
      unit: 'kg',
      updatedAt: '2025-03-01T08:00:00+07:00',
      source: 'Dinas Ketahanan Pangan Provinsi Lampung',
    })),
  ),
);

describe(`validate a price list of ${ROWS} quotes`, () => {
  bench('baseline: zod parse of priceListSchema', () => {
    z.parse(priceListSchema, quotes);
  });
  bench('validate(priceListSchema) (key walk + zod + typed result)', () => {
    const result = validate(priceListSchema, quotes);
    if (!result.success) throw result.error;
  });
});

const parsed = z.parse(priceListSchema, quotes);

describe(`summarize ${ROWS} quotes`, () => {
  bench('summarizePrices', () => {
    summarizePrices(parsed);
  });
});
