/**
 * Food prices in the store: the commodity catalogue, markets in several Lampung regencies, and
 * daily quotes per commodity and market for the last five weeks, in whole rupiah.
 *
 * @module
 */
import type { Commodity, Market, PriceQuote } from '@gerbang/contracts';
import type { MockRandom } from '../random.ts';
import { DAY, HOUR, toWib, wibDate } from './time.ts';

/** The food-price part of the store's data. */
export interface PricesData {
  /** The commodity catalogue. */
  commodities: Commodity[];
  /** The surveyed markets. */
  markets: Market[];
  /** Every quote, oldest date first. */
  quotes: PriceQuote[];
}

/** How many days of quotes the seed holds. */
export const PRICE_HISTORY_DAYS = 35;

/** Who the seeded prices come from: synthetic data, and marked as such. */
export const PRICE_SOURCE = 'Disperindag Provinsi Lampung (data simulasi)';

const COMMODITIES: readonly (Commodity & { readonly base: number; readonly volatility: number })[] = [
  { code: 'beras-medium', name: { id: 'Beras Medium', en: 'Medium rice' }, unit: 'kg', group: 'beras', base: 13_500, volatility: 0.004 },
  { code: 'beras-premium', name: { id: 'Beras Premium', en: 'Premium rice' }, unit: 'kg', group: 'beras', base: 15_500, volatility: 0.004 },
  { code: 'cabai-merah-keriting', name: { id: 'Cabai Merah Keriting', en: 'Curly red chilli' }, unit: 'kg', group: 'cabai', base: 42_000, volatility: 0.04 },
  { code: 'cabai-rawit-merah', name: { id: 'Cabai Rawit Merah', en: "Red bird's eye chilli" }, unit: 'kg', group: 'cabai', base: 48_000, volatility: 0.05 },
  { code: 'bawang-merah', name: { id: 'Bawang Merah', en: 'Shallots' }, unit: 'kg', group: 'bawang', base: 38_000, volatility: 0.03 },
  { code: 'bawang-putih', name: { id: 'Bawang Putih', en: 'Garlic' }, unit: 'kg', group: 'bawang', base: 40_000, volatility: 0.015 },
  { code: 'minyak-goreng-curah', name: { id: 'Minyak Goreng Curah', en: 'Bulk cooking oil' }, unit: 'litre', group: 'minyak', base: 17_500, volatility: 0.006 },
  { code: 'gula-pasir', name: { id: 'Gula Pasir', en: 'Sugar' }, unit: 'kg', group: 'gula', base: 18_000, volatility: 0.005 },
  { code: 'telur-ayam-ras', name: { id: 'Telur Ayam Ras', en: 'Chicken eggs' }, unit: 'kg', group: 'telur', base: 28_500, volatility: 0.015 },
  { code: 'daging-ayam-ras', name: { id: 'Daging Ayam Ras', en: 'Broiler chicken' }, unit: 'kg', group: 'daging', base: 36_000, volatility: 0.02 },
  { code: 'daging-sapi', name: { id: 'Daging Sapi', en: 'Beef' }, unit: 'kg', group: 'daging', base: 135_000, volatility: 0.005 },
];

const MARKETS: readonly (Market & { readonly factor: number })[] = [
  { id: 'pasar-tugu', name: 'Pasar Tugu', regionCode: '18.71', address: 'Jl. Hos Cokroaminoto, Tanjung Karang Timur', factor: 1.02 },
  { id: 'pasar-bambu-kuning', name: 'Pasar Bambu Kuning', regionCode: '18.71', address: 'Jl. Imam Bonjol, Tanjung Karang Pusat', factor: 1.03 },
  { id: 'pasar-way-halim', name: 'Pasar Way Halim', regionCode: '18.71', factor: 1.01 },
  { id: 'pasar-cendrawasih', name: 'Pasar Cendrawasih', regionCode: '18.72', address: 'Metro Pusat', factor: 0.99 },
  { id: 'pasar-natar', name: 'Pasar Natar', regionCode: '18.01', factor: 0.98 },
  { id: 'pasar-kalianda', name: 'Pasar Kalianda', regionCode: '18.01', factor: 1 },
  { id: 'pasar-bandar-jaya', name: 'Pasar Bandar Jaya', regionCode: '18.02', factor: 0.97 },
  { id: 'pasar-pringsewu', name: 'Pasar Pringsewu', regionCode: '18.10', factor: 0.98 },
  { id: 'pasar-kotabumi', name: 'Pasar Sentral Kotabumi', regionCode: '18.03', factor: 0.99 },
];

/** Whether a region code is `region` or inside it (`18.71` is inside `18`). */
export function inRegion(code: string, region: string): boolean {
  return code === region || code.startsWith(`${region}.`);
}

/**
 * Seeds the prices: a random walk per commodity and market, rounded to 50 rupiah (whole rupiah).
 */
export function seedPrices(random: MockRandom, anchor: number): PricesData {
  const commodities = COMMODITIES.map(({ code, name, unit, group }) => ({ code, name, unit, group }));
  const markets = MARKETS.map(({ id, name, regionCode, address }) => ({ id, name, regionCode, ...(address === undefined ? {} : { address }) }));
  const quotes: PriceQuote[] = [];
  const walks = new Map<string, number>();
  for (let day = PRICE_HISTORY_DAYS - 1; day >= 0; day--) {
    const instant = anchor - day * DAY;
    const date = wibDate(instant);
    // The survey of a day is entered at 10:00 WIB.
    const updatedAt = toWib(Date.parse(`${date}T10:00:00+07:00`) + random.int(0, 90) * 60_000);
    for (const commodity of COMMODITIES) {
      for (const market of MARKETS) {
        const key = `${commodity.code}@${market.id}`;
        const level = (walks.get(key) ?? commodity.base * market.factor) * (1 + (random.next() * 2 - 1) * commodity.volatility);
        walks.set(key, level);
        quotes.push({
          commodityCode: commodity.code,
          marketId: market.id,
          regionCode: market.regionCode,
          date,
          price: Math.max(50, Math.round(level / 50) * 50),
          unit: commodity.unit,
          updatedAt: Date.parse(updatedAt) > anchor ? toWib(anchor - HOUR) : updatedAt,
          source: PRICE_SOURCE,
        });
      }
    }
  }
  return { commodities, markets, quotes };
}
