import {
  getCommodityPriceHistory,
  listPriceQuotes,
  priceListSchema,
  priceQuoteSchema,
  pricesEndpoints,
  priceTrend,
  summarizePrices,
  validate,
  type PriceQuote,
} from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

const base: PriceQuote = {
  commodityCode: 'beras-medium',
  marketId: 'pasar-tugu',
  regionCode: '18.71',
  date: '2025-03-01',
  price: 13_000,
  unit: 'kg',
  updatedAt: '2025-03-01T08:00:00+07:00',
  source: 'Dinas Ketahanan Pangan Provinsi Lampung',
};
const quote = (changes: Partial<PriceQuote>): PriceQuote => ({ ...base, ...changes });

describe('price schemas', () => {
  it('accepts quotes in whole rupiah with updatedAt and source', () => {
    expect(validate(priceQuoteSchema, base).success).toBe(true);
  });

  it('refuses decimals, negative prices, missing provenance and bad units, naming the row', () => {
    const result = validate(priceListSchema, [base, { ...base, price: 13_000.5 }, { ...base, price: -1, unit: 'ons' }, { ...base, updatedAt: undefined, source: '' }]);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['1.price', '2.price', '2.unit', '3.updatedAt', '3.source']);
    expect(result.error?.issues[0]?.message).toBe('13000.5 is not an amount in whole rupiah (a non-negative integer)');
  });
});

describe('summarizePrices', () => {
  it('gives newest, previous, average, min, max and trend per commodity', () => {
    const quotes = [
      quote({ date: '2025-03-02', price: 13_500 }),
      quote({ date: '2025-03-02', marketId: 'pasar-bambu-kuning', price: 14_100 }),
      quote({ date: '2025-03-01', price: 13_000 }),
      quote({ date: '2025-03-01', marketId: 'pasar-bambu-kuning', price: 13_600 }),
      quote({ commodityCode: 'cabai-merah', date: '2025-03-01', price: 60_000 }),
      quote({ commodityCode: 'cabai-merah', date: '2025-03-02', price: 52_000 }),
      quote({ commodityCode: 'minyak-goreng', date: '2025-03-02', price: 17_500, unit: 'litre' }),
    ];
    expect(summarizePrices(quotes)).toEqual([
      {
        commodityCode: 'beras-medium',
        date: '2025-03-02',
        newest: 13_800,
        previousDate: '2025-03-01',
        previous: 13_300,
        average: 13_550,
        min: 13_000,
        max: 14_100,
        count: 4,
        trend: { direction: 'up', percent: 3.8 },
      },
      {
        commodityCode: 'cabai-merah',
        date: '2025-03-02',
        newest: 52_000,
        previousDate: '2025-03-01',
        previous: 60_000,
        average: 56_000,
        min: 52_000,
        max: 60_000,
        count: 2,
        trend: { direction: 'down', percent: -13.3 },
      },
      { commodityCode: 'minyak-goreng', date: '2025-03-02', newest: 17_500, average: 17_500, min: 17_500, max: 17_500, count: 1, trend: { direction: 'flat', percent: 0 } },
    ]);
  });

  it('rounds means to whole rupiah and treats small changes as flat when asked', () => {
    const quotes = [quote({ date: '2025-03-01', price: 10_000 }), quote({ date: '2025-03-02', price: 10_001 }), quote({ date: '2025-03-02', price: 10_002 })];
    const [summary] = summarizePrices(quotes, { flatThresholdPercent: 1 });
    expect(summary).toMatchObject({ newest: 10_002, average: 10_001, trend: { direction: 'flat', percent: 0 } });
    expect(summarizePrices(quotes)[0]?.trend).toEqual({ direction: 'up', percent: 0 });
    expect(summarizePrices([])).toEqual([]);
  });

  it('computes trends', () => {
    expect(priceTrend(100, 100)).toEqual({ direction: 'flat', percent: 0 });
    expect(priceTrend(150, 100)).toEqual({ direction: 'up', percent: 50 });
    expect(priceTrend(95, 100, 10)).toEqual({ direction: 'flat', percent: -5 });
    expect(priceTrend(100, undefined)).toEqual({ direction: 'flat', percent: 0 });
  });
});

describe('price endpoints', () => {
  it('take the region and date in the query', () => {
    expect(validate(listPriceQuotes.query, { regionCode: '18.71', date: '2025-03-01' }).success).toBe(true);
    expect(validate(listPriceQuotes.query, { regionCode: '18.71', date: '01-03-2025' }).error?.issues[0]?.path).toEqual(['date']);
    expect(getCommodityPriceHistory.path).toBe('/prices/commodities/:code/history');
    expect(Object.keys(pricesEndpoints)).toEqual(['listCommodities', 'listMarkets', 'listPriceQuotes', 'getCommodityPriceHistory']);
  });
});
