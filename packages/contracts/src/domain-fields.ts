/**
 * Field schemas that the public-service domains share: cursor pages, whole-rupiah amounts,
 * geographic points, calendar dates and the provenance (`updatedAt`, `source`) that every live
 * data record carries. Each is a side-effect-free factory or a pure constant, so that a domain
 * keeps only what it uses.
 *
 * @module
 */
import * as z from 'zod/mini';
import { textSchema, timestampSchema } from './fields.ts';
import { quoteValue, rule } from './validation.ts';

/** The largest number of items a client may ask for in one page. */
export const MAX_PAGE_SIZE = 100;

/**
 * The schema of one page of a cursor-paginated list: `items`, and `nextCursor`, the opaque token
 * that fetches the next page, or `null` on the last page.
 *
 * @param item - The schema of one item.
 * @example
 * ```ts
 * const reportPage = cursorPageSchema(reportSchema);
 * // { items: Report[]; nextCursor: string | null }
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function cursorPageSchema<TItem extends z.core.$ZodType>(item: TItem) {
  return z.object({
    /** The items of this page, in the list's order. */
    items: z.array(item),
    /** The token of the next page, passed back as the `cursor` query parameter; `null` on the last page. */
    nextCursor: z.nullable(z.string().check(z.minLength(1), z.maxLength(500))),
  });
}

/**
 * One page of a cursor-paginated list.
 *
 * @typeParam TItem - The type of an item.
 */
export interface CursorPage<TItem> {
  /** The items of this page. */
  readonly items: readonly TItem[];
  /** The token of the next page, or `null` on the last page. */
  readonly nextCursor: string | null;
}

/**
 * The query members of a cursor-paginated list: `cursor` (from the previous page's `nextCursor`)
 * and `limit` (1 to {@link MAX_PAGE_SIZE}). Spread its shape into a list endpoint's query.
 */
/*@__NO_SIDE_EFFECTS__*/
export function cursorQueryShape() {
  return {
    /** The `nextCursor` of the previous page; leave it out for the first page. */
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    /** How many items to return at most. */
    limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(MAX_PAGE_SIZE))),
  };
}

/** An amount in whole rupiah: a non-negative safe integer, never a decimal. */
/*@__NO_SIDE_EFFECTS__*/
export function rupiahSchema(): z.ZodMiniNumber {
  return z.number().check(
    rule((value: number) =>
      Number.isSafeInteger(value) && value >= 0 ? undefined : `${quoteValue(value)} is not an amount in whole rupiah (a non-negative integer)`,
    ),
  );
}

/** A calendar date, `YYYY-MM-DD`, such as `2025-03-01`, in the brand's time zone. */
/*@__NO_SIDE_EFFECTS__*/
export function calendarDateSchema() {
  return z.iso.date({ error: 'must be a calendar date such as "2025-03-01"' });
}

/** A point on Earth in WGS 84 decimal degrees: `{ lat, lng }`. */
/*@__NO_SIDE_EFFECTS__*/
export function geoPointSchema() {
  return z.object({
    /** Latitude, -90 to 90. */
    lat: z.number().check(z.gte(-90), z.lte(90)),
    /** Longitude, -180 to 180. */
    lng: z.number().check(z.gte(-180), z.lte(180)),
  });
}

/** A point on Earth in WGS 84 decimal degrees. */
export interface GeoPoint {
  /** Latitude, -90 to 90. */
  readonly lat: number;
  /** Longitude, -180 to 180. */
  readonly lng: number;
}

/**
 * The provenance members of a live data record: when the source last changed it (`updatedAt`)
 * and who the source is (`source`), so that stale data is visible. Spread into an object shape.
 */
/*@__NO_SIDE_EFFECTS__*/
export function provenanceShape() {
  return {
    /** When the source last updated this record, as an RFC 3339 timestamp with an offset. */
    updatedAt: timestampSchema,
    /** Who the data comes from, such as `Dinas SDA DKI Jakarta` or `BMKG`. */
    source: textSchema(200),
  };
}

/**
 * Tells whether a record is older than `maxAgeMinutes` at `now`, so that an app can mark stale
 * data instead of showing it as current. A record whose `updatedAt` cannot be read is stale.
 *
 * @param record - Anything with an `updatedAt` timestamp.
 * @param now - The current time.
 * @param maxAgeMinutes - The age after which the record is stale.
 * @example
 * ```ts
 * isStale({ updatedAt: '2025-03-01T08:00:00+07:00' }, new Date('2025-03-01T02:00:00Z'), 60); // true
 * ```
 */
export function isStale(record: { readonly updatedAt: string }, now: Date, maxAgeMinutes: number): boolean {
  const updated = Date.parse(record.updatedAt);
  if (Number.isNaN(updated)) return true;
  return now.getTime() - updated > maxAgeMinutes * 60_000;
}
