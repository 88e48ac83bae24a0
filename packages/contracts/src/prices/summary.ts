/**
 * Summaries of price quotes per commodity: newest, previous, average, min, max and trend.
 *
 * @module
 */

/** Which way a price moved between the two latest dates. */
export type PriceTrendDirection = 'up' | 'down' | 'flat';

/** How a price moved between the two latest dates. */
export interface PriceTrend {
  /** `up`, `down`, or `flat` when the change is within the flat threshold. */
  readonly direction: PriceTrendDirection;
  /** The change from `previous` to `newest`, in percent of `previous`, rounded to 0.1; 0 without a previous price. */
  readonly percent: number;
}

/** The summary of one commodity's quotes; see {@link summarizePrices}. */
export interface PriceSummary {
  /** The commodity. */
  readonly commodityCode: string;
  /** The newest survey date among the quotes. */
  readonly date: string;
  /** The price on the newest date (the mean over its quotes, in whole rupiah). */
  readonly newest: number;
  /** The date before `date` that has quotes, if any. */
  readonly previousDate?: string;
  /** The price on `previousDate` (the mean over its quotes, in whole rupiah), if any. */
  readonly previous?: number;
  /** The mean of all the quotes, in whole rupiah. */
  readonly average: number;
  /** The lowest quote. */
  readonly min: number;
  /** The highest quote. */
  readonly max: number;
  /** How many quotes were summarized. */
  readonly count: number;
  /** How the price moved from `previous` to `newest`. */
  readonly trend: PriceTrend;
}

/** Options of {@link summarizePrices}. */
export interface SummarizePricesOptions {
  /**
   * A change smaller than this, in percent (absolute), counts as `flat`.
   * @default 0 (only an unchanged price is flat)
   * @example 1
   */
  flatThresholdPercent?: number;
}

/** What {@link summarizePrices} reads of a quote. */
export interface SummarizableQuote {
  /** The commodity. */
  readonly commodityCode: string;
  /** The survey date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The price in whole rupiah. */
  readonly price: number;
}

/**
 * Summarizes quotes per commodity. For each commodity: the newest and the previous price (each the
 * mean of that date's quotes, across markets), and the average, min and max over all its quotes
 * given (one day across markets gives the spread between markets; a history gives the range over
 * time). Means are rounded to whole rupiah. Commodities come out in the order first seen.
 *
 * @param quotes - Quotes, in any order.
 * @param options - The flat threshold.
 * @example
 * ```ts
 * summarizePrices([
 *   { commodityCode: 'beras-medium', date: '2025-03-01', price: 13_000 },
 *   { commodityCode: 'beras-medium', date: '2025-03-02', price: 13_500 },
 * ]);
 * // [{ commodityCode: 'beras-medium', date: '2025-03-02', newest: 13500, previousDate: '2025-03-01', previous: 13000,
 * //    average: 13250, min: 13000, max: 13500, count: 2, trend: { direction: 'up', percent: 3.8 } }]
 * ```
 */
export function summarizePrices(quotes: readonly SummarizableQuote[], options: SummarizePricesOptions = {}): PriceSummary[] {
  const threshold = options.flatThresholdPercent ?? 0;
  const groups = new Map<string, SummarizableQuote[]>();
  for (const quote of quotes) {
    const group = groups.get(quote.commodityCode);
    if (group === undefined) groups.set(quote.commodityCode, [quote]);
    else group.push(quote);
  }
  const summaries: PriceSummary[] = [];
  for (const [commodityCode, group] of groups) {
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    const byDate = new Map<string, { sum: number; count: number }>();
    for (const { date, price } of group) {
      min = Math.min(min, price);
      max = Math.max(max, price);
      sum += price;
      const day = byDate.get(date);
      if (day === undefined) byDate.set(date, { sum: price, count: 1 });
      else {
        day.sum += price;
        day.count += 1;
      }
    }
    // ISO calendar dates sort as strings.
    const dates = [...byDate.keys()].sort();
    const date = dates[dates.length - 1]!;
    const previousDate = dates[dates.length - 2];
    const mean = (day: { sum: number; count: number }): number => Math.round(day.sum / day.count);
    const newest = mean(byDate.get(date)!);
    const previous = previousDate === undefined ? undefined : mean(byDate.get(previousDate)!);
    summaries.push({
      commodityCode,
      date,
      newest,
      ...(previousDate === undefined || previous === undefined ? {} : { previousDate, previous }),
      average: Math.round(sum / group.length),
      min,
      max,
      count: group.length,
      trend: priceTrend(newest, previous, threshold),
    });
  }
  return summaries;
}

/**
 * The trend from a previous to a newest price.
 *
 * @param newest - The newest price.
 * @param previous - The previous price, if any.
 * @param flatThresholdPercent - A change smaller than this (absolute, in percent) is `flat`.
 * @example
 * ```ts
 * priceTrend(13_500, 13_000); // { direction: 'up', percent: 3.8 }
 * ```
 */
export function priceTrend(newest: number, previous: number | undefined, flatThresholdPercent = 0): PriceTrend {
  if (previous === undefined || previous === 0) return { direction: 'flat', percent: 0 };
  const change = ((newest - previous) / previous) * 100;
  const percent = Math.round(change * 10) / 10 || 0;
  if (newest === previous || Math.abs(change) < flatThresholdPercent) return { direction: 'flat', percent };
  return { direction: change > 0 ? 'up' : 'down', percent };
}
