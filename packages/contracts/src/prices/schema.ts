/**
 * The schemas of food prices (harga pangan): the commodity catalogue with units, the markets of
 * each regency, and price quotes in whole rupiah, each with its `updatedAt` and `source`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { calendarDateSchema, provenanceShape, rupiahSchema } from '../domain-fields.ts';
import { localizedTextSchema, textSchema } from '../fields.ts';
import { regionCodeSchema } from '../regions/code.ts';
import { quoteValue, rule } from '../validation.ts';

/** The units a commodity is priced per. */
export const PRICE_UNITS = ['kg', 'g', 'litre', 'piece', 'bunch', 'pack', 'tray'] as const;

/** The unit a commodity is priced per; see {@link PRICE_UNITS}. */
export type PriceUnit = (typeof PRICE_UNITS)[number];

/** The code of a commodity, such as `beras-medium` or `cabai-merah-keriting`. */
export const commodityCodeSchema = /* @__PURE__ */ createCodeSchema('commodity code', 'beras-medium');

/** The id of a market, such as `pasar-tugu` or `1871-003`. */
export const marketIdSchema = /* @__PURE__ */ createCodeSchema('market id', 'pasar-tugu');

/** The schema of one commodity of the catalogue. */
export const commoditySchema = /* @__PURE__ */ createCommoditySchema();

/** A commodity, such as medium rice per kg or cooking oil per litre. */
export type Commodity = z.output<typeof commoditySchema>;

/** The schema of a market where prices are surveyed. */
export const marketSchema = /* @__PURE__ */ createMarketSchema();

/** A market where prices are surveyed, in a regency or city. */
export type Market = z.output<typeof marketSchema>;

/** The schema of one price quote: a commodity at a market on a date, in whole rupiah per unit. */
export const priceQuoteSchema = /* @__PURE__ */ createPriceQuoteSchema();

/** One price quote. */
export type PriceQuote = z.output<typeof priceQuoteSchema>;

/** The schema of a list of price quotes, such as one day's survey of a regency. */
export const priceListSchema = /* @__PURE__ */ createPriceListSchema();

/** A list of price quotes. */
export type PriceList = z.output<typeof priceListSchema>;

/*@__NO_SIDE_EFFECTS__*/
function createCodeSchema(what: string, example: string): z.ZodMiniString<string> {
  return z
    .string()
    .check(
      rule((value: string) =>
        /^[a-z0-9][a-z0-9._-]{0,63}$/.test(value) ? undefined : `${quoteValue(value)} is not a ${what} such as "${example}" (lower-case letters, digits, ".", "_" or "-")`,
      ),
    );
}

/*@__NO_SIDE_EFFECTS__*/
function createCommoditySchema() {
  return z.object({
    /** The commodity code, stable across releases. */
    code: createCodeSchema('commodity code', 'beras-medium'),
    /** The name shown to citizens, such as `Beras Medium`. */
    name: localizedTextSchema(100),
    /** The unit prices are quoted per. */
    unit: z.enum(PRICE_UNITS),
    /** The group the commodity is listed under, such as `beras` or `cabai`. */
    group: z.optional(textSchema(100)),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createMarketSchema() {
  return z.object({
    /** The market id. */
    id: createCodeSchema('market id', 'pasar-tugu'),
    /** The market's name, such as `Pasar Tugu`. */
    name: textSchema(200),
    /** The Kemendagri code of the regency or city (or a deeper region) the market is in. */
    regionCode: regionCodeSchema,
    /** The market's address. */
    address: z.optional(textSchema(500)),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createPriceQuoteSchema() {
  return z.object({
    /** The commodity. */
    commodityCode: createCodeSchema('commodity code', 'beras-medium'),
    /** The market; left out for a regency-wide average. */
    marketId: z.optional(createCodeSchema('market id', 'pasar-tugu')),
    /** The Kemendagri code of the market's regency or city. */
    regionCode: regionCodeSchema,
    /** The date the price was surveyed, `YYYY-MM-DD`. */
    date: calendarDateSchema(),
    /** The price in whole rupiah per `unit`. */
    price: rupiahSchema(),
    /** The unit the price is per. */
    unit: z.enum(PRICE_UNITS),
    ...provenanceShape(),
  });
}

/*@__NO_SIDE_EFFECTS__*/
function createPriceListSchema() {
  return z.array(createPriceQuoteSchema());
}
