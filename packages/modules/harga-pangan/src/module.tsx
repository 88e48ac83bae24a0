/**
 * The implementation of the food-price module, loaded when the module is first opened. It
 * registers two views: `main` (today's prices of a regency and market) and `komoditas` (the price
 * history of one commodity).
 *
 * @module
 */
import {
  getCommodityPriceHistory,
  listCommodities,
  listMarkets,
  listPriceQuotes,
  summarizePrices,
  type Commodity,
  type Market,
  type PriceQuote,
  type PriceSummary,
} from '@gerbang/contracts';
import type { ModuleContext, ModuleImplementation, ViewProps } from '@gerbang/core';
import { render, type ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { PriceChart, type ChartPoint } from './chart.tsx';
import { messagesFor, type Messages } from './messages.ts';
import { STYLES } from './styles.ts';
import {
  brandRegencies,
  brandTimeZone,
  defaultRegency,
  describeError,
  formatCalendarDate,
  formatRupiah,
  formatTimestamp,
  injectStyles,
  isNotFound,
  previousDay,
  type RegencyOption,
} from './support.ts';

/** The storage key of the citizen's last regency. */
const REGENCY_KEY = 'wilayah';
const COMMODITY_CODE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** How many days back the trend looks for an earlier survey. */
const TREND_LOOKBACK_DAYS = 3;

/** What a view receives: the module context plus the host's props. */
type Props = ViewProps & { readonly ctx: ModuleContext };

/** The state of one request. */
type Load<T> = { readonly state: 'loading' } | { readonly state: 'ready'; readonly data: T } | { readonly state: 'error'; readonly error: unknown };

/**
 * Runs `load` whenever `deps` change (nothing while `load` is undefined), keeping only the
 * latest answer; returns the state and a retry function.
 */
function useLoad<T>(load: (() => Promise<T>) | undefined, deps: readonly unknown[]): [Load<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Load<T>>({ state: 'loading' });
  useEffect(() => {
    if (load === undefined) return undefined;
    let live = true;
    setState({ state: 'loading' });
    void load().then(
      (data) => {
        if (live) setState({ state: 'ready', data });
      },
      (error: unknown) => {
        if (live) setState({ state: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [...deps, attempt]);
  return [
    state,
    () => {
      setAttempt((count) => count + 1);
    },
  ];
}

/**
 * The regency shown: the `wilayah` query when the brand serves it, else the citizen's last
 * choice from the module's storage, else the brand's first city. `''` when the brand lists none.
 */
function useRegency(ctx: ModuleContext, options: readonly RegencyOption[], requested: string | undefined): [string | undefined, (code: string) => void] {
  const valid = (code: unknown): code is string => typeof code === 'string' && options.some((option) => option.code === code);
  const [regency, setRegency] = useState<string | undefined>(valid(requested) ? requested : undefined);
  useEffect(() => {
    if (regency !== undefined) return undefined;
    let live = true;
    void ctx.storage
      .get<string>(REGENCY_KEY)
      .catch(() => undefined)
      .then((stored) => {
        if (live) setRegency(valid(stored) ? stored : (defaultRegency(options) ?? ''));
      });
    return () => {
      live = false;
    };
  }, []);
  const choose = (code: string): void => {
    setRegency(code);
    // Remembering the choice is a convenience: a storage failure is not worth an error.
    void ctx.storage.set(REGENCY_KEY, code).catch(() => undefined);
  };
  return [regency, choose];
}

/** One commodity's line in today's prices. */
interface PriceRow {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly summary: PriceSummary;
  readonly updatedAt: string;
}

/** Today's prices of a regency (and market), with the trend against an earlier survey. */
interface TodayPrices {
  readonly date: string;
  readonly rows: readonly PriceRow[];
  readonly sources: readonly string[];
}

const catalogues = new WeakMap<ModuleContext, Promise<Commodity[]>>();

/** The commodity catalogue, fetched once per activation (again after a failure). */
function catalogue(ctx: ModuleContext): Promise<Commodity[]> {
  let pending = catalogues.get(ctx);
  if (pending === undefined) {
    pending = ctx.api.call(listCommodities, {}).then((response) => response.items);
    void pending.catch(() => catalogues.delete(ctx));
    catalogues.set(ctx, pending);
  }
  return pending;
}

async function loadToday(ctx: ModuleContext, regionCode: string, marketId: string): Promise<TodayPrices> {
  const market = marketId === '' ? {} : { marketId };
  const [commodities, latest] = await Promise.all([catalogue(ctx), ctx.api.call(listPriceQuotes, { query: { regionCode, ...market } })]);
  // The trend compares with the latest earlier survey, looking back over days without one (a
  // market closed on a holiday). Without it the prices still show; only the trend is missing.
  let previous: readonly PriceQuote[] = [];
  let date = latest.date;
  for (let step = 0; step < TREND_LOOKBACK_DAYS && previous.length === 0 && latest.items.length > 0; step++) {
    date = previousDay(date);
    const earlier = await ctx.api.call(listPriceQuotes, { query: { regionCode, date, ...market } }).then(
      (response) => response.items,
      () => undefined,
    );
    if (earlier === undefined) break;
    previous = earlier;
  }
  const summaries = new Map(summarizePrices([...previous, ...latest.items]).map((summary) => [summary.commodityCode, summary]));
  const newestUpdate = new Map<string, string>();
  for (const quote of latest.items) {
    const seen = newestUpdate.get(quote.commodityCode);
    if (seen === undefined || Date.parse(quote.updatedAt) > Date.parse(seen)) newestUpdate.set(quote.commodityCode, quote.updatedAt);
  }
  const known = new Set(commodities.map((commodity) => commodity.code));
  // Catalogue order first, then any commodity the catalogue does not list.
  const codes = [...commodities.map((commodity) => commodity.code), ...[...newestUpdate.keys()].filter((code) => !known.has(code))];
  const rows: PriceRow[] = [];
  for (const code of codes) {
    const summary = summaries.get(code);
    const updatedAt = newestUpdate.get(code);
    if (summary === undefined || updatedAt === undefined || summary.date !== latest.date) continue;
    const commodity = commodities.find((entry) => entry.code === code);
    const unit = commodity?.unit ?? latest.items.find((quote) => quote.commodityCode === code)!.unit;
    rows.push({ code, name: commodity === undefined ? code : ctx.i18n.text(commodity.name), unit, summary, updatedAt });
  }
  return { date: latest.date, rows, sources: [...new Set(latest.items.map((quote) => quote.source))] };
}

/** A polite live region for loading and a card with a retry button for errors. */
function Status({ load, loading, messages, retry, children }: { load: Load<unknown>; loading: string; messages: Messages; retry: () => void; children?: ComponentChildren }) {
  if (load.state === 'error') {
    return (
      <div class="gb-harga-error" role="alert">
        <p>{describeError(load.error, messages)}</p>
        <button type="button" onClick={retry}>
          {messages.retry}
        </button>
      </div>
    );
  }
  return (
    <p class="gb-harga-status" role="status">
      {load.state === 'loading' ? loading : children}
    </p>
  );
}

const percentFormat = /* @__PURE__ */ new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

function trendText(summary: PriceSummary, locale: string, messages: Messages): string {
  if (summary.previousDate === undefined) return messages.noComparison;
  const percent = `${percentFormat.format(Math.abs(summary.trend.percent))}%`;
  return messages.trendText(summary.trend.direction, percent, formatCalendarDate(summary.previousDate, locale, true));
}

const ARROWS = { up: '▲', down: '▼', flat: '▬' } as const;

function query(regency: string, market: string): string {
  return `?wilayah=${encodeURIComponent(regency)}${market === '' ? '' : `&pasar=${encodeURIComponent(market)}`}`;
}

/** The `main` view: today's prices by regency and market. */
function PricesView({ ctx, query: search }: Props) {
  const messages = messagesFor(ctx.i18n.locale);
  const locale = ctx.i18n.locale;
  const timeZone = brandTimeZone(ctx.brand);
  const regencies = useMemo(() => brandRegencies(ctx.brand), [ctx]);
  const [regency, setRegency] = useRegency(ctx, regencies, search.wilayah);
  const [market, setMarket] = useState(search.wilayah !== undefined && search.wilayah === regency ? (search.pasar ?? '') : '');
  const id = useId();
  const ready = regency !== undefined && regency !== '';
  const [markets] = useLoad<readonly Market[]>(
    ready ? () => ctx.api.call(listMarkets, { query: { regionCode: regency } }).then((response) => response.items) : undefined,
    [regency],
  );
  const [prices, retry] = useLoad<TodayPrices>(ready ? () => loadToday(ctx, regency, market) : undefined, [regency, market]);
  const marketList = markets.state === 'ready' ? markets.data : [];

  return (
    <section class="gb-harga" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{messages.title}</h2>
      {regency === '' ? (
        <p>{messages.noRegions}</p>
      ) : (
        <>
          <div class="gb-harga-filters">
            <div class="gb-harga-field">
              <label for={`${id}-regency`}>{messages.regency}</label>
              <select
                id={`${id}-regency`}
                data-testid="harga-regency"
                value={regency ?? ''}
                onChange={(event) => {
                  setMarket('');
                  setRegency(event.currentTarget.value);
                }}
              >
                {regencies.map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.name}
                  </option>
                ))}
              </select>
            </div>
            <div class="gb-harga-field">
              <label for={`${id}-market`}>{messages.market}</label>
              <select id={`${id}-market`} data-testid="harga-market" value={market} onChange={(event) => {
                  setMarket(event.currentTarget.value);
                }}>
                <option value="">{messages.allMarkets}</option>
                {marketList.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.name}
                  </option>
                ))}
                {market !== '' && !marketList.some((entry) => entry.id === market) ? <option value={market}>{market}</option> : null}
              </select>
            </div>
          </div>
          <Status load={ready ? prices : { state: 'loading' }} loading={messages.loading} messages={messages} retry={retry}>
            {prices.state === 'ready' && prices.data.rows.length > 0 ? messages.surveyDate(formatCalendarDate(prices.data.date, locale)) : null}
          </Status>
          {prices.state === 'ready' && ready ? (
            prices.data.rows.length === 0 ? (
              <p>{messages.empty}</p>
            ) : (
              <>
                <ul class="gb-harga-list" role="list">
                  {prices.data.rows.map((row) => (
                    <li key={row.code} class="gb-harga-row" data-testid={`harga-row-${row.code}`}>
                      <a class="gb-harga-name" href={`/m/${ctx.moduleId}/komoditas/${encodeURIComponent(row.code)}${query(regency, market)}`}>
                        {row.name}
                      </a>
                      <p class="gb-harga-price">
                        <strong>{formatRupiah(row.summary.newest)}</strong> <span class="gb-harga-meta">{messages.perUnit(messages.units[row.unit] ?? row.unit)}</span>
                      </p>
                      <p class={`gb-harga-trend gb-harga-trend-${row.summary.trend.direction}`}>
                        <span class="gb-harga-arrow" aria-hidden="true">
                          {ARROWS[row.summary.trend.direction]}
                        </span>{' '}
                        {trendText(row.summary, locale, messages)}
                      </p>
                      <p class="gb-harga-meta">
                        <time dateTime={row.updatedAt}>{messages.updated(formatTimestamp(row.updatedAt, locale, timeZone))}</time>
                      </p>
                    </li>
                  ))}
                </ul>
                <p class="gb-harga-caption">{prices.data.sources.map((source) => messages.source(source)).join(' · ')}</p>
              </>
            )
          ) : null}
        </>
      )}
    </section>
  );
}

/** The price history of one commodity, one point per survey date. */
interface History {
  readonly name: string;
  readonly place: string;
  readonly points: readonly ChartPoint[];
  readonly summary: PriceSummary | undefined;
}

async function loadHistory(ctx: ModuleContext, code: string, regency: RegencyOption, marketId: string | undefined): Promise<History> {
  const market = marketId === undefined || marketId === '' ? {} : { marketId };
  const [history, markets] = await Promise.all([
    ctx.api.call(getCommodityPriceHistory, { params: { code }, query: { regionCode: regency.code, ...market } }),
    'marketId' in market ? ctx.api.call(listMarkets, { query: { regionCode: regency.code } }).then((response) => response.items, () => []) : [],
  ]);
  // The quotes of one date across markets become that date's mean, as `summarizePrices` does.
  const days = new Map<string, { sum: number; count: number }>();
  for (const quote of history.items) {
    const day = days.get(quote.date);
    if (day === undefined) days.set(quote.date, { sum: quote.price, count: 1 });
    else {
      day.sum += quote.price;
      day.count += 1;
    }
  }
  const points = [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, day]) => ({ date, price: Math.round(day.sum / day.count) }));
  const marketName = markets.find((entry) => entry.id === marketId)?.name ?? marketId;
  return {
    name: ctx.i18n.text(history.commodity.name),
    place: marketName === undefined || marketName === '' ? regency.name : `${marketName}, ${regency.name}`,
    points,
    summary: summarizePrices(points.map((point) => ({ commodityCode: code, ...point })))[0],
  };
}

/** The `komoditas` view: the price history of one commodity, as a chart and a table. */
function HistoryView({ ctx, params, query: search }: Props) {
  const messages = messagesFor(ctx.i18n.locale);
  const locale = ctx.i18n.locale;
  const code = params.commodity ?? '';
  const regencies = useMemo(() => brandRegencies(ctx.brand), [ctx]);
  const [regency] = useRegency(ctx, regencies, search.wilayah);
  const option = regencies.find((entry) => entry.code === regency);
  const valid = COMMODITY_CODE.test(code);
  const [history, retry] = useLoad<History>(
    option !== undefined && valid ? () => loadHistory(ctx, code, option, search.wilayah === regency ? search.pasar : undefined) : undefined,
    [code, regency, search.pasar],
  );
  const id = useId();
  const name = history.state === 'ready' ? history.data.name : code;
  const back = `/m/${ctx.moduleId}/${regency === undefined || regency === '' ? '' : query(regency, search.wilayah === regency ? (search.pasar ?? '') : '')}`;

  let body: ComponentChildren;
  if (!valid || (history.state === 'error' && isNotFound(history.error))) body = <p role="alert">{messages.notFound}</p>;
  else if (regency === '') body = <p>{messages.noRegions}</p>;
  else if (history.state !== 'ready') body = <Status load={history} loading={messages.loadingHistory} messages={messages} retry={retry} />;
  else if (history.data.points.length === 0 || history.data.summary === undefined) body = <p>{messages.emptyHistory}</p>;
  else {
    const { points, summary, place } = history.data;
    const first = points[0]!;
    const last = points[points.length - 1]!;
    body = (
      <>
        <p class="gb-harga-caption">{messages.historyOf(place, formatCalendarDate(first.date, locale), formatCalendarDate(last.date, locale))}</p>
        <dl class="gb-harga-stats">
          {(
            [
              [messages.stats.latest, summary.newest],
              [messages.stats.average, summary.average],
              [messages.stats.min, summary.min],
              [messages.stats.max, summary.max],
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{formatRupiah(value)}</dd>
            </div>
          ))}
        </dl>
        <PriceChart points={points} name={name} locale={locale} messages={messages} />
        <details>
          <summary>{messages.tableToggle}</summary>
          <table data-testid="harga-table">
            <caption>{messages.tableCaption(name)}</caption>
            <thead>
              <tr>
                <th scope="col">{messages.date}</th>
                <th scope="col">{messages.price}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.date}>
                  <th scope="row">
                    <time dateTime={point.date}>{formatCalendarDate(point.date, locale)}</time>
                  </th>
                  <td>{formatRupiah(point.price)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </>
    );
  }

  return (
    <section class="gb-harga" aria-labelledby={`${id}-title`}>
      <p>
        <a href={back}>{messages.back}</a>
      </p>
      <h2 id={`${id}-title`}>{messages.historyTitle(name)}</h2>
      {body}
    </section>
  );
}

const VIEWS = { main: PricesView, komoditas: HistoryView } as const;

/** The food-price module's implementation: registers the `main` and `komoditas` views. */
const implementation: ModuleImplementation = {
  activate(ctx) {
    for (const [name, View] of Object.entries(VIEWS)) {
      ctx.views.register(name, {
        mount(element, props) {
          const target = element as HTMLElement;
          injectStyles(target, 'gb-harga', STYLES);
          render(<View ctx={ctx} {...props} />, target);
          return () => {
            render(null, target);
          };
        },
      });
    }
  },
};

export default implementation;
