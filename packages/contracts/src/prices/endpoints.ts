/**
 * The HTTP endpoints of food prices: the commodity catalogue, the markets, the quotes of a region
 * on a date, and the history of one commodity.
 *
 * @module
 */
import * as z from 'zod/mini';
import { calendarDateSchema } from '../domain-fields.ts';
import { defineEndpoint } from '../endpoint.ts';
import { notFoundProblem, rateLimitedProblem } from '../problem.ts';
import { regionCodeSchema } from '../regions/code.ts';
import { commodityCodeSchema, commoditySchema, marketSchema, priceQuoteSchema } from './schema.ts';

/** `GET /prices/commodities`: the commodity catalogue with units. Anyone may read it. */
export const listCommodities = /* @__PURE__ */ defineEndpoint({
  id: 'prices.commodities',
  method: 'GET',
  path: '/prices/commodities',
  response: z.object({ items: z.array(commoditySchema) }),
  auth: 'none',
  summary: 'List the commodities',
  tags: ['prices'],
});

/** `GET /prices/markets`: the markets surveyed in a region (a regency or city, or a whole province). */
export const listMarkets = /* @__PURE__ */ defineEndpoint({
  id: 'prices.markets',
  method: 'GET',
  path: '/prices/markets',
  query: z.object({
    /** The Kemendagri code of the province, regency or city. */
    regionCode: regionCodeSchema,
  }),
  response: z.object({ items: z.array(marketSchema) }),
  auth: 'none',
  summary: 'List the markets of a region',
  tags: ['prices'],
});

/**
 * `GET /prices/quotes`: the price quotes of a region on a date (by default the latest survey),
 * one per commodity and market.
 */
export const listPriceQuotes = /* @__PURE__ */ defineEndpoint({
  id: 'prices.quotes',
  method: 'GET',
  path: '/prices/quotes',
  query: z.object({
    /** The Kemendagri code of the province, regency or city. */
    regionCode: regionCodeSchema,
    /** The survey date, `YYYY-MM-DD`; the latest survey when left out. */
    date: z.optional(calendarDateSchema()),
    /** Only the quotes of this market. */
    marketId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  }),
  response: z.object({
    /** The survey date the quotes are from. */
    date: calendarDateSchema(),
    /** The quotes. */
    items: z.array(priceQuoteSchema),
  }),
  errors: { 429: rateLimitedProblem },
  auth: 'none',
  summary: 'List the price quotes of a region on a date',
  tags: ['prices'],
});

/**
 * `GET /prices/commodities/:code/history`: the quotes of one commodity in a region over a date
 * range (by default the last 30 days), oldest first; summarize them with `summarizePrices`.
 */
export const getCommodityPriceHistory = /* @__PURE__ */ defineEndpoint({
  id: 'prices.history',
  method: 'GET',
  path: '/prices/commodities/:code/history',
  params: z.object({ code: commodityCodeSchema }),
  query: z.object({
    /** The Kemendagri code of the province, regency or city. */
    regionCode: regionCodeSchema,
    /** The first date, `YYYY-MM-DD`. */
    from: z.optional(calendarDateSchema()),
    /** The last date, `YYYY-MM-DD`. */
    to: z.optional(calendarDateSchema()),
    /** Only the quotes of this market. */
    marketId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  }),
  response: z.object({
    /** The commodity. */
    commodity: commoditySchema,
    /** Its quotes, oldest first. */
    items: z.array(priceQuoteSchema),
  }),
  errors: { 404: notFoundProblem, 429: rateLimitedProblem },
  auth: 'none',
  summary: 'Get the price history of a commodity',
  tags: ['prices'],
});

/** Every food-price endpoint, by name. */
export const pricesEndpoints = { listCommodities, listMarkets, listPriceQuotes, getCommodityPriceHistory } as const;
