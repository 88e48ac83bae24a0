/**
 * Resolvers of the public-service endpoints on the store: food prices, vehicle tax, alerts and
 * flood gauges, news, and emergency contacts.
 *
 * @module
 */
import {
  conflictProblem,
  createPkbPayment,
  getCommodityPriceHistory,
  getNewsArticle,
  getPkbPayment,
  getPkbReceipt,
  inquirePkb,
  isGerbangError,
  listActiveAlerts,
  listCommodities,
  listEmergencyContacts,
  listFloodGauges,
  listMarkets,
  listNews,
  listPriceQuotes,
  notFoundProblem,
  type NewsArticle,
  type NewsSummary,
} from '@gerbang/contracts';
import { defineMockRoute, mockProblem, type MockRoute } from '../engine.ts';
import { MOCK_ERROR_CODES } from '../errors.ts';
import type { MockStore } from '../store/store.ts';
import { DAY, wibDate } from '../store/time.ts';
import { paginate } from './paging.ts';

/**
 * The routes of the food-price endpoints on a store.
 *
 * @param store - The store they read.
 */
export function pricesRoutes(store: MockStore): MockRoute[] {
  return [
    defineMockRoute(listCommodities, () => ({ items: store.prices.commodities() })),
    defineMockRoute(listMarkets, ({ query }) => ({ items: store.prices.markets(query.regionCode) })),
    defineMockRoute(listPriceQuotes, ({ query }) => {
      const date = query.date ?? latestDateOf(store, query.regionCode);
      return {
        date,
        items: store.prices.quotes({ regionCode: query.regionCode, from: date, to: date, ...(query.marketId === undefined ? {} : { marketId: query.marketId }) }),
      };
    }),
    defineMockRoute(getCommodityPriceHistory, ({ params, query }) => {
      const commodity = store.prices.commodities().find((entry) => entry.code === params.code);
      if (commodity === undefined) return mockProblem(notFoundProblem, { detail: `There is no commodity ${JSON.stringify(params.code)}.` });
      const to = query.to ?? latestDateOf(store, query.regionCode);
      const from = query.from ?? wibDate(Date.parse(`${to}T12:00:00+07:00`) - 29 * DAY);
      const items = store.prices.quotes({
        regionCode: query.regionCode,
        commodityCode: commodity.code,
        from,
        to,
        ...(query.marketId === undefined ? {} : { marketId: query.marketId }),
      });
      return { commodity, items };
    }),
  ];
}

function latestDateOf(store: MockStore, regionCode: string): string {
  const quotes = store.prices.quotes({ regionCode });
  return quotes.reduce((latest, quote) => (quote.date > latest ? quote.date : latest), '') || store.prices.latestDate();
}

/**
 * The routes of the vehicle-tax endpoints on a store.
 *
 * @param store - The store they read and write.
 */
export function pkbRoutes(store: MockStore): MockRoute[] {
  return [
    defineMockRoute(inquirePkb, ({ body }) => {
      const bill = store.pkb.inquire(body.plate, body.chassisNumberSuffix);
      return bill ?? mockProblem(notFoundProblem, { detail: 'No vehicle matches this plate and chassis number.' });
    }),
    defineMockRoute(createPkbPayment, ({ body }) => {
      if (store.pkb.isBillPaid(body.billId)) return mockProblem(conflictProblem, { detail: `Bill ${body.billId} is already paid.` });
      try {
        return store.pkb.createPayment(body.billId, body.method);
      } catch (error) {
        if (isGerbangError(error, MOCK_ERROR_CODES.recordNotFound)) {
          return mockProblem(notFoundProblem, { detail: `There is no bill ${JSON.stringify(body.billId)}; look the vehicle up first.` });
        }
        throw error;
      }
    }),
    defineMockRoute(getPkbPayment, ({ params }) => store.pkb.payment(params.paymentCode) ?? mockProblem(notFoundProblem, { detail: `There is no payment ${params.paymentCode}.` })),
    defineMockRoute(getPkbReceipt, ({ params }) => {
      const payment = store.pkb.payment(params.paymentCode);
      if (payment === undefined) return mockProblem(notFoundProblem, { detail: `There is no payment ${params.paymentCode}.` });
      return store.pkb.receipt(params.paymentCode) ?? mockProblem(conflictProblem, { detail: `Payment ${params.paymentCode} is "${payment.status}"; there is a receipt once it is paid.` });
    }),
  ];
}

/**
 * The routes of the alert endpoints on a store.
 *
 * @param store - The store they read.
 */
export function alertsRoutes(store: MockStore): MockRoute[] {
  return [
    defineMockRoute(listActiveAlerts, ({ query }) => ({ items: store.alerts.active(query.regionCode) })),
    defineMockRoute(listFloodGauges, ({ query }) => ({ items: store.alerts.gauges(query.regionCode) })),
  ];
}

/**
 * The routes of the news endpoints on a store.
 *
 * @param store - The store they read.
 */
export function newsRoutes(store: MockStore): MockRoute[] {
  return [
    defineMockRoute(listNews, ({ query }) => {
      const summaries = store
        .news()
        .filter((article) => (query.kind === undefined || article.kind === query.kind) && (query.category === undefined || article.category === query.category))
        .map(summaryOf);
      return paginate(summaries, query);
    }),
    defineMockRoute(getNewsArticle, ({ params }) => {
      const article = store.news().find((entry) => entry.id === params.id);
      return article ?? mockProblem(notFoundProblem, { detail: `There is no article ${JSON.stringify(params.id)}.` });
    }),
  ];
}

/** An article without its body, as the news list shows it. */
function summaryOf(article: NewsArticle): NewsSummary {
  const { id, kind, title, summary, language, author, publishedAt, updatedAt, category, coverImage } = article;
  return {
    id,
    kind,
    title,
    language,
    author,
    publishedAt,
    ...(summary === undefined ? {} : { summary }),
    ...(updatedAt === undefined ? {} : { updatedAt }),
    ...(category === undefined ? {} : { category }),
    ...(coverImage === undefined ? {} : { coverImage }),
  };
}

/**
 * The routes of the emergency endpoint on a store.
 *
 * @param store - The store it reads.
 */
export function emergencyRoutes(store: MockStore): MockRoute[] {
  return [defineMockRoute(listEmergencyContacts, ({ query }) => ({ items: store.emergencyContacts(query.regionCode) }))];
}
